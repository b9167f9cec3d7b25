# Issue 12 point 6 asks of every tool and format: >/dev/full is a message
# and exit status 2, a closed pipe ends the tool quietly.  goal-split's
# formats have split-write-error.sh, goal-due's /dev/full due-write-error.sh;
# here are goal-lint in every format (write-error.sh and closed-pipe.sh
# try gnu only) and goal-due's closed pipe in every format (ics only
# there).  Input big enough that the output outgrows a pipe's buffer.
awk 'BEGIN { for (i = 0; i < 3000; i++) {
	printf "- id: g%d\n  goal: Improve thing %d\n  due: 2026-12-01\n", i, i
	print "  reviewed: 2026-11-01\n  review: yearly" } }' >many.yaml
printf -- '- goal: x\n  dua: 1\n' >in.yaml
for f in gnu json github sarif score; do
	if [ -w /dev/full ]; then
		goal-lint -n -f $f in.yaml >/dev/full 2>err
		rc=$?
		[ "$rc" -eq 2 ] || { echo "goal-lint -f $f >/dev/full: exit status $rc, want 2"; exit 1; }
		grep -q '^goal-lint: write error: No space left on device$' err ||
		    { echo "goal-lint -f $f >/dev/full: stderr:"; cat err; exit 1; }
	fi
	goal-lint -n -f $f -t 2026-11-24 many.yaml 2>err | head -1 >first
	[ -s first ] || { echo "goal-lint -f $f | head: no first line"; exit 1; }
	[ ! -s err ] || { echo "goal-lint -f $f | head: stderr:"; cat err; exit 1; }
done
for f in text tsv json ics vtodo remind; do
	goal-due -a -f $f -t 2026-11-24 many.yaml 2>err | head -1 >first
	[ -s first ] || { echo "goal-due -f $f | head: no first line"; exit 1; }
	[ ! -s err ] || { echo "goal-due -f $f | head: stderr:"; cat err; exit 1; }
done
exit 0
