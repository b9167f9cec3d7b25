# SPEC 6 -f text: "text is cut to the terminal's width on a terminal".
# goal-due counts code points, not columns: East Asian wide characters
# take two columns each, so with COLUMNS=64 a line of Japanese text is 69
# columns wide and wraps.  Expected: no line wider than COLUMNS, in a
# UTF-8 locale (C.UTF-8), counted as a terminal shows it.
command -v script >/dev/null 2>&1 || { echo "SKIP: no script(1)"; exit 77; }
py=/usr/bin/python3
[ -x $py ] || { echo "SKIP: no /usr/bin/python3"; exit 77; }
mkdir -p audit-wide && cd audit-wide || exit 1
cat >wide.yaml <<'YAML'
owner: J
goals:
  - id: u
    goal: "Réunir l’équipe à Zürich — 東京の会議に参加する and more words here"
    due: 2026-12-01
    reviewed: 2026-11-01
    review: yearly
YAML
for c in 60 64 70; do
	LC_ALL=C.UTF-8 COLUMNS=$c script -qec "goal-due --color=never wide.yaml" \
	    /dev/null | tr -d '\r' | grep ' u ' >tty
	w=$($py -c '
import sys, unicodedata
s = open("tty", "rb").read().rstrip(b"\n").decode()
print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s))')
	[ "$w" -le "$c" ] || { echo "COLUMNS=$c: a line of $w columns"; cat tty; exit 1; }
done
