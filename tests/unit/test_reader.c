/*
 * test_reader.c: the reader and the goal model: positions in every
 * scalar style, CRLF, BOM, documents, every limit and format check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24 */

/* What reading a text gave: its findings, and a copy of facts of goals. */
struct result {
	char	 diags[4096];	/* "rule@line:col " for each finding */
	char	 paths[1024];	/* each goal's and step's path, space-separated */
	int	 ngoals;
	int	 ndiags;
	int	 nmore;		/* rounds that handed findings over without a goal */
	int	 rc;		/* what goal_walk_fp() returned */
};

static void (*inspect)(const struct goal *);

static void
add_paths(struct result *res, const struct goal *g)
{
	size_t	 i;

	strncat(res->paths, g->path, sizeof(res->paths) -
	    strlen(res->paths) - 2);
	strcat(res->paths, " ");
	for (i = 0; i < g->nsteps; i++)
		add_paths(res, g->step[i]);
}

/* One round of the walk: a goal and its findings, or findings alone. */
static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct result	*res = arg;
	size_t		 i;
	char		 one[128];

	if (g != NULL) {
		res->ngoals++;
		add_paths(res, g);
		if (inspect != NULL)
			inspect(g);
	} else
		res->nmore++;
	res->ndiags += (int)d->n;
	for (i = 0; i < d->n; i++) {
		snprintf(one, sizeof(one), "%s@%lu:%lu ", d->v[i].rule,
		    d->v[i].pos.line, d->v[i].pos.col);
		strncat(res->diags, one, sizeof(res->diags) -
		    strlen(res->diags) - 1);
	}
	return 0;
}

static struct result
read_text(const char *text, size_t len)
{
	static struct result	 res;
	struct goal_walk	 w = { TODAY, NULL, each_goal, &res };
	FILE			*fp;

	memset(&res, 0, sizeof(res));
	fp = fmemopen((void *)(uintptr_t)text, len, "r");
	res.rc = goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
	inspect = NULL;
	return res;
}

static struct result
read_str(const char *text)
{
	return read_text(text, strlen(text));
}

/* The position of the first occurrence of word in a goal's statement. */
static struct goal_pos word_pos;
static const char *word;

static void
find_word(const struct goal *g)
{
	const struct goal_node	*v = g->val[GOAL_K_GOAL];
	const char		*p;

	if (v == NULL || (p = strstr(v->str, word)) == NULL)
		return;
	word_pos = goal_node_pos_at(v, (size_t)(p - v->str));
}

static void
pos_of(const char *text, const char *w, unsigned long line, unsigned long col,
    const char *name)
{
	word = w;
	memset(&word_pos, 0, sizeof(word_pos));
	inspect = find_word;
	read_str(text);
	OK(word_pos.line == line && word_pos.col == col,
	    "%s: \"%s\" at %lu:%lu (got %lu:%lu)", name, w, line, col,
	    word_pos.line, word_pos.col);
}

static void
test_positions(void)
{
	struct result	 res;

	res = read_str("goals:\n  - id: a\n    goal: Earn 100K by 2027\n"
	    "    area: earnings\n");
	IS_STR(res.diags, "", "a clean goal has no findings");
	IS_INT(res.ngoals, 1, "one goal");

	pos_of("- goal: Earn more and improve\n", "improve", 1, 23,
	    "plain scalar");
	pos_of("- goal: Earn more\n    and then improve it\n", "improve", 2,
	    14, "plain scalar over two lines");
	pos_of("- goal: 'It''s time to improve'\n", "improve", 1, 24,
	    "single-quoted with ''");
	pos_of("- goal: \"caf\\u00e9 \\t then improve\"\n", "improve", 1, 28,
	    "double-quoted with escapes");
	pos_of("- goal: \"first line \\\n    then improve\"\n", "improve", 2,
	    10, "double-quoted with an escaped line break");
	pos_of("- goal: |\n    one line\n    then improve\n", "improve", 3,
	    10, "literal block scalar");
	pos_of("- goal: >-\n    one line\n\n    then improve\n", "improve", 4,
	    10, "folded block scalar");
	pos_of("- goal: >\n    folded\n    text\n", "text", 3, 5,
	    "folded: a folded break becomes a space");
	pos_of("- goal: \xc3\xa9t\xc3\xa9 improve\n", "improve", 1, 15,
	    "columns count bytes, not characters");
	pos_of("- goal: one\r\n    two improve\r\n", "improve", 2, 9,
	    "CRLF line ends");
	pos_of("\xef\xbb\xbf- goal: improve\n", "improve", 1, 9,
	    "a byte order mark is not a column");
	pos_of("- {goal: improve it, id: x}\n", "improve", 1, 10,
	    "flow mapping");
}

