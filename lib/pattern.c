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
#include <stdlib.h>
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
 * one when the text (ascii: the caller knows) and the pattern allow,
 * JIT-compiled when it has read enough.  NULL when the rule has no
 * pattern that compiles.
 */
struct lint_form *
lint_rule_form(struct goal_lint *l, struct lint_rule *r, int ascii,
    size_t len)
{
	struct lint_form	*f = NULL;

	if (r->pattern != NULL && ascii)
		f = ascii_form(l, r);
	if (f == NULL && (f = utf_form(l, r)) == NULL)
		return NULL;
	if (f->jit == 0) {
		/*
		 * JIT where the CPU has it; else the interpreter.  A rule
		 * that splits runs as its parts from now on (match.c): its
		 * whole is not worth compiling.
		 */
		if (f->interp >= JIT_AFTER && lint_rule_split(l, r) == 0)
			f->jit = pcre2_jit_compile(f->code,
			    PCRE2_JIT_COMPLETE) == 0 ? 1 : -1;
		else
			f->interp += len;
	}
	return f;
}

/*
 * A part, compiled; 0 when it does not, or when nonempty asks that no
 * match be shorter than a byte and one may be.
 */
static int
part_new(struct goal_lint *l, struct lint_rule *part, const char *s,
    size_t len, int nonempty)
{
	uint32_t	 min = 0;

	part->pattern = goal_xmalloc(len + 1);
	memcpy(part->pattern, s, len);
	part->pattern[len] = '\0';
	part->patlen = len;
	part->utf_later = 1;
	part->pf_slot = -1;
	part->split_tried = 1;	/* a part is not split again */
	/* Made once the rules have read a long text: the JIT pays at once. */
	part->utf.interp = part->ascii.interp = JIT_AFTER;
	return utf_form(l, part) != NULL && (!nonempty ||
	    (pcre2_pattern_info(part->utf.code, PCRE2_INFO_MINLENGTH,
	    &min) == 0 && min > 0));
}

static void
parts_free(struct lint_rule *r)
{
	size_t	 i;

	for (i = 0; i < r->npart; i++) {
		lint_rule_forms_free(&r->part[i]);
		free(r->part[i].pattern);
	}
	free(r->part);
	r->part = NULL;
	r->npart = 0;
	r->guarded = 0;
}

/*
 * A rule's pattern made into parts (literals.c), once: when the whole
 * has read enough to be worth the JIT, or when the prefilter is made.
 *
 *   - A require rule's, split into parts that match where it does: the
 *     prefilter can tell them apart, and the first part that matches
 *     ends the search.  No part may match the empty string, which
 *     match.c steps over: A|B would then find B after an empty A where
 *     the whole steps on.
 *   - A forbid rule's "(?s)\A(?!.*?N)REST" as the guard N and the rest
 *     (guarded): the rest runs as the whole did.
 *
 * Returns the number of parts, 0 when the rule stays whole.
 */
size_t
lint_rule_split(struct goal_lint *l, struct lint_rule *r)
{
	struct goal_arena	*a;
	struct lint_lit		*lit, two[2];
	size_t			 i, n;
	int			 ok;

	if (r->split_tried || r->pattern == NULL)
		return r->npart;
	r->split_tried = 1;
	if (utf_form(l, r) == NULL)
		return 0;	/* it matches nothing; nor would they */
	a = goal_arena_new();
	if (r->require && lint_split(a, r->pattern, r->patlen, &lit, &n)) {
		r->part = goal_xcalloc(n, sizeof(*r->part));
		r->npart = n;
		for (i = 0, ok = 1; i < n && ok; i++)
			ok = part_new(l, &r->part[i], lit[i].s, lit[i].len,
			    1);
		if (!ok)
			parts_free(r);
	} else if (!r->require && lint_guard(a, r->pattern, r->patlen,
	    &two[0], &two[1])) {
		/* The rest is run as the whole was: empty matches and all. */
		r->part = goal_xcalloc(2, sizeof(*r->part));
		r->npart = 2;
		r->guarded = 1;
		if (!part_new(l, &r->part[0], two[0].s, two[0].len, 0) ||
		    !part_new(l, &r->part[1], two[1].s, two[1].len, 0))
			parts_free(r);
	}
	goal_arena_free(a);
	return r->npart;
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
	parts_free(r);
	r->split_tried = 0;
}
