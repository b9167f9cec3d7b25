/*
 * goal-split: break goals into micro-goals, one record a line, for
 * sort, awk, jq and spreadsheets; or write goals back as YAML, one
 * document (or one file) per top-level goal.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "goal.h"
#include "cmd.h"

static const char usage_text[] =
    "usage: goal-split [-aHF] [-f tsv|json|yaml] [-b week|month|quarter|year]\n"
    "                  [-o DIR] [-s LEVEL] [-t DATE] [FILE]...\n";

static const char help_text[] =
    "Break career goals into micro-goals: one record per step, or per\n"
    "period of a recurring goal.\n"
    "\n"
    "  -a, --all              every goal and step, parents first\n"
    "  -b, --by PERIOD        week, month, quarter or year: a record per\n"
    "                         period of a recurring or countable goal\n"
    "  -f, --format FMT       tsv (default), json or yaml\n"
    "  -F, --force            let -o replace files\n"
    "  -H, --header           print the column names first (tsv)\n"
    "  -o, --output-dir DIR   each top-level goal to DIR/ID.yaml\n"
    "  -s, --share LEVEL      only goals shared with buddy, circle or "
    "public\n"
    "  -t, --today DATE       take DATE (YYYY-MM-DD) as today\n"
    "  -h, --help             show this help\n"
    "  -V, --version          show the version\n"
    "\n"
    "Exit status: 0, or 2 on a fatal problem.\n";

static const struct option long_options[] = {
	{ "all",		no_argument,		NULL, 'a' },
	{ "by",			required_argument,	NULL, 'b' },
	{ "format",		required_argument,	NULL, 'f' },
	{ "force",		no_argument,		NULL, 'F' },
	{ "header",		no_argument,		NULL, 'H' },
	{ "output-dir",		required_argument,	NULL, 'o' },
	{ "share",		required_argument,	NULL, 's' },
	{ "today",		required_argument,	NULL, 't' },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 }
};

enum format { FORMAT_TSV, FORMAT_JSON, FORMAT_YAML };

struct options {
	enum format		 format;
	int			 all;
	int			 header;
	int			 force;
	int			 by;
	enum goal_unit		 unit;
	const char		*dir;
	enum goal_share		 share;
	long			 today;
};

/*
 * Records are made here and go to stdout a block at a time: a stdio
 * call per field cost as much as the rest of a record.  The block is
 * handed to stdio before anything goes to stderr and at the end of
 * each goal, so that records and diagnostics come out in the order
 * they did, and a write error stops the run after the same goal.
 */
struct block {
	char			*s;
	size_t			 len;
	size_t			 cap;
};

#define BLOCK_SIZE	65536
#define DAYS_KEPT	64

struct run {
	const struct options	*o;
	struct block		 out;
	long			 day[DAYS_KEPT];	/* dates written */
	char			 daytext[DAYS_KEPT][11];
	struct goal_split	*split;
	struct goal_diags	 diags;		/* what splitting reports */
	struct goal_yaml	*yaml;		/* -f yaml on stdout */
	int			 fatal;
	int			 stop;		/* -o cannot go on */
	mode_t			 mode;		/* of the files of -o */
	struct stat		*inputs;	/* what -o must not replace */
	size_t			 ninputs;
};

/* The keys a JSON record writes itself, and steps: records of their own. */
static const char *const record_keys[] = {
	"location", "path", "depth", "status", "start", "due", "area",
	"owner", "text", "buddy", "review", "parent", "due_from", "due_raw",
	"done", "total", "goal", "steps", NULL
};

static const char *
scalar_of(const struct goal_node *n)
{
	return n != NULL && n->kind == GOAL_SCALAR ? n->str : NULL;
}

static const struct goal_node *
owner_of(const struct goal *g)
{
	return g->header != NULL ? g->header->owner : NULL;
}

static char *
block_room(struct block *b, size_t len)
{
	if (b->len + len > b->cap) {
		b->cap = b->len + len > BLOCK_SIZE ? 2 * (b->len + len) :
		    BLOCK_SIZE;
		b->s = goal_xrealloc(b->s, b->cap);
	}
	return b->s + b->len;
}

