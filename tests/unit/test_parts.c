/*
 * test_parts.c: a require rule's pattern split into parts (literals.c,
 * pattern.c), which match.c runs in its place: "one of the parts
 * matches" must be "the whole matches", for every rule that is split,
 * over the corpus, the rules' own examples and the lines of the golden
 * inputs and the examples, with and without UTF.  And a forbid pattern
 * "(?s)\A(?!.*?N)REST" run as N alone, then REST where N is absent:
 * the same matches as the whole.
 */
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"
#include "tap.h"

/* The parts as "[a] [b]", or "-" when the pattern stays whole. */
static const char *
parts(const char *pattern)
{
	static char		 buf[4096];
	struct goal_arena	*a = goal_arena_new();
	struct lint_lit		*part;
	size_t			 n, i, o = 0;

	if (!lint_split(a, pattern, strlen(pattern), &part, &n)) {
		goal_arena_free(a);
		return "-";
	}
	buf[0] = '\0';
	for (i = 0; i < n; i++)
		o += snprintf(buf + o, sizeof(buf) - o, "%s[%.*s]",
		    i ? " " : "", (int)part[i].len, part[i].s);
	goal_arena_free(a);
	return buf;
}

static void
test_shapes(void)
{
	IS_STR(parts("a|bc"), "[a] [bc]", "top-level alternatives");
	IS_STR(parts("(?i)a|b"), "[(?i)a] [(?i)b]",
	    "options at the start go before every part");
	IS_STR(parts("\\b(?:a|b+|c)\\b"), "[\\b(?:a)\\b] [\\b(?:b+)\\b] "
	    "[\\b(?:c)\\b]", "a group spread over what surrounds it");
	IS_STR(parts("x|\\b(?:one|two|t+|six|ten)s"), "[x] [\\b(?:one|two)s] "
	    "[\\b(?:t+)s] [\\b(?:six|ten)s]", "runs of plain words kept as lists");
	IS_STR(parts("\\b(?:one|two)\\b"), "-", "one list is one part: whole");
	IS_STR(parts("a(?i)b|c"), "-",
	    "an option set inside an alternative holds in the next: whole");
	IS_STR(parts("x|(?:a|(?i)b)c"), "[x] [(?:a|(?i)b)c]",
	    "nor is a group spread whose alternatives set options");
	IS_STR(parts("x|(?:a(?i:b)|c)d"), "[x] [(?:a(?i:b))d] [(?:c)d]",
	    "options of a group of their own are theirs");
	IS_STR(parts("(?>a|b)c|d"), "[(?>a|b)c] [d]",
	    "an atomic group is not spread: it commits to one alternative");
	IS_STR(parts("(?:a|b)*c|d"), "[(?:a|b)*c] [d]",
	    "nor a repeated one");
	IS_STR(parts("(a|b)c|d"), "[(a|b)c] [d]", "nor a capturing one");
	IS_STR(parts("(?:a|b)(?:c|d)|e"), "[(?:a|b)(?:c|d)] [e]",
	    "nor one of two");
	IS_STR(parts("[|(]x|y"), "[[|(]x] [y]", "a bar in a class");
	IS_STR(parts("[]|]x|y"), "[[]|]x] [y]", "a ] first in a class");
	IS_STR(parts("a\\|b|c"), "[a\\|b] [c]", "an escaped bar");
	IS_STR(parts("(?#a|b)x|y"), "[(?#a|b)x] [y]", "a bar in a comment");
	IS_STR(parts("\\Ga|b"), "-", "\\G reads the start offset: whole");
	IS_STR(parts("a\\K|b"), "-", "\\K moves the start: whole");
	IS_STR(parts("(?|(a)|(b))|c"), "-", "(?| numbering: whole");
	IS_STR(parts("(a)\\1|b"), "-", "back references: whole");
	IS_STR(parts("(*COMMIT)a|b"), "-", "verbs: whole");
	IS_STR(parts("(?(?=a)ab|cd)|e"), "-", "conditions: whole");
	IS_STR(parts("(?x)a | b"), "-", "(?x): whole");
	IS_STR(parts("a|(b"), "-", "what does not compile: whole");
	IS_STR(parts("abc"), "-", "one alternative: whole");
}

