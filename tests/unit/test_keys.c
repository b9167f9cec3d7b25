/*
 * test_keys.c: the model finds every key of a goal by its name, and no
 * key by a name that is none, whatever the hash of names makes of it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "tap.h"

#define TODAY	20781L		/* 2026-11-24 */

static const struct goal	*seen_key[GOAL_NKEYS];
static int			 nkeys, nunknown, ngoals;

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	size_t	 i;
	int	 k;

	(void)arg;
	if (g != NULL) {
		ngoals++;
		for (k = 0; k < GOAL_NKEYS; k++)
			if (g->key[k] != NULL) {
				nkeys++;
				seen_key[k] = g;
			}
	}
	for (i = 0; i < d->n; i++)
		if (strcmp(d->v[i].rule, "format.unknown-key") == 0)
			nunknown++;
	return 0;
}

/* Reads one goal: how many of its keys are known, how many unknown. */
static void
read_goal(const char *text, size_t len)
{
	struct goal_walk	 w = { TODAY, NULL, each_goal, NULL };
	FILE			*fp;

	memset(seen_key, 0, sizeof(seen_key));
	nkeys = nunknown = ngoals = 0;
	fp = fmemopen((void *)(uintptr_t)text, len, "r");
	goal_walk_fp(&w, "t.yaml", fp);
	fclose(fp);
}

static void
test_every_key(void)
{
	char	 buf[2048], line[128];
	int	 k;

	strcpy(buf, "- goal: Ship it\n");
	for (k = 0; k < GOAL_NKEYS; k++) {
		if (k == GOAL_K_GOAL)
			continue;
		snprintf(line, sizeof(line), "  %s: x\n", goal_key_name(k));
		strcat(buf, line);
	}
	read_goal(buf, strlen(buf));
	IS_INT(ngoals, 1, "one goal");
	IS_INT(nunknown, 0, "no key is unknown");
	IS_INT(nkeys, GOAL_NKEYS, "every key is found");
	for (k = 0; k < GOAL_NKEYS; k++)
		OK(seen_key[k] != NULL, "key \"%s\" is its own",
		    goal_key_name(k));
}

static void
test_not_keys(void)
{
	static const char *const names[] = { "Goal", "goals", "i", "d",
		"du", "dues", "idx", "reviewe", "reviewedd", "remin", "rewind",
		"steps2", "hlepers", "\"\"", "\"i\"", "zz", "ww",
		"\"re\\u00e9ard\"", "xyzxyzxyzxyzxyz" };
	char	 buf[256];
	size_t	 k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		snprintf(buf, sizeof(buf), "- goal: Ship it\n  %s: x\n",
		    names[k]);
		read_goal(buf, strlen(buf));
		IS_INT(nkeys, 1, "%s is no key", names[k]);
	}
}

int
main(void)
{
	test_every_key();
	test_not_keys();
	return TAP_DONE();
}
