/*
 * test_api.c: what goal.h offers goal-split and goal-due beyond the
 * reader: names, option parsers, reminders, the next review, the share
 * filter, progress, counts for a pro-rata split, and the walk's results.
 * Only goal.h: the commands see no more than this.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24 */

static long
ymd(int y, int m, int d)
{
	long	 day;

	goal_date_from_ymd(y, m, d, &day);
	return day;
}

static void
test_names(void)
{
	enum goal_share	 s;
	enum goal_unit	 u;

	IS_STR(goal_area_name(GOAL_KNOWLEDGE), "knowledge", "area name");
	OK(goal_area_name(GOAL_AREA_NONE) == NULL, "no area has no name");
	IS_STR(goal_horizon_name(GOAL_10Y), "10y", "horizon name");
	OK(goal_horizon_name(GOAL_HORIZON_NONE) == NULL, "no horizon: NULL");
	IS_STR(goal_status_name(GOAL_DROPPED), "dropped", "status name");
	IS_STR(goal_share_name(GOAL_CIRCLE), "circle", "share name");
	IS_STR(goal_due_from_name(GOAL_FROM_SPAN), "span", "due_from name");
	IS_STR(goal_due_from_name(GOAL_FROM_PARENT), "parent",
	    "due_from parent");
	OK(goal_due_from_name(GOAL_FROM_NONE) == NULL, "due_from none: NULL");
	IS_STR(goal_key_name(GOAL_K_REMIND), "remind", "the remind key");

	OK(goal_share_parse("public", &s) == 0 && s == GOAL_PUBLIC,
	    "-s public");
	OK(goal_share_parse("buddy", &s) == 0 && s == GOAL_BUDDY, "-s buddy");
	OK(goal_share_parse("Buddy", &s) != 0, "-s Buddy is refused");
	OK(goal_share_parse("", &s) != 0, "-s '' is refused");
	OK(goal_unit_parse("quarter", &u) == 0 && u == GOAL_QUARTER,
	    "-b quarter");
	OK(goal_unit_parse("week", &u) == 0 && u == GOAL_WEEK, "-b week");
	OK(goal_unit_parse("day", &u) != 0, "-b day is no period");
	OK(goal_unit_parse("fortnight", &u) != 0, "-b fortnight is refused");
}

static int
span_is(const char *s, long n, enum goal_unit unit)
{
	struct goal_span	 sp;

	return goal_span_parse_short(s, strlen(s), &sp) == 0 &&
	    sp.n == n && sp.unit == unit;
}

static void
test_spans(void)
{
	struct goal_span	 v[GOAL_MAX_REMIND], sp;
	size_t			 n;
	const char		*s;

	OK(span_is("10d", 10, GOAL_DAY), "-w 10d");
	OK(span_is("3w", 3, GOAL_WEEK), "-w 3w");
	OK(span_is("2m", 2, GOAL_MONTH), "-w 2m");
	OK(span_is("1q", 1, GOAL_QUARTER), "-w 1q");
	OK(span_is("1Y", 1, GOAL_YEAR), "-w 1Y");
	OK(span_is("3 weeks", 3, GOAL_WEEK), "-w '3 weeks'");
	OK(goal_span_parse_short("0d", 2, &sp) != 0, "0d is refused");
	OK(goal_span_parse_short("d", 1, &sp) != 0, "d alone is refused");
	OK(goal_span_parse_short("3x", 2, &sp) != 0, "3x is refused");
	OK(goal_span_parse_short("12345d", 6, &sp) != 0,
	    "five digits are refused");
	OK(goal_span_parse_short("3w1d", 4, &sp) != 0, "3w1d is refused");

	s = "3w,2w,1w";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) == 0 &&
	    n == 3 && v[0].n == 3 && v[0].unit == GOAL_WEEK && v[2].n == 1,
	    "-r 3w,2w,1w");
	s = "3w, 10d";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) == 0 &&
	    n == 2 && v[1].n == 10 && v[1].unit == GOAL_DAY,
	    "-r '3w, 10d'");
	s = "2m";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) != 0,
	    "a reminder in months is refused: an alarm counts days");
	s = "3w,,1w";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) != 0,
	    "an empty reminder is refused");
	s = "1d,1d,1d,1d,1d,1d,1d,1d,1d";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) != 0,
	    "more than GOAL_MAX_REMIND reminders are refused");
	s = "53w";
	OK(goal_remind_parse(s, strlen(s), v, GOAL_MAX_REMIND, &n) != 0,
	    "a reminder over a year ahead is refused");
}

