/*
 * fuzz_literals.c: libFuzzer's entry point over the prefilter's one
 * promise: a text it stops does not match.  The input is a pattern, a
 * newline, then a text; a pattern PCRE2 accepts is run over the text,
 * and a match the filter stopped aborts.  Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*nl, *s = (const char *)data;
	struct lint_rule	 rule, *active = &rule;
	struct lint_prefilter	*pf;
	pcre2_match_context	*mctx;
	pcre2_match_data	*md;
	pcre2_code		*re;
	PCRE2_SIZE		 off;
	uint64_t		 may;
	int			 err, rc;

	if ((nl = memchr(s, '\n', size)) == NULL)
		return 0;
	re = pcre2_compile((PCRE2_SPTR)s, nl - s, PCRE2_UTF | PCRE2_UCP |
	    PCRE2_NEVER_BACKSLASH_C, &err, &off, NULL);
	if (re == NULL)
		return 0;
	memset(&rule, 0, sizeof(rule));
	rule.pattern = (char *)s;
	rule.patlen = nl - s;
	pf = lint_prefilter_new(&active, 1);
	md = pcre2_match_data_create(1, NULL);
	mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mctx, 100000);
	size -= nl + 1 - s;
	s = nl + 1;
	may = lint_prefilter_scan(pf, s, size, goal_is_ascii(s, size));
	rc = pcre2_match(re, (PCRE2_SPTR)s, size, 0, 0, md, mctx);
	/* A text that is not UTF-8 fails with an error, not a match. */
	if (rc >= 0 && rule.pf_slot >= 0 && !(may & 1))
		abort();
	pcre2_match_context_free(mctx);
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	lint_prefilter_free(pf);
	return 0;
}
