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

/*
 * An item: its day, and its goal's record in the text with its kind in
 * the low bits (records are 8-aligned).  The goal's items share that
 * record and its strings: sixteen bytes an item, where hundreds of
 * thousands of items may be kept to be sorted.
 */
struct goal_item_rec {
	long		 day;
	size_t		 ref;
};

#define KIND_MASK	((size_t)7)
/* No string: the text starts with a word of padding, never a string. */
#define NONE		((size_t)0)

/* Which strings follow a goal's path in its record, in this order. */
#define HAS_PARENT	0x01
#define HAS_TEXT	0x02
#define HAS_PLAN	0x04
#define HAS_MEASURE	0x08
#define HAS_WHY		0x10

/* What a goal's items have in common, followed by its strings. */
struct item_goal {
	size_t		 owner;		/* offsets in the text; NONE: none */
	size_t		 file;
	size_t		 buddy;
	unsigned long	 line;
	size_t		 done;
	size_t		 total;
	long		 achieved;
	struct goal_span every;		/* its review's series */
	long		 anchor;
	long		 until;
	int		 doc;
	unsigned short	 remind[GOAL_MAX_REMIND];
	unsigned char	 nremind;
	unsigned char	 status;
	unsigned char	 steps;
	unsigned char	 has;
};

/* Owner, file and buddy are kept once while they repeat. */
enum { LAST_OWNER, LAST_FILE, LAST_BUDDY };

void
goal_items_init(struct goal_items *items)
{
	memset(items, 0, sizeof(*items));
}

void
goal_items_free(struct goal_items *items)
{
	free(items->v);
	free(items->text);
	goal_items_init(items);
}

/*
 * Room for n bytes at the end of the text, 8-aligned when align is set;
 * returns their offset.  The text moves: offsets, never pointers, are
 * kept while items are added.
 */
static size_t
text_room(struct goal_items *items, size_t n, int align)
{
	size_t	 off = items->len, cap;

	if (off == 0)
		off = KIND_MASK + 1;
	if (align)
		off = (off + KIND_MASK) & ~KIND_MASK;
	if (off + n > items->textcap) {
		cap = items->textcap ? 2 * items->textcap : 4096;
		while (cap < off + n)
			cap *= 2;
		items->text = goal_xrealloc(items->text, cap);
		items->textcap = cap;
	}
	items->len = off + n;
	return off;
}

/* A scalar's value, or NULL for none. */
static const char *
text_of(const struct goal_node *v)
{
	if (v == NULL || v->kind != GOAL_SCALAR || v->len == 0)
		return NULL;
	return v->str;
}

/* A string kept once while it repeats from one goal to the next. */
static size_t
keep_shared(struct goal_items *items, int which, const char *s)
{
	size_t	*last = &items->last[which], len, off;

	if (s == NULL)
		return NONE;
	if (*last != NONE && strcmp(items->text + *last, s) == 0)
		return *last;
	len = strlen(s) + 1;
	off = text_room(items, len, 0);
	memcpy(items->text + off, s, len);
	*last = off;
	return off;
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
	const struct goal		*g;	/* the goal of the record at */
	size_t				 at;
};

static struct item_goal *
goal_at(const struct goal_items *items, size_t off)
{
	return (struct item_goal *)(void *)(items->text + off);
}

/* The strings a goal's record keeps after its path, HAS_ order. */
static int
details_of(const struct goal *g, int details, const char *s[5])
{
	const struct goal	*up = dated_ancestor(g);
	int			 has = 0, i;

	s[0] = up != NULL ? up->path : NULL;
	s[1] = text_of(g->val[GOAL_K_GOAL]);
	s[2] = details ? text_of(g->val[GOAL_K_PLAN]) : NULL;
	s[3] = details ? text_of(g->val[GOAL_K_MEASURE]) : NULL;
	s[4] = details ? text_of(g->val[GOAL_K_WHY]) : NULL;
	for (i = 0; i < 5; i++)
		if (s[i] != NULL)
			has |= 1 << i;
	return has;
}

/*
 * The record of a goal that gives an item, made at its first: what its
 * items share, and its strings (only calendars show plan, measure and
 * why).  Returns its offset.
 */
