# goal-due cuts text to the terminal's width on a terminal (COLUMNS), and
# only there: in a pipe the line is whole.  Needs script(1) for a terminal.
command -v script >/dev/null 2>&1 || {
	echo "SKIP: script(1) is needed for a terminal"
	exit 77
}
cat >g.yaml <<'YAML'
owner: Jane Doe
goals:
  - id: long
    goal: Attend three networking events a quarter and make seven new connections each time
    due: 2026-12-01
    reviewed: 2026-11-01
    review: yearly
YAML
goal-due --color=never g.yaml >pipe || exit 1
[ "$(awk '{ print length }' pipe)" -gt 100 ] || { echo "cut in a pipe"; cat pipe; exit 1; }
COLUMNS=60 script -qec "goal-due --color=never g.yaml" /dev/null | tr -d '\r' >tty
line=$(grep long tty) || { echo "no line on the terminal"; cat tty; exit 1; }
[ "${#line}" -eq 60 ] || { echo "${#line} columns, want 60:"; echo "$line"; exit 1; }
