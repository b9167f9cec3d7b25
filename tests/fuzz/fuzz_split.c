/*
 * fuzz_split.c: libFuzzer's entry point over goal-split's work: the
 * reader, the records of split.c with and without -b (recurring goals
 * and counts split pro rata), -a, -s, and every record format (TSV,
 * JSON, YAML through libyaml's emitter) written to /dev/null, through
 * the library calls cmd/goal-split.c makes.  The options come from a
 * hash of the input, so that the whole input stays a goal file and
 * every mutation may also change them.  Built and run by `make fuzz`.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

struct opts {
	int			 all;
	enum goal_share		 share;
	struct goal_split	*split;
	struct goal_yaml	*yaml;
	struct goal_diags	 diags;
};

static const char *const record_keys[] = {
	"location", "path", "depth", "status", "start", "due", "area",
	"owner", "text", "buddy", "review", "parent", "due_from", "due_raw",
	"done", "total", "goal", "steps", NULL
};

static const struct goal_node *
owner_of(const struct goal *g)
{
	return g->header != NULL ? g->header->owner : NULL;
}

static void
day_text(long day)
{
	char	 buf[11];

	if (day == GOAL_NODAY)
		return;
	goal_date_format(day, buf);
	fputs(buf, null);
}

/* What tsv_record() and json_record() of goal-split call. */
static void
record(const struct opts *o, const struct goal_record *r)
{
	const struct goal	*g = r->goal;
	const struct goal_node	*n;
	size_t			 done, total;

	goal_out_tsv_field(null, g->file, strlen(g->file));
	goal_out_tsv_field(null, r->path, strlen(r->path));
	if (r->text != NULL)
		goal_out_tsv_field(null, r->text, r->textlen);
	day_text(r->start);
	day_text(r->due);
	fprintf(null, "%d\t%s\n", g->depth, goal_status_name(g->status));

	goal_json_member(null, "path", r->path);
	goal_json_key(null, "start", 0);
	goal_json_day(null, r->start);
	goal_json_key(null, "due", 0);
	goal_json_day(null, r->due);
	goal_json_member(null, "area", goal_area_name(g->area));
	if ((n = owner_of(g)) != NULL)
		goal_json_node(null, n);
	if (r->text != NULL)
		goal_json_string(null, r->text, r->textlen);
	if (g->buddy != NULL)
		goal_json_node(null, g->buddy);
	n = g->val[GOAL_K_REVIEW];
	if (n == NULL && g->header != NULL)
		n = g->header->review;
	if (n != NULL)
		goal_json_node(null, n);
	goal_json_member(null, "parent", g->parent ? g->parent->path : NULL);
	goal_json_member(null, "due_from", goal_due_from_name(g->due_from));
	if ((g->due_from == GOAL_FROM_DUE || g->due_from == GOAL_FROM_SPAN) &&
	    (n = g->val[GOAL_K_DUE]) != NULL)
		goal_json_string(null, n->str, n->len);
	else if (g->due_from == GOAL_FROM_TEXT)
		goal_json_string(null, g->val[GOAL_K_GOAL]->str +
		    g->phrase.off, g->phrase.len);
	goal_progress(g, o->share, &done, &total);
	goal_json_number(null, (long)done + (long)total);
	goal_json_goal_keys(null, g, record_keys);
	fputs("}\n", null);
}

/* tree_records() and goal_records() of goal-split. */
static void
tree(struct opts *o, const struct goal *g)
{
	struct goal_record	 r;
	size_t			 i, shown = 0;

	for (i = 0; i < g->nsteps; i++)
		shown += goal_is_shared(g->step[i], o->share);
	if (o->all || shown == 0) {
		goal_split_goal(o->split, g, &o->diags);
		goal_diags_clear(&o->diags);
		while (goal_split_next(o->split, &r))
			record(o, &r);
	}
	for (i = 0; i < g->nsteps; i++)
		if (goal_is_shared(g->step[i], o->share))
			tree(o, g->step[i]);
}

static int
each_goal(void *arg, const struct goal *g, const struct goal_diags *d)
{
	struct opts	*o = arg;

	fuzz_diags(d);
	if (g == NULL || !goal_is_shared(g, o->share))
		return 0;
	goal_yaml_goal(o->yaml, g, o->share);
	tree(o, g);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opts		 o;
	uint32_t		 h;
	int			 by;
	FILE			*fp;

	if ((fp = fuzz_open(data, size, &h)) == NULL)
		return 0;
	/* -s private..public, -b none/week/month/quarter/year, -a */
	memset(&o, 0, sizeof(o));
	o.share = (enum goal_share)(h & 3);
	by = (int)((h >> 2) % 5);
	o.all = (h >> 5) & 1;
	o.split = goal_split_new(by != 0, by ? (enum goal_unit)by : GOAL_DAY,
	    GOAL_SPLIT_MAX);
	o.yaml = goal_yaml_new(null);
	goal_diags_init(&o.diags);
	fuzz_walk(fp, each_goal, &o);
	goal_yaml_free(o.yaml);
	goal_split_free(o.split);
	goal_diags_free(&o.diags);
	return 0;
}
