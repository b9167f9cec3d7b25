/*
 * item.c: the items of goal-due(1), made from a top-level goal with
 * strings of their own, so that they outlive the reader's arena (reset
 * for every goal) and the items of several files can be merged.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

static const char *const kind_names[] = { "due", "period", "review",
	"reflect" };

/* How long ago an achievement may be to still ask for a reflection. */
#define REFLECT_WITHIN	90
/* And how long after it the reflection is due. */
#define REFLECT_AFTER	7

const char *
goal_item_kind_name(enum goal_item_kind k)
{
	return kind_names[k];
}

void
goal_items_init(struct goal_items *items)
{
	memset(items, 0, sizeof(*items));
}

static void
item_free(struct goal_item *it)
{
	free(it->owner);
	free(it->buddy);
	free(it->file);
	free(it->path);
	free(it->parent);
	free(it->text);
	free(it->plan);
	free(it->measure);
	free(it->why);
}

void
goal_items_free(struct goal_items *items)
{
	size_t	 i;

	for (i = 0; i < items->n; i++)
		item_free(&items->v[i]);
	free(items->v);
	goal_items_init(items);
}

/* A scalar's value as a string of its own; NULL for none. */
static char *
dup_node(const struct goal_node *v)
{
	if (v == NULL || v->kind != GOAL_SCALAR || v->len == 0)
		return NULL;
	return goal_xstrndup(v->str, v->len);
}

static int
has_shown_steps(const struct goal *g, enum goal_share level)
{
	size_t	 i;

	for (i = 0; i < g->nsteps; i++)
		if (goal_is_shared(g->step[i], level))
			return 1;
	return 0;
}

struct maker {
	struct goal_items		*items;
	long				 today;
	enum goal_share			 level;
	const struct goal_window	*w;
};

static struct goal_item *
item_new(struct maker *mk, const struct goal *g, long day,
    enum goal_item_kind kind)
{
	struct goal_items	*items = mk->items;
	struct goal_item	*it;
	const struct goal_header *h = g->header;

	if (items->n == items->cap) {
		items->cap = items->cap ? 2 * items->cap : 16;
		items->v = goal_xreallocarray(items->v, items->cap,
		    sizeof(*items->v));
	}
	it = &items->v[items->n++];
	memset(it, 0, sizeof(*it));
	it->day = day;
	it->kind = kind;
	it->owner = h != NULL ? dup_node(h->owner) : NULL;
	it->buddy = dup_node(g->buddy);
	it->file = goal_xstrdup(g->file);
	it->doc = h != NULL ? h->doc : 1;
	it->line = g->pos.line;
	it->path = goal_xstrdup(g->path);
	it->parent = g->parent ? goal_xstrdup(g->parent->path) : NULL;
	it->text = dup_node(g->val[GOAL_K_GOAL]);
	it->plan = dup_node(g->val[GOAL_K_PLAN]);
	it->measure = dup_node(g->val[GOAL_K_MEASURE]);
	it->why = dup_node(g->val[GOAL_K_WHY]);
	it->steps = has_shown_steps(g, mk->level);
	goal_progress(g, mk->level, &it->done, &it->total);
	it->status = g->status;
	it->achieved = g->achieved;
	it->remind = g->remind;
	it->anchor = it->until = GOAL_NODAY;
	return it;
}

/* Items outside the window are not kept: memory goes with what is shown. */
static struct goal_item *
add(struct maker *mk, const struct goal *g, long day, enum goal_item_kind kind)
{
	if (day == GOAL_NODAY || day < mk->w->first || day > mk->w->last)
		return NULL;
	return item_new(mk, g, day, kind);
}

static void
add_review(struct maker *mk, const struct goal *g)
{
	static const struct goal_span	 quarterly = { 1, GOAL_QUARTER };
	struct goal_item		*it;

	if ((it = add(mk, g, goal_next_review(g, mk->today),
	    GOAL_ITEM_REVIEW)) == NULL)
		return;
	it->every = g->review.set ? g->review.span : quarterly;
	it->anchor = g->reviewed != GOAL_NODAY ? g->reviewed : g->started;
	it->until = g->due;
}

static void
add_period(struct maker *mk, const struct goal *g)
{
	struct goal_cadence	 c;
	struct goal_period	 p;

	if (!goal_recurs(g, &c))
		return;
	goal_period_of(mk->today, c.unit, &p);
	add(mk, g, p.last, GOAL_ITEM_PERIOD);
}

