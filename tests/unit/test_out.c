/*
 * test_out.c: goal_out_tsv_field() and goal_out_json_string() (out.c),
 * which pass over the bytes that need no escape eight at a time and
 * write through a buffer: each byte to escape, at each place in a word
 * and past it, is escaped as a byte-by-byte writer would, and the bytes
 * around it are untouched.  And goal_out_decimal(), the one writer of
 * numbers without printf(), against printf().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"
#include "tap.h"

/* What a field is written as, one byte at a time. */
static void
plain(FILE *fp, const char *s, size_t len)
{
	unsigned char	 c;
	size_t		 i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\t')
			fputs("\\t", fp);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\r')
			fputs("\\r", fp);
		else if (c == '\\')
			fputs("\\\\", fp);
		else if (c < 0x20 || c == 0x7F)
			fprintf(fp, "\\x%02X", c);
		else
			putc(c, fp);
	}
}

static int
same(const char *s, size_t len)
{
	char	*a = NULL, *b = NULL;
	size_t	 na = 0, nb = 0;
	FILE	*fa = open_memstream(&a, &na), *fb = open_memstream(&b, &nb);
	int	 ok;

	goal_out_tsv_field(fa, s, len);
	plain(fb, s, len);
	fclose(fa);
	fclose(fb);
	ok = na == nb && memcmp(a, b, na) == 0;
	if (!ok)
		printf("# \"%.*s\": \"%s\", want \"%s\"\n", (int)len, s, a, b);
	free(a);
	free(b);
	return ok;
}

static void
test_tsv_field(void)
{
	static const unsigned char	 special[] = {
		'\t', '\n', '\r', '\\', 0x01, 0x1F, 0x7F, 0x00
	};
	static const unsigned char	 near[] = {
		0x20, 0x5B, 0x5D, 0x7E, 0x80, 0xC3, 0xFF, 0x5C ^ 0x80
	};
	char		 s[40];
	size_t		 len, at, k, wrong = 0, n = 0;

	for (len = 0; len <= 33; len++)
		for (at = 0; at <= len; at++)
			for (k = 0; k < sizeof(special); k++) {
				memset(s, 'a', sizeof(s));
				if (at < len)
					s[at] = (char)special[k];
				wrong += !same(s, len);
				n++;
			}
	IS_INT(wrong, 0, "%zu fields with a byte to escape anywhere", n);
	for (len = 0, wrong = 0; len <= 17; len++)
		for (k = 0; k < sizeof(near); k++) {
			memset(s, near[k], sizeof(s));
			wrong += !same(s, len);
		}
	IS_INT(wrong, 0, "bytes near those to escape go out as they are");
	s[0] = '\0';
	strcat(s, "caf\xc3\xa9" "\tcr\xc3\xa8" "me\\br\xc3\xbb" "l\xc3\xa9"
	    "e\x7f");
	OK(same(s, strlen(s)), "UTF-8 among escapes");
}

/* The length of the valid UTF-8 character at s, or 0 (RFC 3629). */
static size_t
utf8_len(const unsigned char *s, size_t avail)
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

/* A JSON string as RFC 8259 and out.c's comments say, byte by byte. */
static void
json_plain(FILE *fp, const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, n;

	putc('"', fp);
	for (i = 0; i < len; i++) {
		if (u[i] == '"' || u[i] == '\\')
			fprintf(fp, "\\%c", u[i]);
		else if (u[i] == '\n')
			fputs("\\n", fp);
		else if (u[i] == '\r')
			fputs("\\r", fp);
		else if (u[i] == '\t')
			fputs("\\t", fp);
		else if (u[i] < 0x20 || u[i] == 0x7F)
			fprintf(fp, "\\u%04x", u[i]);
		else if (u[i] < 0x80)
			putc(u[i], fp);
		else if ((n = utf8_len(u + i, len - i)) == 0)
			fputs("\\ufffd", fp);
		else if (n == 3 && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		    (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
			fprintf(fp, "\\u%04x", 0x2028 + (u[i + 2] & 1));
			i += 2;
		} else {
			fwrite(u + i, 1, n, fp);
			i += n - 1;
		}
	}
	putc('"', fp);
}

static int
json_same(const char *s, size_t len)
{
	char	*a = NULL, *b = NULL;
	size_t	 na = 0, nb = 0;
	FILE	*fa = open_memstream(&a, &na), *fb = open_memstream(&b, &nb);
	int	 ok;

	goal_out_json_string(fa, s, len);
	json_plain(fb, s, len);
	fclose(fa);
	fclose(fb);
	ok = na == nb && memcmp(a, b, na) == 0;
	if (!ok)
		printf("# json \"%.*s\": %s, want %s\n", (int)len, s, a, b);
	free(a);
	free(b);
	return ok;
}

static void
test_json_string(void)
{
	static const char *const special[] = {
		"\"", "\\", "\n", "\r", "\t", "\x01", "\x1f", "\x7f",
		"\xc3\xa9", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xaa",
		"\xf0\x9f\x98\x80", "\xc3", "\xff", "\xed\xa0\x80", "\xc0\xaf",
		"\xe2\x80", "~", " ", "/"
	};
	char		 s[64];
	size_t		 len, at, k, n = 0, wrong = 0, sl;

	for (len = 0; len <= 33; len++)
		for (at = 0; at <= len; at++)
			for (k = 0; k < sizeof(special) / sizeof(*special);
			    k++) {
				memset(s, 'a', sizeof(s));
				sl = strlen(special[k]);
				if (at < len)
					memcpy(s + at, special[k], sl);
				wrong += !json_same(s, at < len ? len + sl :
				    len);
				n++;
			}
	IS_INT(wrong, 0, "%zu JSON strings with a byte to escape or a "
	    "character anywhere", n);
	memset(s, 'x', sizeof(s));
	OK(json_same(s, 0) && json_same(s, 64), "plain strings");
	{
		char	*big = malloc(10000);

		memset(big, 'b', 10000);
		big[4095] = '"';
		big[9000] = '\n';
		OK(json_same(big, 10000), "a string longer than the buffer");
		free(big);
	}
}

/* Every power of ten, one each side of it, and the largest: as %llu. */
static void
test_decimal(void)
{
	unsigned long long	 u, p;
	char			 got[32], want[32], *end;
	int			 bad = 0;

	for (p = 1; ; p *= 10) {
		for (u = p - 1; u <= p + 1; u++) {
			memset(got, 'x', sizeof(got));
			end = goal_out_decimal(got, u);
			snprintf(want, sizeof(want), "%llu", u);
			if ((size_t)(end - got) != strlen(want) ||
			    memcmp(got, want, strlen(want)) != 0 ||
			    *end != 'x') {
				printf("# %s: got \"%.*s\"\n", want,
				    (int)(end - got), got);
				bad++;
			}
		}
		if (p > ~0ULL / 10)
			break;
	}
	end = goal_out_decimal(got, ~0ULL);
	snprintf(want, sizeof(want), "%llu", ~0ULL);
	OK(bad == 0 && (size_t)(end - got) == strlen(want) &&
	    memcmp(got, want, strlen(want)) == 0,
	    "goal_out_decimal() writes numbers as %%llu does, with no NUL");
}

int
main(void)
{
	test_decimal();
	test_tsv_field();
	test_json_string();
	return TAP_DONE();
}
