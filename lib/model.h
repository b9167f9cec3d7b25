/*
 * model.h: from the nodes of one top-level goal to struct goal, private
 * to lib/.  The reader builds the nodes; the model checks every key and
 * value against goal(5), resolves inheritance and dates, and reports the
 * format.* findings it meets.
 */
#ifndef MODEL_H
#define MODEL_H

#include "goal.h"

struct model {
	struct goal_arena	*arena;		/* where the goals go */
	struct goal_diags	*diags;
	const char		*file;
	long			 today;
	const struct goal_header *header;
};

struct goal *model_goal(struct model *, const struct goal_node *,
	    struct goal *, size_t);
int	 model_is_null(const struct goal_node *);
void	 model_duplicate_id(struct model *, const struct goal *,
	    unsigned long);
int	 model_review(struct model *, const struct goal_node *,
	    struct goal_span *);
void	 model_wrong_type(struct model *, const struct goal_node *,
	    const char *, const char *);
void	 model_unknown_key(struct model *, const struct goal_node *,
	    const char *, const char *const *, size_t);

#endif /* MODEL_H */
