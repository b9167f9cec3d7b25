/*
 * item.c: the items of goal-due(1), made from a top-level goal with
 * strings of their own, so that they outlive the reader's arena (reset
 * for every goal) and the items of several files can be merged.
 */
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

/* The strings of an item are one block that starts with its path. */
static void
item_free(struct goal_item *it)
{
	free(it->path);
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

/* A string an item keeps, and where its copy goes. */
struct piece {
	const char	*s;
	size_t		 len;
	char		**dst;
};

static void
piece(struct piece *pc, const char *s, char **dst)
{
	pc->s = s;
	pc->len = s != NULL ? strlen(s) : 0;
	pc->dst = dst;
}

/* A scalar's value, or NULL for none. */
static const char *
text_of(const struct goal_node *v)
{
	if (v == NULL || v->kind != GOAL_SCALAR || v->len == 0)
		return NULL;
	return v->str;
}

/*
 * The nearest ancestor that has a due item, which a to-do list relates
 * a step to: a parent without a date has no to-do to name.
 */
static const struct goal *
dated_ancestor(const struct goal *g)
{
	const struct goal	*p;

	for (p = g->parent; p != NULL; p = p->parent)
		if (p->due != GOAL_NODAY || (p->status == GOAL_ACHIEVED &&
		    p->achieved != GOAL_NODAY))
			return p;
	return NULL;
}

/*
 * Copies the strings an item keeps into one block, path first: one
 * allocation an item, where hundreds of thousands of items may be kept.
 * Only calendars show the details (plan, measure, why).
 */
static void
copy_strings(struct goal_item *it, const struct goal *g, int details)
{
	const struct goal	*up = dated_ancestor(g);
	struct piece		 pc[9];
	size_t			 total = 0, i;
	char			*p;

	piece(&pc[0], g->path, &it->path);
	piece(&pc[1], up != NULL ? up->path : NULL, &it->parent);
	piece(&pc[2], g->file, &it->file);
	piece(&pc[3], g->header ? text_of(g->header->owner) : NULL,
	    &it->owner);
	piece(&pc[4], text_of(g->buddy), &it->buddy);
	piece(&pc[5], text_of(g->val[GOAL_K_GOAL]), &it->text);
	piece(&pc[6], details ? text_of(g->val[GOAL_K_PLAN]) : NULL,
	    &it->plan);
	piece(&pc[7], details ? text_of(g->val[GOAL_K_MEASURE]) : NULL,
	    &it->measure);
	piece(&pc[8], details ? text_of(g->val[GOAL_K_WHY]) : NULL, &it->why);
	for (i = 0; i < 9; i++)
		total += pc[i].s ? pc[i].len + 1 : 0;
	p = goal_xmalloc(total);
	for (i = 0; i < 9; i++) {
		*pc[i].dst = NULL;
		if (pc[i].s == NULL)
			continue;
		memcpy(p, pc[i].s, pc[i].len + 1);
		*pc[i].dst = p;
		p += pc[i].len + 1;
	}
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

/* The fewest days a span may hold: a month is at least 28 days long. */
static long
span_days(const struct goal_span *s)
{
	static const long days[] = { 1, 7, 28, 89, 365 };

	return days[s->unit] * s->n;
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
	size_t			 i;

	if (items->n == items->cap) {
		items->cap = items->cap ? 2 * items->cap : 16;
		items->v = goal_xreallocarray(items->v, items->cap,
		    sizeof(*items->v));
	}
	it = &items->v[items->n++];
	memset(it, 0, sizeof(*it));
	it->day = day;
	it->kind = kind;
	it->doc = h != NULL ? h->doc : 1;
	it->line = g->pos.line;
	copy_strings(it, g, mk->w->details);
	it->steps = has_shown_steps(g, mk->level);
	goal_progress(g, mk->level, &it->done, &it->total);
	it->status = g->status;
	it->achieved = g->achieved;
	for (i = 0; i < g->remind.n; i++)
		it->remind[i] = (unsigned short)span_days(&g->remind.v[i]);
	it->nremind = (unsigned char)g->remind.n;
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
	/*
	 * No period before the goal starts, as goal-split -b cuts it; and
	 * none in the period holding the due date, which ends the goal's
	 * last period: the due item says it on that day.
	 */
	if (g->started != GOAL_NODAY && mk->today < g->started)
		return;
	goal_period_of(mk->today, c.unit, &p);
	if (g->due != GOAL_NODAY && g->due <= p.last)
		return;
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
	size_t		 i, m, n = 0;

	v = goal_xreallocarray(NULL, items->n ? items->n : 1, sizeof(*v));
	/* Most items have the owner of the one before: sort fewer. */
	for (i = 0; i < items->n; i++)
		if (n == 0 || cmp_str(v[n - 1], items->v[i].owner) != 0)
			v[n++] = items->v[i].owner;
	qsort(v, n, sizeof(*v), cmp_owner);
	m = n;
	for (i = n = 0; i < m; i++)
		if (n == 0 || cmp_str(v[n - 1], v[i]) != 0)
			v[n++] = v[i];
	*owners = v;
	return n;
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
	size_t	 i, n = 0;
	long	 d;

	if (it->kind != GOAL_ITEM_DUE && it->kind != GOAL_ITEM_REVIEW)
		return 0;
	for (i = 0; i < (it->nremind ? it->nremind : deflt->n) &&
	    i < GOAL_MAX_REMIND; i++) {
		d = it->nremind ? it->remind[i] : span_days(&deflt->v[i]);
		if (it->kind == GOAL_ITEM_REVIEW && d >= span_days(&it->every))
			continue;
		days[n++] = d;
	}
	return n;
}
