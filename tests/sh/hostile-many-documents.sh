# Many small documents after a big one cost what they hold: the id table
# of the big document is not cleared again for each (it took minutes).
. "$TOP/tests/sh/hostile-bounds"
awk 'BEGIN { print "goals:"; for (i = 0; i < 200000; i++) print "  - goal: g" i;
	for (i = 0; i < 150000; i++) print "---" }' >many.yaml
timeout 20 goal-lint -n -R -q -t 2026-11-24 many.yaml >/dev/null
rc=$?
[ "$rc" -ne 124 ] || { echo "over 20 s for 200,000 goals and 150,000 empty documents (33 s before)"; exit 1; }
[ "$rc" -eq 1 ] || { echo "exit status $rc, want 1"; exit 1; }
# goal-split and goal-due read through the same reader, in the same time.
for t in "goal-split -a" "goal-due -a -f tsv"; do
	# The tool and its options are two words, split on purpose.
	# shellcheck disable=SC2086
	timeout 20 $t -t 2026-11-24 many.yaml >/dev/null
	rc=$?
	[ "$rc" -ne 124 ] || { echo "$t: over 20 s for 200,000 goals and 150,000 empty documents"; exit 1; }
	[ "$rc" -eq 0 ] || { echo "$t: exit status $rc, want 0"; exit 1; }
done
