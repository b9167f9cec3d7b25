/*
 * phrase.c: deadlines and cadences in goal sentences (goal(5)).
 *
 * The text is read as words: runs of characters between spaces, with
 * brackets, quotes and trailing punctuation taken off, so that a phrase
 * starts and ends on word boundaries ("nearby 2027" has no "by").  The
 * grammar looks a few words ahead of each word, so a sentence is read in
 * one pass whatever its length, and nothing is allocated.
 */
#include <string.h>
#include <strings.h>

#include "libgoal.h"

struct word {
	size_t	 off;
	size_t	 len;
};

/* How far the grammar looks ahead of a word. */
#define AHEAD	12

/*
 * The words at hand are w[0] to w[n - 1], at most AHEAD of them, in
 * buf.  Moving on moves w, not the words: they are moved back to the
 * start of buf only when the lookahead would not fit after them.
 */
#define WINDOW	(4 * AHEAD)

struct words {
	const char	*text;
	size_t		 len;
	size_t		 next;		/* where to read the next word */
	struct word	*w;
	size_t		 n;		/* words at w */
	struct word	 buf[WINDOW];
};

enum { C_SPACE = 1, C_OPENING = 2, C_CLOSING = 4 };

/* What the cutting of words needs to know of a byte: a test per byte. */
static const unsigned char char_class[256] = {
	[' '] = C_SPACE, ['\t'] = C_SPACE, ['\n'] = C_SPACE,
	['\r'] = C_SPACE,
	['('] = C_OPENING, ['['] = C_OPENING, ['{'] = C_OPENING,
	['"'] = C_OPENING | C_CLOSING, ['\''] = C_OPENING | C_CLOSING,
	['.'] = C_CLOSING, [','] = C_CLOSING, [';'] = C_CLOSING,
	[':'] = C_CLOSING, ['!'] = C_CLOSING, ['?'] = C_CLOSING,
	[')'] = C_CLOSING, [']'] = C_CLOSING, ['}'] = C_CLOSING
};

static int
is_space(unsigned char c)
{
	return char_class[c] & C_SPACE;
}

static int
is_closing(char c)
{
	return char_class[(unsigned char)c] & C_CLOSING;
}

/* Reads the next word at or after ws->next.  0 at the end of the text. */
static inline int
read_word(struct words *ws, struct word *w)
{
	const unsigned char	*t = (const unsigned char *)ws->text;
	size_t			 i = ws->next, len = ws->len, start, end;

	for (;;) {
		while (i < len && char_class[t[i]] & C_SPACE)
			i++;
		if (i == len) {
			ws->next = i;
			return 0;
		}
		start = i;
		while (i < len && !(char_class[t[i]] & C_SPACE))
			i++;
		end = i;
		while (start < end && char_class[t[start]] & C_OPENING)
			start++;
		while (end > start && char_class[t[end - 1]] & C_CLOSING)
			end--;
		if (end > start)
			break;		/* a word that was only punctuation */
	}
	ws->next = i;
	w->off = start;
	w->len = end - start;
	return 1;
}

/* Room for the lookahead after w[0]. */
static void
words_room(struct words *ws)
{
	if (ws->n == 0)
		ws->w = ws->buf;
	else if (ws->w + AHEAD > ws->buf + WINDOW) {
		memmove(ws->buf, ws->w, ws->n * sizeof(ws->buf[0]));
		ws->w = ws->buf;
	}
}

/* Reads the lookahead: AHEAD words, or as many as the text has left. */
static void
words_fill(struct words *ws)
{
	if (ws->n == AHEAD)
		return;
	words_room(ws);
	while (ws->n < AHEAD && read_word(ws, &ws->w[ws->n]))
		ws->n++;
}

/* The words of a text, none read yet. */
static void
words_start(struct words *ws, const char *text, size_t len)
{
	ws->text = text;
	ws->len = len;
	ws->next = 0;
	ws->w = ws->buf;
	ws->n = 0;
}

static void
words_init(struct words *ws, const char *text, size_t len)
{
	words_start(ws, text, len);
	words_fill(ws);
}

/*
 * Moves on by one word, and reads only that one when none is at hand:
 * a word that starts no phrase needs no lookahead.  0 at the end.
 */
static int
words_step(struct words *ws)
{
	if (ws->n > 0) {
		ws->w++;
		ws->n--;
	}
	if (ws->n == 0) {
		ws->w = ws->buf;
		if (read_word(ws, &ws->w[0]))
			ws->n = 1;
	}
	return ws->n > 0;
}

/*
 * A one-word view of the word w at the text of ws, for the tests that
 * look at part of a word: index 0 of *one is that part.
 */
static void
one_word(const struct words *ws, const struct word *w, struct words *one,
    struct word *slot)
{
	one->text = ws->text;
	one->len = ws->len;
	one->next = ws->len;
	*slot = *w;
	one->w = slot;
	one->n = 1;
}

/*
 * Whether word i is a given lower-case word, in any case.  Called for
 * every word of every goal: the length is compared first, and ASCII case
 * is folded by hand.
 */
static int
is_n(const struct words *ws, size_t i, const char *word, size_t len)
{
	const char	*s;
	size_t		 k;
	unsigned char	 c;

	if (i >= ws->n || ws->w[i].len != len)
		return 0;
	s = ws->text + ws->w[i].off;
	for (k = 0; k < len; k++) {
		c = (unsigned char)s[k];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != (unsigned char)word[k])
			return 0;
	}
	return 1;
}

