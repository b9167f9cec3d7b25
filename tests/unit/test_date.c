/*
 * test_date.c: days, periods, spans and today.
 */
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "tap.h"

static long
day(int y, int m, int d)
{
	long	 n = GOAL_NODAY;

	goal_date_from_ymd(y, m, d, &n);
	return n;
}

static const char *
fmt(long d)
{
	static char	 buf[4][11];
	static int	 i;

	i = (i + 1) % 4;
	goal_date_format(d, buf[i]);
	return buf[i];
}

static const char *
label(long d, enum goal_unit unit)
{
	static char		 buf[16];
	struct goal_period	 p;

	goal_period_of(d, unit, &p);
	goal_period_label(&p, buf);
	return buf;
}

static void
test_days(void)
{
	long	 n;
	int	 y, m, d;

	IS_INT(day(1970, 1, 1), 0, "1970-01-01 is day 0");
	IS_INT(day(2026, 11, 24), 20781, "2026-11-24 is day 20781");
	IS_INT(day(1969, 12, 31), -1, "days before 1970 are negative");
	OK(goal_date_from_ymd(2024, 2, 29, &n) == 0, "2024-02-29 exists");
	OK(goal_date_from_ymd(2000, 2, 29, &n) == 0, "2000-02-29 exists");
	OK(goal_date_from_ymd(2100, 2, 29, &n) != 0, "2100-02-29 does not");
	OK(goal_date_from_ymd(2026, 2, 29, &n) != 0, "2026-02-29 does not");
	OK(goal_date_from_ymd(2026, 4, 31, &n) != 0, "2026-04-31 does not");
	OK(goal_date_from_ymd(2026, 13, 1, &n) != 0, "month 13 does not");
	OK(goal_date_from_ymd(0, 1, 1, &n) != 0, "year 0 does not");
	goal_date_to_ymd(day(2024, 2, 29), &y, &m, &d);
	OK(y == 2024 && m == 2 && d == 29, "a day back to its date");
	IS_INT(goal_date_weekday(day(2026, 11, 24)), 2, "2026-11-24 is a "
	    "Tuesday");
	IS_INT(goal_date_weekday(day(1970, 1, 1)), 4, "1970-01-01 was a "
	    "Thursday");
	IS_INT(goal_date_weekday(day(1969, 12, 28)), 7, "weekdays before 1970");
}

static void
test_add(void)
{
	IS_STR(fmt(goal_date_add(day(2026, 1, 15), 18, GOAL_MONTH)),
	    "2027-07-15", "2026-01-15 + 18 months");
	IS_STR(fmt(goal_date_add(day(2026, 1, 31), 1, GOAL_MONTH)),
	    "2026-02-28", "2026-01-31 + 1 month clamps to February's end");
	IS_STR(fmt(goal_date_add(day(2024, 1, 31), 1, GOAL_MONTH)),
	    "2024-02-29", "... to the 29th in a leap year");
	IS_STR(fmt(goal_date_add(day(2024, 2, 29), 1, GOAL_YEAR)),
	    "2025-02-28", "2024-02-29 + 1 year");
	IS_STR(fmt(goal_date_add(day(2024, 2, 29), 4, GOAL_YEAR)),
	    "2028-02-29", "2024-02-29 + 4 years");
	IS_STR(fmt(goal_date_add(day(2026, 11, 30), 1, GOAL_QUARTER)),
	    "2027-02-28", "a quarter is three months, clamped");
	IS_STR(fmt(goal_date_add(day(2026, 3, 31), -1, GOAL_MONTH)),
	    "2026-02-28", "minus a month, clamped");
	IS_STR(fmt(goal_date_add(day(2026, 12, 28), 2, GOAL_WEEK)),
	    "2027-01-11", "weeks are 7 days");
	IS_STR(fmt(goal_date_add(day(2026, 12, 31), 1, GOAL_DAY)),
	    "2027-01-01", "a day over the year's end");
	IS_STR(fmt(goal_date_add(day(9999, 12, 1), 2, GOAL_MONTH)),
	    "9999-12-31", "no date after 9999");
	IS_STR(fmt(goal_date_add(day(2026, 1, 1), 2000000000L, GOAL_YEAR)),
	    "9999-12-31", "a huge span stays in the calendar");
	IS_STR(fmt(goal_date_add(day(2026, 1, 1), -2000000000L, GOAL_DAY)),
	    "0001-01-01", "so does a huge negative one");
}

