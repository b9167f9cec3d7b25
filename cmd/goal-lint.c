/*
 * goal-lint: check career goals against SMART and the advice of goal(5),
 * and report like a compiler.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "cmd.h"

static const char usage_text[] =
    "usage: goal-lint [-qnR] [-f gnu|json|github|sarif|score] [-r RULES]... "
    "[-t DATE] [FILE]...\n"
    "       goal-lint --explain RULE | --list-rules | --test-rules RULES\n";

static const char help_text[] =
    "Check career goals against SMART and the advice of goal(5).\n"
    "\n"
    "  -f, --format FMT       gnu (default), json, github, sarif or score\n"
    "  -q, --quiet            hide notes\n"
    "  -r, --rules FILE       add the rules of FILE (repeatable)\n"
    "  -R, --no-default-rules drop the built-in rules\n"
    "  -n, --no-config        do not read .goal-lint.yaml\n"
    "  -t, --today DATE       take DATE (YYYY-MM-DD) as today\n"
    "      --exit-zero        exit 0 when findings were reported\n"
    "      --fail-level LEVEL exit 1 on findings of LEVEL or worse: error,\n"
    "                         warning (default) or note\n"
    "      --explain RULE     describe a rule or check\n"
    "      --list-rules       list every rule and check\n"
    "      --test-rules FILE  check a rule file against its examples\n"
    "      --color WHEN       auto (default), always or never\n"
    "  -h, --help             show this help\n"
    "  -V, --version          show the version\n"
    "\n"
    "Exit status: 0 nothing found, 1 errors or warnings, 2 fatal problems.\n";

enum { OPT_EXIT_ZERO = 256, OPT_FAIL_LEVEL, OPT_EXPLAIN, OPT_LIST_RULES, OPT_TEST_RULES,
	OPT_COLOR };

static const struct option long_options[] = {
	{ "format",		required_argument,	NULL, 'f' },
	{ "quiet",		no_argument,		NULL, 'q' },
	{ "rules",		required_argument,	NULL, 'r' },
	{ "no-default-rules",	no_argument,		NULL, 'R' },
	{ "no-config",		no_argument,		NULL, 'n' },
	{ "today",		required_argument,	NULL, 't' },
	{ "exit-zero",		no_argument,		NULL, OPT_EXIT_ZERO },
	{ "fail-level",		required_argument,	NULL, OPT_FAIL_LEVEL },
	{ "explain",		required_argument,	NULL, OPT_EXPLAIN },
	{ "list-rules",		no_argument,		NULL, OPT_LIST_RULES },
	{ "test-rules",		required_argument,	NULL, OPT_TEST_RULES },
	{ "color",		required_argument,	NULL, OPT_COLOR },
	{ "help",		no_argument,		NULL, 'h' },
	{ "version",		no_argument,		NULL, 'V' },
	{ NULL,			0,			NULL, 0 }
};

struct options {
	enum goal_format	 format;
	int			 quiet;
	int			 color;
	long			 today;
};

/* What the files gave: the exit status is made from it. */
struct tally {
	enum goal_level	 worst;		/* of the findings shown or counted */
	int		 fatal;
};

/*
 * The rule sets of a run: the built-in rules, then the .goal-lint.yaml of
 * each input's project, then the -r files.  One set per configuration
 * file, each file read once however many inputs it serves.
 */
struct linter {
	char			*config;	/* NULL: none found, or -n */
	struct goal_lint	*lint;
};

struct linters {
	struct linter		*v;
	size_t			 n;
	int			 builtin;
	int			 examples;	/* of the built-in rules too */
	int			 use_config;
	char *const		*rules;		/* the -r files */
	size_t			 nrules;
};

struct run {
	const struct options	*o;
	struct tally		*t;
};

static int	 sarif_results;	/* results written to the SARIF log so far */

static void
print_diags(const struct options *o, const struct goal_diags *d,
    struct tally *t)
{
	size_t	 i;

