/*
 * item.c: the items of goal-due(1), made from a top-level goal with
 * strings of their own, so that they outlive the reader's arena (reset
 * for every goal) and the items of several files can be merged.
 */
#include <stdint.h>
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
 * An item: its day, its goal's key in the keys and its goal's record in
 * the text, with its kind in the low bits.  The goal's items share the
 * key and the record: sixteen bytes an item, where hundreds of thousands
 * of items may be kept to be sorted.  Sorting reads the keys (owner and
 * path), kept apart from the records' strings so that they stay in
 * cache: in one text, each comparison of a day's items was a miss.
 */
struct goal_item_rec {
	int32_t		 day;		/* goal(5)'s days fit: years 1-9999 */
	uint32_t	 key;
	size_t		 ref;
};

#define KIND_BITS	2
#define KIND_MASK	((size_t)3)
/* No string: the text starts with a byte of padding, never a string. */
#define NONE		((size_t)0)

/*
 * A goal's key and record are packed, numbers in 7-bit groups (most are
 * small: offsets of the strings kept once, counts, lines).  The key:
 *	owner				offset of a string kept once
 *	path, NUL
 *	file, doc			the same; its document's number
 * The record:
 *	has, status			HAS_ bits; enum goal_status
 *	buddy, line, done, total
 *	achieved			when HAS_ACHIEVED
 *	nremind, remind[]		days before
 *	every.n, every.unit, anchor, until	when HAS_REVIEW
 *	parent, text, plan, measure, why	each with its HAS_ bit, NUL-ended
 * A long is kept zigzagged: GOAL_NODAY is negative.
 */
#define HAS_PARENT	0x01
#define HAS_TEXT	0x02
#define HAS_PLAN	0x04
#define HAS_MEASURE	0x08
#define HAS_WHY		0x10
#define HAS_ACHIEVED	0x20
#define HAS_REVIEW	0x40
#define HAS_STEPS	0x80

/* A goal's record unpacked: what goal_items_get() and sorting read. */
struct item_goal {
	size_t		 owner;		/* offsets in the text; NONE: none */
	size_t		 file;
	size_t		 doc;
	const char	*path;
	unsigned	 has;
	unsigned	 status;
	size_t		 buddy;
	size_t		 line;
	size_t		 done;
	size_t		 total;
	long		 achieved;
	size_t		 nremind;
	size_t		 remind[GOAL_MAX_REMIND];
	struct goal_span every;		/* its review's series */
	long		 anchor;
	long		 until;
	const char	*strings;	/* parent, text... as has says */
};

/* The most bytes put_num() writes. */
#define NUM_MAX		10

static unsigned char *
put_num(unsigned char *p, size_t v)
{
	while (v >= 0x80) {
		*p++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*p++ = (unsigned char)v;
	return p;
}

static size_t
get_num(const unsigned char **pp)
{
	const unsigned char	*p = *pp;
	size_t			 v = 0;
	unsigned		 shift = 0;

	while (*p & 0x80) {
		v |= (size_t)(*p++ & 0x7F) << shift;
		shift += 7;
	}
	v |= (size_t)*p++ << shift;
	*pp = p;
	return v;
}

static unsigned char *
put_long(unsigned char *p, long v)
{
	unsigned long	 u = (unsigned long)v;

	return put_num(p, (size_t)(v < 0 ? ~(u << 1) : u << 1));
}

static long
get_long(const unsigned char **pp)
{
	size_t	 u = get_num(pp);

	return (u & 1) ? (long)~(u >> 1) : (long)(u >> 1);
}

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
	free(items->keys);
	if (items->files != NULL)
		idset_free(items->files);
	free(items->files);
	goal_items_init(items);
}

/* The goals added from now on are another read's (of a file, or again). */
void
goal_items_read(struct goal_items *items)
{
	items->reads++;
}

/*
 * A read's first record: its goals may have the paths of an earlier
 * read's when their files have one base name, which is what a calendar's
 * UID holds of the file.
 */
static void
first_of_read(struct goal_items *items, const char *file)
{
	const char	*base = goal_base_name(file);

	items->read_of_last = items->reads;
	if (items->files == NULL) {
		items->files = goal_xmalloc(sizeof(*items->files));
		idset_init(items->files);
	}
	if (idset_add(items->files, base, strlen(base), 1) != 0)
		items->may_repeat = 1;
}

/*
 * Room for n bytes at the end of a growing buffer; returns their offset.
 * The buffer moves: offsets, never pointers, are kept while items are
 * added.  Offset 0 is never given: it is NONE.
 */
