# goal-due's text colours by state: the overdue line red, today's bold,
# the others plain; --color=always even with NO_COLOR, never with
# --color=never, in a pipe under auto, or in the other formats; on a
# terminal (script(1), when there is one) under auto unless NO_COLOR.
cat >g.yaml <<'YAML'
review: yearly
goals:
  - {id: late, goal: Overdue, due: 2026-11-20, reviewed: 2026-11-01}
  - {id: now, goal: Today, due: 2026-11-24, reviewed: 2026-11-01}
  - {id: soon, goal: Soon, due: 2026-11-30, reviewed: 2026-11-01}
YAML
esc=$(printf '\033')
red="${esc}[31m"
bold="${esc}[1m"
reset="${esc}[0m"
NO_COLOR=1 goal-due --color=always g.yaml >out
[ $? -eq 1 ] || { echo "exit status not 1 with an overdue item"; exit 1; }
grep -Fqx "${red}2026-11-20  Fri  4d ago  due  late  Overdue${reset}" out ||
    { echo "overdue not red:"; cat -v out; exit 1; }
grep -Fqx "${bold}2026-11-24  Tue  today   due  now   Today${reset}" out ||
    { echo "today not bold:"; cat -v out; exit 1; }
grep -Fqx '2026-11-30  Mon  in 6d   due  soon  Soon' out ||
    { echo "a later item coloured:"; cat -v out; exit 1; }
[ "$(grep -c "$esc" out)" -eq 2 ] || { cat -v out; exit 1; }

goal-due --color=never g.yaml >out
! grep -q "$esc" out || { echo "colour with --color=never"; cat -v out; exit 1; }
goal-due g.yaml >out
! grep -q "$esc" out || { echo "colour in a pipe"; cat -v out; exit 1; }
for f in tsv json ics vtodo remind; do
	goal-due --color=always -f "$f" g.yaml >out
	! grep -q "$esc" out || { echo "colour in -f $f"; exit 1; }
done

command -v script >/dev/null 2>&1 || { echo "no script(1) to run a terminal"; exit 77; }
script -qc true /dev/null </dev/null >/dev/null 2>&1 || {
	echo "script(1) cannot open a terminal here"; exit 77; }
script -qc "goal-due g.yaml" /dev/null >out </dev/null
grep -Fq "$red" out || { echo "no colour on a terminal"; cat -v out; exit 1; }
NO_COLOR=1 script -qc "goal-due g.yaml" /dev/null >out </dev/null
! grep -q "$esc" out || { echo "colour with NO_COLOR on a terminal"; cat -v out; exit 1; }
NO_COLOR=1 script -qc "goal-due --color=always g.yaml" /dev/null >out </dev/null
grep -Fq "$red" out || { echo "--color=always loses to NO_COLOR"; cat -v out; exit 1; }
