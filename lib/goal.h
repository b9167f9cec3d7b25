/*
 * goal.h: the public interface of libgoal, the library behind goal-lint,
 * goal-split and goal-due.
 *
 * The library reads goal files (goal(5)) one top-level goal at a time,
 * knows the calendar and the phrases people write deadlines in, and
 * returns diagnostics as data.  It never prints and never exits; the one
 * exception is goal_xmalloc() and friends, which abort on exhausted memory.
 */
#ifndef GOAL_H
#define GOAL_H

#include <stddef.h>
#include <stdio.h>

/* ------------------------------------------------------------------ */
/* Memory */

void	*goal_xmalloc(size_t);
void	*goal_xcalloc(size_t, size_t);
void	*goal_xrealloc(void *, size_t);
void	*goal_xreallocarray(void *, size_t, size_t);
char	*goal_xstrdup(const char *);
char	*goal_xstrndup(const char *, size_t);

/* ------------------------------------------------------------------ */
/* Dates and periods */

/*
 * A day is a count of days from 1970-01-01 (negative before it), in the
 * proleptic Gregorian calendar.  GOAL_NODAY stands for "no date".
 */
#define GOAL_NODAY	(-2147483647L - 1)

enum goal_unit {
	GOAL_DAY,
	GOAL_WEEK,
	GOAL_MONTH,
	GOAL_QUARTER,
	GOAL_YEAR
};

/* A period: an ISO week, a month, a quarter, a year, or one day. */
struct goal_period {
	enum goal_unit	 unit;
	long		 first;		/* its first day */
	long		 last;		/* its last day */
};

/* A length of time: "18 months". */
struct goal_span {
	long		 n;
	enum goal_unit	 unit;
};

/* Results of goal_date_parse(). */
#define GOAL_DATE_OK		0
#define GOAL_DATE_NOT_DATE	1	/* not one of the written forms */
#define GOAL_DATE_IMPOSSIBLE	2	/* the form, but no such day */

int	 goal_date_from_ymd(int, int, int, long *);
void	 goal_date_to_ymd(long, int *, int *, int *);
int	 goal_date_weekday(long);		/* 1 Monday .. 7 Sunday */
long	 goal_date_add(long, long, enum goal_unit);
int	 goal_date_parse(const char *, size_t, struct goal_period *);
int	 goal_date_today(const char *, long *);
void	 goal_date_format(long, char [11]);

void	 goal_period_of(long, enum goal_unit, struct goal_period *);
void	 goal_period_next(struct goal_period *);
void	 goal_period_label(const struct goal_period *, char [16]);

int	 goal_span_parse(const char *, size_t, struct goal_span *);
int	 goal_span_parse_short(const char *, size_t, struct goal_span *);
int	 goal_remind_parse(const char *, size_t, struct goal_span *, size_t,
	    size_t *);
long	 goal_span_add(long, const struct goal_span *);
int	 goal_every_parse(const char *, size_t, struct goal_span *);
const char *goal_unit_name(enum goal_unit);
int	 goal_unit_parse(const char *, enum goal_unit *);	/* -b week */

/* ------------------------------------------------------------------ */
/* Phrases in goal sentences */

enum goal_deadline_kind {
	GOAL_DEADLINE_NONE,
	GOAL_DEADLINE_DATE,	/* "by March 2027": day is set */
	GOAL_DEADLINE_SPAN,	/* "within 18 months": span after started */
	GOAL_DEADLINE_TODAY,	/* "next quarter": day set from the anchor */
	GOAL_DEADLINE_BAD	/* "by Feb 30 2027": no such day; no date */
};

struct goal_deadline {
	enum goal_deadline_kind	 kind;
	size_t			 off;	/* the matched words */
	size_t			 len;
	long			 day;	/* the last day it allows */
	long			 first;	/* the first day of the period it names */
	struct goal_span	 span;
};

struct goal_cadence {
	int		 found;
	enum goal_unit	 unit;		/* GOAL_WEEK .. GOAL_YEAR */
	size_t		 off;		/* the matched words */
	size_t		 len;
	long		 count;		/* "three events a quarter": 3, else 0 */
};

