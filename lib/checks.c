/*
 * checks.c: the catalogue of the checks written in C.  They are listed,
 * explained, levelled and switched off like the pattern rules of
 * rules.yaml; this table is what --list-rules and --explain show of them.
 */
#include <string.h>

#include "libgoal.h"

const struct goal_check_info goal_checks[] = {
	{ "format.yaml", NULL, GOAL_ERROR, "file",
	  "the file is not YAML that libyaml can parse (fatal)",
	  "Fix the YAML at the place shown; the rest of the file is not read." },
	{ "format.alias", NULL, GOAL_ERROR, "file",
	  "an alias or a << merge key (fatal)",
	  "Goal files are read one goal at a time, so a goal cannot refer to "
	  "another: write the value out." },
	{ "format.limit", NULL, GOAL_ERROR, "file",
	  "nesting deeper than 64, more than 1 MiB in one scalar, a control "
	  "character or invalid UTF-8 (fatal)",
	  "Goal files are text: save the file as UTF-8 and keep values short." },
	{ "format.unknown-key", NULL, GOAL_ERROR, "all",
	  "a key that goal(5) does not know",
	  "Check the spelling; goal(5) lists every key." },
	{ "format.duplicate-key", NULL, GOAL_ERROR, "all",
	  "a key twice in one mapping",
	  "Only the first is read: merge the two." },
	{ "format.wrong-type", NULL, GOAL_ERROR, "all",
	  "a value of the wrong shape: a mapping for text, text for steps",
	  "goal(5) gives the shape of every key's value." },
	{ "format.bad-value", NULL, GOAL_ERROR, "all",
	  "a value that is not one of the key's listed values",
	  "area, horizon, status, share, review and cadence take the values "
	  "goal(5) lists." },
	{ "format.bad-id", NULL, GOAL_ERROR, "all",
	  "an id that is not letters, digits, '.', '_' and '-'",
	  "Ids make paths such as earn-100k/ask-raise: keep them short and "
	  "plain." },
	{ "format.missing-goal", NULL, GOAL_ERROR, "all",
	  "a goal without a \"goal\" statement",
	  "Every goal and step says what you will do, in one sentence." },
	{ "format.duplicate-id", NULL, GOAL_ERROR, "all",
	  "two goals with one path in a document",
	  "Paths name goals in reports and calendars: give each its own id." },
	{ "format.bad-date", NULL, GOAL_ERROR, "all",
	  "a date that is not YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Qn, or no "
	  "such day",
	  "due may also be a span after started, such as \"18 months\"." },
	{ "format.comment-in-value", NULL, GOAL_WARNING, "all",
	  "a \" #\" that most likely cut a plain value short: \"#\" right "
	  "before a digit, or after a word no sentence ends on",
	  "In a plain value \" #\" starts a comment, and the rest of the line "
	  "is lost: quote the value (goal: \"Ship release #2 by June\")." },
	{ "format.header-after-goals", NULL, GOAL_WARNING, "document",
	  "a header key after goals: it is not applied",
	  "Put owner, buddy and review above goals." },
	{ "time-bound.no-deadline", "time-bound", GOAL_WARNING, "top",
	  "no due date, no span and no deadline in the sentence",
	  "A goal without a deadline is a wish: \"... within 18 months\", or "
	  "due: 2027-12-31." },
	{ "time-bound.no-start", "time-bound", GOAL_WARNING, "all",
	  "a span without a start date",
	  "\"within 18 months\" counts from started: add started." },
	{ "time-bound.due-before-start", "time-bound", GOAL_ERROR, "all",
	  "due earlier than started",
	  "Check both dates." },
	{ "time-bound.past-due", "time-bound", GOAL_WARNING, "all",
	  "active, and due before today",
	  "Mark it achieved, dropped or paused, or set a new date with your "
	  "buddy." },
	{ "time-bound.due-mismatch", "time-bound", GOAL_WARNING, "all",
	  "due and the deadline in the sentence disagree",
	  "Say one date once, or make the two agree." },
	{ "time-bound.beyond-horizon", "time-bound", GOAL_WARNING, "top",
	  "due later than started plus the horizon",
	  "A 1y goal is due within a year of its start; change the horizon or "
	  "the date." },
	{ "plan.no-steps", "attainable", GOAL_WARNING, "top",
	  "due more than a year after started, and no steps",
	  "Break a long goal into micro-goals, each with a plan and a due "
	  "date." },
	{ "plan.step-no-plan", "specific", GOAL_WARNING, "step",
	  "a step without a plan",
	  "A micro-goal says how: \"collect three wins; book the meeting by "
	  "March 1\"." },
	{ "plan.step-no-due", "time-bound", GOAL_WARNING, "step",
	  "a step without a date of its own",
	  "Every micro-goal has its own deadline inside its parent's." },
	{ "plan.step-after-parent", "time-bound", GOAL_ERROR, "step",
	  "a step due after its parent",
	  "A micro-goal is done before the goal it is part of." },
	{ "relevant.no-area", "relevant", GOAL_WARNING, "top",
	  "no area",
	  "Say which of the five areas it serves: earnings, knowledge, impact, "
	  "responsibility, experiences." },
	{ "relevant.no-why", "relevant", GOAL_NOTE, "top",
	  "no why",
	  "One line on how it serves your career path keeps it relevant." },
	{ "habit.public", NULL, GOAL_WARNING, "top",
	  "share: public",
	  "Announcing a goal publicly makes it less likely to happen: tell a "
	  "small circle." },
	{ "habit.no-buddy", NULL, GOAL_NOTE, "top",
	  "no buddy, own or in the header",
	  "An accountability buddy who knows your due dates helps you keep "
	  "them." },
	{ "habit.review-overdue", NULL, GOAL_WARNING, "top",
	  "active, and the next review is before today",
	  "Review it with your buddy and set reviewed: to the day." },
	{ "habit.slow-review", NULL, GOAL_WARNING, "top",
	  "a review cadence longer than a quarter",
	  "Review your goals with your buddy at least every quarter." },
	{ "habit.no-reward", NULL, GOAL_NOTE, "top",
	  "no reward",
	  "Plan a reward sized to the goal, and take it." },
	{ "habit.no-reflection", NULL, GOAL_WARNING, "top",
	  "achieved, and no reflection",
	  "Write what was hard, what was easy, who helped and what you would "
	  "do differently." },
	{ "format.unused-nolint", NULL, GOAL_WARNING, "all",
	  "a nolint id that names no rule, or that silenced nothing on the "
	  "goal and its steps (a note then)",
	  "Check the id against goal-lint --list-rules, and drop the ids that "
	  "no longer silence anything: a nolint should say what is true." },
};

const size_t goal_nchecks = sizeof(goal_checks) / sizeof(goal_checks[0]);
