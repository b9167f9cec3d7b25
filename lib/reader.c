/*
 * reader.c: goal files, one top-level goal at a time.
 *
 * libyaml's event API drives a small state machine over the document
 * structure of goal(5): header keys, then the goals sequence, whose items
 * are built into nodes in an arena that is reset for the next few goals
 * (BATCH_GOALS).  So memory is bounded by a few of the largest goals,
 * plus a hash per goal for the duplicate-id check, never by the file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "libgoal.h"

enum reader_state {
	R_STREAM,	/* before a document */
	R_DOCUMENT,	/* at the root node of a document */
	R_HEADER,	/* among the header keys */
	R_GOALS,	/* among the goals */
	R_DOCUMENT_END,	/* after the root node */
	R_DONE,
	R_FAILED
};

/*
 * The goals are read ahead: the nodes of up to BATCH_GOALS top-level
 * goals, or of as many as fill the first block of their arena, are built
 * before the first of them is modelled.  libyaml's loop and the model's
 * code then each run long enough to stay in the instruction cache,
 * instead of evicting each other at every goal.
 */
#define BATCH_GOALS	8

enum header_key { H_OWNER, H_BUDDY, H_REVIEW, H_GOALS, H_NKEYS };

static const char *const header_names[H_NKEYS] = {
	"owner", "buddy", "review", "goals"
};

struct goal_reader {
	yaml_parser_t		 parser;
	struct source		 src;
	char			*file;
	long			 today;
	struct goal_diags	 diags;
	struct goal_arena	*arena;		/* the current goal */
	struct goal_arena	*doc_arena;	/* the current header */
	struct goal_header	 header;
	unsigned long		 header_line[H_NKEYS];	/* where each is */
	enum reader_state	 state;
	int			 bare;		/* the goals are the root */
	int			 depth;
	size_t			 ngoals;	/* in this document so far */
	int			 review_taken;	/* by a goal of this document */
	struct idset		 ids;

	/* the goals read ahead; a NULL node is the end of the sequence */
	struct goal_arena	*batch_arena;
	struct goal_node	*batch[BATCH_GOALS];
	uint64_t		 batch_id[BATCH_GOALS];	/* idset_hash() */
	size_t			 nbatch, batch_next;
	int			 batch_failed;	/* a fatal problem after them */
	struct goal_diags	 held;		/* and its finding */

	/* the event just parsed: where it starts, where it ends */
	struct goal_pos		 pos;
	unsigned long		 end;
};

struct goal_reader *
goal_reader_new(const char *file, FILE *fp, long today)
{
	struct goal_reader	*r;

	r = goal_xcalloc(1, sizeof(*r));
	if (!yaml_parser_initialize(&r->parser)) {
		free(r);
		goal_nomem();		/* libyaml is out of memory */
	}
	source_init(&r->src, fp);
	yaml_parser_set_input(&r->parser, source_read, &r->src);
	r->file = goal_xstrdup(file);
	r->today = today;
	goal_diags_init(&r->diags);
	r->arena = goal_arena_new();
	r->doc_arena = goal_arena_new();
	idset_init(&r->ids);
	r->batch_arena = goal_arena_new();
	goal_diags_init(&r->held);
	r->state = R_STREAM;
	return r;
}

void
goal_reader_free(struct goal_reader *r)
{
	if (r == NULL)
		return;
	yaml_parser_delete(&r->parser);
	source_free(&r->src);
	goal_diags_free(&r->diags);
	goal_arena_free(r->arena);
	goal_arena_free(r->doc_arena);
	idset_free(&r->ids);
	goal_arena_free(r->batch_arena);
	goal_diags_free(&r->held);
	free(r->file);
	free(r);
}

struct goal_diags *
goal_reader_diags(struct goal_reader *r)
{
	return &r->diags;
}

static int fatal(struct goal_reader *, const struct goal_pos *, const char *,
    const char *, ...) __attribute__((format(printf, 4, 5)));

/* A problem that ends the file. */
static int
fatal(struct goal_reader *r, const struct goal_pos *pos, const char *rule,
    const char *fmt, ...)
{
	struct goal_diag	*d;
	va_list			 ap;

	va_start(ap, fmt);
	d = goal_diags_vadd(&r->diags, r->file, pos, rule, GOAL_ERROR, fmt,
	    ap);
	va_end(ap);
	d->fatal = 1;
	r->state = R_FAILED;
	return 0;
}

