/*
 * prefilter.c: which pattern rules a text can match at all, in one pass.
 *
 * literals.c tells what every match of a rule needs: one of some terms,
 * each a few sets of strings, one string of each set.  Here the strings
 * of every rule go into one Aho-Corasick automaton, made complete (a
 * transition for every state and byte class) so that reading a text is
 * one table step per byte; the states where a string ends mark its set
 * present.  A rule whose terms all lack a present set cannot match the
 * text, and its pattern is not run on it: for most texts that is most
 * rules, and running them was most of goal-lint's cost.
 *
 * Sixty-four rules have a filter at most (one bit each), and the strings
 * make MAX_STATES states and MAX_SETS sets at most; the rules past that
 * run on every text, as they all did before.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

#define MAX_STATES	16384
#define MAX_SETS	4096
#define MAX_FILTERED	64

struct span {
	uint32_t	 first;
	uint32_t	 n;
};

struct lint_prefilter {
	/* the automaton */
	unsigned char	 class[256];	/* byte to column; letters folded */
	size_t		 nclass;
	size_t		 nstates;
	uint16_t	*next;		/* [state * nclass + class]: state */
	uint8_t		*emits;		/* [state]: a set ends here or in link */
	unsigned long	*seen;		/* [state]: the text it was last in */
	uint16_t	*link;		/* [state]: next suffix where one ends */
	struct span	*own;		/* [state]: its sets in ids[] */
	uint16_t	*ids;

	/*
	 * The terms of the rules, counted as their sets are found: a term
	 * holds when all its sets are, and then its rule may match.  The
	 * counts start at zero for each text.
	 */
	size_t		 nrules;
	size_t		 nsets;
	struct span	*set_terms;	/* [set]: its terms in term_of[] */
	uint32_t	*term_of;
	uint8_t		*term_sets;	/* [term]: how many sets it needs */
	uint8_t		*term_rule;	/* [term]: its rule's bit */
	uint8_t		*term_found;	/* [term]: how many were found */
	size_t		 nterms;
	unsigned long	 text;		/* the text being read */
	uint64_t	*present;	/* the sets found in it */
	uint16_t	*wide;		/* the sets that \d made */
	size_t		 nwide;
	uint64_t	 may;		/* the rules it may match */
	uint64_t	 unfiltered;	/* always candidates */
};

/* What the analysis of the rules gave, before the automaton is made. */
struct plan {
	struct lint_term	*term[MAX_FILTERED];
	size_t			 nterm[MAX_FILTERED];
	size_t			 nrules, nterms, nsets, bytes;
	/* the sets once each: many terms share {the,an,a,my} */
	const struct lint_need	**set;
	size_t			 nuniq;
	uint16_t		*uid;	/* [each set of each term]: in set[] */
};

/* Takes the rule's terms into the plan when they fit; 0 when not. */
static int
plan_rule(struct plan *pl, struct lint_term *t, size_t nt)
{
	size_t	 i, j, k, sets = 0, bytes = 0;

	for (i = 0; i < nt; i++) {
		sets += t[i].n;
		for (j = 0; j < t[i].n; j++)
			for (k = 0; k < t[i].need[j].n; k++)
				bytes += t[i].need[j].lit[k].len;
	}
	if (pl->nsets + sets > MAX_SETS || pl->bytes + bytes + 1 > MAX_STATES)
		return 0;
	pl->term[pl->nrules] = t;
	pl->nterm[pl->nrules++] = nt;
	pl->nterms += nt;
	pl->nsets += sets;
	pl->bytes += bytes;
	return 1;
}

static int
same_set(const struct lint_need *a, const struct lint_need *b)
{
	size_t	 k;

	if (a->n != b->n || a->wide != b->wide)
		return 0;
	for (k = 0; k < a->n; k++)
		if (a->lit[k].len != b->lit[k].len || memcmp(a->lit[k].s,
		    b->lit[k].s, a->lit[k].len) != 0)
			return 0;
	return 1;
}

