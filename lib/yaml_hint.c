/*
 * yaml_hint.c: libyaml's problems in plain words, at the line to change.
 *
 * libyaml says what its grammar expected ("mapping values are not
 * allowed in this context") where it noticed, which is sometimes a line
 * after the mistake.  People who write goal files by hand make a handful
 * of mistakes again and again: a colon in a plain value, a tab in the
 * indentation, a key without its colon, a line out of step with those
 * above it, a character that cannot start a plain value.  Each is known
 * by libyaml's problem and the text around it, which the source still
 * holds, and is said as what to do, at the place to change.  Anything
 * else keeps libyaml's words.
 *
 * This runs once, when a file fails: it may walk back over lines.  It
 * never guesses beyond the text it holds: where the source no longer
 * has a line it needs, libyaml's words stand.
 */
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "libgoal.h"

/* Lines looked at above the problem for the indentation to suggest. */
#define HINT_LINES	1000

/* The longest piece of the file quoted in a message. */
#define HINT_QUOTE	48

struct text {
	const char	*buf;		/* buf[0] is at file offset base */
	unsigned long	 base, end;
	struct goal_pos	 at;		/* libyaml's place: its line is known */
};

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

static char
byte(const struct text *t, unsigned long off)
{
	return off >= t->base && off < t->end ? t->buf[off - t->base] : '\0';
}

static int
is_break(char c)
{
	return c == '\n' || c == '\r';
}

/* The start of the line holding off: 0 when the source has lost it. */
static int
line_start(const struct text *t, unsigned long off, unsigned long *start)
{
	while (off > t->base && !is_break(byte(t, off - 1)))
		off--;
	if (off == t->base && t->base != 0)
		return 0;
	*start = off;
	return 1;
}

static unsigned long
line_end(const struct text *t, unsigned long off)
{
	while (off < t->end && !is_break(byte(t, off)))
		off++;
	return off;
}

/* The start of the line before the one that starts at start. */
static int
prev_line(const struct text *t, unsigned long start, unsigned long *prev)
{
	if (start <= t->base)
		return 0;
	start--;
	if (byte(t, start) == '\n' && start > t->base &&
	    byte(t, start - 1) == '\r')
		start--;
	return line_start(t, start, prev);
}

/* The position of an offset on libyaml's line or one before it. */
static int
pos_of(const struct text *t, unsigned long off, struct goal_pos *pos)
{
	unsigned long	 start, p, line = t->at.line;

	if (off > t->at.off || !line_start(t, off, &start))
		return 0;
	for (p = off; p < t->at.off; p++)
		if (byte(t, p) == '\n' || (byte(t, p) == '\r' &&
		    byte(t, p + 1) != '\n'))
			line--;
	pos->line = line;
	pos->off = off;
	pos->col = off - start + 1;
	pos->ccol = 1;
	for (p = start; p < off; p++)
		pos->ccol += ((unsigned char)byte(t, p) & 0xC0) != 0x80;
	return 1;
}

/* The offset of a libyaml mark before the problem, found from its line. */
static int
mark_off(const struct text *t, const yaml_mark_t *m, unsigned long *off)
{
	unsigned long	 p, line = t->at.line;
	size_t		 col;

	if (m->line + 1 > line || !line_start(t, t->at.off, &p))
		return 0;
	for (; line > m->line + 1; line--)
		if (!prev_line(t, p, &p))
			return 0;
	for (col = 0; col < m->column && p < t->end && !is_break(byte(t, p));
	    col++)
		do
			p++;
		while (((unsigned char)byte(t, p) & 0xC0) == 0x80);
	*off = p;
	return 1;
}

/*
 * A line's shape: where its text starts, whether it is an item ("- "),
 * and where its key starts (after the dash), or 0 for a line with no
 * text, a comment or a document marker.
 */
struct line {
	unsigned long	 start, end;
	unsigned long	 text;		/* first byte that is not a space */
	unsigned long	 key;		/* after "- ", else text */
	int		 dash;		/* an item: "- " */
	int		 has_key;	/* key is "word:" with a space or end after */
	int		 opens;		/* "word:" with nothing after */
};

