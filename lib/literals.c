/*
 * literals.c: the words a pattern cannot match without.
 *
 * Most texts a rule reads hold none of its words: "Read 2 books on
 * negotiation" has nothing a life-goal rule looks for, yet the matcher
 * tries each of the rule's alternatives at each word of it.  This reads
 * a pattern and finds a set of strings such that every text the pattern
 * matches in holds one of them, case folded, so that prefilter.c can skip
 * the rule for a text that holds none (the idea of RE2's prefilter and of
 * Russ Cox's code search index).
 *
 * The answer must never be wrong, only weak, so the reader understands a
 * small subset of PCRE2's syntax, what rules are written in: literals,
 * groups, alternatives, quantifiers, classes, the common escapes and
 * assertions.  Anything else ((?x), \Q, \x.., back references,
 * recursion, conditions, verbs) gives up on the whole pattern, and the
 * rule runs on every text as before.
 *
 * The strings are sound for texts that are all ASCII only: with UTF and
 * UCP, \d matches other digits, and a caseless k or s matches the Kelvin
 * sign and the long s.  prefilter.c skips nothing in other texts.
 */
#include <limits.h>
#include <string.h>

#include "libgoal.h"

#define EXACT_MAX	16	/* strings in an exact set */
#define LIT_MAX		32	/* bytes in one of them */
#define NEED_MAX	256	/* strings in a needed set */
#define DEPTH_MAX	64	/* groups inside groups */
#define SPEND_MAX	(1 << 20)	/* bytes of sets for one pattern */

struct lit {
	const char	*s;
	size_t		 len;
};

/*
 * What is known of a piece of the pattern.  Exact: the strings are all
 * it can match.  Otherwise, unless any is set, every match of it holds
 * one of the strings.
 */
struct set {
	int		 exact;
	int		 any;
	size_t		 n;
	struct lit	*lit;
};

struct reader {
	const unsigned char	*p, *end;
	struct goal_arena	*a;
	size_t			 spent;
	int			 depth;
	int			 bad;	/* a construct not understood */
};

static struct set alternatives(struct reader *);

static struct set
any(void)
{
	struct set	 s = { 0, 1, 0, NULL };

	return s;
}

static struct lit *
lits(struct reader *rd, size_t n)
{
	rd->spent += n * sizeof(struct lit);
	if (rd->spent > SPEND_MAX) {
		rd->bad = 1;
		n = 1;
	}
	return goal_arena_alloc(rd->a, n * sizeof(struct lit));
}

/* The exact set of the n strings of one byte in chars. */
static struct set
chars(struct reader *rd, const char *chars, size_t n)
{
	struct set	 s = { 1, 0, 0, NULL };
	size_t		 i;

	s.lit = lits(rd, n);
	if (rd->bad)
		return any();
	for (i = 0; i < n; i++) {
		s.lit[i].s = chars + i;
		s.lit[i].len = 1;
	}
	s.n = n;
	return s;
}

static struct set
empty(void)
{
	static const struct lit	 none = { "", 0 };
	struct set		 s = { 1, 0, 1, NULL };

	s.lit = (struct lit *)&none;
	return s;
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* One byte, folded: its own exact set. */
static struct set
byte(struct reader *rd, unsigned char c)
{
	char	*p = goal_arena_alloc(rd->a, 1);

	*p = (char)fold(c);
	return chars(rd, p, 1);
}

/* A set as a needed one: an exact set that matches "" needs nothing. */
static struct set
needed(struct set s)
{
	size_t	 i;

	if (s.exact)
		for (i = 0; i < s.n; i++)
			if (s.lit[i].len == 0)
				return any();
	s.exact = 0;
	return s;
}

static size_t
shortest(const struct set *s)
{
	size_t	 i, min = SIZE_MAX;

	for (i = 0; i < s->n; i++)
		if (s->lit[i].len < min)
			min = s->lit[i].len;
	return min;
}

/*
 * Of two needed sets, the one that rules out more texts: longer strings
 * are rarer, and fewer of them are found less often.
 */
static struct set
better(struct set a, struct set b)
{
	size_t	 la, lb;

	if (a.any)
		return b;
	if (b.any)
		return a;
	la = shortest(&a);
	lb = shortest(&b);
	if (la != lb)
		return la > lb ? a : b;
	return a.n <= b.n ? a : b;
}

static int
has(const struct set *s, const char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < s->n; i++)
		if (s->lit[i].len == len && memcmp(s->lit[i].s, p, len) == 0)
			return 1;
	return 0;
}

/* Each string of a then one of b, when that is few enough and short. */
static int
cross(struct reader *rd, const struct set *a, const struct set *b,
    struct set *out)
{
	struct set	 s = { 1, 0, 0, NULL };
	size_t		 i, j, len;
	char		*p;

