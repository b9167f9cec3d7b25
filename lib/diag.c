/*
 * diag.c: diagnostics as data.  The commands decide how to show them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

static const char *const level_names[] = {
	"off", "note", "warning", "error"
};

void
goal_diags_init(struct goal_diags *d)
{
	memset(d, 0, sizeof(*d));
	d->arena = goal_arena_new();
}

void
goal_diags_clear(struct goal_diags *d)
{
	d->n = 0;
	goal_arena_reset(d->arena);
}

void
goal_diags_free(struct goal_diags *d)
{
	free(d->v);
	goal_arena_free(d->arena);
	memset(d, 0, sizeof(*d));
}

/*
 * Adds a diagnostic.  The file name and rule id are not copied: they
 * outlive the diagnostics (the reader's file name, the rule tables).
 */
struct goal_diag *
goal_diags_vadd(struct goal_diags *d, const char *file,
    const struct goal_pos *pos, const char *rule, enum goal_level level,
    const char *fmt, va_list ap)
{
	struct goal_diag	*g;
	char			*msg;

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = goal_xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	msg = goal_arena_vprintf(d->arena, fmt, ap);

	g = &d->v[d->n++];
	memset(g, 0, sizeof(*g));
	g->file = file;
	if (pos != NULL)
		g->pos = *pos;
	g->rule = rule;
	g->level = level;
	g->message = msg;
	return g;
}

/*
 * Adds a diagnostic.  The file name and rule id are not copied: they
 * outlive the diagnostics (the reader's file name, the rule tables).
 */
struct goal_diag *
goal_diags_add(struct goal_diags *d, const char *file,
    const struct goal_pos *pos, const char *rule, enum goal_level level,
    const char *fmt, ...)
{
	struct goal_diag	*g;
	va_list			 ap;

	va_start(ap, fmt);
	g = goal_diags_vadd(d, file, pos, rule, level, fmt, ap);
	va_end(ap);
	return g;
}

/*
 * Puts the diagnostics in input order; those at one place keep the order
 * in which they were found.  A merge sort: stable, and n log n for a goal
 * with many thousands of findings.
 */
static void
merge_sort(struct goal_diag *v, struct goal_diag *tmp, size_t n)
{
	size_t	 mid, i, j, k;

	if (n < 2)
		return;
	mid = n / 2;
	merge_sort(v, tmp, mid);
	merge_sort(v + mid, tmp, n - mid);
	if (v[mid - 1].pos.off <= v[mid].pos.off)
		return;
	memcpy(tmp, v, n * sizeof(*v));
	for (i = 0, j = mid, k = 0; i < mid && j < n; k++)
		v[k] = tmp[j].pos.off < tmp[i].pos.off ? tmp[j++] : tmp[i++];
	while (i < mid)
		v[k++] = tmp[i++];
	while (j < n)
		v[k++] = tmp[j++];
}

void
goal_diags_sort(struct goal_diags *d)
{
	struct goal_diag	*tmp;

	if (d->n < 2)
		return;
	tmp = goal_xreallocarray(NULL, d->n, sizeof(*tmp));
	merge_sort(d->v, tmp, d->n);
	free(tmp);
}

const char *
goal_level_name(enum goal_level level)
{
	return level_names[level];
}

int
goal_level_parse(const char *s, enum goal_level *level)
{
	size_t	 i;

	for (i = 0; i < sizeof(level_names) / sizeof(level_names[0]); i++)
		if (strcmp(s, level_names[i]) == 0) {
			*level = (enum goal_level)i;
			return 0;
		}
	return -1;
}
