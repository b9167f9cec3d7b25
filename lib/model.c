/*
 * model.c: the goal model of goal(5).
 *
 * Every value is read as text, whatever YAML 1.1 or 1.2 would make of it.
 * A key or value that is wrong is reported and left out of the typed
 * fields, so that the tools go on with what is right.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

/* The longest piece of a goal's text quoted back in a message. */
#define QUOTE_MAX	48

enum key_type {
	T_ID,
	T_TEXT,
	T_ENUM,
	T_TEXTS,	/* text or a sequence of text */
	T_DATE,		/* a written date */
	T_DUE,		/* a written date or a span */
	T_EVERY,	/* a review cadence */
	T_REFLECTION,
	T_STEPS,
	T_IDS,		/* a sequence of rule ids */
	T_REMIND	/* spans, as text or a sequence */
};

#define areas		goal_area_names
#define horizons	goal_horizon_names
#define statuses	goal_status_names
#define shares		goal_share_names
#define cadences	goal_cadence_names

/* The names, apart, for the did-you-mean of an unknown key. */
static const char *const key_names[GOAL_NKEYS] = {
	"id", "goal", "area", "horizon", "measure", "why", "plan", "reward",
	"helpers", "resources", "started", "due", "achieved", "reviewed",
	"status", "share", "buddy", "review", "cadence", "reflection",
	"steps", "nolint", "remind"
};

static const struct key_info {
	enum key_type		 type;
	const char *const	*values;
} keys[GOAL_NKEYS] = {
	[GOAL_K_ID] =		{ T_ID, NULL },
	[GOAL_K_GOAL] =		{ T_TEXT, NULL },
	[GOAL_K_AREA] =		{ T_ENUM, areas },
	[GOAL_K_HORIZON] =	{ T_ENUM, horizons },
	[GOAL_K_MEASURE] =	{ T_TEXT, NULL },
	[GOAL_K_WHY] =		{ T_TEXT, NULL },
	[GOAL_K_PLAN] =		{ T_TEXT, NULL },
	[GOAL_K_REWARD] =	{ T_TEXT, NULL },
	[GOAL_K_HELPERS] =	{ T_TEXTS, NULL },
	[GOAL_K_RESOURCES] =	{ T_TEXTS, NULL },
	[GOAL_K_STARTED] =	{ T_DATE, NULL },
	[GOAL_K_DUE] =		{ T_DUE, NULL },
	[GOAL_K_ACHIEVED] =	{ T_DATE, NULL },
	[GOAL_K_REVIEWED] =	{ T_DATE, NULL },
	[GOAL_K_STATUS] =	{ T_ENUM, statuses },
	[GOAL_K_SHARE] =	{ T_ENUM, shares },
	[GOAL_K_BUDDY] =	{ T_TEXT, NULL },
	[GOAL_K_REVIEW] =	{ T_EVERY, NULL },
	[GOAL_K_CADENCE] =	{ T_ENUM, cadences },
	[GOAL_K_REFLECTION] =	{ T_REFLECTION, NULL },
	[GOAL_K_STEPS] =	{ T_STEPS, NULL },
	[GOAL_K_NOLINT] =	{ T_IDS, NULL },
	[GOAL_K_REMIND] =	{ T_REMIND, NULL },
};

/*
 * Names people give goal(5)'s keys that are too far from them for a
 * typo: the did-you-mean of an unknown key says which key they meant.
 */
