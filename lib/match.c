/*
 * match.c: running the pattern rules over the text of a goal and its
 * steps.  Every text field of every goal passes through here, so nothing
 * is allocated per match: one match context, one JIT stack and one match
 * data block serve the whole run (see goal_lint_new()).
 */
#include <string.h>

#include "libgoal.h"

/*
 * Runs a rule on one string from offset *off.  Returns 1 with the match
 * in *start and *end, 0 when there is none, -1 when the rule hit a limit.
 * Empty matches say nothing about a goal and are stepped over.
 */
static int
next_match(struct goal_lint *l, struct lint_rule *r, const char *s,
    size_t len, size_t *off, size_t *start, size_t *end)
{
	PCRE2_SIZE	*ov;
	int		 rc;

	while (*off <= len) {
		/* The JIT's own entry skips checks made once at compile time. */
		if (r->jit)
			rc = pcre2_jit_match(r->code, (PCRE2_SPTR)s, len, *off,
			    0, l->md, l->mctx);
		else
			rc = pcre2_match(r->code, (PCRE2_SPTR)s, len, *off,
			    PCRE2_NO_UTF_CHECK, l->md, l->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			return 0;
		if (rc < 0)
			return -1;
		ov = pcre2_get_ovector_pointer(l->md);
		if (ov[1] > ov[0]) {
			*start = ov[0];
			*end = ov[1];
			*off = ov[1];
			return 1;
		}
		/* Past the empty match, to the next character. */
		*off = ov[1] + 1;
		while (*off < len && ((unsigned char)s[*off] & 0xC0) == 0x80)
			(*off)++;
	}
	return 0;
}

/*
 * The rules of the specific and measurable criteria do not see the
 * deadline phrase: "within 2 years" and "by September 1st" say when, not
 * how much, and a vague verb followed by them stays vague.  The rules of
 * the other criteria read it ("become CEO next quarter" is a leap).
 */
static int
masks_deadline(const struct lint_rule *r)
{
	const char	*c = lint_rule_criterion(r);

	return c != NULL && (strcmp(c, "specific") == 0 ||
	    strcmp(c, "measurable") == 0);
}

/*
 * The text with the words of its deadline phrase made spaces, so that
 * offsets stay those of the text; NULL when it has no phrase.  The
 * phrase's words are ASCII, so the copy stays valid UTF-8.
 */
static char *
masked(struct goal_arena *a, const char *s, size_t len,
    const struct goal_deadline *dl)
{
	char	*m;

	if (dl->kind == GOAL_DEADLINE_NONE || dl->off + dl->len > len)
		return NULL;
	m = goal_arena_strndup(a, s, len);
	memset(m + dl->off, ' ', dl->len);
	return m;
}

/*
 * Whether a rule fires on a text: for --test-rules, which sees the text
 * as a goal's statement, its deadline phrase masked alike.  -1 on a limit.
 */
int
lint_rule_fires(struct goal_lint *l, struct lint_rule *r, const char *s,
    size_t len)
{
	struct goal_deadline	 dl;
	struct goal_arena	*a = NULL;
	const char		*m;
	size_t			 off = 0, start, end;
	int			 rc;

	if (masks_deadline(r) && goal_phrase_deadline(s, len, 0, &dl)) {
		a = goal_arena_new();
		if ((m = masked(a, s, len, &dl)) != NULL)
			s = m;
	}
	rc = next_match(l, r, s, len, &off, &start, &end);
	goal_arena_free(a);
	if (rc < 0)
		return -1;
	return r->require ? rc == 0 : rc == 1;
}

static void
limit_hit(struct lint_rule *r, const struct goal *g,
    const struct goal_node *n, struct goal_diags *d)
{
	struct goal_diag	*diag;

	r->disabled = 1;
	diag = goal_diags_add(d, g->file, &n->pos, r->id, GOAL_NOTE,
	    "rule %s hit the match limit: switched off for the rest of the "
	    "run", r->id);
	diag->goal = g->path;
	diag->fatal = 0;
	diag->subject = NULL;	/* no nolint silences this */
	diag->limit = 1;	/* nor a level: it is about the rule */
}

/*
 * The message with %s as the match and %% as a percent sign, written to
 * out when it is not NULL.  Returns its length.
 */
static size_t
expand_into(char *out, const char *msg, const char *m, size_t mlen)
{
	size_t	 n = 0, i;

	for (i = 0; msg[i] != '\0'; i++) {
		if (msg[i] == '%' && msg[i + 1] == 's') {
			if (out != NULL)
				memcpy(out + n, m, mlen);
			n += mlen;
			i++;
			continue;
		}
		if (msg[i] == '%' && msg[i + 1] == '%')
			i++;
		if (out != NULL)
			out[n] = msg[i];
		n++;
	}
	return n;
}

static char *
expand(struct goal_arena *a, const char *msg, const char *m, size_t mlen)
{
	size_t	 len = expand_into(NULL, msg, m, mlen);
	char	*out;

	out = goal_arena_alloc(a, len + 1);
	expand_into(out, msg, m, mlen);
	out[len] = '\0';
	return out;
}

static void
finding(struct lint_rule *r, const struct goal *g, const struct goal_node *n,
    size_t start, size_t end, struct goal_diags *d)
{
	struct goal_diag	*diag;
	struct goal_pos		 pos;
	const char		*m = n ? n->str + start : "";
	size_t			 mlen = n ? end - start : 0;

	pos = n ? goal_node_pos_at(n, start) : g->pos;
	diag = goal_diags_add(d, g->file, &pos, r->id, GOAL_WARNING, "%s",
	    expand(d->arena, r->message, m, mlen));
	diag->goal = g->path;
	diag->subject = g;
	if (n != NULL && r->require == 0) {
		diag->match = m;
		diag->matchlen = mlen;
	}
}

/*
 * The keys a goal has or inherits, as bits: its parent's and its own.
 * A buddy may come from the header too.
 */
static unsigned long
keys_of(const struct goal *g, unsigned long inherited)
{
	unsigned long	 have = inherited;
	int		 k;

	for (k = 0; k < GOAL_NKEYS; k++)
		if (g->val[k] != NULL)
			have |= 1UL << k;
	if (g->buddy != NULL)
		have |= 1UL << GOAL_K_BUDDY;
	return have;
}

/*
 * One rule on one scalar.  A forbid rule reports each match; a require
 * rule only asks whether there is one.  1 matched, 0 not, -1 a limit.
 */
static int
match_scalar(struct goal_lint *l, struct lint_rule *r, const struct goal *g,
    const struct goal_node *n, const char *text, struct goal_diags *d)
{
	size_t	 off = 0, start, end;
	int	 rc, any = 0;

	while ((rc = next_match(l, r, text, n->len, &off, &start, &end)) > 0) {
		any = 1;
		if (r->require)
			break;
		finding(r, g, n, start, end, d);
	}
	if (rc < 0) {
		limit_hit(r, g, n, d);
		return -1;
	}
	return any;
}

static void
run_rule(struct goal_lint *l, struct lint_rule *r, const struct goal *g,
    const char *goal_masked, struct goal_diags *d)
{
	const struct goal_node	*v, *item, *first = NULL;
	const char		*text;
	size_t			 i, n;
	int			 k, rc, matched = 0;

	for (k = 0; k < GOAL_NKEYS; k++) {
		if (!(r->fields & 1UL << k) || (v = g->val[k]) == NULL)
			continue;
		n = v->kind == GOAL_SEQUENCE ? v->n : 1;
		for (i = 0; i < n; i++) {
			item = v->kind == GOAL_SEQUENCE ? v->item[i] : v;
			if (item->kind != GOAL_SCALAR)
				continue;
			if (first == NULL)
				first = item;
			text = item->str;
			if (k == GOAL_K_GOAL && goal_masked != NULL &&
			    masks_deadline(r))
				text = goal_masked;
			rc = match_scalar(l, r, g, item, text, d);
			if (rc < 0)
				return;
			matched |= rc;
		}
	}
	/* One finding when no field says what the rule requires. */
	if (r->require && !matched)
		finding(r, g, first, 0, 0, d);
}

/* The pattern rules that are on, in the order they were defined. */
static void
find_active(struct goal_lint *l)
{
	size_t	 i;

	l->active = goal_xreallocarray(l->active, l->nrules ? l->nrules : 1,
	    sizeof(*l->active));
	l->nactive = 0;
	for (i = 0; i < l->nrules; i++)
		if (l->rule[i].code != NULL &&
		    lint_rule_level(&l->rule[i]) != GOAL_OFF)
			l->active[l->nactive++] = &l->rule[i];
	l->active_stale = 0;
}

static void
walk(struct goal_lint *l, const struct goal *g, unsigned long inherited,
    struct goal_diags *d)
{
	struct lint_rule	*r;
	const struct goal_node	*v = g->val[GOAL_K_GOAL];
	unsigned long		 have = keys_of(g, inherited);
	const char		*m = NULL;
	size_t			 i;

	if (v != NULL && v->kind == GOAL_SCALAR)
		m = masked(d->arena, v->str, v->len, &g->phrase);

	/* A goal without its statement was reported as that alone. */
	for (i = 0; i < l->nactive && g->val[GOAL_K_GOAL] != NULL; i++) {
		r = l->active[i];
		if (r->disabled)
			continue;
		if ((r->scope == SCOPE_TOP && g->depth > 0) ||
		    (r->scope == SCOPE_STEP && g->depth == 0))
			continue;
		/*
		 * A rule a nolint silences runs all the same: what it finds
		 * is dropped by goal_lint_finish(), and format.unused-nolint
		 * asks whether there was anything to drop.
		 */
		if (have & r->unless)
			continue;
		run_rule(l, r, g, m, d);
	}
	for (i = 0; i < g->nsteps; i++)
		walk(l, g->step[i], have, d);
}

/* The pattern rules over a top-level goal and its steps. */
void
lint_patterns(struct goal_lint *l, const struct goal *g, struct goal_diags *d)
{
	if (l->active == NULL || l->active_stale)
		find_active(l);
	walk(l, g, 0, d);
	lint_nolint(l, g, d);
}