static size_t
goal_record(struct maker *mk, const struct goal *g)
{
	struct goal_items	*items = mk->items;
	const struct goal_header *h = g->header;
	struct item_goal	 r;
	const char		*s[5];
	size_t			 len[6], total, off, i;
	char			*p;

	memset(&r, 0, sizeof(r));
	r.owner = keep_shared(items, LAST_OWNER, h != NULL ?
	    text_of(h->owner) : NULL);
	r.file = keep_shared(items, LAST_FILE, g->file);
	r.buddy = keep_shared(items, LAST_BUDDY, text_of(g->buddy));
	r.line = g->pos.line;
	goal_progress(g, mk->level, &r.done, &r.total);
	r.achieved = g->achieved;
	r.anchor = r.until = GOAL_NODAY;
	r.doc = h != NULL ? h->doc : 1;
	for (i = 0; i < g->remind.n; i++)
		r.remind[i] = (unsigned short)span_days(&g->remind.v[i]);
	r.nremind = (unsigned char)g->remind.n;
	r.status = (unsigned char)g->status;
	r.steps = (unsigned char)has_shown_steps(g, mk->level);
	r.has = (unsigned char)details_of(g, mk->w->details, s);

	total = sizeof(r) + (len[0] = strlen(g->path) + 1);
	for (i = 0; i < 5; i++)
		total += (len[i + 1] = s[i] != NULL ? strlen(s[i]) + 1 : 0);
	off = text_room(items, total, 1);
	p = items->text + off;
	memcpy(p, &r, sizeof(r));
	p += sizeof(r);
	memcpy(p, g->path, len[0]);
	p += len[0];
	for (i = 0; i < 5; i++) {
		if (s[i] != NULL)
			memcpy(p, s[i], len[i + 1]);
		p += len[i + 1];
	}
	return off;
}

static struct item_goal *
item_new(struct maker *mk, const struct goal *g, long day,
    enum goal_item_kind kind)
{
	struct goal_items	*items = mk->items;
	struct goal_item_rec	*it;

	if (mk->g != g) {
		mk->at = goal_record(mk, g);
		mk->g = g;
	}
	if (items->n == items->cap) {
		items->cap = items->cap ? 2 * items->cap : 64;
		items->v = goal_xreallocarray(items->v, items->cap,
		    sizeof(*items->v));
	}
	it = &items->v[items->n++];
	it->day = day;
	it->ref = mk->at | (size_t)kind;
	return goal_at(items, mk->at);
}

/* Items outside the window are not kept: memory goes with what is shown. */
static struct item_goal *
add(struct maker *mk, const struct goal *g, long day, enum goal_item_kind kind)
{
	if (day == GOAL_NODAY || day < mk->w->first || day > mk->w->last)
		return NULL;
	return item_new(mk, g, day, kind);
}

/* A goal has one review: its series is kept with the goal. */
static void
add_review(struct maker *mk, const struct goal *g)
{
	static const struct goal_span	 quarterly = { 1, GOAL_QUARTER };
	struct item_goal		*r;

	if ((r = add(mk, g, goal_next_review(g, mk->today),
	    GOAL_ITEM_REVIEW)) == NULL)
		return;
	r->every = g->review.set ? g->review.span : quarterly;
	r->anchor = g->reviewed != GOAL_NODAY ? g->reviewed : g->started;
	r->until = g->due;
}

static void
add_period(struct maker *mk, const struct goal *g)
{
	struct goal_cadence	 c;
	struct goal_period	 p;

	/*
	 * No period before the goal starts, as goal-split -b cuts it; and
	 * none in the period holding the due date, which ends the goal's
	 * last period: the due item says it on that day.  The period holding
	 * today ends today or later, whatever the cadence: what that decides
	 * is decided before the sentence is read for one.
	 */
	if (g->started != GOAL_NODAY && mk->today < g->started)
		return;
	if ((g->due != GOAL_NODAY && g->due <= mk->today) ||
	    mk->today > mk->w->last)
		return;
	if (!goal_recurs(g, &c))
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
	struct maker	 mk = { items, today, level, w, NULL, 0 };

	visit(&mk, g);
}

/* A kept string, NULL for none. */
static char *
str_at(const struct goal_items *items, size_t off)
{
	return off != NONE ? items->text + off : NULL;
}

/* The next of a record's strings, when it has it. */
static char *
next_str(char **p, int has)
{
	char	*s = *p;

	if (!has)
		return NULL;
	*p += strlen(s) + 1;
	return s;
}

/* Item i whole, its strings in items until they are freed. */
void
goal_items_get(const struct goal_items *items, size_t i,
    struct goal_item *it)
{
	const struct goal_item_rec	*rec = &items->v[i];
	const struct item_goal		*r;
	char				*p;

