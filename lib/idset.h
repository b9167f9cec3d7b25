/*
 * idset.h: a set of goal paths, private to lib/.  It keeps a 64-bit hash
 * and a line per path, not the path: the document-wide set holds every
 * top-level goal of a file that may have millions.
 */
#ifndef IDSET_H
#define IDSET_H

#include <stdint.h>

struct idset {
	struct idset_slot {
		uint64_t	 hash;	/* 0: empty */
		unsigned long	 line;
	}		*slot;
	size_t		 cap;
	size_t		 n;
};

void	 idset_init(struct idset *);
void	 idset_clear(struct idset *);
void	 idset_free(struct idset *);
unsigned long idset_add(struct idset *, const char *, size_t, unsigned long);

#endif /* IDSET_H */
