# Memory stays linear in the input when steps inherit: a step's path
# copied its parent's (a 512 KiB id with 4,000 steps peaked at 2 GB) and
# each step copied its parent's nolint list (10,000 ids over 10,000
# steps: 830 MB).  Each run must stay under 400 MB and 10 s.
. "$TOP/tests/sh/hostile-bounds"
[ -x /usr/bin/time ] || { echo "no /usr/bin/time to measure peak memory"; exit 77; }
{ printf -- '- id: '; head -c 524288 /dev/zero | tr '\0' a
  printf '\n  goal: Ship it by 2027\n  steps:\n'
  awk 'BEGIN { for (i = 0; i < 4000; i++) print "    - goal: s" }'; } >longid.yaml
awk 'BEGIN { printf "- goal: Ship it by 2027\n  nolint: ["
	for (i = 0; i < 10000; i++) printf "%sx.r%d", (i ? "," : ""), i
	printf "]\n  steps:\n"
	for (i = 0; i < 10000; i++) print "    - goal: s" }' >nolint.yaml
run() {	# run FILE TOOL ARGS...: within the bounds, not ended by a signal
	f=$1; shift
	timeout 10 /usr/bin/time -f %M -o kb "$@" -t 2026-11-24 "$f" >out 2>err
	rc=$?
	[ $rc -le 2 ] || { echo "$* $f: exit $rc"; head -c 500 err; exit 1; }
	kb=$(tail -1 kb)
	[ "$kb" -lt 400000 ] || { echo "$* $f: peak $kb KB, over 400 MB"; exit 1; }
}
for f in longid.yaml nolint.yaml; do
	run $f goal-lint -n
	run $f goal-split -a
	run $f goal-due -a
done
# A long id is cut in paths, the same way in a step's and its parent's.
goal-split -a -f json -t 2026-11-24 longid.yaml | sed -n 2p |
    grep -q '"path":"a\{40\}…[0-9a-f]\{8\}/1",.*"parent":"a\{40\}…[0-9a-f]\{8\}"' || {
	echo "the path of a step of a long id is not cut:"; goal-split -a -f json longid.yaml | sed -n 2p | cut -c1-300; exit 1; }
# The nolint of the top goal still silences its steps' findings.
goal-lint -n -t 2026-11-24 nolint.yaml >out
sed 's/x\.r0,/plan.step-no-plan,x.r0,/' nolint.yaml >silenced.yaml
goal-lint -n -t 2026-11-24 silenced.yaml >out2
a=$(grep -c 'plan.step-no-plan' out) b=$(grep -c 'plan.step-no-plan' out2)
[ "$a" -eq 10000 ] && [ "$b" -eq 0 ] || { echo "nolint: $a findings without, $b with, want 10000 and 0"; exit 1; }
