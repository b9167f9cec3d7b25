/*
 * scalar.c: from an offset in a parsed scalar back to its source.
 *
 * libyaml gives only where a scalar starts and ends.  A rule that matches
 * inside a folded, quoted or escaped value must still point at the right
 * line and byte column, so the value is walked beside its source text:
 * what the two share is matched byte for byte, and what only the source
 * has (quotes, indentation, escapes, line breaks) is stepped over.  A
 * character that a line fold or an escape produced points at the fold or
 * the escape.
 */
#include <stdint.h>
#include <string.h>

#include "libgoal.h"

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static size_t
utf8_len(unsigned long cp)
{
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/*
 * An escape of a double-quoted scalar at s (s[0] is the backslash):
 * sets how many source bytes it takes and how many value bytes it makes.
 */
static void
escape_size(const char *s, size_t avail, size_t *src, size_t *out)
{
	unsigned long	 cp = 0;
	size_t		 digits = 0, i;
	int		 h;

	*src = avail < 2 ? avail : 2;
	*out = 1;
	if (avail < 2)
		return;
	switch (s[1]) {
	case 'N':
	case '_':
		*out = 2;
		return;
	case 'L':
	case 'P':
		*out = 3;
		return;
	case '\r':
	case '\n':
		/* An escaped line break joins the lines: it makes nothing. */
		*src = s[1] == '\r' && avail > 2 && s[2] == '\n' ? 3 : 2;
		*out = 0;
		return;
	case 'x':
		digits = 2;
		break;
	case 'u':
		digits = 4;
		break;
	case 'U':
		digits = 8;
		break;
	default:
		return;
	}
	for (i = 0; i < digits && 2 + i < avail; i++) {
		if ((h = hexval((unsigned char)s[2 + i])) < 0)
			break;
		cp = cp << 4 | (unsigned long)h;
	}
	*src = 2 + i;
	*out = utf8_len(cp);
}

static int
is_break(char c)
{
	return c == '\n' || c == '\r';
}

/* Where the value of a scalar starts in its source. */
static size_t
content_start(const struct goal_node *n)
{
	const char	*nl;

	switch (n->style) {
	case GOAL_SINGLE_QUOTED:
	case GOAL_DOUBLE_QUOTED:
		return n->srclen > 0 ? 1 : 0;
	case GOAL_LITERAL:
	case GOAL_FOLDED:
		/* The header line: indicators and perhaps a comment. */
		nl = memchr(n->src, '\n', n->srclen);
		return nl ? (size_t)(nl - n->src) + 1 : n->srclen;
	default:
		return 0;
	}
}

/*
 * The walk of a value beside its source, from where a cursor left it to
 * value offset k: the state kept is the one the loop stops in, which a
 * walk from the start to any later offset also passes through.
 */
static void
walk_to(const struct goal_node *n, size_t k, size_t *ip, size_t *jp)
{
	const char	*s = n->src, *v = n->str;
	size_t		 i = *ip, j = *jp, sl = n->srclen, esrc, eout;

	while (i < k && j < sl) {
		if (n->style == GOAL_DOUBLE_QUOTED && s[j] == '\\') {
			escape_size(s + j, sl - j, &esrc, &eout);
			if (i + eout > k)
				break;
			i += eout;
			j += esrc;
			continue;
		}
		if (n->style == GOAL_SINGLE_QUOTED && s[j] == '\'' &&
		    j + 1 < sl && s[j + 1] == '\'' && v[i] == '\'') {
			i++;
			j += 2;
			continue;
		}
		if (s[j] == v[i]) {
			i++;
			j++;
		} else if (is_break(s[j]) && (v[i] == ' ' || v[i] == '\n')) {
			/* A fold made this character: it points at the break. */
			i++;
		} else if (s[j] == ' ' || s[j] == '\t' || is_break(s[j]) ||
		    (s[j] == '\'' && n->style == GOAL_SINGLE_QUOTED))
			j++;
		else
			break;	/* lost: the best place known */
	}
	*ip = i;
	*jp = j;
}

/*
 * The source offset of value offset k, from the walk's state (i, j) at
 * it: step over what only the source has before the character, but stop
 * at a break when a fold made the character.
 */
static size_t
source_offset_at(const struct goal_node *n, size_t k, size_t i, size_t j)
{
	const char	*s = n->src, *v = n->str;
	size_t		 sl = n->srclen;

	while (i == k && k < n->len && j < sl && s[j] != v[k] &&
	    (s[j] == ' ' || s[j] == '\t' ||
	    (is_break(s[j]) && v[k] != ' ' && v[k] != '\n')))
		j++;
	return j < sl ? j : sl;
}

/*
 * Moves a position over src from offset *jp to t, taking the steps
 * goal_pos_advance() takes from the start.  *jp and *pos are left at the
 * last step begun before t, which a walk to t or beyond also takes.
 */
static struct goal_pos
pos_walk(struct goal_pos *pos, size_t *jp, const char *src, size_t t,
    size_t len)
{
	struct goal_pos	 p = *pos;
	size_t		 j = *jp, brk;

	while (j < t) {
		*pos = p;
		*jp = j;
		if ((brk = goal_break_len(src + j, src + len)) > 0) {
			p.line++;
			p.col = p.ccol = 1;
			j += brk;
		} else {
			p.col++;
			p.ccol += ((unsigned char)src[j] & 0xC0) != 0x80;
			j++;
		}
	}
	p.off += j;
	return p;
}

void
goal_cursor_init(struct goal_cursor *c, const struct goal_node *n)
{
	c->n = n;
	c->i = 0;
	c->j = SIZE_MAX;	/* not started: most texts have no match */
	c->sj = 0;
	c->pos = n->pos;
}

/*
 * The position of byte k of a cursor's scalar in the file.  Offsets
 * asked in increasing order cost one walk over the scalar in all, however
 * many there are; an earlier one walks again from the start.  For a
 * collection, or past the value's end, the position of its start or end.
 */
struct goal_pos
goal_cursor_pos(struct goal_cursor *c, size_t k)
{
	const struct goal_node	*n = c->n;
	size_t			 t;

	if (n->kind != GOAL_SCALAR || n->src == NULL)
		return n->pos;
	if (k > n->len)
		k = n->len;
	if (k < c->i || c->j == SIZE_MAX) {
		c->i = 0;
		c->j = content_start(n);
	}
	walk_to(n, k, &c->i, &c->j);
	t = source_offset_at(n, k, c->i, c->j);
	if (t < c->sj) {
		c->sj = 0;
		c->pos = n->pos;
	}
	return pos_walk(&c->pos, &c->sj, n->src, t, n->srclen);
}

/* The position of byte k of a scalar's value in the file. */
struct goal_pos
goal_node_pos_at(const struct goal_node *n, size_t k)
{
	struct goal_cursor	 c;

	goal_cursor_init(&c, n);
	return goal_cursor_pos(&c, k);
}

/* A position moved over the first k bytes of src (of len bytes). */
struct goal_pos
goal_pos_advance(struct goal_pos pos, const char *src, size_t k, size_t len)
{
	size_t	 j, brk = 0;

	for (j = 0; j < k; j += brk ? brk : 1) {
		if ((brk = goal_break_len(src + j, src + len)) > 0) {
			pos.line++;
			pos.col = pos.ccol = 1;
		} else {
			pos.col++;
			pos.ccol += ((unsigned char)src[j] & 0xC0) != 0x80;
		}
	}
	pos.off += j;
	return pos;
}
