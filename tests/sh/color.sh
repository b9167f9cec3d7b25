# Colour never in a pipe with --color=auto; always with --color=always,
# even with NO_COLOR set; never with --color=never.  On a terminal:
# color-tty.sh.
printf -- '- goal: x\n  dua: 1\n' >g.yaml
esc=$(printf '\033')
goal-lint -n g.yaml >out
! grep -q "$esc" out || { echo "colour in a pipe"; exit 1; }
NO_COLOR=1 goal-lint -n --color=always g.yaml >out
grep -q "$esc" out || { echo "no colour with --color=always"; exit 1; }
goal-lint -n --color=never g.yaml >out
! grep -q "$esc" out || { echo "colour with --color=never"; exit 1; }
