/*
 * litset.c: what is known of the strings a piece of a pattern matches,
 * for literals.c, which reads the pattern.
 *
 * A piece is known exactly (the few strings it can match, as "colou?r"
 * is color or colour) or by what its matches need: one of several terms,
 * each a few sets of strings that a match holds one string of each
 * ("go to the gym" needs go, to, the and gym; a rule of many alternatives
 * needs what one of them needs).  Everything is bounded: past a bound a
 * piece is known less precisely, never wrongly, down to knowing nothing
 * (a term of no sets, which always holds).  Strings are folded to lower
 * case.
 */
#include <string.h>

#include "libgoal.h"

#define EXACT_MAX	16	/* strings of an exact piece */
#define LIT_MAX		32	/* bytes of one of them */
#define NEED_MAX	256	/* strings of a set */
#define AND_MAX		4	/* sets of a term */
#define OR_MAX		256	/* terms of a piece */
#define PRODUCT_MAX	16	/* terms of a piece made by a product */
#define SPEND_MAX	(1 << 20)	/* bytes made for one pattern */

static const struct lint_term	 always = { 0, NULL };

static void *
make(struct lint_lits *ll, size_t n, size_t size)
{
	if (n > SPEND_MAX / size || (ll->spent += n * size) > SPEND_MAX) {
		ll->bad = 1;
		n = 1;
	}
	return goal_arena_alloc(ll->a, n * size);
}

struct lint_known
lits_any(void)
{
	struct lint_known	 k;

	memset(&k, 0, sizeof(k));
	k.nterm = 1;
	k.term = (struct lint_term *)&always;
	return k;
}

struct lint_known
lits_exact(struct lint_need set)
{
	struct lint_known	 k;

	memset(&k, 0, sizeof(k));
	k.exact = 1;
	k.set = set;
	return k;
}

/* The exact piece of the n strings of one byte at chars. */
struct lint_known
lits_chars(struct lint_lits *ll, const char *chars, size_t n)
{
	struct lint_need	 set;
	size_t			 i;

	set.lit = make(ll, n, sizeof(*set.lit));
	set.wide = 0;
	if (ll->bad)
		return lits_any();
	for (i = 0; i < n; i++) {
		set.lit[i].s = chars + i;
		set.lit[i].len = 1;
	}
	set.n = n;
	return lits_exact(set);
}

/* The piece that matches the empty string only (an assertion). */
struct lint_known
lits_empty(void)
{
	static const struct lint_lit	 none = { "", 0 };
	struct lint_need		 set = { 1, (struct lint_lit *)&none, 0 };

	return lits_exact(set);
}

static int
has_empty(const struct lint_need *set)
{
	size_t	 i;

	for (i = 0; i < set->n; i++)
		if (set->lit[i].len == 0)
			return 1;
	return 0;
}

static int
has(const struct lint_need *set, const char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < set->n; i++)
		if (set->lit[i].len == len && memcmp(set->lit[i].s, p, len) == 0)
			return 1;
	return 0;
}

/* Whether a piece says nothing: a match may hold no string at all. */
int
lits_nothing(const struct lint_known *k)
{
	size_t	 i;

	if (k->exact)
		return has_empty(&k->set);
	for (i = 0; i < k->nterm; i++)
		if (k->term[i].n == 0)
			return 1;
	return 0;
}

static size_t
shortest(const struct lint_need *set)
{
	size_t	 i, min = SIZE_MAX;

	for (i = 0; i < set->n; i++)
		if (set->lit[i].len < min)
			min = set->lit[i].len;
	return min;
}

/*
 * A set with a string of one byte ("a", "i", a digit) is found in
 * almost every text: a term that has other sets is better off without
 * it, and cheaper to look for.
 */