/*
 * The long is the anchor of phrases without a year and relative ones:
 * the goal's started (own or inherited) when it has one, else today.
 */
int	 goal_phrase_deadline(const char *, size_t, long,
	    struct goal_deadline *);
int	 goal_phrase_due(const char *, size_t, long, struct goal_deadline *);
int	 goal_phrase_cadence(const char *, size_t, struct goal_cadence *);

/* A count of things in a sentence, for a pro-rata split. */
struct goal_count {
	size_t		 off;		/* the number's words */
	size_t		 len;
	long		 value;
};

size_t	 goal_phrase_counts(const char *, size_t, const struct goal_deadline *,
	    struct goal_count *);

/* ------------------------------------------------------------------ */
/* Diagnostics */

enum goal_level {
	GOAL_OFF,
	GOAL_NOTE,
	GOAL_WARNING,
	GOAL_ERROR
};

/* A place in a file: 1-based line, 1-based column counted in bytes. */
struct goal_pos {
	unsigned long	 line;
	unsigned long	 col;
	unsigned long	 off;		/* byte offset from the start of the file */
	unsigned long	 ccol;		/* 1-based column in characters (SARIF) */
};

struct goal;

struct goal_diag {
	const char	*file;
	struct goal_pos	 pos;
	const char	*rule;		/* "format.bad-date" */
	const char	*criterion;	/* "time-bound", or NULL */
	enum goal_level	 level;
	int		 fatal;		/* the file or document stops here */
	int		 limit;		/* a rule hit the match limit */
	const char	*goal;		/* the goal's path, or NULL */
	const struct goal *subject;	/* the goal it is about, or NULL */
	const char	*message;
	const char	*match;		/* the matched text of a pattern rule */
	size_t		 matchlen;
};

struct goal_diags {
	struct goal_diag	*v;
	size_t			 n;
	size_t			 cap;
	struct goal_arena	*arena;	/* the strings of the diagnostics */
};

void	 goal_diags_init(struct goal_diags *);
void	 goal_diags_clear(struct goal_diags *);
void	 goal_diags_free(struct goal_diags *);
const char *goal_level_name(enum goal_level);
int	 goal_level_parse(const char *, enum goal_level *);

/* ------------------------------------------------------------------ */
/* Nodes: the YAML of one top-level goal, kept whole */

enum goal_node_kind {
	GOAL_SCALAR,
	GOAL_SEQUENCE,
	GOAL_MAPPING
};

enum goal_style {
	GOAL_PLAIN,
	GOAL_SINGLE_QUOTED,
	GOAL_DOUBLE_QUOTED,
	GOAL_LITERAL,
	GOAL_FOLDED
};

struct goal_node {
	enum goal_node_kind	 kind;
	struct goal_pos		 pos;	/* where it starts */
	/* scalars */
	const char		*str;	/* the value, NUL-terminated */
	size_t			 len;
	enum goal_style		 style;
	const char		*src;	/* its source text, start to end */
	size_t			 srclen;
	/* a comment on its line that most likely cut a plain value short
	 * ("Ship release #2 by June"): its text after "#", where "#" is */
	const struct goal_node	*lost;
	/* collections: a mapping keeps key, value, key, value... */
	struct goal_node	**item;
	size_t			 n;
};

/* ------------------------------------------------------------------ */
/* The goal model */

enum goal_key {
	GOAL_K_ID,
	GOAL_K_GOAL,
	GOAL_K_AREA,
	GOAL_K_HORIZON,
	GOAL_K_MEASURE,
	GOAL_K_WHY,
	GOAL_K_PLAN,
	GOAL_K_REWARD,
	GOAL_K_HELPERS,
	GOAL_K_RESOURCES,
	GOAL_K_STARTED,
	GOAL_K_DUE,
	GOAL_K_ACHIEVED,
	GOAL_K_REVIEWED,
	GOAL_K_STATUS,
	GOAL_K_SHARE,
	GOAL_K_BUDDY,
	GOAL_K_REVIEW,
	GOAL_K_CADENCE,
	GOAL_K_REFLECTION,
	GOAL_K_STEPS,
	GOAL_K_NOLINT,
	GOAL_K_REMIND,
	GOAL_NKEYS
};