/* A character goal files refuse, raw or made by an escape. */
static int
refused(struct goal_reader *r, const struct goal_pos *pos, uint32_t cp)
{
	return fatal(r, pos, "format.limit", "%s U+%04lX is not allowed",
	    cp >= 0xFFFE ? "non-character" : "control character",
	    (unsigned long)cp);
}

static int
too_long(struct goal_reader *r, const struct goal_pos *pos)
{
	return fatal(r, pos, "format.limit", "more than %lu bytes in one "
	    "scalar or between two events", (unsigned long)GOAL_MAX_SCALAR);
}

/* Reports why libyaml stopped: our own limits first, then its problem. */
static int
parse_failed(struct goal_reader *r)
{
	struct source		*s = &r->src;
	struct goal_pos		 pos;
	const char		*ctx;
	char			 hint[320];

	if (s->error != SOURCE_OK) {
		source_pos_of_offset(s, s->error_off, &pos);
		switch (s->error) {
		case SOURCE_IO:
			return fatal(r, &pos, "format.yaml", "read error: %s",
			    strerror(s->saved_errno));
		case SOURCE_UTF8:
			return fatal(r, &pos, "format.limit",
			    "invalid UTF-8: save the file as UTF-8");
		case SOURCE_CONTROL:
			return refused(r, &pos, s->bad_cp);
		case SOURCE_DIRECTIVES:
			return fatal(r, &pos, "format.limit", "more than %d "
			    "directives (%%TAG, %%YAML) before a document",
			    SOURCE_MAX_DIRECTIVES);
		default:
			return too_long(r, &pos);
		}
	}
	if (r->parser.error == YAML_MEMORY_ERROR)
		goal_nomem();
	if (r->parser.error == YAML_READER_ERROR)
		source_pos_of_offset(s, r->parser.problem_offset, &pos);
	else
		source_pos(s, r->parser.problem_mark.index,
		    r->parser.problem_mark.line, r->parser.problem_mark.column,
		    &pos);
	if (goal_yaml_hint(s, &r->parser, &pos, hint, sizeof(hint)))
		return fatal(r, &pos, "format.yaml", "%s", hint);
	ctx = r->parser.context;
	if (ctx == NULL)
		return fatal(r, &pos, "format.yaml", "%s",
		    r->parser.problem ? r->parser.problem : "cannot parse");
	/* libyaml's lines are ours but for the rare CR- or NEL-only file. */
	return fatal(r, &pos, "format.yaml", "%s %s (line %lu)",
	    r->parser.problem ? r->parser.problem : "cannot parse", ctx,
	    (unsigned long)r->parser.context_mark.line + 1);
}

/*
 * Parses the next event and checks what goal(5) forbids of events:
 * aliases and deep nesting.  Returns 0, with a fatal diagnostic and
 * nothing to delete, when the file cannot go on.
 */
static int
next_event(struct goal_reader *r, yaml_event_t *ev)
{
	unsigned long	 over;

	if (!yaml_parser_parse(&r->parser, ev))
		return parse_failed(r);
	if (!source_event(&r->src, ev->start_mark.index, ev->start_mark.line,
	    ev->start_mark.column, ev->end_mark.index, &r->pos, &r->end,
	    &over)) {
		yaml_event_delete(ev);
		source_pos_of_offset(&r->src, over, &r->pos);
		return too_long(r, &r->pos);
	}
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		yaml_event_delete(ev);
		return fatal(r, &r->pos, "format.alias", "aliases and merge "
		    "keys are not allowed in goal files: write the value out");
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (++r->depth > GOAL_MAX_DEPTH) {
			yaml_event_delete(ev);
			return fatal(r, &r->pos, "format.limit",
			    "nested deeper than %d collections",
			    GOAL_MAX_DEPTH);
		}
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		r->depth--;
		break;
	default:
		break;
	}
	return 1;
}

static enum goal_style
style_of(yaml_scalar_style_t style)
{
	switch (style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
		return GOAL_SINGLE_QUOTED;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		return GOAL_DOUBLE_QUOTED;
	case YAML_LITERAL_SCALAR_STYLE:
		return GOAL_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE:
		return GOAL_FOLDED;
	default:
		return GOAL_PLAIN;
	}
}

/*
 * A character that an escape ("\0", "\x07", "\x85" is fine, "\u0080" and
 * "\uFFFE" are not) put in a value, refused as it would be written raw.
 * libyaml's values are UTF-8: the decoding trusts it.
 */
