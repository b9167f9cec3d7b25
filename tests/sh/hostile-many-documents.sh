# Many small documents after a big one cost what they hold: the id table
# of the big document is not cleared again for each (it took minutes).
awk 'BEGIN { print "goals:"; for (i = 0; i < 50000; i++) print "  - goal: g" i;
	for (i = 0; i < 20000; i++) print "---" }' >many.yaml
timeout 10 goal-lint -n -R -q -t 2026-11-24 many.yaml >/dev/null
rc=$?
[ "$rc" -ne 124 ] || { echo "over 10 s for 50,000 goals and 20,000 empty documents"; exit 1; }
[ "$rc" -eq 1 ] || { echo "exit status $rc, want 1"; exit 1; }
