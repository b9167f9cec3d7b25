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
 * A JSON string, quotes included; a byte that is not UTF-8 is U+FFFD.
 * What needs no escape goes out in runs, one fwrite() each.
 */
void
goal_out_json_string(FILE *fp, const char *s, size_t len)
{
	size_t		 i, n = 0, run = 0;
	unsigned char	 c;
	const char	*esc;
	char		 u[8];

	putc('"', fp);
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			continue;
		if (c >= 0x80 && (n = utf8_valid((const unsigned char *)s + i,
		    len - i)) != 0 && !(c == 0xE2 && n == 3 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xFE) == 0xA8)) {
			i += n - 1;
			continue;
		}
		if (i > run)
			fwrite(s + run, 1, i - run, fp);
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
		fputs(esc, fp);
		run = i + 1;
	}
	if (len > run)
		fwrite(s + run, 1, len - run, fp);
	putc('"', fp);
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

/*
 * A number in decimal.  A diagnostic has two: fprintf() parsing its
 * format for them cost more than writing the rest of the line.
 */
static void
put_ulong(FILE *fp, unsigned long v)
{
	char	 buf[24];
	size_t	 n = sizeof(buf);

	do
		buf[--n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	fwrite(buf + n, 1, sizeof(buf) - n, fp);
}

/* ":LINE:COL:" */
static void
put_pos(FILE *fp, const struct goal_pos *pos)
{
	putc(':', fp);
	put_ulong(fp, pos->line);
	putc(':', fp);
	put_ulong(fp, pos->col);
	putc(':', fp);
}

#define BOLD	"\033[1m"
#define RESET	"\033[0m"

static const char *const level_colors[] = {
	"", "\033[1;36m", "\033[1;35m", "\033[1;31m"
};

void
goal_out_diag(FILE *fp, enum goal_format fmt, const struct goal_diag *d,
    int color)
{
	static const char *const github_levels[] = {
		"notice", "notice", "warning", "error"
	};

	switch (fmt) {
	case GOAL_FORMAT_JSON:
		fputs("{\"file\":", fp);
		goal_out_json_string(fp, d->file, strlen(d->file));
		fputs(",\"line\":", fp);
		put_ulong(fp, d->pos.line);
		fputs(",\"column\":", fp);
		put_ulong(fp, d->pos.col);
		goal_json_member(fp, "level", goal_level_name(d->level));
		goal_json_member(fp, "rule", d->rule);
		goal_json_member(fp, "criterion", d->criterion);
		goal_json_member(fp, "goal", d->goal);
		goal_json_member(fp, "message", d->message);
		if (d->match != NULL) {
			fputs(",\"match\":", fp);
			goal_out_json_string(fp, d->match, d->matchlen);
		}
		fputs("}\n", fp);
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
			fputs(BOLD, fp);
		goal_out_tsv_field(fp, d->file, strlen(d->file));
		put_pos(fp, &d->pos);
		if (color) {
			fputs(RESET " ", fp);
			fputs(level_colors[d->level], fp);
		} else
			putc(' ', fp);
		fputs(goal_level_name(d->level), fp);
		fputs(color ? ":" RESET " " : ": ", fp);
		goal_out_tsv_field(fp, d->message, strlen(d->message));
		/* A rule file's own problems have no rule to name. */
		if (d->rule != NULL) {
			fputs(" [", fp);
			fputs(d->rule, fp);
			putc(']', fp);
		}
		putc('\n', fp);
		break;
	}
}

/*
 * Text in a line-based format (gnu, TSV, score, and the lists of
 * goal-split and goal-due): tab, newline, CR and backslash written \\t,
 * \\n, \\r, \\\\, any other control character \\xHH, so that one record
 * stays one line and a goal's text cannot print a line of its own.
 */
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

/*
 * How many bytes from s, eight at a time, hold nothing to escape in a
 * field: no byte below 0x20, no backslash, no DEL (each test is exact
 * for whether a word has such a byte).
 */
static size_t
tsv_clean(const char *s, size_t len)
{
	uint64_t	 w, b, d;
	size_t		 i;

	for (i = 0; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		b = w ^ (ONES * '\\');
		d = w ^ (ONES * 0x7F);
		if ((((w - ONES * 0x20) & ~w) | ((b - ONES) & ~b) |
		    ((d - ONES) & ~d)) & HIGHS)
			break;
	}
	return i;
}

void
goal_out_tsv_field(FILE *fp, const char *s, size_t len)
{
	size_t		 i, run = 0;
	unsigned char	 c;

	for (i = tsv_clean(s, len); i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '\\' && c != 0x7F)
			continue;
		/* The bytes before it go out in one write. */
		if (i > run)
			fwrite(s + run, 1, i - run, fp);
		run = i + 1;
		switch (c) {
		case '\t':
			fputs("\\t", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		default:
			fprintf(fp, "\\x%02X", c);
		}
	}
	if (len > run)
		fwrite(s + run, 1, len - run, fp);
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
