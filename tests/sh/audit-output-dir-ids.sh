# goal-split -o DIR: a top-level goal whose id is bad (format.bad-id, as
# "../evil" or "-dash") is named by its place in its list, so that no
# name leaves DIR; the problem is on stderr in the compiler form, the
# other goals are written, the paths printed, and the exit status is 0.
mkdir -p audit-ids/out && cd audit-ids || exit 1
fail() { echo "$@"; exit 1; }
cat >in.yaml <<'YAML'
- id: ../evil
  goal: Escape by 2027
- id: -dash
  goal: Dash by 2027
- id: ok
  goal: Fine by 2027
YAML
goal-split -o out in.yaml >paths 2>err || fail "exit status $?, want 0"
printf 'out/1.yaml\nout/2.yaml\nout/ok.yaml\n' | diff - paths || fail "paths"
[ "$(ls -A out | tr '\n' ' ')" = "1.yaml 2.yaml ok.yaml " ] || { ls -A out; fail "files in out/"; }
# out/../evil.yaml is ./evil.yaml
[ ! -e evil.yaml ] && [ ! -e out/-dash.yaml ] ||
    fail "a file was named after a bad id"
grep -q '^in.yaml:1:7: error: .*\[format.bad-id\]$' err &&
    grep -q '^in.yaml:3:7: error: .*\[format.bad-id\]$' err || { cat err; fail "no format.bad-id"; }
grep -q 'goal: Escape by 2027' out/1.yaml || fail "out/1.yaml is not the first goal"
exit 0
