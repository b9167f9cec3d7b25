/*
 * test_idset.c: the set of goal paths that finds duplicate ids, as the
 * library builds it: duplicates found across the growth of its chunks
 * and buckets, at the size the memory target counts on, lines past 32
 * bits given back exact, and clearing between documents.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "libgoal.h"
#include "ids.h"
#include "tap.h"

#define MANY	100000
#define CHUNK	4096		/* entries a chunk in lib/idset.c */

static void
many(void)
{
	struct idset	 set;
	unsigned long	 i, fresh = 0, found = 0;

	idset_init(&set);
	for (i = 0; i < MANY; i++)
		fresh += add(&set, i, 2 * i + 1) == 0;
	IS_INT(fresh, MANY, "100,000 ids are new");
	IS_INT(set.n, MANY, "the set counts them");
	for (i = 0; i < MANY; i++)
		found += add(&set, i, 7) == 2 * i + 1;
	IS_INT(found, MANY, "each again gives the line where it came first");
	IS_INT(set.n, MANY, "and is not added twice");
	/* 16 bytes an entry, chunks full, 1 to 2 entries a bucket. */
	IS_INT(set.nchunk, (MANY + CHUNK - 1) / CHUNK,
	    "the entries fill their chunks");
	OK(set.nhead <= set.n && 2 * set.nhead >= set.n,
	    "1 to 2 ids a bucket (%zu buckets)", set.nhead);
	OK(set.nchunk * CHUNK * 16 + set.nhead * 4 <= (size_t)MANY * 21,
	    "at most 21 bytes an id");
	idset_clear(&set);
	IS_INT(set.n, 0, "clearing empties it");
	IS_INT(set.nchunk, 0, "and lets the big table go");
	IS_INT(add(&set, 5, 3), 0, "an id of the last document is new");
	IS_INT(add(&set, 5, 4), 3, "and found again in this one");
	idset_free(&set);
}

/* The sets of steps and JSON keys: small, and kept across clearing. */
static void
small(void)
{
	struct idset	 set;
	unsigned long	 doc, i, ok = 0;

	idset_init(&set);
	IS_INT(add(&set, 1, 0), 0, "the first id of an empty set is new");
	idset_clear(&set);
	for (doc = 0; doc < 1000; doc++) {
		for (i = 0; i < 20; i++)
			ok += add(&set, i, i + 1) == 0;
		ok += add(&set, 19, 99) == 20;
		ok += add(&set, 0, 99) == 1;
		idset_clear(&set);
	}
	IS_INT(ok, 1000 * 22, "1000 small documents: new ids, duplicates");
	/* Its buckets are rebuilt from this document's entries alone. */
	for (i = 0, ok = 0; i < 60; i++)
		ok += add(&set, i, i + 1) == 0;
	IS_INT(ok, 60, "a bigger one after them: its ids are new");
	idset_clear(&set);
	IS_INT(set.nchunk, 1, "a small table stays from one to the next");
	IS_INT(set.chunk[0].n, 1, "emptied: slot 0, which ends chains, alone");
	OK(set.first <= 64 && set.nhead <= 32,
	    "and stays small (%zu entries, %zu buckets)", set.first,
	    set.nhead);
	idset_free(&set);
}

/* A document may have more lines than 32 bits count. */
static void
far_lines(void)
{
	struct idset	 set;
	uint64_t	 line[] = { 1, UINT32_MAX, (uint64_t)1 << 32,
	    ((uint64_t)1 << 32) + 1, ((uint64_t)3 << 32) + 7, 5,
	    (uint64_t)1 << 40, UINT64_MAX >> 1 };
	size_t		 nline = sizeof(line) / sizeof(*line);
	unsigned long	 i, ok = 0;

	if (sizeof(unsigned long) < sizeof(uint64_t)) {
		OK(1, "lines past 32 bits # SKIP unsigned long has 32 bits");
		return;
	}
	idset_init(&set);
	for (i = 0; i < 3 * CHUNK; i++)
		ok += add(&set, i, (unsigned long)line[i % nline] + i) == 0;
	for (i = 0; i < 3 * CHUNK; i++)
		ok += add(&set, i, 1) == (unsigned long)line[i % nline] + i;
	IS_INT(ok, 6 * CHUNK, "lines past 32 bits come back exact");
	idset_free(&set);
}

int
main(void)
{
	many();
	small();
	far_lines();
	return TAP_DONE();
}