	if (a->n * b->n > EXACT_MAX)
		return 0;
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			if (a->lit[i].len + b->lit[j].len > LIT_MAX)
				return 0;
	s.lit = lits(rd, a->n * b->n);
	for (i = 0; i < a->n && !rd->bad; i++)
		for (j = 0; j < b->n; j++) {
			len = a->lit[i].len + b->lit[j].len;
			rd->spent += len;
			p = goal_arena_alloc(rd->a, len + 1);
			memcpy(p, a->lit[i].s, a->lit[i].len);
			memcpy(p + a->lit[i].len, b->lit[j].s, b->lit[j].len);
			if (has(&s, p, len))
				continue;
			s.lit[s.n].s = p;
			s.lit[s.n++].len = len;
		}
	*out = s;
	return 1;
}

/* Either of two sets. */
static struct set
either(struct reader *rd, struct set a, struct set b)
{
	struct set	 s;
	size_t		 i;

	if (a.exact && b.exact && a.n + b.n <= EXACT_MAX) {
		s = a;
		s.lit = lits(rd, a.n + b.n);
		if (rd->bad)
			return any();
		memcpy(s.lit, a.lit, a.n * sizeof(*a.lit));
		for (i = 0; i < b.n; i++)
			if (!has(&s, b.lit[i].s, b.lit[i].len))
				s.lit[s.n++] = b.lit[i];
		return s;
	}
	a = needed(a);
	b = needed(b);
	if (a.any || b.any || a.n + b.n > NEED_MAX)
		return any();
	s = a;
	s.lit = lits(rd, a.n + b.n);
	if (rd->bad)
		return any();
	memcpy(s.lit, a.lit, a.n * sizeof(*a.lit));
	memcpy(s.lit + a.n, b.lit, b.n * sizeof(*b.lit));
	s.n = a.n + b.n;
	return s;
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
		rd->bad = 1;
	else
		rd->p++;
}

/* An escape outside a class, from the byte after the backslash. */
static struct set
escape(struct reader *rd)
{
	static const char	 digits[] = "0123456789";
	static const char	 ctl[] = "\n\t\r\f\033\007";
	const char		*named = "ntrfea";
	unsigned char		 c;

	if (rd->p == rd->end) {
		rd->bad = 1;
		return any();
	}
	c = *rd->p;
	if (c >= 0x80) {
		skip_char(rd);
		return any();
	}
	rd->p++;
	if (!is_alnum(c))
		return byte(rd, c);
	if (strchr("bBAzZGK", c) != NULL)
		return empty();
	if (c == 'd')
		return chars(rd, digits, 10);
	if (strchr("DwWsShHvVRX", c) != NULL)
		return any();
	if (c == 'N' && (rd->p == rd->end || *rd->p != '{'))
		return any();
	if (c == 'p' || c == 'P') {
		if (rd->p < rd->end && *rd->p == '{')
			skip_past(rd, '}');
		else if (rd->p < rd->end)
			rd->p++;
		return any();
	}
	if (strchr(named, c) != NULL)
		return chars(rd, ctl + (strchr(named, c) - named), 1);
	rd->bad = 1;	/* \x, \o, \c, \Q, back references... */
	return any();
}

/*
 * A class, from the byte after "[": the exact set of its characters when
 * it lists a few ASCII ones and nothing else, else any.
 */
static struct set
class(struct reader *rd)
{
	char		*set;
	size_t		 n = 0;
	unsigned char	 c;
	int		 complex = 0, first = 1;

