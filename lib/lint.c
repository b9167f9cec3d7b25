/*
 * lint.c: the rules goal-lint knows, with their levels, and the last
 * pass over the findings of a goal: levels applied, rules switched off
 * or silenced by nolint dropped, criteria filled in.
 */
#define _XOPEN_SOURCE 700	/* realpath() */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "libgoal.h"

/* The JIT stack grows to what long values need. */
#define JIT_STACK_START		(32 * 1024)
#define JIT_STACK_MAX		(4 * 1024 * 1024)

/* A linter with the built-in checks; the caller loads the rule files. */
struct goal_lint *
goal_lint_new(void)
{
	struct goal_lint	*l;
	size_t			 i;

	l = goal_xcalloc(1, sizeof(*l));
	for (i = 0; i < goal_nchecks; i++)
		lint_rule_add(l, goal_checks[i].id)->check = &goal_checks[i];
	if ((l->cctx = pcre2_compile_context_create(NULL)) == NULL ||
	    (l->mctx = pcre2_match_context_create(NULL)) == NULL ||
	    (l->md = pcre2_match_data_create(1, NULL)) == NULL)
		goal_nomem();
	pcre2_set_match_limit(l->mctx, LINT_MATCH_LIMIT);
	/* No JIT stack where the CPU has no JIT: the interpreter needs none. */
	l->jit_stack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX,
	    NULL);
	if (l->jit_stack != NULL)
		pcre2_jit_stack_assign(l->mctx, NULL, l->jit_stack);
	return l;
}

void
goal_lint_free(struct goal_lint *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->nrules; i++)
		lint_rule_clear(&l->rule[i]);
	free(l->rule);
	free(l->index);
	free(l->active);
	lint_prefilter_free(l->pf);
	pcre2_match_data_free(l->md);
	pcre2_match_context_free(l->mctx);
	pcre2_compile_context_free(l->cctx);
	pcre2_jit_stack_free(l->jit_stack);
	free(l);
}

static void
index_rule(struct goal_lint *l, size_t i)
{
	size_t	 slot;

	slot = goal_str_hash(l->rule[i].id) & (l->index_cap - 1);
	while (l->index[slot] != SIZE_MAX)
		slot = (slot + 1) & (l->index_cap - 1);
	l->index[slot] = i;
}

/*
 * Every finding looks its rule up: a hash of the ids, not a list walk.
 * Made again, twice the size, when it is a quarter full.
 */
static void
index_rules(struct goal_lint *l)
{
	size_t	 i;

	free(l->index);
	l->index_cap = 64;
	while (l->index_cap < l->nrules * 8)
		l->index_cap *= 2;
	l->index = goal_xreallocarray(NULL, l->index_cap, sizeof(*l->index));
	for (i = 0; i < l->index_cap; i++)
		l->index[i] = SIZE_MAX;
	for (i = 0; i < l->nrules; i++)
		index_rule(l, i);
}

struct lint_rule *
lint_rule_find(const struct goal_lint *l, const char *id)
{
	size_t	 slot, i;

	if (l->index == NULL)
		return NULL;
	slot = goal_str_hash(id) & (l->index_cap - 1);
	while ((i = l->index[slot]) != SIZE_MAX) {
		if (strcmp(l->rule[i].id, id) == 0)
			return &l->rule[i];
		slot = (slot + 1) & (l->index_cap - 1);
	}
	return NULL;
}