enum goal_area { GOAL_AREA_NONE, GOAL_EARNINGS, GOAL_KNOWLEDGE, GOAL_IMPACT,
	GOAL_RESPONSIBILITY, GOAL_EXPERIENCES };
enum goal_horizon { GOAL_HORIZON_NONE, GOAL_1Y, GOAL_5Y, GOAL_10Y };
enum goal_status { GOAL_ACTIVE, GOAL_ACHIEVED, GOAL_PAUSED, GOAL_DROPPED };
enum goal_share { GOAL_PRIVATE, GOAL_BUDDY, GOAL_CIRCLE, GOAL_PUBLIC };

/* Where a goal's due date comes from. */
enum goal_due_from { GOAL_FROM_NONE, GOAL_FROM_DUE, GOAL_FROM_SPAN,
	GOAL_FROM_TEXT, GOAL_FROM_PARENT };

/* When reminders fire before a date: "3w, 1w". */
#define GOAL_MAX_REMIND	8

struct goal_remind {
	size_t		 n;		/* 0: none set, own or inherited */
	struct goal_span v[GOAL_MAX_REMIND];
};

/* A review cadence: "quarterly", "every 6 weeks". */
struct goal_every {
	int		 set;
	struct goal_span span;
};

/* The keys of a document's header. */
struct goal_header {
	const struct goal_node	*owner;
	const struct goal_node	*buddy;
	const struct goal_node	*review;
	struct goal_every	 review_every;
	int			 doc;	/* 1-based document number */
};

struct goal {
	struct goal		*parent;
	struct goal		**step;
	size_t			 nsteps;
	const char		*file;	/* as the reader names it */
	const char		*path;	/* "earn-100k/ask-raise" */
	const char		*id;	/* own id or position */
	int			 depth;	/* 0 for a top-level goal */
	struct goal_pos		 pos;	/* its first key */
	const struct goal_header *header;
	const struct goal_node	*map;
	/* the value and the key node of each known key it has itself */
	const struct goal_node	*val[GOAL_NKEYS];
	const struct goal_node	*key[GOAL_NKEYS];
	/* keys written under another name ("title" for goal): bits of
	 * goal_key, so that one mistake is not also a missing key */
	unsigned long		 misnamed;
	/* values after inheritance: val[] says whether it has its own */
	enum goal_area		 area;
	enum goal_horizon	 horizon;
	enum goal_status	 status;
	enum goal_share		 share;		/* never wider than its parent's */
	const struct goal_node	*buddy;		/* own, parent's or header's */
	struct goal_every	 review;	/* own or header's */
	struct goal_every	 cadence;	/* its cadence key; see goal_recurs() */
	long			 started;	/* first day; own or inherited */
	long			 due;		/* last day; see due_from */
	enum goal_due_from	 due_from;
	long			 achieved;
	long			 reviewed;
	struct goal_deadline	 phrase;	/* the deadline in the text */
	struct goal_remind	 remind;	/* own or inherited */
	/* its own nolint ids as a hash set of nnolint slots, NULL when
	 * empty; the inherited ones are its ancestors': goal_is_silenced() */
	const char		*const *nolint;
	size_t			 nnolint;
	/* the first top-level goal of its document to take the header's
	 * review: findings about that review are reported with it */
	int			 header_review_first;
	/* another goal of its document may have its path: its id was
	 * reported as a duplicate, or is written in paths cut and hashed */
	int			 path_repeats;
};

const char *goal_key_name(enum goal_key);
int	 goal_recurs(const struct goal *, struct goal_cadence *);
long	 goal_next_review(const struct goal *, long);
int	 goal_is_shared(const struct goal *, enum goal_share);
void	 goal_progress(const struct goal *, enum goal_share, size_t *,
	    size_t *);

