/*
 * yaml_out.c: goals written back as YAML through libyaml's emitter, so
 * that the quoting is libyaml's and always reads back as the same text
 * (goal-split -f yaml and -o).  The nodes are copied as they were read,
 * unknown keys and bad values included, so that goal-lint finds in the
 * copy what it found in the original; only what was implicit is made
 * explicit: ids, and each goal's own span or sentence deadline as a date.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "libgoal.h"

struct goal_yaml {
	yaml_emitter_t	 em;
	FILE		*fp;
	int		 started;	/* STREAM-START was emitted */
	int		 failed;
};

static int
write_handler(void *data, unsigned char *buf, size_t size)
{
	FILE	*fp = data;

	return fwrite(buf, 1, size, fp) == size;
}

struct goal_yaml *
goal_yaml_new(FILE *fp)
{
	struct goal_yaml	*w;

	w = goal_xcalloc(1, sizeof(*w));
	if (!yaml_emitter_initialize(&w->em))
		goal_nomem();
	yaml_emitter_set_output(&w->em, write_handler, fp);
	yaml_emitter_set_unicode(&w->em, 1);
	/* Long goals stay on one line: a fold is valid, but hard to grep. */
	yaml_emitter_set_width(&w->em, -1);
	w->fp = fp;
	return w;
}

/* Emits an event that was made; libyaml frees it either way. */
static int
emit(struct goal_yaml *w, yaml_event_t *ev, int made)
{
	if (w->failed)
		return -1;
	if (!made || !yaml_emitter_emit(&w->em, ev)) {
		w->failed = 1;
		return -1;
	}
	return 0;
}

/*
 * A scalar whose text is empty or "~" reads as null when plain, so one
 * that was quoted stays quoted; the rest lets libyaml choose, keeping a
 * block scalar a block scalar where it can.
 */
static yaml_scalar_style_t
style_for(const char *s, size_t len, enum goal_style style)
{
	int	 nullish = len == 0 || (len == 1 && s[0] == '~');

	switch (style) {
	case GOAL_PLAIN:
		return YAML_ANY_SCALAR_STYLE;
	case GOAL_LITERAL:
		return YAML_LITERAL_SCALAR_STYLE;
	case GOAL_FOLDED:
		return YAML_FOLDED_SCALAR_STYLE;
	default:
		return nullish ? YAML_SINGLE_QUOTED_SCALAR_STYLE :
		    YAML_ANY_SCALAR_STYLE;
	}
}

static int
scalar(struct goal_yaml *w, const char *s, size_t len, enum goal_style style)
{
	yaml_event_t	 ev;

	return emit(w, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL,
	    (yaml_char_t *)(uintptr_t)s, (int)len, 1, 1,
	    style_for(s, len, style)));
}

static int
text(struct goal_yaml *w, const char *s)
{
	return scalar(w, s, strlen(s), GOAL_SINGLE_QUOTED);
}

