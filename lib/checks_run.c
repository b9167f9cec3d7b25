/*
 * checks_run.c: the checks that patterns cannot say: dates, structure and
 * the habits of goal(5).  Their ids, levels and scopes are in checks.c;
 * the levels a user set are applied afterwards by goal_lint_finish().
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

struct run {
	struct goal_lint	*lint;
	struct goal_diags	*d;
	long			 today;
	/* format.unused-nolint, looked up at the first nolint id */
	const struct lint_rule	*unused;
	int			 unused_found;
};

static void report(struct run *, const struct goal *, const struct goal_pos *,
    const char *, const char *, ...) __attribute__((format(printf, 5, 6)));

static void
report(struct run *run, const struct goal *g, const struct goal_pos *pos,
    const char *rule, const char *fmt, ...)
{
	struct goal_diag	*diag;
	va_list			 ap;

	va_start(ap, fmt);
	diag = goal_diags_vadd(run->d, g->file, pos, rule, GOAL_WARNING, fmt,
	    ap);
	va_end(ap);
	diag->goal = g->path;
	diag->subject = g;
}

/*
 * Whether a goal has a key, right or wrong.  A value that was reported
 * as wrong (a bad date, an unknown area, a reflection that is no
 * mapping) is not also missing: one mistake, one finding.  An empty
 * value says nothing, and is missing.
 */
static int
has_key(const struct goal *g, enum goal_key k)
{
	size_t	 i;

	if (g->val[k] != NULL || (g->misnamed & 1UL << k))
		return 1;
	if (g->key[k] == NULL || g->map == NULL)
		return 0;
	for (i = 0; i + 1 < g->map->n; i += 2)
		if (g->map->item[i] == g->key[k])
			return !model_is_null(g->map->item[i + 1]);
	return 0;
}

/* A deadline said, rightly or not: due, or a phrase, bad ones too. */
static int
says_when(const struct goal *g)
{
	if (g->due_from != GOAL_FROM_NONE && g->due_from != GOAL_FROM_PARENT)
		return 1;
	return has_key(g, GOAL_K_DUE) || g->phrase.kind == GOAL_DEADLINE_BAD;
}

/* The goal's own due date: its due, span or sentence, not its parent's. */
static long
own_due(const struct goal *g)
{
	if (g->due_from == GOAL_FROM_DUE || g->due_from == GOAL_FROM_SPAN ||
	    g->due_from == GOAL_FROM_TEXT)
		return g->due;
	return GOAL_NODAY;
}

/* Where a goal says its deadline: the due value, or the sentence's words. */
static struct goal_pos
due_pos(const struct goal *g)
{
	if (g->val[GOAL_K_DUE] != NULL)
		return g->val[GOAL_K_DUE]->pos;
	if (g->due_from == GOAL_FROM_TEXT && g->val[GOAL_K_GOAL] != NULL)
		return goal_node_pos_at(g->val[GOAL_K_GOAL], g->phrase.off);
	return g->pos;
}

static const char *
fmt_day(long day, char buf[11])
{
	goal_date_format(day, buf);
	return buf;
}

