/*
 * test_literals.c: the strings a pattern's matches need (literals.c,
 * litset.c) and the filter made of them (prefilter.c).  The filter may
 * let through a text that does not match; it must never stop one that
 * does, and that is checked on every built-in rule against the corpus.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"
#include "tap.h"

/* The terms as "{a,b}&{c} | {d}", or "-" when nothing is known. */
static const char *
needs(const char *pattern)
{
	static char		 buf[4096];
	struct goal_arena	*a = goal_arena_new();
	struct lint_term	*t;
	size_t			 nt, i, j, k, n = 0;

	if (!lint_literals(a, pattern, strlen(pattern), &t, &nt)) {
		goal_arena_free(a);
		return "-";
	}
	buf[0] = '\0';
	for (i = 0; i < nt; i++) {
		n += snprintf(buf + n, sizeof(buf) - n, "%s", i ? " | " : "");
		for (j = 0; j < t[i].n; j++) {
			n += snprintf(buf + n, sizeof(buf) - n, "%s{",
			    j ? "&" : "");
			for (k = 0; k < t[i].need[j].n; k++)
				n += snprintf(buf + n, sizeof(buf) - n, "%s%.*s",
				    k ? "," : "", (int)t[i].need[j].lit[k].len,
				    t[i].need[j].lit[k].s);
			n += snprintf(buf + n, sizeof(buf) - n, "}");
		}
	}
	goal_arena_free(a);
	return buf;
}

static void
test_needs(void)
{
	IS_STR(needs("improve"), "{improve}", "a word");
	IS_STR(needs("(?i)\\b(?:Improve|work\\s+on)\\b"),
	    "{improve} | {work}&{on}", "alternatives, folded, split at \\s");
	IS_STR(needs("colou?r"), "{colour,color}", "an optional letter");
	IS_STR(needs("a?"), "-", "what may match nothing needs nothing");
	IS_STR(needs("x*y*"), "-", "nor what repeats from zero");
	IS_STR(needs("\\d+ books"), "{ books}",
	    "the rarer of a digit and \" books\"");
	IS_STR(needs("[sz]ave"), "{save,zave}", "a small class");
	IS_STR(needs("[^a]bc"), "{bc}", "a negated class is any byte");
	IS_STR(needs("[a-z]+ing"), "{ing}", "a range is any byte");
	IS_STR(needs("(?=.*money)\\w+"), "{money}",
	    "a lookahead that must hold");
	IS_STR(needs("(?!never)\\w+"), "-",
	    "a lookahead that must not holds nothing");
	IS_STR(needs("(?<!not )\\bdone"), "{done}", "nor a lookbehind");
	IS_STR(needs("go\\s+to\\s+the\\s+gym"), "{the}&{gym}&{go}&{to}",
	    "every word of a sequence, rarest first");
	IS_STR(needs("a\\s+b\\s+c"), "{a}&{b}&{c}",
	    "one-byte sets kept when there is nothing else");
	IS_STR(needs("a\\s+b\\s+cd"), "{cd}",
	    "and dropped when there is");
	IS_STR(needs("(?:a|b*)c"), "{c}", "an alternative that says nothing");
	IS_STR(needs("x|y*"), "-", "nor does the whole");
	IS_STR(needs("a{2,3}b"), "{a}&{b}", "a counted repeat");
	IS_STR(needs("(?x) improve # comment"), "-",
	    "(?x) changes what bytes mean: nothing said");
	IS_STR(needs("\\x41pple"), "-", "escapes not read: nothing said");
	IS_STR(needs("\\Qa.b\\E"), "-", "nor quoting");
	IS_STR(needs("(a)\\1"), "-", "nor back references");
	IS_STR(needs("(?(?=a)ab|cd)"), "-", "nor conditions");
	IS_STR(needs("(*UTF)abc"), "-", "nor verbs");
	IS_STR(needs("a{,3}b"), "-", "nor a brace that differs by version");
	IS_STR(needs("caf\xc3\xa9"), "{caf}",
	    "a character past ASCII is any");
	IS_STR(needs("\\x{212a}elvin"), "-", "nor \\x{...}");
	IS_STR(needs("(?#note)plan"), "{plan}", "a comment");
	IS_STR(needs("(?<year>\\d{4})-(?P<m>\\d\\d)"), "{-}&{0,1,2,3,4,5,6,7,8,9}&"
	    "{0,1,2,3,4,5,6,7,8,9}&{0,1,2,3,4,5,6,7,8,9}", "named groups");
	IS_STR(needs("(?i:Mentor)|coach"), "{mentor,coach}",
	    "a group with options");
	IS_STR(needs("[[:alpha:]]+ly"), "-", "POSIX classes: not read");
	IS_STR(needs("[]x]y"), "{]y,xy}", "a ] first in a class");
}

