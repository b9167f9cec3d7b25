/*
 * test_split.c: goal-split's library: pro-rata shares, the periods of a
 * goal clipped to its dates, the limit on periods, the JSON writer and
 * the YAML writer read back.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24 */

/* What splitting the first top-level goal of a text gave. */
struct got {
	char	 recs[2048];	/* "path start..due text|" for each record */
	char	 diags[512];
	int	 n;
	/* what the writers made of it */
	char	*json;
	size_t	 jsonlen;
	char	*yaml;
	size_t	 yamllen;
};

struct how {
	int		 by;
	enum goal_unit	 unit;
	size_t		 max;
	enum goal_share	 share;
};

static struct got	 got;
static const struct how	*how;

static void
records(const struct goal *g)
{
	struct goal_split	*s;
	struct goal_diags	 d;
	struct goal_record	 r;
	char			 a[11], b[11], one[256];
	size_t			 i;

	s = goal_split_new(how->by, how->unit, how->max);
	goal_diags_init(&d);
	goal_split_goal(s, g, &d);
	for (i = 0; i < d.n; i++)
		strncat(got.diags, d.v[i].message, sizeof(got.diags) -
		    strlen(got.diags) - 1);
	while (goal_split_next(s, &r)) {
		goal_date_format(r.start, a);
		goal_date_format(r.due, b);
		snprintf(one, sizeof(one), "%s %s..%s %.*s|", r.path,
		    r.start == GOAL_NODAY ? "-" : a,
		    r.due == GOAL_NODAY ? "-" : b, (int)r.textlen,
		    r.text ? r.text : "");
		strncat(got.recs, one, sizeof(got.recs) -
		    strlen(got.recs) - 1);
		got.n++;
	}
	goal_diags_free(&d);
	goal_split_free(s);
}

static int
each(void *arg, const struct goal *g, const struct goal_diags *d)
{
	FILE			*fp;
	struct goal_yaml	*y;

	(void)arg;
	(void)d;
	if (g == NULL || got.json != NULL)
		return 0;
	records(g);
	fp = open_memstream(&got.json, &got.jsonlen);
	putc('{', fp);
	goal_json_key(fp, "path", 1);
	goal_json_text(fp, g->path);
	goal_json_goal_keys(fp, g, (const char *const []){ "goal", NULL });
	putc('}', fp);
	fclose(fp);
	fp = open_memstream(&got.yaml, &got.yamllen);
	y = goal_yaml_new(fp);
	goal_yaml_goal(y, g, how->share);
	goal_yaml_free(y);
	fclose(fp);
	return 0;
}

static void
run(const char *text, const struct how *h)
{
	struct goal_walk	 w = { TODAY, NULL, each, NULL };
	FILE			*fp;

	free(got.json);
	free(got.yaml);
	memset(&got, 0, sizeof(got));
	how = h;
	fp = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
	goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
}

static void
test_share(void)
{
	long	 sum;
	size_t	 i, n;

	IS_INT(goal_split_share(10, 4, 0), 3, "10 over 4: first 3");
	IS_INT(goal_split_share(10, 4, 1), 3, "10 over 4: second 3");
	IS_INT(goal_split_share(10, 4, 2), 2, "10 over 4: third 2");
	IS_INT(goal_split_share(10, 4, 3), 2, "10 over 4: fourth 2");
	IS_INT(goal_split_share(2, 4, 1), 1, "2 over 4: second 1");
	IS_INT(goal_split_share(2, 4, 2), 0, "2 over 4: third 0");
	IS_INT(goal_split_share(5, 0, 0), 0, "no periods: 0");
	IS_INT(goal_split_share(0, 3, 0), 0, "nothing to share: 0");
	for (n = 1; n <= 13; n++) {
		sum = 0;
		for (i = 0; i < n; i++)
			sum += goal_split_share(1000003, n, i);
		IS_INT(sum, 1000003, "the total kept over %zu periods", n);
	}
}

