# A write error (a full disk) is a message and exit 2; a closed pipe ends
# goal-due quietly.
cat >g.yaml <<'YAML'
goals:
  - {id: a, goal: Write, due: 2026-12-01, reviewed: 2026-11-01, review: yearly}
YAML
for f in text tsv json ics vtodo remind; do
	goal-due -a -f $f g.yaml >/dev/full 2>err
	rc=$?
	[ $rc -eq 2 ] || { echo "-f $f: exit $rc, want 2"; exit 1; }
	grep -q "goal-due: write error" err || { echo "-f $f:"; cat err; exit 1; }
done
i=0
while [ $i -lt 3000 ]; do
	echo "  - {id: g$i, goal: Write, due: 2026-12-01}"
	i=$((i + 1))
done >>g.yaml
goal-due -a -f ics g.yaml 2>err | head -1 >/dev/null
[ ! -s err ] || { cat err; exit 1; }
