/*
 * literals.c: the words a pattern cannot match without.
 *
 * Most texts a rule reads hold none of its words: "Read 2 books on
 * negotiation" has nothing a life-goal rule looks for, yet the matcher
 * tries each of the rule's alternatives at each word of it.  This reads
 * a pattern and finds what every text it matches in holds, case folded:
 * one of several terms, each a few sets of strings, one string of each
 * set (litset.c), so that prefilter.c can skip the rule for a text where
 * no term holds (the idea of RE2's prefilter and of Russ Cox's code
 * search index).
 *
 * The answer must never be wrong, only weak, so the reader understands a
 * small subset of PCRE2's syntax, what rules are written in: literals,
 * groups, alternatives, quantifiers, classes, the common escapes and
 * assertions.  Anything else ((?x), \Q, \x.., back references,
 * recursion, conditions, verbs) gives up on the whole pattern, and the
 * rule runs on every text as before.
 *
 * With UTF and UCP, \d also matches digits of other scripts, and a
 * caseless k or s the Kelvin sign and the long s: prefilter.c takes the
 * sets \d made as found in a text past ASCII, and reads no text with
 * those two characters.
 */
#include <limits.h>
#include <string.h>

#include "libgoal.h"

#define DEPTH_MAX	64	/* groups inside groups */

struct reader {
	const unsigned char	*p, *end;
	struct lint_lits	 ll;
	int			 depth;
};

