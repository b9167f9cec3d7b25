/*
 * goal-due: what is due, overdue, up for review or to reflect on, as a
 * list or as a calendar with reminders.
 */
#include <sys/ioctl.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "goal.h"
#include "cmd.h"

static const char usage_text[] =
    "usage: goal-due [-aOq] [-f text|tsv|json|ics|vtodo|remind] [-w SPAN] "
    "[-r SPANS]\n"
    "                [-s LEVEL] [-t DATE] [FILE]...\n";

static const char help_text[] =
    "Show what is due, overdue, up for review or to reflect on.\n"
    "\n"
    "  -f, --format FMT    text (default), tsv, json, ics, vtodo or remind\n"
    "  -w, --within SPAN   show what falls from today to today plus SPAN\n"
    "                      (10d, 3w, 2m; default 2w), and what is overdue\n"
    "  -a, --all           show every item\n"
    "  -O, --overdue       show what is overdue only\n"
    "  -q, --quiet         print nothing: the exit status says it\n"
    "  -r, --remind SPANS  calendar reminders before each date for goals\n"
    "                      without a remind key (default 3w,2w,1w)\n"
    "  -s, --share LEVEL   only goals shared with buddy, circle or public\n"
    "  -t, --today DATE    take DATE (YYYY-MM-DD) as today\n"
    "      --color WHEN    auto (default), always or never\n"
    "  -h, --help          show this help\n"
    "  -V, --version       show the version\n"
    "\n"
    "Exit status: 0 nothing overdue, 1 something overdue (lists only),\n"
    "2 fatal problems.\n";

enum { OPT_COLOR = 256 };

static const struct option long_options[] = {
	{ "format",	required_argument,	NULL, 'f' },
	{ "within",	required_argument,	NULL, 'w' },
	{ "all",	no_argument,		NULL, 'a' },
	{ "overdue",	no_argument,		NULL, 'O' },
	{ "quiet",	no_argument,		NULL, 'q' },
	{ "remind",	required_argument,	NULL, 'r' },
	{ "share",	required_argument,	NULL, 's' },
	{ "today",	required_argument,	NULL, 't' },
	{ "color",	required_argument,	NULL, OPT_COLOR },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ NULL,		0,			NULL, 0 }
};

enum format { F_TEXT, F_TSV, F_JSON, F_ICS, F_VTODO, F_REMIND };

static const char *const format_names[] = { "text", "tsv", "json", "ics",
	"vtodo", "remind" };

struct run {
	struct goal_items	 items;
	struct goal_window	 window;
	enum goal_share		 share;
	long			 today;
	int			 fatal;
};

/* The reader's findings go to standard error; the goal gives items. */
static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct run	*run = arg;
	size_t		 i;

	for (i = 0; i < d->n; i++) {
		goal_out_diag(stderr, GOAL_FORMAT_GNU, &d->v[i], 0);
		if (d->v[i].fatal)
			run->fatal = 1;
	}
	if (g != NULL)
		goal_items_add(&run->items, g, run->today, run->share,
		    &run->window);
	return 0;
}

static void
read_file(struct run *run, const char *arg)
{
	struct goal_walk	 w = { run->today, NULL, each_goal, run };

	goal_items_read(&run->items);
	if (goal_walk(&w, arg) == GOAL_WALK_OPEN) {
		cmd_cannot_read(arg);
		run->fatal = 1;
	}
}

static enum format
parse_format(const char *s)
{
	size_t	 i;

	for (i = 0; i < sizeof(format_names) / sizeof(*format_names); i++)
		if (strcmp(s, format_names[i]) == 0)
			return (enum format)i;
	cmd_usage("-f: \"%s\" is not text, tsv, json, ics, vtodo or remind", s);
}