	for (i = 0; i < d->n; i++) {
		if (d->v[i].fatal)
			t->fatal = 1;
		if (o->quiet && d->v[i].level == GOAL_NOTE)
			continue;
		/* A note that -q hid cannot fail the run. */
		if (!d->v[i].fatal && d->v[i].level > t->worst)
			t->worst = d->v[i].level;
		if (o->format == GOAL_FORMAT_SARIF) {
			goal_sarif_result(stdout, &d->v[i],
			    sarif_results++ == 0);
			continue;
		}
		/* Scores are lines of goals; what stops a file still shows. */
		if (o->format == GOAL_FORMAT_SCORE) {
			if (d->v[i].fatal)
				goal_out_diag(stderr, GOAL_FORMAT_GNU, &d->v[i],
				    0);
			continue;
		}
		goal_out_diag(stdout, o->format, &d->v[i], o->color);
	}
}

/* One top-level goal's findings, then its score line. */
static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct run	*run = arg;

	print_diags(run->o, d, run->t);
	if (g != NULL && run->o->format == GOAL_FORMAT_SCORE)
		goal_out_score(stdout, g, d);
	return ferror(stdout);
}

static void
lint_file(const struct options *o, struct goal_lint *lint, const char *arg,
    struct tally *t)
{
	struct run		 run = { o, t };
	struct goal_walk	 w = { o->today, lint, each_goal, &run };

	if (goal_walk(&w, arg) == GOAL_WALK_OPEN) {
		cmd_cannot_read(arg);
		t->fatal = 1;
	}
}

static enum goal_format
parse_format(const char *s)
{
	if (strcmp(s, "gnu") == 0)
		return GOAL_FORMAT_GNU;
	if (strcmp(s, "json") == 0)
		return GOAL_FORMAT_JSON;
	if (strcmp(s, "github") == 0)
		return GOAL_FORMAT_GITHUB;
	if (strcmp(s, "score") == 0)
		return GOAL_FORMAT_SCORE;
	if (strcmp(s, "sarif") == 0)
		return GOAL_FORMAT_SARIF;
	cmd_usage("-f: \"%s\" is not gnu, json, github, sarif or score", s);
}

/* Rule-file problems go to stderr; they stop the run before any goal. */
static int
load_rules(struct goal_lint *lint, const char *file, int config)
{
	struct goal_diags	 errs;
	const char		*shown;
	FILE			*fp;
	size_t			 i;
	int			 rc;

	if ((fp = goal_open_input(file, &shown)) == NULL) {
		cmd_cannot_read(file);
		return -1;
	}
	goal_diags_init(&errs);
	rc = goal_lint_load(lint, shown, fp, &errs);
	for (i = 0; i < errs.n; i++)
		goal_out_diag(stderr, GOAL_FORMAT_GNU, &errs.v[i], 0);
	if (rc != 0 && config)
		fprintf(stderr, "goal-lint: %s: skip it with -n\n", file);
	goal_diags_free(&errs);
	goal_close_input(fp);
	return rc;
}

/* A new rule set; NULL after a rule-file error, which was reported. */
static struct goal_lint *
new_lint(const struct linters *ls, const char *config)
{
	struct goal_lint	*lint;
	struct goal_diags	 errs;
	size_t			 i;
	int			 bad = 0;

	lint = goal_lint_new();
	goal_diags_init(&errs);
	if (ls->builtin && (ls->examples ? goal_lint_load_builtin(lint,
	    &errs) : goal_lint_load_builtin_lean(lint, &errs)) != 0) {
		for (i = 0; i < errs.n; i++)
			goal_out_diag(stderr, GOAL_FORMAT_GNU, &errs.v[i], 0);
		bad = 1;
	}
	goal_diags_free(&errs);
	if (config != NULL)
		bad |= load_rules(lint, config, 1) != 0;
	for (i = 0; i < ls->nrules; i++)
		bad |= load_rules(lint, ls->rules[i], 0) != 0;
	if (bad) {
		goal_lint_free(lint);
		return NULL;
	}
	return lint;
}