static int
check_controls(struct goal_reader *r, const struct goal_node *n)
{
	const unsigned char	*s = (const unsigned char *)n->str;
	struct goal_pos		 pos;
	size_t			 i, k, len;
	uint32_t		 cp;

	for (i = 0; i < n->len; i += len) {
		len = s[i] < 0x80 ? 1 : s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
		if (i + len > n->len)
			break;
		cp = len == 1 ? s[i] : s[i] & (0x7F >> len);
		for (k = 1; k < len; k++)
			cp = cp << 6 | (s[i + k] & 0x3F);
		if (goal_is_refused(cp)) {
			pos = goal_node_pos_at(n, i);
			return refused(r, &pos, cp);
		}
	}
	return 1;
}

/*
 * The length of a scalar's tag and anchor ("!!str &a ") before its
 * value: the event starts there, and positions point at the value.
 */
static size_t
properties_len(const char *s, size_t len)
{
	size_t	 i = 0;

	while (i < len && (s[i] == '!' || s[i] == '&')) {
		while (i < len && s[i] != ' ' && s[i] != '\t' &&
		    goal_break_len(s + i, s + len) == 0)
			i++;
		while (i < len && (s[i] == ' ' || s[i] == '\t' ||
		    goal_break_len(s + i, s + len) > 0))
			i++;
	}
	return i;
}

/*
 * A node of a kind, at pos, the rest zero.  One node an event: each
 * field is set, which costs a third of clearing the whole first (a
 * string instruction of 13 rounds), so a field added to struct
 * goal_node must be added here.
 */
static inline struct goal_node *
new_node(struct goal_arena *a, enum goal_node_kind kind,
    const struct goal_pos *pos)
{
	struct goal_node	*n;

	n = goal_arena_alloc(a, sizeof(*n));
	n->kind = kind;
	n->pos = *pos;
	n->str = NULL;
	n->len = 0;
	n->style = GOAL_PLAIN;
	n->src = NULL;
	n->srclen = 0;
	n->lost = NULL;
	n->item = NULL;
	n->n = 0;
	return n;
}

/*
 * A scalar.  Its source text is kept for values, where rules map matches
 * back to the file, and for double-quoted keys, whose escapes may make a
 * control character to point at; other keys are reported where they
 * start.
 */
static struct goal_node *
scalar_node(struct goal_reader *r, struct goal_arena *a, yaml_event_t *ev,
    int is_key)
{
	struct goal_node	*n;
	const char		*src;
	size_t			 srclen, skip = 0;

	n = new_node(a, GOAL_SCALAR, &r->pos);
	n->str = goal_arena_strndup(a, (const char *)ev->data.scalar.value,
	    ev->data.scalar.length);
	n->len = ev->data.scalar.length;
	n->style = style_of(ev->data.scalar.style);
	if (!is_key || n->style == GOAL_DOUBLE_QUOTED) {
		src = source_text(&r->src, r->pos.off, r->end, &srclen);
		/* Most scalars have neither: nothing to step over. */
		if (ev->data.scalar.tag != NULL ||
		    ev->data.scalar.anchor != NULL) {
			skip = properties_len(src, srclen);
			n->pos = goal_pos_advance(n->pos, src, skip, srclen);
		}
		n->src = goal_arena_strndup(a, src + skip, srclen - skip);
		n->srclen = srclen - skip;
		if (!is_key && n->style == GOAL_PLAIN)
			goal_yaml_lost(&r->src, r->end, n, a);
	}
	/* Only an escape can make a control character: the input has none. */
	if (n->style == GOAL_DOUBLE_QUOTED && !check_controls(r, n))
		return NULL;
	return n;
}

/*
 * Builds the node that starts with ev, and everything inside it, in the
 * arena.  It deletes ev.  NULL on a fatal problem.  The recursion is as
 * deep as the nesting, which next_event() limits.
 */
