/*
 * test_item.c: goal-due's items (which goals give which, in what order,
 * outliving the reader) and the pieces of iCalendar: folding, escaping,
 * trigger durations.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "items.h"
#include "tap.h"

/* Item i whole, as the writers see it. */
static struct goal_item *
at(const struct goal_items *items, size_t i)
{
	static struct goal_item	 it;

	goal_items_get(items, i, &it);
	return &it;
}

/* "kind:path" of each item, in order. */
static const char *
list(const struct goal_items *items)
{
	static char	 buf[1024];
	size_t		 i;

	buf[0] = '\0';
	for (i = 0; i < items->n; i++) {
		strcat(buf, i ? " " : "");
		strcat(buf, goal_item_kind_name(at(items, i)->kind));
		strcat(buf, ":");
		strcat(buf, at(items, i)->path);
	}
	return buf;
}

static void
test_making(void)
{
	struct collect	 c;

	start(&c, LONG_MAX, GOAL_PRIVATE, 1);
	read_items(&c, "a.yaml",
	    "owner: A\n"
	    "goals:\n"
	    "  - id: g\n    goal: x\n    due: 2027-01-10\n"
	    "    reviewed: 2026-11-01\n    review: monthly\n"
	    "    steps:\n"
	    "      - {id: s, goal: y, due: 2026-12-01}\n"
	    "      - {id: p, goal: z, due: 2026-12-01, status: paused}\n"
	    "  - id: paused\n    goal: x\n    due: 2027-01-10\n"
	    "    status: paused\n    steps:\n"
	    "      - {id: s, goal: y, due: 2026-12-01, status: active}\n"
	    "  - id: won\n    goal: x\n    status: achieved\n"
	    "    achieved: 2026-11-20\n    due: 2026-12-31\n");
	IS_INT(c.items.n, 4, "an active goal, its active step, a reflect");
	goal_items_sort(&c.items);
	IS_STR(list(&c.items), "reflect:won review:g due:g/s due:g",
	    "sorted by date, then path; the review and the step on one day");
	IS_INT(at(&c.items, 0)->day, 20781 - 4 + 7, "reflect: a week after");
	IS_INT(at(&c.items, 1)->day, 20788, "review: reviewed plus a month");
	IS_INT(at(&c.items, 2)->day, 20788, "the step's due day");
	IS_STR(at(&c.items, 0)->owner, "A", "the owner outlives the reader");
	IS_STR(at(&c.items, 2)->parent, "g", "a step knows its parent");
	IS_INT(at(&c.items, 3)->total, 2, "progress counts the steps");
	IS_INT(at(&c.items, 1)->every.unit, GOAL_MONTH, "the review's cadence");
	IS_INT(at(&c.items, 1)->anchor, 20758, "counted from reviewed");
	IS_INT(at(&c.items, 1)->until, 20828, "until the goal's due");
	goal_items_free(&c.items);

	/* A window keeps only what it shows; -s buddy leaves private out. */
	start(&c, TODAY + 14, GOAL_BUDDY, 1);
	read_items(&c, "b.yaml",
	    "- {id: in, goal: x, due: 2026-12-08, reviewed: 2026-11-01,"
	    " review: yearly}\n"
	    "- {id: out, goal: x, due: 2026-12-09, reviewed: 2026-11-01,"
	    " review: yearly}\n"
	    "- {id: private, goal: x, due: 2026-11-25, share: private}\n");
	IS_STR(list(&c.items), "due:in", "the window's last day, not after");
	goal_items_free(&c.items);
}

