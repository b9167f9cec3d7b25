/*
 * match.c: running the pattern rules over the text of a goal and its
 * steps.  Every text field of every goal passes through here, so nothing
 * is allocated per match: one match context, one JIT stack and one match
 * data block serve the whole run (see goal_lint_new()).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

/*
 * PCRE2's match limit bounds one call, not what a rule costs over a text
 * that it matches ten thousand times.  So each rule has a budget of work
 * for the run, in the match limit's units: what one call up to the limit
 * costs to start with, and BUDGET_PER_BYTE more for each byte of text it
 * is run over.  What a call used is not told, so a call is tried with a
 * small limit first and again with twice as much until it ends, and is
 * charged the limits it was given: more than it used, less than four
 * times as much (so the first call up to the match limit costs three).
 * Work over a run is then linear in the text it reads, whatever the rule.
 */
#define BUDGET_PER_BYTE		256
#define FIRST_TRY		64

/* A rule's budget, given for a text of len bytes. */
static void
budget_add(struct lint_rule *r, size_t len)
{
	unsigned long	 more = BUDGET_PER_BYTE * ((unsigned long)len + 1);

	if (!r->budget_set) {
		r->budget = 3UL * LINT_MATCH_LIMIT;
		r->budget_set = 1;
	}
	r->budget = r->budget > ULONG_MAX - more ? ULONG_MAX : r->budget + more;
}

/*
 * One call of the pattern from off, charged to the budget: what
 * pcre2_match() returns, or PCRE2_ERROR_MATCHLIMIT when the budget or
 * the match limit ran out (r->over tells which).
 */
static int
call(struct goal_lint *l, struct lint_rule *r, const struct lint_form *f,
    const char *s, size_t len, size_t off)
{
	unsigned long	 limit = FIRST_TRY;
	int		 rc;

	for (;;) {
		if (limit > LINT_MATCH_LIMIT)
			limit = LINT_MATCH_LIMIT;
		if (limit > r->budget)
			limit = r->budget;
		pcre2_set_match_limit(l->mctx, (uint32_t)limit);
		/* The JIT's own entry skips checks made once at compile time. */
		if (f->jit > 0)
			rc = pcre2_jit_match(f->code, (PCRE2_SPTR)s, len, off,
			    0, l->md, l->mctx);
		else
			rc = pcre2_match(f->code, (PCRE2_SPTR)s, len, off,
			    PCRE2_NO_UTF_CHECK, l->md, l->mctx);
		r->budget -= limit;
		if (rc != PCRE2_ERROR_MATCHLIMIT)
			return rc;
		if (limit == LINT_MATCH_LIMIT || r->budget == 0) {
			r->over = limit < LINT_MATCH_LIMIT;
			return rc;
		}
		limit *= 2;
	}
}

/*
 * Runs a rule on one string from offset *off.  Returns 1 with the match
 * in *start and *end, 0 when there is none, -1 when the rule hit a limit.
 * Empty matches say nothing about a goal and are stepped over.
 */