static size_t
room(char **buf, size_t *len, size_t *cap, size_t n)
{
	size_t	 off = *len ? *len : 1, c;

	if (off + n > *cap) {
		c = *cap ? 2 * *cap : 4096;
		while (c < off + n)
			c *= 2;
		*buf = goal_xrealloc(*buf, c);
		*cap = c;
	}
	*len = off + n;
	return off;
}

static size_t
text_room(struct goal_items *items, size_t n)
{
	return room(&items->text, &items->len, &items->textcap, n);
}

/* A key's offset is kept in 32 bits: past them, memory is spent. */
static size_t
key_room(struct goal_items *items, size_t n)
{
	if (items->keylen + n > UINT32_MAX)
		goal_nomem();
	return room(&items->keys, &items->keylen, &items->keycap, n);
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
	off = text_room(items, len);
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
	size_t				 key;	/* and of its key */
	/* the next review of the goal visited, when it gives an item */
	long				 review;
};

/* The strings a goal's record keeps after its numbers, HAS_ order. */
static unsigned
details_of(const struct goal *g, int details, const char *s[5])
{
	const struct goal	*up = dated_ancestor(g);
	unsigned		 has = 0, i;

	s[0] = up != NULL ? up->path : NULL;
	s[1] = text_of(g->val[GOAL_K_GOAL]);
	s[2] = details ? text_of(g->val[GOAL_K_PLAN]) : NULL;
	s[3] = details ? text_of(g->val[GOAL_K_MEASURE]) : NULL;
	s[4] = details ? text_of(g->val[GOAL_K_WHY]) : NULL;
	for (i = 0; i < 5; i++)
		if (s[i] != NULL)
			has |= 1U << i;
	return has;
}

/* The numbers of a goal's record after its path, packed at p. */
static unsigned char *
put_numbers(unsigned char *p, struct maker *mk, const struct goal *g,
    unsigned has, size_t buddy)
{
	static const struct goal_span	 quarterly = { 1, GOAL_QUARTER };
	const struct goal_span		*every;
	size_t				 done, total, i;

	goal_progress(g, mk->level, &done, &total);
	*p++ = (unsigned char)has;
	*p++ = (unsigned char)g->status;
	p = put_num(p, buddy);
	p = put_num(p, g->pos.line);
	p = put_num(p, done);
	p = put_num(p, total);
	if (has & HAS_ACHIEVED)
		p = put_long(p, g->achieved);
	p = put_num(p, g->remind.n);
	for (i = 0; i < g->remind.n; i++)
		p = put_num(p, (unsigned short)span_days(&g->remind.v[i]));
	if (has & HAS_REVIEW) {
		/* What add_review() needs: a top-level goal's review. */
		every = g->review.set ? &g->review.span : &quarterly;
		p = put_num(p, (size_t)every->n);
		*p++ = (unsigned char)every->unit;
		p = put_long(p, g->reviewed != GOAL_NODAY ? g->reviewed :
		    g->started);
		p = put_long(p, g->due);
	}
	return p;
}

/* A goal's key: what sorting reads first.  Returns its offset. */
static size_t
goal_key(struct goal_items *items, const struct goal *g, size_t owner,
    size_t file)
{
	const struct goal_header *h = g->header;
	size_t			 len = strlen(g->path) + 1, off;
	unsigned char		*q;

	off = key_room(items, 3 * NUM_MAX + len);
	q = put_num((unsigned char *)items->keys + off, owner);
	memcpy(q, g->path, len);
	q = put_num(q + len, file);
	q = put_num(q, (size_t)(h != NULL ? h->doc : 1));
	/* Give back what the numbers did not take. */
	items->keylen = (size_t)(q - (unsigned char *)items->keys);
	return off;
}

/*
 * The key and the record of a goal that gives an item, made at its
 * first: what its items share, and its strings (only calendars show
 * plan, measure and why).  Sets *key; returns the record's offset.
 */
