# contrib/_goal-tools is valid zsh and registers itself for the three
# tools in zsh's completion system.  (What it completes is tested in bash
# by completion.sh; the zsh lists are the same words.)  Skipped where zsh
# is not installed.
command -v zsh >/dev/null 2>&1 || { echo "no zsh"; exit 77; }
zsh -n "$TOP/contrib/_goal-tools" || exit 1
mkdir -p zfuncs && cp "$TOP/contrib/_goal-tools" zfuncs/ || exit 1
cat >run.zsh <<'ZSH'
fpath=($PWD/zfuncs $fpath)
autoload -U compinit && compinit -u -D
for t in goal-lint goal-split goal-due; do
	[[ $_comps[$t] == _goal-tools ]] || { print "$t: ${_comps[$t]:-none}"; exit 1; }
done
ZSH
zsh -f run.zsh