static struct goal_node *
build(struct goal_reader *r, struct goal_arena *a, yaml_event_t *ev,
    int is_key)
{
	struct goal_node	*n, *child, **items;
	yaml_event_t		 cev;
	yaml_event_type_t	 end;
	size_t			 cap = 0;

	if (ev->type == YAML_SCALAR_EVENT) {
		n = scalar_node(r, a, ev, is_key);
		yaml_event_delete(ev);
		return n;
	}
	if (ev->type == YAML_SEQUENCE_START_EVENT) {
		n = new_node(a, GOAL_SEQUENCE, &r->pos);
		end = YAML_SEQUENCE_END_EVENT;
	} else {
		n = new_node(a, GOAL_MAPPING, &r->pos);
		end = YAML_MAPPING_END_EVENT;
	}
	yaml_event_delete(ev);
	for (;;) {
		if (!next_event(r, &cev))
			return NULL;
		if (cev.type == end) {
			yaml_event_delete(&cev);
			return n;
		}
		if ((child = build(r, a, &cev, n->kind == GOAL_MAPPING &&
		    n->n % 2 == 0)) == NULL)
			return NULL;
		/* A merge key merges whether its value is an alias or not. */
		if (n->kind == GOAL_MAPPING && n->n % 2 == 0 &&
		    child->kind == GOAL_SCALAR && child->style == GOAL_PLAIN &&
		    strcmp(child->str, "<<") == 0) {
			fatal(r, &child->pos, "format.alias", "merge keys are "
			    "not allowed in goal files: write the keys out");
			return NULL;
		}
		if (n->n == cap) {
			/* The old array stays in the arena: at most double. */
			cap = cap ? cap * 2 : 8;
			items = goal_arena_alloc(a, cap * sizeof(*items));
			if (n->n > 0)
				memcpy(items, n->item, n->n * sizeof(*items));
			n->item = items;
		}
		n->item[n->n++] = child;
	}
}

/* Findings handed over at the latest, when no goal comes between. */
#define FLUSH_DIAGS	256

static void
new_document(struct goal_reader *r)
{
	int	doc = r->header.doc;

	/* No finding refers to the nodes of documents before: no goal came. */
	goal_arena_reset(r->arena);
	goal_arena_reset(r->doc_arena);
	memset(&r->header, 0, sizeof(r->header));
	/* Counted across the file: calendar UIDs carry the number. */
	r->header.doc = doc + 1;
	memset(r->header_line, 0, sizeof(r->header_line));
	idset_clear(&r->ids);
	r->ngoals = 0;
	r->review_taken = 0;
	r->bare = 0;
}

static int
header_index(const struct goal_node *key)
{
	int	 h;

	if (key->kind != GOAL_SCALAR)
		return -1;
	for (h = 0; h < H_NKEYS; h++)
		if (strcmp(key->str, header_names[h]) == 0)
			return h;
	return -1;
}

static void
header_value(struct goal_reader *r, struct model *m, int h,
    struct goal_node *v)
{
	if (model_is_null(v))
		return;
	if (v->kind != GOAL_SCALAR) {
		model_wrong_type(m, v, header_names[h], "text");
		return;
	}
	switch (h) {
	case H_OWNER:
		r->header.owner = v;
		break;
	case H_BUDDY:
		r->header.buddy = v;
		break;
	default:
		if (model_review(m, v, &r->header.review_every.span) != 0)
			break;
		r->header.review_every.set = 1;
		r->header.review = v;
		break;
	}
}

/*
 * A header key (built in the goal arena, gone at the next call) and its
 * value, whose event is the next one.  Only the values that apply are
 * built in the document's arena, so a header cannot grow it unbounded.
 */
static int
header_key(struct goal_reader *r, struct goal_node *key)
{
	struct model		 m = { r->arena, &r->diags, r->file,
				    r->today, NULL };
	struct goal_node	*v;
	yaml_event_t		 ev;
	int			 h, applies;

	h = header_index(key);
	if (h >= 0 && r->header_line[h] != 0) {
		goal_diags_add(&r->diags, r->file, &key->pos,
		    "format.duplicate-key", GOAL_ERROR,
		    "duplicate key \"%s\" (first at line %lu)", key->str,
		    r->header_line[h]);
		/* A second goals list is read all the same: nothing lost. */
		if (h != H_GOALS)
			h = -2;
	} else if (h >= 0)
		r->header_line[h] = key->pos.line;
	if (!next_event(r, &ev))
		return 0;
	if (h == H_GOALS) {
		if (ev.type == YAML_SEQUENCE_START_EVENT) {
			yaml_event_delete(&ev);
			r->state = R_GOALS;
			return 1;
		}
		/* `goals:` with nothing is a document without goals. */
		if ((v = build(r, r->arena, &ev, 0)) == NULL)
			return 0;
		if (!model_is_null(v))
			model_wrong_type(&m, v, "goals", "a sequence of goals");
		return 1;
	}
	applies = h >= 0 && r->header_line[H_GOALS] == 0;
	if ((v = build(r, applies ? r->doc_arena : r->arena, &ev, 0)) == NULL)
		return 0;
	if (key->kind != GOAL_SCALAR)
		model_wrong_type(&m, key, "a key", "text");
	else if (h == -1)
		model_unknown_key(&m, key, " in the header", header_names,
		    H_NKEYS);
	else if (h >= 0 && !applies)
		goal_diags_add(&r->diags, r->file, &key->pos,
		    "format.header-after-goals", GOAL_WARNING,
		    "\"%s\" after \"goals\" is not applied: move it above "
		    "the goals", key->str);
	else if (h >= 0)
		header_value(r, &m, h, v);
	return 1;
}

