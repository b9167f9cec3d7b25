/*
 * json.c: JSON values for records (goal-split -f json): strings,
 * numbers, dates, null, and the YAML nodes of a goal as JSON.  Every
 * value is text in goal(5), so a scalar is always a string.
 */
#include <string.h>

#include "libgoal.h"

static int
status(FILE *fp)
{
	return ferror(fp) ? -1 : 0;
}

int
goal_json_string(FILE *fp, const char *s, size_t len)
{
	goal_out_json_string(fp, s, len);
	return status(fp);
}

int
goal_json_text(FILE *fp, const char *s)
{
	if (s == NULL)
		return goal_json_null(fp);
	return goal_json_string(fp, s, strlen(s));
}

int
goal_json_number(FILE *fp, long n)
{
	fprintf(fp, "%ld", n);
	return status(fp);
}

int
goal_json_null(FILE *fp)
{
	fputs("null", fp);
	return status(fp);
}

int
goal_json_day(FILE *fp, long day)
{
	char	 buf[11];

	if (day == GOAL_NODAY)
		return goal_json_null(fp);
	goal_date_format(day, buf);
	return goal_json_string(fp, buf, strlen(buf));
}

/* A key of an object: the comma before it unless it is the first. */
int
goal_json_key(FILE *fp, const char *key, int first)
{
	if (!first)
		putc(',', fp);
	goal_json_string(fp, key, strlen(key));
	putc(':', fp);
	return status(fp);
}

/* A member after the first: ,"key":"text", or null for no text. */
int
goal_json_member(FILE *fp, const char *key, const char *text)
{
	goal_json_key(fp, key, 0);
	return goal_json_text(fp, text);
}

static int
listed(const char *const *names, const char *s)
{
	for (; names != NULL && *names != NULL; names++)
		if (strcmp(*names, s) == 0)
			return 1;
	return 0;
}

/*
 * The pairs of a mapping whose keys are text, are not in skip, and did
 * not come before: a set of hashes keeps a mapping of many keys linear.
 */
static int
pairs(FILE *fp, const struct goal_node *map, const char *const *skip,
    int first)
{
	struct idset		 seen;
	const struct goal_node	*k;
	size_t			 i;

	idset_init(&seen);
	for (i = 0; i + 1 < map->n; i += 2) {
		k = map->item[i];
		if (k->kind != GOAL_SCALAR || listed(skip, k->str) ||
		    idset_add(&seen, k->str, k->len, 1) != 0)
			continue;
		goal_json_key(fp, k->str, first);
		goal_json_node(fp, map->item[i + 1]);
		first = 0;
	}
	idset_free(&seen);
	return status(fp);
}

int
goal_json_node(FILE *fp, const struct goal_node *n)
{
	size_t	 i;

	switch (n->kind) {
	case GOAL_SCALAR:
		return goal_json_string(fp, n->str, n->len);
	case GOAL_SEQUENCE:
		putc('[', fp);
		for (i = 0; i < n->n; i++) {
			if (i > 0)
				putc(',', fp);
			goal_json_node(fp, n->item[i]);
		}
		putc(']', fp);
		return status(fp);
	default:
		putc('{', fp);
		pairs(fp, n, NULL, 1);
		putc('}', fp);
		return status(fp);
	}
}

/*
 * The keys of a goal as ",key:value" pairs after keys written already,
 * leaving out those in skip (the record's own, and steps, which are
 * records of their own).
 */
int
goal_json_goal_keys(FILE *fp, const struct goal *g, const char *const *skip)
{
	return pairs(fp, g->map, skip, 0);
}