/* The words of goal(5) for each value; NULL for none. */
const char *goal_area_name(enum goal_area);
const char *goal_horizon_name(enum goal_horizon);
const char *goal_status_name(enum goal_status);
const char *goal_share_name(enum goal_share);
const char *goal_due_from_name(enum goal_due_from);
int	 goal_share_parse(const char *, enum goal_share *);

/* ------------------------------------------------------------------ */
/* The reader */

FILE	*goal_open_input(const char *, const char **);
void	 goal_close_input(FILE *);
const char *goal_base_name(const char *);

struct goal_reader;

struct goal_reader *goal_reader_new(const char *, FILE *, long);
void	 goal_reader_free(struct goal_reader *);
int	 goal_reader_next(struct goal_reader *, struct goal **);
struct goal_diags *goal_reader_diags(struct goal_reader *);

/* Results of goal_reader_next(). */
#define GOAL_READ_MORE	2	/* no goal yet, findings to hand over */
#define GOAL_READ_GOAL	1	/* *goalp is the next top-level goal */
#define GOAL_READ_END	0	/* the file is done */
#define GOAL_READ_FATAL	(-1)	/* a fatal problem; see the diagnostics */

/*
 * The loop of every command: reads a file goal by goal, lints each when
 * lint is set, and calls each() with every top-level goal (NULL when
 * findings come without one) and the findings before it, in input order,
 * fatal ones included.  A non-zero return from each() stops the file.
 * goal_walk() returns 0, 1 when each() stopped it, GOAL_READ_FATAL after
 * a fatal problem, or GOAL_WALK_OPEN with errno set when the file cannot
 * be opened ("-" is standard input, named <stdin>).
 */
struct goal_walk {
	long			 today;
	struct goal_lint	*lint;		/* NULL: read only */
	int			(*each)(void *, const struct goal *,
				    const struct goal_diags *);
	void			*arg;
};

#define GOAL_WALK_OPEN	(-2)

int	 goal_walk(const struct goal_walk *, const char *);
int	 goal_walk_fp(const struct goal_walk *, const char *, FILE *);

/* Limits of goal(5). */
#define GOAL_MAX_DEPTH		64
#define GOAL_MAX_SCALAR		(1024UL * 1024UL)

/* ------------------------------------------------------------------ */
/* Linting: rules and checks, their levels, and the findings */

struct goal_lint;

/* What --explain and --list-rules show of a rule or a check. */
struct goal_rule_info {
	const char		*id;
	const char		*criterion;	/* NULL for none */
	enum goal_level		 level;
	const char		*scope;
	const char		*kind;		/* "check", "forbid", "require" */
	const char		*pattern;
	const char		*message;
	const char		*hint;
	const char		*file;		/* where a pattern rule is */
	unsigned long		 fields;	/* bits of goal_key */
	unsigned long		 unless;
	const char *const	*bad;
	size_t			 nbad;
	const char *const	*good;
	size_t			 ngood;
};

struct goal_lint *goal_lint_new(void);
void	 goal_lint_free(struct goal_lint *);
int	 goal_lint_load(struct goal_lint *, const char *, FILE *,
	    struct goal_diags *);
int	 goal_lint_load_builtin(struct goal_lint *, struct goal_diags *);
int	 goal_lint_load_builtin_lean(struct goal_lint *,
	    struct goal_diags *);
size_t	 goal_lint_nrules(const struct goal_lint *);
int	 goal_lint_rule(const struct goal_lint *, size_t,
	    struct goal_rule_info *);
int	 goal_lint_find(const struct goal_lint *, const char *, size_t *);
const char *goal_lint_suggest(const struct goal_lint *, const char *);
int	 goal_lint_test(struct goal_lint *, const char *, struct goal_diags *,
	    size_t *, size_t *);
char	*goal_lint_config(const char *);
void	 goal_lint_goal(struct goal_lint *, const struct goal *, long,
	    struct goal_diags *);
void	 goal_lint_finish(struct goal_lint *, struct goal_diags *);

