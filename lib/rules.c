/*
 * rules.c: rule files (goal-lint(1)): read with the goal reader, so they
 * get the same limits and positions, checked key by key, and merged into
 * the rule table by id.  Patterns are compiled here, and again as
 * pattern.c needs.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "libgoal.h"

static const char *const criteria[] = {
	"specific", "measurable", "attainable", "relevant", "time-bound",
	"none"
};

static const char *const rule_keys[] = {
	"id", "criterion", "level", "scope", "fields", "forbid", "require",
	"unless", "message", "hint", "examples"
};

static const char *const scopes[] = { "all", "top", "step" };

/* The keys a pattern may read: the text keys of goal(5). */
static const enum goal_key text_keys[] = {
	GOAL_K_GOAL, GOAL_K_MEASURE, GOAL_K_WHY, GOAL_K_PLAN, GOAL_K_REWARD,
	GOAL_K_HELPERS, GOAL_K_RESOURCES, GOAL_K_BUDDY
};

#define NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

struct loader {
	struct goal_lint	*lint;
	struct goal_diags	*errs;
	const char		*file;
	const char		*id;	/* the rule being read, for messages */
	int			 failed;
	int			 builtin;	/* lib/rules.yaml, compiled in */
};

static void error(struct loader *, const struct goal_node *, const char *,
    ...) __attribute__((format(printf, 3, 4)));

static void
error(struct loader *ld, const struct goal_node *n, const char *fmt, ...)
{
	struct goal_diag	*d;
	va_list			 ap;
	char			 msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (ld->id != NULL)
		d = goal_diags_add(ld->errs, ld->file, &n->pos, NULL,
		    GOAL_ERROR, "rule %s: %s", ld->id, msg);
	else
		d = goal_diags_add(ld->errs, ld->file, &n->pos, NULL,
		    GOAL_ERROR, "%s", msg);
	d->fatal = 1;
	ld->failed = 1;
}

static int
want_text(struct loader *ld, const struct goal_node *v, const char *key)
{
	if (v->kind == GOAL_SCALAR)
		return 1;
	error(ld, v, "%s must be text", key);
	return 0;
}

static int
find_name(const char *s, const char *const *names, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	return -1;
}

static void
unknown(struct loader *ld, const struct goal_node *v, const char *what,
    const char *const *names, size_t n)
{
	const char	*near;

	near = goal_suggest(v->str, v->len, names, n);
	if (near != NULL)
		error(ld, v, "unknown %s \"%s\": did you mean \"%s\"?", what,
		    v->str, near);
	else
		error(ld, v, "unknown %s \"%s\"", what, v->str);
}

/* A list of goal keys, as a bit set; text_only for fields. */
static int
key_set(struct loader *ld, const struct goal_node *v, const char *key,
    int text_only, unsigned long *set)
{
	const struct goal_node	*item;
	const char		*names[GOAL_NKEYS];
	size_t			 i, nnames = 0, one = v->kind == GOAL_SCALAR;
	int			 k;

	if (text_only)
		for (i = 0; i < NITEMS(text_keys); i++)
			names[nnames++] = goal_key_name(text_keys[i]);
	else
		for (i = 0; i < GOAL_NKEYS; i++)
			names[nnames++] = goal_key_name((enum goal_key)i);
	if (v->kind == GOAL_MAPPING) {
		error(ld, v, "%s must be a sequence of keys", key);
		return 0;
	}
	*set = 0;
	for (i = 0; i < (one ? 1 : v->n); i++) {
		item = one ? v : v->item[i];
		if (!want_text(ld, item, key))
			return 0;
		if ((k = find_name(item->str, names, nnames)) < 0) {
			unknown(ld, item, text_only ? "text key" : "key",
			    names, nnames);
			return 0;
		}
		*set |= 1UL << (text_only ? text_keys[k] : (enum goal_key)k);
	}
	return 1;
}

static char *
dup_text(const struct goal_node *v)
{
	return goal_xstrndup(v->str, v->len);
}

/* Compiles a rule's pattern; a bad one is reported where it goes wrong. */
static void
compile(struct loader *ld, struct lint_rule *r, const struct goal_node *v)
{
	PCRE2_UCHAR	 buf[256];
	PCRE2_SIZE	 erroff;
	struct goal_node at;
	int		 errcode;

	lint_rule_forms_free(r);
	/*
	 * The built-in patterns compile (make check runs their examples):
	 * they are compiled when a text first needs them, so that a file
	 * of ASCII goals never pays for their UTF form.
	 */
	r->utf_later = ld->builtin;
	if (r->utf_later)
		return;
	r->utf.code = pcre2_compile((PCRE2_SPTR)v->str, v->len,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &errcode, &erroff,
	    ld->lint->cctx);
	if (r->utf.code == NULL) {
		pcre2_get_error_message(errcode, buf, sizeof(buf));
		at = *v;
		at.pos = goal_node_pos_at(v, erroff);
		error(ld, &at, "%s at offset %zu", (char *)buf, (size_t)erroff);
		return;
	}
	/* The other forms and the JIT's code are made when needed. */
}

