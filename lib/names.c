/*
 * names.c: the words goal(5) and the options use for each enumeration,
 * one table each, for the model that reads them and the commands and
 * writers that print them.
 */
#include <string.h>

#include "libgoal.h"

/* Each table is indexed by its enum and ends with NULL; "" is "none". */
const char *const goal_area_names[] = { "", "earnings", "knowledge",
	"impact", "responsibility", "experiences", NULL };
const char *const goal_horizon_names[] = { "", "1y", "5y", "10y", NULL };
const char *const goal_status_names[] = { "active", "achieved", "paused",
	"dropped", NULL };
const char *const goal_share_names[] = { "private", "buddy", "circle",
	"public", NULL };
const char *const goal_cadence_names[] = { "weekly", "monthly",
	"quarterly", "yearly", NULL };
static const char *const due_from_names[] = { "", "due", "span", "text",
	"parent", NULL };
static const char *const unit_names[] = { "day", "week", "month",
	"quarter", "year", NULL };

/* NULL for "none", so that writers can print null or "-". */
static const char *
name_of(const char *const *names, int i)
{
	return names[i][0] != '\0' ? names[i] : NULL;
}

const char *
goal_area_name(enum goal_area a)
{
	return name_of(goal_area_names, a);
}

const char *
goal_horizon_name(enum goal_horizon h)
{
	return name_of(goal_horizon_names, h);
}

const char *
goal_status_name(enum goal_status s)
{
	return goal_status_names[s];
}

const char *
goal_share_name(enum goal_share s)
{
	return goal_share_names[s];
}

const char *
goal_due_from_name(enum goal_due_from f)
{
	return name_of(due_from_names, f);
}

const char *
goal_unit_name(enum goal_unit u)
{
	return unit_names[u];
}

/* The index of a name of a table, -1 when it is not one ("" never is). */
int
goal_name_index(const char *const *names, const char *s, size_t len)
{
	int	 i;

	for (i = 0; names[i] != NULL; i++)
		if (names[i][0] != '\0' && strlen(names[i]) == len &&
		    memcmp(names[i], s, len) == 0)
			return i;
	return -1;
}

int
goal_share_parse(const char *s, enum goal_share *share)
{
	int	 i;

	if ((i = goal_name_index(goal_share_names, s, strlen(s))) < 0)
		return -1;
	*share = (enum goal_share)i;
	return 0;
}

/* A period unit for -b: week, month, quarter or year. */
int
goal_unit_parse(const char *s, enum goal_unit *unit)
{
	int	 i;

	if ((i = goal_name_index(unit_names, s, strlen(s))) <= 0)
		return -1;
	*unit = (enum goal_unit)i;
	return 0;
}
