# contrib/goal.schema.json accepts every example and every golden input
# that goal-lint finds no format.* problem in, document by document, as an
# editor's YAML language server would read them; and it refuses an
# unknown key, a bad enum value, a bad date, a bad reminder, each alone.
py=/usr/bin/python3
[ -x "$py" ] || { echo "no /usr/bin/python3"; exit 77; }
for m in yaml jsonschema; do
	"$py" -c "import $m" 2>/dev/null || { echo "no python3-$m"; exit 77; }
done
schema=$TOP/contrib/goal.schema.json

: >good.list
for f in "$TOP"/examples/*.yaml "$TOP"/tests/lint/*.yaml \
    "$TOP"/tests/split/*.yaml "$TOP"/tests/due/*.yaml; do
	goal-lint -n -R -f json "$f" >lint.json 2>/dev/null
	# 2: fatal (not YAML, an alias, a limit): nothing to compare with.
	[ $? -eq 2 ] && continue
	# -R turns a nolint of a built-in rule into format.unused-nolint:
	# not a problem of the file's shape.
	grep '"rule":"format\.' lint.json | grep -qv '"rule":"format\.unused-nolint"' &&
	    continue
	printf '%s\n' "$f" >>good.list
done
[ "$(wc -l <good.list)" -ge 20 ] || { echo "only $(wc -l <good.list) files to check"; exit 1; }

cat >validate.py <<'PY'
import sys, json, yaml, jsonschema

# As a YAML 1.2 language server reads a goal file: a date stays text (JSON
# has no dates), tags are ignored.  Booleans and numbers are as PyYAML
# (YAML 1.1) makes them, which the schema allows where goal(5) does.
class Loader(yaml.SafeLoader):
    pass
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != 'tag:yaml.org,2002:timestamp']
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
def untagged(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)
Loader.add_multi_constructor('!', untagged)
Loader.add_multi_constructor('tag:', untagged)

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
expect = sys.argv[2]
bad = 0
for f in sys.stdin.read().splitlines():
    with open(f, encoding='utf-8') as fp:
        docs = list(yaml.load_all(fp, Loader=Loader))
    errs = [e for d in docs for e in v.iter_errors(d)]
    if expect == 'valid' and errs:
        bad += 1
        e = jsonschema.exceptions.best_match(errs)
        print('%s: %s at /%s' % (f, e.message[:200],
                                 '/'.join(map(str, e.absolute_path))))
    elif expect == 'invalid' and not errs:
        bad += 1
        print('%s: accepted' % f)
sys.exit(1 if bad else 0)
PY
"$py" validate.py "$schema" valid <good.list || exit 1

# Each of these alone must be refused; goal-lint refuses them too.
printf -- '- goal: Attend 3 events a quarter\n  dua: 2027\n' >unknown-key.yaml
printf 'owner: Jo\nbudy: Sam\ngoals: []\n' >unknown-header.yaml
printf -- '- goal: Attend 3 events a quarter\n  area: money\n' >bad-enum.yaml
printf -- '- goal: Attend 3 events a quarter\n  started: 2026-13-01\n' >bad-date.yaml
printf -- '- goal: Attend 3 events a quarter\n  due: 2027-02-40\n' >bad-due.yaml
printf -- '- goal: Attend 3 events a quarter\n  remind: 2m\n' >bad-remind.yaml
printf -- '- goal: Attend 3 events a quarter\n  review: every 2 years\n' >bad-review.yaml
printf -- '- goal: Read 6 books\n  steps:\n    - goal: Read 1 book\n      shar: public\n' >bad-step.yaml
printf -- '- goal: Read 6 books\n  steps: read them\n' >bad-steps.yaml
printf -- '- why: no goal\n' >no-goal.yaml
printf -- '- goal: Attend 3 events a quarter\n  reflection: {hard: x, fun: y}\n' >bad-reflection.yaml
ls unknown-key.yaml unknown-header.yaml bad-*.yaml no-goal.yaml >bad.list
while read -r f; do
	goal-lint -n -R -f json "$f" >lint.json 2>/dev/null
	grep -q '"rule":"format\.' lint.json || { echo "goal-lint accepts $f"; exit 1; }
done <bad.list
"$py" validate.py "$schema" invalid <bad.list || exit 1

# A bare year and other values YAML types are still goal files.
cat >typed.yaml <<'YAML'
- id: 123
  goal: yes
  due: 2027
  started: 2026-Q3
  achieved: 2027-06
  remind: [3w, 10d]
  review: every two weeks
  helpers: [Sam, 42]
  steps:
    - goal: Read 1 book
      due: end of next quarter
      remind: 3w, 1w
    - goal: Read 2 books
      due: 18 months
      why:
YAML
goal-lint -n -R -f json typed.yaml >lint.json
! grep -q '"rule":"format\.' lint.json || { cat lint.json; exit 1; }
echo typed.yaml | "$py" validate.py "$schema" valid || exit 1
