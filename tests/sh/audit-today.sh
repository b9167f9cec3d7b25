# goal-split and goal-due take today from -t, else SOURCE_DATE_EPOCH read
# as UTC whatever TZ says, else the local date (in TZ); a SOURCE_DATE_EPOCH
# that is not a number of seconds is a usage error (exit 2), unless -t.
mkdir -p audit-today && cd audit-today || exit 1
fail() { echo "$@"; exit 1; }
cat >g.yaml <<'YAML'
- id: a
  goal: Ship the report
  due: 2026-11-24
  reviewed: 2026-11-01
  review: yearly
YAML
# 1795478399 is 2026-11-23 23:59:59 UTC: the due date is tomorrow, in any
# zone, 14 hours ahead of UTC or 10 behind.  POSIX TZ strings, no zoneinfo.
for tz in UTC0 XYZ-14 XYZ+10; do
	got=$(TZ=$tz SOURCE_DATE_EPOCH=1795478399 goal-due -f tsv g.yaml | cut -f2,3)
	[ "$got" = "$(printf '1\tsoon')" ] || fail "TZ=$tz, 23:59:59 UTC: $got"
	got=$(TZ=$tz SOURCE_DATE_EPOCH=1795478400 goal-due -f tsv g.yaml | cut -f2,3)
	[ "$got" = "$(printf '0\ttoday')" ] || fail "TZ=$tz, 00:00 UTC: $got"
	# goal-split reads a relative deadline against the same today.
	got=$(printf -- '- {id: b, goal: Ship it by the end of this month}\n' |
	    TZ=$tz SOURCE_DATE_EPOCH=1795478399 goal-split | cut -f6)
	[ "$got" = 2026-11-30 ] || fail "goal-split, TZ=$tz: $got"
	got=$(printf -- '- {id: b, goal: Ship it by the end of this month}\n' |
	    TZ=$tz SOURCE_DATE_EPOCH=1798761599 goal-split | cut -f6)
	# 1798761599 is 2026-12-31 23:59:59 UTC: December still.
	[ "$got" = 2026-12-31 ] || fail "goal-split, TZ=$tz, Dec 31: $got"
done
# -t wins over SOURCE_DATE_EPOCH.
got=$(SOURCE_DATE_EPOCH=1795478400 goal-due -t 2026-11-25 -f tsv -a g.yaml |
    head -1 | cut -f2,3)
[ "$got" = "$(printf -- '-1\toverdue')" ] || fail "-t did not win: $got"
# A bad SOURCE_DATE_EPOCH: exit 2 with the usage, for both tools; -t
# makes it irrelevant.
for tool in goal-due goal-split; do
	SOURCE_DATE_EPOCH=soon $tool g.yaml >out 2>err
	rc=$?
	[ "$rc" -eq 2 ] || fail "$tool, SOURCE_DATE_EPOCH=soon: exit $rc"
	[ ! -s out ] || fail "$tool printed with a bad SOURCE_DATE_EPOCH"
	grep -q "^usage: $tool " err || { cat err; fail "$tool: no usage"; }
	SOURCE_DATE_EPOCH=soon $tool -t 2026-11-24 g.yaml >out 2>err ||
	    [ $? -eq 1 ] || fail "$tool -t with a bad SOURCE_DATE_EPOCH"
	[ ! -s err ] || { cat err; fail "$tool -t: a message"; }
done
# Without either, the local date in TZ: due today in a zone 14 hours
# ahead is judged by that zone's calendar (asked twice: not at midnight).
for tz in XYZ-14 XYZ+10; do
	for try in 1 2; do
		d0=$(TZ=$tz date +%Y-%m-%d)
		printf -- '- {id: a, goal: Ship, due: %s, reviewed: %s, review: yearly}\n' \
		    "$d0" "$d0" >l.yaml
		got=$(env -u SOURCE_DATE_EPOCH TZ=$tz goal-due -f tsv l.yaml |
		    cut -f2,3)
		[ "$(TZ=$tz date +%Y-%m-%d)" = "$d0" ] && break
	done
	[ "$got" = "$(printf '0\ttoday')" ] ||
	    fail "local date in TZ=$tz is $d0, goal-due said: $got"
done
exit 0