/* A top-level goal achieved lately and not yet reflected on. */
static void
add_reflect(struct maker *mk, const struct goal *g)
{
	if (g->depth != 0 || g->status != GOAL_ACHIEVED ||
	    g->achieved == GOAL_NODAY || g->val[GOAL_K_REFLECTION] != NULL ||
	    g->achieved > mk->today || mk->today - g->achieved > REFLECT_WITHIN)
		return;
	add(mk, g, g->achieved + REFLECT_AFTER, GOAL_ITEM_REFLECT);
}

/*
 * A goal and its steps.  Only active goals give items; a step of an
 * inactive goal is inactive whatever its own status says.  For to-do
 * lists, achieved goals (under achieved or active ones) give their due
 * item too, marked done.
 */
static void
visit(struct maker *mk, const struct goal *g)
{
	size_t	 i;

	if (!goal_is_shared(g, mk->level))
		return;
	add_reflect(mk, g);
	if (g->status == GOAL_ACTIVE) {
		add(mk, g, g->due, GOAL_ITEM_DUE);
		add_period(mk, g);
		if (g->depth == 0)
			add_review(mk, g);
	} else if (g->status == GOAL_ACHIEVED && mk->w->completed)
		add(mk, g, g->due != GOAL_NODAY ? g->due : g->achieved,
		    GOAL_ITEM_DUE);
	else
		return;
	for (i = 0; i < g->nsteps; i++)
		if (g->status == GOAL_ACTIVE ||
		    g->step[i]->status == GOAL_ACHIEVED)
			visit(mk, g->step[i]);
}

void
goal_items_add(struct goal_items *items, const struct goal *g, long today,
    enum goal_share level, const struct goal_window *w)
{
	struct maker	 mk = { items, today, level, w };

	visit(&mk, g);
}

static int
cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
cmp_item(const void *pa, const void *pb)
{
	const struct goal_item	*a = pa, *b = pb;
	int			 c;

	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if ((c = cmp_str(a->owner, b->owner)) != 0)
		return c;
	if ((c = strcmp(a->path, b->path)) != 0)
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	/* The same goal in two files: keep the files' order stable. */
	if ((c = strcmp(a->file, b->file)) != 0)
		return c;
	return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* Date, then owner, then path, then kind (goal-due(1)). */
void
goal_items_sort(struct goal_items *items)
{
	if (items->n > 1)
		qsort(items->v, items->n, sizeof(*items->v), cmp_item);
}

static int
cmp_owner(const void *pa, const void *pb)
{
	return cmp_str(*(const char *const *)pa, *(const char *const *)pb);
}

/*
 * The owners of the items, each once, sorted ("none" is a NULL, first).
 * Sets *owners to an array the caller frees; returns how many.
 */
size_t
goal_items_owners(const struct goal_items *items, const char ***owners)
{
	const char	**v;
	size_t		 i, n = 0;

	v = goal_xreallocarray(NULL, items->n ? items->n : 1, sizeof(*v));
	for (i = 0; i < items->n; i++)
		v[i] = items->v[i].owner;
	qsort(v, items->n, sizeof(*v), cmp_owner);
	for (i = 0; i < items->n; i++)
		if (n == 0 || cmp_str(v[n - 1], v[i]) != 0)
			v[n++] = v[i];
	*owners = v;
	return n;
}

/* The fewest days a span may hold: a month is at least 28 days long. */
static long
span_days(const struct goal_span *s)
{
	static const long days[] = { 1, 7, 28, 89, 365 };

	return days[s->unit] * s->n;
}

/*
 * When the reminders of an item fire, in days before it: those of its
 * goal's remind key, else deflt (goal-due -r).  They are for the weeks
 * before a due date or a review; a review's reminders must fall after the
 * review before it.  Other items have none.
 */
size_t
goal_item_reminders(const struct goal_item *it,
    const struct goal_remind *deflt, long days[GOAL_MAX_REMIND])
{
	const struct goal_remind	*r;
	size_t				 i, n = 0;

	if (it->kind != GOAL_ITEM_DUE && it->kind != GOAL_ITEM_REVIEW)
		return 0;
	r = it->remind.n > 0 ? &it->remind : deflt;
	for (i = 0; i < r->n && i < GOAL_MAX_REMIND; i++) {
		if (it->kind == GOAL_ITEM_REVIEW &&
		    span_days(&r->v[i]) >= span_days(&it->every))
			continue;
		days[n++] = span_days(&r->v[i]);
	}
	return n;
}
