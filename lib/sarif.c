/*
 * sarif.c: goal-lint's findings as one SARIF 2.1.0 log, for GitHub code
 * scanning and other SARIF viewers.  The log is written as it goes: the
 * rules first, then each result, then the closing brackets, so memory
 * stays flat however many findings there are.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "libgoal.h"

#define SARIF_SCHEMA	"https://json.schemastore.org/sarif-2.1.0.json"

static const char *const sarif_levels[] = {
	"none", "note", "warning", "error"
};

static void
text_property(FILE *fp, const char *key, const char *s, size_t len)
{
	fprintf(fp, "\"%s\":{\"text\":", key);
	goal_out_json_string(fp, s, len);
	putc('}', fp);
}

/*
 * A pattern rule's message names its match with %s: in a description,
 * where there is no match, an ellipsis stands for it.
 */
static void
description(FILE *fp, const char *key, const char *msg)
{
	char		 buf[512];
	size_t		 n = 0;
	const char	*p;

	for (p = msg; *p != '\0' && n + 4 < sizeof(buf); p++) {
		if (p[0] == '%' && p[1] == 's') {
			memcpy(buf + n, "...", 3);
			n += 3;
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			buf[n++] = '%';
			p++;
		} else
			buf[n++] = *p;
	}
	text_property(fp, key, buf, n);
}

static void
rule(FILE *fp, const struct goal_rule_info *info, int first)
{
	fputs(first ? "\n{\"id\":" : ",\n{\"id\":", fp);
	goal_out_json_string(fp, info->id, strlen(info->id));
	putc(',', fp);
	description(fp, "shortDescription", info->message);
	putc(',', fp);
	if (info->hint != NULL) {
		text_property(fp, "fullDescription", info->hint,
		    strlen(info->hint));
		putc(',', fp);
		text_property(fp, "help", info->hint, strlen(info->hint));
	} else
		description(fp, "fullDescription", info->message);
	fprintf(fp, ",\"defaultConfiguration\":{\"level\":\"%s\"}",
	    sarif_levels[info->level]);
	fputs(",\"properties\":{\"tags\":[", fp);
	if (info->criterion != NULL)
		goal_out_json_string(fp, info->criterion,
		    strlen(info->criterion));
	fputs("]}}", fp);
}

/* Whether an earlier rule set of the run has a rule of this id. */
static int
seen_before(struct goal_lint *const *lints, size_t k, const char *id)
{
	size_t	 i, j;

	for (i = 0; i < k; i++)
		if (goal_lint_find(lints[i], id, &j) == 0)
			return 1;
	return 0;
}

/*
 * The head of the log and every rule that is on in any of the run's
 * rule sets (one set per project configuration), each id once.
 */
int
goal_sarif_begin(FILE *fp, const char *version, struct goal_lint *const *lints,
    size_t nlints)
{
	struct goal_rule_info	 info;
	size_t			 k, i;
	int			 first = 1;

	fputs("{\"$schema\":\"" SARIF_SCHEMA "\",\"version\":\"2.1.0\","
	    "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"goal-lint\","
	    "\"semanticVersion\":", fp);
	goal_out_json_string(fp, version, strlen(version));
	fputs(",\"rules\":[", fp);
	for (k = 0; k < nlints; k++)
		for (i = 0; i < goal_lint_nrules(lints[k]); i++) {
			goal_lint_rule(lints[k], i, &info);
			if (info.level == GOAL_OFF ||
			    seen_before(lints, k, info.id))
				continue;
			rule(fp, &info, first);
			first = 0;
		}
	fputs("]}},\n\"columnKind\":\"unicodeCodePoints\",\"results\":[", fp);
	return ferror(fp) ? -1 : 0;
}

/* An artifact's URI: the name as given, percent-encoded (RFC 3986). */
static void
uri(FILE *fp, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	unsigned char		 c;

	putc('"', fp);
	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/", c) != NULL)
			putc(c, fp);
		else
			fprintf(fp, "%%%c%c", hex[c >> 4], hex[c & 15]);
	}
	putc('"', fp);
}

/* Characters (code points) in a match, up to the end of its line. */
static unsigned long
match_chars(const char *s, size_t len)
{
	unsigned long	 n = 0;
	size_t		 i;

	for (i = 0; i < len && s[i] != '\n'; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* FNV-1a over a string and a separator: stable from run to run. */
static uint64_t
fnv(uint64_t h, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	h ^= 0xFF;
	return h * 0x100000001b3ULL;
}

/*
 * The fingerprint of a finding: its rule, its goal's path and its match,
 * not its line, so that an alert survives edits elsewhere in the file.
 */
static uint64_t
fingerprint(const struct goal_diag *d)
{
	uint64_t	 h = 0xcbf29ce484222325ULL;

	h = fnv(h, d->rule ? d->rule : "", d->rule ? strlen(d->rule) : 0);
	h = fnv(h, d->goal ? d->goal : d->file, strlen(d->goal ? d->goal :
	    d->file));
	return fnv(h, d->match ? d->match : "", d->match ? d->matchlen : 0);
}

int
goal_sarif_result(FILE *fp, const struct goal_diag *d, int first)
{
	unsigned long	 col = d->pos.ccol ? d->pos.ccol : d->pos.col;
	unsigned long	 line = d->pos.line ? d->pos.line : 1;

	/* SARIF counts from 1; a finding about a whole file has no place. */
	if (col == 0)
		col = 1;

	fputs(first ? "\n{\"ruleId\":" : ",\n{\"ruleId\":", fp);
	goal_out_json_string(fp, d->rule ? d->rule : "goal-lint",
	    strlen(d->rule ? d->rule : "goal-lint"));
	fprintf(fp, ",\"level\":\"%s\",", sarif_levels[d->level]);
	text_property(fp, "message", d->message, strlen(d->message));
	fputs(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":"
	    "{\"uri\":", fp);
	uri(fp, d->file);
	fprintf(fp, "},\"region\":{\"startLine\":%lu,\"startColumn\":%lu,"
	    "\"endLine\":%lu,\"endColumn\":%lu}}}]", line, col, line,
	    col + (d->match ? match_chars(d->match, d->matchlen) : 0));
	fprintf(fp, ",\"partialFingerprints\":{\"goalLint/v1\":"
	    "\"%016llx\"}}", (unsigned long long)fingerprint(d));
	return ferror(fp) ? -1 : 0;
}

int
goal_sarif_end(FILE *fp)
{
	fputs("]}]}\n", fp);
	return ferror(fp) ? -1 : 0;
}