	r = goal_at(items, rec->ref & ~KIND_MASK);
	memset(it, 0, sizeof(*it));
	it->day = rec->day;
	it->kind = (enum goal_item_kind)(rec->ref & KIND_MASK);
	it->owner = str_at(items, r->owner);
	it->buddy = str_at(items, r->buddy);
	it->file = str_at(items, r->file);
	it->doc = r->doc;
	it->line = r->line;
	p = (char *)(void *)(r + 1);
	it->path = next_str(&p, 1);
	it->parent = next_str(&p, r->has & HAS_PARENT);
	it->text = next_str(&p, r->has & HAS_TEXT);
	it->plan = next_str(&p, r->has & HAS_PLAN);
	it->measure = next_str(&p, r->has & HAS_MEASURE);
	it->why = next_str(&p, r->has & HAS_WHY);
	it->steps = r->steps;
	it->done = r->done;
	it->total = r->total;
	it->status = (enum goal_status)r->status;
	it->achieved = r->achieved;
	memcpy(it->remind, r->remind, sizeof(it->remind));
	it->nremind = r->nremind;
	it->anchor = it->until = GOAL_NODAY;
	if (it->kind == GOAL_ITEM_REVIEW) {
		it->every = r->every;
		it->anchor = r->anchor;
		it->until = r->until;
	}
}

static int
cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/*
 * Date, then owner, then path, then kind, then file and document; the
 * same goal twice in one file keeps the order it was read in, as a
 * stable sort would: records are made in that order.
 */
static int
cmp_rec(const struct goal_items *items, const struct goal_item_rec *a,
    const struct goal_item_rec *b)
{
	const struct item_goal	*ga, *gb;
	size_t			 ka = a->ref & KIND_MASK, kb = b->ref & KIND_MASK;
	int			 c;

	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	ga = goal_at(items, a->ref & ~KIND_MASK);
	gb = goal_at(items, b->ref & ~KIND_MASK);
	if (ga->owner != gb->owner && (c = cmp_str(str_at(items, ga->owner),
	    str_at(items, gb->owner))) != 0)
		return c;
	if (ga != gb && (c = strcmp((const char *)(ga + 1),
	    (const char *)(gb + 1))) != 0)
		return c;
	if (ka != kb)
		return ka < kb ? -1 : 1;
	if (ga->file != gb->file && (c = strcmp(items->text + ga->file,
	    items->text + gb->file)) != 0)
		return c;
	if (ga->doc != gb->doc)
		return ga->doc < gb->doc ? -1 : 1;
	return a->ref < b->ref ? -1 : a->ref > b->ref;
}

/* Runs this short are sorted by insertion. */
#define SORT_RUN	16

static void
sort_recs(const struct goal_items *items, struct goal_item_rec *v,
    struct goal_item_rec *tmp, size_t n)
{
	struct goal_item_rec	 x;
	size_t			 i, j, k, half;

	if (n <= SORT_RUN) {
		for (i = 1; i < n; i++) {
			x = v[i];
			for (j = i; j > 0 && cmp_rec(items, &v[j - 1], &x) > 0;
			    j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	half = n / 2;
	sort_recs(items, v, tmp, half);
	sort_recs(items, v + half, tmp, n - half);
	/* Already in order, as items of one day often are. */
	if (cmp_rec(items, &v[half - 1], &v[half]) <= 0)
		return;
	memcpy(tmp, v, half * sizeof(*v));
	for (i = 0, j = half, k = 0; i < half && j < n; k++)
		v[k] = cmp_rec(items, &v[j], &tmp[i]) < 0 ? v[j++] : tmp[i++];
	while (i < half)
		v[k++] = tmp[i++];
}

/*
 * Date, then owner, then path, then kind (goal-due(1)).  A merge sort
 * of the records, whose order is total: the result is the one order.
 */
void
goal_items_sort(struct goal_items *items)
{
	struct goal_item_rec	*tmp;

	if (items->n < 2)
		return;
	tmp = goal_xreallocarray(NULL, items->n / 2 + 1, sizeof(*tmp));
	sort_recs(items, items->v, tmp, items->n);
	free(tmp);
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
	const char	**v, *o;
	size_t		 i, m, n = 0, last = NONE;

	v = goal_xreallocarray(NULL, items->n ? items->n : 1, sizeof(*v));
	/* Most items have the owner of the one before: sort fewer. */
	for (i = 0; i < items->n; i++) {
		m = goal_at(items, items->v[i].ref & ~KIND_MASK)->owner;
		if (n > 0 && m == last)
			continue;
		o = str_at(items, m);
		if (n == 0 || cmp_str(v[n - 1], o) != 0)
			v[n++] = o;
		last = m;
	}
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
