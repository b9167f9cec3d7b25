/*
 * ics.c: goal-due's items as an RFC 5545 calendar: all-day VEVENTs with
 * alarms and review series, or VTODOs.  Every line goes through a buffer
 * so that it can be folded at 75 octets.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

struct cal {
	FILE			*fp;
	long			 today;
	const struct goal_remind *deflt;
	int			 vtodo;
	int			 owners;	/* several: owners in SUMMARY */
	char			*line;
	size_t			 len;
	size_t			 cap;
	/* Lines folded and not yet written: one fwrite() a block. */
	char			*out;
	size_t			 outlen;
	size_t			 outcap;
	/* An item's alarm DESCRIPTION, folded: each alarm repeats it. */
	char			*desc;
	size_t			 desclen;
	size_t			 desccap;
	char			 stamp[17];	/* DTSTAMP: today */
	char			 sequence[24];	/* SEQUENCE: today too */
};

#define OUT_BLOCK	(64 * 1024)

/* Room for n more bytes and a NUL in the line. */
static void
reserve(struct cal *c, size_t n)
{
	if (c->len + n + 1 > c->cap) {
		c->cap = 2 * (c->len + n + 1);
		c->line = goal_xrealloc(c->line, c->cap);
	}
}

static void
put(struct cal *c, const char *s, size_t n)
{
	reserve(c, n);
	memcpy(c->line + c->len, s, n);
	c->len += n;
	c->line[c->len] = '\0';
}

/* A number in decimal, its sign apart, into the line. */
static void
put_number(struct cal *c, int neg, uintmax_t u)
{
	char	 digits[48];
	size_t	 n = sizeof(digits);

	do
		digits[--n] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (neg)
		digits[--n] = '-';
	put(c, digits + n, sizeof(digits) - n);
}

static void
put_long(struct cal *c, long v)
{
	put_number(c, v < 0, v < 0 ? 0U - (uintmax_t)v : (uintmax_t)v);
}

/*
 * The conversions a calendar line uses (%s, %d, %ld, %zu, %%) written
 * here, the rest by vsnprintf(): a calendar of many items is mostly
 * these, and vsnprintf() on a string costs more than the line itself.
 * Returns 0, with nothing written, at a conversion it leaves to it.
 */
static int
vput_plain(struct cal *c, const char *fmt, va_list *ap)
{
	const char	*p, *s;

	for (p = fmt; *p != '\0'; p++) {
		if (*p != '%') {
			for (s = p; p[1] != '\0' && p[1] != '%'; p++)
				continue;
			put(c, s, (size_t)(p - s) + 1);
		} else if (p[1] == 's') {
			s = va_arg(*ap, const char *);
			put(c, s, strlen(s));
			p++;
		} else if (p[1] == 'd') {
			put_long(c, va_arg(*ap, int));
			p++;
		} else if (p[1] == 'l' && p[2] == 'd') {
			put_long(c, va_arg(*ap, long));
			p += 2;
		} else if (p[1] == 'z' && p[2] == 'u') {
			put_number(c, 0, va_arg(*ap, size_t));
			p += 2;
		} else if (p[1] == '%') {
			put(c, "%", 1);
			p++;
		} else
			return 0;
	}
	return 1;
}