static void
free_strings(char **v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* The rule with this id, made (off, no criterion) when there is none. */
struct lint_rule *
lint_rule_add(struct goal_lint *l, const char *id)
{
	struct lint_rule	*r;

	if ((r = lint_rule_find(l, id)) != NULL)
		return r;
	if (l->nrules == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->rule = goal_xreallocarray(l->rule, l->cap, sizeof(*l->rule));
	}
	r = &l->rule[l->nrules++];
	memset(r, 0, sizeof(*r));
	r->id = goal_xstrdup(id);
	l->active_stale = 1;
	if (l->nrules * 4 > l->index_cap)
		index_rules(l);
	else
		index_rule(l, l->nrules - 1);
	return r;
}

void
lint_rule_clear(struct lint_rule *r)
{
	free(r->id);
	free(r->file);
	free(r->message);
	free(r->hint);
	free(r->pattern);
	lint_rule_forms_free(r);
	free_strings(r->bad, r->nbad);
	free_strings(r->good, r->ngood);
	free(r->bad_pos);
	free(r->good_pos);
	memset(r, 0, sizeof(*r));
}

enum goal_level
lint_rule_level(const struct lint_rule *r)
{
	if (r->level_set)
		return r->level;
	return r->check ? r->check->level : GOAL_OFF;
}

const char *
lint_rule_criterion(const struct lint_rule *r)
{
	if (r->criterion_set)
		return r->criterion;
	return r->check ? r->check->criterion : NULL;
}

/*
 * The last pass over a goal's findings, in place: each takes its rule's
 * level and criterion; those switched off, or silenced by a nolint of
 * their goal or its ancestors, go.  Fatal problems always stay.
 */
void
goal_lint_finish(struct goal_lint *l, struct goal_diags *d)
{
	struct goal_diag	*g;
	const struct lint_rule	*r;
	size_t			 i, n = 0;

	for (i = 0; i < d->n; i++) {
		g = &d->v[i];
		if (!g->fatal && !g->limit &&
		    (r = lint_rule_find(l, g->rule)) != NULL) {
			g->level = lint_rule_level(r);
			g->criterion = lint_rule_criterion(r);
		}
		if (!g->fatal && (g->level == GOAL_OFF || (g->subject != NULL &&
		    goal_is_silenced(g->subject, g->rule))))
			continue;
		d->v[n++] = *g;
	}
	d->n = n;
	goal_diags_sort(d);
}

/* The checks and rules of a top-level goal and its steps. */
void
goal_lint_goal(struct goal_lint *l, const struct goal *g, long today,
    struct goal_diags *d)
{
	lint_checks(l, g, today, d);
	lint_patterns(l, g, d);
}

size_t
goal_lint_nrules(const struct goal_lint *l)
{
	return l->nrules;
}

int
goal_lint_find(const struct goal_lint *l, const char *id, size_t *index)
{
	const struct lint_rule	*r;

	if ((r = lint_rule_find(l, id)) == NULL)
		return -1;
	*index = (size_t)(r - l->rule);
	return 0;
}

const char *
goal_lint_suggest(const struct goal_lint *l, const char *id)
{
	const char	**names;
	const char	*near;
	size_t		 i;

	names = goal_xreallocarray(NULL, l->nrules, sizeof(*names));
	for (i = 0; i < l->nrules; i++)
		names[i] = l->rule[i].id;
	near = goal_suggest(id, strlen(id), names, l->nrules);
	free(names);
	return near;
}

static const char *const scope_names[] = { "all", "top", "step" };

/* What --explain and --list-rules show of rule i. */
int
goal_lint_rule(const struct goal_lint *l, size_t i, struct goal_rule_info *info)
{
	const struct lint_rule	*r;

	if (i >= l->nrules)
		return -1;
	r = &l->rule[i];
	memset(info, 0, sizeof(*info));
	info->id = r->id;
	info->criterion = lint_rule_criterion(r);
	info->level = lint_rule_level(r);
	if (r->check != NULL) {
		info->kind = "check";
		info->scope = r->check->scope;
		info->message = r->check->message;
		info->hint = r->hint ? r->hint : r->check->hint;
		return 0;
	}
	info->kind = r->require ? "require" : "forbid";
	info->scope = scope_names[r->scope];
	info->pattern = r->pattern;
	info->message = r->message;
	info->hint = r->hint;
	info->file = r->file;
	info->fields = r->fields;
	info->unless = r->unless;
	info->bad = (const char *const *)r->bad;
	info->nbad = r->nbad;
	info->good = (const char *const *)r->good;
	info->ngood = r->ngood;
	return 0;
}

/*
 * --test-rules: each pattern rule defined in file fires on each of its
 * bad examples and on none of its good ones.  Failures go to out, at the
 * example's place; returns how many there were.
 */
int
goal_lint_test(struct goal_lint *l, const char *file, struct goal_diags *out,
    size_t *nrules, size_t *nexamples)
{
	struct lint_rule	*r;
	struct goal_diag	*d;
	size_t			 i, j;
	int			 fires, failures = 0;

	*nrules = *nexamples = 0;
	for (i = 0; i < l->nrules; i++) {
		r = &l->rule[i];
		if ((r->utf.code == NULL && !r->utf_later) || r->file == NULL ||
		    strcmp(r->file, file) != 0)
			continue;
		(*nrules)++;
		if (r->nbad == 0 || r->ngood == 0) {
			d = goal_diags_add(out, file, &r->pos, NULL, GOAL_ERROR,
			    "rule %s: needs bad and good examples", r->id);
			failures++;
		}
		for (j = 0; j < r->nbad + r->ngood; j++) {
			const char	*ex = j < r->nbad ? r->bad[j] :
			    r->good[j - r->nbad];
			int		 bad = j < r->nbad;

			(*nexamples)++;
			fires = lint_rule_fires(l, r, ex, strlen(ex));
			if (fires == (bad ? 1 : 0))
				continue;
			d = goal_diags_add(out, file, bad ? &r->bad_pos[j] :
			    &r->good_pos[j - r->nbad], NULL, GOAL_ERROR,
			    fires < 0 ? "rule %s: hits the match limit on "
			    "\"%s\"" : bad ? "rule %s: does not fire on bad "
			    "example \"%s\"" : "rule %s: fires on good example "
			    "\"%s\"", r->id, ex);
			(void)d;
			failures++;
		}
	}
	return failures;
}

/*
 * The directory a goal file is in, made absolute so that the search can
 * go above it: the current directory for standard input or a bare name.
 */
static char *
dir_of(const char *file)
{
	const char	*slash;
	char		*dir, *abs;

	if (strcmp(file, "-") == 0 || (slash = strrchr(file, '/')) == NULL)
		return getcwd(NULL, 0);
	if (slash == file)
		return goal_xstrdup("/");
	dir = goal_xstrndup(file, (size_t)(slash - file));
	abs = realpath(dir, NULL);
	free(dir);
	return abs;
}

/*
 * The path of .goal-lint.yaml in the directory of a goal file or its
 * nearest parent that has one, or NULL: an editor started anywhere lints
 * a file with its project's rules.  The caller frees it.
 */
char *
goal_lint_config(const char *file)
{
	char	*dir, *path, *slash;
	size_t	 len;

	if ((dir = dir_of(file)) == NULL)
		return NULL;
	for (;;) {
		len = strlen(dir) + sizeof("/.goal-lint.yaml");
		path = goal_xmalloc(len);
		snprintf(path, len, "%s/.goal-lint.yaml",
		    strcmp(dir, "/") == 0 ? "" : dir);
		if (access(path, F_OK) == 0) {
			free(dir);
			return path;
		}
		free(path);
		if ((slash = strrchr(dir, '/')) == NULL || strcmp(dir, "/") == 0)
			break;
		if (slash == dir)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
	free(dir);
	return NULL;
}