static void
test_counts(void)
{
	struct goal_deadline	 dl;
	struct goal_count	 c;
	const char		*s;

	s = "Read 12 books on management by the end of 2027";
	goal_phrase_deadline(s, strlen(s), TODAY, &dl);
	IS_INT(goal_phrase_counts(s, strlen(s), &dl, &c), 1,
	    "one count beside a deadline with a year");
	IS_INT(c.value, 12, "the count is 12");
	OK(c.off == 5 && c.len == 2, "the count's place (%zu, %zu)", c.off,
	    c.len);

	s = "Publish two articles within 18 months";
	goal_phrase_deadline(s, strlen(s), TODAY, &dl);
	IS_INT(goal_phrase_counts(s, strlen(s), &dl, &c), 1,
	    "the span's number is not a count");
	IS_INT(c.value, 2, "a count in words");

	s = "Earn 100K and a 10% raise by 2027";
	goal_phrase_deadline(s, strlen(s), TODAY, &dl);
	IS_INT(goal_phrase_counts(s, strlen(s), &dl, &c), 0,
	    "money and a percentage are not counts");

	s = "Give a dozen talks by 2028";
	goal_phrase_deadline(s, strlen(s), TODAY, &dl);
	IS_INT(goal_phrase_counts(s, strlen(s), &dl, &c), 1, "a dozen");
	IS_INT(c.value, 12, "a dozen is 12");
	OK(c.len == strlen("a dozen"), "a dozen is two words");

	s = "Attend 3 events and meet 7 people by 2027";
	goal_phrase_deadline(s, strlen(s), TODAY, &dl);
	IS_INT(goal_phrase_counts(s, strlen(s), &dl, &c), 2,
	    "two counts: no pro-rata split");
	IS_INT(c.value, 3, "the first of them is set");
}

/* Reading a text through the walk, keeping the last top-level goal's facts. */
struct facts {
	long		 review;
	size_t		 done, total;
	size_t		 done_public, total_public;
	int		 shared[8];	/* goal_is_shared(step i, GOAL_CIRCLE) */
	size_t		 remind[8];	/* step i's reminders */
	long		 remind0[8];
	int		 ngoals;
};

static int
collect(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct facts	*f = arg;
	size_t		 i;

	(void)d;
	if (g == NULL)
		return 0;
	f->ngoals++;
	f->review = goal_next_review(g, TODAY);
	goal_progress(g, GOAL_PRIVATE, &f->done, &f->total);
	goal_progress(g, GOAL_PUBLIC, &f->done_public, &f->total_public);
	for (i = 0; i < g->nsteps && i < 8; i++) {
		f->shared[i] = goal_is_shared(g->step[i], GOAL_CIRCLE);
		f->remind[i] = g->step[i]->remind.n;
		f->remind0[i] = g->step[i]->remind.n ?
		    g->step[i]->remind.v[0].n : 0;
	}
	return 0;
}

static struct facts
read_goal(const char *text)
{
	struct facts		 f;
	struct goal_walk	 w = { TODAY, NULL, collect, &f };
	FILE			*fp;

	memset(&f, 0, sizeof(f));
	fp = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
	goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
	return f;
}

