/*
 * source.c: the bytes libyaml reads, checked on their way in.
 *
 * The limits of goal(5) are enforced here, before libyaml sees a byte:
 * invalid UTF-8 and C0 control characters stop the input, and so does
 * more than GOAL_MAX_SCALAR bytes read since the last event, which is
 * what bounds the memory libyaml spends on one scalar.
 *
 * libyaml's marks count characters from the start of the stream (after
 * a byte order mark) and its columns count characters too; goal(5)
 * counts bytes.  The source keeps the text libyaml has read and not yet
 * turned into events, and two cursors that only walk forward: one from a
 * character index to a byte offset, one from a byte offset to a line and
 * a line start.  Each byte is walked over once, whatever the file's size.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

void
source_init(struct source *s, FILE *fp)
{
	memset(s, 0, sizeof(*s));
	s->fp = fp;
	s->line = 1;
	s->line_begins = 1;
}

void
source_free(struct source *s)
{
	free(s->buf);
	s->buf = NULL;
	free(s->wide);
	s->wide = NULL;
}

/* A character of more than one byte was read at off. */
static void
add_wide(struct source *s, unsigned long off, unsigned long extra)
{
	if (s->nwide == s->wide_cap) {
		if (s->wide_head > 0) {
			memmove(s->wide, s->wide + s->wide_head,
			    (s->nwide - s->wide_head) * sizeof(*s->wide));
			s->nwide -= s->wide_head;
			s->wide_head = 0;
		}
		if (s->nwide == s->wide_cap) {
			s->wide_cap = s->wide_cap ? 2 * s->wide_cap : 256;
			s->wide = goal_xreallocarray(s->wide, s->wide_cap,
			    sizeof(*s->wide));
		}
	}
	s->wide[s->nwide].off = off;
	s->wide[s->nwide++].extra = extra;
}

static int
fail(struct source *s, enum source_error error, unsigned long off)
{
	if (s->error == SOURCE_OK) {
		s->error = error;
		s->error_off = off;
	}
	return 0;
}

/*
 * The length of the line break at p, or 0: LF, CR LF, CR, NEL (U+0085),
 * U+2028 and U+2029, as libyaml counts lines, so that a position and
 * libyaml's own messages name the same line.
 */
