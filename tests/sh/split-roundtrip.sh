# goal-split -f yaml F | goal-lint - reports the same rule ids for the
# same goal paths as goal-lint F, for every example and every golden
# input of goal-lint and goal-split without a fatal problem: the YAML
# written is the goals as they were, with ids and own dates made
# explicit.
#
# A document per top-level goal makes four differences that no rewrite
# of the goals can avoid, and the comparison allows for them:
# - findings about what is no goal (goal null: the header, an element of
#   goals that is no mapping) are not compared: goal-split writes goals;
# - format.duplicate-id needs two goals with one path in one document,
#   format.header-after-goals a header key after goals (not applied,
#   so not written), and format.comment-in-value the comment beside a
#   value in the source (YAML drops it): not compared; nor is a format.unused-nolint that
#   only the copy has when the input silences one of them (there is
#   nothing left to silence);
# - a top-level goal whose id is bad is named by its place in its
#   document, which is 1 in a document of its own: a first part of a path
#   that is a number is compared as "#" (goals with no id at all get
#   their number written as id, so their paths do not change);
# - habit.slow-review about the header's review comes with the first goal
#   of a document that takes it: in the copy, with each such goal; where
#   the original reports it, the copy may report it with more goals.
# A directory of its own: the runner shares its own among the checks.
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 1
command -v python3 >/dev/null 2>&1 || {
	echo "no python3 to compare findings: skipped"; exit 77; }
: "${TOP:?}"
fails=0
compared=0
for f in "$TOP"/examples/*.yaml "$TOP"/tests/lint/*.yaml \
    "$TOP"/tests/split/*.yaml; do
	goal-lint -n -f json "$f" >orig.json 2>/dev/null
	goal-split -f yaml "$f" >split.yaml 2>/dev/null
	rc=$?
	goal-lint -n -f json - <split.yaml >copy.json 2>copy.err
	python3 - "$f" "$rc" orig.json copy.json <<'PY'
import json, sys
name, rc, a, b = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
fatal = {"format.yaml", "format.alias", "format.limit"}
skip = {"format.duplicate-id", "format.header-after-goals",
        "format.comment-in-value"}
def pairs(path):
    out = []
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        out.append((o["goal"], o["rule"]))
    return out
orig = pairs(a)
if rc != 0 or any(r in fatal for _, r in orig):
    sys.exit(3)
def norm(path):
    first, sep, rest = path.partition("/")
    return ("#" if first.isdigit() else first) + sep + rest
def keep(ps):
    return sorted((norm(g), r) for g, r in ps
                  if g is not None and r not in skip)
x, y = keep(orig), keep(pairs(b))
if any(r == "habit.slow-review" for _, r in x):
    # Where the original has it, the copy has it with those goals and
    # perhaps more: compared as sets, then left out.
    xs = {p for p in x if p[1] == "habit.slow-review"}
    ys = {p for p in y if p[1] == "habit.slow-review"}
    if xs <= ys:
        x = [p for p in x if p[1] != "habit.slow-review"]
        y = [p for p in y if p[1] != "habit.slow-review"]
text = open(name, encoding="utf-8", errors="replace").read()
if any(r in text for r in skip):
    y = [p for p in y if p[1] != "format.unused-nolint" or p in x]
if x != y:
    print(name + ":")
    for p in x:
        if p not in y: print("  only in the original:", p)
    for p in y:
        if p not in x: print("  only in the copy:", p)
    sys.exit(1)
PY
	case $? in
	0) compared=$((compared + 1)) ;;
	3) ;;
	*) fails=$((fails + 1)); cat copy.err ;;
	esac
done
# The examples and most golden inputs have no fatal problem.
[ "$compared" -ge 40 ] || { echo "only $compared inputs compared"; exit 1; }
[ "$fails" -eq 0 ]