static struct lint_known alternatives(struct reader *);

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* One byte, folded: its own exact piece. */
static struct lint_known
byte(struct reader *rd, unsigned char c)
{
	char	*p = goal_arena_alloc(rd->ll.a, 1);

	*p = (char)fold(c);
	return lits_chars(&rd->ll, p, 1);
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Past a UTF-8 character's continuation bytes. */
static void
skip_char(struct reader *rd)
{
	rd->p++;
	while (rd->p < rd->end && (*rd->p & 0xC0) == 0x80)
		rd->p++;
}

/* Past the closing byte c; sets bad when there is none. */
static void
skip_past(struct reader *rd, unsigned char c)
{
	while (rd->p < rd->end && *rd->p != c)
		rd->p++;
	if (rd->p == rd->end)
		rd->ll.bad = 1;
	else
		rd->p++;
}

/* An escape outside a class, from the byte after the backslash. */
static struct lint_known
escape(struct reader *rd)
{
	static const char	 digits[] = "0123456789";
	static const char	 ctl[] = "\n\t\r\f\033\007";
	const char		*named = "ntrfea";
	struct lint_known	 k;
	unsigned char		 c;

	if (rd->p == rd->end) {
		rd->ll.bad = 1;
		return lits_any();
	}
	c = *rd->p;
	if (c >= 0x80) {
		skip_char(rd);
		return lits_any();
	}
	rd->p++;
	if (!is_alnum(c))
		return byte(rd, c);
	if (strchr("bBAzZGK", c) != NULL)
		return lits_empty();
	if (c == 'd') {
		k = lits_chars(&rd->ll, digits, 10);
		k.set.wide = 1;
		return k;
	}
	if (strchr("DwWsShHvVRX", c) != NULL)
		return lits_any();
	if (c == 'N' && (rd->p == rd->end || *rd->p != '{'))
		return lits_any();
	if (c == 'p' || c == 'P') {
		if (rd->p < rd->end && *rd->p == '{')
			skip_past(rd, '}');
		else if (rd->p < rd->end)
			rd->p++;
		return lits_any();
	}
	if (strchr(named, c) != NULL)
		return lits_chars(&rd->ll, ctl + (strchr(named, c) - named), 1);
	rd->ll.bad = 1;	/* \x, \o, \c, \Q, back references... */
	return lits_any();
}

/*
 * A class, from the byte after "[": the exact set of its characters when
 * it lists a few ASCII ones and nothing else, else any.
 */
static struct lint_known
class(struct reader *rd)
{
	char		*set;
	size_t		 n = 0;
	unsigned char	 c;
	int		 complex = 0, first = 1;

	set = goal_arena_alloc(rd->ll.a, 8);
	if (rd->p < rd->end && *rd->p == '^') {
		complex = 1;
		rd->p++;
	}
	for (;;) {
		if (rd->p == rd->end) {
			rd->ll.bad = 1;
			return lits_any();
		}
		c = *rd->p;
		if (c == ']' && !first) {
			rd->p++;
			break;
		}
		first = 0;
		if (c == '[' && rd->p + 1 < rd->end && strchr(":.=",
		    rd->p[1]) != NULL) {
			rd->ll.bad = 1;	/* POSIX classes: not worth reading */
			return lits_any();
		}
		if (c >= 0x80) {
			skip_char(rd);
			complex = 1;
			continue;
		}
		rd->p++;
		if (c == '\\') {
			if (rd->p == rd->end || *rd->p >= 0x80 ||
			    strchr("QEcxoNpPu", *rd->p) != NULL) {
				rd->ll.bad = 1;
				return lits_any();
			}
			c = *rd->p++;
			if (is_alnum(c)) {
				complex = 1;	/* \d, \w, \b (a backspace)... */
				continue;
			}
		}
		/* A range: its bytes are not worth listing. */
		if (rd->p + 1 < rd->end && rd->p[0] == '-' && rd->p[1] != ']')
			complex = 1;
		c = fold(c);
		if (n < 8 && memchr(set, c, n) == NULL)
			set[n++] = (char)c;
		else if (memchr(set, c, n) == NULL)
			complex = 1;
	}
	return complex ? lits_any() : lits_chars(&rd->ll, set, n);
}

/* A count in a quantifier; big ones are all the same here. */
static unsigned long
number(struct reader *rd)
{
	unsigned long	 v = 0;

	for (; rd->p < rd->end && is_digit(*rd->p); rd->p++)
		if (v < 100000)
			v = v * 10 + (unsigned long)(*rd->p - '0');
	return v;
}

/* A quantifier's bounds, or bad when it is not one of the plain forms. */
static void
quantifier(struct reader *rd, unsigned long *min, unsigned long *max)
{
	unsigned char	 c = *rd->p++;

	*min = c == '+';
	*max = c == '?' ? 1 : ULONG_MAX;
	if (c != '{')
		return;
	/* "{,n}" and a "{" that starts no quantifier differ by version. */
	if (rd->p == rd->end || !is_digit(*rd->p)) {
		rd->ll.bad = 1;
		return;
	}
	*min = *max = number(rd);
	if (rd->p < rd->end && *rd->p == ',') {
		rd->p++;
		*max = rd->p < rd->end && is_digit(*rd->p) ? number(rd) :
		    ULONG_MAX;
	}
	if (rd->p == rd->end || *rd->p != '}')
		rd->ll.bad = 1;
	else
		rd->p++;
}

/* The rest of a group, from the byte after its opening. */
static struct lint_known
group_body(struct reader *rd)
{
	struct lint_known	 s;

	if (++rd->depth > DEPTH_MAX) {
		rd->ll.bad = 1;
		return lits_any();
	}
	s = alternatives(rd);
	rd->depth--;
	if (rd->p == rd->end || *rd->p != ')')
		rd->ll.bad = 1;
	else
		rd->p++;
	return s;
}

/*
 * A group, from the byte after "(".  A lookahead or lookbehind that must
 * hold says its words are in the text; one that must not says nothing.
 */
static struct lint_known
group(struct reader *rd)
{
	unsigned char	 c;

	if (rd->p == rd->end || *rd->p == '*') {
		rd->ll.bad = 1;	/* (*VERB) and (*pla:...) */
		return lits_any();
	}
	if (*rd->p != '?')
		return group_body(rd);
	rd->p++;
	c = rd->p < rd->end ? *rd->p : 0;
	if (c == ':' || c == '>' || c == '|') {
		rd->p++;
		return group_body(rd);
	}
	if (c == '=' || (c == '<' && rd->p + 1 < rd->end && rd->p[1] == '=')) {
		rd->p += c == '=' ? 1 : 2;
		return lits_needed(&rd->ll, group_body(rd));
	}
	if (c == '!' || (c == '<' && rd->p + 1 < rd->end && rd->p[1] == '!')) {
		rd->p += c == '!' ? 1 : 2;
		(void)group_body(rd);
		return lits_empty();
	}
	if (c == '<' || c == '\'' || (c == 'P' && rd->p + 1 < rd->end &&
	    rd->p[1] == '<')) {
		/* A named group. */
		rd->p += c == 'P' ? 2 : 1;
		skip_past(rd, c == '\'' ? '\'' : '>');
		return group_body(rd);
	}
	if (c == '#') {
		skip_past(rd, ')');
		return lits_empty();
	}
	/* Options: only (?x) changes what the bytes of a pattern mean. */
	while (rd->p < rd->end && strchr("imnsUJ^-", *rd->p) != NULL &&
	    *rd->p != '\0')
		rd->p++;
	if (rd->p < rd->end && *rd->p == ')') {
		rd->p++;
		return lits_empty();
	}
	if (rd->p < rd->end && *rd->p == ':') {
		rd->p++;
		return group_body(rd);
	}
	rd->ll.bad = 1;	/* (?x), (?R), (?1), (?&n), (?(...), (?C... */
	return lits_any();
}

static struct lint_known
atom(struct reader *rd)
{
	unsigned char	 c = *rd->p;

	if (c >= 0x80) {
		/* Caseless, it may match an ASCII letter: see above. */
		skip_char(rd);
		return lits_any();
	}
	rd->p++;
	switch (c) {
	case '(':
		return group(rd);
	case '[':
		return class(rd);
	case '\\':
		return escape(rd);
	case '.':
		return lits_any();
	case '^':
	case '$':
		return lits_empty();
	case '{':
	case '*':
	case '+':
	case '?':
		rd->ll.bad = 1;
		return lits_any();
	default:
		return byte(rd, c);
	}
}

/* An atom and its quantifier, if any. */
static struct lint_known
repeated(struct reader *rd)
{
	struct lint_known	 k = atom(rd);
	unsigned long		 min, max;

	if (rd->ll.bad || rd->p == rd->end || *rd->p == '\0' ||
	    strchr("*+?{", *rd->p) == NULL)
		return k;
	quantifier(rd, &min, &max);
	if (rd->p < rd->end && (*rd->p == '?' || *rd->p == '+'))
		rd->p++;	/* lazy or possessive: the same strings */
	if (min == 1 && max == 1)
		return k;
	if (min == 0)
		return max == 1 && k.exact ?
		    lits_either(&rd->ll, k, lits_empty()) : lits_any();
	return lits_needed(&rd->ll, k);
}

/*
 * One alternative: a run of exact pieces grows while their strings stay
 * few and short; what the runs and the other pieces need is gathered.
 */
static struct lint_known
sequence(struct reader *rd)
{
	struct lint_known	 need = lits_any(), k;
	struct lint_need	 run, joined;
	int			 exact = 1;

	run = lits_empty().set;
	while (rd->p < rd->end && *rd->p != '|' && *rd->p != ')') {
		k = repeated(rd);
		if (rd->ll.bad)
			return lits_any();
		if (k.exact && lits_cross(&rd->ll, &run, &k.set, &joined)) {
			run = joined;
			continue;
		}
		exact = 0;
		need = lits_both(&rd->ll, need, lits_exact(run));
		if (k.exact) {
			run = k.set;
			continue;
		}
		need = lits_both(&rd->ll, need, k);
		run = lits_empty().set;
	}
	if (exact)
		return lits_exact(run);
	return lits_both(&rd->ll, need, lits_exact(run));
}

static struct lint_known
alternatives(struct reader *rd)
{
	struct lint_known	 k = sequence(rd);

	while (!rd->ll.bad && rd->p < rd->end && *rd->p == '|') {
		rd->p++;
		k = lits_either(&rd->ll, k, sequence(rd));
	}
	return k;
}

/* A reader at the start of a pattern of len bytes, its sets made in a. */
static void
reader_start(struct reader *rd, struct goal_arena *a, const char *pattern,
    size_t len)
{
	memset(rd, 0, sizeof(*rd));
	rd->p = (const unsigned char *)pattern;
	rd->end = rd->p + len;
	rd->ll.a = a;
}

/* Whether the reader knows every construct of the pattern. */
static int
understood(struct goal_arena *a, const char *pattern, size_t len)
{
	struct reader	 rd;

	reader_start(&rd, a, pattern, len);
	(void)alternatives(&rd);
	return !rd.ll.bad && rd.p == rd.end;
}

/*
 * What every match of a pattern of len bytes needs, made in a: one of
 * *nterm terms, each of sets of strings folded to lower case, a match
 * holding one string of each set of the term.  Returns 0 when nothing
 * can be said: some match may hold none.
 */
int
lint_literals(struct goal_arena *a, const char *pattern, size_t len,
    struct lint_term **term, size_t *nterm)
{
	struct reader		 rd;
	struct lint_known	 k;

	reader_start(&rd, a, pattern, len);
	k = lits_needed(&rd.ll, alternatives(&rd));
	if (rd.ll.bad || rd.p != rd.end || lits_nothing(&k))
		return 0;
	lits_drop_common(&k);
	*term = k.term;
	*nterm = k.nterm;
	return 1;
}

/*
 * Splitting a pattern into parts, for a require rule (match.c): a rule
 * that only asks whether its pattern matches somewhere.  A match of
 * A|B exists where one of A or of B does, and A(?:B|C)D matches where
 * ABD or ACD does: the backtracking matcher tries every way but those
 * that atomic groups, possessive quantifiers and verbs cut off, and a
 * cut inside a part is the same in the whole.  Each part can then be
 * filtered alone, and the cheap ones that usually match run first.
 *
 * Only what the reader above understands is split (no verbs, no back
 * references, no recursion, no conditions), and not a pattern with \G
 * (it reads the start offset), \K (a match whose start moved) or (?|
 * (numbering games).  An option set alone, as "(?i)", holds to the end
 * of its group, into the alternatives that follow it: one at the start
 * of the pattern is put before every part, one anywhere else at the top
 * level stops the split, and one at the top of a group's alternatives
 * keeps that group whole.  match.c checks, with the compiled parts,
 * that no match can be empty (it steps over those).
 */

/* Past a class, from the byte after "[". */
static const char *
past_class(const char *p, const char *end)
{
	int	 first = 1;

	if (p < end && *p == '^')
		p++;
	for (; p < end; p++, first = 0) {
		if (*p == ']' && !first)
			return p + 1;
		if (*p == '\\' && p + 1 < end)
			p++;
	}
	return end;
}

/* Whether the group opening at p is an option setting such as "(?i)". */
static const char *
setting(const char *p, const char *end)
{
	if (end - p < 3 || p[0] != '(' || p[1] != '?')
		return NULL;
	for (p += 2; p < end && *p != '\0' && strchr("imnsUJ^-", *p) != NULL;
	    p++)
		;
	return p < end && *p == ')' ? p + 1 : NULL;
}

/*
 * From p, the first '|' or ')' of this level (or end); a group inside
 * is passed whole, as are classes, escapes and comments.  *bad is set
 * by \G, \K and (?|.
 */
static const char *
level_end(const char *p, const char *end, int *bad)
{
	int	 depth = 0;

	while (p < end) {
		switch (*p) {
		case '\\':
			if (p + 1 < end && (p[1] == 'G' || p[1] == 'K'))
				*bad = 1;
			p += p + 1 < end ? 2 : 1;
			break;
		case '[':
			p = past_class(p + 1, end);
			break;
		case '(':
			if (end - p >= 3 && p[1] == '?' && p[2] == '#') {
				while (p < end && *p != ')')
					p++;
				p += p < end;
				break;
			}
			if (end - p >= 3 && p[1] == '?' && p[2] == '|')
				*bad = 1;
			depth++;
			p++;
			break;
		case ')':
			if (depth == 0)
				return p;
			depth--;
			p++;
			break;
		case '|':
			if (depth == 0)
				return p;
			p++;
			break;
		default:
			p++;
		}
	}
	return end;
}

/* Past the group whose body starts at p: after its ')', or end. */
static const char *
past_group(const char *p, const char *end, int *bad)
{
	for (;;) {
		p = level_end(p, end, bad);
		if (p == end)
			return end;
		if (*p == ')')
			return p + 1;
		p++;
	}
}

/* Whether s to e holds an option setting at its own level. */
static int
sets_options(const char *s, const char *e, int *bad)
{
	const char	*p = s;

	while (p < e) {
		if (*p == '(') {
			if (setting(p, e) != NULL)
				return 1;
			p = past_group(p + 1, e, bad);
		} else if (*p == '\\')
			p += p + 1 < e ? 2 : 1;
		else if (*p == '[')
			p = past_class(p + 1, e);
		else
			p++;
	}
	return 0;
}

struct splitter {
	struct goal_arena	*a;
	struct lint_lit		*part;
	size_t			 n, cap;
	const char		*pre;	/* the options before every part */
	size_t			 prelen;
	int			 bad;
};

/* One part: the options, then the pieces. */
static void
add_part(struct splitter *sp, const char *s1, size_t n1, const char *s2,
    size_t n2, const char *s3, size_t n3)
{
	char	*p;

	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? 2 * sp->cap : 16;
		p = goal_arena_alloc(sp->a, sp->cap * sizeof(*sp->part));
		if (sp->n > 0)
			memcpy(p, sp->part, sp->n * sizeof(*sp->part));
		sp->part = (struct lint_lit *)(void *)p;
	}
	p = goal_arena_alloc(sp->a, sp->prelen + n1 + n2 + n3 + 1);
	memcpy(p, sp->pre, sp->prelen);
	memcpy(p + sp->prelen, s1, n1);
	memcpy(p + sp->prelen + n1, s2, n2);
	memcpy(p + sp->prelen + n1 + n2, s3, n3);
	p[sp->prelen + n1 + n2 + n3] = '\0';
	sp->part[sp->n].s = p;
	sp->part[sp->n++].len = sp->prelen + n1 + n2 + n3;
}