/* The records made so far to stdio. */
static void
block_flush(struct block *b)
{
	if (b->len > 0)
		fwrite(b->s, 1, b->len, stdout);
	b->len = 0;
}

#define ONES	((uint64_t)-1 / 255)
#define HIGHS	(ONES * 0x80)

/*
 * Whether one of 8 bytes is a control character, a backslash or DEL:
 * what goal_out_tsv_field() escapes.  A byte below n, and a zero byte,
 * as Sean Anderson's bit twiddling hacks find them: exact for the word
 * as a whole, n at most 128.
 */
static int
word_escapes(uint64_t x)
{
	uint64_t	 bs = x ^ (ONES * '\\'), del = x ^ (ONES * 0x7F);

	return ((((x - ONES * 0x20) & ~x) | ((bs - ONES) & ~bs) |
	    ((del - ONES) & ~del)) & HIGHS) != 0;
}

/*
 * The bytes of s from i on, escaped as goal_out_tsv_field() escapes
 * them, at d; the end, or NULL for a byte that only it knows how to
 * write (no input has one: goal(5) refuses other control characters).
 */
static char *
tsv_escape(char *d, const char *s, size_t i, size_t len)
{
	unsigned char	 c;

	for (; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '\\' && c != 0x7F) {
			*d++ = (char)c;
			continue;
		}
		*d++ = '\\';
		if (c == '\t')
			*d++ = 't';
		else if (c == '\n')
			*d++ = 'n';
		else if (c == '\r')
			*d++ = 'r';
		else if (c == '\\')
			*d++ = '\\';
		else
			return NULL;
	}
	return d;
}

/*
 * A field at d, "-" when empty, in the room of its escaped worst case
 * (2 bytes a byte): copied 8 bytes at a time while nothing needs an
 * escape, which is nearly always.
 */
static char *
tsv_put(struct block *b, char *d, const char *s, size_t len)
{
	char		*e;
	size_t		 i;
	uint64_t	 x;

	if (s == NULL || len == 0) {
		*d = '-';
		return d + 1;
	}
	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, s + i, 8);
		if (word_escapes(x))
			break;
		memcpy(d + i, &x, 8);
	}
	if ((e = tsv_escape(d + i, s, i, len)) != NULL)
		return e;
	/* Rare enough to go through stdio: the room made stays. */
	b->len = (size_t)(d - b->s);
	block_flush(b);
	goal_out_tsv_field(stdout, s, len);
	return b->s;
}

static size_t
length(const char *s)
{
	return s != NULL ? strlen(s) : 0;
}

/*
 * A date, "-" for none.  Records of a file have few dates, the more so
 * with -b, so the last written at each of a few places are kept.
 */
static char *
tsv_day(struct run *run, char *d, long day)
{
	size_t	 h = (unsigned long)day % DAYS_KEPT;

	if (day == GOAL_NODAY) {
		*d = '-';
		return d + 1;
	}
	if (run->day[h] != day) {
		run->day[h] = day;
		goal_date_format(day, run->daytext[h]);
	}
	memcpy(d, run->daytext[h], 10);
	return d + 10;
}

static void
tsv_record(struct run *run, const struct goal_record *r)
{
	struct block		*b = &run->out;
	const struct goal	*g = r->goal;
	const char		*status = goal_status_name(g->status);
	const char		*area = goal_area_name(g->area);
	const char		*owner = scalar_of(owner_of(g));
	size_t			 nfile = length(g->file), npath = length(r->path);
	size_t			 nstatus = strlen(status), narea = length(area);
	size_t			 nowner = length(owner);
	char			*d;

	/* Every field escaped, two numbers, two dates, tabs and dashes. */
	d = block_room(b, 2 * (nfile + npath + narea + nowner + r->textlen) +
	    nstatus + 2 * 24 + 2 * 10 + 16);
	d = tsv_put(b, d, g->file, nfile);
	*d++ = ':';
	d = goal_out_decimal(d, g->pos.line);
	*d++ = '\t';
	d = tsv_put(b, d, r->path, npath);
	*d++ = '\t';
	/* A depth is 0 or more. */
	d = goal_out_decimal(d, (unsigned long)g->depth);
	*d++ = '\t';
	memcpy(d, status, nstatus);
	d += nstatus;
	*d++ = '\t';
	d = tsv_day(run, d, r->start);
	*d++ = '\t';
	d = tsv_day(run, d, r->due);
	*d++ = '\t';
	d = tsv_put(b, d, area, narea);
	*d++ = '\t';
	d = tsv_put(b, d, owner, nowner);
	*d++ = '\t';
	d = tsv_put(b, d, r->text, r->textlen);
	*d++ = '\n';
	b->len = (size_t)(d - b->s);
	if (b->len >= BLOCK_SIZE)
		block_flush(b);
}

