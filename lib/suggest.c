/*
 * suggest.c: "did you mean" for misspelt keys, values and rule ids.
 */
#include <string.h>

#include "libgoal.h"

#define SUGGEST_MAX	64

/* The optimal string alignment distance: typos, with swapped letters. */
static size_t
distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t	 d[SUGGEST_MAX + 1][SUGGEST_MAX + 1];
	size_t	 i, j, cost, best;

	for (i = 0; i <= la; i++)
		d[i][0] = i;
	for (j = 0; j <= lb; j++)
		d[0][j] = j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			cost = a[i - 1] != b[j - 1];
			best = d[i - 1][j - 1] + cost;
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

/*
 * The name nearest to word, when it is near enough to be a typo: at most
 * one edit in a short word, two in a longer one.  NULL otherwise.
 */
const char *
goal_suggest(const char *word, size_t len, const char *const *names,
    size_t n)
{
	const char	*best = NULL;
	size_t		 i, d, bestd, ln, limit;

	if (len == 0 || len > SUGGEST_MAX)
		return NULL;
	limit = len <= 4 ? 1 : 2;
	bestd = limit + 1;
	for (i = 0; i < n; i++) {
		ln = strlen(names[i]);
		if (ln > SUGGEST_MAX)
			continue;
		d = distance(word, len, names[i], ln);
		if (d < bestd) {
			bestd = d;
			best = names[i];
		}
	}
	return best;
}