static const struct other_name {
	const char	*name;
	enum goal_key	 key;
} other_names[] = {
	{ "title", GOAL_K_GOAL }, { "name", GOAL_K_GOAL },
	{ "objective", GOAL_K_GOAL }, { "summary", GOAL_K_GOAL },
	{ "description", GOAL_K_GOAL }, { "statement", GOAL_K_GOAL },
	{ "text", GOAL_K_GOAL },
	{ "deadline", GOAL_K_DUE }, { "due_date", GOAL_K_DUE },
	{ "due-date", GOAL_K_DUE }, { "due date", GOAL_K_DUE },
	{ "until", GOAL_K_DUE }, { "end", GOAL_K_DUE },
	{ "end_date", GOAL_K_DUE }, { "target_date", GOAL_K_DUE },
	{ "start", GOAL_K_STARTED }, { "start_date", GOAL_K_STARTED },
	{ "start date", GOAL_K_STARTED }, { "begin", GOAL_K_STARTED },
	{ "since", GOAL_K_STARTED },
	{ "substeps", GOAL_K_STEPS }, { "subgoals", GOAL_K_STEPS },
	{ "sub-goals", GOAL_K_STEPS }, { "tasks", GOAL_K_STEPS },
	{ "milestones", GOAL_K_STEPS }, { "actions", GOAL_K_STEPS },
	{ "microgoals", GOAL_K_STEPS }, { "micro-goals", GOAL_K_STEPS },
	{ "category", GOAL_K_AREA }, { "domain", GOAL_K_AREA },
	{ "reason", GOAL_K_WHY }, { "motivation", GOAL_K_WHY },
	{ "purpose", GOAL_K_WHY },
	{ "metric", GOAL_K_MEASURE }, { "metrics", GOAL_K_MEASURE },
	{ "kpi", GOAL_K_MEASURE }, { "measurement", GOAL_K_MEASURE },
	{ "state", GOAL_K_STATUS },
	{ "visibility", GOAL_K_SHARE }, { "privacy", GOAL_K_SHARE },
	{ "frequency", GOAL_K_CADENCE }, { "recurrence", GOAL_K_CADENCE },
	{ "repeat", GOAL_K_CADENCE },
	{ "completed", GOAL_K_ACHIEVED }, { "finished", GOAL_K_ACHIEVED },
	{ "partner", GOAL_K_BUDDY },
};

static const char *const reflection_keys[] = {
	"hard", "easy", "helped", "differently"
};

const char *
goal_key_name(enum goal_key k)
{
	return key_names[k];
}

static const char *
kind_name(const struct goal_node *n)
{
	switch (n->kind) {
	case GOAL_SCALAR:
		return "text";
	case GOAL_SEQUENCE:
		return "a sequence";
	default:
		return "a mapping";
	}
}

/* An empty plain value (`due:`) or `~` says nothing: the key is absent. */
int
model_is_null(const struct goal_node *n)
{
	return n->kind == GOAL_SCALAR && n->style == GOAL_PLAIN &&
	    (n->len == 0 || strcmp(n->str, "~") == 0);
}

void
model_wrong_type(struct model *m, const struct goal_node *n,
    const char *what, const char *want)
{
	goal_diags_add(m->diags, m->file, &n->pos, "format.wrong-type",
	    GOAL_ERROR, "%s must be %s, not %s", what, want, kind_name(n));
}

void
model_unknown_key(struct model *m, const struct goal_node *key,
    const char *where, const char *const *names, size_t n)
{
	const char	*near;

	/* "-goal: x": an item meant, written without its space. */
	if (key->len > 1 && key->str[0] == '-' && key->str[1] != '-' &&
	    key->str[1] != ' ') {
		goal_diags_add(m->diags, m->file, &key->pos,
		    "format.unknown-key", GOAL_ERROR, "unknown key \"%s\"%s: "
		    "put a space after \"-\" to start a list item (\"- %s\")",
		    key->str, where, key->str + 1);
		return;
	}
	near = goal_suggest(key->str, key->len, names, n);
	if (near != NULL)
		goal_diags_add(m->diags, m->file, &key->pos,
		    "format.unknown-key", GOAL_ERROR,
		    "unknown key \"%s\"%s: did you mean \"%s\"?", key->str,
		    where, near);
	else
		goal_diags_add(m->diags, m->file, &key->pos,
		    "format.unknown-key", GOAL_ERROR, "unknown key \"%s\"%s",
		    key->str, where);
}

static int
is_id(const char *s, size_t len)
{
	size_t	 i;

	if (len == 0 || strchr("._-", s[0]) != NULL)
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || strchr("._-", s[i]) != NULL)
		    || s[i] == '\0')
			return 0;
	return 1;
}

static int
enum_index(const char *const *values, const struct goal_node *n)
{
	return goal_name_index(values, n->str, n->len);
}

static void
bad_value(struct model *m, const struct goal_node *n, const char *key,
    const char *const *values)
{
	const char	*v[8], *near;
	char		 list[128];
	size_t		 i, nv = 0;

	list[0] = '\0';
	for (i = 0; values[i] != NULL; i++) {
		if (values[i][0] == '\0')
			continue;
		v[nv++] = values[i];
		if (list[0] != '\0')
			strcat(list, ", ");
		strcat(list, values[i]);
	}
	near = goal_suggest(n->str, n->len, v, nv);
	if (near != NULL)
		goal_diags_add(m->diags, m->file, &n->pos, "format.bad-value",
		    GOAL_ERROR, "%s \"%s\" is not one of %s: did you mean "
		    "\"%s\"?", key, n->str, list, near);
	else
		goal_diags_add(m->diags, m->file, &n->pos, "format.bad-value",
		    GOAL_ERROR, "%s \"%s\" is not one of %s", key, n->str, list);
}

