/*
 * alloc.c: allocation that cannot fail, and arenas.
 *
 * Running out of memory is the one condition the library does not hand
 * back to its caller: every caller would do the same thing with it.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

/*
 * Running out of memory ends the program, whatever asked: libyaml, PCRE2
 * or our own allocations.  No size is printed: an overflowed request has
 * no meaningful one.
 */
void
goal_nomem(void)
{
	fputs("goal tools: out of memory\n", stderr);
	abort();
}

void *
goal_xmalloc(size_t size)
{
	void	*p;

	if ((p = malloc(size ? size : 1)) == NULL)
		goal_nomem();
	return p;
}

void *
goal_xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		goal_nomem();
	return p;
}

void *
goal_xrealloc(void *old, size_t size)
{
	void	*p;

	if ((p = realloc(old, size ? size : 1)) == NULL)
		goal_nomem();
	return p;
}

void *
goal_xreallocarray(void *old, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		goal_nomem();
	return goal_xrealloc(old, n * size);
}

char *
goal_xstrndup(const char *s, size_t len)
{
	char	*p;

	p = goal_xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
goal_xstrdup(const char *s)
{
	return goal_xstrndup(s, strlen(s));
}

/*
 * An arena is a list of blocks.  Resetting it keeps the first block, so a
 * reader that resets one arena per goal allocates nothing in the steady
 * state unless a goal is larger than any before it.
 */
struct arena_block {
	struct arena_block	*next;
	size_t			 size;
	/* the memory follows, aligned for any type */
	union goal_arena_align	 data[];
};

#define ARENA_BLOCK	(64 * 1024)
#define ARENA_ALIGN	GOAL_ARENA_ALIGN

struct goal_arena *
goal_arena_new(void)
{
	return goal_xcalloc(1, sizeof(struct goal_arena));
}

static void
free_blocks(struct arena_block *b)
{
	struct arena_block	*next;

	for (; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
}

void
goal_arena_free(struct goal_arena *a)
{
	if (a == NULL)
		return;
	free_blocks(a->head);
	free(a);
}

void
goal_arena_reset(struct goal_arena *a)
{
	struct arena_block	*keep;

	if (a->head == NULL)
		return;
	/* Keep the largest block: it is the newest, at the head. */
	keep = a->head;
	free_blocks(keep->next);
	keep->next = NULL;
	a->next = (char *)keep->data;
	a->end = a->next + keep->size;
}

/* Whether the arena has outgrown its first block since it was reset. */
int
goal_arena_spilled(const struct goal_arena *a)
{
	return a->head != NULL && a->head->next != NULL;
}

/* What goal_arena_alloc() does when the head block has no room. */
void *
goal_arena_grow(struct goal_arena *a, size_t size)
{
	struct arena_block	*b;
	size_t			 need, bsize;

	if (size > SIZE_MAX - ARENA_ALIGN - sizeof(*b))
		goal_nomem();
	need = (size + ARENA_ALIGN - 1) / ARENA_ALIGN * ARENA_ALIGN;
	bsize = ARENA_BLOCK;
	if (a->head != NULL && a->head->size >= bsize)
		bsize = a->head->size;
	if (bsize < need)
		bsize = need;
	b = goal_xmalloc(sizeof(*b) + bsize);
	b->size = bsize;
	b->next = a->head;
	a->head = b;
	a->next = (char *)b->data + need;
	a->end = (char *)b->data + bsize;
	return b->data;
}

/* Formatted into the arena; most strings are short, formatted once. */
char *
goal_arena_vprintf(struct goal_arena *a, const char *fmt, va_list ap)
{
	va_list	 ap2;
	char	*p, buf[256];
	int	 len;

	va_copy(ap2, ap);
	len = vsnprintf(buf, sizeof(buf), fmt, ap2);
	va_end(ap2);
	if (len < 0)
		len = 0;
	if ((size_t)len < sizeof(buf))
		return goal_arena_strndup(a, buf, (size_t)len);
	p = goal_arena_alloc(a, (size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

char *
goal_arena_printf(struct goal_arena *a, const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = goal_arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}
