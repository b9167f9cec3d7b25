# goal-split and goal-due hold the 1 MiB limit of a scalar as goal-lint
# does: a goal of exactly 1 MiB is read, one byte more is format.limit at
# the first byte over, fatal (exit 2), with the goal before it still out
# and the next file still read.
mkdir -p audit-limit && cd audit-limit || exit 1
fail() { echo "$@"; exit 1; }
big() { head -c "$1" /dev/zero | tr '\0' a; }
m=1048576
{ printf -- '- {id: first, goal: Write 2 posts, due: 2026-11-30}\n- goal: '; big $m; echo; } >max.yaml
{ printf -- '- {id: first, goal: Write 2 posts, due: 2026-11-30}\n- goal: '; big $((m + 1)); echo; } >over.yaml
printf -- '- {id: next, goal: Read 2 books, due: 2026-12-01}\n' >next.yaml
# At the limit: both goals, no problem.
goal-split max.yaml >out 2>err || fail "goal-split at the limit: exit $?"
[ "$(wc -l <out)" -eq 2 ] && [ ! -s err ] || { head -c 300 err; fail "goal-split at the limit"; }
goal-due -a -f tsv max.yaml >out 2>err
[ $? -eq 0 ] && [ ! -s err ] || { head -c 300 err; fail "goal-due at the limit"; }
[ "$(wc -l <out)" -eq 3 ] ||
    { cut -c1-100 out; fail "goal-due at the limit: want first's due and review, and the big goal's review"; }
# One byte over: fatal, at line 2, column 8 + 1048576 (the first byte over).
want="over.yaml:2:1048585: error: more than 1048576 bytes"
for tool in goal-split goal-due; do
	case $tool in goal-due) opt="-a -f tsv" ;; *) opt= ;; esac
	$tool $opt over.yaml next.yaml >out 2>err
	rc=$?
	[ "$rc" -eq 2 ] || fail "$tool over the limit: exit $rc, want 2"
	grep -q "^$want" err || { cut -c1-200 err; fail "$tool: not refused at the first byte over"; }
	grep -q '\[format.limit\]$' err || { cut -c1-200 err; fail "$tool: not format.limit"; }
	grep -q 'first' out || fail "$tool: the goal before the limit is missing"
	grep -q 'next' out || fail "$tool: the next file was not read"
	[ "$(wc -c <out)" -lt 4096 ] || fail "$tool: the big goal came out"
done
exit 0