/* Whether an alternative is a plain word, to run with its neighbours. */
static int
plain(const char *s, const char *e)
{
	if (s == e)
		return 0;
	for (; s < e; s++)
		if (!is_alnum((unsigned char)*s))
			return 0;
	return 1;
}

/*
 * The group of one alternative s to e to be spread: the only plain
 * "(?:...)" at its level that has alternatives and no quantifier, with
 * no options set at the top of them.  Its body in *body to *bend (its
 * ")"); 0
 * when there is none such.
 */
static int
spread_group(struct splitter *sp, const char *s, const char *e,
    const char **body, const char **bend)
{
	const char	*p = s, *g, *b;
	int		 found = 0;

	while (p < e) {
		if (*p == '\\') {
			p += p + 1 < e ? 2 : 1;
			continue;
		}
		if (*p == '[') {
			p = past_class(p + 1, e);
			continue;
		}
		if (*p != '(') {
			p++;
			continue;
		}
		g = p;
		p = past_group(p + 1, e, &sp->bad);
		if (p - g < 5 || g[1] != '?' || g[2] != ':')
			continue;
		b = level_end(g + 3, p - 1, &sp->bad);
		if (b == p - 1)
			continue;	/* no alternatives */
		if (found++ > 0 || (p < e && strchr("*+?{", *p) != NULL) ||
		    sets_options(g + 3, p - 1, &sp->bad))
			return 0;
		*body = g + 3;
		*bend = p - 1;
	}
	return found == 1;
}

