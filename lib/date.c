/*
 * date.c: days, periods and spans of goal(5), in the proleptic Gregorian
 * calendar.  A day is a count of days from 1970-01-01.  Nothing here
 * depends on the clock or the time zone but goal_date_today().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "libgoal.h"

#define MIN_YEAR	1
#define MAX_YEAR	9999

static int
is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
days_in_month(long y, int m)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* Days from 1970-01-01: Howard Hinnant's days_from_civil. */
static long
from_civil(long y, int m, int d)
{
	long		 era;
	unsigned long	 yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned long)(y - era * 400);
	doy = (153UL * (unsigned long)(m > 2 ? m - 3 : m + 9) + 2) / 5 +
	    (unsigned long)d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

int
goal_date_from_ymd(int y, int m, int d, long *day)
{
	if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 ||
	    d > days_in_month(y, m))
		return -1;
	*day = from_civil(y, m, d);
	return 0;
}

void
goal_date_to_ymd(long z, int *yp, int *mp, int *dp)
{
	long		 era, y;
	unsigned long	 doe, yoe, doy, mp0;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned long)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = (long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp0 = (5 * doy + 2) / 153;
	*dp = (int)(doy - (153 * mp0 + 2) / 5 + 1);
	*mp = (int)(mp0 < 10 ? mp0 + 3 : mp0 - 9);
	*yp = (int)(y + (*mp <= 2));
}

int
goal_date_weekday(long day)
{
	long	 w = (day + 3) % 7;	/* 1970-01-01 was a Thursday */

	return (int)(w < 0 ? w + 7 : w) + 1;
}

/* The days a date may be, whatever arithmetic asks: years 1 to 9999. */
static long
clamp_day(long day)
{
	long	 lo = from_civil(MIN_YEAR, 1, 1), hi = from_civil(MAX_YEAR, 12, 31);

	return day < lo ? lo : day > hi ? hi : day;
}

/*
 * Adds n units.  Months, quarters and years keep the day of the month,
 * clamped to the month's end: 2026-01-31 + 1 month = 2026-02-28.  The
 * result stays within the years 1 to 9999.
 */
long
goal_date_add(long day, long n, enum goal_unit unit)
{
	long	 months, total;
	int	 y, m, d;

	/* Beyond 10,000 years every answer is an end of the range. */
	if (n > 4000000L)
		n = 4000000L;
	if (n < -4000000L)
		n = -4000000L;
	day = clamp_day(day);
	switch (unit) {
	case GOAL_DAY:
		return clamp_day(day + n);
	case GOAL_WEEK:
		return clamp_day(day + 7 * n);
	case GOAL_MONTH:
		months = n;
		break;
	case GOAL_QUARTER:
		months = 3 * n;
		break;
	default:
		months = 12 * n;
		break;
	}
	goal_date_to_ymd(day, &y, &m, &d);
	total = (long)y * 12 + (m - 1) + months;
	if (total < MIN_YEAR * 12L)
		return from_civil(MIN_YEAR, 1, 1);
	if (total > MAX_YEAR * 12L + 11)
		return from_civil(MAX_YEAR, 12, 31);
	y = (int)(total / 12);
	m = (int)(total % 12) + 1;
	if (d > days_in_month(y, m))
		d = days_in_month(y, m);
	return from_civil(y, m, d);
}

/* The value of n digits, or -1 if one of them is none: in one pass. */
static int
number(const char *s, size_t n)
{
	int		 v = 0;
	size_t		 i;
	unsigned int	 d;

	for (i = 0; i < n; i++) {
		if ((d = (unsigned char)s[i] - (unsigned int)'0') > 9)
			return -1;
		v = v * 10 + (int)d;
	}
	return v;
}

static void
month_period(int y, int m, struct goal_period *p)
{
	p->unit = GOAL_MONTH;
	p->first = from_civil(y, m, 1);
	p->last = from_civil(y, m, days_in_month(y, m));
}