void
lits_drop_common(struct lint_known *k)
{
	struct lint_term	*t;
	size_t			 i, j, n;

	for (i = 0; i < k->nterm; i++) {
		t = &k->term[i];
		for (n = 0, j = 0; j < t->n; j++)
			if (shortest(&t->need[j]) > 1)
				t->need[n++] = t->need[j];
		if (n > 0)
			t->n = n;
	}
}

/* A piece by what it needs: an exact piece needs one of its strings. */
struct lint_known
lits_needed(struct lint_lits *ll, struct lint_known k)
{
	struct lint_term	*t;

	if (!k.exact)
		return k;
	if (has_empty(&k.set))
		return lits_any();
	t = make(ll, 1, sizeof(*t));
	t->need = make(ll, 1, sizeof(*t->need));
	if (ll->bad)
		return lits_any();
	t->n = 1;
	t->need[0] = k.set;
	k.exact = 0;
	k.nterm = 1;
	k.term = t;
	return k;
}

/*
 * Whether set a rules out more texts than b: longer strings are rarer,
 * and fewer of them are found less often.
 */
static int
rarer(const struct lint_need *a, const struct lint_need *b)
{
	size_t	 la = shortest(a), lb = shortest(b);

	return la != lb ? la > lb : a->n < b->n;
}

/*
 * Each string of a then one of b, in *out, when there are few enough and
 * they are short enough.
 */
int
lits_cross(struct lint_lits *ll, const struct lint_need *a,
    const struct lint_need *b, struct lint_need *out)
{
	struct lint_need	 set = { 0, NULL, 0 };
	size_t			 i, j, len;
	char			*p;

	if (a->n * b->n > EXACT_MAX)
		return 0;
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			if (a->lit[i].len + b->lit[j].len > LIT_MAX)
				return 0;
	set.lit = make(ll, a->n * b->n, sizeof(*set.lit));
	for (i = 0; i < a->n && !ll->bad; i++)
		for (j = 0; j < b->n && !ll->bad; j++) {
			len = a->lit[i].len + b->lit[j].len;
			p = make(ll, len + 1, 1);
			memcpy(p, a->lit[i].s, a->lit[i].len);
			memcpy(p + a->lit[i].len, b->lit[j].s, b->lit[j].len);
			if (has(&set, p, len))
				continue;
			set.lit[set.n].s = p;
			set.lit[set.n++].len = len;
		}
	set.wide = a->wide || b->wide;
	*out = set;
	return !ll->bad;
}

/* The set one of whose strings every term of k needs. */
static int
one_set(struct lint_lits *ll, const struct lint_known *k,
    struct lint_need *out)
{
	const struct lint_need	*best;
	size_t			 i, j, n = 0;

	for (i = 0; i < k->nterm; i++) {
		best = &k->term[i].need[0];
		for (j = 1; j < k->term[i].n; j++)
			if (rarer(&k->term[i].need[j], best))
				best = &k->term[i].need[j];
		n += best->n;
	}
	if (n > NEED_MAX)
		return 0;
	out->lit = make(ll, n, sizeof(*out->lit));
	out->n = 0;
	out->wide = 0;
	for (i = 0; i < k->nterm && !ll->bad; i++) {
		best = &k->term[i].need[0];
		for (j = 1; j < k->term[i].n; j++)
			if (rarer(&k->term[i].need[j], best))
				best = &k->term[i].need[j];
		memcpy(out->lit + out->n, best->lit, best->n *
		    sizeof(*best->lit));
		out->n += best->n;
		out->wide |= best->wide;
	}
	return !ll->bad;
}

/* A piece of needs made one term of one set, to bound a product. */
static struct lint_known
collapse(struct lint_lits *ll, struct lint_known k)
{
	struct lint_known	 one;

	if (k.nterm == 1 && k.term[0].n <= 1)
		return k;
	if (!one_set(ll, &k, &one.set))
		return lits_any();
	one.exact = 1;
	return lits_needed(ll, one);
}