/* ------------------------------------------------------------------ */
/* Writers */

enum goal_format {
	GOAL_FORMAT_GNU,
	GOAL_FORMAT_JSON,
	GOAL_FORMAT_GITHUB,
	GOAL_FORMAT_SCORE,
	GOAL_FORMAT_SARIF	/* goal_sarif_*(): a log, not a line a finding */
};

void	 goal_out_diag(FILE *, enum goal_format, const struct goal_diag *, int);
void	 goal_out_json_string(FILE *, const char *, size_t);
void	 goal_out_tsv_field(FILE *, const char *, size_t);
void	 goal_out_score(FILE *, const struct goal *, const struct goal_diags *);
char	*goal_out_decimal(char *, unsigned long long);

/* SARIF 2.1.0: the head and rules of every rule set, each result, the end. */
int	 goal_sarif_begin(FILE *, const char *, struct goal_lint *const *,
	    size_t);
int	 goal_sarif_result(FILE *, const struct goal_diag *, int);
int	 goal_sarif_end(FILE *);

/* ------------------------------------------------------------------ */
/* Records for goal-split: JSON values and YAML through libyaml's emitter */

/*
 * JSON values (json.c).  Each returns 0, or -1 when the stream has a
 * write error.  A node is written as the text it holds: a scalar as a
 * string, a sequence as an array, a mapping as an object (a key that
 * is no scalar, or that came before, is left out: JSON has no such keys).
 */
int	 goal_json_string(FILE *, const char *, size_t);
int	 goal_json_text(FILE *, const char *);		/* NULL: null */
int	 goal_json_number(FILE *, long);
int	 goal_json_null(FILE *);
int	 goal_json_day(FILE *, long);			/* GOAL_NODAY: null */
int	 goal_json_key(FILE *, const char *, int);	/* ,"key": */
int	 goal_json_member(FILE *, const char *, const char *);	/* ,"key":text */
int	 goal_json_node(FILE *, const struct goal_node *);
int	 goal_json_goal_keys(FILE *, const struct goal *,
	    const char *const *);

/*
 * YAML through libyaml's emitter (yaml_out.c): a stream of documents
 * {owner, buddy, review, goals: [goal]}, one per top-level goal, with
 * the steps shared at least as widely as the level, ids filled in, and
 * each goal's own span or sentence deadline written as a date.
 */
struct goal_yaml;

struct goal_yaml *goal_yaml_new(FILE *);
int	 goal_yaml_goal(struct goal_yaml *, const struct goal *,
	    enum goal_share);
int	 goal_yaml_free(struct goal_yaml *);	/* ends the stream; frees */

/*
 * Records (split.c): a goal as it is, or with -b one record per period
 * of a recurring goal, or per period of a goal with one count split
 * pro rata.  goal_split_new(by, unit, max): by 0 (no -b) makes every
 * goal one record; max bounds the periods of a goal.
 * goal_split_goal() starts a goal (reporting a goal with too many
 * periods to diags and writing it whole); goal_split_next() gives its
 * records until it returns 0.  What a record points to lives until the
 * next call.
 */
struct goal_record {
	const struct goal	*goal;
	const char		*path;	/* the goal's, or "path@2027-Q1" */
	const char		*text;	/* NULL: none */
	size_t			 textlen;
	long			 start;	/* GOAL_NODAY: none */
	long			 due;
};

struct goal_split;

#define GOAL_SPLIT_MAX	10000	/* periods of one goal */

struct goal_split *goal_split_new(int, enum goal_unit, size_t);
void	 goal_split_free(struct goal_split *);
void	 goal_split_goal(struct goal_split *, const struct goal *,
	    struct goal_diags *);
int	 goal_split_next(struct goal_split *, struct goal_record *);
long	 goal_split_share(long, size_t, size_t);

/* ------------------------------------------------------------------ */
/* goal-due: items that outlive their reader, and the calendar writers */

/*
 * An item is a date goal-due shows: a goal's due date, the end of the
 * current period of a recurring goal, the next review of a top-level
 * goal, or the day to reflect on an achievement.  It owns its strings, so
 * that items of several files outlive their readers and merge.
 */