static int
read_line(const struct text *t, unsigned long start, struct line *l)
{
	unsigned long	 p, e;
	char		 c;

	memset(l, 0, sizeof(*l));
	l->start = start;
	l->end = line_end(t, start);
	for (p = start; p < l->end && byte(t, p) == ' '; p++)
		continue;
	c = byte(t, p);
	if (p == l->end || c == '#' || (p == start && (c == '-' ||
	    c == '.') && l->end - p >= 3 && byte(t, p + 1) == c &&
	    byte(t, p + 2) == c))
		return 0;
	l->text = l->key = p;
	if (c == '-' && (p + 1 == l->end || is_space(byte(t, p + 1)))) {
		l->dash = 1;
		for (p++; p < l->end && is_space(byte(t, p)); p++)
			continue;
		l->key = p;
	}
	for (; p < l->end && !is_space(byte(t, p)) && byte(t, p) != ':'; p++)
		continue;
	if (p > l->key && p < l->end && byte(t, p) == ':' &&
	    (p + 1 == l->end || is_space(byte(t, p + 1)))) {
		l->has_key = 1;
		for (e = p + 1; e < l->end && is_space(byte(t, e)); e++)
			continue;
		l->opens = e == l->end || byte(t, e) == '#';
	}
	return 1;
}

/* Copies a piece of the file into a message, cut between characters. */
static const char *
quote(const struct text *t, unsigned long from, unsigned long to,
    char out[HINT_QUOTE + 4])
{
	size_t	 n;

	while (to > from && is_space(byte(t, to - 1)))
		to--;
	for (n = 0; from + n < to && n < HINT_QUOTE; n++)
		out[n] = byte(t, from + n) == '\t' ? ' ' : byte(t, from + n);
	if (from + n < to) {
		while (n > 0 &&
		    ((unsigned char)byte(t, from + n) & 0xC0) == 0x80)
			n--;
		memcpy(out + n, "...", 3);
		n += 3;
	}
	out[n] = '\0';
	return out;
}

/*
 * The column a line out of step should move to: the nearest of the
 * columns above it where the same kind of line starts (items under
 * items, keys under keys), the nearest line winning a tie.  0 for none.
 */
static unsigned long
column_above(const struct text *t, const struct line *bad, unsigned long *near)
{
	struct line	 l;
	unsigned long	 start = bad->start, col, want, best = 0, bestd = 0, d;
	int		 n;

	want = (bad->dash ? bad->text : bad->key) - bad->start;
	for (n = 0; n < HINT_LINES && prev_line(t, start, &start); n++) {
		if (!read_line(t, start, &l))
			continue;
		if (bad->dash && l.dash)
			col = l.text - l.start;
		else if (bad->dash && l.opens && !l.dash)
			col = l.key - l.start;
		else if (!bad->dash && l.has_key)
			col = l.key - l.start;
		else
			continue;
		d = col > want ? col - want : want - col;
		if (d != 0 && (best == 0 || d < bestd)) {
			best = col + 1;
			bestd = d;
			*near = bad->dash ? l.text : l.key;
		}
		if (col == 0)
			break;	/* nothing above the top level */
	}
	return best;
}

/* "bad indentation: move ... to column N, under ... above it". */
static int
out_of_step(const struct text *t, const struct line *bad,
    struct goal_pos *pos, char *msg, size_t size)
{
	unsigned long	 col, near = 0, e;
	char		 q[HINT_QUOTE + 4];

	if ((col = column_above(t, bad, &near)) == 0 ||
	    !pos_of(t, bad->dash ? bad->text : bad->key, pos))
		return 0;
	if (bad->dash) {
		snprintf(msg, size, "bad indentation: move this \"-\" to "
		    "column %lu, under the \"-\" above it", col);
		return 1;
	}
	for (e = near; e < t->end && byte(t, e) != ':' &&
	    !is_break(byte(t, e)); e++)
		continue;
	snprintf(msg, size, "bad indentation: move this key to column %lu, "
	    "under \"%s\" above it", col, quote(t, near, e, q));
	return 1;
}

/* The line holding off, read: 0 when it cannot be. */
static int
line_at(const struct text *t, unsigned long off, struct line *l)
{
	unsigned long	 start;

	return line_start(t, off, &start) && read_line(t, start, l);
}

