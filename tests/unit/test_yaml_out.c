/*
 * test_yaml_out.c: the YAML writer's hand path against libyaml's own
 * emitter.  The same goals are written both ways (goal_yaml_set_hand)
 * and the two streams must be the same bytes, for scalars of every kind
 * in every place a goal has: keys, values, items, nested collections,
 * header keys, empty collections, every input style, and documents the
 * hand writer gives up on between those it writes; and what decides a
 * style at every place of an 8-byte word, as the writer scans by words.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24 */

struct pair {
	FILE			*fp[2];
	char			*buf[2];
	size_t			 len[2];
	struct goal_yaml	*y[2];
};

static unsigned long	 hand_docs, all_docs, texts, differ;

static int
each(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct pair	*p = arg;

	(void)d;
	if (g == NULL)
		return 0;
	goal_yaml_goal(p->y[0], g, GOAL_PRIVATE);
	goal_yaml_goal(p->y[1], g, GOAL_PRIVATE);
	all_docs++;
	return 0;
}

static void
show(const char *what, const char *s, size_t len)
{
	size_t	 i;

	printf("# %s: \"", what);
	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			printf("\\x%02x", (unsigned char)s[i]);
		else
			putchar(s[i]);
	}
	printf("\"\n");
}

/* The goals of text written with and without the hand writer. */
static void
both_ways(const char *text)
{
	struct goal_walk	 w = { TODAY, NULL, each, NULL };
	struct pair		 p;
	FILE			*in;
	size_t			 i, n;
	int			 k;

	memset(&p, 0, sizeof(p));
	for (k = 0; k < 2; k++) {
		p.fp[k] = open_memstream(&p.buf[k], &p.len[k]);
		p.y[k] = goal_yaml_new(p.fp[k]);
	}
	goal_yaml_set_hand(p.y[1], 0);
	w.arg = &p;
	in = fmemopen((void *)(uintptr_t)text, strlen(text), "r");
	goal_walk_fp(&w, "t.yaml", in);
	fclose(in);
	hand_docs += goal_yaml_hand_docs(p.y[0]);
	for (k = 0; k < 2; k++) {
		goal_yaml_free(p.y[k]);
		fclose(p.fp[k]);
	}
	texts++;
	if (p.len[0] != p.len[1] || memcmp(p.buf[0], p.buf[1], p.len[0]) != 0) {
		if (differ++ < 5) {
			n = p.len[0] < p.len[1] ? p.len[0] : p.len[1];
			for (i = 0; i < n && p.buf[0][i] == p.buf[1][i]; i++)
				continue;
			printf("# differ at byte %zu\n", i);
			show("input", text, strlen(text));
			show("by hand", p.buf[0], p.len[0]);
			show("libyaml", p.buf[1], p.len[1]);
		}
	}
	free(p.buf[0]);
	free(p.buf[1]);
}

struct text {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

static void
add(struct text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = 2 * (t->len + n + 1);
		t->s = realloc(t->s, t->cap);
		if (t->s == NULL)
			abort();
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void
adds(struct text *t, const char *s)
{
	add(t, s, strlen(s));
}

/* s as a double-quoted YAML scalar: it reads back as s exactly. */
static void
quoted(struct text *t, const char *s)
{
	char	 esc[8];

	adds(t, "\"");
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\') {
			adds(t, "\\");
			add(t, s, 1);
		} else if (*s == '\n')
			adds(t, "\\n");
		else if ((unsigned char)*s < 0x20 || *s == 0x7F) {
			snprintf(esc, sizeof(esc), "\\x%02x", (unsigned char)*s);
			adds(t, esc);
		} else
			add(t, s, 1);
	}
	adds(t, "\"");
}

