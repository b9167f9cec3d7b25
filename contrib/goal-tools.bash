# contrib/goal-tools.bash: bash completion for goal-lint, goal-split and
# goal-due: options, formats, periods, share levels, colour, and for
# goal-lint --explain the rule ids of `goal-lint --list-rules` (with the
# rules of the .goal-lint.yaml it finds from here).  make install puts it
# where bash-completion loads it (share/bash-completion/completions, one
# name per tool); or source it from ~/.bashrc.

# COMPREPLY=($(compgen ...)) splits words at blanks, as wanted here.
# shellcheck disable=SC2207
_goal_tools()
{
	local cur prev cmd opts
	cmd=${COMP_WORDS[0]##*/}
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=
	[ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
	# --color=al: bash splits at "=" (COMP_WORDBREAKS).
	if [ "$cur" = "=" ]; then
		cur=
	elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -gt 1 ]; then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	fi
	COMPREPLY=()

	case $cmd:$prev in
	*:-t|*:--today)
		return 0 ;;
	goal-lint:-f|goal-lint:--format)
		COMPREPLY=($(compgen -W 'gnu json github sarif score' -- "$cur"))
		return 0 ;;
	goal-split:-f|goal-split:--format)
		COMPREPLY=($(compgen -W 'tsv json yaml' -- "$cur"))
		return 0 ;;
	goal-due:-f|goal-due:--format)
		COMPREPLY=($(compgen -W 'text tsv json ics vtodo remind' -- "$cur"))
		return 0 ;;
	goal-split:-b|goal-split:--by)
		COMPREPLY=($(compgen -W 'week month quarter year' -- "$cur"))
		return 0 ;;
	*:-s|*:--share)
		COMPREPLY=($(compgen -W 'buddy circle public' -- "$cur"))
		return 0 ;;
	*:--color)
		COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
		return 0 ;;
	goal-lint:--fail-level)
		COMPREPLY=($(compgen -W 'error warning note' -- "$cur"))
		return 0 ;;
	goal-lint:--explain)
		COMPREPLY=($(compgen -W "$("$cmd" --list-rules 2>/dev/null |
		    while read -r id _; do printf '%s\n' "$id"; done)" -- "$cur"))
		return 0 ;;
	goal-split:-o|goal-split:--output-dir)
		COMPREPLY=($(compgen -d -- "$cur"))
		return 0 ;;
	goal-due:-w|goal-due:--within)
		COMPREPLY=($(compgen -W '1w 2w 3w 10d 1m 2m' -- "$cur"))
		return 0 ;;
	goal-due:-r|goal-due:--remind)
		COMPREPLY=($(compgen -W '3w,2w,1w 2w,1w 1w 3d' -- "$cur"))
		return 0 ;;
	goal-lint:-r|goal-lint:--rules|goal-lint:--test-rules)
		COMPREPLY=($(compgen -f -- "$cur"))
		return 0 ;;
	esac

	case $cmd in
	goal-lint) opts='-f --format -q --quiet -r --rules -R
	    --no-default-rules -n --no-config -t --today --exit-zero
	    --fail-level --explain --list-rules --test-rules --color
	    -h --help -V --version' ;;
	goal-split) opts='-a --all -b --by -f --format -F --force -H --header
	    -o --output-dir -s --share -t --today -h --help -V --version' ;;
	goal-due) opts='-f --format -w --within -a --all -O --overdue
	    -q --quiet -r --remind -s --share -t --today --color
	    -h --help -V --version' ;;
	esac
	case $cur in
	-*)
		COMPREPLY=($(compgen -W "$opts" -- "$cur")) ;;
	*)
		# Goal files: YAML files and directories on the way to them.
		COMPREPLY=($(compgen -f -X '!*.y*ml' -- "$cur")
		    $(compgen -d -- "$cur")) ;;
	esac
	return 0
}
complete -o filenames -F _goal_tools goal-lint goal-split goal-due
