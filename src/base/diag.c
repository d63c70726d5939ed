/* diag.c: the source registry and the diagnostics store with its renderers. */
#include "kpc/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void srcmgr_init(struct srcmgr *sm)
{
	sm->files = xcalloc(8, sizeof *sm->files);
	sm->cap = 8;
	sm->len = 1; /* index 0: no file */
	sm->files[0].path = NULL;
}

void srcmgr_free(struct srcmgr *sm)
{
	for (uint32_t i = 1; i < sm->len; i++) {
		free(sm->files[i].path);
		free(sm->files[i].data);
		free(sm->files[i].lines);
	}
	free(sm->files);
	sm->files = NULL;
	sm->len = sm->cap = 0;
}

/* The offset of every line's start.  Lines average 30 bytes in real
 * manifests: a memchr(3) call per line costs more than the scan itself (20
 * ms over a 56 MiB stream), so 16 bytes are compared at a time and each
 * newline of them taken from the mask. */
static uint32_t *line_starts(const char *data, size_t len, uint32_t *nlines)
{
	uint32_t cap = 64, n = 0;
	uint32_t *lines = xmalloc(cap * sizeof *lines);
	lines[n++] = 0;
	size_t i = 0;
#ifdef __SSE2__
	const __m128i nl = _mm_set1_epi8('\n');
	for (; i + 16 <= len; i += 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(data + i)), nl));
		if (!m)
			continue;
		if (cap - n < 16) {
			cap *= 2;
			lines = xrealloc(lines, cap * sizeof *lines);
		}
		do {
			lines[n++] = (uint32_t)(i + (unsigned)__builtin_ctz(m) + 1);
			m &= m - 1;
		} while (m);
	}
#endif
	for (; i < len; i++) {
		if (data[i] != '\n')
			continue;
		if (n == cap) {
			cap *= 2;
			lines = xrealloc(lines, cap * sizeof *lines);
		}
		lines[n++] = (uint32_t)(i + 1);
	}
	*nlines = n;
	return lines;
}

uint32_t srcmgr_add(struct srcmgr *sm, const char *path, char *data, size_t len)
{
	if (sm->len == sm->cap) {
		sm->cap *= 2;
		sm->files = xrealloc(sm->files, sm->cap * sizeof *sm->files);
	}
	struct srcfile *f = &sm->files[sm->len];
	size_t pl = strlen(path);
	f->path = xmalloc(pl + 1);
	memcpy(f->path, path, pl + 1);
	f->data = data;
	f->len = len;
	f->lines = line_starts(data, len, &f->nlines);
	return sm->len++;
}

const struct srcfile *srcmgr_get(const struct srcmgr *sm, uint32_t file)
{
	if (file == 0 || file >= sm->len)
		return NULL;
	return &sm->files[file];
}