static size_t
goal_record(struct maker *mk, const struct goal *g, size_t *key)
{
	struct goal_items	*items = mk->items;
	const struct goal_header *h = g->header;
	unsigned char		*q;
	const char		*s[5];
	size_t			 len[5], owner, file, buddy, n, off, i;
	unsigned		 has;

	owner = keep_shared(items, LAST_OWNER, h != NULL ?
	    text_of(h->owner) : NULL);
	file = keep_shared(items, LAST_FILE, g->file);
	buddy = keep_shared(items, LAST_BUDDY, text_of(g->buddy));
	*key = goal_key(items, g, owner, file);
	has = details_of(g, mk->w->details, s);
	if (g->achieved != GOAL_NODAY)
		has |= HAS_ACHIEVED;
	if (mk->review != GOAL_NODAY)
		has |= HAS_REVIEW;
	if (has_shown_steps(g, mk->level))
		has |= HAS_STEPS;

	/* The numbers: at most this many bytes. */
	n = 2 + 10 * NUM_MAX + (GOAL_MAX_REMIND + 1) * NUM_MAX;
	for (i = 0; i < 5; i++)
		n += (len[i] = s[i] != NULL ? strlen(s[i]) + 1 : 0);
	off = text_room(items, n);
	q = (unsigned char *)items->text + off;
	q = put_numbers(q, mk, g, has, buddy);
	for (i = 0; i < 5; i++) {
		if (s[i] != NULL)
			memcpy(q, s[i], len[i]);
		q += len[i];
	}
	/* Give back what the numbers did not take. */
	items->len = (size_t)(q - (unsigned char *)items->text);
	return off;
}

static int
item_new(struct maker *mk, const struct goal *g, long day,
    enum goal_item_kind kind)
{
	struct goal_items	*items = mk->items;
	struct goal_item_rec	*it;

	if (mk->g != g) {
		if (items->files == NULL || items->read_of_last != items->reads)
			first_of_read(items, g->file);
		mk->at = goal_record(mk, g, &mk->key);
		mk->g = g;
	}
	if (items->n == items->cap) {
		items->cap = items->cap ? 2 * items->cap : 64;
		items->v = goal_xreallocarray(items->v, items->cap,
		    sizeof(*items->v));
	}
	it = &items->v[items->n++];
	it->day = (int32_t)day;
	it->key = (uint32_t)mk->key;
	it->ref = mk->at << KIND_BITS | (size_t)kind;
	return 1;
}

static int
in_window(const struct maker *mk, long day)
{
	return day != GOAL_NODAY && day >= mk->w->first && day <= mk->w->last;
}

/* Items outside the window are not kept: memory goes with what is shown. */
static int
add(struct maker *mk, const struct goal *g, long day, enum goal_item_kind kind)
{
	if (!in_window(mk, day))
		return 0;
	return item_new(mk, g, day, kind);
}

/*
 * A top-level goal's next review, known before its first item is made:
 * its record keeps the review's series only when it gives an item.
 */