static const struct goal *seen[8];
static int nseen;
static char seen_buddy[8][32];
static long seen_due[8];
static int seen_area[8], seen_status[8];

static void
keep(const struct goal *g)
{
	const struct goal	*s = g;

	while (s->nsteps > 0)
		s = s->step[0];
	if (nseen < 8) {
		seen[nseen] = g;
		snprintf(seen_buddy[nseen], sizeof(seen_buddy[0]), "%s",
		    s->buddy ? s->buddy->str : "-");
		seen_due[nseen] = s->due;
		seen_area[nseen] = s->area;
		seen_status[nseen] = s->status;
		nseen++;
	}
}

static long
day(int y, int m, int d)
{
	long	 n;

	goal_date_from_ymd(y, m, d, &n);
	return n;
}

static void
test_model(void)
{
	struct result	 res;

	nseen = 0;
	inspect = keep;
	res = read_str("owner: Jane\nbuddy: Sam\ngoals:\n"
	    "  - id: earn\n    goal: Earn 100K\n    area: earnings\n"
	    "    status: paused\n    started: 2026-01-15\n    due: 18 months\n"
	    "    steps:\n      - goal: Ask for a raise\n"
	    "      - id: talk\n        goal: Talk to Ana\n"
	    "        buddy: Ana\n        due: 2027-Q1\n"
	    "---\n- goal: Read a book by March 2027\n");
	IS_STR(res.paths, "earn earn/1 earn/talk 1 ", "paths: ids and positions");
	IS_STR(res.diags, "", "no findings");
	IS_INT(nseen, 2, "two top-level goals over two documents");
	IS_STR(seen_buddy[0], "Sam", "a step inherits the header's buddy");
	IS_INT(seen_due[0], day(2027, 7, 15), "2026-01-15 + 18 months, "
	    "inherited by a step without a date");
	IS_INT(seen_area[0], GOAL_EARNINGS, "a step inherits area");
	IS_INT(seen_status[0], GOAL_PAUSED, "a step of a paused goal is paused");
	IS_STR(seen_buddy[1], "-", "header keys apply to their own document");
	IS_INT(seen_due[1], day(2027, 3, 31), "a deadline read from the text");
}

static int recurs_unit[4], nrecurs;

static void
keep_recurs(const struct goal *g)
{
	struct goal_cadence	 c;

	if (nrecurs < 4)
		recurs_unit[nrecurs++] = goal_recurs(g, &c) ? (int)c.unit : -1;
}

static void
test_recurs(void)
{
	nrecurs = 0;
	inspect = keep_recurs;
	read_str("- goal: Attend three networking events a quarter\n"
	    "- goal: Attend three networking events a quarter\n"
	    "  cadence: monthly\n"
	    "- goal: Earn 100K per year by 2027\n");
	OK(nrecurs == 3 && recurs_unit[0] == GOAL_QUARTER &&
	    recurs_unit[1] == GOAL_MONTH && recurs_unit[2] == -1,
	    "a goal recurs by its sentence, its cadence key wins, money does "
	    "not recur");
}