/* A review cadence, own or the header's: 0, or -1 reported. */
int
model_review(struct model *m, const struct goal_node *v,
    struct goal_span *span)
{
	if (goal_every_parse(v->str, v->len, span) == 0)
		return 0;
	goal_diags_add(m->diags, m->file, &v->pos, "format.bad-value",
	    GOAL_ERROR, "review \"%s\" is not one of weekly, monthly, "
	    "quarterly, yearly, every N weeks, every N months", v->str);
	return -1;
}

static void
bad_date(struct model *m, const struct goal_node *n, const char *key,
    int why)
{
	if (why == GOAL_DATE_IMPOSSIBLE)
		goal_diags_add(m->diags, m->file, &n->pos, "format.bad-date",
		    GOAL_ERROR, "%s: there is no date %s", key, n->str);
	else
		goal_diags_add(m->diags, m->file, &n->pos, "format.bad-date",
		    GOAL_ERROR, "%s: \"%s\" is not a date: write YYYY-MM-DD, "
		    "YYYY-MM, YYYY or YYYY-Qn%s", key, n->str,
		    strcmp(key, "due") == 0 ? ", a span such as "
		    "\"18 months\", or a phrase such as \"June 2027\"" : "");
}

/* An impossible date in the sentence: at its words, not a missing one. */
static void
bad_phrase(struct model *m, const struct goal_node *v,
    const struct goal_deadline *dl)
{
	struct goal_pos	 pos = goal_node_pos_at(v, dl->off);

	goal_diags_add(m->diags, m->file, &pos, "format.bad-date", GOAL_ERROR,
	    "goal: there is no date \"%.*s\"", (int)dl->len, v->str + dl->off);
}

/* Checks that a value is text, or a sequence of text when seq is set. */
static int
check_text(struct model *m, const struct goal_node *v, const char *key,
    int seq)
{
	size_t	 i;

	if (v->kind == GOAL_SCALAR)
		return 1;
	if (!seq || v->kind != GOAL_SEQUENCE) {
		model_wrong_type(m, v, key, seq ? "text or a sequence of text" :
		    "text");
		return 0;
	}
	for (i = 0; i < v->n; i++)
		if (v->item[i]->kind != GOAL_SCALAR) {
			model_wrong_type(m, v->item[i], key, "text");
			return 0;
		}
	return 1;
}

/*
 * A comment that cut a plain value short, as the reader saw it: said at
 * the "#", for text and each item of a sequence of text.
 */
static void
lost_comment(struct model *m, const struct goal_node *v)
{
	const struct goal_node	*c;
	size_t			 i, len;

	for (i = 0; i < (v->kind == GOAL_SEQUENCE ? v->n : 1); i++) {
		c = v->kind == GOAL_SEQUENCE ? v->item[i]->lost : v->lost;
		if (c == NULL)
			continue;
		len = c->len > QUOTE_MAX ? QUOTE_MAX : c->len;
		while (len < c->len && len > 0 &&
		    ((unsigned char)c->str[len] & 0xC0) == 0x80)
			len--;
		goal_diags_add(m->diags, m->file, &c->pos,
		    "format.comment-in-value", GOAL_WARNING, "\"%.*s%s\" is "
		    "a comment, not part of the value: quote the value to keep "
		    "it", (int)len, c->str, len < c->len ? "..." : "");
	}
}

static void
check_reflection(struct model *m, const struct goal_node *v)
{
	const struct goal_node	*seen[4] = { NULL, NULL, NULL, NULL };
	const struct goal_node	*k;
	size_t			 i, j;

	if (v->kind != GOAL_MAPPING) {
		model_wrong_type(m, v, "reflection",
		    "a mapping of hard, easy, helped and differently");
		return;
	}
	for (i = 0; i + 1 < v->n; i += 2) {
		k = v->item[i];
		if (k->kind != GOAL_SCALAR) {
			model_wrong_type(m, k, "a key", "text");
			continue;
		}
		for (j = 0; j < 4; j++)
			if (strcmp(k->str, reflection_keys[j]) == 0)
				break;
		if (j == 4) {
			model_unknown_key(m, k, " in reflection",
			    reflection_keys, 4);
			continue;
		}
		if (seen[j] != NULL) {
			goal_diags_add(m->diags, m->file, &k->pos,
			    "format.duplicate-key", GOAL_ERROR,
			    "duplicate key \"%s\" (first at line %lu)", k->str,
			    seen[j]->pos.line);
			continue;
		}
		seen[j] = k;
		check_text(m, v->item[i + 1], k->str, 0);
	}
}

