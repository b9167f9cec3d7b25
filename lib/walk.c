/*
 * walk.c: the loop every command runs over a file, written once: read a
 * top-level goal, lint it when asked, hand the findings and the goal
 * over, go on until the file ends or cannot go on.
 */
#include <errno.h>

#include "libgoal.h"

int
goal_walk_fp(const struct goal_walk *w, const char *name, FILE *fp)
{
	struct goal_reader	*r;
	struct goal_diags	*d;
	struct goal		*g;
	int			 rc, stop = 0;

	r = goal_reader_new(name, fp, w->today);
	d = goal_reader_diags(r);
	do {
		rc = goal_reader_next(r, &g);
		if (w->lint != NULL) {
			if (g != NULL)
				goal_lint_goal(w->lint, g, w->today, d);
			goal_lint_finish(w->lint, d);
		} else
			goal_diags_sort(d);
		if (g != NULL || d->n > 0)
			stop = w->each(w->arg, g, d);
	} while ((rc == GOAL_READ_GOAL || rc == GOAL_READ_MORE) && !stop);
	goal_reader_free(r);
	if (rc == GOAL_READ_FATAL)
		return GOAL_READ_FATAL;
	return stop ? 1 : 0;
}

int
goal_walk(const struct goal_walk *w, const char *arg)
{
	const char	*name;
	FILE		*fp;
	int		 rc;

	if ((fp = goal_open_input(arg, &name)) == NULL)
		return GOAL_WALK_OPEN;
	rc = goal_walk_fp(w, name, fp);
	goal_close_input(fp);
	return rc;
}
