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
	/* "KIND PATH: TEXT" escaped: SUMMARY and each alarm say it. */
	char			*what;
	size_t			 whatlen;
	size_t			 whatcap;
	/* The dates of the item before: items come sorted by day. */
	long			 day;
	char			 start[9];
	char			 end[9];
	int			 hasend;
	/* OWNER/FILE/DOC/ of the UID before: one document's items share it. */
	const char		*hown;
	const char		*hfile;
	int			 hdoc;
	char			*head;
	size_t			 headlen;
	size_t			 headcap;
	/* The UIDs so far, to number the same one twice: uid_seen(). */
	const struct goal_items	*items;
	struct uid_slot		*seen;
	size_t			 mask;
	char			*tmp;
	size_t			 tmpcap;
};

struct uid_slot {
	uint64_t	 hash;
	size_t		 item;		/* its index plus 1; 0: empty */
};

/* RFC 5545 folds a line longer than this many octets. */
#define SHORT_LINE	75

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
put_number(struct cal *c, int neg, unsigned long long u)
{
	char	 buf[1 + 3 * sizeof(u)], *p = buf;

	if (neg)
		*p++ = '-';
	p = goal_out_decimal(p, u);
	put(c, buf, (size_t)(p - buf));
}

static void
put_long(struct cal *c, long v)
{
	put_number(c, v < 0, v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v);
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
 * field() takes the name as a literal ("" makes any other a compile
 * error), so that its length is known.
 */
#define field(c, name, value) \
	field_n((c), "" name, sizeof(name) - 1, (value))

static void
field_n(struct cal *c, const char *name, size_t n, const char *value)
{
	size_t	 v = strlen(value);

	/* Short: nothing to fold, straight to the output. */
	if (n + v <= SHORT_LINE) {
		out_room(c, n + v + 2);
		memcpy(c->out + c->outlen, name, n);
		memcpy(c->out + c->outlen + n, value, v);
		memcpy(c->out + c->outlen + n + v, "\r\n", 2);
		c->outlen += n + v + 2;
		out_done(c);
		return;
	}
	put(c, name, n);
	put(c, value, v);
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

/*
 * What the item is, as SUMMARY and each alarm have it: escaped once
 * into c->what.  The line is empty before and after.
 */
static void
what(struct cal *c, const struct goal_item *it)
{
	const char	*kind = goal_item_kind_name(it->kind);

	put(c, kind, strlen(kind));
	put(c, " ", 1);
	put_text(c, it->path);
	if (it->text != NULL) {
		put(c, ": ", 2);
		put_text(c, it->text);
	}
	if (c->len + 1 > c->whatcap) {
		c->whatcap = c->len + 1;
		c->what = goal_xrealloc(c->what, c->whatcap);
	}
	memcpy(c->what, c->line, c->len + 1);
	c->whatlen = c->len;
	c->len = 0;
}

static void
summary(struct cal *c, const struct goal_item *it)
{
	put(c, "SUMMARY:", 8);
	if (c->owners && it->owner != NULL) {
		put_text(c, it->owner);
		put(c, ": ", 2);
	}
	put(c, c->what, c->whatlen);
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
	/* The labels have nothing to escape. */
	put(c, label, strlen(label));
	put_text(c, s);
}

/* "2/5 steps done", by hand: snprintf() cost more than the line. */
static void
progress(const struct goal_item *it, char buf[64])
{
	char	*p;

	p = goal_out_decimal(buf, it->done);
	*p++ = '/';
	p = goal_out_decimal(p, it->total);
	memcpy(p, " steps done", sizeof(" steps done"));
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
		progress(it, buf);
		detail(c, &first, "Progress: ", buf);
	}
	if (first)
		put_text(c, it->path);
	end_line(c);
}

/*
 * An alarm: its DESCRIPTION is in c->desc, folded by alarms().  Written
 * in one piece: an item has an alarm for each reminder, so a calendar
 * has more alarms than any other component.
 */
static void
alarm(struct cal *c, const char *trigger)
{
	static const char	 begin[] = "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
	static const char	 todo[] = "TRIGGER;RELATED=END:";
	static const char	 event[] = "TRIGGER:";
	static const char	 end[] = "\r\nEND:VALARM\r\n";
	const char		*name = c->vtodo ? todo : event;
	size_t			 n, t = strlen(trigger);
	char			*p;

	n = c->vtodo ? sizeof(todo) - 1 : sizeof(event) - 1;
	if (n + t > SHORT_LINE) {	/* no trigger is this long */
		out_put(c, begin, sizeof(begin) - 1);
		out_put(c, c->desc, c->desclen);
		field_n(c, name, n, trigger);
		out_put(c, end + 2, sizeof(end) - 3);
		return;
	}
	out_room(c, sizeof(begin) - 1 + c->desclen + n + t + sizeof(end) - 1);
	p = c->out + c->outlen;
	memcpy(p, begin, sizeof(begin) - 1);
	p += sizeof(begin) - 1;
	memcpy(p, c->desc, c->desclen);
	p += c->desclen;
	memcpy(p, name, n);
	p += n;
	memcpy(p, trigger, t);
	p += t;
	memcpy(p, end, sizeof(end) - 1);
	p += sizeof(end) - 1;
	c->outlen = (size_t)(p - c->out);
	out_done(c);
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
	put(c, c->what, c->whatlen);
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

/* The item's day and the next, in basic form; the day before's kept. */
static void
dates(struct cal *c, long day)
{
	int	 y, m, d;

	if (day == c->day)
		return;
	c->day = day;
	basic_date(day, c->start);
	/*
	 * 9999-12-31 has no next day in four digits; without DTEND an
	 * all-day event lasts its one day (RFC 5545, 3.6.1).
	 */
	goal_date_to_ymd(day + 1, &y, &m, &d);
	c->hasend = y <= 9999;
	if (c->hasend)
		basic_date(day + 1, c->end);
}

static void
uid_line(struct cal *c, const struct goal_item *it, size_t i);

static void
put_uid(struct cal *c, const struct goal_item *it, const char *path,
    const char *kind);

static void
component(struct cal *c, const struct goal_item *it, size_t i)
{
	const char	*name = c->vtodo ? "VTODO" : "VEVENT";

	dates(c, it->day);
	what(c, it);
	field(c, "BEGIN:", name);
	uid_line(c, it, i);
	field(c, "DTSTAMP:", c->stamp);
	/* Grows with today, so a later export updates an earlier one. */
	field(c, "SEQUENCE:", c->sequence);
	if (c->vtodo) {
		field(c, "DUE;VALUE=DATE:", c->start);
		if (it->parent != NULL) {
			put(c, "RELATED-TO:", 11);
			put_uid(c, it, it->parent, "due");
			end_line(c);
		}
		status(c, it);
	} else {
		field(c, "DTSTART;VALUE=DATE:", c->start);
		if (c->hasend)
			field(c, "DTEND;VALUE=DATE:", c->end);
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

/*
 * A UID into the line: OWNER/FILE/DOC/ as the item before had it when
 * it has the same, then PATH/KIND@goal-tools.
 */
static void
put_uid(struct cal *c, const struct goal_item *it, const char *path,
    const char *kind)
{
	size_t	 max;

	if (c->hfile == NULL || it->file != c->hfile ||
	    it->owner != c->hown || it->doc != c->hdoc) {
		if ((max = ics_uid_head_max(it)) > c->headcap) {
			c->headcap = max;
			c->head = goal_xrealloc(c->head, c->headcap);
		}
		c->headlen = ics_uid_head(c->head, it);
		c->hfile = it->file;
		c->hown = it->owner;
		c->hdoc = it->doc;
	}
	put(c, c->head, c->headlen);
	reserve(c, ics_uid_tail_max(path, kind));
	c->len += ics_uid_tail(c->line + c->len, path, kind);
	c->line[c->len] = '\0';
}

/* FNV-1a: UIDs are short, and the table checks what it finds. */
static uint64_t
uid_hash(const char *s, size_t n)
{
	uint64_t	 h = 14695981039346656037ULL;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

/* Whether item j's UID, without a number, is uid. */
static int
same_uid(struct cal *c, size_t j, const char *uid, size_t n)
{
	struct goal_item	 o;
	const char		*kind;
	size_t			 max, len;

	goal_items_get(c->items, j, &o);
	kind = goal_item_kind_name(o.kind);
	max = ics_uid_head_max(&o) + ics_uid_tail_max(o.path, kind);
	if (max > c->tmpcap) {
		c->tmpcap = max;
		c->tmp = goal_xrealloc(c->tmp, c->tmpcap);
	}
	len = ics_uid_head(c->tmp, &o);
	len += ics_uid_tail(c->tmp + len, o.path, kind);
	return len == n && memcmp(c->tmp, uid, n) == 0;
}

/*
 * How many items before item i have its UID, which is then counted:
 * a table of the UIDs so far, each slot the hash of one and its item.
 */
static size_t
uid_seen(struct cal *c, size_t i, const char *uid, size_t n)
{
	uint64_t	 h = uid_hash(uid, n);
	size_t		 s, k = 0;

	for (s = h & c->mask; c->seen[s].item != 0; s = (s + 1) & c->mask)
		if (c->seen[s].hash == h &&
		    same_uid(c, c->seen[s].item - 1, uid, n))
			k++;
	c->seen[s].hash = h;
	c->seen[s].item = i + 1;
	return k;
}

/*
 * The UID, unique in one output: the same goal twice (one file given
 * twice, or two files of one base name and no owner) gets -2, -3... on
 * its kind, in the order of the items.
 */
static void
uid_line(struct cal *c, const struct goal_item *it, size_t i)
{
	const char	*kind = goal_item_kind_name(it->kind);
	char		 numbered[32];
	size_t		 start, k;

	put(c, "UID:", 4);
	start = c->len;
	put_uid(c, it, it->path, kind);
	if (c->seen != NULL &&
	    (k = uid_seen(c, i, c->line + start, c->len - start)) > 0) {
		c->len = start;
		snprintf(numbered, sizeof(numbered), "%s-%zu", kind, k + 1);
		put_uid(c, it, it->path, numbered);
	}
	end_line(c);
}

/* Room for the UIDs of n items, the table at most half full. */
static void
uid_table(struct cal *c, size_t n)
{
	size_t	 size = 16;

	while (size < 2 * n)
		size *= 2;
	c->seen = goal_xreallocarray(NULL, size, sizeof(*c->seen));
	memset(c->seen, 0, size * sizeof(*c->seen));
	c->mask = size - 1;
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
	c.items = items;
	c.day = GOAL_NODAY;
	/* Mostly no two goals can have one UID: then nothing is kept. */
	if (items->may_repeat)
		uid_table(&c, items->n);
	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &it);
		component(&c, &it, i);
	}
	line(&c, "END:VCALENDAR");
	flush(&c);
	free(c.seen);
	free(c.tmp);
	free(c.head);
	free(c.what);
	free(c.line);
	free(c.out);
	free(c.desc);
	return ferror(fp) ? -1 : 0;
}