/*
 * The remind key: a span or a list of them, as text ("3w, 1w") or a
 * sequence ([3w, 1w]); each a number of days or weeks.
 */
static int
read_remind(struct model *m, const struct goal_node *v, struct goal_remind *r)
{
	const struct goal_node	*item;
	size_t			 i, n, got;

	if (!check_text(m, v, "remind", 1))
		return 0;
	n = v->kind == GOAL_SCALAR ? 1 : v->n;
	r->n = 0;
	for (i = 0; i < n; i++) {
		item = v->kind == GOAL_SCALAR ? v : v->item[i];
		if (goal_remind_parse(item->str, item->len, r->v + r->n,
		    GOAL_MAX_REMIND - r->n, &got) != 0) {
			goal_diags_add(m->diags, m->file, &item->pos,
			    "format.bad-value", GOAL_ERROR, "remind \"%s\" is "
			    "not days or weeks before (\"10d\", \"3w, 1w\"), "
			    "or more than %d of them", item->str,
			    GOAL_MAX_REMIND);
			r->n = 0;
			return 0;
		}
		r->n += got;
	}
	return 1;
}

/*
 * The written dates of a goal's keys, as check_value() read them, for
 * resolve() to use rather than read them again: bit k of ok says that
 * key k was a date, and p[k] is its period.
 */
struct key_dates {
	struct goal_period	 p[GOAL_NKEYS];
	unsigned long		 ok;
};

/*
 * Checks one key's value.  Returns 1 when the value is usable; the
 * typed field is then filled in by resolve().
 */
static int
check_value(struct model *m, struct goal *g, enum goal_key k,
    const struct goal_node *v, struct key_dates *dates)
{
	const struct key_info	*ki = &keys[k];
	const char		*name = key_names[k];
	struct goal_period	 p;
	struct goal_span	 span;
	struct goal_deadline	 dl;
	int			 r;
	size_t			 i;

	switch (ki->type) {
	case T_ID:
		if (!check_text(m, v, name, 0))
			return 0;
		if (!is_id(v->str, v->len)) {
			goal_diags_add(m->diags, m->file, &v->pos,
			    "format.bad-id", GOAL_ERROR, "id \"%s\" must be "
			    "letters, digits, '.', '_' and '-', starting with "
			    "a letter or digit", v->str);
			return 0;
		}
		return 1;
	case T_TEXT:
	case T_TEXTS:
		lost_comment(m, v);
		return check_text(m, v, name, ki->type == T_TEXTS);
	case T_ENUM:
		if (!check_text(m, v, name, 0))
			return 0;
		if (enum_index(ki->values, v) < 0) {
			bad_value(m, v, name, ki->values);
			return 0;
		}
		return 1;
	case T_DATE:
	case T_DUE:
		if (!check_text(m, v, name, 0))
			return 0;
		r = goal_date_parse(v->str, v->len, &p);
		if (r == GOAL_DATE_OK) {
			dates->p[k] = p;
			dates->ok |= 1UL << k;
			return 1;
		}
		if (ki->type == T_DUE && r == GOAL_DATE_NOT_DATE) {
			if (goal_span_parse(v->str, v->len, &span) == 0)
				return 1;
			/* June 2027, end of 2027, next month */
			if (goal_phrase_due(v->str, v->len, m->today, &dl)) {
				if (dl.kind != GOAL_DEADLINE_BAD)
					return 1;
				r = GOAL_DATE_IMPOSSIBLE;
			}
		}
		bad_date(m, v, name, r);
		return 0;
	case T_EVERY:
		if (!check_text(m, v, name, 0))
			return 0;
		return model_review(m, v, &span) == 0;
	case T_REFLECTION:
		check_reflection(m, v);
		return v->kind == GOAL_MAPPING;
	case T_STEPS:
		if (v->kind != GOAL_SEQUENCE) {
			model_wrong_type(m, v, "steps", "a sequence of goals");
			return 0;
		}
		return 1;
	case T_REMIND:
		return read_remind(m, v, &g->remind);
	case T_IDS:
		if (v->kind != GOAL_SEQUENCE) {
			model_wrong_type(m, v, "nolint",
			    "a sequence of rule ids");
			return 0;
		}
		for (i = 0; i < v->n; i++)
			if (v->item[i]->kind != GOAL_SCALAR) {
				model_wrong_type(m, v->item[i], "a rule id",
				    "text");
				return 0;
			}
		return 1;
	}
	return 0;
}

