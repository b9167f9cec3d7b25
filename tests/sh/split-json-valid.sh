# goal-split -f json writes valid JSON Lines for every example and every
# golden input of goal-lint and goal-split, whatever their text holds,
# with every key SPEC names in every record.
command -v python3 >/dev/null 2>&1 || {
	echo "no python3 to read JSON: skipped"; exit 77; }
: "${TOP:?}"
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
for f in "$TOP"/examples/*.yaml "$TOP"/tests/lint/*.yaml \
    "$TOP"/tests/split/*.yaml; do
	goal-split -a -f json "$f" 2>/dev/null
	goal-split -b month -f json "$f" 2>/dev/null
done >"$d/all.json"
python3 - "$d/all.json" <<'PY'
import json, sys
keys = {"location", "path", "depth", "status", "start", "due", "area",
        "owner", "text", "buddy", "review", "parent", "due_from",
        "due_raw", "done", "total"}
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    missing = keys - set(o)
    assert not missing, (missing, o)
    assert isinstance(o["done"], int) and o["done"] <= o["total"], o
    n += 1
assert n > 200, n
PY
