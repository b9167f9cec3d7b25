/*
 * libgoal.h: what the modules of lib/ share among themselves and no
 * command needs, as mandoc keeps libmandoc.h beside mandoc.h.  Commands
 * include goal.h alone; unit tests may include this header too.
 */
#ifndef LIBGOAL_H
#define LIBGOAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "goal.h"

/* ------------------------------------------------------------------ */
/* Memory */

/* Prints one line and aborts: the one way the library ends a program. */
void	 goal_nomem(void) __attribute__((noreturn));

/*
 * Asks for the cache line at p ahead of its use: a hint, which changes
 * nothing, for tables and texts read at random.
 */
#ifdef __GNUC__
#define goal_prefetch(p)	__builtin_prefetch(p)
#else
#define goal_prefetch(p)	((void)(p))
#endif

/*
 * An arena hands out memory that is freed all at once.  The reader uses
 * one per top-level goal, so that memory does not grow with the file.
 */
union goal_arena_align {
	long double	 ld;
	void		*p;
	long long	 ll;
};

#define GOAL_ARENA_ALIGN	sizeof(union goal_arena_align)

/* The free memory of the newest block, from next to end, both aligned. */
struct goal_arena {
	struct arena_block	*head;
	char			*next;
	char			*end;
};

struct goal_arena *goal_arena_new(void);
void	 goal_arena_free(struct goal_arena *);
void	 goal_arena_reset(struct goal_arena *);
void	*goal_arena_grow(struct goal_arena *, size_t);
int	 goal_arena_spilled(const struct goal_arena *);

/*
 * The reader takes a few pieces per event: inline, most are a compare
 * and an add; a new block is alloc.c's.
 */
static inline void *
goal_arena_alloc(struct goal_arena *a, size_t size)
{
	void	*p;

	/* Both ends are aligned: the rounded size fits as well.  An
	 * empty arena (NULL) grows even for nothing, to give a pointer. */
	if (size >= (size_t)(a->end - a->next))
		return goal_arena_grow(a, size);
	p = a->next;
	a->next += (size + GOAL_ARENA_ALIGN - 1) & ~(GOAL_ARENA_ALIGN - 1);
	return p;
}

