# The problem matcher of contrib/vscode-tasks.json, applied as VS Code
# applies it (one regexp a line, its groups by number), takes every line
# goal-lint writes to the right file, line, column, severity and rule,
# with a space in the file name.
py=/usr/bin/python3
[ -x "$py" ] || { echo "no /usr/bin/python3"; exit 77; }
printf -- '- goal: Improve my network\n  dua: 1\n- goal: x\n  area: money\n' >'my goals.yaml'
goal-lint -n "$PWD/my goals.yaml" >out
[ "$(wc -l <out)" -ge 3 ] || { cat out; exit 1; }
"$py" - "$TOP/contrib/vscode-tasks.json" out "$PWD/my goals.yaml" <<'PY' || exit 1
import json, re, sys
task = json.load(open(sys.argv[1]))['tasks'][0]
m = task['problemMatcher']
p = m['pattern']
rx = re.compile(p['regexp'])
seen = set()
for line in open(sys.argv[2], encoding='utf-8').read().splitlines():
    g = rx.match(line)
    if not g:
        sys.exit('no match: ' + line)
    f, l, c, sev, msg, code = (g.group(p[k]) for k in
        ('file', 'line', 'column', 'severity', 'message', 'code'))
    if f != sys.argv[3]:
        sys.exit('file %r in %s' % (f, line))
    if sev not in ('error', 'warning', 'note') or not code or '[' + code + ']' in msg:
        sys.exit('groups %r in %s' % ((sev, msg, code), line))
    seen.add((l, c, sev, code))
want = {('2', '3', 'error', 'format.unknown-key'),
        ('4', '9', 'error', 'format.bad-value'),
        ('1', '9', 'warning', 'specific.vague-verb')}
if not want <= seen:
    sys.exit('missing %r; got %r' % (want - seen, seen))
PY