static void
test_sorting(void)
{
	struct collect	 c;
	const char	**owners;

	start(&c, LONG_MAX, GOAL_PRIVATE, 1);
	read_items(&c, "b.yaml", "owner: B\ngoals:\n"
	    "  - {id: a, goal: x, due: 2026-12-01, reviewed: 2026-11-01,"
	    " review: yearly}\n");
	read_items(&c, "a.yaml", "owner: A\ngoals:\n"
	    "  - {id: z, goal: x, due: 2026-12-01, reviewed: 2026-11-01,"
	    " review: yearly}\n");
	goal_items_sort(&c.items);
	IS_STR(list(&c.items), "due:z due:a review:z review:a",
	    "one date: owner A before B, whatever the path");
	IS_INT(goal_items_owners(&c.items, &owners), 2, "two owners");
	IS_STR(owners[0], "A", "owners sorted");
	free(owners);
	goal_items_free(&c.items);

	/* Owners are read from the keys, in the order they were made. */
	IS_INT(goal_items_owners(&c.items, &owners), 0, "no items, no owner");
	free(owners);
	start(&c, LONG_MAX, GOAL_PRIVATE, 1);
	read_items(&c, "c.yaml", "owner: C\ngoals:\n"
	    "  - {id: c, goal: x, due: 2026-12-03}\n");
	read_items(&c, "none.yaml", "- {id: n, goal: x, due: 2026-12-01}\n");
	read_items(&c, "b.yaml", "owner: B\ngoals:\n"
	    "  - {id: b, goal: x, due: 2026-12-02,\n"
	    "     steps: [{id: s, goal: y, due: 2026-12-01}]}\n");
	read_items(&c, "c2.yaml", "owner: C\ngoals:\n"
	    "  - {id: c, goal: x, due: 2026-12-01}\n");
	goal_items_sort(&c.items);
	IS_INT(goal_items_owners(&c.items, &owners), 3,
	    "three owners, C twice in two files");
	IS_STR(owners[0] == NULL ? "none" : owners[0], "none",
	    "no owner first");
	IS_STR(owners[1], "B", "then B");
	IS_STR(owners[2], "C", "then C");
	free(owners);
	goal_items_free(&c.items);
}

static const char *
folded(const char *s)
{
	static char	 buf[4096];
	FILE		*fp = fmemopen(buf, sizeof(buf), "w");

	goal_ics_fold(fp, s, strlen(s));
	fclose(fp);
	return buf;
}

static void
test_ics(void)
{
	char	 line[200], t[32], *e;
	size_t	 i;

	memset(line, 'a', 80);
	line[80] = '\0';
	IS_STR(folded(line), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaa\r\n aaaaa\r\n",
	    "folded after 75 octets, CRLF and a space");
	/* An é (2 bytes) across the 75th octet goes whole to the next line. */
	memset(line, 'a', 74);
	strcpy(line + 74, "\xc3\xa9z");
	IS_STR(folded(line), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaa\r\n \xc3\xa9z\r\n",
	    "never inside a UTF-8 character");
	memset(line, 'a', 74);
	strcpy(line + 74, "\\,b");
	IS_STR(folded(line), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaa\r\n \\,b\r\n", "never inside an escape");
	memset(line, 'a', 73);
	strcpy(line + 73, "\\\\b");
	IS_STR(folded(line), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaa\\\\\r\n b\r\n",
	    "an escaped backslash ends a line whole");
	for (i = 0; i < 150; i++)
		line[i] = 'x';
	line[150] = '\0';
	e = (char *)folded(line);
	IS_INT(strstr(strstr(e, "\r\n ") + 3, "\r\n ") - e, 75 + 2 + 75,
	    "continuation lines hold 74 octets after the space");
	IS_STR(folded("short"), "short\r\n", "a short line as it is");

	e = goal_ics_escape("a;b,c\\d\ne\r\n");
	IS_STR(e, "a\\;b\\,c\\\\d\\ne\\n", "TEXT escapes; CR dropped");
	free(e);

	goal_ics_trigger(21, t);
	IS_STR(t, "-P20DT15H", "three weeks: 09:00 21 days before");
	goal_ics_trigger(1, t);
	IS_STR(t, "-PT15H", "a day before: 09:00 the day before");
	goal_ics_trigger(10, t);
	IS_STR(t, "-P9DT15H", "ten days");
}

int
main(void)
{
	test_making();
	test_sorting();
	test_ics();
	return TAP_DONE();
}
