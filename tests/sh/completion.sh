# contrib/goal-tools.bash completes options, formats, periods, share
# levels and colours of the three tools, and --explain with the rule ids
# of goal-lint --list-rules; loaded in a plain bash (no bash-completion).
command -v bash >/dev/null 2>&1 || { echo "no bash"; exit 77; }
mkdir -p complete-here && cd complete-here || exit 1
: >me.goals.yaml
: >notes.txt
cat >run.bash <<'BASH'
. "$TOP/contrib/goal-tools.bash"
# complete WORD...: completes the last word; prints COMPREPLY, one a line.
complete_words() {
	COMP_WORDS=("$@")
	COMP_CWORD=$(($# - 1))
	COMPREPLY=()
	_goal_tools
	printf '%s\n' "${COMPREPLY[@]}"
}
case $(complete -p goal-due) in
*"-F _goal_tools"*) ;;
*) echo "goal-due: no completion"; exit 1 ;;
esac
expect() { # expect "WORDS" "WANT": WANT among the completions of WORDS
	local got
	# shellcheck disable=SC2086
	got=$(complete_words $1)
	grep -qx -- "$2" <<<"$got" || { echo "$1<TAB>: no $2 in: $got"; exit 1; }
}
expect_not() {
	local got
	got=$(complete_words $1)
	! grep -qx -- "$2" <<<"$got" || { echo "$1<TAB>: $2 in: $got"; exit 1; }
}
expect 'goal-lint --explain specific.v' specific.vague-verb
expect_not 'goal-lint --explain specific.v' specific.dream
expect 'goal-lint --explain time-bound.' time-bound.past-due
expect 'goal-lint --explain f' format.unknown-key
expect 'goal-split -b q' quarter
expect 'goal-due -f i' ics
expect 'goal-lint -f s' sarif
expect 'goal-lint -f s' score
expect_not 'goal-lint -f s' sarif2
expect 'goal-split --share c' circle
expect 'goal-due --color = al' always
expect 'goal-lint --fail-level n' note
expect 'goal-lint --li' --list-rules
expect 'goal-due -' --overdue
expect_not 'goal-due -' --explain
expect 'goal-split --o' --output-dir
expect 'goal-lint m' me.goals.yaml
expect_not 'goal-lint n' notes.txt
# The single completion for --explain specific.vague-v is the rule.
[ "$(complete_words goal-lint --explain specific.vague-v)" = specific.vague-verb ] || {
	echo "specific.vague-v: $(complete_words goal-lint --explain specific.vague-v)"; exit 1; }
BASH
bash run.bash
