/*
 * yaml_out.c: goals written back as YAML with libyaml's quoting, so that
 * they always read back as the same text (goal-split -f yaml and -o).
 * The nodes are copied as they were read, unknown keys and bad values
 * included, so that goal-lint finds in the copy what it found in the
 * original; only what was implicit is made explicit: ids, and each goal's
 * own span or sentence deadline as a date.
 *
 * libyaml's emitter costs more than the parse of the input, and almost
 * every document is block collections of plain scalars and simple block
 * scalars.  Those are written by hand, by the emitter's own rules
 * (libyaml 0.2.5, width unlimited); a document with anything else (a
 * scalar that needs quotes, an empty collection, a long key) goes to
 * libyaml whole.  The hand writer never chooses a style: it only writes
 * what libyaml would have written, or gives up.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "libgoal.h"

/* Deeper than the reader lets a file go: a deeper document goes to libyaml. */
#define HAND_DEPTH	128

/* The emitter's state for the block styles (yaml_emitter_t's names). */
struct hand {
	char		*buf;		/* the document */
	size_t		 len;
	size_t		 cap;
	int		 indent;
	int		 column;
	int		 whitespace;
	int		 indention;
	int		 mapping_context;	/* of the node to come */
	int		 simple_key;
	int		 pending;	/* a collection started: empty? */
	int		 depth;
	int		 indents[HAND_DEPTH];	/* to restore at its end */
	char		 map[HAND_DEPTH];	/* a mapping, not a sequence */
	char		 key[HAND_DEPTH];	/* a mapping's key comes next */
	int		 bad;		/* outside what it writes */
};

