/*
 * test_lean_rules.c: goal-lint reads the built-in rules without their
 * examples and comments (tools/lean-rules), and must lint as with the
 * whole file: every rule, in the same order, with the same pattern,
 * fields, level, messages and all, and not one example.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "goal.h"
#include "tap.h"

static struct goal_lint *
loaded(int lean)
{
	struct goal_lint	*l = goal_lint_new();
	struct goal_diags	 d;
	int			 rc;

	goal_diags_init(&d);
	rc = lean ? goal_lint_load_builtin_lean(l, &d) :
	    goal_lint_load_builtin(l, &d);
	IS_INT(rc, 0, "%s built-in rules load", lean ? "lean" : "whole");
	IS_INT(d.n, 0, "with no error");
	goal_diags_free(&d);
	return l;
}

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

int
main(void)
{
	struct goal_lint	*whole = loaded(0), *lean = loaded(1);
	struct goal_rule_info	 w, l;
	size_t			 i, n, differ = 0, examples = 0, wexamples = 0;

	n = goal_lint_nrules(whole);
	IS_INT(goal_lint_nrules(lean), n, "as many rules and checks");
	OK(n > 20, "and there are rules (%zu)", n);
	for (i = 0; i < n && i < goal_lint_nrules(lean); i++) {
		goal_lint_rule(whole, i, &w);
		goal_lint_rule(lean, i, &l);
		if (!same(w.id, l.id) || !same(w.criterion, l.criterion) ||
		    w.level != l.level || !same(w.scope, l.scope) ||
		    !same(w.kind, l.kind) || !same(w.pattern, l.pattern) ||
		    !same(w.message, l.message) || !same(w.hint, l.hint) ||
		    w.fields != l.fields || w.unless != l.unless) {
			printf("# rule %zu (%s) differs\n", i, w.id);
			differ++;
		}
		examples += l.nbad + l.ngood;
		wexamples += w.nbad + w.ngood;
	}
	IS_INT(differ, 0, "every rule the same but for its examples");
	IS_INT(examples, 0, "the lean rules have no example");
	OK(wexamples > 100, "the whole ones have theirs (%zu)", wexamples);
	goal_lint_free(whole);
	goal_lint_free(lean);
	return TAP_DONE();
}
