# Colour only on a terminal with --color=auto; never in a pipe; always
# with --color=always, even with NO_COLOR set.
printf -- '- goal: x\n  dua: 1\n' >g.yaml
esc=$(printf '\033')
goal-lint -n g.yaml >out
! grep -q "$esc" out || { echo "colour in a pipe"; exit 1; }
NO_COLOR=1 goal-lint -n --color=always g.yaml >out
grep -q "$esc" out || { echo "no colour with --color=always"; exit 1; }
goal-lint -n --color=never g.yaml >out
! grep -q "$esc" out || { echo "colour with --color=never"; exit 1; }
if command -v script >/dev/null 2>&1; then
	script -qc "goal-lint -n g.yaml" /dev/null >tty </dev/null
	grep -q "$esc" tty || { echo "no colour on a terminal"; exit 1; }
	NO_COLOR=1 script -qc "goal-lint -n g.yaml" /dev/null >tty </dev/null
	! grep -q "$esc" tty || { echo "colour with NO_COLOR"; exit 1; }
fi
exit 0