static void
test_goals(void)
{
	struct facts	 f;

	f = read_goal("- goal: a\n  reviewed: 2026-10-01\n");
	IS_INT(f.review, ymd(2027, 1, 1), "next review: reviewed + quarter");
	f = read_goal("review: monthly\ngoals:\n- goal: a\n"
	    "  started: 2026-01-31\n");
	IS_INT(f.review, ymd(2026, 2, 28),
	    "next review: started + the header's month, clamped");
	f = read_goal("- goal: a\n  review: every 2 weeks\n"
	    "  reviewed: 2026-11-20\n");
	IS_INT(f.review, ymd(2026, 12, 4), "next review: every 2 weeks");
	f = read_goal("- goal: a\n");
	IS_INT(f.review, TODAY, "next review: today when nothing to count from");

	f = read_goal("- goal: a\n  share: circle\n  steps:\n"
	    "  - goal: b\n    share: public\n"
	    "  - goal: c\n    share: private\n"
	    "  - goal: d\n");
	OK(f.shared[0], "a public step of a circle goal is shown to the circle");
	OK(!f.shared[1], "a private step is not");
	OK(f.shared[2], "a step without share takes its parent's");
	f = read_goal("- goal: a\n  share: private\n  steps:\n"
	    "  - goal: b\n    share: public\n");
	OK(!f.shared[0], "a public step of a private goal is private");

	f = read_goal("- goal: a\n  share: public\n  steps:\n"
	    "  - goal: b\n    status: achieved\n"
	    "  - goal: c\n    steps:\n"
	    "    - goal: c1\n      status: achieved\n"
	    "    - goal: c2\n      share: private\n"
	    "  - goal: d\n    share: buddy\n");
	OK(f.done == 2 && f.total == 4, "progress: 2 of 4 leaves (got %zu/%zu)",
	    f.done, f.total);
	OK(f.done_public == 2 && f.total_public == 2,
	    "progress among public steps: 2 of 2 (got %zu/%zu)",
	    f.done_public, f.total_public);
	f = read_goal("- goal: a\n  status: achieved\n");
	OK(f.done == 1 && f.total == 1, "a goal without steps is its own leaf");

	f = read_goal("- goal: a\n  remind: [3w, 1w]\n  steps:\n"
	    "  - goal: b\n  - goal: c\n    remind: 10d\n");
	OK(f.remind[0] == 2 && f.remind0[0] == 3,
	    "a step inherits its parent's reminders");
	OK(f.remind[1] == 1 && f.remind0[1] == 10,
	    "a step's own reminders win");
}

static int
stop_at_first(void *arg, const struct goal *g, const struct goal_diags *d)
{
	(void)d;
	if (g != NULL)
		(*(int *)arg)++;
	return g != NULL;
}

static void
test_walk(void)
{
	struct goal_walk	 w = { TODAY, NULL, stop_at_first, NULL };
	int			 n = 0;

	w.arg = &n;
	errno = 0;
	IS_INT(goal_walk(&w, "/nonexistent/goals.yaml"), GOAL_WALK_OPEN,
	    "a missing file cannot be opened");
	OK(errno == ENOENT, "and errno says why");
	IS_INT(goal_walk(&w, "/"), GOAL_WALK_OPEN, "a directory is refused");
	OK(errno == EISDIR, "as a directory");
}

static void
test_walk_results(void)
{
	struct goal_walk	 w = { TODAY, NULL, stop_at_first, NULL };
	const char		*two = "- goal: a\n- goal: b\n";
	const char		*bad = "- goal: a\n- goal: [b\n";
	FILE			*fp;
	int			 n = 0, rc;

	w.arg = &n;
	fp = fmemopen((void *)(uintptr_t)two, strlen(two), "r");
	rc = goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
	OK(rc == 1 && n == 1, "a callback that returns non-zero stops the file");
	fp = fmemopen((void *)(uintptr_t)bad, strlen(bad), "r");
	n = -100;
	rc = goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
	IS_INT(rc, 1, "stopped before the bad part");
	w.each = collect;
	{
		struct facts	 f;

		memset(&f, 0, sizeof(f));
		w.arg = &f;
		fp = fmemopen((void *)(uintptr_t)bad, strlen(bad), "r");
		rc = goal_walk_fp(&w, "t.yaml", fp);
		fclose(fp);
		IS_INT(rc, GOAL_READ_FATAL, "a YAML error is fatal");
		IS_INT(f.ngoals, 1, "the goal before it is handed over");
	}
}

int
main(void)
{
	test_names();
	test_spans();
	test_counts();
	test_goals();
	test_walk();
	test_walk_results();
	return TAP_DONE();
}
