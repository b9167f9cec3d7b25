/*
 * test_phrase.c: deadlines and cadences read from goal sentences.
 */
#include <stdio.h>
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

/*
 * The deadline of text read against an anchor: "WORDS=YYYY-MM-DD",
 * "WORDS=N unit", "WORDS=bad" for no such day, or "-".  A text that
 * starts with '=' is a value of due.
 */
static const char *
deadline_at(const char *text, const char *anchor)
{
	static char		 buf[256];
	struct goal_deadline	 d;
	long			 a;
	int			 due = text[0] == '=';

	if (goal_date_today(anchor, &a) != 0)
		return "bad anchor";
	text += due;
	if (!(due ? goal_phrase_due : goal_phrase_deadline)(text, strlen(text),
	    a, &d))
		return "-";
	if (d.kind == GOAL_DEADLINE_BAD)
		snprintf(buf, sizeof(buf), "%.*s=bad", (int)d.len,
		    text + d.off);
	else if (d.kind == GOAL_DEADLINE_SPAN)
		snprintf(buf, sizeof(buf), "%.*s=%ld %s", (int)d.len,
		    text + d.off, d.span.n, goal_unit_name(d.span.unit));
	else
		snprintf(buf, sizeof(buf), "%.*s=%s", (int)d.len, text + d.off,
		    fmt(d.day));
	return buf;
}

