/*
 * ics_text.c: the pieces of RFC 5545 that every calendar line needs:
 * folding, TEXT escaping, trigger durations and UIDs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

/* RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, CRLF aside. */
#define ICS_LINE	75

/*
 * Where a line may be cut before byte i: never inside a UTF-8 character
 * (clients that fold back byte-wise would still manage, but many show
 * the halves as garbage) and never between a backslash and what it
 * escapes.
 */
static int
may_cut(const char *s, size_t i)
{
	size_t	 k;
	int	 slashes = 0;

	if (((unsigned char)s[i] & 0xC0) == 0x80)
		return 0;
	/* An odd run of backslashes before i: i is the escaped byte. */
	for (k = i; k > 0 && s[k - 1] == '\\'; k--)
		slashes++;
	return slashes % 2 == 0;
}

/* The most a line of len bytes takes folded, with its CRLF. */
size_t
goal_ics_fold_max(size_t len)
{
	return len + 3 * (len / (ICS_LINE - 1) + 1) + 2;
}

/*
 * A content line, folded at 75 octets, with CRLF, into out, which has
 * room for goal_ics_fold_max(len) bytes; returns the length written.
 */
size_t
goal_ics_fold_into(char *out, const char *s, size_t len)
{
	size_t	 start = 0, end, room = ICS_LINE, o = 0;

	while (len - start > room) {
		end = start + room;
		while (end > start + 1 && !may_cut(s, end))
			end--;
		memcpy(out + o, s + start, end - start);
		o += end - start;
		memcpy(out + o, "\r\n ", 3);
		o += 3;
		start = end;
		room = ICS_LINE - 1;	/* the leading space counts */
	}
	memcpy(out + o, s + start, len - start);
	o += len - start;
	memcpy(out + o, "\r\n", 2);
	return o + 2;
}

/* The same to a stream. */
int
goal_ics_fold(FILE *fp, const char *s, size_t len)
{
	char	*out = goal_xmalloc(goal_ics_fold_max(len));

	fwrite(out, 1, goal_ics_fold_into(out, s, len), fp);
	free(out);
	return ferror(fp) ? -1 : 0;
}

/*
 * A TEXT value: backslash, semicolon, comma and newline escaped; a CR
 * is dropped (a CRLF in the input is one line end).
 */
char *
goal_ics_escape(const char *s)
{
	char	*out;

	out = goal_xmalloc(2 * strlen(s) + 1);
	goal_ics_escape_into(out, s);
	return out;
}

/*
 * The same into out, which has room for twice s; returns its length.
 * Most text has nothing to escape: it is copied in runs.
 */
size_t
goal_ics_escape_into(char *out, const char *s)
{
	char	*p = out;
	size_t	 run;

	for (;; s++) {
		run = strcspn(s, "\\;,\n\r");
		memcpy(p, s, run);
		p += run;
		s += run;
		switch (*s) {
		case '\0':
			*p = '\0';
			return (size_t)(p - out);
		case '\\':
		case ';':
		case ',':
			*p++ = '\\';
			*p++ = *s;
			break;
		case '\n':
			*p++ = '\\';
			*p++ = 'n';
			break;
		default:	/* '\r' */
			break;
		}
	}
}

/*
 * A reminder N days before an all-day date fires at 09:00: the date
 * starts at midnight, so that is N - 1 days and 15 hours before.  Days
 * and hours only: a duration with Y or M has no fixed length and RFC
 * 5545 forbids them.
 */
void
goal_ics_trigger(long days, char buf[32])
{
	char	*p;

	if (days <= 1) {
		memcpy(buf, "-PT15H", 7);
		return;
	}
	/* By hand: snprintf() cost more than the rest of the alarm. */
	memcpy(buf, "-P", 2);
	p = goal_out_decimal(buf + 2, (unsigned long)(days - 1));
	memcpy(p, "DT15H", 6);
}

/*
 * A UID part: bytes outside [A-Za-z0-9._-] as %XX, so parts never meet;
 * slashes kept when keep_slash is set (a path's parts hold none).  p has
 * room for three bytes a byte; returns the end.
 */
static char *
uid_part(char *p, const char *s, int keep_slash)
{
	static const char	 hex[] = "0123456789ABCDEF";
	unsigned char		 c;

	for (; s != NULL && *s != '\0'; s++) {
		c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '_' ||
		    c == '-' || (keep_slash && c == '/'))
			*p++ = (char)c;
		else {
			*p++ = '%';
			*p++ = hex[c >> 4];
			*p++ = hex[c & 15];
		}
	}
	return p;
}

/*
 * OWNER/FILE/DOC/PATH/KIND@goal-tools: what stays when the text changes.
 * The path keeps its slashes; its parts cannot hold one.  It is written
 * in two parts: OWNER/FILE/DOC/, which the items of one document share,
 * and PATH/KIND@goal-tools.
 */

/* The most bytes of a UID's first part, written by ics_uid_head(). */
size_t
ics_uid_head_max(const struct goal_item *it)
{
	return 3 * ((it->owner ? strlen(it->owner) : 0) +
	    strlen(goal_base_name(it->file))) + 32;
}

size_t
ics_uid_head(char *buf, const struct goal_item *it)
{
	char	*p = buf;

	p = uid_part(p, it->owner, 0);
	*p++ = '/';
	p = uid_part(p, goal_base_name(it->file), 0);
	*p++ = '/';
	/* A document number is at least 1. */
	p = goal_out_decimal(p, (unsigned long)it->doc);
	*p++ = '/';
	return (size_t)(p - buf);
}

/* The most bytes of the second part, written by ics_uid_tail(). */
size_t
ics_uid_tail_max(const char *path, const char *kind)
{
	return 3 * strlen(path) + strlen(kind) + 16;
}

size_t
ics_uid_tail(char *buf, const char *path, const char *kind)
{
	char	*p = buf;
	size_t	 n = strlen(kind);

	p = uid_part(p, path, 1);
	*p++ = '/';
	memcpy(p, kind, n);
	p += n;
	memcpy(p, "@goal-tools", sizeof("@goal-tools") - 1);
	return (size_t)(p - buf) + sizeof("@goal-tools") - 1;
}
