/*
 * query.c: what the commands ask of a goal beyond its fields: when it is
 * next reviewed, who may see it, how far along it is.
 */
#include "libgoal.h"

/*
 * The next review of a top-level goal (goal-due(1)): reviewed plus the
 * cadence (its own, else the header's, else quarterly); with no
 * reviewed, started plus the cadence; with neither, today.
 */
long
goal_next_review(const struct goal *g, long today)
{
	static const struct goal_span	 quarterly = { 1, GOAL_QUARTER };
	const struct goal_span		*every;

	every = g->review.set ? &g->review.span : &quarterly;
	if (g->reviewed != GOAL_NODAY)
		return goal_span_add(g->reviewed, every);
	if (g->started != GOAL_NODAY)
		return goal_span_add(g->started, every);
	return today;
}

/*
 * Whether a goal is shared at least as widely as level.  The model has
 * narrowed each step's share to its parent's already, so a step of a
 * goal left out is left out too.
 */
int
goal_is_shared(const struct goal *g, enum goal_share level)
{
	return g->share >= level;
}

static void
count_leaves(const struct goal *g, enum goal_share level, size_t *done,
    size_t *total)
{
	size_t	 i, shown = 0;

	for (i = 0; i < g->nsteps; i++)
		if (goal_is_shared(g->step[i], level)) {
			count_leaves(g->step[i], level, done, total);
			shown++;
		}
	/* A goal whose steps are all left out is a leaf of what is shown. */
	if (shown > 0)
		return;
	(*total)++;
	if (g->status == GOAL_ACHIEVED)
		(*done)++;
}

/*
 * Progress: the achieved leaves under a goal and all its leaves (a leaf
 * counts itself), among the steps shared at least as widely as level, so
 * that a step left out leaves no count behind.
 */
void
goal_progress(const struct goal *g, enum goal_share level, size_t *done,
    size_t *total)
{
	*done = *total = 0;
	count_leaves(g, level, done, total);
}
