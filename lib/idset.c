/*
 * idset.c: a set of 64-bit FNV-1a hashes of paths, each with the line
 * where it was first seen.  Two paths with one hash would be taken for a
 * duplicate; at 2^-64 a pair, that is not a risk worth a copy of every
 * path.
 *
 * A document of a million goals must not cost a table of 16-byte slots
 * kept half empty and copied whole when it doubles (48 MiB at its peak).
 * So each id is a 16-byte entry appended to a chunk, and chunks never
 * move: only the first grows, while it is small, so that the sets of a
 * few step ids or JSON keys stay a few hundred bytes.  The entries are
 * chained from a table of 32-bit bucket heads kept one to two entries a
 * bucket; when it doubles, the old one goes first and the new one is
 * rebuilt from the entries.  That is 18 to 20 bytes an id.
 *
 * An entry keeps the low 32 bits of its line and its chunk the high
 * ones, all alike: an id whose line needs other high bits starts the
 * next chunk, which happens once every 2^32 lines of a document.  Past
 * the last index 32 bits can name the set goes on in a second set,
 * searched after it: no answer is ever cut short.  Neither limit can
 * be tested at full size, so both can be made small at compile time.
 */
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

#ifndef IDSET_SHIFT
#define IDSET_SHIFT	12		/* 4096 entries, 64 KiB a chunk */
#endif
#define IDSET_CHUNK	((size_t)1 << IDSET_SHIFT)
#define IDSET_FIRST	16		/* entries of a new first chunk */
#define IDSET_KEEP	64		/* entries of a first chunk kept */
#define IDSET_HEADS	8		/* buckets of a new table */
#ifndef IDSET_SLOTS
#define IDSET_SLOTS	((size_t)UINT32_MAX)	/* 32-bit indices */
#endif

#if IDSET_FIRST > (1 << IDSET_SHIFT)
#error "IDSET_SHIFT leaves no room for the first chunk"
#endif

void
idset_init(struct idset *set)
{
	memset(set, 0, sizeof(*set));
}

static void
release(struct idset *set)
{
	size_t	 c;

	for (c = 0; c < set->nchunk; c++)
		free(set->chunk[c].e);
	free(set->chunk);
	free(set->head);
}

void
idset_free(struct idset *set)
{
	struct idset	*m, *next;

	if (set->nchunk == 0)
		return;		/* as idset_init left it */
	for (m = set->more; m != NULL; m = next) {
		next = m->more;
		release(m);
		free(m);
	}
	release(set);
	memset(set, 0, sizeof(*set));
}

/*
 * Empties the set for the next document.  A set that grew for a big
 * document goes, so that clearing costs what its own document added and
 * the next document sizes its own: thousands of small documents after a
 * big one must not clear the big table each time.
 */
