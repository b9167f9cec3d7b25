# What a message can expand to is bounded: a message of %s 200 times over
# a match of 512 KiB wrote 100 MB for one finding.  A match is shown up to
# 200 bytes, cut with an ellipsis, and in the first 8 %s only.
. "$TOP/tests/sh/hostile-bounds"
[ -x /usr/bin/time ] || { echo "no /usr/bin/time to measure peak memory"; exit 77; }
awk 'BEGIN { printf "rules:\n  - id: test.long\n    forbid: \"a+\"\n    message: \""
	for (i = 0; i < 200; i++) printf "%%s "; print "\"" }' >r.rules
{ printf -- '- goal: '; head -c 524288 /dev/zero | tr '\0' a; echo; } >g.yaml
timeout 10 /usr/bin/time -f %M -o kb goal-lint -n -R -r r.rules -t 2026-11-24 g.yaml >out
rc=$?
[ $rc -eq 1 ] || { echo "exit $rc, want 1"; exit 1; }
kb=$(tail -1 kb)
[ "$kb" -lt 100000 ] || { echo "peak $kb KB, over 100 MB"; exit 1; }
size=$(wc -c <out)
[ "$size" -lt 20000 ] || { echo "$size bytes of output for one finding"; exit 1; }
a200=$(head -c 200 /dev/zero | tr '\0' a)
grep -q "^g.yaml:1:9: warning: $a200… $a200… .* … … *\[test.long\]\$" out || {
	echo "the match is not cut at 200 bytes:"; cut -c1-300 out; exit 1; }
# goal-lint -f json still carries the whole match.
n=$(goal-lint -n -R -r r.rules -f json -t 2026-11-24 g.yaml | grep -o '"match":"a*"' | wc -c)
[ "$n" -eq $((524288 + 11)) ] || { echo "json lost the whole match: $n bytes"; exit 1; }
