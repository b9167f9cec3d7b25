/*
 * test_idset_limits.c: the limits of the id set that no test can reach
 * at full size, made small: lines whose high 32 bits change start a new
 * chunk, and past the last index a set goes on in a second one.  This
 * file compiles lib/idset.c itself with 32 entries a chunk and 200
 * slots a set (199 ids: index 0 ends a chain); the library's copy is
 * not linked in.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IDSET_SHIFT	5
#define IDSET_SLOTS	200
#include "idset.c"

#include "ids.h"
#include "tap.h"

static size_t
sets(const struct idset *set)
{
	size_t	 n;

	for (n = 0; set != NULL; set = set->more)
		n++;
	return n;
}

/* 995 ids fill five sets of 199; each is found in its own. */
static void
chained(void)
{
	struct idset	 set;
	unsigned long	 i, fresh = 0, found = 0;

	idset_init(&set);
	for (i = 0; i < 995; i++)
		fresh += add(&set, i, i + 1) == 0;
	IS_INT(fresh, 995, "995 ids are new");
	IS_INT(sets(&set), 5, "in five sets of 199");
	IS_INT(add(&set, 995, 996), 0, "one more is new");
	IS_INT(sets(&set), 6, "in a sixth");
	for (i = 0; i < 996; i++)
		found += add(&set, i, 1) == i + 1;
	IS_INT(found, 996, "each again gives its first line");
	IS_INT(sets(&set), 6, "and adds nothing");
	idset_clear(&set);
	IS_INT(sets(&set), 1, "clearing lets the others go");
	IS_INT(add(&set, 999, 2), 0, "an id of the last document is new");
	idset_free(&set);
}

/*
 * Ids 0-9 near the start, 10-19 past line 2^32, then 20-39 alternate
 * between line 20-ish and past 3 * 2^32.
 */
static unsigned long
line_of(unsigned long i)
{
	uint64_t	 far = (uint64_t)1 << 32;

	if (i < 10)
		return i + 1;
	if (i < 20)
		return (unsigned long)(far + i);
	return i % 2 ? (unsigned long)(3 * far + i) : i;
}

/* Each change of the high bits of the line starts a chunk. */
static void
far_lines(void)
{
	struct idset	 set;
	unsigned long	 i, fresh = 0, found = 0;

	if (sizeof(unsigned long) < sizeof(uint64_t)) {
		OK(1, "lines past 32 bits # SKIP unsigned long has 32 bits");
		return;
	}
	idset_init(&set);
	for (i = 0; i < 20; i++)
		fresh += add(&set, i, line_of(i)) == 0;
	IS_INT(set.nchunk, 2, "a line past 32 bits starts a chunk");
	IS_INT(set.used, 32 + 10, "leaving the rest of the first unused");
	for (i = 20; i < 40; i++)
		fresh += add(&set, i, line_of(i)) == 0;
	IS_INT(fresh, 40, "40 ids, lines near and far, are new");
	/*
	 * Alternating, each id takes a chunk until the 200 slots are
	 * spent; then the near ones still fit the last chunk of the first
	 * set and the far ones go on in a second.
	 */
	IS_INT(sets(&set), 2, "alternating lines spill into a second set");
	IS_INT(set.used, 200, "once the first is full");
	for (i = 0; i < 40; i++)
		found += add(&set, i, 1) == line_of(i);
	IS_INT(found, 40, "each again gives its first line, exact");
	idset_free(&set);
	/* A small table kept for the next document takes its lines. */
	add(&set, 10, line_of(10));
	idset_clear(&set);
	for (i = 0, fresh = 0; i < 10; i++)
		fresh += add(&set, i, line_of(i)) == 0;
	IS_INT(fresh, 10, "near lines after a document of far ones are new");
	IS_INT(set.nchunk, 1, "in the chunk the far ones left");
	idset_free(&set);
}

int
main(void)
{
	chained();
	far_lines();
	return TAP_DONE();
}