/*
 * One top-level alternative s to e: itself, or with its group spread,
 * a part per alternative of the group but runs of plain words, which
 * make one part (one call of the matcher for a list of words).
 */
static void
split_alternative(struct splitter *sp, const char *s, const char *e)
{
	const char	*body, *bend, *b, *q, *next;

	if (!spread_group(sp, s, e, &body, &bend)) {
		add_part(sp, s, (size_t)(e - s), "", 0, "", 0);
		return;
	}
	for (b = body;; b = q + 1) {
		q = level_end(b, bend, &sp->bad);
		/* A run of plain words is one list, as it is written. */
		if (plain(b, q))
			while (q < bend) {
				next = level_end(q + 1, bend, &sp->bad);
				if (!plain(q + 1, next))
					break;
				q = next;
			}
		/* What comes before and "(?:", these, then ")" and the rest. */
		add_part(sp, s, (size_t)(body - s), b, (size_t)(q - b), bend,
		    (size_t)(e - bend));
		if (q >= bend)
			break;
	}
}

/*
 * The parts of a pattern of len bytes, made in a: *npart of them in
 * *part, which match where the pattern does.  Returns 0 when it cannot
 * be split (or is one part).
 */
int
lint_split(struct goal_arena *a, const char *pattern, size_t len,
    struct lint_lit **part, size_t *npart)
{
	struct splitter	 sp;
	const char	*p = pattern, *end = pattern + len, *q, *o;

