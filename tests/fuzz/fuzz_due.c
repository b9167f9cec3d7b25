/*
 * fuzz_due.c: libFuzzer's entry point over goal-due's work: the reader,
 * items kept in a window (-w, -a, -O, to-dos with achieved goals),
 * sorted, and written in every format (text, tsv, json, ics, vtodo,
 * remind) to /dev/null, through the library calls cmd/goal-due.c
 * makes.  The options come from a hash of the input, so that the whole
 * input stays a goal file.  Built and run by `make fuzz`.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

struct run {
	struct goal_items	 items;
	struct goal_window	 window;
	enum goal_share		 share;
	long			 today;
};

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct run	*run = arg;

	fuzz_diags(d);
	if (g != NULL)
		goal_items_add(&run->items, g, run->today, run->share,
		    &run->window);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const spans[] = { "2w", "10d", "2m", "1y", "1d" };
	struct run		 run;
	struct goal_due_opt	 o;
	struct goal_span	 within;
	struct goal_remind	 deflt;
	const char		**owners;
	uint32_t		 h;
	FILE			*fp;

	if ((fp = fuzz_open(data, size, &h)) == NULL)
		return 0;
	memset(&run, 0, sizeof(run));
	memset(&o, 0, sizeof(o));
	run.share = (enum goal_share)(h & 3);
	run.today = o.today = FUZZ_TODAY;
	if (goal_span_parse_short(spans[(h >> 2) % 5],
	    strlen(spans[(h >> 2) % 5]), &within) != 0)
		abort();
	if (goal_remind_parse("3w,2w,1w", 8, deflt.v, GOAL_MAX_REMIND,
	    &deflt.n) != 0)
		abort();
	o.soon = goal_span_add(o.today, &within);
	o.color = (h >> 5) & 1;
	o.width = (h >> 6) & 1 ? 20 + (h >> 7) % 100 : 0;
	/* The window: -w SPAN, -a, -O, and what calendars keep. */
	run.window.first = LONG_MIN;
	switch ((h >> 14) % 4) {
	case 0:
		run.window.last = o.soon;
		break;
	case 1:
		run.window.last = LONG_MAX;
		break;
	case 2:
		run.window.last = o.today - 1;
		break;
	default:
		run.window.last = LONG_MAX;
		run.window.completed = 1;
		run.window.details = 1;
		break;
	}
	fuzz_walk(fp, each_goal, &run);
	goal_items_sort(&run.items);
	o.owners = goal_items_owners(&run.items, &owners) > 1;
	free(owners);
	goal_due_text(null, &run.items, &o);
	goal_due_tsv(null, &run.items, &o);
	goal_due_json(null, &run.items, &o);
	goal_ics_write(null, &run.items, o.today, &deflt, 0);
	goal_ics_write(null, &run.items, o.today, &deflt, 1);
	goal_remind_write(null, &run.items, &deflt);
	goal_items_free(&run.items);
	return 0;
}