/* The other name a key is known by, in any case: -1 for none. */
static int
other_name(const struct goal_node *k)
{
	size_t	 i, j;

	for (i = 0; i < sizeof(other_names) / sizeof(other_names[0]); i++) {
		for (j = 0; j < k->len && other_names[i].name[j] != '\0'; j++)
			if ((k->str[j] | 0x20) != other_names[i].name[j])
				break;
		if (j == k->len && other_names[i].name[j] == '\0')
			return other_names[i].key;
	}
	return -1;
}

/*
 * An unknown key of a goal.  One under another name ("title" for goal)
 * stands for that key: it is not also missing.
 */
static void
unknown_goal_key(struct model *m, struct goal *g, const struct goal_node *k)
{
	int	 j;

	if ((j = other_name(k)) < 0) {
		model_unknown_key(m, k, "", key_names, GOAL_NKEYS);
		return;
	}
	goal_diags_add(m->diags, m->file, &k->pos, "format.unknown-key",
	    GOAL_ERROR, "unknown key \"%s\": did you mean \"%s\"?", k->str,
	    key_names[j]);
	g->misnamed |= 1UL << j;
}

/*
 * Which key a name is, asked of every key of every goal: a hash of the
 * name's first byte, its third (the last of a shorter one) and its
 * length tells the 23 names apart, so one name is compared.  The table
 * is key_names[] put in its slots (tests/unit/test_keys.c checks it).
 */
#define KEY_HASH(s, n)							\
	(((unsigned char)(s)[0] + 2 * (unsigned char)(s)[(n) > 2 ? 2 :	\
	(n) - 1] + 28 * (n)) & 63)

static const signed char key_slots[64] = {
	-1, 15, 11, -1, 8, -1, 17, -1, 7, 20, -1, -1, -1, -1, -1, -1,
	3, 12, -1, -1, 9, -1, 19, -1, -1, 1, -1, 2, -1, 14, -1, -1,
	-1, -1, 6, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, 21, 18,
	-1, -1, -1, 4, 22, -1, 16, -1, -1, 10, -1, -1, -1, 5, 13, -1
};

/* The key whose name is the string s (len bytes with its NULs), or -1. */
static int
key_index(const char *s, size_t len)
{
	int	 j;

	if (len == 0)
		return -1;
	j = key_slots[KEY_HASH(s, len)];
	if (j >= 0 && strcmp(s, key_names[j]) == 0)
		return j;
	/* An escape made a NUL: the name is what comes before it. */
	if (memchr(s, '\0', len) != NULL)
		return key_index(s, strlen(s));
	return -1;
}

static void
read_keys(struct model *m, struct goal *g, const struct goal_node *map,
    struct key_dates *dates)
{
	const struct goal_node	*k, *v;
	size_t			 i;
	int			 j;

	for (i = 0; i + 1 < map->n; i += 2) {
		k = map->item[i];
		v = map->item[i + 1];
		if (k->kind != GOAL_SCALAR) {
			model_wrong_type(m, k, "a key", "text");
			continue;
		}
		if ((j = key_index(k->str, k->len)) < 0) {
			unknown_goal_key(m, g, k);
			continue;
		}
		if (g->key[j] != NULL) {
			goal_diags_add(m->diags, m->file, &k->pos,
			    "format.duplicate-key", GOAL_ERROR,
			    "duplicate key \"%s\" (first at line %lu)", k->str,
			    g->key[j]->pos.line);
			continue;
		}
		g->key[j] = k;
		if (model_is_null(v) && j != GOAL_K_GOAL)
			continue;
		if (check_value(m, g, (enum goal_key)j, v, dates))
			g->val[j] = v;
	}
}

/* The day of key k, a written date, as read_keys() found it. */
static long
date_of(const struct goal *g, const struct key_dates *dates,
    enum goal_key k, int last)
{
	if (g->val[k] == NULL || !(dates->ok & 1UL << k))
		return GOAL_NODAY;
	return last ? dates->p[k].last : dates->p[k].first;
}

/*
 * The due date: the due key (a written date, a span, or a phrase), else
 * the sentence's phrase, else the parent's.  Phrases without a year and
 * relative ones count from the anchor: the start, else today.
 */