/* The rule set for an input file, made when its configuration is new. */
static struct goal_lint *
lint_for(struct linters *ls, const char *file)
{
	struct linter	*l;
	char		*config = NULL;
	size_t		 i;

	if (ls->use_config)
		config = goal_lint_config(file);
	for (i = 0; i < ls->n; i++) {
		l = &ls->v[i];
		if ((l->config == NULL && config == NULL) ||
		    (l->config != NULL && config != NULL &&
		    strcmp(l->config, config) == 0)) {
			free(config);
			return l->lint;
		}
	}
	ls->v = goal_xreallocarray(ls->v, ls->n + 1, sizeof(*ls->v));
	l = &ls->v[ls->n++];
	l->config = config;
	l->lint = new_lint(ls, config);
	return l->lint;
}

/* The SARIF log's head names the rules of every set of the run. */
static void
sarif_begin(const struct linters *ls)
{
	struct goal_lint	**v;
	size_t			 i;

	v = goal_xreallocarray(NULL, ls->n, sizeof(*v));
	for (i = 0; i < ls->n; i++)
		v[i] = ls->v[i].lint;
	goal_sarif_begin(stdout, VERSION, v, ls->n);
	free(v);
}

static void
free_linters(struct linters *ls)
{
	size_t	 i;

	for (i = 0; i < ls->n; i++) {
		free(ls->v[i].config);
		goal_lint_free(ls->v[i].lint);
	}
	free(ls->v);
}

static void
print_examples(const char *label, const char *const *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		printf("%-10s\"%s\"\n", i == 0 ? label : "", v[i]);
}

static void
print_keys(const char *label, unsigned long set)
{
	int	 k, first = 1;

	if (set == 0)
		return;
	printf("%-10s", label);
	for (k = 0; k < GOAL_NKEYS; k++)
		if (set & 1UL << k) {
			printf("%s%s", first ? "" : ", ",
			    goal_key_name((enum goal_key)k));
			first = 0;
		}
	putchar('\n');
}

static int
explain(struct goal_lint *lint, const char *id)
{
	struct goal_rule_info	 info;
	const char		*near;
	size_t			 i;

	if (goal_lint_find(lint, id, &i) != 0) {
		if ((near = goal_lint_suggest(lint, id)) != NULL)
			cmd_usage("--explain: no rule \"%s\": did you mean "
			    "\"%s\"?", id, near);
		cmd_usage("--explain: no rule \"%s\" (see --list-rules)", id);
	}
	goal_lint_rule(lint, i, &info);
	printf("%s\n", info.id);
	printf("%-10s%s\n", "criterion", info.criterion ? info.criterion :
	    "none");
	printf("%-10s%s\n", "level", goal_level_name(info.level));
	printf("%-10s%s\n", "scope", info.scope);
	if (info.pattern != NULL) {
		print_keys("fields", info.fields);
		printf("%-10s%s\n", info.kind, info.pattern);
		print_keys("unless", info.unless);
	}
	/* A check's message is a summary of when it fires. */
	printf("%-10s%s\n", info.pattern ? "message" : "when", info.message);
	if (info.hint != NULL)
		printf("%-10s%s\n", "hint", info.hint);
	print_examples("bad", info.bad, info.nbad);
	print_examples("good", info.good, info.ngood);
	return cmd_finish_output();
}

static int
by_id(const void *a, const void *b)
{
	const struct goal_rule_info *x = a, *y = b;

	return strcmp(x->id, y->id);
}

static int
list_rules(struct goal_lint *lint)
{
	struct goal_rule_info	*info;
	size_t			 i, n = goal_lint_nrules(lint);

	info = goal_xreallocarray(NULL, n, sizeof(*info));
	for (i = 0; i < n; i++)
		goal_lint_rule(lint, i, &info[i]);
	qsort(info, n, sizeof(*info), by_id);
	for (i = 0; i < n; i++)
		printf("%-28s  %-7s  %s\n", info[i].id,
		    goal_level_name(info[i].level),
		    info[i].criterion ? info[i].criterion : "none");
	free(info);
	return cmd_finish_output();
}