/* A term holding the sets of both, the rarest AND_MAX of them. */
static struct lint_term
join(struct lint_lits *ll, const struct lint_term *a,
    const struct lint_term *b)
{
	struct lint_term	 t;
	struct lint_need	 swap;
	size_t			 i, j;

	t.n = a->n + b->n;
	t.need = make(ll, t.n, sizeof(*t.need));
	if (ll->bad) {
		t.n = 0;
		return t;
	}
	memcpy(t.need, a->need, a->n * sizeof(*t.need));
	memcpy(t.need + a->n, b->need, b->n * sizeof(*t.need));
	/* Selection: only the first AND_MAX need be the rarest. */
	for (i = 0; i < t.n && i < AND_MAX; i++)
		for (j = i + 1; j < t.n; j++)
			if (rarer(&t.need[j], &t.need[i])) {
				swap = t.need[i];
				t.need[i] = t.need[j];
				t.need[j] = swap;
			}
	if (t.n > AND_MAX)
		t.n = AND_MAX;
	return t;
}

/* What a piece made of a then b needs. */
struct lint_known
lits_both(struct lint_lits *ll, struct lint_known a, struct lint_known b)
{
	struct lint_known	 k;
	size_t			 i, j;

	a = lits_needed(ll, a);
	b = lits_needed(ll, b);
	if (lits_nothing(&a))
		return b;
	if (lits_nothing(&b))
		return a;
	if (a.nterm * b.nterm > PRODUCT_MAX) {
		if (a.nterm > b.nterm)
			a = collapse(ll, a);
		else
			b = collapse(ll, b);
	}
	if (a.nterm * b.nterm > PRODUCT_MAX) {
		a = collapse(ll, a);
		b = collapse(ll, b);
	}
	if (lits_nothing(&a) || lits_nothing(&b))
		return lits_nothing(&a) ? b : a;
	k = a;
	k.nterm = a.nterm * b.nterm;
	k.term = make(ll, k.nterm, sizeof(*k.term));
	if (ll->bad)
		return lits_any();
	for (i = 0; i < a.nterm; i++)
		for (j = 0; j < b.nterm; j++)
			k.term[i * b.nterm + j] = join(ll, &a.term[i],
			    &b.term[j]);
	return ll->bad ? lits_any() : k;
}

/* What a piece that is a or b matches or needs. */
struct lint_known
lits_either(struct lint_lits *ll, struct lint_known a, struct lint_known b)
{
	struct lint_known	 k;
	size_t			 i;

	if (a.exact && b.exact && a.set.n + b.set.n <= EXACT_MAX) {
		k = a;
		k.set.lit = make(ll, a.set.n + b.set.n, sizeof(*k.set.lit));
		if (ll->bad)
			return lits_any();
		memcpy(k.set.lit, a.set.lit, a.set.n * sizeof(*a.set.lit));
		for (i = 0; i < b.set.n; i++)
			if (!has(&k.set, b.set.lit[i].s, b.set.lit[i].len))
				k.set.lit[k.set.n++] = b.set.lit[i];
		k.set.wide = a.set.wide || b.set.wide;
		return k;
	}
	a = lits_needed(ll, a);
	b = lits_needed(ll, b);
	if (lits_nothing(&a) || lits_nothing(&b))
		return lits_any();
	if (a.nterm + b.nterm > OR_MAX)
		b = collapse(ll, b);
	if (a.nterm + b.nterm > OR_MAX)
		a = collapse(ll, a);
	if (lits_nothing(&a) || lits_nothing(&b) || a.nterm + b.nterm > OR_MAX)
		return lits_any();
	k = a;
	k.nterm = a.nterm + b.nterm;
	k.term = make(ll, k.nterm, sizeof(*k.term));
	if (ll->bad)
		return lits_any();
	memcpy(k.term, a.term, a.nterm * sizeof(*k.term));
	memcpy(k.term + a.nterm, b.term, b.nterm * sizeof(*k.term));
	return k;
}