void
idset_clear(struct idset *set)
{
	if (set->nchunk > 1 || set->first > IDSET_KEEP || set->more != NULL) {
		idset_free(set);
		return;
	}
	if (set->n > 0) {
		memset(set->head, 0, set->nhead * sizeof(*set->head));
		set->chunk[0].n = 1;
		set->used = 1;
	}
	set->n = 0;
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

/* Never 0, as when 0 marked an empty slot: the same pairs collide. */
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

static int
lookup(const struct idset *set, uint64_t h, unsigned long *line)
{
	const struct idset_chunk	*ck;
	const struct idset_entry	*e;
	uint32_t			 i;

	if (set->nhead == 0)
		return 0;
	for (i = set->head[h & (set->nhead - 1)]; i != 0; i = e->next) {
		ck = &set->chunk[i >> IDSET_SHIFT];
		e = &ck->e[i & (IDSET_CHUNK - 1)];
		if (e->hash == h) {
			*line = (unsigned long)((uint64_t)ck->hi << 32 |
			    e->line);
			return 1;
		}
	}
	return 0;
}

/* The old table goes before the new one is made: no transient copy. */
static void
rehash(struct idset *set, size_t nhead)
{
	struct idset_entry	*e;
	uint32_t		*b;
	size_t			 c, j;

	free(set->head);
	set->head = goal_xcalloc(nhead, sizeof(*set->head));
	set->nhead = nhead;
	for (c = 0; c < set->nchunk; c++)
		for (j = c == 0; j < set->chunk[c].n; j++) {
			e = &set->chunk[c].e[j];
			b = &set->head[e->hash & (nhead - 1)];
			e->next = *b;
			*b = (uint32_t)((c << IDSET_SHIFT) + j);
		}
}

#define MIN(a, b)	((a) < (b) ? (a) : (b))

/*
 * A chunk for ids whose lines have high bits hi.  Slot 0 of the first
 * stays empty: index 0 ends a chain.
 */
static void
new_chunk(struct idset *set, uint32_t hi)
{
	struct idset_chunk	*ck;
	size_t			 c = set->nchunk, size = IDSET_CHUNK;

	if (c == set->chunkcap) {
		set->chunkcap = set->chunkcap ? set->chunkcap * 2 : 4;
		set->chunk = goal_xreallocarray(set->chunk, set->chunkcap,
		    sizeof(*set->chunk));
	}
	if (c == 0)
		size = set->first = IDSET_FIRST;
	ck = &set->chunk[set->nchunk++];
	ck->e = goal_xreallocarray(NULL, size, sizeof(*ck->e));
	ck->n = c == 0;
	ck->hi = hi;
	set->used = MIN((c << IDSET_SHIFT) + ck->n, IDSET_SLOTS);
	set->end = MIN((c << IDSET_SHIFT) + size, IDSET_SLOTS);
}

/*
 * Where the next id goes when the last chunk has no room or other high
 * bits of lines; 0 when the set has no index left.
 */
static size_t
take(struct idset *set, uint32_t hi)
{
	struct idset_chunk	*ck;

	if (set->nchunk == 0) {
		new_chunk(set, hi);
		return set->used;
	}
	ck = &set->chunk[set->nchunk - 1];
	if (ck->n == (set->nchunk == 1))	/* empty */
		ck->hi = hi;
	if (ck->hi == hi && set->used < set->end)
		return set->used;
	/* The first chunk grows while it is small, then at once. */
	if (ck->hi == hi && set->nchunk == 1 && set->first < IDSET_CHUNK &&
	    set->end < IDSET_SLOTS) {
		set->first = set->first < IDSET_KEEP ? set->first * 2 :
		    IDSET_CHUNK;
		ck->e = goal_xreallocarray(ck->e, set->first, sizeof(*ck->e));
		set->end = MIN(set->first, IDSET_SLOTS);
		return set->used;
	}
	if (set->nchunk << IDSET_SHIFT >= IDSET_SLOTS)
		return 0;
	new_chunk(set, hi);
	return set->used;
}

/* Takes a slot for a new id; 0 when the set has no index left. */
static int
append(struct idset *set, uint64_t h, unsigned long line)
{
	struct idset_entry	*e;
	uint32_t		*b, hi = (uint32_t)((uint64_t)line >> 32);
	size_t			 slot = set->used;

	if ((slot >= set->end || set->chunk[slot >> IDSET_SHIFT].hi != hi) &&
	    (slot = take(set, hi)) == 0)
		return 0;
	if (set->n >= 2 * set->nhead)
		rehash(set, set->nhead ? set->nhead * 2 : IDSET_HEADS);
	e = &set->chunk[slot >> IDSET_SHIFT].e[slot & (IDSET_CHUNK - 1)];
	b = &set->head[h & (set->nhead - 1)];
	e->hash = h;
	e->line = (uint32_t)line;
	e->next = *b;
	*b = (uint32_t)slot;
	set->chunk[slot >> IDSET_SHIFT].n++;
	set->used = slot + 1;
	set->n++;
	return 1;
}

/*
 * A big set is a table of random accesses, two cache misses an id: the
 * bucket, then its first entry.  A reader that knows ids before it adds
 * them fetches both ahead, in two steps, the second once the first has
 * had time to arrive.  A hint only: nothing changes, and a wrong guess
 * costs a fetch.
 */
uint64_t
idset_hash(const char *s, size_t len)
{
	return hash(s, len);
}

void
idset_prefetch_bucket(const struct idset *set, uint64_t h)
{
	if (set->nhead > 0)
		goal_prefetch(&set->head[h & (set->nhead - 1)]);
}

void
idset_prefetch_entry(const struct idset *set, uint64_t h)
{
	uint32_t	 i;

	if (set->nhead == 0 ||
	    (i = set->head[h & (set->nhead - 1)]) == 0)
		return;
	goal_prefetch(&set->chunk[i >> IDSET_SHIFT].e[i &
	    (IDSET_CHUNK - 1)]);
}

/*
 * Adds a path seen at a line.  Returns 0 when it is new, else the line
 * where it was first seen.
 */
unsigned long
idset_add(struct idset *set, const char *s, size_t len, unsigned long line)
{
	uint64_t	 h = hash(s, len);
	unsigned long	 first;

	for (;; set = set->more) {
		if (lookup(set, h, &first))
			return first;
		if (append(set, h, line))
			return 0;
		if (set->more == NULL) {
			set->more = goal_xmalloc(sizeof(*set->more));
			idset_init(set->more);
		}
	}
}