enum goal_item_kind {
	GOAL_ITEM_DUE,
	GOAL_ITEM_PERIOD,
	GOAL_ITEM_REVIEW,
	GOAL_ITEM_REFLECT
};

struct goal_item {
	long			 day;
	enum goal_item_kind	 kind;
	char			*owner;		/* NULL: none */
	char			*buddy;		/* NULL: none */
	char			*file;
	int			 doc;		/* 1-based document number */
	unsigned long		 line;		/* the goal's first key */
	char			*path;
	char			*parent;	/* the nearest dated ancestor's path */
	char			*text;		/* NULL: none */
	char			*plan;
	char			*measure;
	char			*why;
	int			 steps;		/* it has steps that are shown */
	size_t			 done;		/* goal_progress() */
	size_t			 total;
	enum goal_status	 status;
	long			 achieved;
	/* its goal's reminders in days before, own or inherited; 0: none */
	unsigned short		 remind[GOAL_MAX_REMIND];
	unsigned char		 nremind;
	/* a review's series: the cadence, the day it counts from, the end */
	struct goal_span	 every;
	long			 anchor;
	long			 until;
};

/*
 * Kept compact (goal_items_get() gives an item whole): a record an item;
 * for each goal, its key (owner, path, file, document: what sorting
 * reads) in keys, and its record and strings in one growing text.
 */
struct idset;

struct goal_items {
	struct goal_item_rec	*v;
	size_t			 n;
	size_t			 cap;
	char			*text;
	size_t			 len;
	size_t			 textcap;
	char			*keys;		/* what sorting reads */
	size_t			 keylen;
	size_t			 keycap;
	size_t			 last[3];	/* owner, file, buddy kept last */
	/*
	 * Whether two goals' records may name one goal (the same path in
	 * documents of one number in files of one base name), which a
	 * calendar's UIDs must then tell apart: goal_items_read() counts
	 * the reads, and the base names of those that gave records are
	 * kept in files.
	 */
	int			 may_repeat;
	unsigned long		 reads;
	unsigned long		 read_of_last;
	struct idset		*files;
};

/* Which items goal_items_add() keeps: those from first to last. */
struct goal_window {
	long		 first;		/* LONG_MIN: every overdue item */
	long		 last;
	int		 completed;	/* also achieved goals' own due items */
	int		 details;	/* keep plan, measure and why */
};

const char *goal_item_kind_name(enum goal_item_kind);
void	 goal_items_init(struct goal_items *);
void	 goal_items_free(struct goal_items *);
void	 goal_items_read(struct goal_items *);
void	 goal_items_add(struct goal_items *, const struct goal *, long,
	    enum goal_share, const struct goal_window *);
void	 goal_items_sort(struct goal_items *);
void	 goal_items_get(const struct goal_items *, size_t, struct goal_item *);
size_t	 goal_items_owners(const struct goal_items *, const char ***);
size_t	 goal_item_reminders(const struct goal_item *,
	    const struct goal_remind *, long [GOAL_MAX_REMIND]);

/* Lists: TEXT cut to width columns when width > 0; soon is the window's end. */
struct goal_due_opt {
	long		 today;
	long		 soon;		/* the last day of the window */
	int		 owners;	/* show owners: items of several */
	int		 color;
	size_t		 width;		/* 0: never cut */
};

int	 goal_due_text(FILE *, const struct goal_items *,
	    const struct goal_due_opt *);
int	 goal_due_tsv(FILE *, const struct goal_items *,
	    const struct goal_due_opt *);
int	 goal_due_json(FILE *, const struct goal_items *,
	    const struct goal_due_opt *);

/* Calendars: iCalendar events or to-dos, remind(1)'s REM lines. */
int	 goal_ics_write(FILE *, const struct goal_items *, long,
	    const struct goal_remind *, int);
int	 goal_remind_write(FILE *, const struct goal_items *,
	    const struct goal_remind *);

#endif /* GOAL_H */
