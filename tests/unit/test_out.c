/*
 * test_out.c: goal_out_tsv_field() (out.c), which passes over the bytes
 * that need no escape eight at a time: each byte to escape, at each
 * place in a word and past it, is escaped as a byte-by-byte writer
 * would, and the bytes around it are untouched.
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

int
main(void)
{
	test_tsv_field();
	return TAP_DONE();
}