/* The due date as written: the value of due, or the sentence's words. */
static void
json_due_raw(const struct goal *g)
{
	const struct goal_node	*v;

	if ((g->due_from == GOAL_FROM_DUE || g->due_from == GOAL_FROM_SPAN) &&
	    (v = g->val[GOAL_K_DUE]) != NULL)
		goal_json_string(stdout, v->str, v->len);
	else if (g->due_from == GOAL_FROM_TEXT)
		goal_json_string(stdout, g->val[GOAL_K_GOAL]->str +
		    g->phrase.off, g->phrase.len);
	else
		goal_json_null(stdout);
}

static void
json_node_or_null(const struct goal_node *n)
{
	if (n != NULL)
		goal_json_node(stdout, n);
	else
		goal_json_null(stdout);
}

/* The TSV columns, in lower case, null for empty. */
static void
json_columns(const struct goal_record *r)
{
	const struct goal	*g = r->goal;
	size_t			 n;
	char			*loc;

	/* The file and the line in one string, as TSV has them. */
	n = strlen(g->file) + 24;
	loc = goal_xmalloc(n);
	snprintf(loc, n, "%s:%lu", g->file, g->pos.line);
	goal_json_key(stdout, "location", 1);
	goal_json_text(stdout, loc);
	free(loc);
	goal_json_member(stdout, "path", r->path);
	goal_json_key(stdout, "depth", 0);
	goal_json_number(stdout, g->depth);
	goal_json_member(stdout, "status", goal_status_name(g->status));
	goal_json_key(stdout, "start", 0);
	goal_json_day(stdout, r->start);
	goal_json_key(stdout, "due", 0);
	goal_json_day(stdout, r->due);
	goal_json_member(stdout, "area", goal_area_name(g->area));
	goal_json_key(stdout, "owner", 0);
	json_node_or_null(owner_of(g));
	goal_json_key(stdout, "text", 0);
	if (r->text != NULL)
		goal_json_string(stdout, r->text, r->textlen);
	else
		goal_json_null(stdout);
}

static void
json_record(const struct run *run, const struct goal_record *r)
{
	const struct goal	*g = r->goal;
	const struct goal_node	*review;
	size_t			 done, total;

	putchar('{');
	json_columns(r);
	goal_json_key(stdout, "buddy", 0);
	json_node_or_null(g->buddy);
	goal_json_key(stdout, "review", 0);
	review = g->val[GOAL_K_REVIEW];
	if (review == NULL && g->header != NULL)
		review = g->header->review;
	json_node_or_null(review);
	goal_json_member(stdout, "parent", g->parent ? g->parent->path : NULL);
	goal_json_member(stdout, "due_from", goal_due_from_name(g->due_from));
	goal_json_key(stdout, "due_raw", 0);
	json_due_raw(g);
	goal_progress(g, run->o->share, &done, &total);
	goal_json_key(stdout, "done", 0);
	goal_json_number(stdout, (long)done);
	goal_json_key(stdout, "total", 0);
	goal_json_number(stdout, (long)total);
	goal_json_goal_keys(stdout, g, record_keys);
	puts("}");
}

static void
print_diags(struct run *run, const struct goal_diags *d)
{
	size_t	 i;

	if (d->n > 0)
		block_flush(&run->out);
	for (i = 0; i < d->n; i++) {
		if (d->v[i].fatal)
			run->fatal = 1;
		goal_out_diag(stderr, GOAL_FORMAT_GNU, &d->v[i], 0);
	}
}

