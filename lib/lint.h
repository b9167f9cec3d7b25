/*
 * lint.h: the rule table of goal-lint, private to lib/.  A rule is a
 * built-in check (written in C, listed in checks.c) or a pattern rule from
 * a rule file; both are levelled, switched off and merged by id alike.
 */
#ifndef LINT_H
#define LINT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "goal.h"

enum lint_scope {
	SCOPE_ALL,
	SCOPE_TOP,
	SCOPE_STEP,
	SCOPE_OTHER	/* a check about a file or a document */
};

struct lint_rule {
	char				*id;
	const struct goal_check_info	*check;	/* a built-in check */
	char				*file;	/* where it was defined */
	struct goal_pos			 pos;

	enum goal_level			 level;
	int				 level_set;
	const char			*criterion;	/* static, or NULL */
	int				 criterion_set;
	char				*message;
	char				*hint;

	/* pattern rules only */
	enum lint_scope			 scope;
	unsigned long			 fields;	/* bits of goal_key */
	unsigned long			 unless;
	char				*pattern;
	int				 require;	/* else forbid */
	pcre2_code			*code;
	int				 jit;		/* compiled for the JIT */
	int				 disabled;	/* hit the match limit */
	char				**bad;
	size_t				 nbad;
	char				**good;
	size_t				 ngood;
	struct goal_pos			*bad_pos;
	struct goal_pos			*good_pos;
};

struct goal_lint {
	struct lint_rule	*rule;
	size_t			 nrules;
	size_t			 cap;
	/* rule ids to indexes, open addressing; made again as rules come */
	size_t			*index;
	size_t			 index_cap;
	/* the pattern rules that are on, made when first needed */
	struct lint_rule	**active;
	size_t			 nactive;
	int			 active_stale;

	/* what matching needs, made once */
	pcre2_match_context	*mctx;
	pcre2_match_data	*md;
	pcre2_jit_stack		*jit_stack;
	pcre2_compile_context	*cctx;

	/* the header whose slow review was reported last */
	const char		*slow_file;
	int			 slow_doc;
};

struct lint_rule *lint_rule_add(struct goal_lint *, const char *);
struct lint_rule *lint_rule_find(const struct goal_lint *, const char *);
void	 lint_rule_clear(struct lint_rule *);
enum goal_level lint_rule_level(const struct lint_rule *);
const char *lint_rule_criterion(const struct lint_rule *);
int	 lint_rule_fires(struct goal_lint *, struct lint_rule *, const char *,
	    size_t);

void	 lint_checks(struct goal_lint *, const struct goal *, long,
	    struct goal_diags *);
void	 lint_patterns(struct goal_lint *, const struct goal *,
	    struct goal_diags *);

#endif /* LINT_H */