/* s in every place of a goal, double-quoted: one document each. */
static void
everywhere(const char *s)
{
	struct text	 t = { NULL, 0, 0 };

#define Q(x)	(adds(&t, x), quoted(&t, s))
	Q("goals:\n- goal: ");
	Q("\n---\ngoals:\n- goal: x\n  note: ");
	Q("\n---\ngoals:\n- goal: x\n  ");
	Q(": ");
	Q("\n---\ngoals:\n- goal: x\n  list:\n  - ");
	Q("\n  - - ");
	Q("\n    - a: ");
	Q("\n  map:\n    k: ");
	Q("\n    ");
	Q(":\n      deeper: [");
	Q("]\n---\nowner: ");
	Q("\nbuddy: ");
	Q("\ngoals:\n- id: ");
	Q("\n  goal: Read 12 books by 2027\n  steps:\n  - goal: ");
	Q("\n    steps:\n    - goal: ");
	Q("\n      x:\n        ");
	Q(": [");
	Q(", {}, [], ~, '', null]\n      empty: {}\n---\ngoals:\n"
	    "- goal: x\n  seq: []\n  y: ");
	adds(&t, "\n");
#undef Q
	both_ways(t.s);
	free(t.s);
}

/* s as written in a style of the input, when the reader takes it so. */
static void
styled(const char *s, const char *head, const char *indent)
{
	struct text	 t = { NULL, 0, 0 };
	const char	*nl;

	adds(&t, "goals:\n- goal: x\n  a: ");
	adds(&t, head);
	adds(&t, "\n");
	for (;;) {
		nl = strchr(s, '\n');
		if (nl != s)
			adds(&t, indent);
		add(&t, s, nl != NULL ? (size_t)(nl - s) : strlen(s));
		adds(&t, "\n");
		if (nl == NULL)
			break;
		s = nl + 1;
	}
	adds(&t, "  b: after\n");
	both_ways(t.s);
	free(t.s);
}

/* s plain, as a key and as a value, and single-quoted. */
static void
inline_styles(const char *s)
{
	struct text	 t = { NULL, 0, 0 };
	const char	*p;

	if (strchr(s, '\n') == NULL) {
		adds(&t, "goals:\n- goal: x\n  a: ");
		adds(&t, s);
		adds(&t, "\n  ");
		adds(&t, s);
		adds(&t, ": b\n");
		both_ways(t.s);
		t.len = 0;
	}
	adds(&t, "goals:\n- goal: x\n  a: '");
	for (p = s; *p != '\0'; p++) {
		if (*p == '\'')
			adds(&t, "'");
		add(&t, p, 1);
	}
	adds(&t, "'\n");
	both_ways(t.s);
	free(t.s);
}

static const char *const fixed[] = {
	"plain", "two words", "Read 12 books by 2027", "", " ", "  ", "  lead",
	"trail ", " both ", "a:b", "a: b", "a :b", "key:", ":", "::", "a::b",
	"http://x.org/a#b", "a#b", "a #b", "#start", "#", "a#", "a # b",
	"- dash", "-", "--", "---", "--- x", "---x", "...", "... x", "....",
	"-x", "- ", "a -", "a - b", "?", "? x", "?x", "[x", "x]", "]x", "{x}",
	"}x", "&anchor", "*alias", "!tag", "|pipe", ">gt", "'quote", "\"dq",
	"%pct", "@at", "`bt", ",comma", "a,b", "a[b]", "a{b}", "a'b", "a\"b",
	"it's", "x: y: z", "back\\slash", "null", "Null", "NULL", "~", "~x",
	"yes", "no", "Yes", "NO", "true", "False", "on", "off", "y", "n",
	"12", "-12", "+12", "0x1F", "0o17", "017", "1.5", "1e3", ".5", ".inf",
	"-.inf", ".nan", "2026-11-24", "12:30", "1_000", "$100", "100%",
	"multi\nline", "multi\n\nline", "multi\n\n\nline", "trailing\n",
	"trailing\n\n", "trailing\n\n\n", "\nleading", "\n\nleading", "\n",
	"\n\n", "a \nb", "a\n b", "a\n\n b", "a \n b", "  a\nb", " a\nb",
	"a\n  indented\nb", "a\n  indented\n\nb", "a\nb \nc", "a\n\n\n",
	"a\n#b", "a\n- b", "a\n: b", "a\n---\nb", "a\n...\nb", "a:\nb",
	"first\nsecond line\nthird", "tab\there", "\ttab", "tab\t",
	"a\n\tb", "ctl\001x", "del\177x", "bell\a", "esc\033[0m", "cr\rx",
	"crlf\r\nx", "\xc3\xa9", "caf\xc3\xa9 \xe2\x98\x95", "\xe6\x97\xa5\xe6"
	"\x9c\xac\xe8\xaa\x9e", "emoji \xf0\x9f\x98\x80", "nel\xc2\x85x",
	"nbsp\xc2\xa0x", "\xc2\xa0lead", "ls\xe2\x80\xa8x", "ps\xe2\x80\xa9x",
	"bom\xef\xbb\xbfx", "fffe\xef\xbf\xbex", "fffd\xef\xbf\xbdx",
	"c1\xc2\x9fx", "bad\xffutf8", "short\xe2\x82", "\xe2\x80\x8bzwsp",
	"Write 3 posts, by Q4.", "By 2027, read 12 books", "12 books (by 2027)",
	NULL
};

