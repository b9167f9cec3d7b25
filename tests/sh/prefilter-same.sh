# The prefilter (lib/prefilter.c) changes when rules run, never what they
# find.  goal-lint makes it only after its rules have read some text, so
# the first goals of a run are matched without it: the corpus, turned so
# that every statement is once among the first goals and once past them,
# must give each goal the same findings, at the same columns, every time.
[ -x /usr/bin/python3 ] || { echo "no /usr/bin/python3"; exit 77; }
awk -F '\t' '!/^#/ && NF >= 3 {
	gsub(/"/, "\\\"", $3)
	printf "- id: s%d\n  goal: \"%s\"\n  due: 2027-06-30\n", ++n, $3
}' "$TOP/tests/corpus/statements.tsv" >all.yaml
n=$(grep -c '^- id:' all.yaml)
[ "$n" -gt 300 ] || { echo "only $n statements read"; exit 1; }
# Goals of three lines each: turn the file by 20 goals at a time.
i=0
while [ $((i * 20)) -lt "$n" ]; do
	skip=$((i * 20 * 3))
	{ tail -n +$((skip + 1)) all.yaml; head -n "$skip" all.yaml; } >turn.yaml
	goal-lint -n -q -f json -t 2026-11-24 turn.yaml >turn.json
	[ $? -le 1 ] || { echo "goal-lint failed on turn $i"; exit 1; }
	/usr/bin/python3 -c '
import json, sys
rows = sorted((d["goal"], d["column"], d["rule"], d["message"])
    for d in map(json.loads, open("turn.json")))
for r in rows:
    print(*r, sep="\t")
' >"turn$i.txt" || exit 1
	if [ "$i" -gt 0 ] && ! cmp -s turn0.txt "turn$i.txt"; then
		echo "turn $i: findings differ from turn 0:"
		diff turn0.txt "turn$i.txt" | head -20
		exit 1
	fi
	i=$((i + 1))
done
# The turns saw findings at all, and pattern rules among them.
grep -q 'specific\.vague-verb' turn0.txt || { echo "no pattern finding"; exit 1; }
exit 0
