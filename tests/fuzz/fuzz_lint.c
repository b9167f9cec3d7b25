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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct goal_lint	*lint;
	static FILE		*null;
	struct goal_diags	 errs;
	struct goal_reader	*r;
	struct goal_diags	*d;
	struct goal		*g;
	FILE			*fp;
	size_t			 i;
	int			 rc;

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
	r = goal_reader_new("fuzz.yaml", fp, 20781L);
	d = goal_reader_diags(r);
	do {
		rc = goal_reader_next(r, &g);
		if (rc == GOAL_READ_GOAL)
			goal_lint_goal(lint, g, 20781L, d);
		goal_lint_finish(lint, d);
		for (i = 0; i < d->n; i++) {
			goal_out_diag(null, GOAL_FORMAT_JSON, &d->v[i], 0);
			goal_out_diag(null, GOAL_FORMAT_GITHUB, &d->v[i], 0);
		}
		if (rc == GOAL_READ_GOAL)
			goal_out_score(null, g, d);
	} while (rc == GOAL_READ_GOAL || rc == GOAL_READ_MORE);
	goal_reader_free(r);
	fclose(fp);
	return 0;
}