static void
vputf(struct cal *c, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

static void
vputf(struct cal *c, const char *fmt, va_list ap)
{
	va_list	 aq;
	size_t	 start = c->len;
	int	 n, plain;

	va_copy(aq, ap);
	plain = vput_plain(c, fmt, &aq);
	va_end(aq);
	if (plain)
		return;
	c->len = start;
	/* Formatted in place: most pieces are short, formatted once. */
	reserve(c, 128);
	va_copy(aq, ap);
	n = vsnprintf(c->line + c->len, c->cap - c->len, fmt, aq);
	va_end(aq);
	if (n < 0)
		return;
	if ((size_t)n >= c->cap - c->len) {
		reserve(c, (size_t)n);
		vsnprintf(c->line + c->len, c->cap - c->len, fmt, ap);
	}
	c->len += (size_t)n;
}

static void
putf(struct cal *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
putf(struct cal *c, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vputf(c, fmt, ap);
	va_end(ap);
}

/* A TEXT value, escaped, into the line. */
static void
put_text(struct cal *c, const char *s)
{
	reserve(c, 2 * strlen(s));
	c->len += goal_ics_escape_into(c->line + c->len, s);
}

static void
flush(struct cal *c)
{
	if (c->outlen > 0)
		fwrite(c->out, 1, c->outlen, c->fp);
	c->outlen = 0;
}

/* Room for n more bytes in the output block. */
static void
out_room(struct cal *c, size_t n)
{
	if (c->outlen + n > c->outcap) {
		flush(c);
		if (n > c->outcap) {
			c->outcap = n > OUT_BLOCK ? n : OUT_BLOCK;
			c->out = goal_xrealloc(c->out, c->outcap);
		}
	}
}

static void
out_done(struct cal *c)
{
	if (c->outlen >= OUT_BLOCK / 2)
		flush(c);
}

static void
end_line(struct cal *c)
{
	out_room(c, goal_ics_fold_max(c->len));
	c->outlen += goal_ics_fold_into(c->out + c->outlen, c->line, c->len);
	out_done(c);
	c->len = 0;
}

/* Lines folded already, as they are. */
static void
out_put(struct cal *c, const char *s, size_t n)
{
	out_room(c, n);
	memcpy(c->out + c->outlen, s, n);
	c->outlen += n;
	out_done(c);
}

/* The line, folded, into c->desc rather than the output. */
static void
end_line_desc(struct cal *c)
{
	size_t	 max = goal_ics_fold_max(c->len);

	if (max > c->desccap) {
		c->desccap = max;
		c->desc = goal_xrealloc(c->desc, c->desccap);
	}
	c->desclen = goal_ics_fold_into(c->desc, c->line, c->len);
	c->len = 0;
}

static void
line(struct cal *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A whole content line. */
static void
line(struct cal *c, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vputf(c, fmt, ap);
	va_end(ap);
	end_line(c);
}

/*
 * A line of a name and a value that needs no escaping, as most lines
 * of a component are: put() directly, where line() reads a format.
 */
static void
field(struct cal *c, const char *name, const char *value)
{
	put(c, name, strlen(name));
	put(c, value, strlen(value));
	end_line(c);
}

/* 20270331: written by hand, as snprintf() cost more than the line. */
static void
basic_date(long day, char buf[9])
{
	unsigned	 v[3], width[3] = { 4, 2, 2 }, k, i, o = 0;
	int		 y, m, d;

	goal_date_to_ymd(day, &y, &m, &d);
	v[0] = (unsigned)y % 10000u;
	v[1] = (unsigned)m % 100u;
	v[2] = (unsigned)d % 100u;
	for (k = 0; k < 3; k++) {
		for (i = width[k]; i > 0; i--) {
			buf[o + i - 1] = (char)('0' + v[k] % 10);
			v[k] /= 10;
		}
		o += width[k];
	}
	buf[8] = '\0';
}

/* "Goals of Jane Doe and Sam Lee": the owners, each once. */
static void
calname(struct cal *c, const struct goal_items *items)
{
	const char	**owners;
	size_t		 i, n, named = 0;

	n = goal_items_owners(items, &owners);
	put(c, "X-WR-CALNAME:Goals", 18);
	for (i = 0; i < n; i++) {
		if (owners[i] == NULL)
			continue;
		/* One TEXT value: the comma joining names is escaped too. */
		put(c, named == 0 ? " of " : "\\, ", named == 0 ? 4 : 3);
		put_text(c, owners[i]);
		named++;
	}
	end_line(c);
	c->owners = n > 1;
	free(owners);
}

/* What the item is, as SUMMARY and each alarm have it. */
static void
put_what(struct cal *c, const struct goal_item *it)
{
	const char	*kind = goal_item_kind_name(it->kind);

	put(c, kind, strlen(kind));
	put(c, " ", 1);
	put_text(c, it->path);
	if (it->text != NULL) {
		put(c, ": ", 2);
		put_text(c, it->text);
	}
}

static void
summary(struct cal *c, const struct goal_item *it)
{
	put(c, "SUMMARY:", 8);
	if (c->owners && it->owner != NULL) {
		put_text(c, it->owner);
		put(c, ": ", 2);
	}
	put_what(c, it);
	end_line(c);
}

static void
detail(struct cal *c, int *first, const char *label, const char *s)
{
	if (s == NULL)
		return;
	if (!*first)
		put(c, "\\n", 2);
	*first = 0;
	put_text(c, label);
	put_text(c, s);
}

/* Plan, measure, why, buddy and progress; what a reflection is about. */
static void
description(struct cal *c, const struct goal_item *it)
{
	char	 buf[64];
	int	 first = 1;

	put(c, "DESCRIPTION:", 12);
	if (it->kind == GOAL_ITEM_REFLECT) {
		goal_date_format(it->achieved, buf);
		detail(c, &first, "Achieved ", buf);
		detail(c, &first, "", "Sit down with your buddy: what was "
		    "hard, what was easy, who helped, what to do differently "
		    "next time.");
	}
	detail(c, &first, "Plan: ", it->plan);
	detail(c, &first, "Measure: ", it->measure);
	detail(c, &first, "Why: ", it->why);
	detail(c, &first, "Buddy: ", it->buddy);
	if (it->steps) {
		snprintf(buf, sizeof(buf), "%zu/%zu steps done", it->done,
		    it->total);
		detail(c, &first, "Progress: ", buf);
	}
	if (first)
		put_text(c, it->path);
	end_line(c);
}

/* An alarm: its DESCRIPTION is in c->desc, folded by alarms(). */
static void
alarm(struct cal *c, const char *trigger)
{
	static const char	 begin[] = "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";

	out_put(c, begin, sizeof(begin) - 1);
	out_put(c, c->desc, c->desclen);
	field(c, c->vtodo ? "TRIGGER;RELATED=END:" : "TRIGGER:", trigger);
	field(c, "END:VALARM", "");
}

/* The reminders of goal_item_reminders(), else one at 09:00 on the day. */
static void
alarms(struct cal *c, const struct goal_item *it)
{
	long	 days[GOAL_MAX_REMIND];
	char	 trigger[32];
	size_t	 i, n;

	/* The same text in every alarm: escaped and folded once. */
	put(c, "DESCRIPTION:", 12);
	put_what(c, it);
	end_line_desc(c);
	n = goal_item_reminders(it, c->deflt, days);
	for (i = 0; i < n; i++) {
		goal_ics_trigger(days[i], trigger);
		alarm(c, trigger);
	}
	if (n == 0)
		alarm(c, "PT9H");
}

static void	 rrule(struct cal *, const struct goal_item *);

static void
status(struct cal *c, const struct goal_item *it)
{
	char	 date[9];

	if (it->kind != GOAL_ITEM_DUE || it->status != GOAL_ACHIEVED) {
		field(c, "STATUS:NEEDS-ACTION", "");
		return;
	}
	line(c, "STATUS:COMPLETED");
	if (it->achieved != GOAL_NODAY) {
		basic_date(it->achieved, date);
		line(c, "COMPLETED:%sT000000Z", date);
	}
}

static void
component(struct cal *c, const struct goal_item *it, const char *uid)
{
	const char	*name = c->vtodo ? "VTODO" : "VEVENT";
	char		 date[9], *parent;
	int		 y, m, d;

	basic_date(it->day, date);
	field(c, "BEGIN:", name);
	field(c, "UID:", uid);
	field(c, "DTSTAMP:", c->stamp);
	/* Grows with today, so a later export updates an earlier one. */
	field(c, "SEQUENCE:", c->sequence);
	if (c->vtodo) {
		field(c, "DUE;VALUE=DATE:", date);
		if (it->parent != NULL) {
			parent = ics_uid(it, it->parent, "due");
			field(c, "RELATED-TO:", parent);
			free(parent);
		}
		status(c, it);
	} else {
		field(c, "DTSTART;VALUE=DATE:", date);
		/*
		 * 9999-12-31 has no next day in four digits; without DTEND
		 * an all-day event lasts its one day (RFC 5545, 3.6.1).
		 */
		goal_date_to_ymd(it->day + 1, &y, &m, &d);
		if (y <= 9999) {
			basic_date(it->day + 1, date);
			field(c, "DTEND;VALUE=DATE:", date);
		}
		if (it->kind == GOAL_ITEM_REVIEW)
			rrule(c, it);
		field(c, "TRANSP:TRANSPARENT", "");
	}
	summary(c, it);
	description(c, it);
	if (!(c->vtodo && it->kind == GOAL_ITEM_DUE &&
	    it->status == GOAL_ACHIEVED))
		alarms(c, it);
	field(c, "END:", name);
}

/*
 * A review series steps by its cadence from the day the cadence counts
 * from, clamped to the month's end as goal(5) adds months: a series
 * counted from a 29th to 31st takes the month's last day when the month
 * is shorter, where a bare RRULE would skip that month.
 */
static void
rrule(struct cal *c, const struct goal_item *it)
{
	static const char *const freq[] = { "DAILY", "WEEKLY", "MONTHLY",
		"MONTHLY", "YEARLY" };
	long	 n = it->every.n, anchor;
	char	 until[9];
	int	 y, m, d;

	if (it->until != GOAL_NODAY && it->until < it->day)
		return;
	anchor = it->anchor != GOAL_NODAY ? it->anchor : it->day;
	goal_date_to_ymd(anchor, &y, &m, &d);
	if (it->every.unit == GOAL_QUARTER)
		n *= 3;
	put(c, "RRULE:FREQ=", 11);
	put(c, freq[it->every.unit], strlen(freq[it->every.unit]));
	if (n > 1)
		putf(c, ";INTERVAL=%ld", n);
	if ((it->every.unit == GOAL_MONTH || it->every.unit == GOAL_QUARTER) &&
	    d >= 29)
		putf(c, ";BYMONTHDAY=%d,-1;BYSETPOS=1", d);
	else if (it->every.unit == GOAL_YEAR && m == 2 && d == 29)
		putf(c, ";BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1");
	if (it->until != GOAL_NODAY) {
		basic_date(it->until, until);
		putf(c, ";UNTIL=%s", until);
	}
	end_line(c);
}

static int
cmp_uid(const void *a, const void *b)
{
	return strcmp(**(char **const *)a, **(char **const *)b);
}

/*
 * The UIDs of the items, unique in one output: the same goal twice (one
 * file given twice, or two files of one base name and no owner) gets
 * -2, -3... on its kind.
 */
static char **
uids(const struct goal_items *items)
{
	char		**uid, ***by;
	char		 kind[32];
	size_t		 i, run = 1;

	struct goal_item	 it;

	uid = goal_xreallocarray(NULL, items->n + 1, sizeof(*uid));
	by = goal_xreallocarray(NULL, items->n + 1, sizeof(*by));
	for (i = 0; i < items->n; i++) {
		goal_items_get(items, i, &it);
		uid[i] = ics_uid(&it, it.path, goal_item_kind_name(it.kind));
		by[i] = &uid[i];
	}
	/* Stable enough: equal UIDs come from items sorted alike already. */
	qsort(by, items->n, sizeof(*by), cmp_uid);
	for (i = 1; i < items->n; i++) {
		if (strcmp(*by[i], *by[i - 1 - (run - 1)]) != 0) {
			run = 1;
			continue;
		}
		run++;
		goal_items_get(items, (size_t)(by[i] - uid), &it);
		snprintf(kind, sizeof(kind), "%s-%zu",
		    goal_item_kind_name(it.kind), run);
		free(*by[i]);
		*by[i] = ics_uid(&it, it.path, kind);
	}
	free(by);
	return uid;
}

/*
 * The items as a calendar: VEVENTs, or VTODOs when vtodo is set.  deflt
 * holds the reminders of goals without a remind key.
 */
int
goal_ics_write(FILE *fp, const struct goal_items *items, long today,
    const struct goal_remind *deflt, int vtodo)
{
	struct goal_item it;
	struct cal	 c;
	char		**uid;
	size_t		 i;

	memset(&c, 0, sizeof(c));
	c.fp = fp;
	c.today = today;
	c.deflt = deflt;
	c.vtodo = vtodo;
	basic_date(today, c.stamp);
	memcpy(c.stamp + 8, "T000000Z", 9);
	snprintf(c.sequence, sizeof(c.sequence), "%ld", today);
	line(&c, "BEGIN:VCALENDAR");
	line(&c, "VERSION:2.0");
	line(&c, "PRODID:-//goal tools//EN");
	line(&c, "CALSCALE:GREGORIAN");
	line(&c, "METHOD:PUBLISH");
	calname(&c, items);
	uid = uids(items);
	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &it);
		component(&c, &it, uid[i]);
	}
	line(&c, "END:VCALENDAR");
	flush(&c);
	for (i = 0; i < items->n; i++)
		free(uid[i]);
	free(uid);
	free(c.line);
	free(c.out);
	free(c.desc);
	return ferror(fp) ? -1 : 0;
}