static void
resolve_due(struct model *m, struct goal *g, const struct key_dates *dates)
{
	const struct goal_node	*v = g->val[GOAL_K_DUE];
	struct goal_deadline	 dl;
	struct goal_span	 span;
	long			 anchor;

	anchor = g->started != GOAL_NODAY ? g->started : m->today;
	if ((v = g->val[GOAL_K_GOAL]) != NULL && v->kind == GOAL_SCALAR &&
	    goal_phrase_deadline(v->str, v->len, anchor, &g->phrase) &&
	    g->phrase.kind == GOAL_DEADLINE_BAD)
		bad_phrase(m, v, &g->phrase);
	v = g->val[GOAL_K_DUE];
	g->due = GOAL_NODAY;
	dl = g->phrase;
	if (v != NULL) {
		if (dates->ok & 1UL << GOAL_K_DUE) {
			g->due = dates->p[GOAL_K_DUE].last;
			g->due_from = GOAL_FROM_DUE;
			dl.kind = GOAL_DEADLINE_NONE;
		} else if (goal_span_parse(v->str, v->len, &span) == 0) {
			dl.kind = GOAL_DEADLINE_SPAN;
			dl.span = span;
		} else
			goal_phrase_due(v->str, v->len, anchor, &dl);
		if (dl.kind != GOAL_DEADLINE_NONE)
			g->due_from = dl.kind == GOAL_DEADLINE_SPAN ?
			    GOAL_FROM_SPAN : GOAL_FROM_DUE;
	} else if (dl.kind != GOAL_DEADLINE_NONE &&
	    dl.kind != GOAL_DEADLINE_BAD)
		g->due_from = GOAL_FROM_TEXT;
	else
		dl.kind = GOAL_DEADLINE_NONE;
	if (dl.kind == GOAL_DEADLINE_SPAN) {
		if (g->started != GOAL_NODAY)
			g->due = goal_span_add(g->started, &dl.span);
	} else if (dl.kind != GOAL_DEADLINE_NONE)
		g->due = dl.day;
	if (g->due == GOAL_NODAY && g->parent != NULL &&
	    g->parent->due != GOAL_NODAY) {
		g->due = g->parent->due;
		g->due_from = GOAL_FROM_PARENT;
	}
}

/*
 * A goal's own nolint ids, as a set: a step shares its ancestors' sets
 * rather than copying them (10,000 ids over 10,000 steps took 830 MB),
 * and asking whether a rule is silenced costs a lookup per ancestor.
 */
static void
resolve_nolint(struct model *m, struct goal *g)
{
	const struct goal_node	*v = g->val[GOAL_K_NOLINT];
	const char		**slot;
	size_t			 cap = 4, i, h;

	if (v == NULL || v->n == 0)
		return;
	while (cap < v->n * 2)
		cap *= 2;
	slot = goal_arena_calloc(m->arena, cap, sizeof(*slot));
	for (i = 0; i < v->n; i++) {
		h = goal_str_hash(v->item[i]->str) & (cap - 1);
		while (slot[h] != NULL && strcmp(slot[h], v->item[i]->str) != 0)
			h = (h + 1) & (cap - 1);
		slot[h] = v->item[i]->str;
	}
	g->nolint = slot;
	g->nnolint = cap;
}

/* Fills the typed fields, inheriting what goal(5) says steps inherit. */
static void
resolve(struct model *m, struct goal *g, const struct key_dates *dates)
{
	const struct goal	*p = g->parent;
	const struct goal_node	*v;
	struct goal_span	 span;

	g->area = (v = g->val[GOAL_K_AREA]) ?
	    (enum goal_area)enum_index(areas, v) :
	    p ? p->area : GOAL_AREA_NONE;
	g->horizon = (v = g->val[GOAL_K_HORIZON]) ?
	    (enum goal_horizon)enum_index(horizons, v) :
	    p ? p->horizon : GOAL_HORIZON_NONE;
	g->status = (v = g->val[GOAL_K_STATUS]) ?
	    (enum goal_status)enum_index(statuses, v) :
	    p ? p->status : GOAL_ACTIVE;
	/* A step may narrow its parent's circle, never widen it. */
	g->share = (v = g->val[GOAL_K_SHARE]) ?
	    (enum goal_share)enum_index(shares, v) :
	    p ? p->share : GOAL_BUDDY;
	if (p != NULL && p->share < g->share)
		g->share = p->share;
	if (g->val[GOAL_K_REMIND] == NULL && p != NULL)
		g->remind = p->remind;
	g->buddy = g->val[GOAL_K_BUDDY] ? g->val[GOAL_K_BUDDY] :
	    p ? p->buddy : g->header ? g->header->buddy : NULL;

	if ((v = g->val[GOAL_K_REVIEW]) != NULL &&
	    goal_every_parse(v->str, v->len, &span) == 0) {
		g->review.set = 1;
		g->review.span = span;
	} else if (p == NULL && g->header != NULL)
		g->review = g->header->review_every;

	if ((v = g->val[GOAL_K_CADENCE]) != NULL) {
		g->cadence.set = 1;
		g->cadence.span.n = 1;
		g->cadence.span.unit = GOAL_WEEK + enum_index(cadences, v);
	}

	g->started = date_of(g, dates, GOAL_K_STARTED, 0);
	if (g->started == GOAL_NODAY && p != NULL)
		g->started = p->started;
	g->achieved = date_of(g, dates, GOAL_K_ACHIEVED, 1);
	g->reviewed = date_of(g, dates, GOAL_K_REVIEWED, 0);

	/* The cadence in the sentence is read when asked: goal_recurs(). */
	resolve_due(m, g, dates);
	resolve_nolint(m, g);
}

