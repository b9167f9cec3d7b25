# --color=auto colours on a terminal, unless NO_COLOR is set.  The
# terminal is script(1)'s (util-linux): skipped where there is none.
command -v script >/dev/null 2>&1 || { echo "no script(1) to run a terminal"; exit 77; }
script -qc true /dev/null </dev/null >/dev/null 2>&1 || {
	echo "script(1) cannot open a terminal here"; exit 77; }
printf -- '- goal: x\n  dua: 1\n' >g.yaml
esc=$(printf '\033')
script -qc "goal-lint -n g.yaml" /dev/null >out </dev/null
grep -q "$esc" out || { echo "no colour on a terminal"; exit 1; }
NO_COLOR=1 script -qc "goal-lint -n g.yaml" /dev/null >out </dev/null
! grep -q "$esc" out || { echo "colour with NO_COLOR"; exit 1; }