#define is(ws, i, word)	is_n((ws), (i), (word), sizeof(word) - 1)

/* The rest of is_str(), once the first letters are the same. */
static int
is_str_rest(const struct words *ws, size_t i, const char *word)
{
	return strnlen(word, ws->w[i].len + 1) == ws->w[i].len &&
	    is_n(ws, i, word, ws->w[i].len);
}

/*
 * Word i is a word of a table; strnlen() stops at the word's length.
 * The tables are looped over at every word that may start a phrase, so
 * the first letter, which settles most words, is compared inline.
 */
static inline int
is_str(const struct words *ws, size_t i, const char *word)
{
	unsigned char	 c;

	if (i >= ws->n)
		return 0;
	c = (unsigned char)ws->text[ws->w[i].off];
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	return c == (unsigned char)word[0] && is_str_rest(ws, i, word);
}

/* The value of a word of digits, at most max, else -1. */
static long
digits_value(const struct words *ws, size_t i, size_t maxdigits)
{
	const char	*s;
	size_t		 k;
	long		 v = 0;

	if (i >= ws->n || ws->w[i].len == 0 || ws->w[i].len > maxdigits)
		return -1;
	s = ws->text + ws->w[i].off;
	for (k = 0; k < ws->w[i].len; k++) {
		if (s[k] < '0' || s[k] > '9')
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	return v;
}

static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty"
};

/*
 * The numbers whose words have each length, 0 after the last: a word
 * is compared with at most four of the twenty.  test_phrase reads every
 * one of them.
 */
static const unsigned char numbers_of_len[10][5] = {
	[3] = { 1, 2, 6, 10 },		/* one two six ten */
	[4] = { 4, 5, 9 },		/* four five nine */
	[5] = { 3, 7, 8 },		/* three seven eight */
	[6] = { 11, 12, 20 },		/* eleven twelve twenty */
	[7] = { 15, 16 },		/* fifteen sixteen */
	[8] = { 13, 14, 18, 19 },	/* thirteen fourteen eighteen nineteen */
	[9] = { 17 }			/* seventeen */
};

/* One to twenty in words: the number, else 0. */
static long
word_number(const struct words *ws, size_t i)
{
	const char	*word;
	size_t		 k, len;
	unsigned char	 c, v;

	if (i >= ws->n || (len = ws->w[i].len) < 3 || len > 9)
		return 0;
	c = (unsigned char)ws->text[ws->w[i].off] | 0x20;
	for (k = 0; (v = numbers_of_len[len][k]) != 0; k++) {
		word = number_words[v - 1];
		if ((unsigned char)word[0] == c && is_n(ws, i, word, len))
			return v;
	}
	return 0;
}

static const char *const month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* A month, full or in three letters (the '.' went with punctuation). */
static int
month_of(const struct words *ws, size_t i)
{
	size_t	 m;

	if (i >= ws->n)
		return 0;
	if (is(ws, i, "sept"))
		return 9;
	for (m = 0; m < 12; m++)
		if ((ws->w[i].len == 3 || ws->w[i].len ==
		    strlen(month_names[m])) && strncasecmp(ws->text +
		    ws->w[i].off, month_names[m], ws->w[i].len) == 0)
			return (int)m + 1;
	return 0;
}

/* A day of the month: 1 to 31, perhaps with st, nd, rd or th. */
static int
day_of(const struct words *ws, size_t i)
{
	struct words	 one;
	struct word	 part;
	const char	*s;
	size_t		 n;
	long		 d;

	if (i >= ws->n)
		return 0;
	s = ws->text + ws->w[i].off;
	n = ws->w[i].len;
	if (n > 2 && (strncasecmp(s + n - 2, "st", 2) == 0 ||
	    strncasecmp(s + n - 2, "nd", 2) == 0 ||
	    strncasecmp(s + n - 2, "rd", 2) == 0 ||
	    strncasecmp(s + n - 2, "th", 2) == 0))
		n -= 2;
	one_word(ws, &ws->w[i], &one, &part);
	part.len = n;
	d = digits_value(&one, 0, 2);
	return d >= 1 && d <= 31 ? (int)d : 0;
}

/* A year in a phrase: four digits, 1900 to 2199 ("by 1000 users" is none). */
static long
year_of(const struct words *ws, size_t i)
{
	long	 y;

	if (i >= ws->n || ws->w[i].len != 4)
		return -1;
	y = digits_value(ws, i, 4);
	return y >= 1900 && y <= 2199 ? y : -1;
}

/* A unit word; plural when plural is set, singular always. -1 if none. */
static int
unit_word(const struct words *ws, size_t i, int plural, int days)
{
	static const char *const one[] = { "day", "week", "month", "quarter",
		"year" };
	static const char *const many[] = { "days", "weeks", "months",
		"quarters", "years" };
	int	 u;

	for (u = days ? 0 : 1; u < 5; u++)
		if (is_str(ws, i, one[u]) || (plural && is_str(ws, i, many[u])))
			return u;
	return -1;
}

static void
set_match(const struct words *ws, size_t first, size_t last,
    struct goal_deadline *out)
{
	out->off = ws->w[first].off;
	out->len = ws->w[last].off + ws->w[last].len - out->off;
}