/* A goal whose path another goal of the document has, first at line. */
void
model_duplicate_id(struct model *m, struct goal *g, unsigned long line)
{
	struct goal_diag	*d;

	d = goal_diags_add(m->diags, m->file, g->val[GOAL_K_ID] ?
	    &g->val[GOAL_K_ID]->pos : &g->pos, "format.duplicate-id",
	    GOAL_ERROR, "duplicate id \"%s\" (first at line %lu)", g->path,
	    line);
	d->goal = g->path;
	d->subject = g;
	g->path_repeats = 1;
}

/*
 * Paths under one parent differ when their last parts do.  Short lists
 * compare pairs; a long one, which hostile input can make, a hash set.
 */
#define STEPS_PAIRWISE	16

static void
read_steps(struct model *m, struct goal *g)
{
	const struct goal_node	*steps = g->val[GOAL_K_STEPS];
	struct idset		 set;
	struct goal		*s;
	unsigned long		 first;
	size_t			 i, j;

	if (steps == NULL || steps->n == 0)
		return;
	idset_init(&set);
	g->step = goal_arena_calloc(m->arena, steps->n, sizeof(*g->step));
	for (i = 0; i < steps->n; i++) {
		if ((s = model_goal(m, steps->item[i], g, i + 1)) == NULL)
			continue;
		first = 0;
		if (steps->n <= STEPS_PAIRWISE) {
			for (j = 0; j < g->nsteps && first == 0; j++)
				if (strcmp(g->step[j]->id, s->id) == 0)
					first = g->step[j]->pos.line;
		} else
			first = idset_add(&set, s->id, strlen(s->id),
			    s->pos.line);
		if (first != 0)
			model_duplicate_id(m, s, first);
		g->step[g->nsteps++] = s;
	}
	idset_free(&set);
}

/*
 * A path names each goal by its ancestors' ids and its own, and every
 * goal has one: were a long id written whole into the path of each of
 * its steps, a file of 512 KiB id and 4,000 steps would take 2 GB.  So
 * an id of more than PATH_PART_MAX bytes is written in paths (its own
 * too, so that a step's path still starts with its parent's) as its
 * first PATH_PART_KEEP bytes, an ellipsis and a hash of the whole: a
 * path is then at most a few kilobytes, whatever the input.  Ids are
 * ASCII, so the cut is between characters, and the ellipsis is in no id.
 */
#define PATH_PART_MAX	64
#define PATH_PART_KEEP	40

static size_t
path_part(const char *id, char *out)
{
	size_t		 len = strlen(id), i;
	uint32_t	 h = 2166136261U;

	if (len <= PATH_PART_MAX) {
		if (out != NULL)
			memcpy(out, id, len);
		return len;
	}
	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)id[i]) * 16777619U;
	if (out != NULL) {
		memcpy(out, id, PATH_PART_KEEP);
		snprintf(out + PATH_PART_KEEP, 3 + 8 + 1, "\xe2\x80\xa6%08lx",
		    (unsigned long)h);
	}
	return PATH_PART_KEEP + 3 + 8;
}

/* A goal without an id is named by its place: "%zu", but no printf. */
static const char *
position_id(struct goal_arena *a, size_t position)
{
	char	 buf[3 * sizeof(size_t)], *p = buf + sizeof(buf);

	do {
		*--p = (char)('0' + position % 10);
		position /= 10;
	} while (position > 0);
	return goal_arena_strndup(a, p, (size_t)(buf + sizeof(buf) - p));
}