static int
next_match(struct goal_lint *l, struct lint_rule *r,
    const struct lint_form *f, const char *s, size_t len, size_t *off,
    size_t *start, size_t *end)
{
	PCRE2_SIZE	*ov;
	int		 rc;

	while (*off <= len) {
		rc = call(l, r, f, s, len, *off);
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
	struct lint_form	*f;
	const char		*m;
	size_t			 off = 0, start, end;
	int			 rc;

	if (masks_deadline(r) && goal_phrase_deadline(s, len, 0, &dl)) {
		a = goal_arena_new();
		if ((m = masked(a, s, len, &dl)) != NULL)
			s = m;
	}
	budget_add(r, len);
	if ((f = lint_rule_form(l, r, goal_is_ascii(s, len), len)) == NULL)
		rc = 0;
	else
		rc = next_match(l, r, f, s, len, &off, &start, &end);
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
	if (r->over)
		diag = goal_diags_add(d, g->file, &n->pos, r->id, GOAL_NOTE,
		    "rule %s used up its work budget (%d per byte of text): "
		    "switched off for the rest of the run", r->id,
		    BUDGET_PER_BYTE);
	else
		diag = goal_diags_add(d, g->file, &n->pos, r->id, GOAL_NOTE,
		    "rule %s hit the match limit: switched off for the rest "
		    "of the run", r->id);
	diag->goal = g->path;
	diag->fatal = 0;
	diag->subject = NULL;	/* no nolint silences this */
	diag->limit = 1;	/* nor a level: it is about the rule */
}

/*
 * What a message can grow to: a match is shown whole up to MSG_MATCH_MAX
 * bytes, cut there with an ellipsis, and only the first MSG_MAX_MATCHES
 * %s show it (the others an ellipsis), so that a rule whose message says
 * %s two hundred times does not copy a long match two hundred times per
 * finding.  The whole match is still in the finding (json's "match").
 */
#define MSG_MATCH_MAX		200
#define MSG_MAX_MATCHES		8
#define ELLIPSIS		"\xe2\x80\xa6"

/*
 * The message with %s as the match and %% as a percent sign, written to
 * out when it is not NULL.  Returns its length.
 */
static size_t
expand_into(char *out, const char *msg, const char *m, size_t mlen)
{
	size_t		 n = 0, i, cut = mlen, k;
	unsigned	 nmatch = 0;
	const char	*put;

	if (cut > MSG_MATCH_MAX) {
		/* Not inside a character: the message stays UTF-8. */
		cut = MSG_MATCH_MAX;
		while (cut > 0 && ((unsigned char)m[cut] & 0xC0) == 0x80)
			cut--;
	}
	for (i = 0; msg[i] != '\0'; i++) {
		if (msg[i] == '%' && msg[i + 1] == 's') {
			i++;
			if (nmatch++ < MSG_MAX_MATCHES) {
				if (out != NULL)
					memcpy(out + n, m, cut);
				n += cut;
				if (cut == mlen)
					continue;
			}
			put = ELLIPSIS;
			k = sizeof(ELLIPSIS) - 1;
			if (out != NULL)
				memcpy(out + n, put, k);
			n += k;
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
finding(struct lint_rule *r, const struct goal *g, struct goal_cursor *c,
    size_t start, size_t end, struct goal_diags *d)
{
	struct goal_diag	*diag;
	struct goal_pos		 pos;
	const struct goal_node	*n = c ? c->n : NULL;
	const char		*m = n ? n->str + start : "";
	size_t			 mlen = n ? end - start : 0;

	pos = n ? goal_cursor_pos(c, start) : g->pos;
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
 * A rule reports at most MAX_FINDINGS matches in one goal (its own
 * fields, not its steps'): a goal of "improve" sixteen thousand times
 * says what is wrong in a hundred findings and one note with the count
 * of the rest, at the first not shown.
 */
#define MAX_FINDINGS	100

struct hits {
	size_t		 shown;
	unsigned long	 more;
	struct goal_pos	 more_pos;
	int		 cut;	/* a limit stopped the rule: more is a floor */
};

/* 15900 as "15,900". */
static void
with_commas(char *buf, size_t size, unsigned long v)
{
	char	 digits[32];
	size_t	 n, i, o = 0;

	n = (size_t)snprintf(digits, sizeof(digits), "%lu", v);
	for (i = 0; i < n && o + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
}

static void
more_note(struct lint_rule *r, const struct goal *g, const struct hits *h,
    struct goal_diags *d)
{
	struct goal_diag	*diag;
	char			 count[40];

	with_commas(count, sizeof(count), h->more);
	if (h->cut)
		diag = goal_diags_add(d, g->file, &h->more_pos, r->id,
		    GOAL_NOTE, "%s: at least %s more finding%s in this goal "
		    "not shown (not counted past the rule's %s)", r->id, count,
		    h->more == 1 ? "" : "s",
		    r->over ? "work budget" : "match limit");
	else
		diag = goal_diags_add(d, g->file, &h->more_pos, r->id,
		    GOAL_NOTE, "%s: %s more finding%s in this goal not shown",
		    r->id, count, h->more == 1 ? "" : "s");
	diag->goal = g->path;
	diag->subject = g;	/* silenced with the findings it counts */
	diag->limit = 1;	/* a note whatever the rule's level */
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
 * The rules each text of a goal may match (prefilter.c), and whether it
 * is ASCII (pattern.c), kept for the two texts last asked about: the
 * rules run one after another over the same statement, masked or not.
 */
struct candidates {
	const char	*text[2];
	uint64_t	 may[2];
	int		 ascii[2];
	/* a guard asked of the text (pattern.c), and whether it matched */
	const struct lint_rule *guard[2];
	int		 guarded[2];
	unsigned	 next;
	/* the statement, and it with its deadline masked (or NULL) */
	const char	*plain, *masked;
};

/*
 * Reading the patterns and making the filter costs about what running
 * the built-in rules over a few hundred statements does: a file of a few
 * goals, linted on each save in an editor, is done sooner without it.
 */
#ifndef PREFILTER_AFTER
#define PREFILTER_AFTER	8192
#endif

/*
 * The filter of the rules that are on.  A require rule is split into
 * parts first (pattern.c), and the parts are filtered in its place: its
 * whole pattern is wanted in nearly every text, some part of it in few.
 */
static void
make_filter(struct goal_lint *l)
{
	struct lint_rule	**in, *r;
	size_t			  i, j, n = 0;

	for (i = 0; i < l->nactive; i++)
		n += 1 + lint_rule_split(l, l->active[i]);
	in = goal_xreallocarray(NULL, n ? n : 1, sizeof(*in));
	n = 0;
	for (i = 0; i < l->nactive; i++)
		if (l->active[i]->npart == 0 || l->active[i]->guarded)
			in[n++] = l->active[i];
	for (i = 0; i < l->nactive; i++)
		for (r = l->active[i], j = 0; j < r->npart && !r->guarded; j++)
			in[n++] = &r->part[j];
	l->pf = lint_prefilter_new(in, n);
	l->pf_stale = 0;
	free(in);
}

/* What is known of a text: its slot in cand. */
static unsigned
candidate(struct goal_lint *l, struct candidates *cand, const char *text,
    size_t len)
{
	unsigned	 i, j;

	if (l->pf_stale && (l->pf_read += len) >= PREFILTER_AFTER)
		make_filter(l);
	for (i = 0; i < 2; i++)
		if (cand->text[i] == text)
			return i;
	/*
	 * The masked statement is the statement with words made spaces:
	 * its candidates are among the statement's, the same bytes past
	 * ASCII, and the one scan does for both (the cost of a rule run
	 * that a scan of its own would have spared is less than a scan).
	 */
	if (text == cand->masked && lint_prefilter_spaceless(l->pf)) {
		j = candidate(l, cand, cand->plain, len);
		i = j ^ 1;
		cand->next = j;	/* a third text takes the statement's */
		cand->text[i] = text;
		cand->guard[i] = NULL;
		cand->ascii[i] = cand->ascii[j];
		cand->may[i] = cand->may[j];
		return i;
	}
	i = cand->next++ & 1;
	cand->text[i] = text;
	cand->guard[i] = NULL;
	cand->ascii[i] = goal_is_ascii(text, len);
	cand->may[i] = lint_prefilter_scan(l->pf, text, len, cand->ascii[i]);
	return i;
}

/*
 * Whether the guard of a rule (its part 0, pattern.c) matches the text
 * of slot k: then the rule cannot.  Asked once a text for the rules of
 * the same guard (the vague rules share theirs).  1, 0, or -1 on a
 * limit, charged to the rule.  Any match counts, empty or not: the
 * look-ahead it stands for holds on either.
 */
static int
guard_matches(struct goal_lint *l, struct lint_rule *r,
    struct candidates *cand, unsigned k, const char *text, size_t len)
{
	const struct lint_rule	*seen = cand->guard[k];
	struct lint_rule	*gp = &r->part[0];
	struct lint_form	*f;
	int			 rc;

	if (seen != NULL && seen->patlen == gp->patlen &&
	    memcmp(seen->pattern, gp->pattern, gp->patlen) == 0)
		return cand->guarded[k];
	if ((f = lint_rule_form(l, gp, cand->ascii[k], len)) == NULL)
		return -1;	/* compiled when it was made: not reached */
	rc = call(l, r, f, text, len, 0);
	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		return -1;
	cand->guard[k] = gp;
	cand->guarded[k] = rc >= 0;
	return rc >= 0;
}

static int
may_match(const struct lint_rule *r, uint64_t may)
{
	return r->pf_slot < 0 || (may >> r->pf_slot & 1);
}

/*
 * Whether a split rule's pattern matches a text: whether one of its
 * parts the filter lets through does, in their order.  1, 0, or -1 on a
 * limit, charged to the rule.
 */
static int
match_parts(struct goal_lint *l, struct lint_rule *r, uint64_t may,
    int ascii, const char *text, size_t len)
{
	struct lint_rule	*p;
	struct lint_form	*f;
	size_t			 i, off, start, end;
	int			 rc;

	for (i = 0; i < r->npart; i++) {
		p = &r->part[i];
		if (!may_match(p, may) ||
		    (f = lint_rule_form(l, p, ascii, len)) == NULL)
			continue;
		off = 0;
		if ((rc = next_match(l, r, f, text, len, &off, &start,
		    &end)) != 0)
			return rc;
	}
	return 0;
}

/*
 * One rule on one scalar.  A forbid rule reports each match; a require
 * rule only asks whether there is one.  1 matched, 0 not, -1 a limit.
 */
static int
match_scalar(struct goal_lint *l, struct lint_rule *r, const struct goal *g,
    const struct goal_node *n, const char *text, struct candidates *cand,
    struct hits *h, struct goal_diags *d)
{
	struct goal_cursor	 c;
	struct lint_form	*f;
	size_t			 off = 0, start, end;
	unsigned		 k;
	int			 rc, any = 0;

	goal_cursor_init(&c, n);
	budget_add(r, n->len);
	k = candidate(l, cand, text, n->len);
	if (r->npart > 0 && !r->guarded) {
		/* Split: a require rule, it asks whether there is a match. */
		if ((rc = match_parts(l, r, cand->may[k], cand->ascii[k],
		    text, n->len)) < 0)
			limit_hit(r, g, n, d);
		return rc;
	}
	if (!may_match(r, cand->may[k]))
		return 0;
	if (r->guarded) {
		if ((rc = guard_matches(l, r, cand, k, text, n->len)) != 0) {
			if (rc < 0)
				limit_hit(r, g, n, d);
			return rc < 0 ? -1 : 0;
		}
		/* The rest matches where the whole does. */
		f = lint_rule_form(l, &r->part[1], cand->ascii[k], n->len);
	} else
		f = lint_rule_form(l, r, cand->ascii[k], n->len);
	if (f == NULL)
		return 0;
	while ((rc = next_match(l, r, f, text, n->len, &off, &start, &end)) >
	    0) {
		any = 1;
		if (r->require)
			break;
		if (h->shown < MAX_FINDINGS) {
			finding(r, g, &c, start, end, d);
			h->shown++;
		} else if (h->more++ == 0)
			h->more_pos = goal_cursor_pos(&c, start);
	}
	if (rc < 0) {
		limit_hit(r, g, n, d);
		return -1;
	}
	return any;
}

static void
run_rule(struct goal_lint *l, struct lint_rule *r, const struct goal *g,
    const char *goal_masked, struct candidates *cand, struct goal_diags *d)
{
	const struct goal_node	*v, *item, *first = NULL;
	struct goal_cursor	 c;
	struct hits		 h;
	const char		*text;
	size_t			 i, n;
	int			 k, rc = 0, matched = 0;

	memset(&h, 0, sizeof(h));
	/* Up to the last field it reads: most rules read the goal alone. */
	for (k = 0; k < GOAL_NKEYS && r->fields >> k != 0 && rc >= 0; k++) {
		if (!(r->fields & 1UL << k) || (v = g->val[k]) == NULL)
			continue;
		n = v->kind == GOAL_SEQUENCE ? v->n : 1;
		for (i = 0; i < n && rc >= 0; i++) {
			item = v->kind == GOAL_SEQUENCE ? v->item[i] : v;
			if (item->kind != GOAL_SCALAR)
				continue;
			if (first == NULL)
				first = item;
			text = item->str;
			if (k == GOAL_K_GOAL && goal_masked != NULL &&
			    masks_deadline(r))
				text = goal_masked;
			if ((rc = match_scalar(l, r, g, item, text, cand,
			    &h, d)) > 0)
				matched = 1;
		}
	}
	h.cut = rc < 0;
	if (h.more > 0)
		more_note(r, g, &h, d);
	/* One finding when no field says what the rule requires. */
	if (rc >= 0 && r->require && !matched) {
		if (first != NULL)
			goal_cursor_init(&c, first);
		finding(r, g, first ? &c : NULL, 0, 0, d);
	}
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
		if ((l->rule[i].utf.code != NULL || l->rule[i].utf_later) &&
		    lint_rule_level(&l->rule[i]) != GOAL_OFF)
			l->active[l->nactive++] = &l->rule[i];
	l->active_stale = 0;
	lint_prefilter_free(l->pf);
	l->pf = NULL;
	l->pf_stale = 1;
	for (i = 0; i < l->nactive; i++)
		l->active[i]->pf_slot = -1;
}

static void
walk(struct goal_lint *l, const struct goal *g, unsigned long inherited,
    struct goal_diags *d)
{
	struct lint_rule	*r;
	struct candidates	 cand;
	const struct goal_node	*v = g->val[GOAL_K_GOAL];
	unsigned long		 have = keys_of(g, inherited);
	const char		*m = NULL;
	size_t			 i;

	memset(&cand, 0, sizeof(cand));

	if (v != NULL && v->kind == GOAL_SCALAR) {
		m = masked(d->arena, v->str, v->len, &g->phrase);
		cand.plain = v->str;
		cand.masked = m;
	}

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
		run_rule(l, r, g, m, &cand, d);
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
