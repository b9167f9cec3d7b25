/*
 * split.c: the records of goal-split.  Without -b a goal is one record.
 * With -b, a recurring goal is one record per period from its start to
 * its due date, and a goal with one count of things and a due date of
 * its own is shared out over those periods pro rata.  Records are made
 * one at a time, into buffers that are reused: nothing grows with the
 * number of goals or periods.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

enum split_kind {
	SPLIT_WHOLE,		/* the goal as it is */
	SPLIT_RECUR,		/* a record per period */
	SPLIT_PRORATA		/* a record per period, with a share */
};

struct buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

struct goal_split {
	int			 by;	/* -b was given */
	enum goal_unit		 unit;
	size_t			 max;
	const struct goal	*g;
	enum split_kind		 kind;
	int			 given;	/* SPLIT_WHOLE: the record was given */
	struct goal_period	 p;	/* the next period */
	size_t			 i;	/* its index */
	size_t			 n;	/* how many there are */
	struct goal_count	 count;
	struct buf		 path;
	struct buf		 text;
	/*
	 * What comes before the period's label in path and text is the
	 * same for every period of a goal, and for every share of the same
	 * size: made once, cut back to for the next record.
	 */
	int			 made;
	long			 madeshare;
	size_t			 pathlen;
	size_t			 textlen;
};

static void
buf_add(struct buf *b, const char *s, size_t len)
{
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->s = goal_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
}