static void
read_examples(struct loader *ld, struct lint_rule *r,
    const struct goal_node *v)
{
	const struct goal_node	*k, *list, *item;
	char			***strs;
	struct goal_pos		**poss;
	size_t			*n, i, j;

	if (v->kind != GOAL_MAPPING) {
		error(ld, v, "examples must be a mapping of bad and good");
		return;
	}
	for (i = 0; i + 1 < v->n; i += 2) {
		k = v->item[i];
		list = v->item[i + 1];
		if (!want_text(ld, k, "a key"))
			continue;
		if (strcmp(k->str, "bad") == 0) {
			strs = &r->bad;
			poss = &r->bad_pos;
			n = &r->nbad;
		} else if (strcmp(k->str, "good") == 0) {
			strs = &r->good;
			poss = &r->good_pos;
			n = &r->ngood;
		} else {
			static const char *const bg[] = { "bad", "good" };

			unknown(ld, k, "key", bg, 2);
			continue;
		}
		if (list->kind != GOAL_SEQUENCE) {
			error(ld, list, "examples %s must be a sequence of text",
			    k->str);
			continue;
		}
		for (j = 0; j < *n; j++)
			free((*strs)[j]);
		free(*strs);
		free(*poss);
		*strs = goal_xreallocarray(NULL, list->n, sizeof(**strs));
		*poss = goal_xreallocarray(NULL, list->n, sizeof(**poss));
		*n = 0;
		for (j = 0; j < list->n; j++) {
			item = list->item[j];
			if (!want_text(ld, item, "an example"))
				continue;
			(*poss)[*n] = item->pos;
			(*strs)[(*n)++] = dup_text(item);
		}
	}
}

/* One key of a rule, merged into it. */
static void
rule_key(struct loader *ld, struct lint_rule *r, const struct goal_node *k,
    const struct goal_node *v)
{
	int	 i;

	switch (find_name(k->str, rule_keys, NITEMS(rule_keys))) {
	case 0:		/* id: read before */
		break;
	case 1:
		if (!want_text(ld, v, "criterion"))
			break;
		if ((i = find_name(v->str, criteria, NITEMS(criteria))) < 0)
			unknown(ld, v, "criterion", criteria, NITEMS(criteria));
		else {
			r->criterion = i == 5 ? NULL : criteria[i];
			r->criterion_set = 1;
		}
		break;
	case 2:
		if (!want_text(ld, v, "level"))
			break;
		if (goal_level_parse(v->str, &r->level) != 0)
			error(ld, v, "level \"%s\" is not error, warning, note "
			    "or off", v->str);
		else
			r->level_set = 1;
		break;
	case 3:
		if (!want_text(ld, v, "scope"))
			break;
		if (r->check != NULL)
			error(ld, k, "the scope of a built-in check is fixed");
		else if ((i = find_name(v->str, scopes, NITEMS(scopes))) < 0)
			unknown(ld, v, "scope", scopes, NITEMS(scopes));
		else
			r->scope = (enum lint_scope)i;
		break;
	case 4:
	case 7:
		if (r->check != NULL)
			error(ld, k, "%s is for pattern rules", k->str);
		else
			key_set(ld, v, k->str, k->str[0] == 'f',
			    k->str[0] == 'f' ? &r->fields : &r->unless);
		break;
	case 5:
	case 6:
		if (!want_text(ld, v, k->str))
			break;
		if (r->check != NULL) {
			error(ld, k, "a built-in check takes no pattern");
			break;
		}
		free(r->pattern);
		r->pattern = dup_text(v);
		r->patlen = v->len;
		r->require = k->str[0] == 'r';
		compile(ld, r, v);
		break;
	case 8:
	case 9:
		if (!want_text(ld, v, k->str))
			break;
		if (k->str[0] == 'm') {
			free(r->message);
			r->message = dup_text(v);
		} else {
			free(r->hint);
			r->hint = dup_text(v);
		}
		break;
	case 10:
		read_examples(ld, r, v);
		break;
	default:
		unknown(ld, k, "key", rule_keys, NITEMS(rule_keys));
		break;
	}
}

