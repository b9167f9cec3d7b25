/*
 * items.h: goal-due's items read from texts given in a test, for the
 * tests of item.c.  The items stay in struct collect after the reader
 * that made them is gone, as goal-due(1) keeps them.
 */
#ifndef ITEMS_H
#define ITEMS_H

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "goal.h"

#define TODAY	20781L		/* 2026-11-24 */

struct collect {
	struct goal_items	 items;
	struct goal_window	 w;
	enum goal_share		 level;
};

static inline int
collect_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct collect	*c = arg;

	(void)d;
	if (g != NULL)
		goal_items_add(&c->items, g, TODAY, c->level, &c->w);
	return 0;
}

/* Reads text as the file name. */
static inline void
read_items(struct collect *c, const char *name, const char *text)
{
	struct goal_walk	 w = { TODAY, NULL, collect_goal, c };
	FILE			*fp;

	fp = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
	goal_walk_fp(&w, name, fp);
	fclose(fp);
}

/*
 * No items yet, zeroed as a command that memsets its state has them:
 * every overdue item and those up to last, of goals shared at level,
 * with plan, measure and why when details is set (a calendar's).
 */
static inline void
start(struct collect *c, long last, enum goal_share level, int details)
{
	memset(c, 0, sizeof(*c));
	c->w.first = LONG_MIN;
	c->w.last = last;
	c->w.details = details;
	c->level = level;
}

#endif /* ITEMS_H */
