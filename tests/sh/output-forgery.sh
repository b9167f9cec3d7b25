# Output cannot be forged or broken: a key or text with a newline stays on
# its finding's line in -f gnu and -f score, a file name that is not UTF-8
# and a user pattern's match never put invalid UTF-8 in -f json, and \C
# (which matches half a character) is refused in rule files.
py=/usr/bin/python3
printf -- '- goal: Earn 100K by 2027\n  "x\\nforged.yaml:1:1: error: fake [y]": 1\n' >in.yaml
goal-lint -n -R -t 2026-11-24 in.yaml >out
if grep -q '^forged.yaml' out; then echo "a key forged a line:"; cat out; exit 1; fi
grep -q 'unknown key "x\\nforged.yaml' out || { echo "the key is not shown escaped:"; cat out; exit 1; }
# Every line of the gnu format is a finding.
n=$(grep -cv '^in.yaml:[0-9]*:[0-9]*: ' out)
[ "$n" -eq 0 ] || { echo "$n lines are not findings:"; cat out; exit 1; }
printf -- '- goal: |\n    Improve\n    forged.yaml:9:9: error: x\n' >lit.yaml
goal-lint -n -t 2026-11-24 -f score lit.yaml >out
[ "$(wc -l <out)" -eq 1 ] || { echo "a literal text broke the score line:"; cat out; exit 1; }
# A file name that is not UTF-8, through JSON.
name=$(printf 'bad\377name.yaml')
printf -- '- goal: Improve things\n' >"$name"
goal-lint -n -t 2026-11-24 -f json "$name" >out.json
if [ -x $py ]; then
	$py -c '
import json, sys
data = open("out.json", "rb").read()
text = data.decode("utf-8")          # strict: raises on invalid UTF-8
rows = [json.loads(l) for l in text.splitlines()]
assert rows and all(r["file"] == "bad\ufffdname.yaml" for r in rows), rows
' || exit 1
elif LC_ALL=C grep -q "$(printf '\377')" out.json; then
	echo "raw byte 0xFF in JSON"; exit 1
fi
# \C is refused at its place in the rule file.
printf 'rules:\n  - id: x.half\n    forbid: "\\\\C"\n    message: half\n' >half.rules
goal-lint -n -r half.rules in.yaml >out 2>err
[ $? -eq 2 ] || { echo "\\C accepted"; cat err; exit 1; }
grep -q '^half.rules:3:17: error: rule x.half: using .*C is disabled' err || { echo "\\C refused without its place:"; cat err; exit 1; }
exit 0
