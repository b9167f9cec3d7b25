/*
 * due_out.c: goal-due's lists: aligned text, TSV and JSON Lines.  Each
 * writer returns -1 when the stream has an error, so that a command can
 * stop and report it.
 */
#include <stdio.h>
#include <string.h>

#include "libgoal.h"

#define RED	"\033[31m"
#define BOLD	"\033[1m"
#define RESET	"\033[0m"

static const char *const weekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri",
	"Sat", "Sun" };

static const char *
state_of(const struct goal_item *it, const struct goal_due_opt *o)
{
	if (it->day < o->today)
		return "overdue";
	if (it->day == o->today)
		return "today";
	return it->day <= o->soon ? "soon" : "later";
}

/*
 * "today", "3d ago", "in 12d": by hand, as every item of a list is
 * measured with it, where snprintf() cost more than the rest.
 */
static void
relative(long days, char buf[32])
{
	char	*p = buf;

	if (days == 0) {
		memcpy(buf, "today", sizeof("today"));
		return;
	}
	if (days > 0) {
		memcpy(p, "in ", 3);
		p += 3;
	}
	p = goal_out_decimal(p, days < 0 ? 0UL - (unsigned long)days :
	    (unsigned long)days);
	*p++ = 'd';
	if (days < 0) {
		memcpy(p, " ago", 4);
		p += 4;
	}
	*p = '\0';
}

/* The path, and the progress of a goal with steps: "earn-100k [2/5]". */
static void
path_label(FILE *fp, const struct goal_item *it)
{
	goal_out_tsv_field(fp, it->path, strlen(it->path));
	if (it->steps)
		fprintf(fp, " [%zu/%zu]", it->done, it->total);
}

/* The width of what path_label() writes, in bytes: paths are ASCII. */
static size_t
path_width(const struct goal_item *it)
{
	char	 buf[64];
	size_t	 n = strlen(it->path);

	/* " [2/5]" */
	if (it->steps)
		n += (size_t)(goal_out_decimal(buf, it->done) - buf) +
		    (size_t)(goal_out_decimal(buf, it->total) - buf) + 4;
	return n;
}

/* Characters, not bytes: a UTF-8 continuation byte adds none. */
static size_t
utf8_width(const char *s)
{
	size_t	 n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* Text escaped as TSV, cut after room characters when room is set. */
static void
cut_text(FILE *fp, const char *s, size_t room, int cut)
{
	size_t	 len = strlen(s), i, chars = 0;

	if (cut) {
		for (i = 0; i < len; i++) {
			if (((unsigned char)s[i] & 0xC0) == 0x80)
				continue;
			if (chars == room)
				break;
			/* An escape takes two columns. */
			chars += strchr("\t\n\r\\", s[i]) ? 2 : 1;
			if (chars > room)
				break;
		}
		len = i;
	}
	goal_out_tsv_field(fp, s, len);
}

struct widths {
	size_t	 rel;
	size_t	 kind;
	size_t	 owner;
	size_t	 path;
};

static void
measure(const struct goal_items *items, const struct goal_due_opt *o,
    struct widths *w)
{
	struct goal_item	 view;
	const struct goal_item	*it = &view;
	char			 buf[32];
	size_t			 i, n;

	memset(w, 0, sizeof(*w));
	for (i = 0; i < items->n; i++) {
		goal_items_get(items, i, &view);
		relative(it->day - o->today, buf);
		if ((n = strlen(buf)) > w->rel)
			w->rel = n;
		if ((n = strlen(goal_item_kind_name(it->kind))) > w->kind)
			w->kind = n;
		n = it->owner ? utf8_width(it->owner) : 1;
		if (n > w->owner)
			w->owner = n;
		if ((n = path_width(it)) > w->path)
			w->path = n;
	}
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

static void
text_line(FILE *fp, const struct goal_item *it, const struct goal_due_opt *o,
    const struct widths *w)
{
	char	 date[11], rel[32];
	size_t	 used;
	long	 days = it->day - o->today;

	goal_date_format(it->day, date);
	relative(days, rel);
	if (o->color && days <= 0)
		fputs(days < 0 ? RED : BOLD, fp);
	fprintf(fp, "%s  %s  %-*s  %-*s  ", date,
	    weekdays[goal_date_weekday(it->day) - 1], (int)w->rel, rel,
	    (int)w->kind, goal_item_kind_name(it->kind));
	used = 10 + 2 + 3 + 2 + w->rel + 2 + w->kind + 2;
	if (o->owners) {
		fputs(it->owner ? it->owner : "-", fp);
		pad(fp, w->owner - (it->owner ? utf8_width(it->owner) : 1) + 2);
		used += w->owner + 2;
	}
	path_label(fp, it);
	if (it->text != NULL) {
		pad(fp, w->path - path_width(it) + 2);
		used += w->path + 2;
		cut_text(fp, it->text, o->width > used ? o->width - used : 0,
		    o->width > 0);
	}
	if (o->color && days <= 0)
		fputs(RESET, fp);
	putc('\n', fp);
}

int
goal_due_text(FILE *fp, const struct goal_items *items,
    const struct goal_due_opt *o)
{
	struct goal_item	 it;
	struct widths		 w;
	size_t			 i;

	measure(items, o, &w);
	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &it);
		text_line(fp, &it, o, &w);
	}
	return ferror(fp) ? -1 : 0;
}

static void
tsv_or_dash(FILE *fp, const char *s)
{
	if (s == NULL || *s == '\0')
		putc('-', fp);
	else
		goal_out_tsv_field(fp, s, strlen(s));
}

/* DATE DAYS STATE KIND PATH OWNER TEXT */
int
goal_due_tsv(FILE *fp, const struct goal_items *items,
    const struct goal_due_opt *o)
{
	struct goal_item	 view;
	const struct goal_item	*it = &view;
	char			 date[11];
	size_t			 i;

	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &view);
		goal_date_format(it->day, date);
		fprintf(fp, "%s\t%ld\t%s\t%s\t", date, it->day - o->today,
		    state_of(it, o), goal_item_kind_name(it->kind));
		goal_out_tsv_field(fp, it->path, strlen(it->path));
		putc('\t', fp);
		tsv_or_dash(fp, it->owner);
		putc('\t', fp);
		tsv_or_dash(fp, it->text);
		putc('\n', fp);
	}
	return ferror(fp) ? -1 : 0;
}

/* The keys of the TSV in lower case, and file, line, buddy, done, total. */
int
goal_due_json(FILE *fp, const struct goal_items *items,
    const struct goal_due_opt *o)
{
	struct goal_item	 view;
	const struct goal_item	*it = &view;
	char			 date[11];
	size_t			 i;

	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &view);
		goal_date_format(it->day, date);
		fprintf(fp, "{\"date\":\"%s\",\"days\":%ld", date,
		    it->day - o->today);
		goal_json_member(fp, "state", state_of(it, o));
		goal_json_member(fp, "kind", goal_item_kind_name(it->kind));
		goal_json_member(fp, "path", it->path);
		goal_json_member(fp, "owner", it->owner);
		goal_json_member(fp, "text", it->text);
		goal_json_member(fp, "file", it->file);
		fprintf(fp, ",\"line\":%lu", it->line);
		goal_json_member(fp, "buddy", it->buddy);
		fprintf(fp, ",\"done\":%zu,\"total\":%zu}\n", it->done,
		    it->total);
	}
	return ferror(fp) ? -1 : 0;
}
