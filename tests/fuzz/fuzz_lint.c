/*
 * fuzz_lint.c: libFuzzer's entry point over the whole of goal-lint's
 * work: the reader, the model, the checks and the built-in rules, and
 * every finding written out.  Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "goal.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static FILE	*null;

/* Every finding in every format, and the score line of each goal. */
static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	size_t	 i;

	(void)arg;
	for (i = 0; i < d->n; i++) {
		goal_out_diag(null, GOAL_FORMAT_JSON, &d->v[i], 0);
		goal_out_diag(null, GOAL_FORMAT_GITHUB, &d->v[i], 0);
	}
	if (g != NULL)
		goal_out_score(null, g, d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct goal_lint	*lint;
	struct goal_walk	 w = { 20781L, NULL, each_goal, NULL };
	struct goal_diags	 errs;
	FILE			*fp;

	if (lint == NULL) {
		lint = goal_lint_new();
		goal_diags_init(&errs);
		if (goal_lint_load_builtin(lint, &errs) != 0)
			abort();
		goal_diags_free(&errs);
		null = fopen("/dev/null", "w");
	}
	if (size == 0 || (fp = fmemopen((void *)(uintptr_t)data, size,
	    "r")) == NULL)
		return 0;
	w.lint = lint;
	goal_walk_fp(&w, "fuzz.yaml", fp);
	fclose(fp);
	return 0;
}