static void
test_periods(void)
{
	static const struct how	 quarter = { 1, GOAL_QUARTER, 100,
	    GOAL_PRIVATE };
	static const struct how	 month = { 1, GOAL_MONTH, 100, GOAL_PRIVATE };
	static const struct how	 week = { 1, GOAL_WEEK, 3, GOAL_PRIVATE };
	static const struct how	 none = { 0, GOAL_QUARTER, 100,
	    GOAL_PRIVATE };

	run("- id: n\n  goal: Attend three events a quarter\n"
	    "  started: 2027-02-15\n  due: 2027-08-10\n", &quarter);
	IS_STR(got.recs, "n@2027-Q1 2027-02-15..2027-03-31 Attend three "
	    "events a quarter (2027-Q1)|n@2027-Q2 2027-04-01..2027-06-30 "
	    "Attend three events a quarter (2027-Q2)|n@2027-Q3 "
	    "2027-07-01..2027-08-10 Attend three events a quarter (2027-Q3)|",
	    "periods clipped to the goal's start and due");
	run("- id: n\n  goal: Attend three events a quarter\n"
	    "  started: 2027-02-15\n  due: 2027-08-10\n", &none);
	IS_STR(got.recs, "n 2027-02-15..2027-08-10 Attend three events a "
	    "quarter|", "without -b, one record");
	run("- id: f\n  goal: Swim twice every month\n"
	    "  started: 2024-02-10\n  due: 2024-03-05\n", &month);
	IS_STR(got.recs, "f@2024-02 2024-02-10..2024-02-29 Swim twice every "
	    "month (2024-02)|f@2024-03 2024-03-01..2024-03-05 Swim twice "
	    "every month (2024-03)|", "a leap February ends on the 29th");
	run("- id: w\n  goal: Post weekly\n"
	    "  started: 2026-12-30\n  due: 2027-01-05\n", &week);
	IS_STR(got.recs, "w@2026-W53 2026-12-30..2027-01-03 Post weekly "
	    "(2026-W53)|w@2027-W01 2027-01-04..2027-01-05 Post weekly "
	    "(2027-W01)|", "ISO week 53 of 2026");
	run("- id: w\n  goal: Post weekly\n"
	    "  started: 2027-01-01\n  due: 2027-12-31\n", &week);
	IS_INT(got.n, 1, "over the limit: written whole");
	OK(strstr(got.diags, "more than 3 periods") != NULL,
	    "over the limit: a warning (%s)", got.diags);
	run("- id: s\n  goal: Post weekly\n  due: 2027-12-31\n", &week);
	IS_STR(got.recs, "s -..2027-12-31 Post weekly|",
	    "no start: unchanged");
}

static void
test_prorata(void)
{
	static const struct how	 quarter = { 1, GOAL_QUARTER, 100,
	    GOAL_PRIVATE };

	run("- id: b\n  goal: Read 2 books on management, by the end of "
	    "2027.\n  started: 2027-01-01\n", &quarter);
	IS_STR(got.recs, "b@2027-Q1 2027-01-01..2027-03-31 Read 1 books on "
	    "management. (2027-Q1)|b@2027-Q2 2027-04-01..2027-06-30 Read 1 "
	    "books on management. (2027-Q2)|",
	    "2 over 4: two periods, the phrase dropped, spaces tidied");
	run("- id: m\n  goal: Earn 100K per year by the end of 2027\n"
	    "  started: 2027-01-01\n", &quarter);
	IS_INT(got.n, 1, "money is no count: unchanged");
	run("- id: p\n  goal: Finish the course within 2 quarters\n"
	    "  started: 2027-01-01\n", &quarter);
	IS_INT(got.n, 1, "numbers of the deadline are no count: unchanged");
	run("- id: i\n  goal: Read 4 books by 2027\n  started: 2027-01-01\n"
	    "  steps:\n    - id: s\n      goal: Write 8 posts\n", &quarter);
	IS_INT(got.n, 4, "a count with its own due is split");
}

static void
test_writers(void)
{
	static const struct how	 buddy = { 0, GOAL_QUARTER, 100, GOAL_BUDDY };

	run("- id: j\n  goal: x\n  why: \"a \\\"q\\\"\\n\"\n  zz: [1, {a: b}]\n"
	    "  zz: again\n  ? [k]\n  : v\n", &buddy);
	IS_STR(got.json, "{\"path\":\"j\",\"id\":\"j\",\"why\":\"a \\\"q\\\""
	    "\\n\",\"zz\":[\"1\",{\"a\":\"b\"}]}",
	    "JSON: nested nodes; a key twice or no text is left out");
	run("owner: 'a: b'\ngoals:\n  - goal: \"#not a comment\"\n"
	    "    due: 18 months\n    started: 2026-01-15\n    x: ''\n"
	    "    steps:\n      - goal: hidden\n        share: private\n"
	    "      - goal: '- shown'\n", &buddy);
	IS_STR(got.yaml, "owner: 'a: b'\ngoals:\n- id: 1\n  goal: "
	    "'#not a comment'\n  due: 2027-07-15\n  started: 2026-01-15\n"
	    "  x: ''\n  steps:\n  - id: 2\n    goal: '- shown'\n",
	    "YAML: quoted where needed, id and span date filled in, a "
	    "private step left out");
}

int
main(void)
{
	test_share();
	test_periods();
	test_prorata();
	test_writers();
	free(got.json);
	free(got.yaml);
	return TAP_DONE();
}