static int
set_period(const struct goal_period *p, struct goal_deadline *out)
{
	out->kind = GOAL_DEADLINE_DATE;
	out->first = p->first;
	out->day = p->last;
	return 1;
}

/* A named day; one that does not exist is still a phrase, a bad one. */
static int
set_day(long y, int m, int d, struct goal_deadline *out)
{
	long	 day;

	if (goal_date_from_ymd((int)y, m, d, &day) != 0) {
		out->kind = GOAL_DEADLINE_BAD;
		return 1;
	}
	out->kind = GOAL_DEADLINE_DATE;
	out->first = out->day = day;
	return 1;
}

/* The month m of year y, or quarter q when m is 0. */
static int
set_month(long y, int m, int q, struct goal_deadline *out)
{
	struct goal_period	 p;
	long			 day;

	if (goal_date_from_ymd((int)y, m ? m : 3 * q - 2, 1, &day) != 0)
		return 0;
	goal_period_of(day, m ? GOAL_MONTH : GOAL_QUARTER, &p);
	return set_period(&p, out);
}

static int
anchor_year(long anchor)
{
	int	 y, m, d;

	goal_date_to_ymd(anchor, &y, &m, &d);
	return y;
}

/*
 * A month or quarter without a year: the first one that ends on or after
 * the anchor ("by September", written in November, is next September).
 */
static int
set_month_after(long anchor, int m, int q, struct goal_deadline *out)
{
	int	 y = anchor_year(anchor);

	if (!set_month(y, m, q, out))
		return 0;
	if (out->day < anchor)
		return set_month(y + 1, m, q, out);
	return 1;
}

/* A day without a year: the first on or after the anchor (29 Feb too). */
static int
set_day_after(long anchor, int m, int d, struct goal_deadline *out)
{
	static const int	 longest[] = { 31, 29, 31, 30, 31, 30, 31, 31,
		30, 31, 30, 31 };
	long			 day;
	int			 y = anchor_year(anchor), k;

	if (d > longest[m - 1]) {
		out->kind = GOAL_DEADLINE_BAD;
		return 1;
	}
	for (k = 0; k < 9; k++)
		if (goal_date_from_ymd(y + k, m, d, &day) == 0 &&
		    day >= anchor)
			return set_day(y + k, m, d, out);
	return 0;
}

/* The period of unit u holding the anchor, or the one after. */
static int
set_relative(long anchor, int u, int next, struct goal_deadline *out)
{
	struct goal_period	 p;

	goal_period_of(anchor, (enum goal_unit)u, &p);
	if (next)
		goal_period_next(&p);
	out->kind = GOAL_DEADLINE_TODAY;
	out->first = p.first;
	out->day = p.last;
	return 1;
}

