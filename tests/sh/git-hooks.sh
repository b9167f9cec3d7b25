# .pre-commit-hooks.yaml offers goal-lint to the pre-commit framework for
# goal files only (its files: and exclude: as Python's re reads them), and
# contrib/post-merge lists what is overdue in the goal files, and never
# fails a merge.
command -v git >/dev/null 2>&1 || { echo "no git"; exit 77; }
py=/usr/bin/python3
[ -x "$py" ] || { echo "no /usr/bin/python3"; exit 77; }
"$py" -c 'import yaml' 2>/dev/null || { echo "no python3-yaml"; exit 77; }
"$py" - "$TOP/.pre-commit-hooks.yaml" <<'PY' || exit 1
import re, sys, yaml
hooks = yaml.safe_load(open(sys.argv[1]))
h = {x['id']: x for x in hooks}['goal-lint']
assert h['entry'] == 'goal-lint' and h['language'] == 'system', h
files, exclude = re.compile(h['files']), re.compile(h.get('exclude', '^$'))
def linted(path):
    return bool(files.search(path)) and not exclude.search(path)
for p in ['goals/2027.yaml', 'goals/me.yml', 'team/goals/a b.yaml',
          'me.goals.yaml', 'x/priya.goals.yml']:
    assert linted(p), p + ' not linted'
for p in ['.github/workflows/ci.yaml', 'goals/.goal-lint.yaml',
          '.goal-lint.yaml', 'examples/goals.yaml', 'goals.yaml',
          'goals/notes.txt', 'docker-compose.yml']:
    assert not linted(p), p + ' linted'
PY

rm -rf post-merge-repo && git init -q post-merge-repo && cd post-merge-repo || exit 1
mkdir goals
printf -- '- id: late\n  goal: Read 2 books\n  due: 2026-10-31\n' >goals/me.yaml
printf -- '- id: not-mine\n  goal: Read 2 books\n  due: 2026-10-31\n' >other.yaml
git add goals other.yaml
sh "$TOP/contrib/post-merge" >out 2>&1 || { echo "post-merge failed"; cat out; exit 1; }
grep -q 'late' out || { echo "overdue goal not listed"; cat out; exit 1; }
! grep -q 'not-mine' out || { echo "not a goal file, listed"; cat out; exit 1; }