/* Text is cut to the terminal's width, and only on a terminal. */
static size_t
terminal_width(void)
{
	struct winsize	 ws;
	const char	*env;
	long		 n;

	if (!isatty(STDOUT_FILENO))
		return 0;
	if ((env = getenv("COLUMNS")) != NULL && (n = atol(env)) > 0)
		return (size_t)n;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/* The items are sorted: the first is the earliest. */
static int
any_overdue(const struct goal_items *items, long today)
{
	struct goal_item	 first;

	if (items->n == 0)
		return 0;
	goal_items_get(items, 0, &first);
	return first.day < today;
}

static int
write_items(enum format f, const struct goal_items *items,
    const struct goal_due_opt *o, const struct goal_remind *deflt)
{
	switch (f) {
	case F_TEXT:
		return goal_due_text(stdout, items, o);
	case F_TSV:
		return goal_due_tsv(stdout, items, o);
	case F_JSON:
		return goal_due_json(stdout, items, o);
	case F_ICS:
	case F_VTODO:
		return goal_ics_write(stdout, items, o->today, deflt,
		    f == F_VTODO);
	default:
		return goal_remind_write(stdout, items, deflt);
	}
}

int
main(int argc, char *argv[])
{
	struct run		 run;
	struct goal_due_opt	 o;
	struct goal_span	 within = { 2, GOAL_WEEK };
	struct goal_remind	 deflt;
	const char		*today = NULL, *color = "auto", **owners;
	const char		*remind = "3w,2w,1w";
	enum format		 f = F_TEXT;
	int			 c, i, all = 0, overdue = 0, quiet = 0;

	cmd_init("goal-due", usage_text);
	memset(&run, 0, sizeof(run));
	memset(&o, 0, sizeof(o));
	run.share = GOAL_PRIVATE;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:w:aOqr:s:t:hV", long_options,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			f = parse_format(optarg);
			break;
		case 'w':
			if (goal_span_parse_short(optarg, strlen(optarg),
			    &within) != 0)
				cmd_usage("-w: \"%s\" is not a span (10d, 3w, "
				    "2m)", optarg);
			break;
		case 'a':
			all = 1;
			break;
		case 'O':
			overdue = 1;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'r':
			remind = optarg;
			break;
		case 's':
			if (goal_share_parse(optarg, &run.share) != 0)
				cmd_usage("-s: \"%s\" is not private, buddy, "
				    "circle or public", optarg);
			break;
		case 't':
			today = optarg;
			break;
		case OPT_COLOR:
			color = optarg;
			break;
		case 'h':
			return cmd_help(help_text);
		case 'V':
			return cmd_version();
		default:
			cmd_bad_option(c, argv);
		}
	}
	if (goal_remind_parse(remind, strlen(remind), deflt.v, GOAL_MAX_REMIND,
	    &deflt.n) != 0)
		cmd_usage("-r: \"%s\" is not a list of spans in days or weeks "
		    "(3w,2w,1w)", remind);
	run.today = o.today = cmd_today(today);
	o.soon = goal_span_add(o.today, &within);
	o.color = cmd_color(color);

	/* Only what can be shown is kept. */
	run.window.first = LONG_MIN;
	run.window.last = o.soon;
	if (f >= F_ICS)
		run.window.last = LONG_MAX;
	else if (overdue || quiet)
		run.window.last = o.today - 1;
	else if (all)
		run.window.last = LONG_MAX;
	run.window.completed = f == F_VTODO;
	run.window.details = f == F_ICS || f == F_VTODO;

	if (optind == argc)
		read_file(&run, "-");
	for (i = optind; i < argc; i++)
		read_file(&run, argv[i]);
	goal_items_sort(&run.items);
	o.owners = goal_items_owners(&run.items, &owners) > 1;
	free(owners);
	if (f == F_TEXT)
		o.width = terminal_width();
	c = 0;
	if (!quiet && write_items(f, &run.items, &o, &deflt) != 0)
		c = 2;
	if (f < F_ICS && any_overdue(&run.items, run.today))
		c = c ? c : 1;
	goal_items_free(&run.items);
	if (cmd_finish_output() != 0 || run.fatal)
		return 2;
	return c;
}
