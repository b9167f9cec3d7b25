/*
 * input.c: opening the files the tools read, the same way in each: "-"
 * is standard input, named <stdin>; a directory is refused at once, not
 * met as a read error inside the YAML.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "libgoal.h"

/*
 * Opens a goal file by its name on the command line and sets *shown to
 * the name to report.  NULL with errno set when it cannot be read.
 */
FILE *
goal_open_input(const char *name, const char **shown)
{
	struct stat	 st;
	FILE		*fp;

	if (strcmp(name, "-") == 0) {
		*shown = "<stdin>";
		return stdin;
	}
	*shown = name;
	if ((fp = fopen(name, "r")) == NULL)
		return NULL;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		errno = EISDIR;
		return NULL;
	}
	return fp;
}

/* Closes what goal_open_input() opened; standard input stays open. */
void
goal_close_input(FILE *fp)
{
	if (fp != NULL && fp != stdin)
		fclose(fp);
}

/* A file's name without its directories, as a calendar's UID holds it. */
const char *
goal_base_name(const char *file)
{
	const char	*slash = strrchr(file, '/');

	return slash != NULL ? slash + 1 : file;
}
