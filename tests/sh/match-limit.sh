# A pattern that backtracks without end is reported once, as a note, and
# switched off for the rest of the run.
cat >slow.rules <<'YAML'
rules:
  - id: test.slow
    forbid: '^(a|aa)+$'
    message: never
YAML
long=$(printf 'a%.0s' $(seq 1 60))
printf -- '- goal: %sb\n- goal: %sb\n' "$long" "$long" >g.yaml
goal-lint -n -R -r slow.rules g.yaml >out
n=$(grep -c 'test.slow' out)
[ "$n" -eq 1 ] || { echo "$n reports, want 1"; cat out; exit 1; }
grep -q ': note: rule test.slow hit the match limit' out || { cat out; exit 1; }
