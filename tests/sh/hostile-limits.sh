# The 1 MiB limit is exact whatever the scalar's style and libyaml's
# read-ahead, and many directives are refused before libyaml's list of
# them costs its square (40,000 %TAG lines took 7 s to refuse before).
. "$TOP/tests/sh/hostile-bounds"
big() {	# big N: N bytes of "a"
	head -c "$1" /dev/zero | tr '\0' a
}
m=1048576
lint() { goal-lint -n -R -q -t 2026-11-24 "$@"; }
{ printf -- '- goal: '; big $m; echo; } >plain-max.yaml
{ printf -- '- goal: '; big $((m + 1)); echo; } >plain-over.yaml
{ printf -- '- goal: "'; big $((m - 2)); printf '"\n'; } >dq-max.yaml
{ printf -- '- goal: "'; big $((m - 1)); printf '"\n'; } >dq-over.yaml
{ printf -- '- id: '; big $((m + 16384)); printf '\n  goal: x\n'; } >id-over.yaml
for f in plain-max dq-max; do
	if lint $f.yaml | grep -q format.limit; then echo "$f: refused at the limit"; exit 1; fi
done
lint plain-over.yaml >out
grep -q '^plain-over.yaml:1:1048585: error: more than 1048576 bytes' out || {
	echo "plain-over: not refused at the first byte over:"; cut -c1-200 out; exit 1; }
for f in dq-over:1048585 id-over:1048583; do
	col=${f#*:} f=${f%:*}
	lint $f.yaml >out
	grep -q "^$f.yaml:1:$col: error: more than 1048576 bytes" out || {
		echo "$f: not refused at the first byte over:"; cut -c1-200 out; exit 1; }
done
awk 'BEGIN { for (i = 0; i < 40000; i++) printf "%%TAG !t%d! tag:x,2000:%d\n", i, i;
	print "---"; print "- goal: x" }' >tags.yaml
timeout 5 goal-lint -n -R tags.yaml >out
rc=$?
[ $rc -ne 124 ] || { echo "40,000 directives: over 5 s"; exit 1; }
grep -q '^tags.yaml:1001:1: error: more than 1000 directives' out || {
	echo "40,000 directives not refused at the 1001st:"; cat out; exit 1; }
# goal-split and goal-due read through the same reader: the same limits,
# at the same places, on standard error, with exit status 2.
for t in goal-split goal-due; do
	for f in plain-over:1048585 dq-over:1048585 id-over:1048583 tags:1001; do
		col=${f#*:} f=${f%:*}
		[ "$f" = tags ] && line=1001 col=1 || line=1
		timeout 5 $t -a -t 2026-11-24 $f.yaml >/dev/null 2>err
		rc=$?
		[ $rc -ne 124 ] || { echo "$t $f.yaml: over 5 s"; exit 1; }
		[ $rc -eq 2 ] || { echo "$t $f.yaml: exit status $rc, want 2"; exit 1; }
		grep -q "^$f.yaml:$line:$col: error: more than .*\[format.limit\]\$" err || {
			echo "$t $f.yaml: not refused at $line:$col:"; cut -c1-200 err; exit 1; }
	done
	for f in plain-max dq-max; do
		$t -a -t 2026-11-24 $f.yaml >/dev/null 2>err
		if grep -q format.limit err; then echo "$t $f.yaml: refused at the limit"; exit 1; fi
	done
done