/* Each set of each term numbered, the same strings the same number. */
static void
plan_sets(struct plan *pl)
{
	const struct lint_need	*set;
	size_t			 r, i, j, k, n = 0;

	pl->set = goal_xreallocarray(NULL, pl->nsets ? pl->nsets : 1,
	    sizeof(*pl->set));
	pl->uid = goal_xreallocarray(NULL, pl->nsets ? pl->nsets : 1,
	    sizeof(*pl->uid));
	for (r = 0; r < pl->nrules; r++)
		for (i = 0; i < pl->nterm[r]; i++)
			for (j = 0; j < pl->term[r][i].n; j++) {
				set = &pl->term[r][i].need[j];
				for (k = 0; k < pl->nuniq; k++)
					if (same_set(pl->set[k], set))
						break;
				if (k == pl->nuniq)
					pl->set[pl->nuniq++] = set;
				pl->uid[n++] = (uint16_t)k;
			}
}

static void
make_classes(struct lint_prefilter *pf, const struct plan *pl)
{
	const struct lint_need	*set;
	size_t			 u, k, b;
	unsigned char		 c;

	pf->nclass = 1;		/* 0: a byte in no string */
	for (u = 0; u < pl->nuniq; u++) {
		set = pl->set[u];
		for (k = 0; k < set->n; k++)
			for (b = 0; b < set->lit[k].len; b++) {
				c = (unsigned char)set->lit[k].s[b];
				if (pf->class[c] == 0)
					pf->class[c] = (unsigned char)
					    pf->nclass++;
			}
	}
	/* The strings are folded; the texts are not. */
	for (c = 'A'; c <= 'Z'; c++)
		pf->class[c] = pf->class[c - 'A' + 'a'];
}

/* The state where a string ends, made as needed (0 is no edge yet). */
static size_t
insert(struct lint_prefilter *pf, const struct lint_lit *lit)
{
	size_t	 at = 0, b, col;

	for (b = 0; b < lit->len; b++) {
		col = pf->class[(unsigned char)lit->s[b]];
		if (pf->next[at * pf->nclass + col] == 0)
			pf->next[at * pf->nclass + col] =
			    (uint16_t)pf->nstates++;
		at = pf->next[at * pf->nclass + col];
	}
	return at;
}

/* The trie, and each state's own sets (those of strings ending there). */
static void
make_trie(struct lint_prefilter *pf, const struct plan *pl)
{
	const struct lint_need	*set;
	uint16_t		*end;
	size_t			 u, k, n = 0, s;

	pf->nstates = 1;
	end = goal_xreallocarray(NULL, pl->bytes + 1, sizeof(*end));
	/* The strings, in order, then their sets counted per state... */
	for (u = 0; u < pl->nuniq; u++) {
		set = pl->set[u];
		for (k = 0; k < set->n; k++, n++) {
			end[n] = (uint16_t)insert(pf, &set->lit[k]);
			pf->own[end[n]].n++;
		}
	}
	for (s = 1; s < pf->nstates; s++)
		pf->own[s].first = pf->own[s - 1].first + pf->own[s - 1].n;
	for (s = 0; s < pf->nstates; s++)
		pf->own[s].n = 0;
	/* ...and filed by state. */
	pf->ids = goal_xreallocarray(NULL, n ? n : 1, sizeof(*pf->ids));
	n = 0;
	for (u = 0; u < pl->nuniq; u++)
		for (k = 0; k < pl->set[u]->n; k++, n++) {
			s = end[n];
			pf->ids[pf->own[s].first + pf->own[s].n++] =
			    (uint16_t)u;
		}
	free(end);
}

/*
 * Breadth first, each state takes the transitions it lacks from the
 * state of its longest proper suffix (its fail state), and links to the
 * nearest suffix where a string ends: what ends there ends here too.
 */
static void
complete(struct lint_prefilter *pf)
{
	uint16_t	*queue, *fail;
	size_t		 head = 0, tail = 0, s, c, t, f, nc = pf->nclass;

	queue = goal_xreallocarray(NULL, pf->nstates, sizeof(*queue));
	fail = goal_xcalloc(pf->nstates, sizeof(*fail));
	for (c = 0; c < nc; c++)
		if ((t = pf->next[c]) != 0)
			queue[tail++] = (uint16_t)t;
	while (head < tail) {
		s = queue[head++];
		f = fail[s];
		pf->link[s] = pf->own[f].n > 0 ? (uint16_t)f : pf->link[f];
		pf->emits[s] = pf->own[s].n > 0 || pf->link[s] != 0;
		for (c = 0; c < nc; c++) {
			t = pf->next[s * nc + c];
			if (t != 0) {
				fail[t] = pf->next[f * nc + c];
				queue[tail++] = (uint16_t)t;
			} else
				pf->next[s * nc + c] = pf->next[f * nc + c];
		}
	}
	free(queue);
	free(fail);
}