static inline void *
goal_arena_calloc(struct goal_arena *a, size_t n, size_t size)
{
	void	*p;

	if (size && n > SIZE_MAX / size)
		goal_nomem();
	p = goal_arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

static inline char *
goal_arena_strndup(struct goal_arena *a, const char *s, size_t len)
{
	char	*p;

	p = goal_arena_alloc(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char	*goal_arena_printf(struct goal_arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
char	*goal_arena_vprintf(struct goal_arena *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));

/* ------------------------------------------------------------------ */
/* names.c: the tables of goal(5)'s words, NULL-terminated, "" for none */

extern const char *const goal_area_names[];
extern const char *const goal_horizon_names[];
extern const char *const goal_status_names[];
extern const char *const goal_share_names[];
extern const char *const goal_cadence_names[];

int	 goal_name_index(const char *const *, const char *, size_t);

/* ------------------------------------------------------------------ */
/* Diagnostics, made inside the library */

struct goal_diag *goal_diags_add(struct goal_diags *, const char *,
	    const struct goal_pos *, const char *, enum goal_level,
	    const char *, ...) __attribute__((format(printf, 6, 7)));
struct goal_diag *goal_diags_vadd(struct goal_diags *, const char *,
	    const struct goal_pos *, const char *, enum goal_level,
	    const char *, va_list) __attribute__((format(printf, 6, 0)));
void	 goal_diags_sort(struct goal_diags *);
const char *goal_suggest(const char *, size_t, const char *const *, size_t);

/* Where the k-th byte of a scalar's value is in the file. */
struct goal_pos goal_node_pos_at(const struct goal_node *, size_t);

/*
 * The same for many offsets of one scalar in increasing order, as a
 * pattern's matches come: a cursor goes on from where the last one left
 * it, so that a thousand matches do not walk the scalar a thousand times.
 */
struct goal_cursor {
	const struct goal_node	*n;
	size_t			 i, j;	/* value and source offsets walked */
	size_t			 sj;	/* the source offset pos is at */
	struct goal_pos		 pos;
};

void	 goal_cursor_init(struct goal_cursor *, const struct goal_node *);
struct goal_pos goal_cursor_pos(struct goal_cursor *, size_t);
struct goal_pos goal_pos_advance(struct goal_pos, const char *, size_t,
	    size_t);

int	 goal_is_silenced(const struct goal *, const char *);

/* A whole document as nodes: for small files such as rule files. */
int	 goal_reader_document(struct goal_reader *, const struct goal_node **);

/* ------------------------------------------------------------------ */
/* Built-in checks and their catalogue (checks.c) */

struct goal_check_info {
	const char	*id;
	const char	*criterion;	/* NULL for none */
	enum goal_level	 level;
	const char	*scope;		/* "file", "document", "top", "step", "all" */
	const char	*message;	/* a summary, for --explain */
	const char	*hint;
};

extern const struct goal_check_info goal_checks[];
extern const size_t goal_nchecks;

/* ------------------------------------------------------------------ */
/* source.c: the reader's input */

/*
 * libyaml reads through source_read(), which enforces the limits of
 * goal(5) on the bytes as they arrive and keeps the text that libyaml has
 * read but not yet turned into events.  libyaml's marks count characters;
 * the source turns them into byte offsets, lines and byte columns.
 */
enum source_error {
	SOURCE_OK,
	SOURCE_IO,		/* errno says why */
	SOURCE_UTF8,		/* invalid UTF-8 */
	SOURCE_CONTROL,		/* a C0 control character */
	SOURCE_TOO_LONG,	/* over GOAL_MAX_SCALAR between two events */
	SOURCE_DIRECTIVES	/* over SOURCE_MAX_DIRECTIVES before a document */
};

struct source_wide {
	unsigned long	 off;		/* where the character starts */
	unsigned long	 extra;		/* its bytes but one */
};

struct source {
	FILE		*fp;
	int		 eof;

	/* Bytes read and not yet passed: buf[0] is at file offset base. */
	char		*buf;
	size_t		 len;
	size_t		 cap;
	unsigned long	 base;
	unsigned long	 total;		/* bytes read from the file */

	/* Where the last event ended: the limit counts from here. */
	unsigned long	 event_end;
	unsigned long	 directives;	/* lines starting with '%' since */
	int		 line_begins;	/* the next byte read starts a line */

	enum source_error error;
	int		 saved_errno;
	unsigned long	 error_off;
	int		 pending;	/* an error to report at the next read */

	/* The UTF-8 sequence that a read may have cut in two. */
	int		 utf8_need;
	uint32_t	 utf8_cp;
	uint32_t	 utf8_min;
	unsigned long	 utf8_start;	/* the file offset of its first byte */
	uint32_t	 bad_cp;	/* the refused character */

	/* libyaml's character index to a byte offset, walking forward. */
	size_t		 index;
	unsigned long	 index_off;

	/* A CR alone, NEL, U+2028 or U+2029 was read: lines are counted
	 * the slow way, as libyaml counts them, not by LF alone. */
	int		 odd_breaks;

	/* The characters of more than one byte that the index cursor has
	 * not passed, in order: a byte offset is a character index plus
	 * the bytes such characters before it add. */
	struct source_wide *wide;
	size_t		 nwide;
	size_t		 wide_head;
	size_t		 wide_cap;
	unsigned long	 extra;		/* added before index_off */
	unsigned long	 wide_end;	/* where the last one passed ends */

	/* A byte offset to a line and column, walking forward. */
	unsigned long	 line;
	unsigned long	 line_start;
	unsigned long	 line_off;
};

size_t	 goal_break_len(const char *, const char *);
int	 goal_is_refused(uint32_t);
void	 source_init(struct source *, FILE *);
void	 source_free(struct source *);
int	 source_read(void *, unsigned char *, size_t, size_t *);
unsigned long source_offset(struct source *, size_t);
void	 source_pos(struct source *, size_t, size_t, size_t,
	    struct goal_pos *);
void	 source_pos_of_offset(struct source *, unsigned long, struct goal_pos *);
const char *source_text(struct source *, unsigned long, unsigned long, size_t *);
void	 source_passed(struct source *, unsigned long);
int	 source_too_long(const struct source *, unsigned long, unsigned long,
	    unsigned long *);
int	 source_event(struct source *, size_t, size_t, size_t, size_t,
	    struct goal_pos *, unsigned long *, unsigned long *);

#define SOURCE_MAX_DIRECTIVES	1000

/* libyaml reads ahead; the exact limit is checked on events. */
#define SOURCE_SLACK	(64UL * 1024UL)

/* yaml_out.c, for tests: libyaml for every document (0), and how many
 * documents the hand writer wrote. */
void	 goal_yaml_set_hand(struct goal_yaml *, int);
unsigned long goal_yaml_hand_docs(const struct goal_yaml *);

/*
 * yaml_hint.c: libyaml's problem in plain words and at the line to
 * change, for the mistakes people make by hand; 0 keeps libyaml's.
 */
struct yaml_parser_s;

int	 goal_yaml_hint(const struct source *, const struct yaml_parser_s *,
	    struct goal_pos *, char *, size_t);
void	 goal_yaml_lost(struct source *, unsigned long, struct goal_node *,
	    struct goal_arena *);

/* ------------------------------------------------------------------ */
/* idset.c: a set of goal paths */

/*
 * It keeps a 64-bit hash and a line per path, not the path: the
 * document-wide set holds every top-level goal of a file that may have
 * millions.  The entries sit in chunks that never move once the first
 * is full, chained from a table of 32-bit bucket heads that is rebuilt
 * from them when it doubles: 18 to 20 bytes an id, and no copy of the
 * entries while the set grows.
 */
struct idset_entry {
	uint64_t		 hash;
	uint32_t		 line;	/* low 32 bits; the chunk has the rest */
	uint32_t		 next;	/* index of the next in its bucket */
};

struct idset {
	struct idset_chunk {
		struct idset_entry	*e;
		uint32_t		 n;	/* entries taken */
		uint32_t		 hi;	/* line >> 32 of every entry */
	}			*chunk;
	size_t			 nchunk;
	size_t			 chunkcap;
	size_t			 first;	/* entries chunk 0 has room for */
	uint32_t		*head;	/* index of a bucket's first; 0: none */
	size_t			 nhead;	/* a power of two, or 0 */
	size_t			 used;	/* slots taken, holes included */
	size_t			 end;	/* where the last chunk's room ends */
	size_t			 n;	/* ids */
	struct idset		*more;	/* once the 32-bit indices are spent */
};

void	 idset_init(struct idset *);
void	 idset_clear(struct idset *);
void	 idset_free(struct idset *);
unsigned long idset_add(struct idset *, const char *, size_t, unsigned long);
uint64_t idset_hash(const char *, size_t);
void	 idset_prefetch_bucket(const struct idset *, uint64_t);
void	 idset_prefetch_entry(const struct idset *, uint64_t);
size_t	 goal_str_hash(const char *);

/* ------------------------------------------------------------------ */
/* model.c: from nodes to struct goal */

/*
 * The reader builds the nodes of one top-level goal; the model checks
 * every key and value against goal(5), resolves inheritance and dates,
 * and reports the format.* findings it meets.
 */
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
void	 model_duplicate_id(struct model *, struct goal *,
	    unsigned long);
int	 model_review(struct model *, const struct goal_node *,
	    struct goal_span *);
void	 model_wrong_type(struct model *, const struct goal_node *,
	    const char *, const char *);
void	 model_unknown_key(struct model *, const struct goal_node *,
	    const char *, const char *const *, size_t);

/* ------------------------------------------------------------------ */
/* lint.c, rules.c, match.c, checks_run.c: the rule table */

/*
 * A rule is a built-in check (written in C, listed in checks.c) or a
 * pattern rule from a rule file; both are levelled, switched off and
 * merged by id alike.
 */
enum lint_scope {
	SCOPE_ALL,
	SCOPE_TOP,
	SCOPE_STEP,
	SCOPE_OTHER	/* a check about a file or a document */
};

/* A compiled form of a pattern (see pattern.c). */
struct lint_form {
	pcre2_code	*code;
	int		 jit;		/* 1 compiled for the JIT, -1 cannot */
	size_t		 interp;	/* bytes the interpreter read first */
};

struct lint_prefilter;

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
	size_t				 patlen;
	int				 require;	/* else forbid */
	struct lint_form		 utf;		/* read with UTF and UCP */
	int				 utf_later;	/* compiled when needed */
	struct lint_form		 ascii;		/* for ASCII texts */
	int				 ascii_tried;
	int				 disabled;	/* hit the match limit */
	unsigned long			 budget;	/* work left: see match.c */
	int				 budget_set;
	int				 over;		/* the budget ran out */
	int				 pf_slot;	/* its bit in prefilter.c */
	struct lint_rule		*part;	/* its parts, or guard and */
	size_t				 npart;	/* rest: lint_rule_split() */
	int				 split_tried;
	int				 guarded;	/* parts: guard, rest */
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
	struct lint_prefilter	*pf;	/* which of them a text may match */
	int			 pf_stale;	/* made again when it pays */
	size_t			 pf_read;	/* text the rules have read */

	/* what matching needs, made once */
	pcre2_match_context	*mctx;
	pcre2_match_data	*md;
	pcre2_jit_stack		*jit_stack;
	pcre2_compile_context	*cctx;
};

/*
 * The match limit stops a pattern that backtracks without end; it is
 * counted per call, and a plain pattern over a value of 1 MiB stays far
 * below it.  match.c also bounds a rule's work over a whole run.
 */
#define LINT_MATCH_LIMIT	5000000

struct lint_rule *lint_rule_add(struct goal_lint *, const char *);
size_t	 lint_rule_split(struct goal_lint *, struct lint_rule *);
struct lint_form *lint_rule_form(struct goal_lint *, struct lint_rule *,
	    int, size_t);
void	 lint_rule_forms_free(struct lint_rule *);
int	 goal_is_ascii(const char *, size_t);

/*
 * literals.c, litset.c and prefilter.c: the rules a text cannot match,
 * from the strings their matches need.
 */
struct lint_lit {
	const char	*s;
	size_t		 len;
};

struct lint_need {		/* a match holds one of these strings */
	size_t		 n;
	struct lint_lit	*lit;
	int		 wide;	/* or, with UCP, a digit past ASCII (\d) */
};

struct lint_term {		/* and one of each of these sets */
	size_t		  n;
	struct lint_need *need;
};

struct lint_known {		/* what is known of a piece of a pattern */
	int		  exact;	/* set: all the strings it matches */
	struct lint_need  set;
	size_t		  nterm;	/* else: one of these terms holds */
	struct lint_term *term;
};

struct lint_lits {		/* one reading of a pattern */
	struct goal_arena *a;
	size_t		  spent;
	int		  bad;		/* gave up: nothing is known */
};

struct lint_known lits_any(void);
struct lint_known lits_empty(void);
struct lint_known lits_exact(struct lint_need);
struct lint_known lits_chars(struct lint_lits *, const char *, size_t);
struct lint_known lits_needed(struct lint_lits *, struct lint_known);
struct lint_known lits_both(struct lint_lits *, struct lint_known,
	    struct lint_known);
struct lint_known lits_either(struct lint_lits *, struct lint_known,
	    struct lint_known);
int	 lits_cross(struct lint_lits *, const struct lint_need *,
	    const struct lint_need *, struct lint_need *);
int	 lits_nothing(const struct lint_known *);
void	 lits_drop_common(struct lint_known *);
int	 lint_literals(struct goal_arena *, const char *, size_t,
	    struct lint_term **, size_t *);
struct lint_prefilter *lint_prefilter_new(struct lint_rule **, size_t);
void	 lint_prefilter_free(struct lint_prefilter *);
int	 lint_prefilter_spaceless(const struct lint_prefilter *);
uint64_t lint_prefilter_scan(struct lint_prefilter *, const char *,
	    size_t, int);
int	 lint_split(struct goal_arena *, const char *, size_t,
	    struct lint_lit **, size_t *);
int	 lint_guard(struct goal_arena *, const char *, size_t,
	    struct lint_lit *, struct lint_lit *);
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
void	 lint_nolint(struct goal_lint *, const struct goal *,
	    struct goal_diags *);

/* ------------------------------------------------------------------ */
/* ics.c, ics_text.c: the iCalendar writers */

/* The pieces of iCalendar: a content line folded at 75 octets with
 * CRLF, a TEXT value escaped, a trigger duration, a UID. */
size_t	 ics_uid_head_max(const struct goal_item *);
size_t	 ics_uid_head(char *, const struct goal_item *);
size_t	 ics_uid_tail_max(const char *, const char *);
size_t	 ics_uid_tail(char *, const char *, const char *);
int	 goal_ics_fold(FILE *, const char *, size_t);
size_t	 goal_ics_fold_max(size_t);
size_t	 goal_ics_fold_into(char *, const char *, size_t);
char	*goal_ics_escape(const char *);
size_t	 goal_ics_escape_into(char *, const char *);
void	 goal_ics_trigger(long, char [32]);

#endif /* LIBGOAL_H */
