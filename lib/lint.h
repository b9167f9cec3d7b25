/*
 * lint.h: the rule table of goal-lint, private to lib/.  A rule is a
 * built-in check (written in C, listed in checks.c) or a pattern rule from
 * a rule file; both are levelled, switched off and merged by id alike.
 */
#ifndef LINT_H
#define LINT_H

#include "goal.h"

struct lint_rule {
	char				*id;
	const struct goal_check_info	*check;	/* a built-in check */
	enum goal_level			 level;
	int				 level_set;
	const char			*criterion;
	int				 criterion_set;
};

struct goal_lint {
	struct lint_rule	*rule;
	size_t			 nrules;
	size_t			 cap;
};

struct lint_rule *lint_rule_add(struct goal_lint *, const char *);
struct lint_rule *lint_rule_find(const struct goal_lint *, const char *);
void	 lint_rule_clear(struct lint_rule *);
enum goal_level lint_rule_level(const struct lint_rule *);
const char *lint_rule_criterion(const struct lint_rule *);

#endif /* LINT_H */
