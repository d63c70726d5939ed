/* report.h: renderings of a lint run's findings: human text, JSON, SARIF
 * 2.1.0, JUnit XML and GitHub workflow commands.  Every format carries the
 * file, line, column and end of each finding, its rule, severity, object,
 * container and field path; the order is the run's (deterministic). */
#ifndef KPC_REPORT_H
#define KPC_REPORT_H

#include "kpc/lint.h"

enum report_format { REPORT_TEXT, REPORT_JSON, REPORT_SARIF, REPORT_JUNIT, REPORT_GITHUB };

struct report_opts {
	bool color;
	enum lint_sev fail_on; /* the threshold, shown in summaries */
	uint32_t nfiles;
	const char *tool; /* "lint" (default) or "build": names the summary line */
	/* When set, rendering hands its output over in pieces as it goes, and
	 * the caller writes what is left in `out` at the end: a big report is
	 * never whole in memory. */
	void (*sink)(void *user, const void *p, size_t n);
	void *sink_user;
	/* The text of a location's first line, for the text report's snippets
	 * (runs keep no copy of the sources): NULL if it cannot be had; no
	 * snippets when `line` is NULL. */
	const char *(*line)(void *user, const struct loc *l, size_t *len);
	void *line_user;
};

bool report_format_parse(const char *s, enum report_format *out);
const char *report_format_name(enum report_format f);
/* A report_opts.line for sources still loaded in a srcmgr (user: the
 * struct srcmgr *), as kpc build has them. */
const char *report_srcmgr_line(void *srcmgr, const struct loc *l, size_t *len);
void report_render(enum report_format f, const struct lint_run *r, const struct report_opts *o, struct buf *out);

#endif
