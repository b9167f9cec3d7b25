# goal-due -f ics and -f vtodo: a UID is the owner, the file's base name,
# the document number, the path and the kind, so it stays the same when
# the text, the dates, the plan or the directory change, and an export
# made another day updates the earlier one: same UIDs, a higher SEQUENCE.
mkdir -p audit-ics-uid/a audit-ics-uid/b && cd audit-ics-uid || exit 1
fail() { echo "$@"; exit 1; }
cat >a/goals.yaml <<'YAML'
owner: Jane Doe
goals:
  - id: earn
    goal: Earn 100K per year by the end of 2027
    reviewed: 2026-10-01
    steps:
      - id: ask
        goal: Ask for a raise
        due: 2027-03-31
YAML
cat >b/goals.yaml <<'YAML'
owner: Jane Doe
goals:
  - id: earn
    goal: Earn 120K a year, by the end of 2028 at the latest
    why: the text, the dates and the keys all changed
    reviewed: 2026-11-01
    steps:
      - id: ask
        goal: Ask for a 15% raise at the Q1 review
        plan: three wins with numbers
        due: 2027-04-30
YAML
uids() { goal-due -t "$2" -f "$3" "$1" | tr -d '\r' | grep '^UID:' | sort; }
for f in ics vtodo; do
	uids a/goals.yaml 2026-11-24 $f >a.uid
	uids b/goals.yaml 2026-11-24 $f >b.uid
	[ "$(wc -l <a.uid)" -ge 3 ] || { cat a.uid; fail "$f: too few UIDs"; }
	diff a.uid b.uid || fail "$f: UIDs changed with the text or directory"
	grep -qx 'UID:Jane%20Doe/goals.yaml/1/earn/ask/due@goal-tools' a.uid ||
	    { cat a.uid; fail "$f: UID not owner/base name/document/path/kind"; }
	# Another day: same UIDs, SEQUENCE and DTSTAMP move on.
	uids a/goals.yaml 2027-01-10 $f >later.uid
	diff a.uid later.uid || fail "$f: UIDs changed with the day"
	s1=$(goal-due -t 2026-11-24 -f $f a/goals.yaml | tr -d '\r' |
	    sed -n 's/^SEQUENCE://p' | sort -u)
	s2=$(goal-due -t 2027-01-10 -f $f a/goals.yaml | tr -d '\r' |
	    sed -n 's/^SEQUENCE://p' | sort -u)
	[ "$(echo "$s1" | wc -l)" -eq 1 ] && [ "$(echo "$s2" | wc -l)" -eq 1 ] ||
	    fail "$f: one SEQUENCE per export expected: $s1 / $s2"
	[ "$s2" -gt "$s1" ] || fail "$f: SEQUENCE $s1 then $s2 does not grow"
	goal-due -t 2027-01-10 -f $f a/goals.yaml | tr -d '\r' |
	    grep -q '^DTSTAMP:20270110T000000Z$' || fail "$f: DTSTAMP not today"
	# Byte for byte the same on the same day.
	goal-due -t 2026-11-24 -f $f a/goals.yaml >one
	goal-due -t 2026-11-24 -f $f a/goals.yaml >two
	cmp -s one two || fail "$f: two exports of one day differ"
done
exit 0
