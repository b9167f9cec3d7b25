/*
 * ics.h: what the iCalendar modules of lib/ share (ics.c, ics_text.c).
 */
#ifndef ICS_H
#define ICS_H

#include "libgoal.h"

char	*ics_uid(const struct goal_item *, const char *, const char *);

#endif /* ICS_H */