/* A top-level goal, built ahead: checked, and its path recorded. */
static struct goal *
top_goal(struct goal_reader *r, const struct goal_node *n)
{
	struct model		 m = { r->arena, &r->diags, r->file, r->today,
				    &r->header };
	struct goal		*g;
	unsigned long		 first;

	if ((g = model_goal(&m, n, NULL, ++r->ngoals)) == NULL)
		return NULL;
	/* The document, not the linter, knows who takes its review first. */
	if (g->val[GOAL_K_REVIEW] == NULL && r->header.review_every.set &&
	    !r->review_taken) {
		g->header_review_first = 1;
		r->review_taken = 1;
	}
	first = idset_add(&r->ids, g->path, strlen(g->path), g->pos.line);
	if (first != 0)
		model_duplicate_id(&m, g, first);
	return g;
}

/*
 * The hash of what is most likely a goal's path: its id, as the model
 * takes it when it is short, which is what idset_add() will be asked.
 */
static uint64_t
likely_id_hash(const struct goal_node *n)
{
	const struct goal_node	*k, *v;
	size_t			 i;

	if (n->kind != GOAL_MAPPING)
		return 0;
	for (i = 0; i + 1 < n->n; i += 2) {
		k = n->item[i];
		v = n->item[i + 1];
		if (k->kind == GOAL_SCALAR && strcmp(k->str, "id") == 0)
			return v->kind == GOAL_SCALAR ?
			    idset_hash(v->str, v->len) : 0;
	}
	return 0;
}

/*
 * Builds the next items of the goals sequence, up to its end.  A fatal
 * problem on the way is held back, with its finding, until the goals
 * before it are handed over, as they were before it was found.
 */
static void
read_batch(struct goal_reader *r)
{
	struct goal_diags	 diags = r->diags;
	struct goal_node	*n;
	yaml_event_t		 ev;

	goal_arena_reset(r->batch_arena);
	goal_diags_clear(&r->held);
	r->nbatch = r->batch_next = 0;
	/* fatal() reports into r->diags: into the held ones, for now. */
	r->diags = r->held;
	while (r->nbatch < BATCH_GOALS &&
	    !goal_arena_spilled(r->batch_arena)) {
		if (!next_event(r, &ev)) {
			r->batch_failed = 1;
			break;
		}
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			r->batch_id[r->nbatch] = 0;
			r->batch[r->nbatch++] = NULL;
			break;
		}
		if ((n = build(r, r->batch_arena, &ev, 0)) == NULL) {
			r->batch_failed = 1;
			break;
		}
		r->batch_id[r->nbatch] = likely_id_hash(n);
		idset_prefetch_bucket(&r->ids, r->batch_id[r->nbatch]);
		r->batch[r->nbatch++] = n;
	}
	r->held = r->diags;
	r->diags = diags;
	if (r->batch_failed)
		r->state = R_GOALS;
}

/* The fatal problem after the batch, now that its goals are handed over. */
static void
hand_over_held(struct goal_reader *r)
{
	struct goal_diag	*d;
	const char		*msg;
	size_t			 i;

	for (i = 0; i < r->held.n; i++) {
		d = goal_diags_add(&r->diags, r->file, NULL, "", GOAL_ERROR,
		    "%s", r->held.v[i].message);
		msg = d->message;
		*d = r->held.v[i];
		d->message = msg;
	}
	r->state = R_FAILED;
}

/*
 * The next item of the goals sequence, NULL at its end.  0 on a fatal
 * problem.
 */
static int
next_item(struct goal_reader *r, const struct goal_node **np)
{
	if (r->batch_next == r->nbatch) {
		if (!r->batch_failed)
			read_batch(r);
		if (r->batch_next == r->nbatch) {
			hand_over_held(r);
			return 0;
		}
	}
	/* The bucket came with the batch: its entry comes during the model. */
	idset_prefetch_entry(&r->ids, r->batch_id[r->batch_next]);
	*np = r->batch[r->batch_next++];
	return 1;
}

