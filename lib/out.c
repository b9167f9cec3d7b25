/*
 * out.c: writing diagnostics and values for other programs: compiler
 * style lines, JSON Lines, GitHub workflow commands.  The input was
 * checked to be UTF-8 without control characters other than tab, CR and
 * LF; file names and what a user's pattern matched were not, so JSON
 * strings check their UTF-8 all the same.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "libgoal.h"

/* The length of the valid UTF-8 character at s, or 0 (RFC 3629). */
static size_t
utf8_valid(const unsigned char *s, size_t avail)
{
	size_t		 n, k;
	unsigned long	 cp;

	if (s[0] < 0xC2 || s[0] > 0xF4)
		return 0;
	n = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
	if (n > avail)
		return 0;
	cp = s[0] & (0x7F >> n);
	for (k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[k] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

/*
 * A record is made in a buffer in front of stdio and written in a few
 * large blocks: a JSON Lines finding took some eighty calls of putc(),
 * fputs() and fwrite(), each taking the stream's lock, and they cost
 * more than the rest of the record.
 */
struct obuf {
	FILE	*fp;
	size_t	 n;
	char	 b[4096];
};

static void
ob_start(struct obuf *o, FILE *fp)
{
	o->fp = fp;
	o->n = 0;
}

static void
ob_flush(struct obuf *o)
{
	if (o->n > 0)
		fwrite(o->b, 1, o->n, o->fp);
	o->n = 0;
}

static void
ob_put(struct obuf *o, const char *s, size_t len)
{
	if (len > sizeof(o->b) - o->n) {
		ob_flush(o);
		if (len > sizeof(o->b)) {
			fwrite(s, 1, len, o->fp);
			return;
		}
	}
	memcpy(o->b + o->n, s, len);
	o->n += len;
}

static void
ob_str(struct obuf *o, const char *s)
{
	ob_put(o, s, strlen(s));
}

static void
ob_byte(struct obuf *o, char c)
{
	if (o->n == sizeof(o->b))
		ob_flush(o);
	o->b[o->n++] = c;
}

/*
 * The decimal digits of u at p, with no NUL; returns their end.  The
 * one way the tools write a number where printf() would cost more than
 * the rest of the line: positions, TSV records, calendar and list
 * fields.  p has room for the digits: 20 for a 64-bit number.
 */
char *
goal_out_decimal(char *p, unsigned long long u)
{
	char	 digits[3 * sizeof(u)];
	size_t	 n = sizeof(digits);

	do
		digits[--n] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	memcpy(p, digits + n, sizeof(digits) - n);
	return p + (sizeof(digits) - n);
}

/* A number in decimal: a diagnostic has two, line and column. */
static void
ob_ulong(struct obuf *o, unsigned long v)
{
	char	 buf[3 * sizeof(unsigned long long)];

	ob_put(o, buf, (size_t)(goal_out_decimal(buf, v) - buf));
}

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/* Whether word w has a byte below 0x20 or a byte c (exact tests). */
#define BELOW_SPACE(w)	(((w) - ONES * 0x20) & ~(w) & HIGHS)
#define HAS(w, c)	((((w) ^ ONES * (c)) - ONES) & ~((w) ^ ONES * (c)) & \
			    HIGHS)

/*
 * How many bytes from s, eight at a time, a JSON string takes as they
 * are: printable ASCII but the quote and the backslash.
 */
static size_t
json_clean(const char *s, size_t len)
{
	uint64_t	 w;
	size_t		 i;

	for (i = 0; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w & HIGHS) || BELOW_SPACE(w) || HAS(w, '"') ||
		    HAS(w, '\\') || HAS(w, 0x7F))
			break;
	}
	return i;
}

/*
 * A JSON string, quotes included; a byte that is not UTF-8 is U+FFFD.
 * What needs no escape goes out in runs.
 */