/* The records of one goal: itself, or one per period with -b. */
static void
goal_records(struct run *run, const struct goal *g)
{
	struct goal_record	 r;

	goal_split_goal(run->split, g, &run->diags);
	print_diags(run, &run->diags);
	goal_diags_clear(&run->diags);
	while (goal_split_next(run->split, &r)) {
		if (run->o->format == FORMAT_JSON)
			json_record(run, &r);
		else
			tsv_record(run, &r);
	}
}

/* Parents first; a goal whose steps are all left out is a leaf. */
static void
tree_records(struct run *run, const struct goal *g)
{
	size_t	 i, shown = 0;

	for (i = 0; i < g->nsteps; i++)
		shown += goal_is_shared(g->step[i], run->o->share);
	if (run->o->all || shown == 0)
		goal_records(run, g);
	for (i = 0; i < g->nsteps && !ferror(stdout); i++)
		if (goal_is_shared(g->step[i], run->o->share))
			tree_records(run, g->step[i]);
}

static void
remove_temp(const char *tmp)
{
	int	 saved = errno;

	unlink(tmp);
	errno = saved;
}

/* A failure of -o names the file; errno says why. */
static int
file_error(struct run *run, const char *file)
{
	cmd_cannot_read(file);
	run->fatal = 1;
	return -1;
}

/*
 * Whether path is one of the files being read: a goal whose id is the
 * name of its own file would replace it under -F, and input files are
 * never modified.  As split(1) does, the file is refused by identity.
 */
static int
is_input(const struct run *run, const char *path)
{
	struct stat	 st;
	size_t		 i;

	if (stat(path, &st) != 0)
		return 0;
	for (i = 0; i < run->ninputs; i++)
		if (run->inputs[i].st_dev == st.st_dev &&
		    run->inputs[i].st_ino == st.st_ino)
			return 1;
	return 0;
}

/* Notes the identity of every input file, standard input included. */
static void
note_inputs(struct run *run, int argc, char *argv[])
{
	int	 i, n = argc > 0 ? argc : 1;

	run->inputs = goal_xcalloc(n, sizeof(*run->inputs));
	for (i = 0; i < n; i++) {
		const char	*arg = argc > 0 ? argv[i] : "-";
		struct stat	*st = &run->inputs[run->ninputs];

		if (strcmp(arg, "-") == 0 ? fstat(STDIN_FILENO, st) == 0 :
		    stat(arg, st) == 0)
			run->ninputs++;
	}
}

/*
 * -o: DIR/ID.yaml through a temporary file in DIR, so that it appears
 * whole or not at all; link() refuses to replace a file, rename() (-F)
 * replaces it in one step.
 */
static int
write_file(struct run *run, const struct goal *g)
{
	struct goal_yaml	*y;
	FILE			*fp;
	char			*path, *tmp;
	size_t			 n;
	int			 fd, rc = -1;

	n = strlen(run->o->dir) + strlen(g->id) + 32;
	path = goal_xmalloc(n);
	tmp = goal_xmalloc(n);
	snprintf(path, n, "%s/%s.yaml", run->o->dir, g->id);
	snprintf(tmp, n, "%s/.%s.yaml.XXXXXX", run->o->dir, g->id);
	if (is_input(run, path)) {
		fprintf(stderr, "goal-split: %s: would replace an input file\n",
		    path);
		run->fatal = 1;
		errno = EEXIST;
		goto out;
	}
	if ((fd = mkstemp(tmp)) == -1) {
		file_error(run, path);
		goto out;
	}
	/* mkstemp() makes files only their owner reads; -o makes files. */
	if (fchmod(fd, run->mode) != 0 || (fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		remove_temp(tmp);
		file_error(run, path);
		goto out;
	}
	y = goal_yaml_new(fp);
	rc = goal_yaml_goal(y, g, run->o->share);
	rc |= goal_yaml_free(y);
	if (fflush(fp) != 0 || ferror(fp) || fsync(fd) != 0)
		rc = -1;
	if (fclose(fp) != 0)
		rc = -1;
	if (rc == 0 && (run->o->force ? rename(tmp, path) : link(tmp, path))
	    != 0)
		rc = -1;
	if (rc != 0) {
		if (errno == 0)
			errno = EIO;
		remove_temp(tmp);
		file_error(run, path);
		goto out;
	}
	if (!run->o->force)
		unlink(tmp);
	printf("%s\n", path);
out:
	free(path);
	free(tmp);
	return rc;
}

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct run	*run = arg;

	print_diags(run, d);
	if (g == NULL || !goal_is_shared(g, run->o->share))
		return ferror(stdout);
	if (run->o->dir != NULL) {
		/* A name taken is that goal's problem; others stop the run. */
		errno = 0;
		if (write_file(run, g) != 0 && errno != EEXIST)
			run->stop = 1;
		return run->stop || ferror(stdout);
	}
	if (run->o->format == FORMAT_YAML) {
		goal_yaml_goal(run->yaml, g, run->o->share);
		return ferror(stdout);
	}
	tree_records(run, g);
	block_flush(&run->out);
	return ferror(stdout);
}

