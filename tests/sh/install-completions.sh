# make install puts the bash completion where bash-completion loads it (a
# file per tool), the zsh one in site-functions and the schema in
# share/goal-tools; the installed bash file completes; make uninstall
# takes them away.
command -v make >/dev/null 2>&1 || { echo "no make"; exit 77; }
dest=$(mktemp -d) || exit 1
trap 'rm -rf "$dest"' EXIT
MAKEFLAGS='' make -s --no-print-directory -C "$TOP" O="$O" -o "$O/.flags" \
    DESTDIR="$dest" install >out 2>&1 || { cat out; exit 1; }
share=$dest/usr/local/share
for f in bash-completion/completions/goal-lint \
    bash-completion/completions/goal-split \
    bash-completion/completions/goal-due zsh/site-functions/_goal-tools \
    goal-tools/goal.schema.json; do
	[ -f "$share/$f" ] || { echo "not installed: $f"; find "$dest"; exit 1; }
done
if command -v bash >/dev/null 2>&1; then
	got=$(bash -c '. "$1"; COMP_WORDS=(goal-split -b q); COMP_CWORD=2
	    _goal_tools; echo "${COMPREPLY[*]}"' sh \
	    "$share/bash-completion/completions/goal-split")
	[ "$got" = quarter ] || { echo "installed completion: $got"; exit 1; }
fi
MAKEFLAGS='' make -s --no-print-directory -C "$TOP" O="$O" DESTDIR="$dest" \
    uninstall >out 2>&1 || { cat out; exit 1; }
left=$(find "$dest" -type f)
[ -z "$left" ] || { echo "left after uninstall: $left"; exit 1; }
