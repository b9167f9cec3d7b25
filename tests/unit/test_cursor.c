/*
 * test_cursor.c: a cursor over a scalar gives, for offsets asked in any
 * order, the position a walk from the scalar's start gives, in every
 * scalar style, over folds, escapes and every kind of line end.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "tap.h"

static int	 checked, wrong;

static int
same(struct goal_pos a, struct goal_pos b)
{
	return a.line == b.line && a.col == b.col && a.off == b.off &&
	    a.ccol == b.ccol;
}

/* Every offset forward, then backward and in strides, with one cursor. */
static void
check_node(const struct goal_node *v)
{
	struct goal_cursor	 c;
	size_t			 k, s;

	goal_cursor_init(&c, v);
	for (k = 0; k <= v->len + 1; k++, checked++)
		wrong += !same(goal_cursor_pos(&c, k), goal_node_pos_at(v, k));
	for (k = v->len + 1; k-- > 0; checked++)
		wrong += !same(goal_cursor_pos(&c, k), goal_node_pos_at(v, k));
	for (s = 2; s < 5; s++)
		for (k = 0; k <= v->len; k += s, checked++)
			wrong += !same(goal_cursor_pos(&c, k),
			    goal_node_pos_at(v, k));
}

static void
check_goal(const struct goal *g)
{
	size_t	 i;

	if (g->val[GOAL_K_GOAL] != NULL)
		check_node(g->val[GOAL_K_GOAL]);
	for (i = 0; i < g->nsteps; i++)
		check_goal(g->step[i]);
}

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	(void)arg;
	(void)d;
	if (g != NULL)
		check_goal(g);
	return 0;
}

static void
check_text(const char *text, const char *name)
{
	struct goal_walk	 w = { 20781L, NULL, each_goal, NULL };
	FILE			*fp;

	checked = wrong = 0;
	fp = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
	goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
	OK(checked > 0 && wrong == 0, "%s: %d of %d positions differ", name,
	    wrong, checked);
}

int
main(void)
{
	check_text("- goal: Earn more and improve improve\n", "plain");
	check_text("- goal: Earn more\n    and then improve it\n\n"
	    "    again improve\n", "plain over lines");
	check_text("- goal: 'It''s time to improve, ''improve'''\n",
	    "single-quoted");
	check_text("- goal: \"caf\\u00e9 \\t then\\x41 improve \\\n"
	    "    and \\U0001F600 improve\\N\\L done\"\n", "double-quoted");
	check_text("- goal: >\n    Fold this\n    line over\n\n    and "
	    "improve\n", "folded");
	check_text("- goal: |\n    Keep\n     these lines\n    improve\n",
	    "literal");
	check_text("- goal: Earn more\r\n    and improve\r\n    it\r\n",
	    "CRLF");
	check_text("- goal: Earn more\r    and improve\r    it\r", "CR");
	check_text("- goal: Earn \xc3\xa9 more\xc2\x85    and improve"
	    "\xe2\x80\xa8    it\n", "NEL and LS");
	check_text("- goal: !!str &a Improve my skills\n  steps:\n"
	    "    - goal: \"x\\ty\"\n", "tag, anchor, step");
	return tap_failed != 0;
}