static const char *
deadline(const char *text)
{
	return deadline_at(text, "2026-11-24");
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
	IS_STR(deadline("Ship it by February 30, 2027"),
	    "by February 30, 2027=bad", "no such day: a bad phrase");
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

/* Every form of goal(5) section 2, with and without a year. */
static void
test_grammar(void)
{
	static const struct {
		const char	*text, *want, *what;
	} t[] = {
		{ "Lead a team before Q3 2027", "before Q3 2027=2027-09-30",
		  "before" },
		{ "Lead a team until June 2027", "until June 2027=2027-06-30",
		  "until" },
		{ "Lead a team till 2027-03", "till 2027-03=2027-03-31",
		  "till" },
		{ "Lead a team no later than March 1st, 2027",
		  "no later than March 1st, 2027=2027-03-01",
		  "no later than" },
		{ "Ship it by the end of Q3 2027",
		  "by the end of Q3 2027=2027-09-30", "by the end of Qn YYYY" },
		{ "Ship it by the end of March 2027",
		  "by the end of March 2027=2027-03-31",
		  "by the end of MONTH YYYY" },
		{ "Ship it by 1 Sept. 2027", "by 1 Sept. 2027=2027-09-01",
		  "Sept. and D MONTH YYYY" },
		{ "Ship it by the 3rd of May 2027",
		  "by the 3rd of May 2027=2027-05-03", "by the Dth of MONTH" },
		{ "Ship it by mid-2027", "by mid-2027=2027-06-30",
		  "mid-YYYY is June 30" },
		{ "Ship it in March 2027", "in March 2027=2027-03-31",
		  "in MONTH YYYY" },
		{ "Ship it during Dec 2027", "during Dec 2027=2027-12-31",
		  "during MON YYYY" },
		{ "Ship it in Q2 2027", "in Q2 2027=2027-06-30", "in Qn YYYY" },
		{ "Ship it in 2027", "in 2027=2027-12-31", "in YYYY" },
		{ "Ship it by September", "by September=2027-09-30",
		  "by MONTH: the next September" },
		{ "Ship it in December", "in December=2026-12-31",
		  "in MONTH: this December" },
		{ "Ship it by the end of January",
		  "by the end of January=2027-01-31", "by the end of MONTH" },
		{ "Ship it by March 15th", "by March 15th=2027-03-15",
		  "by MONTH D" },
		{ "Ship it by 30 November", "by 30 November=2026-11-30",
		  "by D MONTH: this year's, on or after the anchor" },
		{ "Ship it by 23 November", "by 23 November=2027-11-23",
		  "by D MONTH: next year's, the day before the anchor" },
		{ "Ship it by Feb 29", "by Feb 29=2028-02-29",
		  "Feb 29: the next leap year" },
		{ "Ship it by Q1", "by Q1=2027-03-31", "by Qn" },
		{ "Ship it in Q4", "in Q4=2026-12-31", "in Qn: this quarter" },
		{ "Ship it within Q2", "within Q2=2027-06-30", "within Qn" },
		{ "Ship it by the end of Q3", "by the end of Q3=2027-09-30",
		  "by the end of Qn" },
		{ "Ship it by Q3 end", "by Q3 end=2027-09-30", "by Qn end" },
		{ "Run it over the next 12 weeks",
		  "over the next 12 weeks=12 week", "over the next N weeks" },
		{ "Run it during the coming six months",
		  "during the coming six months=6 month",
		  "during the coming N" },
		{ "Run it for two years", "for two years=2 year",
		  "for N years" },
		{ "Find a mentor in an hour a day", "-", "an hour is no unit" },
		{ "Ship it by the end of 6 months",
		  "by the end of 6 months=6 month", "by the end of N months" },
		{ "Finish a 6-month course by March 2027",
		  "by March 2027=2027-03-31", "N-month before a noun" },
		{ "Finish a 6-month course", "-", "N-month is no deadline" },
		{ "Volunteer for 2 days a week", "-", "how often is no span" },
		{ "Ship it by the end of the quarter",
		  "by the end of the quarter=2026-12-31",
		  "by the end of the quarter" },
		{ "Ship it by end of next month",
		  "by end of next month=2026-12-31", "by end of next month" },
		{ "Ship it by the end of this week",
		  "by the end of this week=2026-11-29",
		  "by the end of this week" },
		{ "Ship it by end of year", "by end of year=2026-12-31",
		  "by end of year" },
		{ "Ship it by month end", "by month end=2026-11-30",
		  "by month end" },
		{ "Ship it by quarter end", "by quarter end=2026-12-31",
		  "by quarter end" },
		{ "Ship it by year-end", "by year-end=2026-12-31",
		  "by year-end" },
		{ "Ship it by EOY", "by EOY=2026-12-31", "by EOY" },
		{ "Ship it by EOM", "by EOM=2026-11-30", "by EOM" },
		{ "Ship it by eoq", "by eoq=2026-12-31", "by EOQ, any case" },
		{ "Ship it by next quarter", "by next quarter=2027-03-31",
		  "by next quarter" },
		{ "Ship it by 2027-02-30", "by 2027-02-30=bad",
		  "an impossible written date" },
		{ "Ship it by 31 April 2027", "by 31 April 2027=bad",
		  "an impossible D MONTH YYYY" },
		{ "Ship it by Feb 30", "by Feb 30=bad",
		  "a day no year has" },
		{ "Ship it by the end of the first quarter",
		  "by the end of the first quarter=2027-03-31",
		  "the first quarter is Q1" },
		{ "Ship it in the third quarter of 2027",
		  "in the third quarter of 2027=2027-09-30",
		  "the third quarter of YYYY" },
		{ "Ship it no later than the end of the third quarter of 2027",
		  "no later than the end of the third quarter of 2027="
		  "2027-09-30", "eleven words: the longest phrase" },
		{ "Ship it by year-end 2027", "by year-end 2027=2027-12-31",
		  "year-end with its year" },
		{ "Ship it by EOY 2028", "by EOY 2028=2028-12-31",
		  "EOY with its year" },
		{ "Ship it by H1 2027", "by H1 2027=2027-06-30",
		  "the first half of a year" },
		{ "Ship it in H2", "in H2=2026-12-31",
		  "the second half holding the anchor" },
		{ "Ship it by H1", "by H1=2027-06-30",
		  "the next first half" },
		{ "Ship it within the first quarter",
		  "within the first quarter=2027-03-31", "within an ordinal "
		  "quarter" },
		{ "Ship it within March", "-", "within a month name is no "
		  "deadline in goal(5)" },
		{ "Publish the first quarter results", "-",
		  "the first quarter without by or in" },
		{ "Become team lead in the next 12-18 months",
		  "in the next 12-18 months=18 month",
		  "a range of counts: its end" },
		{ "Run 3-5 workshops", "-", "a range without a unit" },
		{ "Increase throughput by 1000 requests", "-",
		  "1000 is no year" },
		{ "Cut the backlog by 3 weeks of work", "-",
		  "by N weeks is no deadline" },
		{ "Meet my manager every now and then", "-",
		  "every now and then" },
	};
	size_t	 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		IS_STR(deadline(t[i].text), t[i].want, "%s", t[i].what);
}

/* The anchor: the goal's start when it has one, else today. */
static void
test_anchor(void)
{
	IS_STR(deadline_at("Ship it by September", "2026-11-10"),
	    "by September=2027-09-30",
	    "started in November: by September is next September");
	IS_STR(deadline_at("Ship it by September", "2026-03-01"),
	    "by September=2026-09-30",
	    "started in March: by September is this September");
	IS_STR(deadline_at("Ship it by September", "2026-09-30"),
	    "by September=2026-09-30", "on the anchor's own month end");
	IS_STR(deadline_at("Ship it by Sep 30", "2026-09-30"),
	    "by Sep 30=2026-09-30", "a day on the anchor counts");
	IS_STR(deadline_at("Ship it by Q2", "2026-07-01"),
	    "by Q2=2027-06-30", "a quarter that ended: next year's");
	IS_STR(deadline_at("Ship it by Q2 end", "2026-06-30"),
	    "by Q2 end=2026-06-30", "a quarter ending on the anchor");
	IS_STR(deadline_at("Ship it next year", "2026-11-10"),
	    "next year=2027-12-31", "next year from the anchor");
	IS_STR(deadline_at("Ship it next year", "2025-01-15"),
	    "next year=2026-12-31", "next year from an earlier start");
	IS_STR(deadline_at("Ship it this month", "2027-02-10"),
	    "this month=2027-02-28", "this month holds the anchor");
	IS_STR(deadline_at("Ship it by the end of next month", "2027-01-31"),
	    "by the end of next month=2027-02-28", "the month after");
	IS_STR(deadline_at("Ship it next week", "2026-12-31"),
	    "next week=2027-01-10", "a week across the new year");
	IS_STR(deadline_at("Ship it by EOQ", "2027-04-01"),
	    "by EOQ=2027-06-30", "EOQ holds the anchor");
	IS_STR(deadline_at("Ship it by 2027", "2030-01-01"),
	    "by 2027=2027-12-31", "a year written out ignores the anchor");
	IS_STR(deadline_at("Ship it by Feb 29", "2028-03-01"),
	    "by Feb 29=2032-02-29", "Feb 29 after a leap day");
}

/*
 * Seasons: the northern hemisphere's meteorological ones, a season
 * meaning its last day; winter YYYY is December YYYY-1 to February YYYY.
 */
static void
test_seasons(void)
{
	IS_STR(deadline("Ship the beta by summer 2028"),
	    "by summer 2028=2028-08-31", "by SEASON YYYY: its last day");
	IS_STR(deadline("Ship the beta by the end of summer"),
	    "by the end of summer=2027-08-31",
	    "the end of a season without a year: the next one");
	IS_STR(deadline("Ship the beta by the end of the summer"),
	    "by the end of the summer=2027-08-31", "the end of the SEASON");
	IS_STR(deadline("Ship the beta next spring"),
	    "next spring=2027-05-31", "next SEASON");
	IS_STR(deadline_at("Ship the beta next spring", "2027-04-10"),
	    "next spring=2028-05-31", "next spring, said in spring");
	IS_STR(deadline_at("Ship the beta this spring", "2027-04-10"),
	    "this spring=2027-05-31", "this spring, said in spring");
	IS_STR(deadline_at("Ship the beta by spring", "2027-06-01"),
	    "by spring=2028-05-31", "a season that ended: next year's");
	IS_STR(deadline("Ship the beta in winter 2027"),
	    "in winter 2027=2027-02-28", "winter YYYY ends in February YYYY");
	IS_STR(deadline("Ship the beta by winter"), "by winter=2027-02-28",
	    "winter without a year: the one that ends next");
	IS_STR(deadline("Ship the beta by autumn of 2027"),
	    "by autumn of 2027=2027-11-30", "SEASON of YYYY");
	IS_STR(deadline("Ship the beta by fall 2028"),
	    "by fall 2028=2028-11-30", "fall is autumn");
	IS_STR(deadline("Finish the course over the summer"),
	    "over the summer=2027-08-31", "over the SEASON");
	IS_STR(deadline("Write a summer reading list"), "-",
	    "a season naming a thing is no deadline");
	IS_STR(deadline("Fix the spring boot upgrade"), "-",
	    "spring without by, in or next is no deadline");
	IS_STR(deadline("=summer 2028"), "summer 2028=2028-08-31",
	    "due: a season");
}

/* during Qn and during MONTH without a year: the next, as for by and in. */
static void
test_during(void)
{
	IS_STR(deadline("Ship the API during Q2"), "during Q2=2027-06-30",
	    "during Qn: the next Qn");
	IS_STR(deadline_at("Ship the API during Q2", "2027-01-15"),
	    "during Q2=2027-06-30", "during Qn from a start in Q1");
	IS_STR(deadline_at("Ship the API during Q2", "2027-07-01"),
	    "during Q2=2028-06-30", "during a Qn that ended: next year's");
	IS_STR(deadline("Ship the API during March"),
	    "during March=2027-03-31", "during MONTH: the next one");
}

/* Phrases as the value of due: without their "by". */
static void
test_due(void)
{
	IS_STR(deadline("=June 2027"), "June 2027=2027-06-30", "due: June 2027");
	IS_STR(deadline("=end of 2027"), "end of 2027=2027-12-31",
	    "due: end of 2027");
	IS_STR(deadline("=mid-2027"), "mid-2027=2027-06-30", "due: mid-2027");
	IS_STR(deadline("=Q3 2027"), "Q3 2027=2027-09-30", "due: Q3 2027");
	IS_STR(deadline("=end of next quarter"),
	    "end of next quarter=2027-03-31", "due: end of next quarter");
	IS_STR(deadline("=next month"), "next month=2026-12-31",
	    "due: next month");
	IS_STR(deadline("=by March 2027"), "by March 2027=2027-03-31",
	    "due: with its by");
	IS_STR(deadline("=September"), "September=2027-09-30",
	    "due: a month without a year");
	IS_STR(deadline("=within 18 months"), "within 18 months=18 month",
	    "due: a span phrase");
	IS_STR(deadline("=Feb 30 2027"), "Feb 30 2027=bad",
	    "due: no such day");
	IS_STR(deadline("=June 2027 or so"), "-",
	    "due: the phrase must be the whole value");
	IS_STR(deadline("=soon"), "-", "due: soon is no date");
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
	IS_STR(cadence("Update the weekly sales dashboard"), "-",
	    "weekly naming a thing is no cadence");
	IS_STR(cadence("Organise a monthly lunch-and-learn"),
	    "monthly=month/0", "a monthly event recurs");
	IS_STR(cadence("Meet my mentor every now and then"), "-",
	    "every now and then");
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
	IS_STR(cadence("Make 7 new connections on LinkedIn at the big "
	    "conferences in Europe a year"), "-",
	    "more than eight words between");
	IS_STR(cadence("Publish one post on the team engineering blog each "
	    "week"), "one post on the team engineering blog each week=week/1",
	    "six words between the count and each week");
	IS_STR(cadence("Hire 2 engineers and run a retro each quarter"), "-",
	    "the things counted end at and");
	IS_STR(cadence("Give 3 talks, then blog about them every month"),
	    "every month=month/0", "the things counted end at a comma");
	IS_STR(cadence("Demo the build to the team every Friday"),
	    "every Friday=week/0", "every WEEKDAY is weekly");
	IS_STR(cadence("Review the pull requests each Monday"),
	    "each Monday=week/0", "each WEEKDAY");
	IS_STR(cadence("Meet my mentor once a month"),
	    "once a month=month/1", "once a month");
	IS_STR(cadence("Practise system design twice a week"),
	    "twice a week=week/2", "twice a week");
	IS_STR(cadence("Present at the guild three times a quarter"),
	    "three times a quarter=quarter/3", "N times a quarter");
	IS_STR(cadence("Ship it once"), "-", "once alone is no cadence");
	IS_STR(cadence("Write the Friday report"), "-",
	    "a weekday without every is no cadence");
}

/*
 * Every number word, in any case, counts: word_number() finds each among
 * the words of its length; words of the same length and first letter,
 * and the number words cut or run on, are no count.
 */
static void
test_number_words(void)
{
	static const char *const words[] = { "one", "two", "Three", "FOUR",
		"five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"Seventeen", "eighteen", "nineteen", "twenty" };
	static const char *const none[] = { "tea", "fire", "threes",
		"seventy", "twentyone", "ones", "nin", "eightteen", "elevens",
		"zero" };
	char	 text[64], want[64];
	size_t	 k;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		snprintf(text, sizeof(text), "Give %s talks a month",
		    words[k]);
		snprintf(want, sizeof(want), "%s talks a month=month/%zu",
		    words[k], k + 1);
		IS_STR(cadence(text), want, "%s is %zu", words[k], k + 1);
	}
	for (k = 0; k < sizeof(none) / sizeof(none[0]); k++) {
		snprintf(text, sizeof(text), "Give %s talks a month",
		    none[k]);
		IS_STR(cadence(text), "-", "%s is no number", none[k]);
	}
}

/*
 * Sentences longer than the words the grammar looks ahead, and than the
 * words kept at once: a phrase far in, or cut by the end, reads as it
 * would alone.
 */
static void
test_long(void)
{
	char	 buf[2048];
	size_t	 k;

	buf[0] = '\0';
	for (k = 0; k < 100; k++)
		strcat(buf, "( word , - ");
	strcat(buf, "ship it by March 5th, 2027 then rest");
	IS_STR(deadline(buf), "by March 5th, 2027=2027-03-05",
	    "a phrase after 300 words and marks");
	buf[0] = '\0';
	for (k = 0; k < 61; k++)
		strcat(buf, "w ");
	strcat(buf, "by the end of the month");
	IS_STR(deadline(buf), "by the end of the month=2026-11-30",
	    "a phrase across the words kept at once");
	buf[0] = '\0';
	for (k = 0; k < 47; k++)
		strcat(buf, "for ");
	strcat(buf, "within the next 2 quarters.");
	IS_STR(deadline(buf), "within the next 2 quarters=2 quarter",
	    "after many words that may start a phrase");
	buf[0] = '\0';
	for (k = 0; k < 70; k++)
		strcat(buf, "in ");
	strcat(buf, "in 2027");
	IS_STR(deadline(buf), "in 2027=2027-12-31",
	    "a phrase at the very end");
	buf[0] = '\0';
	for (k = 0; k < 70; k++)
		strcat(buf, "by ");
	IS_STR(deadline(buf), "-", "only words that may start a phrase");
	buf[0] = '\0';
	for (k = 0; k < 100; k++)
		strcat(buf, "run ");
	strcat(buf, "3 posts on the team blog each week");
	IS_STR(cadence(buf), "3 posts on the team blog each week=week/3",
	    "a cadence after 100 words");
	IS_STR(cadence("\"Mid-2027\" (by mid-2027) every Friday."),
	    "every Friday=week/0", "marks around words");
	IS_STR(deadline("(by mid-2027)"), "by mid-2027=2027-06-30",
	    "mid-YYYY in brackets");
	IS_STR(deadline("Hire within 12-18 months"),
	    "within 12-18 months=18 month", "a range ends the span");
	IS_STR(deadline("Ship by the 5th of june"),
	    "by the 5th of june=2027-06-05", "the Dth of MONTH");
}

int
main(void)
{
	test_deadlines();
	test_grammar();
	test_anchor();
	test_seasons();
	test_during();
	test_due();
	test_cadences();
	test_number_words();
	test_long();
	return TAP_DONE();
}
