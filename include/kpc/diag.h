/* diag.h: source files, spans and diagnostics.
 *
 * A `struct srcmgr` owns every source buffer of a run; spans refer to them by
 * index.  Line and column are computed only when a diagnostic is printed.
 * A `struct diags` collects diagnostics as data; renderers turn them into
 * text (or JSON).  The error codes live in one X-macro table below, so every
 * code has a name, and docs/errors.md and the tests can enumerate them. */
#ifndef KPC_DIAG_H
#define KPC_DIAG_H

#include "kpc/base.h"

#include <stdio.h>

struct span {
	uint32_t file; /* index into the srcmgr; 0 = no location */
	uint32_t off;
	uint32_t len;
};

struct srcfile {
	char *path;
	char *data; /* NUL-terminated copy */
	size_t len;
	uint32_t *lines; /* byte offset of each line start */
	uint32_t nlines;
};

struct srcmgr {
	struct srcfile *files; /* files[0] is a dummy */
	uint32_t len, cap;
};

void srcmgr_init(struct srcmgr *sm);
void srcmgr_free(struct srcmgr *sm);
/* Takes ownership of `data` (malloc'd, NUL-terminated). Returns the index. */
uint32_t srcmgr_add(struct srcmgr *sm, const char *path, char *data, size_t len);
const struct srcfile *srcmgr_get(const struct srcmgr *sm, uint32_t file);
/* 1-based line and column (column counts bytes). */
void srcmgr_linecol(const struct srcmgr *sm, uint32_t file, uint32_t off, uint32_t *line, uint32_t *col);
/* The line (from 0) of byte `off` of a file with lines: `hint`'s line is
 * tried first, then a search outward from it (UINT32_MAX: none). */
uint32_t srcfile_line(const struct srcfile *f, uint32_t off, uint32_t hint);

/* Error codes: X(code, slug). */
#define KPC_DIAG_CODES(X) \
	X(E0001, "io-error") \
	X(E0101, "invalid-character") \
	X(E0102, "unknown-unit") \
	X(E0103, "unterminated-string") \
	X(E0104, "invalid-escape") \
	X(E0105, "invalid-number") \
	X(E0110, "unexpected-token") \
	X(E0111, "unclosed-block") \
	X(E0112, "unexpected-close") \
	X(E0201, "unknown-keyword") \
	X(E0202, "wrong-arguments") \
	X(E0203, "duplicate-definition") \
	X(E0204, "unknown-reference") \
	X(E0205, "import-not-found") \
	X(E0206, "import-cycle") \
	X(E0207, "profile-cycle") \
	X(E0208, "missing-field") \
	X(E0209, "unknown-environment") \
	X(E0210, "conflicting-fields") \
	X(E0301, "wrong-value-kind") \
	X(E0302, "value-out-of-range") \
	X(E0303, "invalid-name") \
	X(E0304, "invalid-range") \
	X(E0401, "secret-value-missing") \
	X(E0402, "secret-source-unreadable") \
	X(E0501, "yaml-syntax") \
	X(E0502, "yaml-alias-limit") \
	X(E0601, "pack-unknown-field") \
	X(E0602, "pack-unknown-rule") \
	X(E0603, "pack-bad-value") \
	X(E0604, "pack-bad-pattern") \
	X(E0605, "pack-extends") \
	X(E0606, "pack-not-a-pack")

enum diag_code {
#define X(c, s) DIAG_##c,
	KPC_DIAG_CODES(X)
#undef X
	DIAG_CODE_COUNT
};

const char *diag_code_name(enum diag_code c); /* "E0101" */
const char *diag_code_slug(enum diag_code c);

enum diag_sev { DIAG_SEV_ERROR, DIAG_SEV_WARNING, DIAG_SEV_NOTE, DIAG_SEV_INFO };

struct diag_note {
	struct span span;
	char *msg;
};

struct diag {
	enum diag_code code;
	enum diag_sev sev;
	struct span span;
	char *msg;
	char *label; /* text after the underline, may be NULL */
	char *help;  /* "help: ..." line, may be NULL */
	struct diag_note notes[2];
	int nnotes;
};

struct diags {
	struct diag *items;
	uint32_t len, cap;
	uint32_t nerrors;
	const struct srcmgr *sm;
};

void diags_init(struct diags *d, const struct srcmgr *sm);
void diags_free(struct diags *d);
/* Adds a diagnostic; returns it so callers may attach a label, help or notes. */
struct diag *diag_add(struct diags *d, enum diag_sev sev, enum diag_code code, struct span span,
		      const char *fmt, ...) KPC_PRINTF(5, 6);
#define diag_error(d, code, span, ...) diag_add((d), DIAG_SEV_ERROR, DIAG_##code, (span), __VA_ARGS__)
void diag_label(struct diag *g, const char *fmt, ...) KPC_PRINTF(2, 3);
void diag_help(struct diag *g, const char *fmt, ...) KPC_PRINTF(2, 3);
void diag_note(struct diag *g, struct span span, const char *fmt, ...) KPC_PRINTF(3, 4);

/* Sort by file, offset (stable) and drop exact duplicates. */
void diags_sort(struct diags *d);
/* Human text: file:line:col: error[CODE]: message, source line, underline. */
void diags_render_text(const struct diags *d, struct buf *out, bool color);
void diags_render_json(const struct diags *d, struct buf *out);

#endif
