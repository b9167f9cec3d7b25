# .goal-lint.yaml is read from the current directory or its nearest
# parent, and skipped with -n.
mkdir -p proj/sub/deeper
cat >proj/.goal-lint.yaml <<'YAML'
rules:
  - {id: relevant.no-area, level: error}
YAML
printf -- '- goal: Earn 100K per year by 2027\n' >proj/sub/deeper/g.yaml
cd proj/sub/deeper || exit 1
goal-lint -t 2026-11-24 g.yaml >out
grep -q '^g.yaml:1:3: error: no area' out || { echo "config not read:"; cat out; exit 1; }
goal-lint -n -t 2026-11-24 g.yaml >out
grep -q '^g.yaml:1:3: warning: no area' out || { echo "-n did not skip it:"; cat out; exit 1; }
# A broken config stops the run with status 2 and says how to skip it.
printf 'rules: [{id: x.y}]\n' >../.goal-lint.yaml
goal-lint -t 2026-11-24 g.yaml >out 2>err
rc=$?
[ "$rc" -eq 2 ] || { echo "broken config: exit status $rc"; exit 1; }
grep -q 'skip it with -n' err || { cat err; exit 1; }
