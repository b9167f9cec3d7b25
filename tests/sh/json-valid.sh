# -f json writes valid JSON Lines, whatever the text: quotes, backslashes,
# tabs, line breaks and non-ASCII in values and messages.  Skipped where
# python3 is not installed.
command -v python3 >/dev/null 2>&1 || { echo "no python3"; exit 77; }
cat >r.rules <<'YAML'
rules:
  - {id: test.any, forbid: '(?s)improve.*', message: 'matched "%s"'}
YAML
printf -- '- goal: "\\"improve\\" \\\\ \\t tab\\nnew line \\u00e9\\u2028"\n  dua: "\\\\"\n' >g.yaml
goal-lint -n -R -r r.rules -f json g.yaml >out
python3 - out <<'PY' || exit 1
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[:-1]
assert len(lines) >= 2, lines
objs = [json.loads(l) for l in lines]
m = [o for o in objs if o["rule"] == "test.any"][0]
assert m["match"] == '"improve" \\ \t tab\nnew line \u00e9\u2028'[1:], repr(m["match"])
assert m["column"] == 12 and m["line"] == 1, m
for o in objs:
    assert set(o) >= {"file", "line", "column", "level", "rule",
                      "criterion", "goal", "message"}, o
PY