/* "parent/id", or "id" on top: no printf. */
static const char *
make_path(struct goal_arena *a, const char *parent, const char *id)
{
	size_t	 lp = parent ? strlen(parent) + 1 : 0, li = path_part(id, NULL);
	char	*p;

	if (parent == NULL && li == strlen(id))
		return id;
	p = goal_arena_alloc(a, lp + li + 1);
	if (parent != NULL) {
		memcpy(p, parent, lp - 1);
		p[lp - 1] = '/';
	}
	path_part(id, p + lp);
	p[lp + li] = '\0';
	return p;
}

/*
 * A goal or step written as text ("- Read a book"): say how a goal is
 * written, with its own words.
 */
static void
not_a_mapping(struct model *m, const struct goal_node *n, int step)
{
	const char	*what = step ? "a step" : "a goal";
	size_t		 len;

	if (n->kind != GOAL_SCALAR || n->len == 0 ||
	    memchr(n->str, '\n', n->len) != NULL) {
		model_wrong_type(m, n, what, "a mapping");
		return;
	}
	for (len = n->len; len > QUOTE_MAX; len--)
		continue;
	while (len < n->len && len > 0 &&
	    ((unsigned char)n->str[len] & 0xC0) == 0x80)
		len--;
	goal_diags_add(m->diags, m->file, &n->pos, "format.wrong-type",
	    GOAL_ERROR, "%s must be a mapping, not text: write \"- goal: "
	    "%.*s%s\"", what, (int)len, n->str, len < n->len ? "..." : "");
}

/*
 * Builds the goal of a mapping node: position is its 1-based place in
 * its list, its id when it has none.  NULL when the node is no mapping.
 */
struct goal *
model_goal(struct model *m, const struct goal_node *map, struct goal *parent,
    size_t position)
{
	struct goal		*g;
	const struct goal_node	*v;
	struct key_dates	 dates;
	const char		*id;
	size_t			 mark;

	if (map->kind != GOAL_MAPPING) {
		not_a_mapping(m, map, parent != NULL);
		return NULL;
	}
	mark = m->diags->n;
	g = goal_arena_calloc(m->arena, 1, sizeof(*g));
	g->parent = parent;
	g->file = m->file;
	g->depth = parent ? parent->depth + 1 : 0;
	g->header = m->header;
	g->map = map;
	g->pos = map->n > 0 ? map->item[0]->pos : map->pos;
	dates.ok = 0;
	read_keys(m, g, map, &dates);

	if ((v = g->val[GOAL_K_ID]) != NULL)
		id = v->str;
	else
		id = position_id(m->arena, position);
	g->id = id;
	g->path = make_path(m->arena, parent ? parent->path : NULL, id);
	/* Two ids cut to one hash are no duplicate, but have one path. */
	if (strlen(id) > PATH_PART_MAX)
		g->path_repeats = 1;

	/* A goal of the wrong shape was reported as that already. */
	v = g->val[GOAL_K_GOAL];
	if ((v == NULL && g->key[GOAL_K_GOAL] == NULL &&
	    !(g->misnamed & 1UL << GOAL_K_GOAL)) ||
	    (v != NULL && v->len == 0)) {
		g->val[GOAL_K_GOAL] = NULL;
		goal_diags_add(m->diags, m->file, v ? &v->pos : &g->pos,
		    "format.missing-goal", GOAL_ERROR,
		    "%s has no \"goal\": say what you will do", g->path);
	}
	resolve(m, g, &dates);
	/* What was found so far is about this goal; its steps name theirs. */
	for (; mark < m->diags->n; mark++) {
		m->diags->v[mark].goal = g->path;
		m->diags->v[mark].subject = g;
	}
	read_steps(m, g);
	return g;
}

/*
 * Whether a goal recurs, and how often: its cadence key, else a cadence
 * in its sentence.  Only goal-split and goal-due ask, so the sentence is
 * read here rather than for every goal.
 */
int
goal_recurs(const struct goal *g, struct goal_cadence *out)
{
	const struct goal_node	*v = g->val[GOAL_K_GOAL];

	memset(out, 0, sizeof(*out));
	if (g->cadence.set) {
		out->found = 1;
		out->unit = g->cadence.span.unit;
		return 1;
	}
	if (v == NULL || v->kind != GOAL_SCALAR)
		return 0;
	return goal_phrase_cadence(v->str, v->len, out);
}

int
goal_is_silenced(const struct goal *g, const char *rule)
{
	size_t	 h;

	for (; g != NULL; g = g->parent) {
		if (g->nolint == NULL)
			continue;
		h = goal_str_hash(rule) & (g->nnolint - 1);
		for (; g->nolint[h] != NULL; h = (h + 1) & (g->nnolint - 1))
			if (strcmp(g->nolint[h], rule) == 0)
				return 1;
	}
	return 0;
}
