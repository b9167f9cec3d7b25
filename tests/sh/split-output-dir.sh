# goal-split -o DIR: one file per top-level goal, named by its id (its
# number when it has none), never replacing a file unless -F, no
# temporary file left after any failure, and private goals left out
# with -s.
# A directory of its own: the runner shares its own among the checks.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
cat >in.yaml <<'YAML'
owner: Jane Doe
goals:
  - id: earn
    goal: Earn 100K per year by the end of 2027
  - goal: Read 12 books by 2027
  - id: secret
    goal: Find a new job by June 2027
    share: private
---
- id: earn
  goal: A second goal with the id of the first, in another document
YAML
fail() { echo "$@"; exit 1; }
no_temp() {
	for f in "$1"/.*.yaml.*; do
		[ -e "$f" ] && fail "temporary file left: $f"
	done
	return 0
}

# A new directory: a file each, the paths printed; the second "earn"
# is refused, and the first stays as it was written.
mkdir out
umask 022
goal-split -s buddy -o out in.yaml >paths 2>err
rc=$?
[ "$rc" -eq 2 ] || fail "exit status $rc, want 2 (the second earn)"
printf 'out/earn.yaml\nout/2.yaml\n' | diff - paths || fail "paths"
grep -qx 'goal-split: out/earn.yaml: File exists' err || {
	cat err; fail "no message naming out/earn.yaml"; }
[ ! -e out/secret.yaml ] || fail "a private goal was written with -s buddy"
printf '%s\n' 'owner: Jane Doe' 'goals:' '- id: earn' \
    '  goal: Earn 100K per year by the end of 2027' '  due: 2027-12-31' |
    diff - out/earn.yaml || fail "out/earn.yaml"
printf '%s\n' 'owner: Jane Doe' 'goals:' '- id: 2' \
    '  goal: Read 12 books by 2027' '  due: 2027-12-31' |
    diff - out/2.yaml || fail "out/2.yaml"
no_temp out
# Files as any other program makes them, not mkstemp()'s 0600.
[ "$(ls -l out/2.yaml | cut -c1-10)" = "-rw-r--r--" ] || {
	ls -l out; fail "mode of out/2.yaml under umask 022"; }

# An existing file is never replaced without -F.
echo keep >out/2.yaml
goal-split -o out in.yaml >/dev/null 2>err
[ $? -eq 2 ] || fail "an existing file: exit status $?, want 2"
[ "$(cat out/2.yaml)" = keep ] || fail "out/2.yaml was replaced without -F"
grep -qx 'goal-split: out/2.yaml: File exists' err || { cat err; fail "msg"; }
no_temp out

# -F replaces, the second "earn" included.
goal-split -F -o out in.yaml >paths 2>err || { cat err; fail "-F failed"; }
printf 'out/earn.yaml\nout/2.yaml\nout/secret.yaml\nout/earn.yaml\n' |
    diff - paths || fail "paths with -F"
grep -q 'A second goal' out/earn.yaml || fail "-F did not replace earn"
no_temp out

# A directory that is not there: exit 2, a message naming the file.
goal-split -o nodir in.yaml >/dev/null 2>err
[ $? -eq 2 ] || fail "a missing directory: exit status $?, want 2"
grep -qx 'goal-split: nodir/earn.yaml: No such file or directory' err || {
	cat err; fail "no message naming nodir/earn.yaml"; }
[ "$(wc -l <err)" -eq 1 ] || { cat err; fail "more than one message"; }

# A directory that cannot be written (root writes anyway: not checked).
if [ "$(id -u)" -ne 0 ]; then
	mkdir ro && chmod 555 ro
	goal-split -o ro in.yaml >/dev/null 2>err
	[ $? -eq 2 ] || fail "a read-only directory: exit status $?, want 2"
	grep -qx 'goal-split: ro/earn.yaml: Permission denied' err || {
		cat err; fail "no message naming ro/earn.yaml"; }
	[ -z "$(ls -A ro)" ] || fail "files left in ro/"
	chmod 755 ro
fi

# A write that fails (no room: a file size limit of 0 stands in for a
# full disk): exit 2, a message naming the file, no temporary file.
# The messages go through a pipe, which the limit does not apply to.
mkdir full
( (trap '' XFSZ; ulimit -f 0 && exec goal-split -o full in.yaml 2>&1 \
    >/dev/null); echo $? >rc) | cat >err
rc=$(cat rc)
[ "$rc" -eq 2 ] || { cat err; fail "a failed write: exit status $rc, want 2"; }
grep -q '^goal-split: full/earn.yaml: ' err || { cat err; fail "msg"; }
[ -z "$(ls -A full)" ] || { ls -A full; fail "files left in full/"; }
exit 0