/* Whether the pattern matches somewhere in s. */
static int
matches(pcre2_code *re, pcre2_match_data *md, const char *s)
{
	return pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) >= 0;
}

/*
 * When no string of the filter holds a space, a text with some of its
 * words made spaces (match.c: a statement with its deadline masked) may
 * match no rule the text itself may not: each word of each text, and
 * each run of up to three words, made spaces.
 */
static void
check_masked(const char *what, struct lint_prefilter *pf,
    const char *const *text, size_t ntext)
{
	char		*m;
	uint64_t	 whole, part;
	size_t		 j, len, a, b, words, wrong = 0, n = 0;

	for (j = 0; j < ntext; j++) {
		len = strlen(text[j]);
		whole = lint_prefilter_scan(pf, text[j], len,
		    goal_is_ascii(text[j], len));
		m = malloc(len + 1);
		for (a = 0; a < len; a++) {
			if (a > 0 && text[j][a - 1] != ' ')
				continue;
			for (b = a, words = 0; b <= len && words < 3; b++) {
				if (b < len && text[j][b] != ' ')
					continue;
				words++;
				memcpy(m, text[j], len + 1);
				memset(m + a, ' ', b - a);
				part = lint_prefilter_scan(pf, m, len,
				    goal_is_ascii(m, len));
				n++;
				if ((part & ~whole) != 0 && wrong++ < 3)
					printf("# \"%s\" a candidate more than "
					    "\"%s\"\n", m, text[j]);
			}
		}
		free(m);
	}
	IS_INT(wrong, 0, "%s: %zu texts with words masked, no candidate more "
	    "than the text", what, n);
}

/*
 * The filter never stops a text that matches: each pattern against
 * each text, as a rule with the others beside it.
 */
