/*
 * cmd.c: the helpers every command shares (cmd.h).
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "goal.h"
#include "cmd.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

static const char	*name = "goal";
static const char	*usage_text = "";

void
cmd_init(const char *cmd, const char *usage)
{
	name = cmd;
	usage_text = usage;
}

/* A one-line reason and the usage lines on standard error; exit 2. */
void
cmd_usage(const char *fmt, ...)
{
	va_list	 ap;

	fprintf(stderr, "%s: ", name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s", usage_text);
	exit(2);
}

/* What getopt_long() returned ':' or '?' for: a usage error. */
void
cmd_bad_option(int c, char *const *argv)
{
	if (c == ':')
		cmd_usage("%s needs a value", argv[optind - 1]);
	if (optopt != 0)
		cmd_usage("unknown option -%c", optopt);
	cmd_usage("unknown option %s", argv[optind - 1]);
}

/* -h: the usage and the help on standard output; exit status 0 or 2. */
int
cmd_help(const char *help)
{
	fputs(usage_text, stdout);
	fputs(help, stdout);
	return cmd_finish_output();
}

int
cmd_version(void)
{
	printf("%s %s\n", name, VERSION);
	return cmd_finish_output();
}

/* -t DATE, else SOURCE_DATE_EPOCH, else the local date. */
long
cmd_today(const char *arg)
{
	long	 today;

	if (goal_date_today(arg, &today) == 0)
		return today;
	if (arg != NULL)
		cmd_usage("-t: \"%s\" is not a date (YYYY-MM-DD)", arg);
	cmd_usage("SOURCE_DATE_EPOCH: \"%s\" is not a number of seconds",
	    getenv("SOURCE_DATE_EPOCH"));
}

/*
 * --color: auto colours only on a terminal and only when NO_COLOR is
 * unset or empty; always and never do what they say.
 */
int
cmd_color(const char *when)
{
	const char	*no = getenv("NO_COLOR");

	if (strcmp(when, "always") == 0)
		return 1;
	if (strcmp(when, "never") == 0)
		return 0;
	if (strcmp(when, "auto") != 0)
		cmd_usage("--color: \"%s\" is not auto, always or never", when);
	return isatty(STDOUT_FILENO) && (no == NULL || *no == '\0');
}

/* A file that cannot be opened: "goal-due: nope.yaml: No such file ...". */
void
cmd_cannot_read(const char *file)
{
	fprintf(stderr, "%s: %s: %s\n", name, file, strerror(errno));
}

/* Checks that all output was written; a closed pipe is not news. */
int
cmd_finish_output(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout) && fclose(stdout) == 0)
		return 0;
	if (errno != EPIPE)
		fprintf(stderr, "%s: write error: %s\n", name,
		    strerror(errno));
	return 2;
}