/* Whether set u is among the first j sets of the term that starts at n. */
static int
in_term(const struct plan *pl, size_t n, size_t j, uint16_t u)
{
	while (j-- > 0)
		if (pl->uid[n + j] == u)
			return 1;
	return 0;
}

/*
 * The terms, each counting its sets once, and for each set the terms it
 * is in.
 */
static void
make_terms(struct lint_prefilter *pf, const struct plan *pl)
{
	size_t	 r, i, j, t, n, pass, u;

	pf->nrules = pl->nrules;
	pf->nsets = pl->nuniq;
	pf->set_terms = goal_xcalloc(pl->nuniq + 1, sizeof(*pf->set_terms));
	pf->term_of = goal_xcalloc(pl->nsets + 1, sizeof(*pf->term_of));
	pf->term_sets = goal_xcalloc(pl->nterms, sizeof(*pf->term_sets));
	pf->term_rule = goal_xcalloc(pl->nterms, sizeof(*pf->term_rule));
	pf->term_found = goal_xcalloc(pl->nterms, sizeof(*pf->term_found));
	pf->nterms = pl->nterms;
	pf->present = goal_xcalloc((pl->nuniq + 63) / 64, sizeof(uint64_t));
	pf->wide = goal_xcalloc(pl->nuniq + 1, sizeof(*pf->wide));
	for (u = 0; u < pl->nuniq; u++)
		if (pl->set[u]->wide)
			pf->wide[pf->nwide++] = (uint16_t)u;
	/* Counted on the first pass, filed on the second. */
	for (pass = 0; pass < 2; pass++) {
		for (t = 0, n = 0, r = 0; r < pl->nrules; r++)
			for (i = 0; i < pl->nterm[r]; i++, t++) {
				pf->term_sets[t] = 0;
				pf->term_rule[t] = (uint8_t)r;
				for (j = 0; j < pl->term[r][i].n; j++) {
					u = pl->uid[n + j];
					if (in_term(pl, n, j, (uint16_t)u))
						continue;
					pf->term_sets[t]++;
					if (pass == 1)
						pf->term_of[pf->set_terms[u].first +
						    pf->set_terms[u].n] =
						    (uint32_t)t;
					pf->set_terms[u].n++;
				}
				n += pl->term[r][i].n;
			}
		if (pass == 1)
			break;
		for (u = 1; u < pl->nuniq; u++)
			pf->set_terms[u].first = pf->set_terms[u - 1].first +
			    pf->set_terms[u - 1].n;
		for (u = 0; u < pl->nuniq; u++)
			pf->set_terms[u].n = 0;
	}
}

/*
 * The filter of the n rules in rule[], each told its bit in pf_slot (-1:
 * none, it runs on every text).  NULL when no rule has one.
 */
struct lint_prefilter *
lint_prefilter_new(struct lint_rule **rule, size_t n)
{
	struct lint_prefilter	*pf;
	struct goal_arena	*a = goal_arena_new();
	struct plan		 pl;
	struct lint_term	*t;
	size_t			 r, nt;

	memset(&pl, 0, sizeof(pl));
	for (r = 0; r < n; r++) {
		rule[r]->pf_slot = -1;
		if (pl.nrules < MAX_FILTERED && rule[r]->pattern != NULL &&
		    lint_literals(a, rule[r]->pattern, rule[r]->patlen, &t,
		    &nt) && plan_rule(&pl, t, nt))
			rule[r]->pf_slot = (int)pl.nrules - 1;
	}
	if (pl.nrules == 0) {
		goal_arena_free(a);
		return NULL;
	}
	plan_sets(&pl);
	pf = goal_xcalloc(1, sizeof(*pf));
	make_classes(pf, &pl);
	pf->next = goal_xcalloc((pl.bytes + 1) * pf->nclass,
	    sizeof(*pf->next));
	pf->own = goal_xcalloc(pl.bytes + 1, sizeof(*pf->own));
	pf->link = goal_xcalloc(pl.bytes + 1, sizeof(*pf->link));
	pf->emits = goal_xcalloc(pl.bytes + 1, sizeof(*pf->emits));
	pf->seen = goal_xcalloc(pl.bytes + 1, sizeof(*pf->seen));
	make_trie(pf, &pl);
	complete(pf);
	make_terms(pf, &pl);
	pf->unfiltered = pl.nrules == 64 ? 0 : ~0ULL << pl.nrules;
	free(pl.set);
	free(pl.uid);
	goal_arena_free(a);
	return pf;
}