static void
buf_str(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* by: 0 when every goal is one record (no -b). */
struct goal_split *
goal_split_new(int by, enum goal_unit unit, size_t max)
{
	struct goal_split	*s;

	s = goal_xcalloc(1, sizeof(*s));
	s->by = by;
	s->unit = unit;
	s->max = max;
	return s;
}

void
goal_split_free(struct goal_split *s)
{
	if (s == NULL)
		return;
	free(s->path.s);
	free(s->text.s);
	free(s);
}

/*
 * The i-th of n shares of total: remainders go to the first periods,
 * so 10 over 4 is 3, 3, 2, 2 and the shares add up to the total.
 */
long
goal_split_share(long total, size_t n, size_t i)
{
	long	 each, rest;

	if (n == 0 || total <= 0)
		return 0;
	each = total / (long)n;
	rest = total % (long)n;
	return each + ((long)i < rest ? 1 : 0);
}

static const struct goal_node *
text_of(const struct goal *g)
{
	const struct goal_node	*v = g->val[GOAL_K_GOAL];

	return v != NULL && v->kind == GOAL_SCALAR ? v : NULL;
}

/*
 * Pro rata needs one count to share out, a date of the goal's own to
 * share it over ("Read 12 books by the end of 2027"), and no cadence:
 * a recurring goal's count is per period already.
 */
static int
is_prorata(struct goal_split *s, const struct goal *g)
{
	const struct goal_node	*v = text_of(g);

	if (v == NULL || (g->due_from != GOAL_FROM_DUE &&
	    g->due_from != GOAL_FROM_SPAN && g->due_from != GOAL_FROM_TEXT))
		return 0;
	return goal_phrase_counts(v->str, v->len, &g->phrase,
	    &s->count) == 1;
}

/*
 * The periods from start to due (due not before start), counted up to
 * one more than max: the distance between the periods holding them,
 * not a walk over every period.
 */
static size_t
count_periods(const struct goal_split *s, const struct goal *g)
{
	int	 y0, m0, d0, y1, m1, d1;
	long	 n;

	goal_date_to_ymd(g->started, &y0, &m0, &d0);
	goal_date_to_ymd(g->due, &y1, &m1, &d1);
	switch (s->unit) {
	case GOAL_DAY:
		n = g->due - g->started;
		break;
	case GOAL_WEEK:
		/* From Monday to Monday. */
		n = (g->due - (goal_date_weekday(g->due) - 1) - (g->started -
		    (goal_date_weekday(g->started) - 1))) / 7;
		break;
	case GOAL_MONTH:
		n = (y1 - y0) * 12L + (m1 - m0);
		break;
	case GOAL_QUARTER:
		n = (y1 - y0) * 4L + ((m1 - 1) / 3 - (m0 - 1) / 3);
		break;
	default:
		n = y1 - y0;
		break;
	}
	return (unsigned long)n + 1 > s->max ? s->max + 1 : (size_t)n + 1;
}

void
goal_split_goal(struct goal_split *s, const struct goal *g,
    struct goal_diags *diags)
{
	struct goal_cadence	 c;
	struct goal_diag	*d;
	char			 a[11], b[11];

	s->g = g;
	s->kind = SPLIT_WHOLE;
	s->given = 0;
	/* No start or no due: nothing to split between. */
	if (!s->by || g->started == GOAL_NODAY || g->due == GOAL_NODAY ||
	    g->due < g->started)
		return;
	if (goal_recurs(g, &c))
		s->kind = SPLIT_RECUR;
	else if (is_prorata(s, g))
		s->kind = SPLIT_PRORATA;
	else
		return;
	s->n = count_periods(s, g);
	if (s->n > s->max) {
		goal_date_format(g->started, a);
		goal_date_format(g->due, b);
		d = goal_diags_add(diags, g->file, &g->pos, NULL, GOAL_WARNING,
		    "%s: more than %zu periods of a %s from %s to %s: written "
		    "whole", g->path, s->max, goal_unit_name(s->unit), a, b);
		d->goal = g->path;
		d->subject = g;
		s->kind = SPLIT_WHOLE;
		return;
	}
	s->i = 0;
	s->made = 0;
	goal_period_of(g->started, s->unit, &s->p);
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t';
}

static int
is_punct(char c)
{
	switch (c) {
	case '.': case ',': case ';': case ':': case '!': case '?': case ')':
		return 1;
	default:
		return 0;
	}
}

/* Whether only spaces stand between i and the end or punctuation. */
static int
before_punct(const struct buf *b, size_t i)
{
	while (i < b->len && is_space(b->s[i]))
		i++;
	return i == b->len || is_punct(b->s[i]);
}

/*
 * Spaces and commas made by dropping words: runs of spaces become one,
 * and none is left before punctuation or at either end, nor a comma
 * that stood before the words ("3 talks, by Q4." is "3 talks.") or
 * after them at the start ("By 2027, read 12 books"), nor the empty
 * parentheses that held them ("12 books (by 2027)").
 */
static void
tidy(struct buf *b)
{
	size_t	 i, j = 0, k;
	char	 c;

	for (i = 0; i < b->len; i++) {
		c = b->s[i];
		if (is_space(c) && (j == 0 || is_space(b->s[j - 1]) ||
		    before_punct(b, i)))
			continue;
		if ((c == ',' || c == ';') && (j == 0 || before_punct(b, i + 1)))
			continue;
		if (c == '(') {
			for (k = i + 1; k < b->len && is_space(b->s[k]); k++)
				continue;
			if (k < b->len && b->s[k] == ')') {
				i = k;
				continue;
			}
		}
		b->s[j++] = c;
	}
	while (j > 0 && is_space(b->s[j - 1]))
		j--;
	b->len = j;
	b->s[j] = '\0';
}

/* The bytes of s from from to to, but those of the deadline phrase. */
static void
add_kept(struct buf *b, const char *s, size_t from, size_t to,
    const struct goal_deadline *dl)
{
	size_t	 dend = dl->off + dl->len;

	if (from >= to)
		return;
	if (dl->kind == GOAL_DEADLINE_NONE || to <= dl->off || from >= dend) {
		buf_add(b, s + from, to - from);
		return;
	}
	if (from < dl->off)
		buf_add(b, s + from, dl->off - from);
	if (to > dend)
		buf_add(b, s + dend, to - dend);
}

/*
 * The text with the count replaced by its share and the deadline
 * phrase dropped: the period says when now.  A count inside the
 * deadline phrase goes with it.
 */
static void
prorata_text(struct goal_split *s, long share)
{
	const struct goal_node	*v = text_of(s->g);
	const struct goal_deadline *dl = &s->g->phrase;
	size_t			 coff = s->count.off, cend, n;
	char			 num[24];

	/* goal_split_share() is never below 0. */
	n = (size_t)(goal_out_decimal(num, (unsigned long long)share) - num);
	cend = coff + s->count.len;
	if (coff > v->len)
		coff = v->len;
	if (cend < coff || cend > v->len)
		cend = cend < coff ? coff : v->len;
	add_kept(&s->text, v->str, 0, coff, dl);
	if (coff < v->len && (dl->kind == GOAL_DEADLINE_NONE ||
	    coff < dl->off || coff >= dl->off + dl->len))
		buf_add(&s->text, num, n);
	add_kept(&s->text, v->str, cend, v->len, dl);
	tidy(&s->text);
}

static void
whole(struct goal_split *s, struct goal_record *r)
{
	const struct goal_node	*v = text_of(s->g);

	r->goal = s->g;
	r->path = s->g->path;
	r->text = v ? v->str : NULL;
	r->textlen = v ? v->len : 0;
	r->start = s->g->started;
	r->due = s->g->due;
}

/* The path and text of a record up to the period's label. */
static void
before_label(struct goal_split *s, long share)
{
	const struct goal_node	*v;

	if (s->made && share == s->madeshare) {
		s->path.len = s->pathlen;
		s->text.len = s->textlen;
		return;
	}
	s->path.len = 0;
	buf_str(&s->path, s->g->path);
	buf_str(&s->path, "@");
	s->text.len = 0;
	if (s->kind == SPLIT_PRORATA)
		prorata_text(s, share);
	else if ((v = text_of(s->g)) != NULL)
		buf_add(&s->text, v->str, v->len);
	if (s->text.len > 0)
		buf_str(&s->text, " ");
	buf_str(&s->text, "(");
	s->made = 1;
	s->madeshare = share;
	s->pathlen = s->path.len;
	s->textlen = s->text.len;
}

/* The next record of the goal: 1, or 0 when there are no more. */
int
goal_split_next(struct goal_split *s, struct goal_record *r)
{
	char			 label[16];
	long			 share = 0;
	size_t			 n;

	if (s->kind == SPLIT_WHOLE) {
		if (s->given)
			return 0;
		s->given = 1;
		whole(s, r);
		return 1;
	}
	if (s->i >= s->n)
		return 0;
	/* Shares only shrink: once one is 0, the rest are. */
	if (s->kind == SPLIT_PRORATA && (share = goal_split_share(
	    s->count.value, s->n, s->i)) == 0)
		return 0;
	whole(s, r);
	goal_period_label(&s->p, label);
	n = strlen(label);
	before_label(s, share);
	buf_add(&s->path, label, n);
	label[n++] = ')';
	buf_add(&s->text, label, n);
	r->path = s->path.s;
	r->text = s->text.s;
	r->textlen = s->text.len;
	if (s->p.first > r->start)
		r->start = s->p.first;
	if (s->p.last < r->due)
		r->due = s->p.last;
	goal_period_next(&s->p);
	s->i++;
	return 1;
}