/* The end of a line's key: its colon.  Keys are plain words here. */
static unsigned long
key_colon(const struct text *t, const struct line *l)
{
	unsigned long	 p;

	for (p = l->key; p < l->end && byte(t, p) != ':'; p++)
		if (!(byte(t, p) == '_' || byte(t, p) == '-' ||
		    (byte(t, p) >= 'a' && byte(t, p) <= 'z') ||
		    (byte(t, p) >= 'A' && byte(t, p) <= 'Z') ||
		    (byte(t, p) >= '0' && byte(t, p) <= '9')))
			return 0;
	return l->has_key && p > l->key ? p : 0;
}

/*
 * ": " in a plain value: a colon in the value when the line has a key
 * before it, or when more than one word comes before it on its line
 * (keys are single words); else a key indented so deep that it reads as
 * more of the value above it.
 */
static int
mapping_values(const struct text *t, struct goal_pos *pos, char *msg,
    size_t size)
{
	struct line	 l;
	unsigned long	 p, kc, colon = t->at.off, e;
	char		 k[HINT_QUOTE + 4], v[HINT_QUOTE + 4];

	if (byte(t, colon) != ':' || !line_at(t, colon, &l))
		return 0;
	kc = key_colon(t, &l);
	if (kc == colon)
		return out_of_step(t, &l, pos, msg, size);
	if (kc == 0) {
		for (p = l.key; p < colon && !is_space(byte(t, p)); p++)
			continue;
		if (p == colon)
			return 0;
	}
	snprintf(msg, size, "a colon and a space inside a plain value start "
	    "a key: quote the value");
	if (kc == 0)
		return 1;
	for (p = kc + 1; p < l.end && is_space(byte(t, p)); p++)
		continue;
	for (e = p; e < l.end; e++)
		if (strchr("\"'#[]{}", byte(t, e)) != NULL)
			return 1;
	snprintf(msg, size, "a colon and a space inside a plain value start "
	    "a key: quote the value, as in %s: \"%s\"", quote(t, l.key, kc, k),
	    quote(t, p, l.end, v));
	return 1;
}

/* A tab where YAML wants spaces. */
static int
tab(const struct text *t, char *msg, size_t size)
{
	if (byte(t, t->at.off) != '\t')
		return 0;
	snprintf(msg, size, "a tab in the indentation: indent with spaces, "
	    "YAML does not allow tabs there");
	return 1;
}

/* A character that starts something else than a plain value. */
static int
bad_start(const struct text *t, unsigned long off, struct goal_pos *pos,
    char *msg, size_t size)
{
	char	 c = byte(t, off);

	if (strchr("@`%*>|", c) == NULL || c == '\0' || !pos_of(t, off, pos))
		return 0;
	snprintf(msg, size, "a plain value cannot start with \"%c\": quote "
	    "the value", c);
	return 1;
}

/* Text where the next key should be: "due 2027", "due:2027", or words. */
static int
no_colon(const struct text *t, unsigned long key, struct goal_pos *pos,
    char *msg, size_t size)
{
	static const char *const known[] = {
		"id", "goal", "area", "horizon", "measure", "why", "plan",
		"reward", "helpers", "resources", "started", "due",
		"achieved", "reviewed", "status", "share", "buddy", "review",
		"cadence", "reflection", "steps", "nolint", "remind", "owner",
		"goals", "hard", "easy", "helped", "differently"
	};
	unsigned long	 e = line_end(t, key), w;
	char		 q[HINT_QUOTE + 4];
	size_t		 i;

	if (!pos_of(t, key, pos))
		return 0;
	for (w = key; w < e && !is_space(byte(t, w)) && byte(t, w) != ':';
	    w++)
		continue;
	if (w < e && byte(t, w) == ':') {
		snprintf(msg, size, "no space after the colon in \"%s\": "
		    "write a space after it", quote(t, key, e, q));
		return 1;
	}
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strlen(known[i]) == w - key &&
		    memcmp(known[i], t->buf + (key - t->base), w - key) == 0) {
			snprintf(msg, size, "no colon after the key \"%s\": "
			    "write \"%s: ...\"", known[i], known[i]);
			return 1;
		}
	snprintf(msg, size, "\"%s\" is neither a key nor part of the value "
	    "above: indent it under that value, or write \"key: value\"",
	    quote(t, key, e, q));
	return 1;
}