/* Lines near and past the widths that matter: 80, and 128 for a key. */
static char *
long_text(size_t n, int spaces, int breaks)
{
	char	*s = malloc(n + 1);
	size_t	 i;

	if (s == NULL)
		abort();
	for (i = 0; i < n; i++)
		s[i] = (char)('a' + i % 26);
	for (i = 7; spaces && i + 1 < n; i += 8)
		s[i] = ' ';
	for (i = 50; breaks && i + 1 < n; i += 51)
		s[i] = '\n';
	s[n] = '\0';
	return s;
}

/*
 * What matters to a scalar's style at every place of an 8-byte word
 * and past it: the hand writer's scan skips quiet words whole.
 */
static void
placed(void)
{
	static const char *const what[] = { ": ", ":", " #", "#", " \n",
		"\n ", "\n", " ", "  ", "\t", "- ", "? ", "\xc3\xa9",
		"\xf0\x9f\x98\x80", "\xe2\x80\xa8", "\xef\xbb\xbf", "\n\n",
		" \n ", "'", "\"", "---", "\\" };
	const char	*fill = "abcdefghijklmnopqrstuvwxyz";
	char		 s[64];
	size_t		 i, at, n;

	for (i = 0; i < sizeof(what) / sizeof(what[0]); i++)
		for (at = 0; at <= 18; at++)
			for (n = at; n <= at + 9; n += 9) {
				snprintf(s, sizeof(s), "%.*s%s%.*s", (int)at,
				    fill, what[i], (int)(n - at), fill + at);
				everywhere(s);
				styled(s, "|", "    ");
			}
}

static void
one(const char *s)
{
	static const char *const heads[] = { "|", "|-", "|+", ">", ">-",
		">+", "|2", ">2", "|4-" };
	size_t	 i;

	everywhere(s);
	inline_styles(s);
	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		styled(s, heads[i], "    ");
}

int
main(void)
{
	static const size_t	 lengths[] = { 1, 7, 8, 9, 64, 79, 80, 81, 120,
		127, 128, 129, 200, 1100 };
	size_t			 i, k;
	char			*s;

	for (i = 0; fixed[i] != NULL; i++)
		one(fixed[i]);
	placed();
	for (i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++)
		for (k = 0; k < 4; k++) {
			s = long_text(lengths[i], k & 1, k & 2);
			one(s);
			free(s);
		}
	OK(differ == 0, "%lu of %lu texts written the same by hand and by "
	    "libyaml", texts - differ, texts);
	OK(hand_docs * 3 > all_docs, "the hand writer wrote %lu of the %lu "
	    "documents", hand_docs, all_docs);
	return TAP_DONE();
}