struct goal_yaml {
	yaml_emitter_t	 em;
	FILE		*fp;
	int		 started;	/* a document was begun */
	int		 em_started;	/* STREAM-START went to libyaml */
	int		 em_last;	/* libyaml wrote the last document */
	int		 by_hand;	/* events go to the hand writer */
	int		 no_hand;	/* tests: libyaml writes every one */
	unsigned long	 hand_docs;
	struct hand	 h;
	unsigned long	 docs;
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

static char *
hand_room(struct hand *h, size_t n)
{
	if (h->len + n > h->cap) {
		h->cap = 2 * (h->len + n) + 256;
		h->buf = goal_xrealloc(h->buf, h->cap);
	}
	return h->buf + h->len;
}

static void
hand_put(struct hand *h, const char *s, size_t n)
{
	memcpy(hand_room(h, n), s, n);
	h->len += n;
	h->column += (int)n;
}

/* n spaces, or one byte: most of what is written between scalars. */
static void
hand_fill(struct hand *h, char c, int n)
{
	memset(hand_room(h, (size_t)n), c, (size_t)n);
	h->len += (size_t)n;
	h->column += n;
}

static void
hand_break(struct hand *h)
{
	*hand_room(h, 1) = '\n';
	h->len++;
	h->column = 0;
}

/* yaml_emitter_write_indent() */
static void
hand_indent(struct hand *h)
{
	int	 indent = h->indent >= 0 ? h->indent : 0;

	if (!h->indention || h->column > indent ||
	    (h->column == indent && !h->whitespace))
		hand_break(h);
	if (h->column < indent)
		hand_fill(h, ' ', indent - h->column);
	h->whitespace = 1;
	h->indention = 1;
}

/* yaml_emitter_write_indicator() */
static void
hand_indicator(struct hand *h, const char *s, int need_whitespace,
    int is_whitespace, int is_indention)
{
	if (need_whitespace && !h->whitespace)
		hand_fill(h, ' ', 1);
	hand_put(h, s, strlen(s));
	h->whitespace = is_whitespace;
	h->indention = h->indention && is_indention;
}

/* What yaml_emitter_analyze_scalar() finds that decides the style. */
struct scan {
	int	 multiline;
	int	 plain;		/* block_plain_allowed */
	int	 block;		/* block_allowed */
};

/*
 * The width of the character at s[i], when libyaml takes it as valid
 * UTF-8 and printable and it is no line break but "\n"; else 0, and the
 * scalar is left to libyaml (it quotes it, or refuses it).
 */
static size_t
hand_char(const unsigned char *s, size_t i, size_t len)
{
	unsigned char	 c = s[i];
	size_t		 w, k;

	if (c < 0x80)
		return c == '\n' || (c >= 0x20 && c < 0x7F);
	w = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : 0;
	if (w == 0 || i + w > len)
		return 0;	/* 4 bytes: not printable to libyaml */
	for (k = 1; k < w; k++)
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
	if ((c == 0xC2 && s[i + 1] < 0xA0) ||		/* C1 controls, NEL */
	    (c == 0xE0 && s[i + 1] < 0xA0) ||		/* overlong */
	    (c == 0xED && s[i + 1] >= 0xA0) ||		/* surrogates */
	    (c == 0xE2 && s[i + 1] == 0x80 &&		/* LS, PS */
	    (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) ||
	    (c == 0xEF && s[i + 1] == 0xBB && s[i + 2] == 0xBF) ||
	    (c == 0xEF && s[i + 1] == 0xBF && s[i + 2] >= 0xBE))
		return 0;
	return w;
}

static int
blankz_at(const char *s, size_t i, size_t len)
{
	return i >= len || s[i] == ' ' || s[i] == '\n';
}

/* What libyaml takes as an indicator at the start of a plain scalar. */
static int
first_indicator(char c)
{
	switch (c) {
	case '#': case ',': case '[': case ']': case '{': case '}': case '&':
	case '*': case '!': case '|': case '>': case '\'': case '"': case '%':
	case '@': case '`':
		return 1;
	default:
		return 0;
	}
}

#define ONES	((uint64_t)-1 / 255)
#define HIGHS	(ONES * 0x80)

/*
 * Whether 8 bytes are all printable ASCII but ':' and '#': after the
 * first byte and not just after a break, such bytes change nothing the
 * scan keeps but whether the last was a space.  A byte below 0x20, one
 * of 0x7F or more, and a zero byte, as Sean Anderson's bit twiddling
 * hacks find them (exact for the word as a whole).
 */
static int
word_quiet(const char *s)
{
	uint64_t	 x, colon, hash;

	memcpy(&x, s, 8);
	colon = x ^ (ONES * ':');
	hash = x ^ (ONES * '#');
	return ((((x - ONES * 0x20) & ~x) | (x + ONES) | x |
	    ((colon - ONES) & ~colon) | ((hash - ONES) & ~hash)) & HIGHS) == 0;
}

/* The quiet bytes from i on: words of 8, then one at a time. */
static size_t
quiet_run(const unsigned char *u, size_t i, size_t len)
{
	size_t	 j = i;

	while (j + 8 <= len && word_quiet((const char *)u + j))
		j += 8;
	while (j < len && u[j] >= 0x20 && u[j] < 0x7F && u[j] != ':' &&
	    u[j] != '#')
		j++;
	return j - i;
}

/*
 * yaml_emitter_analyze_scalar() for the characters hand_char() takes
 * (no tab, no break but "\n": the rest sets special_characters).
 * Returns 0 for a scalar outside them.
 */
static int
hand_scan(const char *s, size_t len, struct scan *sc)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, w;
	int			 ind = 0, brk = 0, prev_space = 0, prev_break = 0;
	int			 space_break = 0, break_space = 0, c;

	if (len == 0)
		return 0;
	if (len >= 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "...", 3) == 0))
		ind = 1;
	for (i = 0; i < len; i += w) {
		if (i > 0 && !prev_break && (w = quiet_run(u, i, len)) > 0) {
			i += w;
			prev_space = s[i - 1] == ' ';
			if (i == len)
				break;
		}
		if ((w = hand_char(u, i, len)) == 0)
			return 0;
		c = s[i];
		if (i == 0 && first_indicator((char)c))
			ind = 1;
		else if ((c == ':' || (i == 0 && (c == '?' || c == '-'))) &&
		    blankz_at(s, i + w, len))
			ind = 1;
		else if (c == '#' && i > 0 && (s[i - 1] == ' ' ||
		    s[i - 1] == '\n'))
			ind = 1;
		if (c == ' ') {
			break_space |= prev_break;
			prev_space = 1;
			prev_break = 0;
		} else if (c == '\n') {
			brk = 1;
			space_break |= prev_space;
			prev_space = 0;
			prev_break = 1;
		} else
			prev_space = prev_break = 0;
	}
	sc->multiline = brk;
	sc->block = s[len - 1] != ' ' && !space_break;
	sc->plain = !ind && !brk && !break_space && !space_break &&
	    s[0] != ' ' && s[len - 1] != ' ';
	return 1;
}

/* yaml_emitter_write_plain_scalar(), on one line. */
static void
hand_plain(struct hand *h, const char *s, size_t len)
{
	if (!h->whitespace)
		hand_fill(h, ' ', 1);
	hand_put(h, s, len);
	h->whitespace = 0;
	h->indention = 0;
}

/*
 * The indicator and chomping hint of a block scalar; a scalar that
 * needs an indentation hint or keeps its final line breaks (libyaml
 * then ends the stream with "...") is left to libyaml.
 */