	if (!understood(a, pattern, len))
		return 0;
	memset(&sp, 0, sizeof(sp));
	sp.a = a;
	while ((o = setting(p, end)) != NULL)
		p = o;
	sp.pre = pattern;
	sp.prelen = (size_t)(p - pattern);
	if (sets_options(p, end, &sp.bad))
		return 0;
	for (;;) {
		q = level_end(p, end, &sp.bad);
		if (q < end && *q == ')')
			return 0;	/* unbalanced: not read above */
		split_alternative(&sp, p, q);
		if (q == end)
			break;
		p = q + 1;
	}
	if (sp.bad || sp.n < 2)
		return 0;
	*part = sp.part;
	*npart = sp.n;
	return 1;
}

/*
 * A forbid pattern that starts "(?s...)\A(?!.*?N)" (the vague rules:
 * no number anywhere, then the rest): the look-ahead holds exactly when
 * N has no match anywhere in the text, empty or not, for with (?s) the
 * ".*?" reaches every place.  So N can run alone, unanchored, where
 * PCRE2 finds its first bytes fast (inside the look-ahead it is tried
 * at every place), once a text for the rules that share it, and the
 * rest, "\A" and what follows the look-ahead, only when N is absent.
 * Options set at the start are put before both; options set inside the
 * look-ahead end with it.  The rest runs from the same offsets as the
 * whole did, so \K and \G mean the same in it.  Returns 0 when the
 * pattern is not of this form or holds what the reader above does not
 * understand, or N holds \G, \K or (?|.
 */
