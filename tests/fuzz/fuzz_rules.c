/*
 * fuzz_rules.c: libFuzzer's entry point over rule files: the loader,
 * pattern compilation with its positioned errors, and --test-rules.
 * Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "goal.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct goal_lint	*lint;
	struct goal_diags	 errs, out;
	size_t			 nrules, nexamples;
	FILE			*fp;

	if (size == 0 || (fp = fmemopen((void *)(uintptr_t)data, size,
	    "r")) == NULL)
		return 0;
	lint = goal_lint_new();
	goal_diags_init(&errs);
	goal_diags_init(&out);
	if (goal_lint_load(lint, "fuzz.rules", fp, &errs) == 0)
		goal_lint_test(lint, "fuzz.rules", &out, &nrules, &nexamples);
	goal_diags_free(&out);
	goal_diags_free(&errs);
	goal_lint_free(lint);
	fclose(fp);
	return 0;
}