/* The root node of a document. */
static int
root(struct goal_reader *r, yaml_event_t *ev)
{
	struct model		 m = { r->arena, &r->diags, r->file, r->today,
				    NULL };
	struct goal_node	*n;

	switch (ev->type) {
	case YAML_MAPPING_START_EVENT:
		r->state = R_HEADER;
		yaml_event_delete(ev);
		return 1;
	case YAML_SEQUENCE_START_EVENT:
		r->state = R_GOALS;
		r->bare = 1;
		yaml_event_delete(ev);
		return 1;
	default:
		r->state = R_DOCUMENT_END;
		if ((n = build(r, r->arena, ev, 0)) == NULL)
			return 0;
		/* An empty document ("---" alone) has no goals. */
		if (!model_is_null(n))
			model_wrong_type(&m, n, "a document",
			    "a mapping with goals, or a sequence of goals");
		return 1;
	}
}

/*
 * Reads up to the next top-level goal.  Returns GOAL_READ_GOAL with
 * *goalp set, valid until the next call; GOAL_READ_MORE with no goal but
 * findings to hand over before reading on; GOAL_READ_END at the end of
 * the file; GOAL_READ_FATAL on a fatal problem.  Either way, the diagnostics
 * found since the last call are in goal_reader_diags().
 */
int
goal_reader_next(struct goal_reader *r, struct goal **goalp)
{
	yaml_event_t		 ev;
	struct goal_node	*key;
	const struct goal_node	*item;

	*goalp = NULL;
	goal_diags_clear(&r->diags);
	goal_arena_reset(r->arena);
	for (;;) {
		if (r->state == R_DONE)
			return GOAL_READ_END;
		/* A long run of bad items or keys is handed over in parts. */
		if (r->diags.n >= FLUSH_DIAGS)
			return GOAL_READ_MORE;
		if (r->state == R_GOALS) {
			if (!next_item(r, &item))
				return GOAL_READ_FATAL;
			if (item == NULL)
				r->state = r->bare ? R_DOCUMENT_END : R_HEADER;
			else if ((*goalp = top_goal(r, item)) != NULL)
				return GOAL_READ_GOAL;
			continue;
		}
		if (r->state == R_FAILED || !next_event(r, &ev))
			return GOAL_READ_FATAL;
		switch (r->state) {
		case R_STREAM:
			if (ev.type == YAML_DOCUMENT_START_EVENT) {
				new_document(r);
				r->state = R_DOCUMENT;
			} else if (ev.type == YAML_STREAM_END_EVENT)
				r->state = R_DONE;
			yaml_event_delete(&ev);
			break;
		case R_DOCUMENT:
			if (!root(r, &ev))
				return GOAL_READ_FATAL;
			break;
		case R_HEADER:
			if (ev.type == YAML_MAPPING_END_EVENT) {
				yaml_event_delete(&ev);
				r->state = R_DOCUMENT_END;
				break;
			}
			if ((key = build(r, r->arena, &ev, 1)) == NULL ||
			    !header_key(r, key))
				return GOAL_READ_FATAL;
			break;
		default:	/* R_DOCUMENT_END */
			yaml_event_delete(&ev);
			r->state = R_STREAM;
			break;
		}
	}
}

/*
 * Reads the next document whole, as nodes valid until the next call: for
 * small files such as rule files, with the limits and positions of goal
 * files.  Returns 1 with *rootp set, 0 at the end, -1 on a fatal problem.
 */
int
goal_reader_document(struct goal_reader *r, const struct goal_node **rootp)
{
	yaml_event_t		 ev;
	struct goal_node	*n = NULL;

	*rootp = NULL;
	goal_diags_clear(&r->diags);
	goal_arena_reset(r->arena);
	for (;;) {
		if (r->state == R_DONE)
			return 0;
		if (r->state == R_FAILED || !next_event(r, &ev))
			return -1;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			r->state = R_DONE;
			/* FALLTHROUGH */
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_START_EVENT:
			yaml_event_delete(&ev);
			break;
		case YAML_DOCUMENT_END_EVENT:
			yaml_event_delete(&ev);
			if (n != NULL) {
				*rootp = n;
				return 1;
			}
			break;
		default:
			if ((n = build(r, r->arena, &ev, 0)) == NULL)
				return -1;
			break;
		}
	}
}