int
lint_guard(struct goal_arena *a, const char *pattern, size_t len,
    struct lint_lit *guard, struct lint_lit *rest)
{
	const char	*p = pattern, *end = pattern + len, *o, *n, *close;
	char		*g, *r;
	size_t		 pre, nlen, rlen;
	int		 bad = 0, rest_bad = 0, dotall = 0;

	while ((o = setting(p, end)) != NULL) {
		/* "(?s)", "(?is)"...: set, never unset ("(?-s)", "(?^)"). */
		if (memchr(p, '-', (size_t)(o - p)) != NULL ||
		    memchr(p, '^', (size_t)(o - p)) != NULL)
			return 0;
		if (memchr(p, 's', (size_t)(o - p)) != NULL)
			dotall = 1;
		p = o;
	}
	pre = (size_t)(p - pattern);
	if (!dotall || end - p < 9 || memcmp(p, "\\A(?!.*?", 8) != 0)
		return 0;
	/* Read whole only now: most patterns are not of the form. */
	if (!understood(a, pattern, len))
		return 0;
	n = p + 8;
	close = past_group(n, end, &bad);	/* after the look-ahead's ")" */
	if (bad || close[-1] != ')' || close - 1 == n)
		return 0;
	/*
	 * "(?!.*?A|B)" is not "A or B anywhere", and "\A(?!.*?N)X|Y" lets
	 * Y match where N is: one alternative on each side.
	 */
	if (level_end(n, close - 1, &bad) != close - 1 || bad ||
	    level_end(close, end, &rest_bad) != end)
		return 0;
	nlen = (size_t)(close - 1 - n);
	rlen = (size_t)(end - close);
	g = goal_arena_alloc(a, pre + 3 + nlen + 2);
	memcpy(g, pattern, pre);
	memcpy(g + pre, "(?:", 3);
	memcpy(g + pre + 3, n, nlen);
	memcpy(g + pre + 3 + nlen, ")", 2);
	r = goal_arena_alloc(a, pre + 2 + rlen + 1);
	memcpy(r, pattern, pre);
	memcpy(r + pre, "\\A", 2);
	memcpy(r + pre + 2, close, rlen);
	r[pre + 2 + rlen] = '\0';
	guard->s = g;
	guard->len = pre + 3 + nlen + 1;
	rest->s = r;
	rest->len = pre + 2 + rlen;
	return 1;
}