static void
check_dates(struct run *run, const struct goal *g)
{
	struct goal_pos	 pos;
	struct goal_span span;
	long		 due = own_due(g), said, first;
	char		 a[11], b[11];
	const char	*words;
	int		 is_span;

	is_span = g->due_from == GOAL_FROM_SPAN ||
	    (g->due_from == GOAL_FROM_TEXT &&
	    g->phrase.kind == GOAL_DEADLINE_SPAN);
	/* Where is found only for a finding: most goals have none. */
	if (is_span && g->started == GOAL_NODAY &&
	    !has_key(g, GOAL_K_STARTED)) {
		pos = due_pos(g);
		report(run, g, &pos, "time-bound.no-start", "a span counts "
		    "from the start: add started");
	}
	if (due != GOAL_NODAY && g->started != GOAL_NODAY &&
	    due < g->started) {
		pos = due_pos(g);
		report(run, g, &pos, "time-bound.due-before-start",
		    "due %s is before started %s", fmt_day(due, a),
		    fmt_day(g->started, b));
	}
	if (due != GOAL_NODAY && g->status == GOAL_ACTIVE &&
	    due < run->today) {
		pos = due_pos(g);
		report(run, g, &pos, "time-bound.past-due", "due %s, %ld "
		    "days ago: mark it achieved, paused or dropped, or agree "
		    "a new date", fmt_day(due, a), run->today - due);
	}

	/* The sentence and due: the sentence's period must hold due. */
	if (g->val[GOAL_K_DUE] == NULL || g->phrase.kind ==
	    GOAL_DEADLINE_NONE || g->phrase.kind == GOAL_DEADLINE_BAD ||
	    due == GOAL_NODAY)
		return;
	said = g->phrase.day;
	first = g->phrase.first;
	if (g->phrase.kind == GOAL_DEADLINE_SPAN) {
		if (g->started == GOAL_NODAY)
			return;
		span = g->phrase.span;
		said = first = goal_span_add(g->started, &span);
	}
	if (due >= first && due <= said)
		return;
	words = g->val[GOAL_K_GOAL]->str + g->phrase.off;
	pos = goal_node_pos_at(g->val[GOAL_K_GOAL], g->phrase.off);
	report(run, g, &pos, "time-bound.due-mismatch", "the goal says "
	    "\"%.*s\" (%s) but due is %s", (int)g->phrase.len, words,
	    fmt_day(said, a), fmt_day(due, b));
}

static void
check_step(struct run *run, const struct goal *g)
{
	long	 due = own_due(g);
	char	 a[11], b[11];
	struct goal_pos pos;

	if (!has_key(g, GOAL_K_PLAN))
		report(run, g, &g->pos, "plan.step-no-plan", "step has no "
		    "plan: say how and when you will do it");
	if (!says_when(g))
		report(run, g, &g->pos, "plan.step-no-due", "step has no due "
		    "date of its own: give it one inside its parent's");
	if (due != GOAL_NODAY && g->parent->due != GOAL_NODAY &&
	    due > g->parent->due) {
		pos = due_pos(g);
		report(run, g, &pos, "plan.step-after-parent", "due %s is "
		    "after its parent's due %s", fmt_day(due, a),
		    fmt_day(g->parent->due, b));
	}
}

static const long horizon_years[] = { 0, 1, 5, 10 };

static void
check_time(struct run *run, const struct goal *g)
{
	long		 due = own_due(g), limit;
	char		 a[11], b[11];
	struct goal_pos	 pos;
	struct goal_cadence c;

	if (!says_when(g) && !goal_recurs(g, &c))
		report(run, g, &g->pos, "time-bound.no-deadline", "no "
		    "deadline: add due, or say when in the goal (\"by March "
		    "2027\", \"within 18 months\")");
	if (due == GOAL_NODAY || g->started == GOAL_NODAY)
		return;
	if (g->horizon != GOAL_HORIZON_NONE) {
		limit = goal_date_add(g->started, horizon_years[g->horizon],
		    GOAL_YEAR);
		if (due > limit) {
			pos = due_pos(g);
			report(run, g, &pos, "time-bound.beyond-horizon",
			    "due %s is beyond its %s horizon from %s",
			    fmt_day(due, a), goal_horizon_name(g->horizon),
			    fmt_day(g->started, b));
		}
	}
	if (g->nsteps == 0 && due > goal_date_add(g->started, 1, GOAL_YEAR))
		report(run, g, &g->pos, "plan.no-steps", "due more than a year "
		    "after it starts, and no steps: break it into "
		    "micro-goals");
}

/* Longer than a quarter: slower than goal(5)'s advice. */
static int
is_slow(const struct goal_span *s)
{
	switch (s->unit) {
	case GOAL_DAY:
		return s->n > 92;
	case GOAL_WEEK:
		return s->n > 13;
	case GOAL_MONTH:
		return s->n > 3;
	case GOAL_QUARTER:
		return s->n > 1;
	default:
		return 1;
	}
}