size_t
goal_break_len(const char *p, const char *end)
{
	const unsigned char	*u = (const unsigned char *)p;

	if (p >= end)
		return 0;
	if (*u == '\n')
		return 1;
	if (*u == '\r')
		return end - p > 1 && u[1] == '\n' ? 2 : 1;
	if (*u == 0xC2 && end - p > 1 && u[1] == 0x85)
		return 2;
	if (*u == 0xE2 && end - p > 2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return 3;
	return 0;
}

/* How many bytes of the read that starts at s->total come before off. */
static size_t
before(const struct source *s, unsigned long off)
{
	return off > s->total ? off - s->total : 0;
}

/* A character libyaml would refuse: C0 and C1 controls, DEL, non-characters. */
int
goal_is_refused(uint32_t cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n' && cp != '\r';
	if (cp >= 0x7F && cp < 0xA0)
		return cp != 0x85;
	return cp == 0xFFFE || cp == 0xFFFF;
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/*
 * Whether eight bytes are all from 0x20 to 0x7E or LF.  With no high bit
 * set, adding 0x60 or 0x7F to a byte carries into no other: each test is
 * exact, byte by byte.
 */
static int
is_printable_ascii(const unsigned char *b)
{
	uint64_t	 w, low, lf, del;

	memcpy(&w, b, 8);
	if (w & HIGHS)
		return 0;
	low = ~(w + ONES * 0x60) & HIGHS;		/* below 0x20 */
	lf = ~((w ^ ONES * '\n') + ONES * 0x7F) & HIGHS;
	del = ~((w ^ ONES * 0x7F) + ONES * 0x7F) & HIGHS;
	return ((low & ~lf) | del) == 0;
}

/*
 * Checks n bytes and returns how many of them are good.  A UTF-8
 * sequence may continue into the next read, so its state is kept.  Bad
 * input is reported where its character starts.
 */
static size_t
check_bytes(struct source *s, const unsigned char *b, size_t n)
{
	size_t		 i;
	unsigned char	 c;

	for (i = 0; i < n; i++) {
		/* Printable ASCII and LF, eight bytes at a time, as most
		 * text is. */
		while (s->utf8_need == 0 && n - i >= 8 &&
		    is_printable_ascii(b + i))
			i += 8;
		if (i == n)
			break;
		c = b[i];
		if (s->utf8_need > 0) {
			if ((c & 0xC0) != 0x80)
				break;
			s->utf8_cp = s->utf8_cp << 6 | (c & 0x3F);
			if (--s->utf8_need > 0)
				continue;
			if (s->utf8_cp < s->utf8_min || s->utf8_cp > 0x10FFFF ||
			    (s->utf8_cp >= 0xD800 && s->utf8_cp <= 0xDFFF))
				break;
			if (goal_is_refused(s->utf8_cp)) {
				s->bad_cp = s->utf8_cp;
				fail(s, SOURCE_CONTROL, s->utf8_start);
				return before(s, s->utf8_start);
			}
			if (s->utf8_cp == 0x85 || s->utf8_cp == 0x2028 ||
			    s->utf8_cp == 0x2029)
				s->odd_breaks = 1;
			continue;
		}
		if (c >= 0x20 && c < 0x7F)
			continue;
		if (c < 0x80) {
			if (c == '\r')
				s->odd_breaks = 1;
			if (!goal_is_refused(c))
				continue;
			s->bad_cp = c;
			fail(s, SOURCE_CONTROL, s->total + i);
			return i;
		}
		s->utf8_start = s->total + i;
		if ((c & 0xE0) == 0xC0) {
			s->utf8_need = 1;
			s->utf8_cp = c & 0x1F;
			s->utf8_min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			s->utf8_need = 2;
			s->utf8_cp = c & 0x0F;
			s->utf8_min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			s->utf8_need = 3;
			s->utf8_cp = c & 0x07;
			s->utf8_min = 0x10000;
		} else
			break;
		add_wide(s, s->utf8_start, (unsigned long)s->utf8_need);
	}
	if (i == n)
		return n;
	fail(s, SOURCE_UTF8, s->utf8_start);
	return before(s, s->utf8_start);
}

/* Drops the text that no cursor and no event needs any more. */
static void
compact(struct source *s)
{
	unsigned long	 keep;
	size_t		 drop;

	keep = s->event_end;
	if (s->index_off < keep)
		keep = s->index_off;
	if (s->line_off < keep)
		keep = s->line_off;
	if (keep <= s->base)
		return;
	drop = keep - s->base;
	/* Moving the rest is worth it only when it frees half the buffer. */
	if (drop < s->len / 2 && drop < 64 * 1024)
		return;
	memmove(s->buf, s->buf + drop, s->len - drop);
	s->len -= drop;
	s->base = keep;
}

static void
keep_bytes(struct source *s, const unsigned char *b, size_t n)
{
	if (n == 0)		/* an empty file has no buffer to copy into */
		return;
	compact(s);
	if (s->len + n > s->cap) {
		s->cap = s->cap ? s->cap : 64 * 1024;
		while (s->len + n > s->cap)
			s->cap *= 2;
		s->buf = goal_xrealloc(s->buf, s->cap);
	}
	memcpy(s->buf + s->len, b, n);
	s->len += n;
}

/*
 * Lines that start with '%' since the last event: directives, which
 * libyaml keeps in a list it searches for each new one, so that many of
 * them cost their square.  A few are all a goal file needs.
 */
static void
count_directives(struct source *s, const unsigned char *b, size_t n)
{
	const unsigned char	*p = b, *end = b + n;

	if (n == 0)
		return;
	/* Each '%', not each line: most text has few, and lines are many. */
	while ((p = memchr(p, '%', (size_t)(end - p))) != NULL) {
		if ((p == b ? s->line_begins : p[-1] == '\n') &&
		    ++s->directives > SOURCE_MAX_DIRECTIVES) {
			/* Reported at the one too many. */
			fail(s, SOURCE_DIRECTIVES, s->total + (p - b));
			return;
		}
		p++;
	}
	s->line_begins = end[-1] == '\n';
}

/* libyaml's read handler: 1 with *nread bytes (0 at the end), 0 on error. */
int
source_read(void *data, unsigned char *b, size_t size, size_t *nread)
{
	struct source	*s = data;
	size_t		 n, good;

	*nread = 0;
	if (s->error != SOURCE_OK)
		return 0;
	/*
	 * What libyaml buffers is bounded here, with room for its read-ahead
	 * and a scalar's indentation; the exact limit is the reader's, on
	 * each event (source_too_long()).
	 */
	if (s->total - s->event_end > GOAL_MAX_SCALAR + SOURCE_SLACK)
		return fail(s, SOURCE_TOO_LONG,
		    s->event_end + GOAL_MAX_SCALAR);
	if (s->eof)
		return 1;
	n = fread(b, 1, size, s->fp);
	if (n < size) {
		if (ferror(s->fp)) {
			s->saved_errno = errno;
			fail(s, SOURCE_IO, s->total + n);
		} else
			s->eof = 1;
	}
	good = check_bytes(s, b, n);
	count_directives(s, b, good);
	if (s->eof && s->utf8_need > 0 && s->error == SOURCE_OK) {
		/* The file ends inside a character. */
		fail(s, SOURCE_UTF8, s->utf8_start);
		good = before(s, s->utf8_start);
	}
	keep_bytes(s, b, good);
	s->total += good;
	*nread = good;
	/* Hand over the good bytes first; the error comes at the next read. */
	if (good == 0 && s->error != SOURCE_OK)
		return 0;
	return 1;
}

/*
 * The byte offset of libyaml's character index: the index plus what the
 * characters of more than one byte before it add, which check_bytes()
 * noted as it read them.
 */
static inline unsigned long
offset_of(struct source *s, size_t index)
{
	struct source_wide	*w;

	if (s->index == 0 && s->index_off == 0 && s->len >= 3 &&
	    s->base == 0 && memcmp(s->buf, "\xEF\xBB\xBF", 3) == 0) {
		/* libyaml skips the byte order mark without counting it. */
		s->index_off = 3;
		if (s->line_off == 0)
			s->line_start = s->line_off = 3;
		s->extra = 3;
		s->wide_end = 3;
		if (s->wide_head < s->nwide && s->wide[s->wide_head].off == 0)
			s->wide_head++;
	}
	if (index <= s->index)
		return s->index_off;
	while (s->wide_head < s->nwide) {
		w = &s->wide[s->wide_head];
		/* Its character index is its offset less what came before. */
		if (w->off - s->extra >= index)
			break;
		s->extra += w->extra;
		s->wide_end = w->off + w->extra + 1;
		s->wide_head++;
	}
	if (s->wide_head == s->nwide)
		s->wide_head = s->nwide = 0;
	s->index = index;
	s->index_off = index + s->extra;
	return s->index_off;
}

unsigned long
source_offset(struct source *s, size_t index)
{
	return offset_of(s, index);
}

/* The line and column of a byte offset at or after the last one asked. */
static void
line_col(struct source *s, unsigned long off, struct goal_pos *pos)
{
	const char	*p, *end, *nl;
	size_t		 n;

	if (off > s->base + s->len)
		off = s->base + s->len;
	if (off > s->line_off && !s->odd_breaks) {
		p = s->buf + (s->line_off - s->base);
		end = s->buf + (off - s->base);
		while ((nl = memchr(p, '\n', end - p)) != NULL) {
			s->line++;
			s->line_start = s->base + (nl - s->buf) + 1;
			p = nl + 1;
		}
		s->line_off = off;
	} else if (off > s->line_off) {
		p = s->buf + (s->line_off - s->base);
		end = s->buf + (off - s->base);
		while (p < end) {
			/* CR LF is one break: seen whole, from the CR. */
			if ((n = goal_break_len(p, s->buf + s->len)) == 0) {
				p++;
				continue;
			}
			s->line++;
			p += n;
			s->line_start = s->base + (p - s->buf);
		}
		s->line_off = p - s->buf + s->base;
	}
	pos->line = s->line;
	pos->off = off;
	/* An offset before the cursor can only be on its line or earlier. */
	pos->col = off >= s->line_start ? off - s->line_start + 1 : 1;
	pos->ccol = pos->col;
}

/*
 * A place without a libyaml mark (an error in the bytes): its column in
 * characters is counted from the line's start when the buffer still
 * holds it, else the column in bytes stands in.
 */
void
source_pos_of_offset(struct source *s, unsigned long off,
    struct goal_pos *pos)
{
	const char	*p, *end;

	line_col(s, off, pos);
	/* No buffer yet (an error before the first read): NULL + 0 is
	 * undefined behaviour, and there is nothing to count anyway. */
	if (s->buf == NULL || pos->off < s->line_start ||
	    s->line_start < s->base)
		return;
	pos->ccol = 1;
	end = s->buf + (pos->off - s->base);
	for (p = s->buf + (s->line_start - s->base); p < end; p++)
		pos->ccol += ((unsigned char)*p & 0xC0) != 0x80;
}

/*
 * Whether off starts a line after an LF.  The end of the stream is not
 * always there: libyaml puts it on a line of its own all the same.
 */
static int
after_lf(const struct source *s, unsigned long off)
{
	return off > s->base && s->buf[off - 1 - s->base] == '\n';
}

/*
 * libyaml's mark: its character index, line and column in characters.
 * While the file has no line break but LF, libyaml's line is ours; and
 * when no character of more than one byte has ended after the line's
 * start, its columns are bytes, so the line need not be searched.
 */
static inline void
mark_pos(struct source *s, size_t index, size_t line, size_t column,
    struct goal_pos *pos)
{
	unsigned long	 off, from = s->index;

	off = offset_of(s, index);
	if (s->odd_breaks || index < from || off < s->line_off ||
	    off < s->wide_end + column || off > s->base + s->len ||
	    (column == 0 && !after_lf(s, off))) {
		line_col(s, off, pos);
		pos->ccol = column + 1;
		return;
	}
	s->line = line + 1;
	s->line_start = off - column;
	s->line_off = off;
	pos->line = s->line;
	pos->off = off;
	pos->col = pos->ccol = column + 1;
}

void
source_pos(struct source *s, size_t index, size_t line, size_t column,
    struct goal_pos *pos)
{
	mark_pos(s, index, line, column, pos);
}

/* The text between two byte offsets, valid until the next read. */
const char *
source_text(struct source *s, unsigned long from, unsigned long to,
    size_t *len)
{
	if (from < s->base)
		from = s->base;
	if (to > s->base + s->len)
		to = s->base + s->len;
	if (to < from)
		to = from;
	*len = to - from;
	return s->buf + (from - s->base);
}

/*
 * Whether an event breaks the limit exactly: more than GOAL_MAX_SCALAR
 * bytes from the last event's end to its start, or from its start to
 * its end.  Sets *off to the first byte over.
 */
int
source_too_long(const struct source *s, unsigned long start,
    unsigned long end, unsigned long *off)
{
	if (start > s->event_end && start - s->event_end > GOAL_MAX_SCALAR) {
		*off = s->event_end + GOAL_MAX_SCALAR;
		return 1;
	}
	if (end > start && end - start > GOAL_MAX_SCALAR) {
		*off = start + GOAL_MAX_SCALAR;
		return 1;
	}
	return 0;
}

/* An event ended here: the limit counts from it, the text before goes. */
void
source_passed(struct source *s, unsigned long off)
{
	if (off > s->event_end) {
		s->event_end = off;
		s->directives = 0;
	}
}

/* The marks of an event the common case of source_event() is not: apart,
 * so that the common case saves no registers for it. */
static int __attribute__((noinline))
event_walk(struct source *s, size_t index, size_t line, size_t column,
    size_t end_index, struct goal_pos *pos, unsigned long *end,
    unsigned long *over)
{
	mark_pos(s, index, line, column, pos);
	*end = offset_of(s, end_index);
	if (source_too_long(s, pos->off, *end, over))
		return 0;
	source_passed(s, *end);
	return 1;
}

/*
 * An event's marks, once per event: where it starts, as source_pos()
 * says, and the byte offset where it ends.  0, with *over the first byte
 * over, when it breaks the limit (source_too_long()); else the text
 * before its end is passed.
 */
int
source_event(struct source *s, size_t index, size_t line, size_t column,
    size_t end_index, struct goal_pos *pos, unsigned long *end,
    unsigned long *over)
{
	unsigned long	 extra = s->extra, off, eoff;

	/*
	 * Most events: no character of more than one byte between the
	 * index cursor and the event's end (libyaml reads ahead: some may be
	 * after it), no break but LF, the byte order mark settled, the
	 * event after the cursors and within the limit.  Then the offsets
	 * are the indexes plus what came before, and libyaml's line and
	 * column are ours: what mark_pos() and offset_of() would find,
	 * without their walks.
	 */
	off = index + extra;
	eoff = end_index + extra;
	if ((s->wide_head == s->nwide ||
	    s->wide[s->wide_head].off - extra >= end_index) &&
	    !s->odd_breaks && index >= s->index &&
	    end_index >= index && (s->index != 0 || s->index_off != 0) &&
	    off >= s->line_off && off >= s->wide_end + column &&
	    off <= s->base + s->len && (column != 0 || after_lf(s, off)) &&
	    off >= s->event_end && off - s->event_end <= GOAL_MAX_SCALAR &&
	    eoff - off <= GOAL_MAX_SCALAR) {
		if (s->wide_head == s->nwide)
			s->wide_head = s->nwide = 0;
		s->index = end_index;
		s->index_off = eoff;
		s->line = line + 1;
		s->line_start = off - column;
		s->line_off = off;
		pos->line = line + 1;
		pos->off = off;
		pos->col = pos->ccol = column + 1;
		*end = eoff;
		if (eoff > s->event_end) {
			s->event_end = eoff;
			s->directives = 0;
		}
		return 1;
	}
	return event_walk(s, index, line, column, end_index, pos, end, over);
}
