# goal-split: a write error on standard output (a full disk) is
# reported with exit status 2, in every format; a closed pipe is quiet.
# A directory of its own: the runner shares its own among the checks.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
printf -- '- id: a\n  goal: Read 12 books by 2027\n' >in.yaml
i=0
while [ $i -lt 2000 ]; do
	printf -- '- goal: Write post %d by 2027\n' $i
	i=$((i + 1))
done >many.yaml
for f in tsv json yaml; do
	if [ -w /dev/full ]; then
		goal-split -f $f in.yaml >/dev/full 2>err
		rc=$?
		[ "$rc" -eq 2 ] || { echo "-f $f: exit status $rc, want 2"; exit 1; }
		grep -q '^goal-split: write error: No space left on device$' err ||
		    { echo "-f $f: stderr:"; cat err; exit 1; }
	fi
	goal-split -f $f many.yaml 2>err | head -1 >/dev/null
	[ ! -s err ] || { echo "-f $f | head: stderr:"; cat err; exit 1; }
done
exit 0