/* Q1 to Q4, any case: the quarter, else 0. */
static int
quarter_of(const struct words *ws, size_t i)
{
	const char	*s;

	if (i >= ws->n || ws->w[i].len != 2)
		return 0;
	s = ws->text + ws->w[i].off;
	if ((s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4')
		return s[1] - '0';
	return 0;
}

/* [the] first, second, third or fourth quarter: Q1 to Q4 at the word
 * "quarter", which j then is; else 0. */
static int
ordinal_quarter(const struct words *ws, size_t j)
{
	static const char *const nth[] = { "first", "second", "third",
		"fourth" };
	int	 k;

	for (k = 0; k < 4; k++)
		if (is_str(ws, j, nth[k]) && is(ws, j + 1, "quarter"))
			return k + 1;
	return 0;
}

/* H1 or H2, any case: the half, else 0. */
static int
half_of(const struct words *ws, size_t i)
{
	const char	*s;

	if (i >= ws->n || ws->w[i].len != 2)
		return 0;
	s = ws->text + ws->w[i].off;
	if ((s[0] == 'H' || s[0] == 'h') && (s[1] == '1' || s[1] == '2'))
		return s[1] - '0';
	return 0;
}

/* The first or second half of year y. */
static int
set_half(long y, int h, struct goal_deadline *out)
{
	long	 first, last;

	if (goal_date_from_ymd((int)y, h == 1 ? 1 : 7, 1, &first) != 0 ||
	    goal_date_from_ymd((int)y, h == 1 ? 6 : 12, h == 1 ? 30 : 31,
	    &last) != 0)
		return 0;
	out->kind = GOAL_DEADLINE_DATE;
	out->first = first;
	out->day = last;
	return 1;
}

/* "mid-2027": the year, else -1. */
static long
mid_year(const struct words *ws, size_t i)
{
	struct words	 one;
	struct word	 part;

	if (i >= ws->n || ws->w[i].len != 8 ||
	    strncasecmp(ws->text + ws->w[i].off, "mid-", 4) != 0)
		return -1;
	one_word(ws, &ws->w[i], &one, &part);
	part.off += 4;
	part.len = 4;
	return year_of(&one, 0);
}

/* "12-18": a range of counts, of which the deadline is the end. */
static long
range_end(const struct words *ws, size_t i)
{
	struct words	 one;
	struct word	 part;
	const char	*s, *dash;

	if (i >= ws->n || ws->w[i].len < 3 || ws->w[i].len > 9)
		return 0;
	s = ws->text + ws->w[i].off;
	if ((dash = memchr(s, '-', ws->w[i].len)) == NULL || dash == s)
		return 0;
	one_word(ws, &ws->w[i], &one, &part);
	part.len = (size_t)(dash - s);
	if (digits_value(&one, 0, 4) <= 0)
		return 0;
	part.off += part.len + 1;
	part.len = ws->w[i].len - part.len - 1;
	return digits_value(&one, 0, 4);
}

/* A count for a span: digits, one to twenty, a, an, a dozen. */
static long
span_count(const struct words *ws, size_t i, size_t *used)
{
	long	 n;

	*used = 1;
	if (is(ws, i, "a") && is(ws, i + 1, "dozen")) {
		*used = 2;
		return 12;
	}
	if (is(ws, i, "a") || is(ws, i, "an"))
		return 1;
	if ((n = digits_value(ws, i, 4)) > 0)
		return n;
	if ((n = range_end(ws, i)) > 0)
		return n;
	return word_number(ws, i);
}

/* "every week", "per month"...: the unit after a connector, or -1. */
static int
per_unit(const struct words *ws, size_t i)
{
	if (!(is(ws, i, "a") || is(ws, i, "per") || is(ws, i, "each") ||
	    is(ws, i, "every")))
		return -1;
	return unit_word(ws, i + 1, 0, 0);
}

/*
 * A span from word j: [the next|the coming] N units.  "3 days a week"
 * is how often, not by when.
 */
static int
span_at(const struct words *ws, size_t j, size_t *last,
    struct goal_deadline *out)
{
	size_t	 used;
	long	 n;
	int	 u;

	if (is(ws, j, "the") && (is(ws, j + 1, "next") ||
	    is(ws, j + 1, "coming") || is(ws, j + 1, "following"))) {
		j += 2;
		/* "within the next year": one of them */
		if ((u = unit_word(ws, j, 0, 1)) >= 0) {
			n = 1;
			used = 0;
			goto found;
		}
	}
	if ((n = span_count(ws, j, &used)) <= 0 ||
	    (u = unit_word(ws, j + used, 1, 1)) < 0)
		return 0;
found:
	if (per_unit(ws, j + used + 1) > 0)
		return 0;
	out->kind = GOAL_DEADLINE_SPAN;
	out->span.n = n;
	out->span.unit = (enum goal_unit)u;
	*last = j + used;
	return 1;
}

/*
 * After "the end of", or at the start of a relative phrase:
 * [the|this|next] week|month|quarter|year.
 */
static int
relative_at(const struct words *ws, size_t j, int the, long anchor,
    size_t *last, struct goal_deadline *out)
{
	int	 u, next = 0;

	if (the && is(ws, j, "the"))
		j++;
	if (is(ws, j, "this"))
		j++;
	else if ((next = is(ws, j, "next")))
		j++;
	else if (!the)
		return 0;
	if ((u = unit_word(ws, j, 0, 0)) <= 0)
		return 0;
	*last = j;
	return set_relative(anchor, u, next, out);
}

/* A word that says the end of a period: EOY, EOM, EOQ, year-end. */
static int
end_word(const struct words *ws, size_t i)
{
	if (is(ws, i, "eoy") || is(ws, i, "year-end"))
		return GOAL_YEAR;
	if (is(ws, i, "eoq") || is(ws, i, "quarter-end"))
		return GOAL_QUARTER;
	if (is(ws, i, "eom") || is(ws, i, "month-end"))
		return GOAL_MONTH;
	if (is(ws, i, "eow") || is(ws, i, "week-end"))
		return GOAL_WEEK;
	return 0;
}

/*
 * A month or quarter, with or without a year, from word j: March 2027,
 * Q3 2027, March, Q3, Q3 end.
 */
static int
month_at(const struct words *ws, size_t j, long anchor, size_t *last,
    struct goal_deadline *out)
{
	long	 y;
	int	 m = 0, q, h;

	if ((h = half_of(ws, j)) != 0) {
		/* H1 2027: January to June; H2 without a year: the next */
		y = year_of(ws, j + 1);
		*last = y > 0 ? j + 1 : j;
		if (y < 0)
			y = anchor_year(anchor);
		if (!set_half(y, h, out))
			return 0;
		return out->day >= anchor || *last > j ? 1 :
		    set_half(y + 1, h, out);
	}
	if (is(ws, j, "the") && ordinal_quarter(ws, j + 1))
		j++;
	if ((q = ordinal_quarter(ws, j)) != 0) {
		/* the first quarter [of] [2027] */
		j++;
		if (is(ws, j + 1, "of") && year_of(ws, j + 2) > 0)
			j++;
	} else if ((q = quarter_of(ws, j)) == 0 &&
	    (m = month_of(ws, j)) == 0)
		return 0;
	if ((y = year_of(ws, j + 1)) > 0) {
		*last = j + 1;
		return set_month(y, m, q, out);
	}
	*last = j;
	if (q != 0 && is(ws, j + 1, "end"))
		*last = j + 1;
	return set_month_after(anchor, m, q, out);
}

/*
 * Seasons, as the northern hemisphere's meteorologists count them:
 * spring is March to May, summer June to August, autumn (or fall)
 * September to November, and winter December to February.  A season
 * as a deadline means its last day, as a month or a quarter does.
 * "Winter 2027" is the winter whose January and February are in 2027:
 * December 2026 to February 2027.
 */
static int
season_of(const struct words *ws, size_t i)
{
	static const char *const names[] = { "spring", "summer", "autumn",
		"fall", "winter" };
	static const int	 first[] = { 3, 6, 9, 9, 12 };
	size_t			 k;

	for (k = 0; k < 5; k++)
		if (is_str(ws, i, names[k]))
			return first[k];
	return 0;
}

/* The season that starts in month m, in the year its January is in. */
static int
set_season(long y, int m, struct goal_deadline *out)
{
	long	 first, next;

	if (goal_date_from_ymd((int)(m == 12 ? y - 1 : y), m, 1, &first) != 0
	    || goal_date_from_ymd((int)y, m == 12 ? 3 : m + 3, 1, &next) != 0)
		return 0;
	out->kind = GOAL_DEADLINE_DATE;
	out->first = first;
	out->day = next - 1;
	return 1;
}

/*
 * A season from word j: [the] [this|next] SEASON [[of] YYYY].  Without
 * a year, the first that ends on or after the anchor; "next" the first
 * that starts after it.  With rel set, "this" or "next" must be there.
 */
static int
season_at(const struct words *ws, size_t j, long anchor, int rel,
    size_t *last, struct goal_deadline *out)
{
	long	 y;
	int	 m, this, next;

	if (!rel && is(ws, j, "the"))
		j++;
	this = is(ws, j, "this");
	next = !this && is(ws, j, "next");
	if (this || next)
		j++;
	else if (rel)
		return 0;
	if ((m = season_of(ws, j)) == 0)
		return 0;
	*last = j;
	if (!this && !next) {
		if (is(ws, j + 1, "of") && year_of(ws, j + 2) > 0)
			j++;
		if ((y = year_of(ws, j + 1)) > 0) {
			*last = j + 1;
			return set_season(y, m, out);
		}
	}
	y = anchor_year(anchor);
	if (!set_season(y, m, out))
		return 0;
	if (out->day < anchor && !set_season(++y, m, out))
		return 0;
	if (next && out->first <= anchor)
		return set_season(y + 1, m, out);
	return 1;
}

/* A year alone, 1900 to 2199: "by 2027". */
static int
year_at(const struct words *ws, size_t j, size_t *last,
    struct goal_deadline *out)
{
	struct goal_period	 p;
	long			 y;

	if ((y = year_of(ws, j)) < 0 ||
	    goal_date_parse(ws->text + ws->w[j].off, 4, &p) != GOAL_DATE_OK)
		return 0;
	*last = j;
	return set_period(&p, out);
}

/* After "by" and its synonyms: a date, a period, a span or a relative. */
static int
by_at(const struct words *ws, size_t j, long anchor, size_t *last,
    struct goal_deadline *out)
{
	struct goal_period	 p;
	const char		*s;
	size_t			 k;
	long			 y;
	int			 m, d, u, r, end_of = 1;

	if (is(ws, j, "the") && is(ws, j + 1, "end") && is(ws, j + 2, "of"))
		j += 3;
	else if (is(ws, j, "end") && is(ws, j + 1, "of"))
		j += 2;
	else {
		end_of = 0;
		/* by this month, by next year */
		if (relative_at(ws, j, 0, anchor, last, out))
			return 1;
		/* by EOY, by year-end; by year-end 2027 names its year */
		k = j;
		if ((u = end_word(ws, j)) == 0) {
			/* by [the] year end */
			k = is(ws, j, "the") ? j + 1 : j;
			if ((u = unit_word(ws, k, 0, 0)) <= 0 ||
			    !is(ws, ++k, "end"))
				u = 0;
		}
		if (u != 0) {
			*last = k;
			if (u == GOAL_YEAR && year_at(ws, k + 1, last, out))
				return 1;
			return set_relative(anchor, u, 0, out);
		}
		/* by March 5[,] 2027, by March 5 */
		if ((m = month_of(ws, j)) != 0 && (d = day_of(ws, j + 1)) != 0) {
			if ((y = year_of(ws, j + 2)) > 0) {
				*last = j + 2;
				return set_day(y, m, d, out);
			}
			*last = j + 1;
			return set_day_after(anchor, m, d, out);
		}
		/* by [the] 5[th] [of] March [2027] */
		k = is(ws, j, "the") ? j + 1 : j;
		if ((d = day_of(ws, k)) != 0) {
			k++;
			if (is(ws, k, "of"))
				k++;
			if ((m = month_of(ws, k)) != 0) {
				if ((y = year_of(ws, k + 1)) > 0) {
					*last = k + 1;
					return set_day(y, m, d, out);
				}
				*last = k;
				return set_day_after(anchor, m, d, out);
			}
		}
	}
	/* the end of: this month, next quarter, the year; 6 months */
	if (end_of && (relative_at(ws, j, 1, anchor, last, out) ||
	    span_at(ws, j, last, out)))
		return 1;
	/* [the end of] [the] [this|next] summer [2028] */
	if (season_at(ws, j, anchor, 0, last, out))
		return 1;
	if (j >= ws->n)
		return 0;
	/* 2027, 2027-03, 2027-Q1, 2027-03-31, or no such day */
	s = ws->text + ws->w[j].off;
	if (ws->w[j].len > 4 && s[4] == '-' && year_of(ws, j) < 0) {
		r = goal_date_parse(s, ws->w[j].len, &p);
		if (r == GOAL_DATE_IMPOSSIBLE) {
			*last = j;
			out->kind = GOAL_DEADLINE_BAD;
			return 1;
		}
		if (r == GOAL_DATE_OK) {
			*last = j;
			return set_period(&p, out);
		}
	}
	if (year_at(ws, j, last, out))
		return 1;
	/* mid-2027: June 30 */
	if ((y = mid_year(ws, j)) > 0 || (is(ws, j, "mid") &&
	    (y = year_of(ws, ++j)) > 0)) {
		*last = j;
		return set_month(y, 6, 0, out);
	}
	return month_at(ws, j, anchor, last, out);
}

/* "by", "before", "until", "till", "no later than": words taken, or 0. */
static size_t
by_word(const struct words *ws)
{
	if (is(ws, 0, "by") || is(ws, 0, "before") || is(ws, 0, "until") ||
	    is(ws, 0, "till"))
		return 1;
	if (is(ws, 0, "no") && is(ws, 1, "later") && is(ws, 2, "than"))
		return 3;
	return 0;
}

/*
 * Every phrase starts with by, before, until, till, no, in, within,
 * during, over, for, this or next: two to six letters, and the first
 * letter leaves one or two words to compare.  Asked of every word of
 * every goal, so inline and with no strchr(); a word that is none of
 * them needs no lookahead.
 */
static inline int
may_start(const struct words *ws)
{
	if (ws->w[0].len < 2 || ws->w[0].len > 6)
		return 0;
	switch (ws->text[ws->w[0].off] | 0x20) {	/* ASCII lower case */
	case 'b':
		return is(ws, 0, "by") || is(ws, 0, "before");
	case 'd':
		return is(ws, 0, "during");
	case 'f':
		return is(ws, 0, "for");
	case 'i':
		return is(ws, 0, "in");
	case 'n':
		return is(ws, 0, "no") || is(ws, 0, "next");
	case 'o':
		return is(ws, 0, "over");
	case 't':
		return is(ws, 0, "till") || is(ws, 0, "this");
	case 'u':
		return is(ws, 0, "until");
	case 'w':
		return is(ws, 0, "within");
	default:
		return 0;
	}
}

/* The deadline phrase that starts at word 0, if one does. */
static int
deadline_at(const struct words *ws, long anchor, struct goal_deadline *out)
{
	size_t	 j, last;
	int	 in, within, during;

	if (!may_start(ws))
		return 0;
	if ((j = by_word(ws)) != 0) {
		if (!by_at(ws, j, anchor, &last, out))
			return 0;
		set_match(ws, 0, last, out);
		return 1;
	}
	in = is(ws, 0, "in");
	within = !in && is(ws, 0, "within");
	during = !in && !within && is(ws, 0, "during");
	if (in || within || during || is(ws, 0, "over") || is(ws, 0, "for")) {
		if (span_at(ws, 1, &last, out)) {
			set_match(ws, 0, last, out);
			return 1;
		}
		/* in|during|over [the] summer [2028]; in|during next spring */
		if (!within && season_at(ws, 1, anchor, 0, &last, out)) {
			set_match(ws, 0, last, out);
			return 1;
		}
		if (!in && !within && !during)
			return 0;
		j = 1;
		if (is(ws, 1, "the") && is(ws, 2, "end") && is(ws, 3, "of"))
			j = 4;
		/* in|during MONTH YYYY, in [the end of] MONTH, in|within Qn */
		if (month_at(ws, j, anchor, &last, out) &&
		    (!within || month_of(ws, j) == 0)) {
			set_match(ws, 0, last, out);
			return 1;
		}
		memset(out, 0, sizeof(*out));
		/* in 2027, during 2027 */
		if ((in || during) && j == 1 && year_at(ws, 1, &last, out)) {
			set_match(ws, 0, last, out);
			return 1;
		}
		return 0;
	}
	if (relative_at(ws, 0, 0, anchor, &last, out) ||
	    season_at(ws, 0, anchor, 1, &last, out)) {
		set_match(ws, 0, last, out);
		return 1;
	}
	return 0;
}

/*
 * The first deadline phrase of a sentence: 1 with *out set, else 0 with
 * out->kind GOAL_DEADLINE_NONE.  Phrases without a year, and relative
 * ones, are read against the anchor: the goal's start, else today.  An
 * impossible date ("by Feb 30 2027") is a phrase of kind
 * GOAL_DEADLINE_BAD.
 */
int
goal_phrase_deadline(const char *text, size_t len, long anchor,
    struct goal_deadline *out)
{
	struct words	 ws;

	memset(out, 0, sizeof(*out));
	words_start(&ws, text, len);
	while (words_step(&ws)) {
		if (!may_start(&ws))
			continue;
		words_fill(&ws);
		if (deadline_at(&ws, anchor, out))
			return 1;
		memset(out, 0, sizeof(*out));
	}
	out->kind = GOAL_DEADLINE_NONE;
	return 0;
}

/* The phrase at the start of text, when it is the whole of it. */
static int
whole_phrase(const char *text, size_t len, long anchor,
    struct goal_deadline *out)
{
	struct words	 ws;
	size_t		 end;

	memset(out, 0, sizeof(*out));
	words_init(&ws, text, len);
	if (ws.n == 0 || !deadline_at(&ws, anchor, out))
		return 0;
	for (end = out->off + out->len; end < len; end++)
		if (!is_space((unsigned char)text[end]) &&
		    !is_closing(text[end]))
			return 0;
	return 1;
}

/*
 * A deadline phrase as the whole value of due, with or without its
 * "by": "June 2027", "end of 2027", "mid-2027", "next month", "within
 * 18 months".  1 with *out set (perhaps GOAL_DEADLINE_BAD), else 0.
 */
int
goal_phrase_due(const char *text, size_t len, long anchor,
    struct goal_deadline *out)
{
	char	 buf[128];

	if (whole_phrase(text, len, anchor, out))
		return 1;
	if (len + 3 > sizeof(buf))
		return 0;
	memcpy(buf, "by ", 3);
	memcpy(buf + 3, text, len);
	if (!whole_phrase(buf, len + 3, anchor, out))
		return 0;
	out->off = out->off >= 3 ? out->off - 3 : 0;
	out->len = len - out->off;
	return 1;
}

static const char *const currencies[] = {
	"$", "€", "£", "¥", "usd", "eur", "gbp", "chf", "jpy", "cad", "aud",
	"inr", "cny", "sek", "nok", "dkk", "pln", "dollars", "euros",
	"pounds", "%", "percent", "k", "m"
};

static int
is_currency(const struct words *ws, size_t i)
{
	size_t	 k;

	if (i >= ws->n || ws->w[i].len > 7)
		return 0;
	for (k = 0; k < sizeof(currencies) / sizeof(currencies[0]); k++)
		if (is_str(ws, i, currencies[k]))
			return 1;
	return 0;
}

/*
 * A count of things at word i: a whole number in digits (1,000 too) or
 * words, or "a dozen".  Money ("$ 100", "100 USD") and percentages
 * ("10 %", "10 percent") are not counts; "100K" and "10%" are not even
 * numbers here.  Sets *used to the words it takes.
 */
static long
count_at(const struct words *ws, size_t i, const struct word *before,
    size_t *used)
{
	const char	*s = ws->text + ws->w[i].off;
	size_t		 k, len = ws->w[i].len;
	long		 v = 0;
	struct words	 prev;
	struct word	 slot;

	*used = 1;
	if (is(ws, i, "a") && is(ws, i + 1, "dozen")) {
		*used = 2;
		return 12;
	}
	if ((v = word_number(ws, i)) == 0) {
		for (k = 0; k < len; k++) {
			if (s[k] == ',' && k > 0)	/* 1,000 */
				continue;
			if (s[k] < '0' || s[k] > '9' || v > 100000000L)
				return 0;
			v = v * 10 + (s[k] - '0');
		}
		if (v == 0)
			return 0;
	}
	if (is_currency(ws, i + 1))
		return 0;
	if (before != NULL) {
		one_word(ws, before, &prev, &slot);
		if (is_currency(&prev, 0))
			return 0;
	}
	return v;
}


/*
 * Whether the word before names a thing: "the weekly sales dashboard"
 * is a thing that exists, "a monthly lunch-and-learn" one that recurs.
 */
static int
after_determiner(const struct words *ws, const struct word *before)
{
	static const char *const det[] = { "the", "my", "our", "your",
		"their", "his", "her", "its", "this", "that" };
	struct words	 one;
	struct word	 slot;
	size_t		 k;

	if (before == NULL || before->len > 5)
		return 0;
	one_word(ws, before, &one, &slot);
	for (k = 0; k < sizeof(det) / sizeof(det[0]); k++)
		if (is_str(&one, 0, det[k]))
			return 1;
	return 0;
}

/* Monday to Sunday, and their plurals: "every Friday" is weekly. */
static int
weekday_of(const struct words *ws, size_t i)
{
	static const char *const days[] = { "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday" };
	struct words	 one;
	struct word	 part;
	size_t		 k;

	if (i >= ws->n || ws->w[i].len < 6)
		return 0;
	one_word(ws, &ws->w[i], &one, &part);
	if ((ws->text[ws->w[i].off + ws->w[i].len - 1] | 0x20) == 's')
		part.len--;
	for (k = 0; k < 7; k++)
		if (is_str(&one, 0, days[k]))
			return 1;
	return 0;
}

/* once, twice, thrice: how many times, else 0. */
static long
times_word(const struct words *ws, size_t i)
{
	if (is(ws, i, "once"))
		return 1;
	if (is(ws, i, "twice"))
		return 2;
	if (is(ws, i, "thrice"))
		return 3;
	return 0;
}

/*
 * Whether the things counted end before word k: a word that starts
 * another clause ("Hire 2 engineers and run a retro each quarter") or
 * a comma or full stop after word k - 1.
 */
static int
clause_ends(const struct words *ws, size_t k)
{
	static const char *const stop[] = { "and", "or", "by", "before",
		"until", "within", "that", "which", "who", "while", "then" };
	const struct word	*p = &ws->w[k - 1];
	size_t			 i;
	char			 c;

	c = p->off + p->len < ws->len ? ws->text[p->off + p->len] : ' ';
	if (c == ',' || c == ';' || c == '.')
		return 1;
	if (ws->w[k].len > 6)
		return 0;
	for (i = 0; i < sizeof(stop) / sizeof(stop[0]); i++)
		if (is_str(ws, k, stop[i]))
			return 1;
	return 0;
}

/*
 * Whether word 0 is a count for count_at(): digits (count_at() reads
 * them), "a" of "a dozen", or a number word.  Asked of every word with
 * no lookahead read: most words are none of these.
 */
static int
may_count(const struct words *ws)
{
	unsigned char	 c = (unsigned char)ws->text[ws->w[0].off];

	return (c >= '0' && c <= '9') || is(ws, 0, "a") ||
	    word_number(ws, 0) > 0;
}

/*
 * Whether word 0 starts a cadence that is not a count: weekly, monthly,
 * quarterly, yearly, every, each, once, twice or thrice; cadence_at()
 * says whether the rest follows.
 */
static int
may_recur(const struct words *ws)
{
	switch (ws->text[ws->w[0].off] | 0x20) {	/* ASCII lower case */
	case 'e':
		return is(ws, 0, "every") || is(ws, 0, "each");
	case 'm':
		return is(ws, 0, "monthly");
	case 'o':
		return is(ws, 0, "once");
	case 'q':
		return is(ws, 0, "quarterly");
	case 't':
		return is(ws, 0, "twice") || is(ws, 0, "thrice");
	case 'w':
		return is(ws, 0, "weekly");
	case 'y':
		return is(ws, 0, "yearly");
	default:
		return 0;
	}
}

/* The cadence phrase at word 0, if one starts there. */
static int
cadence_at(const struct words *ws, const struct word *before,
    struct goal_cadence *out)
{
	static const char *const ly[] = { "weekly", "monthly", "quarterly",
		"yearly" };
	size_t	 used, k;
	long	 n;
	int	 u;

	/* The determiner is looked for only before one of these words. */
	for (k = 0; k < 4; k++)
		if (is_str(ws, 0, ly[k]) && !after_determiner(ws, before)) {
			out->unit = (enum goal_unit)(GOAL_WEEK + k);
			out->off = ws->w[0].off;
			out->len = ws->w[0].len;
			return 1;
		}
	if (is(ws, 0, "every") && (u = unit_word(ws, 1, 0, 0)) > 0) {
		out->unit = (enum goal_unit)u;
		out->off = ws->w[0].off;
		out->len = ws->w[1].off + ws->w[1].len - out->off;
		return 1;
	}
	/* every Friday, each Monday */
	if ((is(ws, 0, "every") || is(ws, 0, "each")) && weekday_of(ws, 1)) {
		out->unit = GOAL_WEEK;
		out->off = ws->w[0].off;
		out->len = ws->w[1].off + ws->w[1].len - out->off;
		return 1;
	}
	/* once a month, twice per week */
	if ((n = times_word(ws, 0)) > 0 && (u = per_unit(ws, 1)) > 0) {
		out->unit = (enum goal_unit)u;
		out->count = n;
		out->off = ws->w[0].off;
		out->len = ws->w[2].off + ws->w[2].len - out->off;
		return 1;
	}
	if ((n = count_at(ws, 0, before, &used)) <= 0)
		return 0;
	/*
	 * One to eight words for the things counted ("one post on the team
	 * engineering blog"), up to the end of their clause, then "each
	 * week".
	 */
	for (k = used + 1; k <= used + 8 && k + 1 < ws->n; k++) {
		if (clause_ends(ws, k))
			return 0;
		if ((u = per_unit(ws, k)) > 0) {
			out->unit = (enum goal_unit)u;
			out->count = n;
			out->off = ws->w[0].off;
			out->len = ws->w[k + 1].off + ws->w[k + 1].len -
			    out->off;
			return 1;
		}
	}
	return 0;
}

/* Whether a sentence says the goal recurs, and how often. */
int
goal_phrase_cadence(const char *text, size_t len, struct goal_cadence *out)
{
	struct words	 ws;
	struct word	 before;
	int		 have_before = 0;

	memset(out, 0, sizeof(*out));
	words_start(&ws, text, len);
	while (words_step(&ws)) {
		if (may_count(&ws) || may_recur(&ws)) {
			words_fill(&ws);
			if (cadence_at(&ws, have_before ? &before : NULL,
			    out)) {
				out->found = 1;
				return 1;
			}
			memset(out, 0, sizeof(*out));
		}
		before = ws.w[0];
		have_before = 1;
	}
	return 0;
}

/*
 * The counts of things in a sentence, for goal-split's pro-rata split:
 * whole numbers in digits or words, not money, not percentages, and not
 * the numbers of the deadline phrase ("within 2 years", "by June 1st"),
 * which is passed in (or NULL), and not a number after "every" or "each".  Returns how many there are and sets
 * *first to the first; a split needs exactly one.
 */
size_t
goal_phrase_counts(const char *text, size_t len,
    const struct goal_deadline *deadline, struct goal_count *first)
{
	struct words	 ws;
	struct word	 before;
	size_t		 n = 0, used, skip = 0, end;
	long		 v;
	int		 have_before = 0, often = 0;

	memset(first, 0, sizeof(*first));
	words_start(&ws, text, len);
	while (words_step(&ws)) {
		/* "every two weeks" says how often, not how many. */
		if (skip > 0)
			skip--;
		else if (!often && may_count(&ws) && (words_fill(&ws),
		    v = count_at(&ws, 0,
		    have_before ? &before : NULL,
		    &used)) > 0 && (deadline == NULL ||
		    deadline->kind == GOAL_DEADLINE_NONE ||
		    ws.w[0].off < deadline->off ||
		    ws.w[0].off >= deadline->off + deadline->len)) {
			end = ws.w[used - 1].off + ws.w[used - 1].len;
			if (n++ == 0) {
				first->off = ws.w[0].off;
				first->len = end - first->off;
				first->value = v;
			}
			skip = used - 1;
		}
		often = is(&ws, 0, "every") || is(&ws, 0, "each");
		before = ws.w[0];
		have_before = 1;
	}
	return n;
}