/* A quoted value followed by more text: "Learn "Go" basics". */
static int
after_quote(const struct text *t, char *msg, size_t size)
{
	struct line	 l;
	unsigned long	 p;
	char		 c;

	if (!line_at(t, t->at.off, &l) || !l.has_key)
		return 0;
	for (p = l.key; byte(t, p) != ':'; p++)
		continue;
	for (p++; is_space(byte(t, p)); p++)
		continue;
	c = byte(t, p);
	if (p >= t->at.off || strchr("\"'[{", c) == NULL || c == '\0')
		return 0;
	if (c == '"')
		snprintf(msg, size, "text after the closing quote: put the "
		    "value in single quotes, or write each \" inside it as "
		    "a backslash and \"");
	else if (c == '\'')
		snprintf(msg, size, "text after the closing quote: write a "
		    "' inside single quotes as '', or put the value in "
		    "double quotes");
	else
		snprintf(msg, size, "a value that starts with \"%c\" is a %s: "
		    "quote the value", c,
		    c == '[' ? "list" : "mapping");
	return 1;
}

/*
 * "-goal: a" above the problem: a key that starts with a dash, meant as
 * an item.  libyaml finds out at the next item, a line later.
 */
static int
no_dash_space(const struct text *t, struct goal_pos *pos, char *msg,
    size_t size)
{
	struct line	 l;
	unsigned long	 start;
	int		 n;

	if (!line_start(t, t->at.off, &start))
		return 0;
	/* The problem's line, then the nearest line with text above it. */
	for (n = 0; n < 2; n++) {
		if (n == 1) {
			do
				if (!prev_line(t, start, &start))
					return 0;
			while (!read_line(t, start, &l));
		} else if (!read_line(t, start, &l))
			continue;
		if (!l.dash && byte(t, l.text) == '-' &&
		    byte(t, l.text + 1) != '-' && l.has_key &&
		    pos_of(t, l.text, pos)) {
			snprintf(msg, size, "no space after \"-\": an item "
			    "of a list is written \"- \" and its first key");
			return 1;
		}
	}
	return 0;
}

/* The backslash of a bad escape in double quotes, before the problem. */
static int
bad_escape(const struct text *t, struct goal_pos *pos, char *msg, size_t size)
{
	unsigned long	 p = t->at.off, start;

	if (!line_start(t, p, &start))
		return 0;
	while (p > start && byte(t, p) != '\\')
		p--;
	if (byte(t, p) != '\\' || !pos_of(t, p, pos))
		return 0;
	snprintf(msg, size, "a backslash in double quotes starts an escape: "
	    "put the value in single quotes, or write the backslash twice");
	return 1;
}

static int
has(const char *s, const char *what)
{
	return s != NULL && strstr(s, what) != NULL;
}

/*
 * Says libyaml's problem in plain words: 1 with msg and *pos set, 0 to
 * keep libyaml's words.  *pos is libyaml's problem mark on entry.
 */
int
goal_yaml_hint(const struct source *s, const struct yaml_parser_s *parser,
    struct goal_pos *pos, char *msg, size_t size)
{
	struct text	 t;
	struct line	 l;
	unsigned long	 off;
	const char	*problem = parser->problem, *ctx = parser->context;