static void
test_format_checks(void)
{
	struct result	 res;
	char		*big;
	int		 i;

	res = read_str("- goal: x\n  dua: 2027\n");
	IS_STR(res.diags, "format.unknown-key@2:3 ", "unknown key");
	res = read_str("- goal: x\n  due: 2027\n  due: 2028\n");
	IS_STR(res.diags, "format.duplicate-key@3:3 ", "duplicate key");
	res = read_str("- goal: {a: b}\n");
	IS_STR(res.diags, "format.wrong-type@1:9 ", "a mapping for goal is "
	    "reported once");
	res = read_str("- goal: x\n  steps: none\n");
	IS_STR(res.diags, "format.wrong-type@2:10 ", "text for steps");
	res = read_str("- goal: x\n  area: earning\n");
	IS_STR(res.diags, "format.bad-value@2:9 ", "bad area");
	res = read_str("- goal: x\n  id: a/b\n");
	IS_STR(res.diags, "format.bad-id@2:7 ", "bad id");
	res = read_str("- id: x\n  area: impact\n");
	IS_STR(res.diags, "format.missing-goal@1:3 ", "missing goal");
	res = read_str("- {id: a, goal: x}\n- {id: a, goal: y}\n");
	IS_STR(res.diags, "format.duplicate-id@2:8 ", "duplicate top-level id");
	res = read_str("- id: a\n  goal: x\n  steps:\n  - goal: y\n"
	    "  - {id: '1', goal: z}\n");
	IS_STR(res.diags, "format.duplicate-id@5:10 ",
	    "a step id equal to a sibling's position");
	res = read_str("- {id: a, goal: x}\n---\n- {id: a, goal: y}\n");
	IS_STR(res.diags, "", "ids are per document");
	res = read_str("- goal: x\n  due: 2026-02-30\n  started: 2026-13\n"
	    "  achieved: 2026-Q5\n  reviewed: soon\n");
	IS_STR(res.diags, "format.bad-date@2:8 format.bad-date@3:12 "
	    "format.bad-date@4:13 format.bad-date@5:13 ", "bad dates");
	res = read_str("goals:\n- goal: x\nowner: Jane\n");
	IS_STR(res.diags, "format.header-after-goals@3:1 ",
	    "header after goals");
	res = read_str("owner: Jane\nwho: me\ngoals: []\n");
	IS_STR(res.diags, "format.unknown-key@2:1 ", "unknown header key");
	res = read_str("- goal: x\n  reflection: {hard: a, eazy: b}\n");
	IS_STR(res.diags, "format.unknown-key@2:25 ", "unknown reflection key");
	res = read_str("- goal: x\n  review: fortnightly\n  cadence: daily\n");
	IS_STR(res.diags, "format.bad-value@2:11 format.bad-value@3:12 ",
	    "bad review and cadence");
	res = read_str("- goal: x\n  due:\n  area: ~\n");
	IS_STR(res.diags, "", "an empty value is an absent key");
	big = malloc(4 * 1000 + 1);
	for (i = 0; i < 1000; i++)
		memcpy(big + 4 * i, "- x\n", 4);
	res = read_text(big, 4 * 1000);
	OK(res.ndiags == 1000 && res.nmore >= 3, "1000 bad goals: all "
	    "reported, handed over in parts (%d findings, %d parts)",
	    res.ndiags, res.nmore);
	free(big);
	res = read_str("just text\n");
	IS_STR(res.diags, "format.wrong-type@1:1 ", "a document of text");
	res = read_str("- a goal as text\n- goal: fine\n");
	IS_STR(res.diags, "format.wrong-type@1:3 ", "a goal that is text");
	IS_STR(res.paths, "2 ", "positions count goals that are not mappings");
}

