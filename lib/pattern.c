/*
 * pattern.c: the compiled forms of a rule's pattern, made when a text
 * first needs them.
 *
 * A pattern is compiled with PCRE2_UTF | PCRE2_UCP when it is read (see
 * rules.c), so that a bad one is reported where it is written.  Two more
 * forms are made later, and only when they pay:
 *
 *   - An ASCII form, compiled without UTF and UCP, for texts that are all
 *     ASCII, where it finds the same matches and skips the decoding of
 *     characters and the Unicode tables.  It is made only from a pattern
 *     that is ASCII itself: "é?" is an optional character with UTF and a
 *     byte 0xC3 then an optional 0xA9 without, and that would differ.
 *     On an ASCII subject \w, \d, \s, \b, POSIX classes, \p{..} and
 *     caseless letters mean the same with or without UCP; what only UTF
 *     accepts (\x{100}, \N{U+..}) fails to compile, and the rule keeps
 *     its UTF form.
 *   - The JIT's code for each form, made once the interpreter has read
 *     JIT_AFTER bytes with it.  Compiling the built-in rules for the JIT
 *     costs more than a small file's whole lint; a long file pays it
 *     after a few goals.
 */
#include <stdint.h>
#include <string.h>

#include "libgoal.h"

#ifndef JIT_AFTER
#define JIT_AFTER	1024
#endif

/* Whether len bytes are all ASCII, eight at a time. */
int
goal_is_ascii(const char *s, size_t len)
{
	uint64_t	 w, acc = 0;
	size_t		 i = 0;

	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		acc |= w;
	}
	for (; i < len; i++)
		acc |= (unsigned char)s[i];
	return (acc & 0x8080808080808080ULL) == 0;
}

/* The ASCII form, made at the first ASCII text; NULL when it cannot be. */
static struct lint_form *
ascii_form(struct goal_lint *l, struct lint_rule *r)
{
	PCRE2_SIZE	 erroff;
	int		 errcode;

	if (r->ascii_tried)
		return r->ascii.code != NULL ? &r->ascii : NULL;
	r->ascii_tried = 1;
	if (!goal_is_ascii(r->pattern, r->patlen))
		return NULL;
	r->ascii.code = pcre2_compile((PCRE2_SPTR)r->pattern, r->patlen, PCRE2_NEVER_BACKSLASH_C, &errcode, &erroff,
	    l->cctx);
	return r->ascii.code != NULL ? &r->ascii : NULL;
}

/* The UTF form of a built-in rule, made at its first use. */
static struct lint_form *
utf_form(struct goal_lint *l, struct lint_rule *r)
{
	PCRE2_SIZE	 erroff;
	int		 errcode;

	if (r->utf_later) {
		r->utf_later = 0;
		r->utf.code = pcre2_compile((PCRE2_SPTR)r->pattern, r->patlen,
		    PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &errcode,
		    &erroff, l->cctx);
	}
	return r->utf.code != NULL ? &r->utf : NULL;
}

/*
 * The form to run over a text of len bytes, charged with them: the ASCII
 * one when the text and the pattern allow, JIT-compiled when it has read
 * enough.  NULL when the rule has no pattern that compiles.
 */
struct lint_form *
lint_rule_form(struct goal_lint *l, struct lint_rule *r, const char *s,
    size_t len)
{
	struct lint_form	*f = NULL;

	if (r->pattern != NULL && goal_is_ascii(s, len))
		f = ascii_form(l, r);
	if (f == NULL && (f = utf_form(l, r)) == NULL)
		return NULL;
	if (f->jit == 0) {
		if (f->interp >= JIT_AFTER)
			/* JIT where the CPU has it; else the interpreter. */
			f->jit = pcre2_jit_compile(f->code,
			    PCRE2_JIT_COMPLETE) == 0 ? 1 : -1;
		else
			f->interp += len;
	}
	return f;
}

/* Frees the forms; a new pattern starts again from its UTF form. */
void
lint_rule_forms_free(struct lint_rule *r)
{
	pcre2_code_free(r->utf.code);
	pcre2_code_free(r->ascii.code);
	memset(&r->utf, 0, sizeof(r->utf));
	memset(&r->ascii, 0, sizeof(r->ascii));
	r->ascii_tried = 0;
	r->utf_later = 0;
}