	if (s->buf == NULL || s->odd_breaks || problem == NULL ||
	    pos->off < s->base || pos->off > s->base + s->len)
		return 0;
	t.buf = s->buf;
	t.base = s->base;
	t.end = s->base + s->len;
	t.at = *pos;
	if (has(problem, "tab character") || (has(problem, "cannot start "
	    "any token") && byte(&t, pos->off) == '\t'))
		return tab(&t, msg, size);
	if (has(problem, "cannot start any token"))
		return bad_start(&t, pos->off, pos, msg, size);
	if (has(problem, "mapping values are not allowed"))
		return mapping_values(&t, pos, msg, size);
	if (has(problem, "block sequence entries are not allowed")) {
		snprintf(msg, size, "a list cannot start on its key's line: "
		    "put each \"- \" on a line of its own, indented under the "
		    "key");
		return 1;
	}
	if (has(problem, "could not find expected ':'") &&
	    mark_off(&t, &parser->context_mark, &off))
		return no_colon(&t, off, pos, msg, size);
	if ((has(ctx, "while scanning an alias") || has(ctx, "while scanning "
	    "a block scalar")) && mark_off(&t, &parser->context_mark, &off))
		return bad_start(&t, off, pos, msg, size);
	if (has(ctx, "quoted scalar") && has(problem, "end of stream") &&
	    mark_off(&t, &parser->context_mark, &off) && pos_of(&t, off, pos)) {
		snprintf(msg, size, "this quote is never closed: end the value "
		    "with the same quote");
		return 1;
	}
	if (has(ctx, "quoted scalar") && (has(problem, "escape") ||
	    has(problem, "hexdecimal")))
		return bad_escape(&t, pos, msg, size);
	if (has(problem, "did not find expected key") ||
	    has(problem, "did not find expected '-'")) {
		if (after_quote(&t, msg, size) || no_dash_space(&t, pos, msg,
		    size))
			return 1;
		if (!line_at(&t, pos->off, &l) || (l.dash ? l.text :
		    l.key) != pos->off)
			return 0;
		return out_of_step(&t, &l, pos, msg, size);
	}
	if (has(problem, "did not find expected ','") &&
	    parser->context_mark.line < parser->problem_mark.line &&
	    mark_off(&t, &parser->context_mark, &off) &&
	    memchr(t.buf + (off - t.base), byte(&t, off) == '[' ? ']' : '}',
	    line_end(&t, off) - off) == NULL && pos_of(&t, off, pos)) {
		snprintf(msg, size, "this \"%c\" is not closed on its line: "
		    "end it with \"%c\"", byte(&t, off),
		    byte(&t, off) == '[' ? ']' : '}');
		return 1;
	}
	if (has(problem, "did not find expected ','") &&
	    byte(&t, pos->off) == ':')
		return mapping_values(&t, pos, msg, size);
	return 0;
}

/*
 * Words a sentence does not end on: a value that ends with one was cut
 * short.
 */
static const char *const unfinished[] = {
	"a", "about", "after", "an", "and", "as", "at", "before", "by",
	"each", "every", "for", "from", "in", "into", "my", "of", "on",
	"or", "our", "per", "than", "the", "through", "to", "until", "via",
	"with", "within", NULL
};

static int
ends_unfinished(const struct goal_node *n)
{
	size_t	 e = n->len, b, i;

	while (e > 0 && (n->str[e - 1] == ' ' || n->str[e - 1] == '\t'))
		e--;
	for (b = e; b > 0 && n->str[b - 1] != ' ' && n->str[b - 1] != '\n';
	    b--)
		continue;
	for (i = 0; unfinished[i] != NULL; i++)
		if (strlen(unfinished[i]) == e - b &&
		    strncasecmp(unfinished[i], n->str + b, e - b) == 0)
			return 1;
	return 0;
}

/*
 * " #" after a plain value starts a comment, and YAML drops it without
 * a word: "Ship release #2 by June" is "Ship release".  Most comments
 * beside a value are meant ("due: 2027  # the contract ends"), so only
 * two shapes are taken for a mistake: "#" followed at once by a digit
 * (an issue, a rank, a release: comments are written "# ..."), and a
 * value that ends on a word no sentence ends on ("Close the tickets in
 * #support").  Called for each plain value, with end where it ends: it
 * looks at a byte or two when there is no comment, which is nearly
 * always.
 */
void
goal_yaml_lost(struct source *s, unsigned long end, struct goal_node *n,
    struct goal_arena *a)
{
	struct goal_node	*c;
	const char		*p;
	size_t			 len, i, k, e;

	if (end < s->base || end > s->base + s->len)
		return;
	p = source_text(s, end, s->base + s->len, &len);
	for (k = 0; k < len && (p[k] == ' ' || p[k] == '\t'); k++)
		continue;
	if (k == 0 || k == len || p[k] != '#' || n->len == 0)
		return;
	for (e = k + 1; e < len && p[e] != '\n' && p[e] != '\r'; e++)
		continue;
	if (!(k + 1 < e && p[k + 1] >= '0' && p[k + 1] <= '9') &&
	    !ends_unfinished(n))
		return;
	c = goal_arena_calloc(a, 1, sizeof(*c));
	c->kind = GOAL_SCALAR;
	c->style = GOAL_PLAIN;
	c->pos = goal_pos_advance(n->pos, n->src, n->srclen, n->srclen);
	c->pos.col += k;
	c->pos.ccol += k;
	c->pos.off += k;
	while (e > k && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	c->str = goal_arena_strndup(a, p + k, e - k);
	c->len = e - k;
	for (i = 0; i < c->len; i++)
		if (c->str[i] == '\t')
			((char *)c->str)[i] = ' ';
	n->lost = c;
}