static void
check_sound(const char *what, const char *const *pattern, size_t npat,
    const char *const *text, size_t ntext)
{
	struct lint_rule	*rule, **active;
	struct lint_prefilter	*pf;
	pcre2_match_data	*md;
	pcre2_code		*re;
	PCRE2_SIZE		 off;
	uint64_t		 may;
	size_t			 i, j, wrong = 0, stopped = 0, matched = 0;
	int			 err, allowed;

	rule = calloc(npat, sizeof(*rule));
	active = calloc(npat, sizeof(*active));
	for (i = 0; i < npat; i++) {
		rule[i].pattern = (char *)pattern[i];
		rule[i].patlen = strlen(pattern[i]);
		active[i] = &rule[i];
	}
	pf = lint_prefilter_new(active, npat);
	md = pcre2_match_data_create(1, NULL);
	for (i = 0; i < npat; i++) {
		re = pcre2_compile((PCRE2_SPTR)pattern[i], PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
		if (re == NULL)
			continue;
		for (j = 0; j < ntext; j++) {
			may = lint_prefilter_scan(pf, text[j], strlen(text[j]),
			    goal_is_ascii(text[j], strlen(text[j])));
			allowed = rule[i].pf_slot < 0 ||
			    (may >> rule[i].pf_slot & 1);
			stopped += !allowed;
			if (!matches(re, md, text[j]))
				continue;
			matched++;
			if (!allowed && wrong++ < 5)
				printf("# stopped: /%s/ on \"%s\"\n",
				    pattern[i], text[j]);
		}
		pcre2_code_free(re);
	}
	IS_INT(wrong, 0, "%s: no match stopped (%zu matches, %zu texts "
	    "stopped)", what, matched, stopped);
	if (lint_prefilter_spaceless(pf))
		check_masked(what, pf, text, ntext);
	OK(stopped > 0 || npat == 0, "%s: the filter stops something", what);
	pcre2_match_data_free(md);
	lint_prefilter_free(pf);
	free(rule);
	free(active);
}

/* Hand-made patterns on texts made to sit at their edges. */
static void
test_sound_edges(void)
{
	static const char *const pattern[] = {
		"(?i)\\bimprove\\b", "colou?r", "(?i)make\\s+(?:[\\w-]+\\s+){1,2}?happy",
		"\\d+\\s*books?", "(?=.*money)\\w+", "(?i)go-to\\s+guy",
		"[sz]ave\\b", "(?i)(?:I|we)(?:\\s+would|'d)\\s+like\\s+to",
		"a{2,3}b", "(?i)\\bk\\w+", "(?s)start.*end", "x+|y+z",
		"(?i)kelvin", "(?i)\\bsave\\b", "\\d\\s+books",
		"caf\xc3\xa9 au lait",
	};
	static const char *const text[] = {
		"IMPROVE my game", "improvement", "colour", "color", "colr",
		"make them very happy", "make happy", "3 books", "books",
		"more money", "money", "the GO-TO GUY", "save", "zave it",
		"We'd like to", "I would LIKE to", "aab", "ab", "Kilo", "k",
		"start\nend", "end start", "xxx", "yz", "z",
		"", "\t", "\xc5\xbf" "ave", "\xe2\x84\xaa" "elvin",
		"\xd9\xa3 books", "Z\xc3\xbcrich: improve", "CAF\xc3\x89 AU LAIT",
	};

	check_sound("edges", pattern, sizeof(pattern) / sizeof(*pattern),
	    text, sizeof(text) / sizeof(*text));
}

static char *
field(char *line, int n)
{
	char	*p = line, *tab;

	while (n-- > 0 && (p = strchr(p, '\t')) != NULL)
		p++;
	if (p == NULL)
		return NULL;
	if ((tab = strchr(p, '\t')) != NULL)
		*tab = '\0';
	p[strcspn(p, "\n")] = '\0';
	return p;
}

/*
 * The built-in rules against the corpus (tests/corpus, beside this
 * file's directory) and their own examples.
 */
static void
test_sound_builtin(void)
{
	struct goal_lint	*l = goal_lint_new();
	struct goal_diags	 d;
	char			 line[4096], **pattern, **text = NULL, *s;
	size_t			 i, k, npat = 0, ntext = 0;
	FILE			*f;

	memset(&d, 0, sizeof(d));
	goal_lint_load_builtin(l, &d);
	pattern = calloc(l->nrules + 1, sizeof(*pattern));
	for (i = 0; i < l->nrules; i++) {
		if (l->rule[i].pattern == NULL)
			continue;
		pattern[npat++] = l->rule[i].pattern;
		for (k = 0; k < l->rule[i].nbad + l->rule[i].ngood; k++) {
			text = realloc(text, (ntext + 1) * sizeof(*text));
			text[ntext++] = strdup(k < l->rule[i].nbad ?
			    l->rule[i].bad[k] : l->rule[i].good[k -
			    l->rule[i].nbad]);
		}
	}
	if ((f = fopen("tests/corpus/statements.tsv", "r")) == NULL)
		f = fopen("../../tests/corpus/statements.tsv", "r");
	OK(f != NULL, "the corpus is read");
	while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
		if (line[0] == '#' || (s = field(line, 2)) == NULL)
			continue;
		text = realloc(text, (ntext + 1) * sizeof(*text));
		text[ntext++] = strdup(s);
	}
	if (f != NULL)
		fclose(f);
	OK(npat >= 6 && ntext > 300, "%zu rules, %zu texts", npat, ntext);
	check_sound("built-in rules", (const char *const *)pattern, npat,
	    (const char *const *)text, ntext);
	{
		struct lint_rule	 r, *one = &r;
		struct lint_prefilter	*pf;

		memset(&r, 0, sizeof(r));
		r.pattern = (char *)"go to";
		r.patlen = 5;
		pf = lint_prefilter_new(&one, 1);
		OK(pf != NULL && !lint_prefilter_spaceless(pf),
		    "a string with a space: the masked text is scanned");
		lint_prefilter_free(pf);
	}
	for (i = 0; i < ntext; i++)
		free(text[i]);
	free(text);
	free(pattern);
	goal_diags_free(&d);
	goal_lint_free(l);
}

int
main(void)
{
	test_needs();
	test_sound_edges();
	test_sound_builtin();
	return TAP_DONE();
}
