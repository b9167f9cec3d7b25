# Many matches in one long scalar cost time linear in its length, and a
# rule reports at most 100 of them in a goal with one note counting the
# rest: 128 KB of "improve " took 9 s and printed 16,000 findings, 1 MiB
# did not end in 5 minutes (positions walked from the scalar's start for
# each finding).  -R and a plain user rule keep the built-in patterns out.
. "$TOP/tests/sh/hostile-bounds"
cat >r.rules <<'YAML'
rules:
  - id: test.improve
    forbid: '\bimprove\b'
    message: 'vague "%s"'
YAML
words() {	# words N: a goal of "improve " N times
	awk -v n="$1" 'BEGIN { printf "- goal: "; for (i = 0; i < n; i++) printf "improve "; print "" }'
}
lint() { goal-lint -n -R -r r.rules -t 2026-11-24 "$@"; }
words 16000 >small.yaml
words 131000 >big.yaml
timeout 10 goal-lint -n -R -r r.rules -t 2026-11-24 small.yaml >out
[ $? -ne 124 ] || { echo "128 KB of improve: over 10 s"; exit 1; }
n=$(grep -c 'test.improve' out)
[ "$n" -eq 101 ] || { echo "128 KB of improve: $n lines of test.improve, want 100 and a note"; exit 1; }
grep -q '^small.yaml:1:809: note: test.improve: 15,900 more findings in this goal not shown \[test.improve\]$' out || {
	echo "no note counting the findings not shown:"; grep note out; exit 1; }
timeout 20 goal-lint -n -R -r r.rules -t 2026-11-24 big.yaml >out
[ $? -ne 124 ] || { echo "1 MiB of improve: over 20 s"; exit 1; }
grep -q 'test.improve: 130,900 more findings in this goal not shown' out || {
	echo "1 MiB of improve: no note counting the rest:"; grep note out; exit 1; }
# The first 100 findings point where they are, past a fold too.
lint small.yaml | grep -q '^small.yaml:1:801: warning: vague "improve" \[test.improve\]$' || {
	echo "the 100th finding is not at 1:801"; exit 1; }