static void
check_habits(struct run *run, const struct goal *g)
{
	const struct goal_node	*review;
	struct goal_pos		 pos;
	long			 next;
	char			 a[11];

	if (!has_key(g, GOAL_K_AREA))
		report(run, g, &g->pos, "relevant.no-area", "no area: "
		    "earnings, knowledge, impact, responsibility or "
		    "experiences");
	if (!has_key(g, GOAL_K_WHY))
		report(run, g, &g->pos, "relevant.no-why", "no why: say how "
		    "it serves your career path");
	if (g->share == GOAL_PUBLIC) {
		pos = g->val[GOAL_K_SHARE]->pos;
		report(run, g, &pos, "habit.public", "shared publicly: "
		    "announced goals are less often reached; tell a small "
		    "circle");
	}
	if (g->buddy == NULL && !has_key(g, GOAL_K_BUDDY))
		report(run, g, &g->pos, "habit.no-buddy", "no buddy: name an "
		    "accountability buddy here or in the header");
	if (g->status == GOAL_ACTIVE &&
	    (next = goal_next_review(g, run->today)) < run->today)
		report(run, g, &g->pos, "habit.review-overdue", "review was "
		    "due %s, %ld days ago: review it with your buddy and set "
		    "reviewed", fmt_day(next, a), run->today - next);
	/* A slow header cadence is reported once, at the header. */
	review = g->val[GOAL_K_REVIEW];
	if (review == NULL && g->header_review_first)
		review = g->header->review;
	if (review != NULL && g->review.set && is_slow(&g->review.span))
		report(run, g, &review->pos, "habit.slow-review", "review "
		    "\"%s\" is slower than quarterly: review with your buddy "
		    "at least every quarter", review->str);
	if (!has_key(g, GOAL_K_REWARD))
		report(run, g, &g->pos, "habit.no-reward", "no reward: plan "
		    "how you will celebrate");
	if (g->status == GOAL_ACHIEVED && !has_key(g, GOAL_K_REFLECTION))
		report(run, g, &g->pos, "habit.no-reflection", "achieved, and "
		    "no reflection: what was hard, what was easy, who helped, "
		    "what you would do differently");
}

static void
walk(struct run *run, const struct goal *g)
{
	size_t	 i;

	check_dates(run, g);
	if (g->depth > 0)
		check_step(run, g);
	for (i = 0; i < g->nsteps; i++)
		walk(run, g->step[i]);
}

/*
 * Which nolint ids silenced a finding, as a set of (goal, rule) pairs
 * made in one pass over the findings: each marks, with its rule, the
 * goals from its own up that have a nolint.  Asking for an id is then a
 * lookup; a scan of every finding for every id, walking up from each
 * finding of the rule named, cost ids x findings x depth (10,000 ids of
 * a step and 10,000 findings 25 steps down: 6 to 9 s).
 */
struct used {
	const struct goal	*g;
	const char		*rule;
};

struct used_set {
	struct used	*v;
	size_t		 cap, n;
};

static struct used *
used_slot(const struct used_set *s, const struct goal *g, const char *rule)
{
	size_t	 h;

	h = (goal_str_hash(rule) ^ (size_t)((uintptr_t)g / sizeof(*g)) *
	    2654435761U) & (s->cap - 1);
	while (s->v[h].g != NULL &&
	    (s->v[h].g != g || strcmp(s->v[h].rule, rule) != 0))
		h = (h + 1) & (s->cap - 1);
	return &s->v[h];
}

