# A write error (a full disk) is reported, and the exit status is 2.
[ -w /dev/full ] || { echo "no writable /dev/full"; exit 77; }
printf -- '- goal: x\n  dua: 1\n' >in.yaml
goal-lint -n in.yaml >/dev/full 2>err
rc=$?
[ "$rc" -eq 2 ] || { echo "exit status $rc, want 2"; exit 1; }
grep -q '^goal-lint: write error: No space left on device$' err || {
	echo "stderr:"; cat err; exit 1; }