static int
hand_block_start(struct hand *h, const char *indicator, const char *s,
    size_t len)
{
	if (s[0] == ' ' || s[0] == '\n')
		return 0;
	if (s[len - 1] == '\n' && (len == 1 || s[len - 2] == '\n'))
		return 0;
	hand_indicator(h, indicator, 1, 0, 0);
	if (s[len - 1] != '\n')
		hand_indicator(h, "-", 0, 0, 0);
	hand_break(h);
	h->indention = 1;
	h->whitespace = 1;
	return 1;
}

/* yaml_emitter_write_literal_scalar() */
static void
hand_literal(struct hand *h, const char *s, size_t len)
{
	size_t	 i, run;
	int	 breaks = 1;

	for (i = 0; i < len; i += run) {
		if (s[i] == '\n') {
			hand_break(h);
			h->indention = 1;
			breaks = 1;
			run = 1;
			continue;
		}
		if (breaks)
			hand_indent(h);
		for (run = 1; i + run < len && s[i + run] != '\n'; run++)
			continue;
		hand_put(h, s + i, run);
		h->indention = 0;
		breaks = 0;
	}
}

/*
 * yaml_emitter_write_folded_scalar(): a single break between two lines
 * that start with no blank is written twice, as folding reads it as a
 * space.
 */
static void
hand_folded(struct hand *h, const char *s, size_t len)
{
	size_t	 i, k, run;
	int	 breaks = 1, leading_spaces = 1;

	for (i = 0; i < len; i += run) {
		run = 1;
		if (s[i] == '\n') {
			if (!breaks && !leading_spaces) {
				for (k = i; k < len && s[k] == '\n'; k++)
					continue;
				if (!blankz_at(s, k, len))
					hand_break(h);
			}
			hand_break(h);
			h->indention = 1;
			breaks = 1;
			continue;
		}
		if (breaks) {
			hand_indent(h);
			leading_spaces = s[i] == ' ';
		}
		for (; i + run < len && s[i + run] != '\n'; run++)
			continue;
		hand_put(h, s + i, run);
		h->indention = 0;
		breaks = 0;
	}
}

/*
 * What a node's place writes before it (yaml_emitter_emit_block_*):
 * "- " in a sequence, the indentation before a key, ": " before a value.
 * A collection just started is not empty, or libyaml writes it in flow
 * style.
 */
static void
hand_place(struct hand *h, int end)
{
	int	 d = h->depth - 1;

	if (h->pending && end)
		h->bad = 1;
	h->pending = 0;
	if (end || d < 0) {
		h->mapping_context = h->simple_key = 0;
		return;
	}
	if (!h->map[d]) {
		hand_indent(h);
		hand_indicator(h, "-", 1, 0, 1);
		h->mapping_context = h->simple_key = 0;
	} else if (h->key[d]) {
		hand_indent(h);
		h->mapping_context = h->simple_key = 1;
	} else {
		hand_indicator(h, ":", 0, 0, 0);
		h->mapping_context = 1;
		h->simple_key = 0;
	}
}

/* A node is written: a mapping's next node is a key, or a value. */
static void
hand_done(struct hand *h)
{
	if (h->depth > 0 && h->map[h->depth - 1])
		h->key[h->depth - 1] = !h->key[h->depth - 1];
}

/* yaml_emitter_select_scalar_style() and process_scalar(), block only. */
static void
hand_scalar(struct hand *h, const char *s, size_t len,
    yaml_scalar_style_t style)
{
	struct scan	 sc;
	int		 saved = h->indent;

	hand_place(h, 0);
	if (h->bad || !hand_scan(s, len, &sc) ||
	    (h->simple_key && (sc.multiline || len > 128))) {
		h->bad = 1;
		return;
	}
	h->indent = h->indent < 0 ? 2 : h->indent + 2;
	if (style == YAML_ANY_SCALAR_STYLE && sc.plain)
		hand_plain(h, s, len);
	else if (style == YAML_LITERAL_SCALAR_STYLE && sc.block &&
	    !h->simple_key && hand_block_start(h, "|", s, len))
		hand_literal(h, s, len);
	else if (style == YAML_FOLDED_SCALAR_STYLE && sc.block &&
	    !h->simple_key && hand_block_start(h, ">", s, len))
		hand_folded(h, s, len);
	else
		h->bad = 1;
	h->indent = saved;
	hand_done(h);
}

/*
 * yaml_emitter_increase_indent() as a block collection's first item
 * does it: a sequence that is a mapping's value stays at the key's
 * indentation.
 */
static void
hand_start(struct hand *h, int map)
{
	int	 indentless;

	hand_place(h, 0);
	if (h->bad || h->simple_key || h->depth == HAND_DEPTH) {
		h->bad = 1;
		return;
	}
	indentless = !map && h->mapping_context && !h->indention;
	h->indents[h->depth] = h->indent;
	h->map[h->depth] = (char)map;
	h->key[h->depth] = 1;
	h->depth++;
	if (h->indent < 0)
		h->indent = 0;
	else if (!indentless)
		h->indent += 2;
	h->pending = 1;
}