static void
used_add(struct used_set *s, const struct goal *g, const char *rule)
{
	struct used	*old = s->v, *u;
	size_t		 i, oldcap = s->cap;

	if (2 * (s->n + 1) > s->cap) {
		s->cap = oldcap ? 2 * oldcap : 64;
		s->v = goal_xcalloc(s->cap, sizeof(*s->v));
		for (i = 0; i < oldcap; i++)
			if (old[i].g != NULL)
				*used_slot(s, old[i].g, old[i].rule) = old[i];
		free(old);
	}
	u = used_slot(s, g, rule);
	if (u->g == NULL) {
		u->g = g;
		u->rule = rule;
		s->n++;
	}
}

static int
used_has(const struct used_set *s, const struct goal *g, const char *rule)
{
	return s->cap > 0 && used_slot(s, g, rule)->g != NULL;
}

/*
 * The rule format.unused-nolint, looked up once a run and only when a
 * goal has a nolint id: most have none, and a lookup hashes the id.
 */
static const struct lint_rule *
unused_rule(struct run *run)
{
	if (!run->unused_found) {
		run->unused = lint_rule_find(run->lint, "format.unused-nolint");
		run->unused_found = 1;
	}
	return run->unused;
}

/*
 * format.unused-nolint for the nolint of a goal and of its steps: an id
 * that names no rule (a warning, with a did-you-mean), or that silenced
 * no finding of the goal and its steps (a note, whatever level the rule
 * has: the level is set here, which the limit flag tells
 * goal_lint_finish()).
 */
static void
check_nolint(struct run *run, const struct goal *g,
    const struct used_set *used)
{
	const struct goal_node	*v = g->val[GOAL_K_NOLINT], *id;
	const struct lint_rule	*r, *self = NULL;
	struct goal_diag	*diag;
	const char		*near;
	size_t			 i;

	/* Off, it is off for every goal: nothing to find below either. */
	if (v != NULL && v->n > 0 && ((self = unused_rule(run)) == NULL ||
	    lint_rule_level(self) == GOAL_OFF))
		return;
	for (i = 0; v != NULL && i < v->n; i++) {
		id = v->item[i];
		if (strcmp(id->str, self->id) == 0)
			continue;
		if ((r = lint_rule_find(run->lint, id->str)) == NULL) {
			near = goal_lint_suggest(run->lint, id->str);
			if (near != NULL)
				report(run, g, &id->pos, self->id, "nolint "
				    "\"%s\" names no rule: did you mean "
				    "\"%s\"?", id->str, near);
			else
				report(run, g, &id->pos, self->id, "nolint "
				    "\"%s\" names no rule (goal-lint "
				    "--list-rules lists them)", id->str);
			continue;
		}
		if (used_has(used, g, id->str) &&
		    lint_rule_level(r) != GOAL_OFF)
			continue;
		report(run, g, &id->pos, self->id, "nolint \"%s\" silences "
		    "nothing here: drop it", id->str);
		diag = &run->d->v[run->d->n - 1];
		diag->level = GOAL_NOTE;
		diag->limit = 1;
	}
	for (i = 0; i < g->nsteps; i++)
		check_nolint(run, g->step[i], used);
}

/*
 * After every other check and rule has run on a goal and its steps:
 * which of their nolint ids silenced something.  Silenced pattern rules
 * run too for that (goal_lint_finish() drops what they find).
 */
void
lint_nolint(struct goal_lint *l, const struct goal *g, struct goal_diags *d)
{
	struct run		 run = { l, d, 0, NULL, 0 };
	struct used_set		 used = { NULL, 0, 0 };
	const struct goal_diag	*diag;
	const struct goal	*s;
	size_t			 k;

	for (k = 0; k < d->n; k++) {
		diag = &d->v[k];
		for (s = diag->subject; s != NULL; s = s->parent)
			if (s->nolint != NULL)
				used_add(&used, s, diag->rule);
	}
	check_nolint(&run, g, &used);
	free(used.v);
}

/* The C checks over a top-level goal and its steps. */
void
lint_checks(struct goal_lint *l, const struct goal *g, long today,
    struct goal_diags *d)
{
	struct run	 run = { l, d, today, NULL, 0 };

	check_time(&run, g);
	check_habits(&run, g);
	walk(&run, g);
}
