# goal-lint reading standard input ("-", or no file) looks for
# .goal-lint.yaml from the current directory upward, and the configuration
# of each file comes from that file's directory, in one run mixing both.
mkdir -p audit-config/proj/sub audit-config/other && cd audit-config || exit 1
fail() { echo "$@"; exit 1; }
printf 'rules:\n  - {id: relevant.no-area, level: error}\n' >proj/.goal-lint.yaml
printf 'rules:\n  - {id: relevant.no-area, level: note}\n' >other/.goal-lint.yaml
printf -- '- goal: Earn 100K per year by 2027\n' >other/g.yaml
cd proj/sub || exit 1
# No file: standard input, with the project's configuration found upward.
goal-lint -t 2026-11-24 <../../other/g.yaml >out
grep -q '^<stdin>:1:3: error: no area' out || { cat out; fail "no file: the cwd's config was not read"; }
goal-lint -t 2026-11-24 - <../../other/g.yaml >out
grep -q '^<stdin>:1:3: error: no area' out || { cat out; fail "-: the cwd's config was not read"; }
# "-" and a file in one run: each with its own configuration.
goal-lint -t 2026-11-24 - ../../other/g.yaml <../../other/g.yaml >out
grep -q '^<stdin>:1:3: error: no area' out || { cat out; fail "-: the cwd's config"; }
grep -q '^\.\./\.\./other/g\.yaml:1:3: note: no area' out ||
    { cat out; fail "the file's own directory's config"; }
# -n: neither.
goal-lint -n -t 2026-11-24 - <../../other/g.yaml >out
grep -q '^<stdin>:1:3: warning: no area' out || { cat out; fail "-n read a config"; }
exit 0