/* The guard and the rest as "[N] [REST]", or "-". */
static const char *
guard(const char *pattern)
{
	static char		 buf[4096];
	struct goal_arena	*a = goal_arena_new();
	struct lint_lit		 g, r;

	if (!lint_guard(a, pattern, strlen(pattern), &g, &r)) {
		goal_arena_free(a);
		return "-";
	}
	snprintf(buf, sizeof(buf), "[%.*s] [%.*s]", (int)g.len, g.s,
	    (int)r.len, r.s);
	goal_arena_free(a);
	return buf;
}

static void
test_guard_shapes(void)
{
	IS_STR(guard("(?is)\\A(?!.*?\\d)x"), "[(?is)(?:\\d)] [(?is)\\Ax]",
	    "a guard and the rest");
	IS_STR(guard("(?s)\\A(?!.*?(?:a|b))x+\\K(?:y|z)"),
	    "[(?s)(?:(?:a|b))] [(?s)\\Ax+\\K(?:y|z)]",
	    "\\K in the rest means the same there");
	IS_STR(guard("(?i)\\A(?!.*?\\d)x"), "-",
	    "without (?s) the look-ahead stops at a newline: none");
	IS_STR(guard("(?s-i)\\A(?!.*?\\d)x"), "-", "nor with options unset");
	IS_STR(guard("(?s)\\A(?!.*?a|b)x"), "-",
	    "(?!.*?a|b) is not a or b anywhere: none");
	IS_STR(guard("(?s)\\A(?!.*?a)x|y"), "-",
	    "y is not guarded: none");
	IS_STR(guard("(?s)\\A(?!.*?a\\K)x"), "-", "\\K in the guard: none");
	IS_STR(guard("(?s)\\A(?!.*?(a)\\1)x"), "-", "back references: none");
	IS_STR(guard("(?s)\\A(?!.*?)x"), "-", "an empty guard: none");
	IS_STR(guard("(?s)\\A(?=.*?a)x"), "-", "a look-ahead that must hold");
	IS_STR(guard("(?s)x\\A(?!.*?a)"), "-", "not at the start");
}

/*
 * The matches of re over s as match.c steps through them (from the end
 * of each, an empty one stepped over), as "start-end ..." in buf.
 */
static void
all_matches(pcre2_code *re, pcre2_match_data *md, const char *s,
    char *buf, size_t size)
{
	PCRE2_SIZE	*ov;
	size_t		 off = 0, len = strlen(s), o = 0;
	int		 rc;

	buf[0] = '\0';
	while (off <= len) {
		rc = pcre2_match(re, (PCRE2_SPTR)s, len, off, 0, md, NULL);
		if (rc < 0)
			return;
		ov = pcre2_get_ovector_pointer(md);
		if (ov[1] > ov[0]) {
			o += snprintf(buf + o, size - o, "%zu-%zu ",
			    (size_t)ov[0], (size_t)ov[1]);
			if (o >= size)
				return;
			off = ov[1];
			continue;
		}
		off = ov[1] + 1;
		while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
			off++;
	}
}

/*
 * Whether re has a match of a byte or more in s: what match.c asks of a
 * require rule, stepping over empty matches.
 */
