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

# Found from the input file's directory, not the current one: an editor
# started anywhere lints a file with its project's rules.
cd ../../.. || exit 1
rm -f proj/sub/.goal-lint.yaml
printf 'rules:\n  - {id: relevant.no-area, level: error}\n' >proj/.goal-lint.yaml
mkdir -p other
printf 'rules:\n  - {id: relevant.no-area, level: note}\n' >other/.goal-lint.yaml
printf -- '- goal: Earn 100K per year by 2027\n' >other/g.yaml
goal-lint -t 2026-11-24 proj/sub/deeper/g.yaml other/g.yaml >out
grep -q '^proj/sub/deeper/g.yaml:1:3: error: no area' out || {
	echo "the project's config was not read from elsewhere:"; cat out; exit 1; }
grep -q '^other/g.yaml:1:3: note: no area' out || {
	echo "each file takes its own project's config:"; cat out; exit 1; }
# A broken config shared by two inputs is read, and reported, once.
printf 'rules: [{id: x.y}]\n' >proj/.goal-lint.yaml
goal-lint -t 2026-11-24 proj/sub/deeper/g.yaml proj/sub/deeper/g.yaml >out 2>err
n=$(grep -c 'skip it with -n' err)
[ "$n" -eq 1 ] || { echo "broken config reported $n times:"; cat err; exit 1; }
[ ! -s out ] || { echo "goals were linted after a broken config:"; cat out; exit 1; }
