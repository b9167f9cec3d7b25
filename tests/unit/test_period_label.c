/*
 * test_period_label.c: the labels of periods, written by hand, against
 * the snprintf() formats they replaced, for every period of every unit
 * from year 1 to 9999 (days: those of 1999 to 2101, they are dates).
 */
#include <stdio.h>
#include <string.h>

#include "goal.h"
#include "tap.h"

/* The label as snprintf() wrote it before. */
static void
reference(const struct goal_period *p, char buf[16])
{
	struct goal_period	 w, jan4;
	int			 y, m, d, ty, tm, td;
	long			 thursday, day;

	goal_date_to_ymd(p->first, &y, &m, &d);
	switch (p->unit) {
	case GOAL_DAY:
		goal_date_format(p->first, buf);
		break;
	case GOAL_WEEK:
		goal_period_of(p->first, GOAL_WEEK, &w);
		thursday = w.first + 3;
		goal_date_to_ymd(thursday, &ty, &tm, &td);
		goal_date_from_ymd(ty, 1, 4, &day);
		goal_period_of(day, GOAL_WEEK, &jan4);
		snprintf(buf, 16, "%04u-W%02u", (unsigned)ty % 10000u,
		    (unsigned)((thursday - jan4.first) / 7 + 1) % 100u);
		break;
	case GOAL_MONTH:
		snprintf(buf, 16, "%04u-%02u", (unsigned)y % 10000u,
		    (unsigned)m % 100u);
		break;
	case GOAL_QUARTER:
		snprintf(buf, 16, "%04u-Q%u", (unsigned)y % 10000u,
		    (unsigned)(m - 1) / 3u % 4u + 1u);
		break;
	case GOAL_YEAR:
		snprintf(buf, 16, "%04u", (unsigned)y % 10000u);
		break;
	}
}

static void
every_period(enum goal_unit unit, int y0, int y1)
{
	struct goal_period	 p;
	char			 got[16], want[16];
	long			 first, last, n = 0, bad = 0;

	goal_date_from_ymd(y0, 1, 4, &first);
	goal_date_from_ymd(y1, 12, 24, &last);
	for (goal_period_of(first, unit, &p); p.last <= last;
	    goal_period_next(&p)) {
		memset(got, 'x', sizeof(got));
		reference(&p, want);
		goal_period_label(&p, got);
		n++;
		if (strcmp(got, want) != 0 && bad++ == 0)
			printf("# %s: got \"%.15s\", want \"%s\"\n",
			    goal_unit_name(unit), got, want);
	}
	OK(bad == 0 && n > 9000, "every %s from year %d to %d (%ld) is "
	    "labelled as snprintf() labelled it", goal_unit_name(unit), y0,
	    y1, n);
}

int
main(void)
{
	every_period(GOAL_DAY, 1999, 2101);
	every_period(GOAL_WEEK, 1, 9999);
	every_period(GOAL_MONTH, 1, 9999);
	every_period(GOAL_QUARTER, 1, 9999);
	every_period(GOAL_YEAR, 1, 9999);
	return TAP_DONE();
}