static void
ob_json(struct obuf *o, const char *s, size_t len)
{
	size_t		 i, n = 0, run = 0;
	unsigned char	 c;
	const char	*esc;
	char		 u[8];

	ob_byte(o, '"');
	for (i = json_clean(s, len); i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			continue;
		if (c >= 0x80 && (n = utf8_valid((const unsigned char *)s + i,
		    len - i)) != 0 && !(c == 0xE2 && n == 3 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xFE) == 0xA8)) {
			i += n - 1;
			/* On eight at a time after it ("…" in a message). */
			i += json_clean(s + i + 1, len - i - 1);
			continue;
		}
		if (i > run)
			ob_put(o, s + run, i - run);
		switch (c) {
		case '"':
			esc = "\\\"";
			break;
		case '\\':
			esc = "\\\\";
			break;
		case '\n':
			esc = "\\n";
			break;
		case '\r':
			esc = "\\r";
			break;
		case '\t':
			esc = "\\t";
			break;
		default:
			if (c < 0x80) {
				snprintf(u, sizeof(u), "\\u%04x", c);
				esc = u;
			} else if (n == 0)
				esc = "\\ufffd";
			else {
				/* U+2028 and U+2029 end lines in JavaScript. */
				snprintf(u, sizeof(u), "\\u%04x",
				    0x2028 + ((unsigned char)s[i + 2] & 1));
				esc = u;
				i += 2;
			}
		}
		ob_str(o, esc);
		run = i + 1;
	}
	if (len > run)
		ob_put(o, s + run, len - run);
	ob_byte(o, '"');
}

void
goal_out_json_string(FILE *fp, const char *s, size_t len)
{
	struct obuf	 o;

	ob_start(&o, fp);
	ob_json(&o, s, len);
	ob_flush(&o);
}

/*
 * ,"key":"text", or null for no text, as goal_json_member() writes; the
 * keys are ours, and as they are ",\"key\":" needs no escape.
 */
static void
ob_member(struct obuf *o, const char *member, const char *text)
{
	ob_str(o, member);
	if (text == NULL)
		ob_str(o, "null");
	else
		ob_json(o, text, strlen(text));
}

/* GitHub's escaping of workflow commands; properties escape more. */
static void
github_escape(FILE *fp, const char *s, int property)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '%':
			fputs("%25", fp);
			break;
		case '\r':
			fputs("%0D", fp);
			break;
		case '\n':
			fputs("%0A", fp);
			break;
		case ':':
			fputs(property ? "%3A" : ":", fp);
			break;
		case ',':
			fputs(property ? "%2C" : ",", fp);
			break;
		default:
			putc(*s, fp);
		}
	}
}

#define BOLD	"\033[1m"
#define RESET	"\033[0m"

static const char *const level_colors[] = {
	"", "\033[1;36m", "\033[1;35m", "\033[1;31m"
};

/*
 * Text in a line-based format (gnu, TSV, score, and the lists of
 * goal-split and goal-due): tab, newline, CR and backslash written \\t,
 * \\n, \\r, \\\\, any other control character \\xHH, so that one record
 * stays one line and a goal's text cannot print a line of its own.
 */

/* How many bytes from s, eight at a time, hold nothing to escape. */
static size_t
tsv_clean(const char *s, size_t len)
{
	uint64_t	 w;
	size_t		 i;

	for (i = 0; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (BELOW_SPACE(w) || HAS(w, '\\') || HAS(w, 0x7F))
			break;
	}
	return i;
}

static void
ob_tsv(struct obuf *o, const char *s, size_t len)
{
	size_t		 i, run = 0;
	unsigned char	 c;
	char		 x[8];

	for (i = tsv_clean(s, len); i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '\\' && c != 0x7F)
			continue;
		/* The bytes before it go out in one piece. */
		if (i > run)
			ob_put(o, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '\t':
			ob_str(o, "\\t");
			break;
		case '\n':
			ob_str(o, "\\n");
			break;
		case '\r':
			ob_str(o, "\\r");
			break;
		case '\\':
			ob_str(o, "\\\\");
			break;
		default:
			snprintf(x, sizeof(x), "\\x%02X", c);
			ob_str(o, x);
		}
	}
	if (len > run)
		ob_put(o, s + run, len - run);
}

void
goal_out_tsv_field(FILE *fp, const char *s, size_t len)
{
	struct obuf	 o;

	ob_start(&o, fp);
	ob_tsv(&o, s, len);
	ob_flush(&o);
}