static int
mapping_start(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	return emit(w, &ev, yaml_mapping_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static int
mapping_end(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	return emit(w, &ev, yaml_mapping_end_event_initialize(&ev));
}

static int
sequence_start(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	return emit(w, &ev, yaml_sequence_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

static int
sequence_end(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	return emit(w, &ev, yaml_sequence_end_event_initialize(&ev));
}

/* A node as it was read; depth is bounded by the reader's limit. */
static int
node(struct goal_yaml *w, const struct goal_node *n)
{
	size_t	 i;

	switch (n->kind) {
	case GOAL_SCALAR:
		return scalar(w, n->str, n->len, n->style);
	case GOAL_SEQUENCE:
		sequence_start(w);
		for (i = 0; i < n->n; i++)
			node(w, n->item[i]);
		return sequence_end(w);
	default:
		mapping_start(w);
		for (i = 0; i < n->n; i++)
			node(w, n->item[i]);
		return mapping_end(w);
	}
}

static int goal(struct goal_yaml *, const struct goal *, enum goal_share);

/*
 * A goal's date that the reader worked out from its own span or
 * sentence; an inherited date is not its own, and a span without a
 * start gives none to write.
 */
static int
own_due_to_write(const struct goal *g, char buf[11])
{
	if (g->due == GOAL_NODAY || (g->due_from != GOAL_FROM_SPAN &&
	    g->due_from != GOAL_FROM_TEXT))
		return 0;
	goal_date_format(g->due, buf);
	return 1;
}

static size_t
shown_steps(const struct goal *g, enum goal_share level)
{
	size_t	 i, n = 0;

	for (i = 0; i < g->nsteps; i++)
		n += goal_is_shared(g->step[i], level);
	return n;
}

/*
 * The steps: the model made a goal of each mapping among them, in
 * order, so the k-th mapping is step k; what is no mapping is copied.
 */
static int
steps(struct goal_yaml *w, const struct goal *g, enum goal_share level)
{
	const struct goal_node	*seq = g->val[GOAL_K_STEPS];
	size_t			 i, k = 0;

	sequence_start(w);
	for (i = 0; i < seq->n; i++) {
		if (seq->item[i]->kind != GOAL_MAPPING)
			node(w, seq->item[i]);
		else if (k < g->nsteps && g->step[k]->map == seq->item[i]) {
			if (goal_is_shared(g->step[k], level))
				goal(w, g->step[k], level);
			k++;
		}
	}
	return sequence_end(w);
}

static int
goal(struct goal_yaml *w, const struct goal *g, enum goal_share level)
{
	const struct goal_node	*k, *v;
	size_t			 i;
	char			 due[11];
	int			 write_due;

	write_due = own_due_to_write(g, due);
	mapping_start(w);
	/* The id first: a goal's first key is where it is. */
	if (g->key[GOAL_K_ID] == NULL) {
		text(w, "id");
		text(w, g->id);
	}
	for (i = 0; i + 1 < g->map->n; i += 2) {
		k = g->map->item[i];
		v = g->map->item[i + 1];
		/* A bad due stays as it was, to be found again. */
		if (k == g->key[GOAL_K_DUE] && write_due &&
		    (g->val[GOAL_K_DUE] != NULL || model_is_null(v))) {
			node(w, k);
			text(w, due);
			write_due = 0;
			continue;
		}
		if (k == g->key[GOAL_K_STEPS] && v == g->val[GOAL_K_STEPS]) {
			/* All steps left out: no trace of them. */
			if (shown_steps(g, level) > 0 ||
			    g->nsteps < v->n || g->nsteps == 0) {
				node(w, k);
				steps(w, g, level);
			}
			continue;
		}
		node(w, k);
		node(w, v);
		if (k == g->key[GOAL_K_GOAL] && write_due &&
		    g->key[GOAL_K_DUE] == NULL) {
			text(w, "due");
			text(w, due);
			write_due = 0;
		}
	}
	return mapping_end(w);
}

static int
header_key(struct goal_yaml *w, const char *key, const struct goal_node *v)
{
	if (v == NULL)
		return 0;
	text(w, key);
	return node(w, v);
}

/* One document: the header keys the input has, and the goal. */
int
goal_yaml_goal(struct goal_yaml *w, const struct goal *g,
    enum goal_share level)
{
	const struct goal_header	*h = g->header;
	yaml_event_t			 ev;

	if (!w->started) {
		emit(w, &ev, yaml_stream_start_event_initialize(&ev,
		    YAML_UTF8_ENCODING));
		w->started = 1;
	}
	emit(w, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL,
	    NULL, 1));
	mapping_start(w);
	if (h != NULL) {
		header_key(w, "owner", h->owner);
		header_key(w, "buddy", h->buddy);
		header_key(w, "review", h->review);
	}
	text(w, "goals");
	sequence_start(w);
	goal(w, g, level);
	sequence_end(w);
	mapping_end(w);
	emit(w, &ev, yaml_document_end_event_initialize(&ev, 1));
	/* Each document goes out whole: a reader downstream need not wait. */
	if (!w->failed && !yaml_emitter_flush(&w->em))
		w->failed = 1;
	return w->failed || ferror(w->fp) ? -1 : 0;
}

int
goal_yaml_free(struct goal_yaml *w)
{
	yaml_event_t	 ev;
	int		 rc;

	/*
	 * With no goal written the stream never started, and libyaml's
	 * flush asserts on an emitter with no encoding yet (goal-split
	 * -f yaml on a file without goals aborted): nothing to flush.
	 */
	if (w->started) {
		emit(w, &ev, yaml_stream_end_event_initialize(&ev));
		if (!w->failed && !yaml_emitter_flush(&w->em))
			w->failed = 1;
	}
	rc = w->failed || ferror(w->fp) ? -1 : 0;
	yaml_emitter_delete(&w->em);
	free(w);
	return rc;
}