static void
test_fatal(void)
{
	struct result	 res;
	char		*big;
	size_t		 i, n;

	res = read_str("- goal: x\n- goal: [\n");
	OK(strncmp(res.diags, "format.yaml@", 12) == 0, "YAML error: %s",
	    res.diags);
	IS_INT(res.rc, GOAL_READ_FATAL, "a YAML error is fatal");
	IS_INT(res.ngoals, 1, "goals before a YAML error are read");

	res = read_str("- &a {goal: x}\n- *a\n");
	IS_STR(res.diags, "format.alias@2:3 ", "alias");
	res = read_str("- goal: x\n  <<: *b\n");
	OK(strstr(res.diags, "format.alias") != NULL ||
	    strstr(res.diags, "format.yaml") != NULL, "merge key with alias");

	res = read_text("- goal: a\0b\n", 12);
	IS_STR(res.diags, "format.limit@1:10 ", "a NUL byte, at its place");
	res = read_str("- goal: a\x01 b\n");
	IS_STR(res.diags, "format.limit@1:10 ", "a C0 control character");
	res = read_str("- goal: a\x7f b\n");
	IS_STR(res.diags, "format.limit@1:10 ", "DEL");
	res = read_str("- goal: abcdefghijklmnop\x1fqrstuvwxyz0123456789\n");
	IS_STR(res.diags, "format.limit@1:25 ", "a control character inside "
	    "a long run of ASCII");
	res = read_str("- goal: abcdefghijklmnopq\x7fqrstuvwxyz0123456789\n");
	IS_STR(res.diags, "format.limit@1:26 ", "DEL inside a long run of "
	    "ASCII");
	res = read_str("- goal: \"a\\0b\"\n");
	IS_STR(res.diags, "format.limit@1:11 ", "a NUL made by an escape");
	res = read_str("- goal: x\n  \"k\\x01\": y\n");
	IS_STR(res.diags, "format.limit@2:5 ", "a control character made by "
	    "an escape in a key, at the escape");
	res = read_str("- goal: caf\xc3\n");
	IS_STR(res.diags, "format.limit@1:12 ", "invalid UTF-8");
	res = read_str("- goal: caf\xe9 x\n");
	IS_STR(res.diags, "format.limit@1:12 ", "Latin-1 is not UTF-8");
	res = read_str("- goal: \xc0\xaf\n");
	IS_STR(res.diags, "format.limit@1:9 ", "overlong UTF-8");
	res = read_str("- goal: \xed\xa0\x80\n");
	IS_STR(res.diags, "format.limit@1:9 ", "a UTF-16 surrogate");
	res = read_str("- goal: end\xe2\x82");
	IS_STR(res.diags, "format.limit@1:12 ", "a file ending inside a "
	    "character");

	/* 64 collections deep is allowed; 65 is not. */
	big = malloc(400);
	n = 0;
	for (i = 0; i < 64; i++)
		big[n++] = '[';
	for (i = 0; i < 64; i++)
		big[n++] = ']';
	big[n++] = '\n';
	res = read_text(big, n);
	OK(strstr(res.diags, "format.limit") == NULL, "64 deep: %s",
	    res.diags);
	n = 0;
	for (i = 0; i < 65; i++)
		big[n++] = '[';
	for (i = 0; i < 65; i++)
		big[n++] = ']';
	big[n++] = '\n';
	res = read_text(big, n);
	IS_STR(res.diags, "format.limit@1:65 ", "65 deep");
	free(big);

	/* One scalar of just under 1 MiB is read, of just over is not. */
	n = GOAL_MAX_SCALAR + 100;
	big = malloc(n + 32);
	memcpy(big, "- goal: ", 8);
	memset(big + 8, 'a', n);
	memcpy(big + 8 + n, "\n", 1);
	res = read_text(big, 8 + n + 1);
	OK(strncmp(res.diags, "format.limit@1:", 15) == 0,
	    "a scalar over 1 MiB: %s", res.diags);
	res = read_text(big, 8 + GOAL_MAX_SCALAR - 20000);
	IS_STR(res.diags, "", "a scalar under 1 MiB");
	/* A comment is input between two events too. */
	memcpy(big, "- goal: x\n#", 11);
	res = read_text(big, 8 + n);
	OK(strncmp(res.diags, "format.limit@2:", 15) == 0 && res.ngoals == 0,
	    "a comment over 1 MiB: %s", res.diags);
	free(big);
}

int
main(void)
{
	test_positions();
	test_model();
	test_recurs();
	test_format_checks();
	test_fatal();
	return TAP_DONE();
}