void
goal_out_diag(FILE *fp, enum goal_format fmt, const struct goal_diag *d,
    int color)
{
	static const char *const github_levels[] = {
		"notice", "notice", "warning", "error"
	};
	struct obuf	 o;

	ob_start(&o, fp);
	switch (fmt) {
	case GOAL_FORMAT_JSON:
		ob_str(&o, "{\"file\":");
		ob_json(&o, d->file, strlen(d->file));
		ob_str(&o, ",\"line\":");
		ob_ulong(&o, d->pos.line);
		ob_str(&o, ",\"column\":");
		ob_ulong(&o, d->pos.col);
		ob_member(&o, ",\"level\":", goal_level_name(d->level));
		ob_member(&o, ",\"rule\":", d->rule);
		ob_member(&o, ",\"criterion\":", d->criterion);
		ob_member(&o, ",\"goal\":", d->goal);
		ob_member(&o, ",\"message\":", d->message);
		if (d->match != NULL) {
			ob_str(&o, ",\"match\":");
			ob_json(&o, d->match, d->matchlen);
		}
		ob_str(&o, "}\n");
		ob_flush(&o);
		break;
	case GOAL_FORMAT_GITHUB:
		fprintf(fp, "::%s file=", github_levels[d->level]);
		github_escape(fp, d->file, 1);
		fprintf(fp, ",line=%lu,col=%lu,title=", d->pos.line,
		    d->pos.col);
		github_escape(fp, d->rule ? d->rule : "goal-lint", 1);
		fputs("::", fp);
		github_escape(fp, d->message, 0);
		putc('\n', fp);
		break;
	default:
		if (color)
			ob_str(&o, BOLD);
		ob_tsv(&o, d->file, strlen(d->file));
		ob_byte(&o, ':');
		ob_ulong(&o, d->pos.line);
		ob_byte(&o, ':');
		ob_ulong(&o, d->pos.col);
		ob_byte(&o, ':');
		if (color) {
			ob_str(&o, RESET " ");
			ob_str(&o, level_colors[d->level]);
		} else
			ob_byte(&o, ' ');
		ob_str(&o, goal_level_name(d->level));
		ob_str(&o, color ? ":" RESET " " : ": ");
		ob_tsv(&o, d->message, strlen(d->message));
		/* A rule file's own problems have no rule to name. */
		if (d->rule != NULL) {
			ob_str(&o, " [");
			ob_str(&o, d->rule);
			ob_byte(&o, ']');
		}
		ob_byte(&o, '\n');
		ob_flush(&o);
		break;
	}
}

static const char *const criteria[5] = {
	"specific", "measurable", "attainable", "relevant", "time-bound"
};

static void
score_goal(FILE *fp, const struct goal *g, const struct goal_diags *d)
{
	const struct goal_node	*text = g->val[GOAL_K_GOAL];
	char			 smart[6] = "SMART";
	size_t			 i, c;
	int			 score = 5;

	for (i = 0; i < d->n; i++) {
		if (d->v[i].subject != g || d->v[i].level < GOAL_WARNING ||
		    d->v[i].criterion == NULL)
			continue;
		for (c = 0; c < 5; c++)
			if (strcmp(d->v[i].criterion, criteria[c]) == 0 &&
			    smart[c] != '-') {
				smart[c] = '-';
				score--;
			}
	}
	goal_out_tsv_field(fp, g->file, strlen(g->file));
	fprintf(fp, "\t%lu\t", g->pos.line);
	goal_out_tsv_field(fp, g->path, strlen(g->path));
	fprintf(fp, "\t%s\t%d\t", smart, score);
	if (text != NULL)
		goal_out_tsv_field(fp, text->str, text->len);
	else
		putc('-', fp);
	putc('\n', fp);
	for (i = 0; i < g->nsteps; i++)
		score_goal(fp, g->step[i], d);
}

/*
 * goal-lint -f score: a line for a goal and each of its steps, with the
 * SMART criteria its errors and warnings fail.
 */
void
goal_out_score(FILE *fp, const struct goal *g, const struct goal_diags *d)
{
	score_goal(fp, g, d);
}
