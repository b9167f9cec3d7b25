/*
 * ids.h: ids for the tests of the id set, "goal-I" for a number I, so
 * that a test can add many and tell each again.
 */
#ifndef IDS_H
#define IDS_H

#include <stdio.h>

/* Adds goal-i at line; returns what idset_add() does. */
static inline unsigned long
add(struct idset *set, unsigned long i, unsigned long line)
{
	char	 id[32];
	int	 len;

	len = snprintf(id, sizeof(id), "goal-%lu", i);
	return idset_add(set, id, (size_t)len, line);
}

#endif /* IDS_H */