static void
read_rule(struct loader *ld, const struct goal_node *map)
{
	const struct goal_node	*k, *v, *id = NULL, *pattern = NULL;
	const char		*near;
	struct lint_rule	*r;
	unsigned long		 seen = 0;
	size_t			 i;
	int			 is_new, key;

	if (map->kind != GOAL_MAPPING) {
		error(ld, map, "a rule must be a mapping");
		return;
	}
	for (i = 0; i + 1 < map->n; i += 2) {
		k = map->item[i];
		if (!want_text(ld, k, "a key"))
			return;
		/* Unknown keys are reported with the others, by rule_key(). */
		key = find_name(k->str, rule_keys, NITEMS(rule_keys));
		if (key >= 0 && (seen & 1UL << key)) {
			error(ld, k, "duplicate key \"%s\"", k->str);
			return;
		}
		if (key >= 0)
			seen |= 1UL << key;
		if (strcmp(k->str, "id") == 0)
			id = map->item[i + 1];
		if (strcmp(k->str, "forbid") == 0 ||
		    strcmp(k->str, "require") == 0) {
			if (pattern != NULL) {
				error(ld, k, "a rule has forbid or require, "
				    "not both");
				return;
			}
			pattern = k;
		}
	}
	if (id == NULL || id->kind != GOAL_SCALAR || id->len == 0) {
		error(ld, id ? id : map, "a rule needs an id");
		return;
	}
	ld->id = id->str;
	is_new = lint_rule_find(ld->lint, id->str) == NULL;
	if (is_new && pattern == NULL) {
		if ((near = goal_lint_suggest(ld->lint, id->str)) != NULL)
			error(ld, id, "no such rule: did you mean \"%s\"?",
			    near);
		else
			error(ld, id, "a new rule needs forbid or require");
		ld->id = NULL;
		return;
	}
	r = lint_rule_add(ld->lint, id->str);
	if (is_new) {
		r->file = goal_xstrdup(ld->file);
		r->pos = id->pos;
		r->fields = 1UL << GOAL_K_GOAL;
		r->level = GOAL_WARNING;
		r->level_set = 1;
	}
	for (i = 0; i + 1 < map->n; i += 2) {
		k = map->item[i];
		v = map->item[i + 1];
		rule_key(ld, r, k, v);
	}
	if (is_new && r->message == NULL)
		error(ld, id, "a new rule needs a message");
	ld->id = NULL;
}

static int
load(struct goal_lint *l, const char *file, FILE *fp,
    struct goal_diags *errs, int builtin)
{
	struct loader		 ld = { l, errs, file, NULL, 0, builtin };
	struct goal_reader	*r;
	const struct goal_node	*root, *k, *rules = NULL;
	struct goal_diags	*rd;
	size_t			 i;
	int			 rc;

	r = goal_reader_new(file, fp, 0);
	rd = goal_reader_diags(r);
	while ((rc = goal_reader_document(r, &root)) == 1) {
		if (root->kind != GOAL_MAPPING) {
			if (!(root->kind == GOAL_SCALAR && root->len == 0))
				error(&ld, root, "a rule file is a mapping "
				    "with rules");
			continue;
		}
		for (i = 0; i + 1 < root->n; i += 2) {
			k = root->item[i];
			if (k->kind == GOAL_SCALAR &&
			    strcmp(k->str, "rules") == 0)
				rules = root->item[i + 1];
			else if (k->kind == GOAL_SCALAR) {
				static const char *const top[] = { "rules" };

				unknown(&ld, k, "key", top, 1);
			} else
				error(&ld, k, "a key must be text");
		}
		if (rules == NULL)
			continue;
		if (rules->kind != GOAL_SEQUENCE) {
			if (!(rules->kind == GOAL_SCALAR && rules->len == 0))
				error(&ld, rules, "rules must be a sequence");
			continue;
		}
		for (i = 0; i < rules->n; i++)
			read_rule(&ld, rules->item[i]);
		rules = NULL;
	}
	if (rc < 0) {
		/* The reader's fatal problem, in the rule file's terms. */
		for (i = 0; i < rd->n; i++)
			if (rd->v[i].fatal) {
				struct goal_node	 at;

				memset(&at, 0, sizeof(at));
				at.pos = rd->v[i].pos;
				error(&ld, &at, "%s", rd->v[i].message);
			}
	}
	goal_reader_free(r);
	l->active_stale = 1;	/* levels and patterns may have changed */
	return ld.failed ? -1 : 0;
}

/*
 * Reads a rule file into the table.  Returns 0, or -1 with the problems
 * in errs, each with its place in the file.
 */
int
goal_lint_load(struct goal_lint *l, const char *file, FILE *fp,
    struct goal_diags *errs)
{
	return load(l, file, fp, errs, 0);
}

/*
 * The built-in rule set, lib/rules.yaml, compiled in by the Makefile;
 * and the same without its examples and comments (tools/lean-rules).
 */
extern const unsigned char goal_rules_yaml[];
extern const size_t goal_rules_yaml_len;
extern const unsigned char goal_rules_lean_yaml[];
extern const size_t goal_rules_lean_yaml_len;

static int
load_embedded(struct goal_lint *l, const unsigned char *data, size_t len,
    struct goal_diags *errs)
{
	FILE	*fp;
	int	 rc;

	fp = fmemopen((void *)(uintptr_t)data, len, "r");
	if (fp == NULL)
		goal_nomem();
	rc = load(l, "lib/rules.yaml", fp, errs, 1);
	fclose(fp);
	return rc;
}

int
goal_lint_load_builtin(struct goal_lint *l, struct goal_diags *errs)
{
	return load_embedded(l, goal_rules_yaml, goal_rules_yaml_len, errs);
}

/*
 * The built-in rules for linting, without their examples: goal-lint
 * reads them at every start, and a third of the YAML was examples
 * (issue 13: start-up).
 */
int
goal_lint_load_builtin_lean(struct goal_lint *l, struct goal_diags *errs)
{
	return load_embedded(l, goal_rules_lean_yaml,
	    goal_rules_lean_yaml_len, errs);
}