static void
split_file(struct run *run, const char *arg)
{
	struct goal_walk	 w = { run->o->today, NULL, each_goal, run };

	if (goal_walk(&w, arg) == GOAL_WALK_OPEN) {
		cmd_cannot_read(arg);
		run->fatal = 1;
	}
}

static enum format
parse_format(const char *s)
{
	if (strcmp(s, "tsv") == 0)
		return FORMAT_TSV;
	if (strcmp(s, "json") == 0)
		return FORMAT_JSON;
	if (strcmp(s, "yaml") == 0)
		return FORMAT_YAML;
	cmd_usage("-f: \"%s\" is not tsv, json or yaml", s);
}

static void
parse_options(int argc, char *argv[], struct options *o)
{
	const char	*today = NULL;
	int		 c;

	memset(o, 0, sizeof(*o));
	o->share = GOAL_PRIVATE;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ab:f:FHo:s:t:hV", long_options,
	    NULL)) != -1) {
		switch (c) {
		case 'a':
			o->all = 1;
			break;
		case 'b':
			if (goal_unit_parse(optarg, &o->unit) != 0)
				cmd_usage("-b: \"%s\" is not week, month, "
				    "quarter or year", optarg);
			o->by = 1;
			break;
		case 'f':
			o->format = parse_format(optarg);
			break;
		case 'F':
			o->force = 1;
			break;
		case 'H':
			o->header = 1;
			break;
		case 'o':
			o->dir = optarg;
			break;
		case 's':
			if (goal_share_parse(optarg, &o->share) != 0)
				cmd_usage("-s: \"%s\" is not buddy, circle or "
				    "public", optarg);
			break;
		case 't':
			today = optarg;
			break;
		case 'h':
			exit(cmd_help(help_text));
		case 'V':
			exit(cmd_version());
		default:
			cmd_bad_option(c, argv);
		}
	}
	o->today = cmd_today(today);
}

int
main(int argc, char *argv[])
{
	struct options	 o;
	struct run	 run;
	int		 i, rc;

	cmd_init("goal-split", usage_text);
	parse_options(argc, argv, &o);
	memset(&run, 0, sizeof(run));
	run.o = &o;
	for (i = 0; i < DAYS_KEPT; i++)
		run.day[i] = GOAL_NODAY;
	run.split = goal_split_new(o.by, o.unit, GOAL_SPLIT_MAX);
	run.mode = umask(022);
	umask(run.mode);
	run.mode = 0666 & ~run.mode;
	goal_diags_init(&run.diags);
	if (o.format == FORMAT_YAML && o.dir == NULL)
		run.yaml = goal_yaml_new(stdout);
	if (o.header && o.format == FORMAT_TSV && o.dir == NULL)
		puts("LOCATION\tPATH\tDEPTH\tSTATUS\tSTART\tDUE\tAREA\tOWNER\t"
		    "TEXT");
	if (o.dir != NULL)
		note_inputs(&run, argc - optind, argv + optind);
	if (optind == argc)
		split_file(&run, "-");
	for (i = optind; i < argc && !ferror(stdout) && !run.stop; i++)
		split_file(&run, argv[i]);
	if (run.yaml != NULL)
		goal_yaml_free(run.yaml);
	goal_split_free(run.split);
	goal_diags_free(&run.diags);
	free(run.inputs);
	free(run.out.s);
	rc = cmd_finish_output();
	return rc != 0 || run.fatal ? 2 : 0;
}
