/*
 * test_item_pack.c: goal-due keeps its items packed (a record an item,
 * each goal's numbers and strings once in one text).  What goes in comes
 * out whole, large numbers and missing dates alike, and the sort keeps
 * the order items were read in where nothing else tells them apart.
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

static void
test_whole(void)
{
	struct collect	 c;
	struct goal_item it;
	char		*text, *p;
	size_t		 i, blank = 100000, n;

	start(&c, LONG_MAX, GOAL_PRIVATE, 1);
	/*
	 * A goal three million lines down, its line four bytes packed: 30
	 * empty documents of 100,000 lines (the reader takes no more than
	 * a megabyte between two events).
	 */
	n = 30 * (blank + 4) + 400;
	p = text = malloc(n);
	for (i = 0; i < 30; i++) {
		memset(p, '\n', blank);
		memcpy(p + blank, "---\n", 4);
		p += blank + 4;
	}
	snprintf(p, n - (size_t)(p - text),
	    "owner: \"O\\u00e9\"\nbuddy: B\ngoals:\n"
	    "  - id: g\n    goal: x; y, z\n    plan: p\n    measure: m\n"
	    "    why: w\n    due: 2027-01-10\n    reviewed: 2026-11-01\n"
	    "    review: every 6 weeks\n    remind: [5d, 2w]\n    steps:\n"
	    "      - {id: s, goal: t, due: 2026-12-01}\n"
	    "      - {id: d, goal: t, status: achieved, achieved: "
	    "2026-11-02}\n");
	read_items(&c, "dir/a.yaml", text);
	free(text);
	goal_items_sort(&c.items);
	IS_INT(c.items.n, 3, "due, review, the step's due");
	goal_items_get(&c.items, 0, &it);
	IS_STR(it.path, "g/s", "the step first");
	IS_STR(it.parent, "g", "its parent");
	IS_STR(it.owner, "O\xc3\xa9", "the owner, non-ASCII");
	IS_STR(it.buddy, "B", "the buddy");
	IS_STR(it.file, "dir/a.yaml", "the file");
	IS_INT(it.line, 30 * (blank + 1) + 14, "a line past two million");
	IS_INT(it.achieved, GOAL_NODAY, "no achieved date");
	IS_INT(it.anchor, GOAL_NODAY, "not a review: no series");
	IS_INT(it.nremind, 2, "inherited reminders");
	IS_INT(it.remind[0], 5, "five days");
	IS_INT(it.remind[1], 14, "two weeks");
	OK(it.plan == NULL && it.text != NULL, "a step without a plan");
	goal_items_get(&c.items, 1, &it);
	IS_STR(goal_item_kind_name(it.kind), "review", "then the review");
	IS_INT(it.every.n, 6, "every 6...");
	IS_INT(it.every.unit, GOAL_WEEK, "...weeks");
	IS_INT(it.anchor, 20758, "counted from reviewed");
	IS_INT(it.until, 20828, "until the goal's due");
	IS_STR(it.text, "x; y, z", "the text");
	IS_STR(it.plan, "p", "plan");
	IS_STR(it.measure, "m", "measure");
	IS_STR(it.why, "w", "why");
	IS_INT(it.steps, 1, "it has steps");
	IS_INT(it.done, 1, "one done");
	IS_INT(it.total, 2, "of two");
	IS_INT(it.doc, 30, "after 29 empty documents");
	goal_items_get(&c.items, 2, &it);
	IS_STR(goal_item_kind_name(it.kind), "due", "then its due");
	IS_INT(it.anchor, GOAL_NODAY, "a due item has no series");
	goal_items_free(&c.items);
}

static void
test_no_details(void)
{
	struct collect	 c;
	struct goal_item it;

	start(&c, LONG_MAX, GOAL_PRIVATE, 0);
	read_items(&c, "a.yaml", "- {id: g, goal: x, plan: p, due: 2026-12-01,"
	    " status: active}\n---\n- {id: h, due: 2026-12-01,"
	    " status: achieved, achieved: 2026-11-20}\n");
	IS_INT(c.items.n, 3, "a due item, a review, a reflection");
	goal_items_sort(&c.items);
	goal_items_get(&c.items, 1, &it);
	IS_STR(it.path, "h", "the reflection first");
	IS_INT(it.doc, 2, "from the second document");
	IS_INT(it.achieved, 20777, "its achieved date");
	OK(it.text == NULL && it.owner == NULL, "no text, no owner");
	goal_items_get(&c.items, 2, &it);
	OK(it.plan == NULL, "lists keep no plan");
	IS_STR(it.text, "x", "but the text");
	goal_items_free(&c.items);
}

/* The same goal read twice: what cannot be told apart keeps its order. */
static void
test_read_order(void)
{
	struct collect	 c;
	struct goal_item it;
	size_t		 i;
	char		 text[64];
	int		 ok = 1;

	start(&c, LONG_MAX, GOAL_PRIVATE, 0);
	c.w.first = TODAY + 1;		/* no reviews */
	for (i = 0; i < 40; i++) {
		snprintf(text, sizeof(text), "- {id: g, goal: t%zu, due: "
		    "2026-12-%02zu}\n", i, 1 + i % 2);
		read_items(&c, "a.yaml", text);
	}
	goal_items_sort(&c.items);
	for (i = 0; i < 40; i++) {
		goal_items_get(&c.items, i, &it);
		snprintf(text, sizeof(text), "t%zu", i < 20 ? 2 * i :
		    2 * (i - 20) + 1);
		if (strcmp(it.text, text) != 0)
			ok = 0;
	}
	OK(ok, "by day, then in the order read");
	goal_items_free(&c.items);
}

int
main(void)
{
	test_whole();
	test_no_details();
	test_read_order();
	return TAP_DONE();
}
