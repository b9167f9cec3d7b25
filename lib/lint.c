/*
 * lint.c: the rules goal-lint knows, with their levels, and the last
 * pass over the findings of a goal: levels applied, rules switched off
 * or silenced by nolint dropped, criteria filled in.
 */
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "lint.h"

struct goal_lint *
goal_lint_new(void)
{
	struct goal_lint	*l;
	size_t			 i;

	l = goal_xcalloc(1, sizeof(*l));
	for (i = 0; i < goal_nchecks; i++)
		lint_rule_add(l, goal_checks[i].id)->check = &goal_checks[i];
	return l;
}

void
goal_lint_free(struct goal_lint *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->nrules; i++)
		lint_rule_clear(&l->rule[i]);
	free(l->rule);
	free(l);
}

/* The rule with this id, made (off, no criterion) when there is none. */
struct lint_rule *
lint_rule_add(struct goal_lint *l, const char *id)
{
	struct lint_rule	*r;

	if ((r = lint_rule_find(l, id)) != NULL)
		return r;
	if (l->nrules == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->rule = goal_xreallocarray(l->rule, l->cap, sizeof(*l->rule));
	}
	r = &l->rule[l->nrules++];
	memset(r, 0, sizeof(*r));
	r->id = goal_xstrdup(id);
	return r;
}

struct lint_rule *
lint_rule_find(const struct goal_lint *l, const char *id)
{
	size_t	 i;

	for (i = 0; i < l->nrules; i++)
		if (strcmp(l->rule[i].id, id) == 0)
			return &l->rule[i];
	return NULL;
}

void
lint_rule_clear(struct lint_rule *r)
{
	free(r->id);
	memset(r, 0, sizeof(*r));
}

enum goal_level
lint_rule_level(const struct lint_rule *r)
{
	if (r->level_set)
		return r->level;
	return r->check ? r->check->level : GOAL_OFF;
}

const char *
lint_rule_criterion(const struct lint_rule *r)
{
	if (r->criterion_set)
		return r->criterion;
	return r->check ? r->check->criterion : NULL;
}

/*
 * The last pass over a goal's findings, in place: each takes its rule's
 * level and criterion; those switched off, or silenced by a nolint of
 * their goal or its ancestors, go.  Fatal problems always stay.
 */
void
goal_lint_finish(struct goal_lint *l, struct goal_diags *d)
{
	struct goal_diag	*g;
	const struct lint_rule	*r;
	size_t			 i, n = 0;

	for (i = 0; i < d->n; i++) {
		g = &d->v[i];
		if (!g->fatal && (r = lint_rule_find(l, g->rule)) != NULL) {
			g->level = lint_rule_level(r);
			g->criterion = lint_rule_criterion(r);
		}
		if (!g->fatal && (g->level == GOAL_OFF || (g->subject != NULL &&
		    goal_is_silenced(g->subject, g->rule))))
			continue;
		d->v[n++] = *g;
	}
	d->n = n;
	goal_diags_sort(d);
}

/* The checks and rules of a top-level goal and its steps. */
void
goal_lint_goal(struct goal_lint *l, const struct goal *g, long today,
    struct goal_diags *d)
{
	(void)l;
	(void)g;
	(void)today;
	(void)d;
}
