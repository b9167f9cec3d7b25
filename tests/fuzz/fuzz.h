/*
 * fuzz.h: what the harnesses of goal-split and goal-due set up alike:
 * /dev/null to write to, the input read as a goal file through the
 * library's walk, with the problems met written as the tools write
 * them, and a hash of the input that picks the options, so that the
 * whole input stays a goal file and every mutation may also change
 * them.  Each harness includes it once: its functions are static.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "goal.h"

/* Today in every harness: 2026-11-24, as in the test suite. */
#define FUZZ_TODAY	20781L

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Where every output goes: opened once by fuzz_open(). */
static FILE	*null;

/*
 * The input as a stream, NULL when it is empty, and in *hash its
 * FNV-1a hash.
 */
static FILE *
fuzz_open(const uint8_t *data, size_t size, uint32_t *hash)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	if (null == NULL && (null = fopen("/dev/null", "w")) == NULL)
		abort();
	if (size == 0)
		return NULL;
	for (i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	*hash = h;
	return fmemopen((void *)(uintptr_t)data, size, "r");
}

/* The problems the reader met, as goal-split and goal-due write them. */
static void
fuzz_diags(const struct goal_diags *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		goal_out_diag(null, GOAL_FORMAT_GNU, &d->v[i], 0);
}

/* Each goal of the stream to each(arg, ...), as the tools walk a file. */
static void
fuzz_walk(FILE *fp, int (*each)(void *, const struct goal *,
    const struct goal_diags *), void *arg)
{
	struct goal_walk	 w = { FUZZ_TODAY, NULL, NULL, NULL };

	w.each = each;
	w.arg = arg;
	goal_walk_fp(&w, "fuzz.yaml", fp);
	fclose(fp);
}

#endif