static void
find_review(struct maker *mk, const struct goal *g)
{
	long	 day = GOAL_NODAY;

	if (g->depth == 0 && g->status == GOAL_ACTIVE)
		day = goal_next_review(g, mk->today);
	mk->review = in_window(mk, day) ? day : GOAL_NODAY;
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
	if (g->path_repeats)
		mk->items->may_repeat = 1;
	find_review(mk, g);
	add_reflect(mk, g);
	if (g->status == GOAL_ACTIVE) {
		add(mk, g, g->due, GOAL_ITEM_DUE);
		add_period(mk, g);
		if (mk->review != GOAL_NODAY)
			add(mk, g, mk->review, GOAL_ITEM_REVIEW);
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
	struct maker	 mk = { items, today, level, w, NULL, 0, 0, GOAL_NODAY };

	visit(&mk, g);
}

/* A kept string, NULL for none. */
static char *
str_at(const struct goal_items *items, size_t off)
{
	return off != NONE ? items->text + off : NULL;
}

/* The first of a key: owner and path, which sorting reads first. */
static void
unpack_head(const struct goal_items *items, size_t key, struct item_goal *r)
{
	const unsigned char	*p;

	p = (const unsigned char *)items->keys + key;
	r->owner = get_num(&p);
	r->path = (const char *)p;
}

/* Then file and doc.  Returns where the key ends: the next key, if any. */
static const char *
unpack_place(struct item_goal *r)
{
	const unsigned char	*p;

	p = (const unsigned char *)r->path + strlen(r->path) + 1;
	r->file = get_num(&p);
	r->doc = get_num(&p);
	return (const char *)p;
}

static void
unpack(const struct goal_items *items, const struct goal_item_rec *rec,
    struct item_goal *r)
{
	const unsigned char	*p;
	size_t			 i;

	unpack_head(items, rec->key, r);
	unpack_place(r);
	p = (const unsigned char *)items->text + (rec->ref >> KIND_BITS);
	r->has = *p++;
	r->status = *p++;
	r->buddy = get_num(&p);
	r->line = get_num(&p);
	r->done = get_num(&p);
	r->total = get_num(&p);
	r->achieved = r->has & HAS_ACHIEVED ? get_long(&p) : GOAL_NODAY;
	r->anchor = r->until = GOAL_NODAY;
	r->nremind = get_num(&p);
	for (i = 0; i < r->nremind; i++)
		r->remind[i] = get_num(&p);
	if (r->has & HAS_REVIEW) {
		r->every.n = (long)get_num(&p);
		r->every.unit = (enum goal_unit)*p++;
		r->anchor = get_long(&p);
		r->until = get_long(&p);
	}
	r->strings = (const char *)p;
}

/* The next of a record's strings, when it has it. */
static char *
next_str(const char **p, unsigned has)
{
	const char	*s = *p;

	if (!has)
		return NULL;
	*p += strlen(s) + 1;
	return (char *)(uintptr_t)s;
}

/*
 * Asks for item i's key and record to be brought to the cache.  Writers
 * take the items in order and read them from all over the texts; each
 * item written leaves time enough to fetch one a few places on.
 */
#define PREFETCH_AHEAD	4

static void
prefetch(const struct goal_items *items, size_t i)
{
	if (i < items->n) {
		goal_prefetch(items->keys + items->v[i].key);
		goal_prefetch(items->text + (items->v[i].ref >> KIND_BITS));
	}
}

/* Item i whole, its strings in items until they are freed. */
void
goal_items_get(const struct goal_items *items, size_t i,
    struct goal_item *it)
{
	const struct goal_item_rec	*rec = &items->v[i];
	struct item_goal		 r;
	const char			*p;
	size_t				 k;

	prefetch(items, i + PREFETCH_AHEAD);
	unpack(items, rec, &r);
	memset(it, 0, sizeof(*it));
	it->day = rec->day;
	it->kind = (enum goal_item_kind)(rec->ref & KIND_MASK);
	it->owner = str_at(items, r.owner);
	it->buddy = str_at(items, r.buddy);
	it->file = str_at(items, r.file);
	it->doc = (int)r.doc;
	it->line = r.line;
	it->path = (char *)(uintptr_t)r.path;
	p = r.strings;
	it->parent = next_str(&p, r.has & HAS_PARENT);
	it->text = next_str(&p, r.has & HAS_TEXT);
	it->plan = next_str(&p, r.has & HAS_PLAN);
	it->measure = next_str(&p, r.has & HAS_MEASURE);
	it->why = next_str(&p, r.has & HAS_WHY);
	it->steps = (r.has & HAS_STEPS) != 0;
	it->done = r.done;
	it->total = r.total;
	it->status = (enum goal_status)r.status;
	it->achieved = r.achieved;
	for (k = 0; k < r.nremind; k++)
		it->remind[k] = (unsigned short)r.remind[k];
	it->nremind = (unsigned char)r.nremind;
	it->anchor = it->until = GOAL_NODAY;
	if (it->kind == GOAL_ITEM_REVIEW) {
		it->every = r.every;
		it->anchor = r.anchor;
		it->until = r.until;
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
	struct item_goal	 ga, gb;
	size_t			 ka = a->ref & KIND_MASK, kb = b->ref & KIND_MASK;
	int			 c;

	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	unpack_head(items, a->key, &ga);
	unpack_head(items, b->key, &gb);
	if (ga.owner != gb.owner && (c = cmp_str(str_at(items, ga.owner),
	    str_at(items, gb.owner))) != 0)
		return c;
	if (ga.path != gb.path && (c = strcmp(ga.path, gb.path)) != 0)
		return c;
	if (ka != kb)
		return ka < kb ? -1 : 1;
	unpack_place(&ga);
	unpack_place(&gb);
	if (ga.file != gb.file && (c = strcmp(items->text + ga.file,
	    items->text + gb.file)) != 0)
		return c;
	if (ga.doc != gb.doc)
		return ga.doc < gb.doc ? -1 : 1;
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
 * Sets *owners to an array the caller frees; returns how many.  Every
 * key has an item: the keys are read in the order they were made, one
 * after the other, not in the items' order, which jumps all over them.
 */
size_t
goal_items_owners(const struct goal_items *items, const char ***owners)
{
	struct item_goal r;
	const char	**v, *o;
	size_t		 i, m, n = 0, key, last = NONE;

	v = goal_xreallocarray(NULL, items->n ? items->n : 1, sizeof(*v));
	/* Most keys have the owner of the one before: sort fewer. */
	for (key = 1; key < items->keylen;
	    key = (size_t)(unpack_place(&r) - items->keys)) {
		unpack_head(items, key, &r);
		m = r.owner;
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
