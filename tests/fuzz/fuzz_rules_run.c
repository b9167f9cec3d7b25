/*
 * fuzz_rules_run.c: libFuzzer's entry point over rule files run against
 * goal text: the input up to its first NUL byte is a rule file, loaded
 * alone as goal-lint --no-builtin --rules loads it; the rest is a goal
 * file linted with those rules, every finding written out.  Seeds are
 * made by tests/fuzz/run.sh from a rule file, a NUL and a goal file.
 * Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static FILE	*null;

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	size_t	 i;

	(void)arg;
	for (i = 0; i < d->n; i++) {
		goal_out_diag(null, GOAL_FORMAT_GNU, &d->v[i], 0);
		goal_out_diag(null, GOAL_FORMAT_JSON, &d->v[i], 0);
		goal_sarif_result(null, &d->v[i], 0);
	}
	if (g != NULL)
		goal_out_score(null, g, d);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct goal_walk	 w = { 20781L, NULL, each_goal, NULL };
	struct goal_lint	*lint;
	struct goal_diags	 errs;
	const uint8_t		*sep;
	size_t			 nrules;
	FILE			*fp;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		abort();
	if ((sep = memchr(data, '\0', size)) == NULL || sep == data ||
	    sep + 1 == data + size)
		return 0;
	nrules = (size_t)(sep - data);
	if ((fp = fmemopen((void *)(uintptr_t)data, nrules, "r")) == NULL)
		return 0;
	lint = goal_lint_new();
	goal_diags_init(&errs);
	if (goal_lint_load(lint, "fuzz.rules", fp, &errs) == 0) {
		fclose(fp);
		if ((fp = fmemopen((void *)(uintptr_t)(sep + 1),
		    size - nrules - 1, "r")) != NULL) {
			w.lint = lint;
			goal_walk_fp(&w, "fuzz.yaml", fp);
			fclose(fp);
		}
	} else
		fclose(fp);
	goal_diags_free(&errs);
	goal_lint_free(lint);
	return 0;
}