uint32_t srcfile_line(const struct srcfile *f, uint32_t off, uint32_t hint)
{
	uint32_t h = hint;
	if (h < f->nlines && f->lines[h] <= off && (h + 1 == f->nlines || off < f->lines[h + 1]))
		return h;
	/* lo <= the line < hi: galloping from the hint (nearby offsets are
	 * asked in turn), then a binary search */
	uint32_t lo = 0, hi = f->nlines;
	if (h < f->nlines) {
		uint32_t step = 1;
		if (f->lines[h] <= off) {
			lo = h;
			while (lo + step < f->nlines && f->lines[lo + step] <= off) {
				lo += step;
				step *= 2;
			}
			if (lo + step < f->nlines)
				hi = lo + step;
		} else {
			hi = h;
			while (hi > step && f->lines[hi - step] > off) {
				hi -= step;
				step *= 2;
			}
			lo = hi > step ? hi - step : 0;
		}
	}
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (f->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void srcmgr_linecol(const struct srcmgr *sm, uint32_t file, uint32_t off, uint32_t *line, uint32_t *col)
{
	const struct srcfile *f = srcmgr_get(sm, file);
	if (!f) {
		*line = *col = 0;
		return;
	}
	uint32_t lo = srcfile_line(f, off, UINT32_MAX);
	*line = lo + 1;
	*col = off - f->lines[lo] + 1;
}

static const char *const code_names[] = {
#define X(c, s) #c,
	KPC_DIAG_CODES(X)
#undef X
};
static const char *const code_slugs[] = {
#define X(c, s) s,
	KPC_DIAG_CODES(X)
#undef X
};

const char *diag_code_name(enum diag_code c)
{
	return (unsigned)c < DIAG_CODE_COUNT ? code_names[c] : "E0000";
}

const char *diag_code_slug(enum diag_code c)
{
	return (unsigned)c < DIAG_CODE_COUNT ? code_slugs[c] : "unknown";
}

void diags_init(struct diags *d, const struct srcmgr *sm)
{
	memset(d, 0, sizeof *d);
	d->sm = sm;
}

static void diag_release(struct diag *g)
{
	free(g->msg);
	free(g->label);
	free(g->help);
	for (int i = 0; i < g->nnotes; i++)
		free(g->notes[i].msg);
}

void diags_free(struct diags *d)
{
	for (uint32_t i = 0; i < d->len; i++)
		diag_release(&d->items[i]);
	free(d->items);
	d->items = NULL;
	d->len = d->cap = d->nerrors = 0;
}

static char *vfmt(const char *fmt, va_list ap) KPC_PRINTF(1, 0);
static char *vfmt(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

struct diag *diag_add(struct diags *d, enum diag_sev sev, enum diag_code code, struct span span,
		      const char *fmt, ...)
{
	if (d->len == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->items = xrealloc(d->items, d->cap * sizeof *d->items);
	}
	struct diag *g = &d->items[d->len++];
	memset(g, 0, sizeof *g);
	g->code = code;
	g->sev = sev;
	g->span = span;
	va_list ap;
	va_start(ap, fmt);
	g->msg = vfmt(fmt, ap);
	va_end(ap);
	if (sev == DIAG_SEV_ERROR)
		d->nerrors++;
	return g;
}

void diag_label(struct diag *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(g->label);
	g->label = vfmt(fmt, ap);
	va_end(ap);
}

void diag_help(struct diag *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(g->help);
	g->help = vfmt(fmt, ap);
	va_end(ap);
}

void diag_note(struct diag *g, struct span span, const char *fmt, ...)
{
	if (g->nnotes == 2)
		return;
	va_list ap;
	va_start(ap, fmt);
	g->notes[g->nnotes].span = span;
	g->notes[g->nnotes].msg = vfmt(fmt, ap);
	g->nnotes++;
	va_end(ap);
}

static int diag_cmp(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	if (x->span.file != y->span.file)
		return x->span.file < y->span.file ? -1 : 1;
	if (x->span.off != y->span.off)
		return x->span.off < y->span.off ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	return strcmp(x->msg, y->msg);
}

void diags_sort(struct diags *d)
{
	if (d->len < 2)
		return;
	/* qsort is not stable, but the comparison is total over what we keep */
	qsort(d->items, d->len, sizeof *d->items, diag_cmp);
	uint32_t out = 1;
	for (uint32_t i = 1; i < d->len; i++) {
		if (diag_cmp(&d->items[out - 1], &d->items[i]) == 0 &&
		    d->items[out - 1].span.len == d->items[i].span.len) {
			if (d->items[i].sev == DIAG_SEV_ERROR)
				d->nerrors--;
			diag_release(&d->items[i]);
			continue;
		}
		d->items[out++] = d->items[i];
	}
	d->len = out;
}

static const char *sev_name(enum diag_sev s)
{
	switch (s) {
	case DIAG_SEV_ERROR: return "error";
	case DIAG_SEV_WARNING: return "warning";
	case DIAG_SEV_NOTE: return "note";
	case DIAG_SEV_INFO: return "info";
	}
	return "error";
}

static const char *sev_color(enum diag_sev s)
{
	switch (s) {
	case DIAG_SEV_ERROR: return "\033[1;31m";
	case DIAG_SEV_WARNING: return "\033[1;33m";
	case DIAG_SEV_NOTE: return "\033[1;36m";
	case DIAG_SEV_INFO: return "\033[1;34m";
	}
	return "";
}

/* The source line of `span` with an underline below it. */
static void render_snippet(const struct srcmgr *sm, struct span sp, const char *label, bool color,
			   const char *ucolor, struct buf *out)
{
	const struct srcfile *f = srcmgr_get(sm, sp.file);
	if (!f || sp.off > f->len)
		return;
	uint32_t line, col;
	srcmgr_linecol(sm, sp.file, sp.off, &line, &col);
	uint32_t start = f->lines[line - 1];
	uint32_t end = start;
	while (end < f->len && f->data[end] != '\n')
		end++;
	uint32_t lend = end;
	if (lend > start && f->data[lend - 1] == '\r')
		lend--;
	/* a long line shows a window around the span, so that output stays
	 * linear in the input however many errors one line holds */
	bool cut_left = false, cut_right = false;
	if (lend - start > 160) {
		uint32_t ws = sp.off > start + 60 ? sp.off - 60 : start;
		uint32_t we = ws + 160 < lend ? ws + 160 : lend;
		while (ws > start && ((unsigned char)f->data[ws] & 0xC0) == 0x80)
			ws--;
		while (we < lend && ((unsigned char)f->data[we] & 0xC0) == 0x80)
			we++;
		cut_left = ws > start;
		cut_right = we < lend;
		start = ws;
		lend = we;
	}
	char num[16];
	int w = snprintf(num, sizeof num, "%u", line);
	if (w < 4)
		w = 4;
	const char *dim = color ? "\033[1;34m" : "", *rst = color ? "\033[0m" : "";
	buf_printf(out, "%s%*u |%s %s", dim, w, line, rst, cut_left ? "..." : "");
	buf_put_visible(out, f->data + start, lend - start);
	buf_puts(out, cut_right ? "...\n" : "\n");
	buf_printf(out, "%s%*s |%s %s", dim, w, "", rst, cut_left ? "   " : "");
	/* align by characters, not bytes: UTF-8 continuation bytes take no column */
	for (uint32_t i = start; i < sp.off && i < lend; i++)
		if (((unsigned char)f->data[i] & 0xC0) != 0x80)
			buf_putc(out, f->data[i] == '\t' ? '\t' : ' ');
	uint32_t n = sp.len;
	if (sp.off + n > lend)
		n = sp.off < lend ? lend - sp.off : 0;
	uint32_t carets = 0;
	for (uint32_t i = sp.off; i < sp.off + n; i++)
		carets += ((unsigned char)f->data[i] & 0xC0) != 0x80;
	if (carets == 0)
		carets = 1;
	if (color)
		buf_puts(out, ucolor);
	for (uint32_t i = 0; i < carets; i++)
		buf_putc(out, '^');
	if (label && *label)
		buf_printf(out, " %s", label);
	if (color)
		buf_puts(out, "\033[0m");
	buf_putc(out, '\n');
}

static void render_loc(const struct srcmgr *sm, struct span sp, struct buf *out)
{
	const struct srcfile *f = srcmgr_get(sm, sp.file);
	if (!f) {
		buf_puts(out, "kpc: ");
		return;
	}
	uint32_t line, col;
	srcmgr_linecol(sm, sp.file, sp.off, &line, &col);
	buf_printf(out, "%s:%u:%u: ", f->path, line, col);
}

#define DIAG_TEXT_LIMIT 200

void diags_render_text(const struct diags *d, struct buf *out, bool color)
{
	for (uint32_t i = 0; i < d->len; i++) {
		const struct diag *g = &d->items[i];
		if (i == DIAG_TEXT_LIMIT) {
			buf_printf(out, "kpc: %u more diagnostics not shown\n", d->len - i);
			break;
		}
		if (color)
			buf_puts(out, "\033[1m");
		render_loc(d->sm, g->span, out);
		if (color)
			buf_puts(out, sev_color(g->sev));
		buf_printf(out, "%s[%s]", sev_name(g->sev), diag_code_name(g->code));
		if (color)
			buf_puts(out, "\033[0;1m");
		buf_printf(out, ": %s", g->msg);
		if (color)
			buf_puts(out, "\033[0m");
		buf_putc(out, '\n');
		render_snippet(d->sm, g->span, g->label, color, sev_color(g->sev), out);
		if (g->help)
			buf_printf(out, "  = help: %s\n", g->help);
		for (int k = 0; k < g->nnotes; k++) {
			render_loc(d->sm, g->notes[k].span, out);
			buf_printf(out, "%snote%s: %s\n", color ? "\033[1;36m" : "", color ? "\033[0m" : "",
				   g->notes[k].msg);
			render_snippet(d->sm, g->notes[k].span, NULL, color, "\033[1;36m", out);
		}
	}
}

static void json_span(const struct srcmgr *sm, struct span sp, struct buf *out)
{
	const struct srcfile *f = srcmgr_get(sm, sp.file);
	if (!f) {
		buf_puts(out, "null");
		return;
	}
	uint32_t l1, c1, l2, c2;
	srcmgr_linecol(sm, sp.file, sp.off, &l1, &c1);
	srcmgr_linecol(sm, sp.file, sp.off + sp.len, &l2, &c2);
	buf_puts(out, "{\"file\":");
	buf_json_str(out, f->path, strlen(f->path));
	buf_printf(out, ",\"line\":%u,\"column\":%u,\"end_line\":%u,\"end_column\":%u,\"offset\":%u,\"length\":%u}",
		   l1, c1, l2, c2, sp.off, sp.len);
}

void diags_render_json(const struct diags *d, struct buf *out)
{
	buf_puts(out, "[");
	for (uint32_t i = 0; i < d->len; i++) {
		const struct diag *g = &d->items[i];
		buf_puts(out, i ? ",\n " : "\n ");
		buf_printf(out, "{\"code\":\"%s\",\"slug\":\"%s\",\"severity\":\"%s\",\"message\":",
			   diag_code_name(g->code), diag_code_slug(g->code), sev_name(g->sev));
		buf_json_str(out, g->msg, strlen(g->msg));
		buf_puts(out, ",\"span\":");
		json_span(d->sm, g->span, out);
		if (g->label) {
			buf_puts(out, ",\"label\":");
			buf_json_str(out, g->label, strlen(g->label));
		}
		if (g->help) {
			buf_puts(out, ",\"help\":");
			buf_json_str(out, g->help, strlen(g->help));
		}
		buf_puts(out, ",\"notes\":[");
		for (int k = 0; k < g->nnotes; k++) {
			if (k)
				buf_putc(out, ',');
			buf_puts(out, "{\"message\":");
			buf_json_str(out, g->notes[k].msg, strlen(g->notes[k].msg));
			buf_puts(out, ",\"span\":");
			json_span(d->sm, g->notes[k].span, out);
			buf_putc(out, '}');
		}
		buf_puts(out, "]}");
	}
	buf_puts(out, d->len ? "\n]\n" : "]\n");
}