/*
 * Reads a written date: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Qn, as the
 * period it names.  GOAL_DATE_IMPOSSIBLE for the right shape and no such
 * day, GOAL_DATE_NOT_DATE for anything else.
 */
int
goal_date_parse(const char *s, size_t len, struct goal_period *p)
{
	int	 y, m, d, q;
	long	 day;

	if (len < 4 || (y = number(s, 4)) < 0 || (len > 4 && s[4] != '-'))
		return GOAL_DATE_NOT_DATE;
	switch (len) {
	case 4:
		if (y < MIN_YEAR)
			return GOAL_DATE_IMPOSSIBLE;
		p->unit = GOAL_YEAR;
		p->first = from_civil(y, 1, 1);
		p->last = from_civil(y, 12, 31);
		return GOAL_DATE_OK;
	case 7:
		if ((s[5] == 'Q' || s[5] == 'q') &&
		    (q = number(s + 6, 1)) >= 0) {
			if (y < MIN_YEAR || q < 1 || q > 4)
				return GOAL_DATE_IMPOSSIBLE;
			p->unit = GOAL_QUARTER;
			p->first = from_civil(y, 3 * q - 2, 1);
			p->last = from_civil(y, 3 * q, days_in_month(y, 3 * q));
			return GOAL_DATE_OK;
		}
		if ((m = number(s + 5, 2)) < 0)
			return GOAL_DATE_NOT_DATE;
		if (y < MIN_YEAR || m < 1 || m > 12)
			return GOAL_DATE_IMPOSSIBLE;
		month_period(y, m, p);
		return GOAL_DATE_OK;
	case 10:
		if ((m = number(s + 5, 2)) < 0 || s[7] != '-' ||
		    (d = number(s + 8, 2)) < 0)
			return GOAL_DATE_NOT_DATE;
		if (goal_date_from_ymd(y, m, d, &day) != 0)
			return GOAL_DATE_IMPOSSIBLE;
		p->unit = GOAL_DAY;
		p->first = p->last = day;
		return GOAL_DATE_OK;
	default:
		return GOAL_DATE_NOT_DATE;
	}
}

/*
 * Today: the date of -t if given (YYYY-MM-DD only), else
 * SOURCE_DATE_EPOCH read as UTC, else the local date.  -1 when the
 * argument or the variable is not what it should be.
 */
int
goal_date_today(const char *arg, long *day)
{
	struct goal_period	 p;
	const char		*env;
	char			*end;
	long long		 secs;
	time_t			 now;
	struct tm		 tm;

	if (arg != NULL) {
		if (goal_date_parse(arg, strlen(arg), &p) != GOAL_DATE_OK ||
		    p.unit != GOAL_DAY)
			return -1;
		*day = p.first;
		return 0;
	}
	if ((env = getenv("SOURCE_DATE_EPOCH")) != NULL) {
		errno = 0;
		secs = strtoll(env, &end, 10);
		if (end == env || *end != '\0' || errno != 0 || secs < 0 ||
		    secs > 253402300799LL)	/* 9999-12-31T23:59:59Z */
			return -1;
		*day = (long)(secs / 86400);
		return 0;
	}
	now = time(NULL);
	if (localtime_r(&now, &tm) == NULL)
		return -1;
	return goal_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday, day);
}

