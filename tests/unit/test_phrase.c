/*
 * test_phrase.c: deadlines and cadences read from goal sentences.
 */
#include <string.h>

#include "goal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24, a Tuesday */

static const char *
fmt(long d)
{
	static char	 buf[11];

	goal_date_format(d, buf);
	return buf;
}

/* The deadline of text: "WORDS=YYYY-MM-DD", "WORDS=N unit", or "-". */
static const char *
deadline(const char *text)
{
	static char		 buf[256];
	struct goal_deadline	 d;

	if (!goal_phrase_deadline(text, strlen(text), TODAY, &d))
		return "-";
	if (d.kind == GOAL_DEADLINE_SPAN)
		snprintf(buf, sizeof(buf), "%.*s=%ld %s", (int)d.len,
		    text + d.off, d.span.n, goal_unit_name(d.span.unit));
	else
		snprintf(buf, sizeof(buf), "%.*s=%s", (int)d.len, text + d.off,
		    fmt(d.day));
	return buf;
}

/* The cadence of text: "WORDS=unit/count", or "-". */
static const char *
cadence(const char *text)
{
	static char		 buf[256];
	struct goal_cadence	 c;

	if (!goal_phrase_cadence(text, strlen(text), &c))
		return "-";
	snprintf(buf, sizeof(buf), "%.*s=%s/%ld", (int)c.len, text + c.off,
	    goal_unit_name(c.unit), c.count);
	return buf;
}

static void
test_deadlines(void)
{
	struct goal_deadline	 d;

	IS_STR(deadline("Earn 100K per year by 2027"), "by 2027=2027-12-31",
	    "by YYYY");
	IS_STR(deadline("Earn 100K before 2027."), "before 2027=2027-12-31",
	    "before YYYY");
	IS_STR(deadline("Earn 100K by the end of 2027"),
	    "by the end of 2027=2027-12-31", "by the end of YYYY");
	IS_STR(deadline("Lead a team by March 2027"),
	    "by March 2027=2027-03-31", "by MONTH YYYY");
	IS_STR(deadline("Lead a team by the end of Feb. 2028"),
	    "by the end of Feb. 2028=2028-02-29", "by the end of Mon. YYYY");
	IS_STR(deadline("Ship it by Q3 2027"), "by Q3 2027=2027-09-30",
	    "by Qn YYYY");
	IS_STR(deadline("Ship it by the end of q1 2027"),
	    "by the end of q1 2027=2027-03-31", "by the end of qn YYYY");
	IS_STR(deadline("Ship it by 2027-Q2"), "by 2027-Q2=2027-06-30",
	    "by YYYY-Qn");
	IS_STR(deadline("Ship it by 2027-02"), "by 2027-02=2027-02-28",
	    "by YYYY-MM");
	IS_STR(deadline("Ship it by 2027-02-14!"), "by 2027-02-14=2027-02-14",
	    "by YYYY-MM-DD");
	IS_STR(deadline("Ship it by March 5th, 2027"),
	    "by March 5th, 2027=2027-03-05", "by MONTH Dth, YYYY");
	IS_STR(deadline("Ship it BY SEP 1 2027"), "BY SEP 1 2027=2027-09-01",
	    "case does not matter");
	IS_STR(deadline("Ship it by 21st June 2027"),
	    "by 21st June 2027=2027-06-21", "by D MONTH YYYY");
	IS_STR(deadline("Ship it by February 30, 2027"), "-",
	    "no such day: no deadline");
	IS_STR(deadline("Complete the management training course within 18 "
	    "months"), "within 18 months=18 month", "within N months");
	IS_STR(deadline("Find a mentor in three weeks"),
	    "in three weeks=3 week", "in N weeks, N in words");
	IS_STR(deadline("Find a mentor within a year"),
	    "within a year=1 year", "within a year");
	IS_STR(deadline("Write a book within the next 2 quarters"),
	    "within the next 2 quarters=2 quarter", "within the next N");
	IS_STR(deadline("Read a book in a dozen days"),
	    "in a dozen days=12 day", "a dozen");
	IS_STR(deadline("Finish the course this quarter"),
	    "this quarter=2026-12-31", "this quarter");
	IS_STR(deadline("Finish the course next month"),
	    "next month=2026-12-31", "next month");
	IS_STR(deadline("Finish the course next week"),
	    "next week=2026-12-06", "next week ends on a Sunday");
	IS_STR(deadline("Finish the course next year"),
	    "next year=2027-12-31", "next year");
	IS_STR(deadline("Finish the course by the end of the month"),
	    "by the end of the month=2026-11-30", "by the end of the month");
	IS_STR(deadline("Speak at a meetup in Lisbon by June 2027 and by 2026"),
	    "by June 2027=2027-06-30", "the first phrase wins");
	IS_STR(deadline("Move nearby 2027"), "-", "\"nearby\" has no \"by\"");
	IS_STR(deadline("Reach 20270 users by 20270"), "-",
	    "five digits are no year");
	IS_STR(deadline("Work in teams of 5 people"), "-",
	    "in with no unit is no span");
	IS_STR(deadline("Earn 100K per year"), "-", "no deadline at all");
	goal_phrase_deadline("x by March 2027", 15, TODAY, &d);
	OK(d.kind == GOAL_DEADLINE_DATE && d.off == 2 && d.len == 13 &&
	    strcmp(fmt(d.first), "2027-03-01") == 0,
	    "a month's deadline knows the month's first day");
}

static void
test_cadences(void)
{
	IS_STR(cadence("Attend three networking events a quarter and make 7 "
	    "new connections each time"),
	    "three networking events a quarter=quarter/3",
	    "the advice's networking goal recurs quarterly");
	IS_STR(cadence("Write 2 posts per month"), "2 posts per month=month/2",
	    "digits, per");
	IS_STR(cadence("Give one talk every year"), "one talk every year=year/1",
	    "words, every");
	IS_STR(cadence("Meet a dozen founders each quarter"),
	    "a dozen founders each quarter=quarter/12", "a dozen");
	IS_STR(cadence("Ship 1,000 lines of docs a week"),
	    "1,000 lines of docs a week=week/1000", "1,000");
	IS_STR(cadence("Mentor juniors every week"), "every week=week/0",
	    "every week");
	IS_STR(cadence("Publish a newsletter monthly"), "monthly=month/0",
	    "monthly");
	IS_STR(cadence("Earn 100K per year by 2027"), "-",
	    "money with K is not a count");
	IS_STR(cadence("Earn $ 90000 per year"), "-", "money with $");
	IS_STR(cadence("Earn 90000 USD per year"), "-", "money with a code");
	IS_STR(cadence("Get a 10% raise each year"), "-", "a percentage");
	IS_STR(cadence("Get a 10 percent raise each year"), "-",
	    "a percentage in words");
	IS_STR(cadence("Complete the management training course within 18 "
	    "months"), "-", "a deadline is not a cadence");
	IS_STR(cadence("Read 12 books on management by the end of 2027"), "-",
	    "a count without a period");
	IS_STR(cadence("Run 2.5 workshops a month"), "-",
	    "2.5 is not a whole number");
	IS_STR(cadence("Make 7 new connections on LinkedIn at conferences "
	    "in Europe a year"), "-", "more than five words between");
}

int
main(void)
{
	test_deadlines();
	test_cadences();
	return TAP_DONE();
}