static void
hand_end(struct hand *h)
{
	hand_place(h, 1);
	if (h->bad)
		return;
	h->indent = h->indents[--h->depth];
	hand_done(h);
}

/* A document begins: "---" before all but the first. */
static void
hand_begin(struct hand *h, int first)
{
	h->len = 0;
	h->indent = -1;
	h->column = 0;
	h->whitespace = h->indention = 1;
	h->pending = h->depth = h->bad = 0;
	if (!first)
		hand_indicator(h, "---", 1, 0, 0);
}

static int
scalar(struct goal_yaml *w, const char *s, size_t len, enum goal_style style)
{
	yaml_event_t	 ev;

	if (w->by_hand) {
		hand_scalar(&w->h, s, len, style_for(s, len, style));
		return 0;
	}
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

	if (w->by_hand) {
		hand_start(&w->h, 1);
		return 0;
	}
	return emit(w, &ev, yaml_mapping_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static int
mapping_end(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	if (w->by_hand) {
		hand_end(&w->h);
		return 0;
	}
	return emit(w, &ev, yaml_mapping_end_event_initialize(&ev));
}

static int
sequence_start(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	if (w->by_hand) {
		hand_start(&w->h, 0);
		return 0;
	}
	return emit(w, &ev, yaml_sequence_start_event_initialize(&ev, NULL,
	    NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

static int
sequence_end(struct goal_yaml *w)
{
	yaml_event_t	 ev;

	if (w->by_hand) {
		hand_end(&w->h);
		return 0;
	}
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

/* The document's events: the header keys the input has, and the goal. */
static void
document(struct goal_yaml *w, const struct goal *g, enum goal_share level)
{
	const struct goal_header	*h = g->header;

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
}

/* The document by hand into w->h.buf; 0 when it could not be. */
static int
hand_document(struct goal_yaml *w, const struct goal *g,
    enum goal_share level)
{
	hand_begin(&w->h, w->docs == 0);
	w->by_hand = 1;
	document(w, g, level);
	w->by_hand = 0;
	if (w->h.bad)
		return 0;
	/* DOCUMENT-END: the last line ends. */
	hand_indent(&w->h);
	return 1;
}

/*
 * The document by libyaml.  Its first document has no "---", which
 * libyaml writes before the others, so one after documents written by
 * hand gets it here: the emitter is at the start of a line either way.
 */
static void
emitter_document(struct goal_yaml *w, const struct goal *g,
    enum goal_share level)
{
	yaml_event_t	 ev;

	if (!w->em_started) {
		emit(w, &ev, yaml_stream_start_event_initialize(&ev,
		    YAML_UTF8_ENCODING));
		w->em_started = 1;
		if (w->docs > 0)
			fputs("---\n", w->fp);
	}
	emit(w, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL,
	    NULL, 1));
	document(w, g, level);
	emit(w, &ev, yaml_document_end_event_initialize(&ev, 1));
	/* Each document goes out whole: a reader downstream need not wait. */
	if (!w->failed && !yaml_emitter_flush(&w->em))
		w->failed = 1;
}

/* One document: the goal with the header keys the input has. */
int
goal_yaml_goal(struct goal_yaml *w, const struct goal *g,
    enum goal_share level)
{
	if (w->failed)
		return -1;
	w->started = 1;
	if (!w->no_hand && hand_document(w, g, level)) {
		fwrite(w->h.buf, 1, w->h.len, w->fp);
		w->em_last = 0;
		w->hand_docs++;
	} else {
		emitter_document(w, g, level);
		w->em_last = 1;
	}
	w->docs++;
	return w->failed || ferror(w->fp) ? -1 : 0;
}

/*
 * What the unit tests compare: the same documents with and without the
 * hand writer must be the same bytes.
 */
void
goal_yaml_set_hand(struct goal_yaml *w, int on)
{
	w->no_hand = !on;
}

unsigned long
goal_yaml_hand_docs(const struct goal_yaml *w)
{
	return w->hand_docs;
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
	 * STREAM-END writes "..." after a document that kept its final
	 * line breaks, which only one by libyaml can be: it goes to
	 * libyaml when libyaml wrote the last document.
	 */
	if (w->em_started && w->em_last) {
		emit(w, &ev, yaml_stream_end_event_initialize(&ev));
		if (!w->failed && !yaml_emitter_flush(&w->em))
			w->failed = 1;
	}
	rc = w->failed || ferror(w->fp) ? -1 : 0;
	yaml_emitter_delete(&w->em);
	free(w->h.buf);
	free(w);
	return rc;
}