void
goal_date_format(long day, char buf[11])
{
	int	 y, m, d;

	unsigned	 uy;

	goal_date_to_ymd(day, &y, &m, &d);
	/* By hand: every record of every tool prints dates, printf is slow. */
	uy = (unsigned)y % 10000u;
	buf[0] = (char)('0' + uy / 1000);
	buf[1] = (char)('0' + uy / 100 % 10);
	buf[2] = (char)('0' + uy / 10 % 10);
	buf[3] = (char)('0' + uy % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10 % 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10 % 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
}

/* The Monday of the ISO week holding day. */
static long
week_start(long day)
{
	return day - (goal_date_weekday(day) - 1);
}

void
goal_period_of(long day, enum goal_unit unit, struct goal_period *p)
{
	int	 y, m, d, q;

	goal_date_to_ymd(day, &y, &m, &d);
	p->unit = unit;
	switch (unit) {
	case GOAL_DAY:
		p->first = p->last = day;
		break;
	case GOAL_WEEK:
		p->first = week_start(day);
		p->last = p->first + 6;
		break;
	case GOAL_MONTH:
		month_period(y, m, p);
		break;
	case GOAL_QUARTER:
		q = (m - 1) / 3 + 1;
		p->first = from_civil(y, 3 * q - 2, 1);
		p->last = from_civil(y, 3 * q, days_in_month(y, 3 * q));
		break;
	case GOAL_YEAR:
		p->first = from_civil(y, 1, 1);
		p->last = from_civil(y, 12, 31);
		break;
	}
	p->unit = unit;
}

void
goal_period_next(struct goal_period *p)
{
	goal_period_of(p->last + 1, p->unit, p);
}

/* n as two digits (%02u of n % 100), for the labels of periods. */
static char *
label_2digits(char *s, unsigned n)
{
	n %= 100u;
	s[0] = (char)('0' + n / 10);
	s[1] = (char)('0' + n % 10);
	return s + 2;
}

/*
 * The label of a period: 2027-W09, 2027-03, 2027-Q3, 2027, 2027-03-05.
 * An ISO week belongs to the year of its Thursday.  Written by hand,
 * not with snprintf(): goal-split -b labels every record.
 */
void
goal_period_label(const struct goal_period *p, char buf[16])
{
	int		 y, m, d;
	long		 thursday;
	unsigned	 uy, week = 0;
	char		*s = buf + 4;

	if (p->unit == GOAL_DAY) {
		goal_date_format(p->first, buf);
		return;
	}
	if (p->unit == GOAL_WEEK) {
		thursday = week_start(p->first) + 3;
		goal_date_to_ymd(thursday, &y, &m, &d);
		week = (unsigned)((thursday - week_start(from_civil(y, 1, 4))) /
		    7 + 1);
	} else
		goal_date_to_ymd(p->first, &y, &m, &d);
	uy = (unsigned)y % 10000u;
	label_2digits(label_2digits(buf, uy / 100), uy % 100);
	switch (p->unit) {
	case GOAL_WEEK:
		*s++ = '-';
		*s++ = 'W';
		s = label_2digits(s, week);
		break;
	case GOAL_MONTH:
		*s++ = '-';
		s = label_2digits(s, (unsigned)m);
		break;
	case GOAL_QUARTER:
		*s++ = '-';
		*s++ = 'Q';
		*s++ = (char)('0' + (unsigned)(m - 1) / 3u % 4u + 1u);
		break;
	default:
		break;
	}
	*s = '\0';
}

/* A unit name, singular or plural, any case; -1 if none. */
static int
unit_of(const char *s, size_t len)
{
	const char	*name;
	size_t		 i, n;

	for (i = 0; i < 5; i++) {
		name = goal_unit_name((enum goal_unit)i);
		n = strlen(name);
		if ((len == n || (len == n + 1 && (s[n] == 's' ||
		    s[n] == 'S'))) && strncasecmp(s, name, n) == 0)
			return (int)i;
	}
	return -1;
}

/* "N unit[s]": N from 1 to 9999. */
int
goal_span_parse(const char *s, size_t len, struct goal_span *span)
{
	size_t	 i = 0, nd;
	int	 u;

	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++;
	nd = i;
	if (nd == 0 || nd > 4 || i == len || s[i] != ' ')
		return -1;
	while (i < len && s[i] == ' ')
		i++;
	if ((u = unit_of(s + i, len - i)) < 0 || number(s, nd) < 1)
		return -1;
	span->n = number(s, nd);
	span->unit = (enum goal_unit)u;
	return 0;
}

long
goal_span_add(long day, const struct goal_span *span)
{
	return goal_date_add(day, span->n, span->unit);
}

/* "two weeks", "a month", "month": a count in words, then a unit. */
static int
every_words(const char *s, size_t len, struct goal_span *span)
{
	static const char *const numbers[] = { "a", "one", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve" };
	size_t	 i, n;
	int	 u;

	span->n = 1;
	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		n = strlen(numbers[i]);
		if (len > n + 1 && s[n] == ' ' &&
		    strncasecmp(s, numbers[i], n) == 0) {
			span->n = i == 0 ? 1 : (long)i;
			for (s += n, len -= n; len > 0 && *s == ' '; s++, len--)
				continue;
			break;
		}
	}
	if ((u = unit_of(s, len)) < 0)
		return -1;
	span->unit = (enum goal_unit)u;
	return 0;
}

/* A review cadence: weekly ... yearly, every N weeks, every N months. */
int
goal_every_parse(const char *s, size_t len, struct goal_span *span)
{
	static const char *const words[] = {
		"weekly", "monthly", "quarterly", "yearly"
	};
	static const enum goal_unit units[] = {
		GOAL_WEEK, GOAL_MONTH, GOAL_QUARTER, GOAL_YEAR
	};
	size_t	 i;

	for (i = 0; i < 4; i++)
		if (len == strlen(words[i]) &&
		    strncasecmp(s, words[i], len) == 0) {
			span->n = 1;
			span->unit = units[i];
			return 0;
		}
	if (len < 6 || strncasecmp(s, "every ", 6) != 0)
		return -1;
	for (i = 6; i < len && s[i] == ' '; i++)
		continue;
	if (goal_span_parse(s + i, len - i, span) != 0 &&
	    every_words(s + i, len - i, span) != 0)
		return -1;
	if (span->n > 999 ||
	    (span->unit != GOAL_WEEK && span->unit != GOAL_MONTH))
		return -1;
	return 0;
}

/*
 * A span as options and the remind key write it: "10d", "3w", "2m",
 * "1q", "1y", or as goal_span_parse() reads it ("3 weeks").
 */
int
goal_span_parse_short(const char *s, size_t len, struct goal_span *span)
{
	static const char	 letters[] = "dwmqy";
	const char		*u;
	size_t			 nd;

	for (nd = 0; nd < len && s[nd] >= '0' && s[nd] <= '9'; nd++)
		continue;
	if (nd == 0 || nd > 4 || nd + 1 != len || s[nd] == '\0' ||
	    (u = strchr(letters, s[nd] | 0x20)) == NULL)
		return goal_span_parse(s, len, span);
	if (number(s, nd) < 1)
		return -1;
	span->n = number(s, nd);
	span->unit = (enum goal_unit)(u - letters);
	return 0;
}

/* The length of s without the spaces at its end. */
static size_t
trimmed(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len;
}

/* One reminder span: days or weeks, up to a year before. */
static int
remind_one(const char *s, size_t len, struct goal_span *span)
{
	if (goal_span_parse_short(s, len, span) != 0)
		return -1;
	if (span->unit == GOAL_DAY)
		return span->n <= 366 ? 0 : -1;
	if (span->unit == GOAL_WEEK)
		return span->n <= 52 ? 0 : -1;
	return -1;
}

/*
 * When reminders fire: spans of days or weeks before a date, one or a
 * list separated by commas ("3w,2w,1w", "3w, 1w", "10d").  A calendar's
 * alarm counts days, never months: a month before has no fixed length.
 * Sets *n; -1 when an item is not such a span or there are more than max.
 */
int
goal_remind_parse(const char *s, size_t len, struct goal_span *v, size_t max,
    size_t *n)
{
	size_t	 i = 0, j;

	*n = 0;
	for (;;) {
		while (i < len && s[i] == ' ')
			i++;
		for (j = i; j < len && s[j] != ','; j++)
			continue;
		if (*n == max)
			return -1;
		if (remind_one(s + i, trimmed(s + i, j - i), &v[*n]) != 0)
			return -1;
		(*n)++;
		if (j == len)
			return 0;
		i = j + 1;
	}
}
