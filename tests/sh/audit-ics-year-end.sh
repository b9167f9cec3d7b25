# SPEC 6 ics: DTEND is "the next day".  A goal due 9999-12-31 (a common
# "someday" date) gets DTEND;VALUE=DATE:00000101, before its DTSTART: RFC
# 5545 requires DTEND later than DTSTART, and python-icalendar cannot
# read the file.  (Without DTEND an all-day DTSTART lasts one day, RFC 5545
# 3.6.1.)  Likewise "next year" read on -t 9999-12-31 gives 0000-12-31.
# Expected: every event's DTEND, when there is one, after its DTSTART,
# and the calendar readable.
py=/usr/bin/python3
if ! [ -x $py ] || ! $py -c 'import icalendar' 2>/dev/null; then
	echo "SKIP: /usr/bin/python3 with icalendar is needed"; exit 77
fi
mkdir -p audit-year-end && cd audit-year-end || exit 1
printf 'owner: J\ngoals:\n  - id: forever\n    goal: Keep learning\n    due: 9999-12-31\n    reviewed: 2026-11-01\n    review: yearly\n' >g.yaml
goal-due -f ics g.yaml >g.ics || exit 1
$py - g.ics <<'PY' || exit 1
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for e in cal.walk("VEVENT"):
    start = e.decoded("DTSTART")
    if "DTEND" in e:
        end = e.decoded("DTEND")
        assert end > start, (str(e["UID"]), start, end)
PY