static void
parse_is(const char *s, int want, enum goal_unit unit, const char *first,
    const char *last)
{
	struct goal_period	 p;
	int			 r;

	r = goal_date_parse(s, strlen(s), &p);
	if (want != GOAL_DATE_OK) {
		IS_INT(r, want, "\"%s\" is %s", s, want == GOAL_DATE_IMPOSSIBLE ?
		    "impossible" : "not a date");
		return;
	}
	OK(r == GOAL_DATE_OK && p.unit == unit &&
	    strcmp(fmt(p.first), first) == 0 && strcmp(fmt(p.last), last) == 0,
	    "\"%s\" is %s to %s (got %s to %s)", s, first, last,
	    fmt(p.first), fmt(p.last));
}

static void
test_parse(void)
{
	parse_is("2027-03-05", GOAL_DATE_OK, GOAL_DAY, "2027-03-05",
	    "2027-03-05");
	parse_is("2027-02", GOAL_DATE_OK, GOAL_MONTH, "2027-02-01",
	    "2027-02-28");
	parse_is("2028-02", GOAL_DATE_OK, GOAL_MONTH, "2028-02-01",
	    "2028-02-29");
	parse_is("2027", GOAL_DATE_OK, GOAL_YEAR, "2027-01-01", "2027-12-31");
	parse_is("2027-Q1", GOAL_DATE_OK, GOAL_QUARTER, "2027-01-01",
	    "2027-03-31");
	parse_is("2027-q4", GOAL_DATE_OK, GOAL_QUARTER, "2027-10-01",
	    "2027-12-31");
	parse_is("2026-02-30", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("2026-13", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("2026-00", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("2026-Q5", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("2026-Q0", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("0000", GOAL_DATE_IMPOSSIBLE, GOAL_DAY, "", "");
	parse_is("2026-2-3", GOAL_DATE_NOT_DATE, GOAL_DAY, "", "");
	parse_is("2027-W09", GOAL_DATE_NOT_DATE, GOAL_DAY, "", "");
	parse_is(" 2027", GOAL_DATE_NOT_DATE, GOAL_DAY, "", "");
	parse_is("next year", GOAL_DATE_NOT_DATE, GOAL_DAY, "", "");
	parse_is("2027-03-05T10:00", GOAL_DATE_NOT_DATE, GOAL_DAY, "", "");
}

static void
test_periods(void)
{
	struct goal_period	 p;
	char			 buf[16];

	IS_STR(label(day(2027, 3, 3), GOAL_WEEK), "2027-W09", "ISO week 9");
	IS_STR(label(day(2027, 1, 1), GOAL_WEEK), "2026-W53",
	    "2027-01-01 (a Friday) is in 2026's week 53");
	IS_STR(label(day(2026, 12, 28), GOAL_WEEK), "2026-W53",
	    "2026 has 53 weeks");
	IS_STR(label(day(2027, 1, 4), GOAL_WEEK), "2027-W01",
	    "2027's week 1 starts on January 4");
	IS_STR(label(day(2024, 12, 30), GOAL_WEEK), "2025-W01",
	    "2024-12-30 is in 2025's week 1");
	IS_STR(label(day(2021, 1, 3), GOAL_WEEK), "2020-W53",
	    "2021-01-03 is in 2020's week 53");
	IS_STR(label(day(2027, 8, 15), GOAL_QUARTER), "2027-Q3", "quarter");
	IS_STR(label(day(2027, 3, 31), GOAL_MONTH), "2027-03", "month");
	IS_STR(label(day(2027, 3, 31), GOAL_YEAR), "2027", "year");
	goal_period_of(day(2027, 3, 3), GOAL_WEEK, &p);
	OK(strcmp(fmt(p.first), "2027-03-01") == 0 &&
	    strcmp(fmt(p.last), "2027-03-07") == 0, "a week is Monday to "
	    "Sunday: %s to %s", fmt(p.first), fmt(p.last));
	goal_period_of(day(2027, 12, 15), GOAL_QUARTER, &p);
	goal_period_next(&p);
	goal_period_label(&p, buf);
	OK(strcmp(buf, "2028-Q1") == 0 &&
	    strcmp(fmt(p.last), "2028-03-31") == 0, "the quarter after Q4 "
	    "is next year's Q1: %s", buf);
	goal_period_of(day(2026, 12, 28), GOAL_WEEK, &p);
	goal_period_next(&p);
	goal_period_label(&p, buf);
	IS_STR(buf, "2027-W01", "the week after 2026-W53");
}

static void
test_spans(void)
{
	struct goal_span	 s;

	OK(goal_span_parse("18 months", 9, &s) == 0 && s.n == 18 &&
	    s.unit == GOAL_MONTH, "18 months");
	OK(goal_span_parse("1 day", 5, &s) == 0 && s.unit == GOAL_DAY,
	    "1 day");
	OK(goal_span_parse("3 weeks", 7, &s) == 0 && s.unit == GOAL_WEEK,
	    "3 weeks");
	OK(goal_span_parse("2 quarters", 10, &s) == 0 &&
	    s.unit == GOAL_QUARTER, "2 quarters");
	OK(goal_span_parse("1 Year", 6, &s) == 0 && s.unit == GOAL_YEAR,
	    "1 Year");
	OK(goal_span_parse("0 days", 6, &s) != 0, "0 days is no span");
	OK(goal_span_parse("months", 6, &s) != 0, "a unit alone is no span");
	OK(goal_span_parse("18 monthss", 10, &s) != 0, "18 monthss");
	OK(goal_span_parse("18months", 8, &s) != 0, "18months");
	OK(goal_span_parse("-3 days", 7, &s) != 0, "-3 days");
	OK(goal_span_parse("12345 days", 10, &s) != 0, "five digits");
	OK(goal_every_parse("quarterly", 9, &s) == 0 && s.n == 1 &&
	    s.unit == GOAL_QUARTER, "quarterly");
	OK(goal_every_parse("every 6 weeks", 13, &s) == 0 && s.n == 6 &&
	    s.unit == GOAL_WEEK, "every 6 weeks");
	OK(goal_every_parse("every 2 months", 14, &s) == 0 && s.n == 2,
	    "every 2 months");
	OK(goal_every_parse("every two weeks", 15, &s) == 0 && s.n == 2 &&
	    s.unit == GOAL_WEEK, "every two weeks: a count in words");
	OK(goal_every_parse("every Three Months", 18, &s) == 0 && s.n == 3 &&
	    s.unit == GOAL_MONTH, "every three months, any case");
	OK(goal_every_parse("every month", 11, &s) == 0 && s.n == 1 &&
	    s.unit == GOAL_MONTH, "every month");
	OK(goal_every_parse("every two years", 15, &s) != 0,
	    "every two years is not a review cadence");
	OK(goal_every_parse("every 2 years", 13, &s) != 0,
	    "every 2 years is not a review cadence");
	OK(goal_every_parse("fortnightly", 11, &s) != 0, "fortnightly");
}

static void
test_today(void)
{
	long	 d;

	unsetenv("SOURCE_DATE_EPOCH");
	OK(goal_date_today("2026-11-24", &d) == 0 && d == 20781, "-t");
	OK(goal_date_today("2026-02-30", &d) != 0, "-t with no such day");
	OK(goal_date_today("2026-11", &d) != 0, "-t with a month");
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	OK(goal_date_today(NULL, &d) == 0 && d == 0, "SOURCE_DATE_EPOCH 0");
	setenv("SOURCE_DATE_EPOCH", "86399", 1);
	OK(goal_date_today(NULL, &d) == 0 && d == 0, "the last second of a "
	    "UTC day");
	setenv("SOURCE_DATE_EPOCH", "1795478400", 1);
	OK(goal_date_today(NULL, &d) == 0 && d == 20781,
	    "SOURCE_DATE_EPOCH 1795478400 is 2026-11-24");
	OK(goal_date_today("2027-01-01", &d) == 0 && d == day(2027, 1, 1),
	    "-t wins over SOURCE_DATE_EPOCH");
	setenv("SOURCE_DATE_EPOCH", "12abc", 1);
	OK(goal_date_today(NULL, &d) != 0, "a bad SOURCE_DATE_EPOCH");
	unsetenv("SOURCE_DATE_EPOCH");
	OK(goal_date_today(NULL, &d) == 0 && d > day(2020, 1, 1),
	    "the local date");
}

int
main(void)
{
	test_days();
	test_add();
	test_parse();
	test_periods();
	test_spans();
	test_today();
	return TAP_DONE();
}
