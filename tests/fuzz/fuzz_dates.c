/*
 * fuzz_dates.c: libFuzzer's entry point over the date, span and phrase
 * parsers: dates, spans long and short, remind lists, cadences, and the
 * deadline, due, cadence and count phrases of goal sentences with
 * anchors from 1970 to 9999.  Built and run by `make fuzz`.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* 1970-01-01, 2000-02-29, 2026-11-24, 2027-12-31, 9999-12-31 */
	static const long	 anchors[] = { 0L, 11016L, 20781L, 21548L,
	    2932896L };
	struct goal_period	 p;
	struct goal_span	 s, rv[GOAL_MAX_REMIND];
	struct goal_deadline	 dl;
	struct goal_cadence	 cad;
	struct goal_count	 count;
	char			*str, buf[16];
	size_t			 i, n;

	/* The parsers take a length, but their text is NUL-ended too. */
	str = goal_xstrndup((const char *)data, size);
	if (goal_date_parse(str, size, &p) == GOAL_DATE_OK) {
		goal_period_label(&p, buf);
		goal_period_next(&p);
	}
	if (goal_span_parse(str, size, &s) == 0)
		goal_span_add(20781L, &s);
	if (goal_span_parse_short(str, size, &s) == 0)
		goal_span_add(20781L, &s);
	goal_remind_parse(str, size, rv, GOAL_MAX_REMIND, &n);
	if (goal_every_parse(str, size, &s) == 0)
		goal_span_add(20781L, &s);
	for (i = 0; i < sizeof(anchors) / sizeof(*anchors); i++) {
		goal_phrase_deadline(str, size, anchors[i], &dl);
		goal_phrase_counts(str, size, &dl, &count);
		goal_phrase_due(str, size, anchors[i], &dl);
	}
	goal_phrase_cadence(str, size, &cad);
	goal_phrase_counts(str, size, NULL, &count);
	free(str);
	return 0;
}