/*
 * Whether no string holds a space: then the strings found in a text with
 * some of its words made spaces (a statement with its deadline masked,
 * match.c) were all found in the text itself, and the rules it may
 * match are among those the text may.
 */
int
lint_prefilter_spaceless(const struct lint_prefilter *pf)
{
	return pf != NULL && pf->class[' '] == 0;
}

void
lint_prefilter_free(struct lint_prefilter *pf)
{
	if (pf == NULL)
		return;
	free(pf->next);
	free(pf->emits);
	free(pf->seen);
	free(pf->link);
	free(pf->own);
	free(pf->ids);
	free(pf->set_terms);
	free(pf->term_of);
	free(pf->term_sets);
	free(pf->term_rule);
	free(pf->term_found);
	free(pf->present);
	free(pf->wide);
	free(pf);
}

/* A set found in the text: its terms may now hold. */
static inline void
found(struct lint_prefilter *pf, uint16_t id)
{
	uint64_t	 bit = 1ULL << (id % 64);
	uint32_t	 k, t;

	if (pf->present[id / 64] & bit)
		return;
	pf->present[id / 64] |= bit;
	for (k = 0; k < pf->set_terms[id].n; k++) {
		t = pf->term_of[pf->set_terms[id].first + k];
		if (++pf->term_found[t] == pf->term_sets[t])
			pf->may |= 1ULL << pf->term_rule[t];
	}
}

/*
 * The sets of every string that ends at state at, once a text: "a" ends
 * at every a.
 */
static void
ends(struct lint_prefilter *pf, size_t at)
{
	uint32_t	 i;

	if (pf->seen[at] == pf->text)
		return;
	pf->seen[at] = pf->text;
	for (; at != 0; at = pf->link[at])
		for (i = 0; i < pf->own[at].n; i++)
			found(pf, pf->ids[pf->own[at].first + i]);
}

/*
 * Whether a text past ASCII holds what a caseless ASCII letter of a
 * pattern matches with UTF and UCP: the Kelvin sign (k) or the long s.
 */
static int
folds_to_ascii(const char *s, size_t len)
{
	const char	*p = s, *end = s + len;

	while ((p = memchr(p, 0xC5, end - p)) != NULL && p + 1 < end) {
		if ((unsigned char)p[1] == 0xBF)
			return 1;
		p++;
	}
	for (p = s; (p = memchr(p, 0xE2, end - p)) != NULL && p + 2 < end;
	    p++)
		if ((unsigned char)p[1] == 0x84 && (unsigned char)p[2] == 0xAA)
			return 1;
	return 0;
}

/*
 * The rules that may match in len bytes of text, as bits of their
 * pf_slot; ascii tells whether the text is all ASCII (the caller knows).
 * The strings are ASCII: a text past ASCII is read the same, but for a
 * Kelvin sign or long s, which stop all filtering, and for \d, whose
 * sets are taken as found (a digit of another script).
 */
uint64_t
lint_prefilter_scan(struct lint_prefilter *pf, const char *s, size_t len,
    int ascii)
{
	const unsigned char	*p = (const unsigned char *)s, *end = p + len;
	size_t			 at = 0, i;

	if (pf == NULL)
		return ~0ULL;
	if (!ascii && folds_to_ascii(s, len))
		return ~0ULL;
	memset(pf->present, 0, (pf->nsets + 63) / 64 * sizeof(uint64_t));
	memset(pf->term_found, 0, pf->nterms);
	pf->text++;
	pf->may = pf->unfiltered;
	for (i = 0; !ascii && i < pf->nwide; i++)
		found(pf, pf->wide[i]);
	for (; p < end; p++) {
		at = pf->next[at * pf->nclass + pf->class[*p]];
		if (pf->emits[at])
			ends(pf, at);
	}
	return pf->may;
}
