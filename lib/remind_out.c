/*
 * remind_out.c: goal-due's items as remind(1) REM lines, so that remind,
 * its calendars and wyrd show the dates goal-due does.
 */
#include <stdio.h>
#include <string.h>

#include "libgoal.h"

static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	"Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/*
 * Text that remind prints as it is: % starts a substitution, so it is
 * doubled; [ starts an expression, so it is written as one that gives
 * "["; a line end would end the REM, and a backslash at the end of a
 * line continues it: both become spaces.  Other controls (tab) too.
 */
static void
safe(FILE *fp, const char *s)
{
	size_t	 len = strlen(s);

	while (len > 0 && ((unsigned char)s[len - 1] <= ' ' ||
	    s[len - 1] == '\\'))
		len--;
	while (len > 0 && (unsigned char)*s <= ' ') {
		s++;
		len--;
	}
	for (; len > 0; s++, len--) {
		if (*s == '%')
			fputs("%%", fp);
		else if (*s == '[')
			fputs("[\"[\"]", fp);
		else if ((unsigned char)*s < ' ' || *s == 0x7F)
			putc(' ', fp);
		else
			putc(*s, fp);
	}
}

int
goal_remind_write(FILE *fp, const struct goal_items *items,
    const struct goal_remind *deflt)
{
	struct goal_item	 view;
	const struct goal_item	*it = &view;
	long			 days[GOAL_MAX_REMIND], lead;
	size_t			 i, j, n;
	int			 y, m, d;

	for (i = 0; i < items->n && !ferror(fp); i++) {
		goal_items_get(items, i, &view);
		goal_date_to_ymd(it->day, &y, &m, &d);
		fprintf(fp, "REM %d %s %d", d, months[m - 1], y);
		n = goal_item_reminders(it, deflt, days);
		for (lead = 0, j = 0; j < n; j++)
			if (days[j] > lead)
				lead = days[j];
		if (lead > 0)
			fprintf(fp, " +%ld", lead);
		fprintf(fp, " MSG %s ", goal_item_kind_name(it->kind));
		safe(fp, it->path);
		if (it->text != NULL) {
			putc(' ', fp);
			safe(fp, it->text);
		}
		putc('\n', fp);
	}
	return ferror(fp) ? -1 : 0;
}