static int
finds(pcre2_code *re, pcre2_match_data *md, const char *s, size_t len)
{
	PCRE2_SIZE	*ov;
	size_t		 off = 0;
	int		 rc;

	while (off <= len) {
		rc = pcre2_match(re, (PCRE2_SPTR)s, len, off, 0, md, NULL);
		if (rc < 0)
			return 0;
		ov = pcre2_get_ovector_pointer(md);
		if (ov[1] > ov[0])
			return 1;
		off = ov[1] + 1;
		while (off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
			off++;
	}
	return 0;
}

struct texts {
	char	**s;
	size_t	  n;
};

static void
add(struct texts *t, const char *s, size_t len)
{
	t->s = realloc(t->s, (t->n + 1) * sizeof(*t->s));
	t->s[t->n] = malloc(len + 1);
	memcpy(t->s[t->n], s, len);
	t->s[t->n++][len] = '\0';
}

/* Each line of a file, and what follows "goal: " and "- " in it. */
static void
add_lines(struct texts *t, const char *path)
{
	char		 line[8192];
	const char	*p;
	size_t		 len;
	FILE		*f;

	if ((f = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		len = strcspn(line, "\n");
		add(t, line, len);
		if ((p = strstr(line, "goal: ")) != NULL)
			add(t, p + 6, len - (size_t)(p + 6 - line));
	}
	fclose(f);
}

static FILE *
open_top(const char *path, char *buf, size_t size)
{
	FILE	*f;

	snprintf(buf, size, "%s", path);
	if ((f = fopen(buf, "r")) != NULL)
		return f;
	snprintf(buf, size, "../../%s", path);
	return fopen(buf, "r");
}

static void
add_glob(struct texts *t, const char *pattern)
{
	glob_t	 g;
	char	 buf[256];
	size_t	 i;

	snprintf(buf, sizeof(buf), "%s", pattern);
	if (glob(buf, 0, NULL, &g) != 0) {
		snprintf(buf, sizeof(buf), "../../%s", pattern);
		if (glob(buf, 0, NULL, &g) != 0)
			return;
	}
	for (i = 0; i < g.gl_pathc; i++)
		add_lines(t, g.gl_pathv[i]);
	globfree(&g);
}

/* The corpus, the examples of the rules, the golden inputs. */
static void
gather(struct texts *t, const struct goal_lint *l)
{
	const struct lint_rule	*r;
	char			 buf[256], line[4096], *s, *tab;
	size_t			 i, k;
	FILE			*f;

	for (i = 0; i < l->nrules; i++) {
		r = &l->rule[i];
		for (k = 0; k < r->nbad; k++)
			add(t, r->bad[k], strlen(r->bad[k]));
		for (k = 0; k < r->ngood; k++)
			add(t, r->good[k], strlen(r->good[k]));
	}
	if ((f = open_top("tests/corpus/statements.tsv", buf,
	    sizeof(buf))) != NULL) {
		while (fgets(line, sizeof(line), f) != NULL) {
			if (line[0] == '#' || (s = strchr(line, '\t')) == NULL ||
			    (s = strchr(s + 1, '\t')) == NULL)
				continue;
			s++;
			if ((tab = strchr(s, '\t')) != NULL)
				*tab = '\0';
			add(t, s, strcspn(s, "\n"));
		}
		fclose(f);
	}
	add_glob(t, "tests/lint/*.yaml");
	add_glob(t, "examples/*.yaml");
}

static pcre2_code *
compile(const char *s, size_t len, uint32_t flags)
{
	PCRE2_SIZE	 off;
	int		 err;

	return pcre2_compile((PCRE2_SPTR)s, len, flags |
	    PCRE2_NEVER_BACKSLASH_C, &err, &off, NULL);
}

/*
 * For each built-in forbid rule with a guard, what match.c finds with it
 * (nothing where the guard matches, else the matches of the rest) is
 * what the whole finds, with UTF and without.
 */
static void
test_guarded(const struct texts *t, pcre2_match_data *md)
{
	struct goal_lint	*l = goal_lint_new();
	struct goal_diags	 d;
	struct lint_rule	*r;
	pcre2_code		*whole, *g, *rest;
	char			 want[1024], got[1024];
	size_t			 i, k, nguarded = 0, wrong, absent;
	int			 utf;

	memset(&d, 0, sizeof(d));
	goal_lint_load_builtin(l, &d);
	for (i = 0; i < l->nrules; i++) {
		r = &l->rule[i];
		if (r->pattern == NULL || r->require ||
		    lint_rule_split(l, r) == 0 || !r->guarded)
			continue;
		nguarded++;
		for (utf = 1; utf >= 0; utf--) {
			whole = compile(r->pattern, r->patlen, utf ?
			    PCRE2_UTF | PCRE2_UCP : 0);
			g = compile(r->part[0].pattern, r->part[0].patlen, utf ?
			    PCRE2_UTF | PCRE2_UCP : 0);
			rest = compile(r->part[1].pattern, r->part[1].patlen,
			    utf ? PCRE2_UTF | PCRE2_UCP : 0);
			wrong = absent = 0;
			for (k = 0; k < t->n; k++) {
				if (!utf && !goal_is_ascii(t->s[k],
				    strlen(t->s[k])))
					continue;
				all_matches(whole, md, t->s[k], want,
				    sizeof(want));
				got[0] = '\0';
				if (pcre2_match(g, (PCRE2_SPTR)t->s[k],
				    strlen(t->s[k]), 0, 0, md, NULL) < 0) {
					absent++;
					all_matches(rest, md, t->s[k], got,
					    sizeof(got));
				}
				if (strcmp(want, got) != 0 && wrong++ < 3)
					printf("# %s: \"%s\": %s, want %s\n",
					    r->id, t->s[k], got, want);
			}
			IS_INT(wrong, 0, "%s, %s: the guard and the rest find "
			    "what the whole does (guard absent in %zu texts)",
			    r->id, utf ? "UTF" : "ASCII", absent);
			pcre2_code_free(whole);
			pcre2_code_free(g);
			pcre2_code_free(rest);
		}
	}
	OK(nguarded >= 2, "%zu rules guarded", nguarded);
	goal_diags_free(&d);
	goal_lint_free(l);
}

/*
 * For each built-in rule, as if it were a require rule: where its parts
 * are what lint_rule_split() makes, one of them matches each text
 * exactly when the whole does.
 */
static void
test_same(void)
{
	struct goal_lint	*l = goal_lint_new();
	struct goal_diags	 d;
	struct texts		 t = { NULL, 0 };
	struct lint_rule	*r;
	pcre2_match_data	*md = pcre2_match_data_create(1, NULL);
	pcre2_code		*whole, **part;
	size_t			 i, j, k, nsplit = 0, wrong, hits;
	int			 utf, any, ascii;

	memset(&d, 0, sizeof(d));
	goal_lint_load_builtin(l, &d);
	gather(&t, l);
	OK(t.n > 2000, "%zu texts", t.n);
	for (i = 0; i < l->nrules; i++) {
		r = &l->rule[i];
		if (r->pattern == NULL)
			continue;
		r->require = 1;
		if (lint_rule_split(l, r) == 0)
			continue;
		nsplit++;
		for (utf = 1; utf >= 0; utf--) {
			whole = compile(r->pattern, r->patlen, utf ?
			    PCRE2_UTF | PCRE2_UCP : 0);
			part = calloc(r->npart, sizeof(*part));
			for (j = 0; j < r->npart; j++)
				part[j] = compile(r->part[j].pattern,
				    r->part[j].patlen, utf ?
				    PCRE2_UTF | PCRE2_UCP : 0);
			wrong = hits = 0;
			for (k = 0; k < t.n; k++) {
				ascii = goal_is_ascii(t.s[k], strlen(t.s[k]));
				if (!utf && !ascii)
					continue;
				any = 0;
				for (j = 0; j < r->npart && !any; j++)
					any = finds(part[j], md, t.s[k],
					    strlen(t.s[k]));
				hits += any;
				if (any != finds(whole, md, t.s[k],
				    strlen(t.s[k])) && wrong++ < 3)
					printf("# %s: parts %s \"%s\"\n", r->id,
					    any ? "match" : "do not match",
					    t.s[k]);
			}
			IS_INT(wrong, 0, "%s, %zu parts, %s: the same as the "
			    "whole on every text (%zu match)", r->id, r->npart,
			    utf ? "UTF" : "ASCII", hits);
			for (j = 0; j < r->npart; j++)
				pcre2_code_free(part[j]);
			free(part);
			pcre2_code_free(whole);
		}
	}
	OK(nsplit >= 2, "%zu rules split", nsplit);
	test_guarded(&t, md);
	r = lint_rule_find(l, "measurable.no-quantity");
	OK(r != NULL && r->npart > 2, "the quantity rule is split");
	for (k = 0; k < t.n; k++)
		free(t.s[k]);
	free(t.s);
	pcre2_match_data_free(md);
	goal_diags_free(&d);
	goal_lint_free(l);
}

int
main(void)
{
	test_shapes();
	test_guard_shapes();
	test_same();
	return TAP_DONE();
}
