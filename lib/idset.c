/*
 * idset.c: open addressing over 64-bit FNV-1a hashes of paths.  Two
 * paths with one hash would be taken for a duplicate; at 2^-64 a pair,
 * that is not a risk worth a copy of every path.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

void
idset_init(struct idset *set)
{
	memset(set, 0, sizeof(*set));
}

/*
 * Empties the set for the next document.  A table that grew for a big
 * document goes, so that clearing costs what its own document added and
 * the next document sizes its own: thousands of small documents after a
 * big one must not clear the big table each time.
 */
#define IDSET_KEEP	64

void
idset_clear(struct idset *set)
{
	if (set->cap > IDSET_KEEP) {
		idset_free(set);
		return;
	}
	if (set->n > 0)
		memset(set->slot, 0, set->cap * sizeof(*set->slot));
	set->n = 0;
}

void
idset_free(struct idset *set)
{
	free(set->slot);
	memset(set, 0, sizeof(*set));
}

/* A string's hash for the small tables of rule ids and nolint ids. */
size_t
goal_str_hash(const char *s)
{
	size_t	 h = 5381;

	while (*s != '\0')
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

static struct idset_slot *
find(struct idset_slot *slot, size_t cap, uint64_t h)
{
	size_t	 i;

	for (i = h & (cap - 1); slot[i].hash != 0 && slot[i].hash != h;
	    i = (i + 1) & (cap - 1))
		continue;
	return &slot[i];
}

static void
grow(struct idset *set)
{
	struct idset_slot	*old = set->slot;
	size_t			 i, oldcap = set->cap;

	set->cap = oldcap ? oldcap * 2 : IDSET_KEEP;
	set->slot = goal_xcalloc(set->cap, sizeof(*set->slot));
	for (i = 0; i < oldcap; i++)
		if (old[i].hash != 0)
			*find(set->slot, set->cap, old[i].hash) = old[i];
	free(old);
}

/*
 * Adds a path seen at a line.  Returns 0 when it is new, else the line
 * where it was first seen.
 */
unsigned long
idset_add(struct idset *set, const char *s, size_t len, unsigned long line)
{
	struct idset_slot	*slot;
	uint64_t		 h;

	if (set->n + 1 > set->cap / 2)
		grow(set);
	h = hash(s, len);
	slot = find(set->slot, set->cap, h);
	if (slot->hash == h)
		return slot->line;
	slot->hash = h;
	slot->line = line;
	set->n++;
	return 0;
}
