/*
 * prefilter.c: which pattern rules a text can match at all, in one pass.
 *
 * literals.c gives each rule the strings its matches cannot do without.
 * Here the strings of every rule go into one Aho-Corasick automaton,
 * made complete (a transition for every state and byte) so that reading
 * a text is one table step per byte; each state knows the rules whose
 * strings end there.  A text that holds none of a rule's strings cannot
 * match it, and the rule's pattern is not run on it: for most texts that
 * is most rules, and the matcher's cost was most of goal-lint's.
 *
 * Sixty-four rules have a filter at most (one bit each) and the strings
 * make MAX_STATES states at most; the rules past that run on every text,
 * as they all did before.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

#define MAX_STATES	16384
#define MAX_FILTERED	64

struct lint_prefilter {
	unsigned char	 class[256];	/* byte to column; letters folded */
	size_t		 nclass;
	uint16_t	*next;		/* state * nclass + class: state */
	uint64_t	*found;		/* state: the rules whose string ends */
	size_t		 nstates;
	uint64_t	 unfiltered;	/* always candidates */
};

struct strings {
	const char	**s;
	size_t		 *len;
	size_t		  n;
};

static void
make_classes(struct lint_prefilter *pf, const struct strings *st,
    size_t nrules)
{
	size_t		 r, i, j;
	unsigned char	 c;

	pf->nclass = 1;		/* 0: a byte in no string */
	for (r = 0; r < nrules; r++)
		for (i = 0; i < st[r].n; i++)
			for (j = 0; j < st[r].len[i]; j++) {
				c = (unsigned char)st[r].s[i][j];
				if (pf->class[c] == 0)
					pf->class[c] = (unsigned char)
					    pf->nclass++;
			}
	/* The strings are folded; the texts are not. */
	for (c = 'A'; c <= 'Z'; c++)
		pf->class[c] = pf->class[c - 'A' + 'a'];
}

/* The trie of the strings; a 0 transition is no edge yet. */
static void
make_trie(struct lint_prefilter *pf, const struct strings *st,
    const int *slot, size_t nrules)
{
	size_t		 r, i, j, at, col;

	pf->nstates = 1;
	for (r = 0; r < nrules; r++) {
		if (slot[r] < 0)
			continue;
		for (i = 0; i < st[r].n; i++) {
			at = 0;
			for (j = 0; j < st[r].len[i]; j++) {
				col = pf->class[(unsigned char)st[r].s[i][j]];
				if (pf->next[at * pf->nclass + col] == 0)
					pf->next[at * pf->nclass + col] =
					    (uint16_t)pf->nstates++;
				at = pf->next[at * pf->nclass + col];
			}
			pf->found[at] |= 1ULL << slot[r];
		}
	}
}

/*
 * Breadth first, each state takes the transitions it lacks from the
 * state of its longest proper suffix (its fail state), and the rules
 * found there: what ends at a suffix ends here too.
 */
static void
complete(struct lint_prefilter *pf)
{
	uint16_t	*queue, *fail;
	size_t		 head = 0, tail = 0, s, c, t, nc = pf->nclass;

	queue = goal_xreallocarray(NULL, pf->nstates, sizeof(*queue));
	fail = goal_xcalloc(pf->nstates, sizeof(*fail));
	for (c = 0; c < nc; c++)
		if ((t = pf->next[c]) != 0)
			queue[tail++] = (uint16_t)t;
	while (head < tail) {
		s = queue[head++];
		pf->found[s] |= pf->found[fail[s]];
		for (c = 0; c < nc; c++) {
			t = pf->next[s * nc + c];
			if (t != 0) {
				fail[t] = pf->next[fail[s] * nc + c];
				queue[tail++] = (uint16_t)t;
			} else
				pf->next[s * nc + c] =
				    pf->next[fail[s] * nc + c];
		}
	}
	free(queue);
	free(fail);
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
	struct strings		*st;
	int			*slot, nslots = 0;
	size_t			 r, i, bytes = 0, more;

	st = goal_arena_calloc(a, n ? n : 1, sizeof(*st));
	slot = goal_arena_calloc(a, n ? n : 1, sizeof(*slot));
	for (r = 0; r < n; r++) {
		rule[r]->pf_slot = slot[r] = -1;
		if (nslots == MAX_FILTERED || rule[r]->pattern == NULL ||
		    !lint_literals(a, rule[r]->pattern, rule[r]->patlen,
		    &st[r].s, &st[r].len, &st[r].n))
			continue;
		for (more = 0, i = 0; i < st[r].n; i++)
			more += st[r].len[i];
		if (bytes + more + 1 > MAX_STATES) {
			st[r].n = 0;
			continue;
		}
		bytes += more;
		rule[r]->pf_slot = slot[r] = nslots++;
	}
	if (nslots == 0) {
		goal_arena_free(a);
		return NULL;
	}
	pf = goal_xcalloc(1, sizeof(*pf));
	make_classes(pf, st, n);
	pf->next = goal_xcalloc((bytes + 1) * pf->nclass, sizeof(*pf->next));
	pf->found = goal_xcalloc(bytes + 1, sizeof(*pf->found));
	make_trie(pf, st, slot, n);
	complete(pf);
	pf->unfiltered = nslots == 64 ? 0 : ~0ULL << nslots;
	goal_arena_free(a);
	return pf;
}

void
lint_prefilter_free(struct lint_prefilter *pf)
{
	if (pf == NULL)
		return;
	free(pf->next);
	free(pf->found);
	free(pf);
}

/*
 * The rules that may match in len bytes of text, as bits of their
 * pf_slot.  Only an ASCII text is read: see literals.c.
 */
uint64_t
lint_prefilter_scan(const struct lint_prefilter *pf, const char *s,
    size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *end = p + len;
	uint64_t		 may;
	size_t			 at = 0;

	if (pf == NULL || !goal_is_ascii(s, len))
		return ~0ULL;
	may = pf->unfiltered;
	for (; p < end; p++) {
		at = pf->next[at * pf->nclass + pf->class[*p]];
		may |= pf->found[at];
	}
	return may;
}