static int
test_rules(const char *file)
{
	struct goal_lint	*lint;
	struct goal_diags	 out;
	size_t			 i, nrules, nexamples;
	int			 failures;

	lint = goal_lint_new();
	if (load_rules(lint, file, 0) != 0) {
		goal_lint_free(lint);
		return 2;
	}
	goal_diags_init(&out);
	failures = goal_lint_test(lint, file, &out, &nrules, &nexamples);
	for (i = 0; i < out.n; i++)
		goal_out_diag(stdout, GOAL_FORMAT_GNU, &out.v[i], 0);
	printf("%s: %zu rules, %zu examples, %d failed\n", file, nrules,
	    nexamples, failures);
	goal_diags_free(&out);
	goal_lint_free(lint);
	if (cmd_finish_output() != 0)
		return 2;
	return failures ? 1 : 0;
}

int
main(int argc, char *argv[])
{
	struct options		 o;
	struct tally		 t = { GOAL_OFF, 0 };
	struct linters		 ls;
	struct goal_lint	*lint;
	const char		*today = NULL, *color = "auto";
	const char		*explain_id = NULL, *test_file = NULL;
	char			**rules;
	enum goal_level		 fail_level = GOAL_WARNING;
	int			 c, i, exit_zero = 0, list = 0, bad = 0;

	cmd_init("goal-lint", usage_text);
	memset(&o, 0, sizeof(o));
	memset(&ls, 0, sizeof(ls));
	ls.builtin = ls.use_config = 1;
	/* -r files are kept in argv's order; argv outlives them. */
	rules = goal_xreallocarray(NULL, (size_t)argc, sizeof(*rules));
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:qr:Rnt:hV", long_options,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			o.format = parse_format(optarg);
			break;
		case 'q':
			o.quiet = 1;
			break;
		case 'r':
			rules[ls.nrules++] = optarg;
			break;
		case 'R':
			ls.builtin = 0;
			break;
		case 'n':
			ls.use_config = 0;
			break;
		case 't':
			today = optarg;
			break;
		case OPT_EXIT_ZERO:
			exit_zero = 1;
			break;
		case OPT_FAIL_LEVEL:
			if (goal_level_parse(optarg, &fail_level) != 0 ||
			    fail_level == GOAL_OFF)
				cmd_usage("--fail-level: \"%s\" is not error, "
				    "warning or note", optarg);
			break;
		case OPT_EXPLAIN:
			explain_id = optarg;
			break;
		case OPT_LIST_RULES:
			list = 1;
			break;
		case OPT_TEST_RULES:
			test_file = optarg;
			break;
		case OPT_COLOR:
			color = optarg;
			break;
		case 'h':
			free(rules);
			return cmd_help(help_text);
		case 'V':
			free(rules);
			return cmd_version();
		default:
			cmd_bad_option(c, argv);
		}
	}
	o.today = cmd_today(today);
	o.color = cmd_color(color) && o.format == GOAL_FORMAT_GNU;
	if (test_file != NULL) {
		free(rules);
		return test_rules(test_file);
	}
	ls.rules = rules;

	if (explain_id != NULL || list) {
		ls.examples = 1;
		if ((lint = lint_for(&ls, "-")) == NULL)
			c = 2;
		else
			c = explain_id ? explain(lint, explain_id) :
			    list_rules(lint);
		free_linters(&ls);
		free(rules);
		return c;
	}
	/* Every rule file is read before any goal: a bad one stops the run. */
	if (optind == argc)
		bad = lint_for(&ls, "-") == NULL;
	for (i = optind; i < argc; i++)
		bad |= lint_for(&ls, argv[i]) == NULL;
	if (!bad && o.format == GOAL_FORMAT_SARIF)
		sarif_begin(&ls);
	if (!bad) {
		if (optind == argc)
			lint_file(&o, lint_for(&ls, "-"), "-", &t);
		for (i = optind; i < argc && !ferror(stdout); i++)
			lint_file(&o, lint_for(&ls, argv[i]), argv[i], &t);
	}
	if (!bad && o.format == GOAL_FORMAT_SARIF)
		goal_sarif_end(stdout);
	free_linters(&ls);
	free(rules);
	if (bad)
		return 2;
	if (cmd_finish_output() != 0 || t.fatal)
		return 2;
	return t.worst >= fail_level && !exit_zero ? 1 : 0;
}
