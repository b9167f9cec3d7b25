/*
 * source.h: the reader's input, private to lib/.
 *
 * libyaml reads through source_read(), which enforces the limits of
 * goal(5) on the bytes as they arrive and keeps the text that libyaml has
 * read but not yet turned into events.  libyaml's marks count characters;
 * the source turns them into byte offsets, lines and byte columns.
 */
#ifndef SOURCE_H
#define SOURCE_H

#include <stdint.h>
#include <stdio.h>

#include "goal.h"

enum source_error {
	SOURCE_OK,
	SOURCE_IO,		/* errno says why */
	SOURCE_UTF8,		/* invalid UTF-8 */
	SOURCE_CONTROL,		/* a C0 control character */
	SOURCE_TOO_LONG		/* over GOAL_MAX_SCALAR between two events */
};

struct source {
	FILE		*fp;
	int		 eof;

	/* Bytes read and not yet passed: buf[0] is at file offset base. */
	char		*buf;
	size_t		 len;
	size_t		 cap;
	unsigned long	 base;
	unsigned long	 total;		/* bytes read from the file */

	/* Where the last event ended: the limit counts from here. */
	unsigned long	 event_end;

	enum source_error error;
	int		 saved_errno;
	unsigned long	 error_off;
	int		 pending;	/* an error to report at the next read */

	/* The UTF-8 sequence that a read may have cut in two. */
	int		 utf8_need;
	uint32_t	 utf8_cp;
	uint32_t	 utf8_min;
	unsigned long	 utf8_start;	/* the file offset of its first byte */
	uint32_t	 bad_cp;	/* the refused character */

	/* libyaml's character index to a byte offset, walking forward. */
	size_t		 index;
	unsigned long	 index_off;

	/* A byte offset to a line and column, walking forward. */
	unsigned long	 line;
	unsigned long	 line_start;
	unsigned long	 line_off;
};

void	 source_init(struct source *, FILE *);
void	 source_free(struct source *);
int	 source_read(void *, unsigned char *, size_t, size_t *);
unsigned long source_offset(struct source *, size_t);
void	 source_pos(struct source *, size_t, struct goal_pos *);
void	 source_pos_of_offset(struct source *, unsigned long, struct goal_pos *);
const char *source_text(struct source *, unsigned long, unsigned long, size_t *);
void	 source_passed(struct source *, unsigned long);

#endif /* SOURCE_H */