	set = goal_arena_alloc(rd->a, 8);
	if (rd->p < rd->end && *rd->p == '^') {
		complex = 1;
		rd->p++;
	}
	for (;;) {
		if (rd->p == rd->end) {
			rd->bad = 1;
			return any();
		}
		c = *rd->p;
		if (c == ']' && !first) {
			rd->p++;
			break;
		}
		first = 0;
		if (c == '[' && rd->p + 1 < rd->end && strchr(":.=",
		    rd->p[1]) != NULL) {
			rd->bad = 1;	/* POSIX classes: not worth reading */
			return any();
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
				rd->bad = 1;
				return any();
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
	return complex ? any() : chars(rd, set, n);
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
		rd->bad = 1;
		return;
	}
	*min = *max = number(rd);
	if (rd->p < rd->end && *rd->p == ',') {
		rd->p++;
		*max = rd->p < rd->end && is_digit(*rd->p) ? number(rd) :
		    ULONG_MAX;
	}
	if (rd->p == rd->end || *rd->p != '}')
		rd->bad = 1;
	else
		rd->p++;
}

/* The rest of a group, from the byte after its opening. */
static struct set
group_body(struct reader *rd)
{
	struct set	 s;

	if (++rd->depth > DEPTH_MAX) {
		rd->bad = 1;
		return any();
	}
	s = alternatives(rd);
	rd->depth--;
	if (rd->p == rd->end || *rd->p != ')')
		rd->bad = 1;
	else
		rd->p++;
	return s;
}

/*
 * A group, from the byte after "(".  A lookahead or lookbehind that must
 * hold says its words are in the text; one that must not says nothing.
 */
static struct set
group(struct reader *rd)
{
	unsigned char	 c;

	if (rd->p == rd->end || *rd->p == '*') {
		rd->bad = 1;	/* (*VERB) and (*pla:...) */
		return any();
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
		return needed(group_body(rd));
	}
	if (c == '!' || (c == '<' && rd->p + 1 < rd->end && rd->p[1] == '!')) {
		rd->p += c == '!' ? 1 : 2;
		(void)group_body(rd);
		return empty();
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
		return empty();
	}
	/* Options: only (?x) changes what the bytes of a pattern mean. */
	while (rd->p < rd->end && strchr("imnsUJ^-", *rd->p) != NULL &&
	    *rd->p != '\0')
		rd->p++;
	if (rd->p < rd->end && *rd->p == ')') {
		rd->p++;
		return empty();
	}
	if (rd->p < rd->end && *rd->p == ':') {
		rd->p++;
		return group_body(rd);
	}
	rd->bad = 1;	/* (?x), (?R), (?1), (?&n), (?(...), (?C... */
	return any();
}

static struct set
atom(struct reader *rd)
{
	unsigned char	 c = *rd->p;

	if (c >= 0x80) {
		/* Caseless, it may match an ASCII letter: see above. */
		skip_char(rd);
		return any();
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
		return any();
	case '^':
	case '$':
		return empty();
	case '{':
	case '*':
	case '+':
	case '?':
		rd->bad = 1;
		return any();
	default:
		return byte(rd, c);
	}
}

/* An atom and its quantifier, if any. */
static struct set
repeated(struct reader *rd)
{
	struct set	 s = atom(rd);
	unsigned long	 min, max;

	if (rd->bad || rd->p == rd->end || strchr("*+?{", *rd->p) == NULL ||
	    *rd->p == '\0')
		return s;
	quantifier(rd, &min, &max);
	if (rd->p < rd->end && (*rd->p == '?' || *rd->p == '+'))
		rd->p++;	/* lazy or possessive: the same strings */
	if (min == 1 && max == 1)
		return s;
	if (min == 0)
		return max == 1 && s.exact ? either(rd, s, empty()) : any();
	return needed(s);
}

/*
 * One alternative: an exact run of strings grows while the pieces are
 * exact, and the best needed set of the pieces is kept for when it
 * cannot.
 */
static struct set
sequence(struct reader *rd)
{
	struct set	 run = empty(), best = any(), s, joined;
	int		 exact = 1;

	while (rd->p < rd->end && *rd->p != '|' && *rd->p != ')') {
		s = repeated(rd);
		if (rd->bad)
			return any();
		if (s.exact && cross(rd, &run, &s, &joined)) {
			run = joined;
			continue;
		}
		exact = 0;
		best = better(best, needed(run));
		if (s.exact) {
			run = s;
			continue;
		}
		best = better(best, s);
		run = empty();
	}
	return exact ? run : better(best, needed(run));
}

static struct set
alternatives(struct reader *rd)
{
	struct set	 s = sequence(rd);

	while (!rd->bad && rd->p < rd->end && *rd->p == '|') {
		rd->p++;
		s = either(rd, s, sequence(rd));
	}
	return s;
}

/*
 * The strings of a pattern of len bytes, folded to lower case and made
 * in a, in *out and *outlen (n of them).  Returns 0 when nothing can be
 * said: the pattern may match a text that holds none of any set.
 */
int
lint_literals(struct goal_arena *a, const char *pattern, size_t len,
    const char ***out, size_t **outlen, size_t *n)
{
	struct reader	 rd;
	struct set	 s;
	size_t		 i;

	memset(&rd, 0, sizeof(rd));
	rd.p = (const unsigned char *)pattern;
	rd.end = rd.p + len;
	rd.a = a;
	s = needed(alternatives(&rd));
	if (rd.bad || rd.p != rd.end || s.any || s.n == 0)
		return 0;
	*out = goal_arena_alloc(a, s.n * sizeof(**out));
	*outlen = goal_arena_alloc(a, s.n * sizeof(**outlen));
	for (i = 0; i < s.n; i++) {
		(*out)[i] = s.lit[i].s;
		(*outlen)[i] = s.lit[i].len;
	}
	*n = s.n;
	return 1;
}
