# A closed pipe ends goal-lint quietly: nothing on stderr.
i=0
while [ $i -lt 3000 ]; do
	printf -- '- goal: Improve thing %d\n  dua: x\n' $i
	i=$((i + 1))
done >many.yaml
goal-lint -n many.yaml 2>err | head -1 >first
[ -s first ] || { echo "no first line"; exit 1; }
[ ! -s err ] || { echo "stderr:"; cat err; exit 1; }
