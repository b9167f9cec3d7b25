# remind(1) accepts every REM line goal-due writes: each item comes on its
# date, and a % or [ in a goal is printed as it is, not evaluated.
command -v remind >/dev/null 2>&1 || {
	echo "SKIP: remind(1) is needed (Debian's remind)"
	exit 77
}
cat >g.yaml <<'YAML'
owner: Jane Doe
goals:
  - id: raise
    goal: "Ask for a 10% raise [trigger(1)] %b\nat the Q1 review"
    due: 2027-03-31
    reviewed: 2026-11-01
    review: yearly
    remind: 10d
  - id: leap
    goal: On the leap day
    due: 2028-02-29
    reviewed: 2026-11-01
    review: yearly
YAML
goal-due -f remind g.yaml >g.rem || exit 1
cat g.rem
# Each date: the line remind prints on that day.
remind -q g.rem 2027-03-31 >out 2>err || { cat err; exit 1; }
grep -qxF 'due raise Ask for a 10% raise [trigger(1)] %b at the Q1 review' out ||
    { echo "2027-03-31:"; cat out err; exit 1; }
# +10: ten days before, the advance warning shows it.
remind -q g.rem 2027-03-21 >out 2>err
grep -q 'due raise' out || { echo "no warning ten days before"; cat out; exit 1; }
remind -q g.rem 2027-03-20 >out 2>err
! grep -q 'due raise' out || { echo "warned eleven days before"; exit 1; }
remind -q g.rem 2028-02-29 >out 2>err
grep -qx 'due leap On the leap day' out || { cat out err; exit 1; }
remind -q g.rem 2027-11-01 >out 2>err
grep -q 'review raise' out && grep -q 'review leap' out || { cat out; exit 1; }
# No line makes remind complain.
remind -q -n g.rem 2026-11-24 >out 2>err
[ ! -s err ] || { cat err; exit 1; }
[ "$(wc -l <out)" -eq 4 ] || { cat out; exit 1; }
# And every REM file of the golden cases: remind has nothing to say.
for f in "$TOP"/tests/due/*.out; do
	head -c 4 "$f" | grep -q '^REM ' || continue
	remind -q -n "$f" 2026-11-24 >out 2>err
	[ ! -s err ] && [ -s out ] || { echo "$f:"; cat err; exit 1; }
done
