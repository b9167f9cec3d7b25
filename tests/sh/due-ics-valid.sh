# Every iCalendar output of the goal-due cases parses with python3-icalendar
# and keeps RFC 5545's form: lines of at most 75 octets, CRLF, UTF-8,
# unique UIDs, DATE values, triggers at 09:00 on the reminder days; and
# each review's RRULE, expanded by dateutil, gives the dates of goal(5)'s
# clamped month arithmetic for twelve reviews.  /usr/bin/python3: another
# python3 earlier on PATH may lack the modules.
py=/usr/bin/python3
if ! [ -x $py ] || ! $py -c 'import icalendar, dateutil.rrule' 2>/dev/null; then
	echo "SKIP: /usr/bin/python3 with icalendar and dateutil is needed" \
	    "(python3-icalendar, python3-dateutil)"
	exit 77
fi
dir=$TOP/tests/due
mkdir -p ics || exit 1
n=0
for args in "$dir"/*.args; do
	name=$(basename "$args" .args)
	# The arguments are shell words, as the runner reads them.
	(cd "$dir" && eval "exec goal-due $(cat "$args")") >ics/$name.ics \
	    2>/dev/null
	head -c 15 ics/$name.ics | grep -q BEGIN:VCALENDAR || rm ics/$name.ics
done

# The review series against goal(5)'s arithmetic, anchors on month ends.
cat >series.yaml <<'YAML'
owner: Series
goals:
  - {id: m31, goal: From the 31st, review: monthly, reviewed: 2026-01-31}
  - {id: m30, goal: From the 30th, review: monthly, reviewed: 2026-01-30}
  - {id: m29, goal: From the 29th, review: monthly, reviewed: 2027-12-29}
  - {id: q31, goal: Quarters from the 31st, review: quarterly, reviewed: 2026-08-31}
  - {id: e2m, goal: Two months from the 31st, review: every 2 months, reviewed: 2026-12-31}
  - {id: y29, goal: Years from a leap day, review: yearly, reviewed: 2028-02-29}
  - {id: w6, goal: Six weeks, review: every 6 weeks, reviewed: 2026-11-02}
  - {id: until, goal: Ends with its due, review: monthly, reviewed: 2026-10-31, due: 2027-06-30}
  - {id: started, goal: Counted from started, review: monthly, started: 2026-03-31}
YAML
goal-due -f ics series.yaml >ics/series.ics || exit 1

$py - ics/*.ics <<'PY'
import datetime, re, sys
import icalendar
from dateutil.rrule import rrulestr

def add(day, n, unit):
    """goal(5): months keep the day, clamped to the month's end."""
    if unit == "week":
        return day + datetime.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12}[unit] * n
    t = day.year * 12 + day.month - 1 + months
    y, m = divmod(t, 12)
    m += 1
    for d in range(day.day, 27, -1):
        try:
            return datetime.date(y, m, d)
        except ValueError:
            pass
    return datetime.date(y, m, day.day)

D = datetime.date
series = {
    "m31": (D(2026, 1, 31), 1, "month", None),
    "m30": (D(2026, 1, 30), 1, "month", None),
    "m29": (D(2027, 12, 29), 1, "month", None),
    "q31": (D(2026, 8, 31), 1, "quarter", None),
    "e2m": (D(2026, 12, 31), 2, "month", None),
    "y29": (D(2028, 2, 29), 1, "year", None),
    "w6": (D(2026, 11, 2), 6, "week", None),
    "until": (D(2026, 10, 31), 1, "month", D(2027, 6, 30)),
    "started": (D(2026, 3, 31), 1, "month", None),
}
trigger_re = re.compile(r"^(-P(\d+D)?T15H|-PT15H|PT9H)$")
# ics.yaml: own remind inherited by a step, a step's own, -r 2w for the rest.
triggers = {
    "earn-100k/ask-raise/due": {"-P20DT15H", "-P9DT15H"},
    "earn-100k/own-remind/due": {"-PT15H"},
    "anchored-31/due": {"-P13DT15H"},
    "weekly/review": {"PT9H"},
}
checked = 0
for f in sys.argv[1:]:
    raw = open(f, "rb").read()
    assert raw.endswith(b"\r\n"), (f, "no CRLF at the end")
    assert b"\n" not in raw.replace(b"\r\n", b""), (f, "a bare LF")
    assert b"\r" not in raw.replace(b"\r\n", b""), (f, "a bare CR")
    raw.decode("utf-8")
    for i, line in enumerate(raw.split(b"\r\n")[:-1]):
        assert len(line) <= 75, (f, i + 1, len(line), line)
        # A fold never cuts a character: every physical line is UTF-8.
        line.decode("utf-8")
        assert not (line.endswith(b"\\") and
                    (len(line) - len(line.rstrip(b"\\"))) % 2), \
            (f, i + 1, "a fold inside an escape")
    text = raw.decode("utf-8")
    for p in re.findall(r"^(?:DTSTART|DTEND|DUE)[;:][^\r]*", text, re.M):
        assert re.match(r"^\w+;VALUE=DATE:\d{8}$", p), (f, p)
    for t in re.findall(r"^TRIGGER[^:]*:(.*)\r$", text, re.M):
        assert trigger_re.match(t) and "Y" not in t and "M" not in t, (f, t)
    cal = icalendar.Calendar.from_ical(raw)
    assert cal["METHOD"] == "PUBLISH" and cal["VERSION"] == "2.0", f
    assert str(cal["PRODID"]) == "-//goal tools//EN", f
    uids = []
    for c in cal.walk():
        if c.name not in ("VEVENT", "VTODO"):
            continue
        checked += 1
        uids.append(str(c["UID"]))
        day = c.decoded("DTSTART" if c.name == "VEVENT" else "DUE")
        assert type(day) is datetime.date, (f, c["UID"])
        if c.name == "VEVENT":
            assert c.decoded("DTEND") == day + datetime.timedelta(days=1)
        for a in c.walk("VALARM"):
            assert a["ACTION"] == "DISPLAY" and a.get("DESCRIPTION")
            when = datetime.datetime.combine(day, datetime.time()) + \
                a.decoded("TRIGGER")
            # Every alarm fires at 09:00, on the day or days before.
            assert when.time() == datetime.time(9), (f, c["UID"], when)
        key = "/".join(str(c["UID"]).split("@")[0].split("/")[3:])
        if f.endswith("/ics.ics") and key in triggers:
            got = {a["TRIGGER"].to_ical().decode()
                   for a in c.walk("VALARM")}
            assert got == triggers.pop(key), (key, got)
        if "RRULE" in c:
            path = str(c["UID"]).split("/")[3]
            rule = c["RRULE"].to_ical().decode()
            got = list(rrulestr("RRULE:" + rule,
                                dtstart=datetime.datetime.combine(
                                    day, datetime.time())))
            if f.endswith("series.ics"):
                anchor, n, unit, until = series.pop(path)
                want = [add(anchor, n * k, unit) for k in range(1, 400)]
                if until is not None:
                    want = [w for w in want if w <= until]
                got = got[:12] if until is None else got
                want = want[:len(got)] if until is None else want
                assert len(got) >= 8, (path, rule, got)
                got = [g.date() for g in got]
                assert got == want, (path, rule, got, want)
            else:
                assert got[0].date() == day, (f, rule)
            got = got[:12]
    assert len(uids) == len(set(uids)), (f, "duplicate UIDs")
assert not triggers, ("events not in ics.ics", triggers)
assert not series, ("series not in the output", series)
assert checked > 50, checked
PY
