/* report.c: the renderings of findings (see report.h).  Waived findings
 * and findings in the baseline are left out of text and GitHub output, and
 * marked in JSON and SARIF (suppressions, baselineState). */
#include "kpc/report.h"
#include "kpc/kpc.h"

#define KPC_REPORT_VERSION KPC_VERSION

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[] = {"text", "json", "sarif", "junit", "github"};

bool report_format_parse(const char *s, enum report_format *out)
{
	for (size_t i = 0; i < KPC_ARRAY_LEN(names); i++) {
		if (!strcmp(s, names[i])) {
			*out = (enum report_format)i;
			return true;
		}
	}
	return false;
}

const char *report_format_name(enum report_format f)
{
	return names[f];
}

static bool shown(const struct finding *f)
{
	return !f->waived && !f->baselined;
}

/* The finding's field as a dotted path, in `b` (reused). */
static const char *path_of(const struct finding *f, struct buf *b)
{
	b->len = 0;
	lint_dotted_path(f->pointer, f->container, b);
	return b->data;
}

/* Hands what is rendered so far to the caller's sink, if any, so that a
 * big report never sits whole in memory. */
static void drain(struct buf *out, const struct report_opts *o)
{
	if (o->sink && out->len >= 64 * 1024) {
		o->sink(o->sink_user, out->data, out->len);
		out->len = 0;
	}
}

const char *report_srcmgr_line(void *srcmgr, const struct loc *l, size_t *len)
{
	const struct srcmgr *sm = srcmgr;
	for (uint32_t i = 1; l->file && i < sm->len; i++) {
		const struct srcfile *f = &sm->files[i];
		if (strcmp(f->path, l->file) || !l->line || l->line > f->nlines)
			continue;
		uint32_t start = f->lines[l->line - 1];
		uint32_t end = l->line < f->nlines ? f->lines[l->line] - 1 : (uint32_t)f->len; /* the line break, or the end */
		if (end - start > 400)
			end = start + 400;
		if (end > start && f->data[end - 1] == '\r')
			end--;
		*len = end - start;
		return f->data + start;
	}
	return NULL;
}

/* ---- text ---------------------------------------------------------------- */

static const char *sev_color(enum lint_sev s)
{
	return s == LINT_ERROR ? "\033[1;31m" : s == LINT_WARNING ? "\033[1;33m" : "\033[1;34m";
}

static void snippet(const struct loc *l, const struct report_opts *o, bool color, const char *ucolor, struct buf *out)
{
	if (!l->line)
		return;
	size_t linelen = 0;
	const char *text = o->line ? o->line(o->line_user, l, &linelen) : NULL;
	if (!text)
		return;
	char num[16];
	int w = snprintf(num, sizeof num, "%u", l->line);
	if (w < 4)
		w = 4;
	const char *dim = color ? "\033[1;34m" : "", *rst = color ? "\033[0m" : "";
	buf_printf(out, "%s%*u |%s ", dim, w, l->line, rst);
	buf_put_visible(out, text, linelen);
	buf_putc(out, '\n');
	buf_printf(out, "%s%*s |%s ", dim, w, "", rst);
	size_t col = l->col ? l->col - 1 : 0;
	for (size_t i = 0; i < col && i < linelen; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			buf_putc(out, text[i] == '\t' ? '\t' : ' ');
	size_t end = l->end_line == l->line ? (l->end_col ? l->end_col - 1 : col) : linelen;
	/* a multi-line node: underline the rest of its first line, trimmed */
	while (end > col + 1 && end <= linelen && (text[end - 1] == ' ' || text[end - 1] == '\t'))
		end--;
	if (end > linelen)
		end = linelen;
	size_t carets = 0;
	for (size_t i = col; i < end; i++)
		carets += ((unsigned char)text[i] & 0xC0) != 0x80;
	if (!carets)
		carets = 1;
	if (color)
		buf_puts(out, ucolor);
	for (size_t i = 0; i < carets; i++)
		buf_putc(out, '^');
	if (color)
		buf_puts(out, "\033[0m");
	buf_putc(out, '\n');
}

static void render_text(const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	struct buf pb = {0}; /* a finding's dotted path */
	bool color = o->color;
	struct lint_cursor cur;
	lint_cursor_init(&cur, r);
	uint32_t i = 0;
	for (const struct finding *f; (f = lint_cursor_next(&cur)); i++) {
		if (!shown(f))
			continue;
		if (color)
			buf_puts(out, "\033[1m");
		if (f->loc.file)
			buf_printf(out, "%s:%u:%u: ", f->loc.file, f->loc.line, f->loc.col);
		if (color)
			buf_puts(out, sev_color(f->sev));
		buf_printf(out, "%s[%s]", lint_sev_name(f->sev), f->rule->id);
		if (color)
			buf_puts(out, "\033[0;1m");
		buf_printf(out, ": %s (%s)", f->message, f->rule->slug);
		if (color)
			buf_puts(out, "\033[0m");
		buf_putc(out, '\n');
		snippet(&f->loc, o, color, sev_color(f->sev), out);
		if (f->object)
		{
			const char *path = path_of(f, &pb);
			buf_printf(out, "  = object: %s%s%s\n", f->object, *path ? ", field: " : "", path);
		}
		if (f->rule->fix)
			buf_printf(out, "  = help: %s\n", f->rule->fix);
		if (f->note && f->note_loc.file) {
			buf_printf(out, "%s:%u:%u: note: %s\n", f->note_loc.file, f->note_loc.line, f->note_loc.col, f->note);
			snippet(&f->note_loc, o, color, "\033[1;36m", out);
		}
		drain(out, o);
	}
	struct lint_counts c = lint_count(r);
	uint32_t total = c.by_sev[1] + c.by_sev[2] + c.by_sev[3];
	buf_printf(out, "kpc %s: %u finding%s (%u error%s, %u warning%s, %u info) in %u file%s", o->tool ? o->tool : "lint", total, total == 1 ? "" : "s",
		   c.by_sev[3], c.by_sev[3] == 1 ? "" : "s", c.by_sev[2], c.by_sev[2] == 1 ? "" : "s", c.by_sev[1], o->nfiles,
		   o->nfiles == 1 ? "" : "s");
	if (c.waived || c.baselined)
		buf_printf(out, "; %u waived, %u in the baseline", c.waived, c.baselined);
	buf_puts(out, "\n");
	lint_cursor_free(&cur);
	buf_free(&pb);
}

/* ---- JSON ---------------------------------------------------------------- */

static void json_s(struct buf *out, const char *s)
{
	if (!s)
		buf_puts(out, "null");
	else
		buf_json_str(out, s, strlen(s));
}

#define PUTS(out, lit) buf_put((out), (lit), sizeof(lit) - 1)

static void render_json(const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	struct buf pb = {0}; /* a finding's dotted path */
	buf_printf(out, "{\"version\":1,\"tool\":\"kpc\",\"tool_version\":\"%s\",\"findings\":[", KPC_REPORT_VERSION);
	struct lint_cursor cur;
	lint_cursor_init(&cur, r);
	uint32_t i = 0;
	for (const struct finding *f; (f = lint_cursor_next(&cur)); i++) {
		buf_puts(out, i ? ",\n " : "\n ");
		PUTS(out, "{\"rule\":");
		json_s(out, f->rule->id);
		PUTS(out, ",\"slug\":");
		json_s(out, f->rule->slug);
		PUTS(out, ",\"severity\":\"");
		buf_puts(out, lint_sev_name(f->sev));
		PUTS(out, "\",\"message\":");
		json_s(out, f->message);
		PUTS(out, ",\"file\":");
		json_s(out, f->loc.file);
		PUTS(out, ",\"line\":");
		buf_putu(out, f->loc.line);
		PUTS(out, ",\"column\":");
		buf_putu(out, f->loc.col);
		PUTS(out, ",\"end_line\":");
		buf_putu(out, f->loc.end_line);
		PUTS(out, ",\"end_column\":");
		buf_putu(out, f->loc.end_col);
		PUTS(out, ",\"object\":");
		json_s(out, f->object);
		PUTS(out, ",\"container\":");
		json_s(out, f->container);
		PUTS(out, ",\"path\":");
		json_s(out, path_of(f, &pb));
		PUTS(out, ",\"json_pointer\":");
		json_s(out, f->pointer);
		PUTS(out, ",\"fingerprint\":\"");
		buf_puts(out, f->fingerprint);
		PUTS(out, "\",\"waived\":");
		buf_puts(out, f->waived ? "true" : "false");
		if (f->waived) {
			PUTS(out, ",\"waiver_reason\":");
			json_s(out, f->waiver_reason);
		}
		PUTS(out, ",\"baselined\":");
		buf_puts(out, f->baselined ? "true}" : "false}");
		drain(out, o);
	}
	struct lint_counts c = lint_count(r);
	buf_printf(out, "%s],\"summary\":{\"files\":%u,\"error\":%u,\"warning\":%u,\"info\":%u,\"waived\":%u,\"baselined\":%u,"
			"\"fail_on\":\"%s\"}}\n",
		   lint_total(r) ? "\n" : "", o->nfiles, c.by_sev[3], c.by_sev[2], c.by_sev[1], c.waived, c.baselined,
		   lint_sev_name(o->fail_on));
	lint_cursor_free(&cur);
	buf_free(&pb);
}

/* ---- SARIF 2.1.0 ----------------------------------------------------------- */

static const char *sarif_level(enum lint_sev s)
{
	return s == LINT_ERROR ? "error" : s == LINT_WARNING ? "warning" : "note";
}

static void render_sarif(const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	struct buf pb = {0}; /* a finding's dotted path */
	(void)o;
	buf_puts(out, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{");
	buf_printf(out, "\"tool\":{\"driver\":{\"name\":\"kpc\",\"version\":\"%s\",\"rules\":[", KPC_REPORT_VERSION);
	/* the rules that have findings, in catalogue order; ruleIndex refers to this list */
	size_t n = rule_count();
	size_t *idx = xcalloc(n, sizeof *idx);
	size_t nr = 0;
	for (size_t k = 0; k < n; k++) {
		const struct rule *ru = rule_at(k);
		if (!lint_rule_used(r, k))
			continue;
		idx[k] = nr;
		buf_puts(out, nr ? ",\n" : "\n");
		nr++;
		buf_puts(out, "{\"id\":");
		json_s(out, ru->id);
		buf_puts(out, ",\"name\":");
		json_s(out, ru->slug);
		buf_puts(out, ",\"shortDescription\":{\"text\":");
		json_s(out, ru->summary);
		buf_puts(out, "},\"fullDescription\":{\"text\":");
		json_s(out, ru->rationale);
		buf_puts(out, "},\"help\":{\"text\":");
		json_s(out, ru->fix ? ru->fix : ru->rationale);
		enum lint_sev dsev = r->cfg->rules[k].sev == LINT_OFF ? ru->sev : r->cfg->rules[k].sev;
		buf_printf(out, "},\"defaultConfiguration\":{\"level\":\"%s\"},\"properties\":{\"family\":", sarif_level(dsev));
		json_s(out, ru->family);
		buf_puts(out, ",\"tags\":[");
		json_s(out, ru->family);
		buf_puts(out, "]}}");
	}
	buf_puts(out, "]}},\n\"results\":[");
	struct buf q = {0}; /* a finding's fully qualified name */
	struct lint_cursor cur;
	lint_cursor_init(&cur, r);
	uint32_t i = 0;
	for (const struct finding *f; (f = lint_cursor_next(&cur)); i++) {
		buf_puts(out, i ? ",\n" : "\n");
		buf_puts(out, "{\"ruleId\":");
		json_s(out, f->rule->id);
		buf_printf(out, ",\"ruleIndex\":%zu,\"level\":\"%s\",\"message\":{\"text\":", idx[rule_index(f->rule)],
			   sarif_level(f->sev));
		json_s(out, f->message);
		buf_puts(out, "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
		json_s(out, f->loc.file ? f->loc.file : "");
		buf_printf(out, "},\"region\":{\"startLine\":%u,\"startColumn\":%u,\"endLine\":%u,\"endColumn\":%u}}",
			   f->loc.line ? f->loc.line : 1, f->loc.col ? f->loc.col : 1, f->loc.end_line ? f->loc.end_line : 1,
			   f->loc.end_col ? f->loc.end_col : 1);
		const char *path = path_of(f, &pb);
		if (f->object) {
			buf_puts(out, ",\"logicalLocations\":[{\"fullyQualifiedName\":");
			q.len = 0;
			buf_printf(&q, "%s%s%s", f->object, *path ? "/" : "", path);
			json_s(out, buf_cstr(&q));
			buf_puts(out, ",\"kind\":\"resource\"}]");
		}
		buf_printf(out, "}],\"partialFingerprints\":{\"kpcFingerprint/v1\":\"%s\"}", f->fingerprint);
		buf_puts(out, ",\"properties\":{\"object\":");
		json_s(out, f->object);
		buf_puts(out, ",\"container\":");
		json_s(out, f->container);
		buf_puts(out, ",\"path\":");
		json_s(out, path);
		buf_puts(out, "}");
		if (f->waived) {
			buf_puts(out, ",\"suppressions\":[{\"kind\":\"inSource\",\"justification\":");
			json_s(out, f->waiver_reason);
			buf_puts(out, "}]");
		}
		if (f->baselined)
			buf_puts(out, ",\"baselineState\":\"unchanged\"");
		buf_putc(out, '}');
		drain(out, o);
	}
	free(idx);
	buf_puts(out, "\n]}]}\n");
	lint_cursor_free(&cur);
	buf_free(&pb);
	buf_free(&q);
}

/* ---- JUnit XML ------------------------------------------------------------- */

static void xml_s(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': buf_puts(out, "&lt;"); break;
		case '>': buf_puts(out, "&gt;"); break;
		case '&': buf_puts(out, "&amp;"); break;
		case '"': buf_puts(out, "&quot;"); break;
		case '\'': buf_puts(out, "&apos;"); break;
		default:
			if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
				buf_putc(out, ' ');
			else
				buf_putc(out, *s);
		}
	}
}

static void render_junit(const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	struct buf pb = {0}; /* a finding's dotted path */
	uint32_t failures = 0, tests = 0;
	struct lint_counts c = lint_count(r);
	for (int sev = LINT_INFO; sev <= LINT_ERROR; sev++) {
		tests += c.by_sev[sev];
		failures += sev >= (int)o->fail_on ? c.by_sev[sev] : 0;
	}
	buf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	buf_printf(out, "<testsuites name=\"kpc lint\" tests=\"%u\" failures=\"%u\" errors=\"0\">\n", tests ? tests : 1, failures);
	buf_printf(out, "  <testsuite name=\"kpc lint\" tests=\"%u\" failures=\"%u\" errors=\"0\" skipped=\"0\">\n", tests ? tests : 1,
		   failures);
	if (!tests)
		buf_puts(out, "    <testcase classname=\"kpc\" name=\"no findings\"/>\n");
	struct lint_cursor cur;
	lint_cursor_init(&cur, r);
	uint32_t i = 0;
	for (const struct finding *f; (f = lint_cursor_next(&cur)); i++) {
		if (!shown(f))
			continue;
		buf_puts(out, "    <testcase classname=\"");
		xml_s(out, f->loc.file ? f->loc.file : "kpc");
		buf_puts(out, "\" name=\"");
		xml_s(out, f->rule->id);
		if (f->object) {
			buf_puts(out, " ");
			xml_s(out, f->object);
		} else {
			buf_printf(out, " line %u", f->loc.line);
		}
		if (*path_of(f, &pb)) {
			buf_puts(out, " ");
			xml_s(out, pb.data);
		}
		buf_printf(out, "\" file=\"");
		xml_s(out, f->loc.file ? f->loc.file : "");
		buf_printf(out, "\" line=\"%u\">\n", f->loc.line);
		/* below the threshold: a passing case that still shows the finding */
		bool fails = f->sev >= o->fail_on;
		if (fails) {
			buf_puts(out, "      <failure message=\"");
			xml_s(out, f->message);
			buf_printf(out, "\" type=\"%s\">", lint_sev_name(f->sev));
		} else {
			buf_puts(out, "      <system-out>");
		}
		xml_s(out, f->loc.file ? f->loc.file : "");
		buf_printf(out, ":%u:%u:%u:%u: %s[%s] ", f->loc.line, f->loc.col, f->loc.end_line, f->loc.end_col,
			   lint_sev_name(f->sev), f->rule->id);
		xml_s(out, f->message);
		buf_puts(out, " (");
		xml_s(out, f->rule->slug);
		buf_puts(out, ")");
		if (f->container) {
			buf_puts(out, " container=");
			xml_s(out, f->container);
		}
		buf_printf(out, "</%s>\n    </testcase>\n", fails ? "failure" : "system-out");
		drain(out, o);
	}
	buf_puts(out, "  </testsuite>\n</testsuites>\n");
	lint_cursor_free(&cur);
	buf_free(&pb);
}

/* ---- GitHub workflow commands ---------------------------------------------- */

static void gh_escape(struct buf *out, const char *s, bool property)
{
	for (; s && *s; s++) {
		if (*s == '%')
			buf_puts(out, "%25");
		else if (*s == '\r')
			buf_puts(out, "%0D");
		else if (*s == '\n')
			buf_puts(out, "%0A");
		else if (property && *s == ':')
			buf_puts(out, "%3A");
		else if (property && *s == ',')
			buf_puts(out, "%2C");
		else
			buf_putc(out, *s);
	}
}

static void render_github(const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	struct buf pb = {0}; /* a finding's dotted path */
	struct lint_cursor cur;
	lint_cursor_init(&cur, r);
	uint32_t i = 0;
	for (const struct finding *f; (f = lint_cursor_next(&cur)); i++) {
		if (!shown(f))
			continue;
		const char *cmd = f->sev == LINT_ERROR ? "error" : f->sev == LINT_WARNING ? "warning" : "notice";
		buf_printf(out, "::%s file=", cmd);
		gh_escape(out, f->loc.file ? f->loc.file : "", true);
		buf_printf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", f->loc.line, f->loc.col, f->loc.end_line,
			   f->loc.end_col);
		struct buf t = {0};
		buf_printf(&t, "%s %s", f->rule->id, f->rule->slug);
		gh_escape(out, buf_cstr(&t), true);
		buf_free(&t);
		buf_puts(out, "::");
		gh_escape(out, f->message, false);
		if (f->object) {
			buf_puts(out, " [");
			gh_escape(out, f->object, false);
			if (*path_of(f, &pb)) {
				buf_puts(out, " ");
				gh_escape(out, pb.data, false);
			}
			buf_puts(out, "]");
		}
		buf_putc(out, '\n');
		drain(out, o);
	}
	lint_cursor_free(&cur);
	buf_free(&pb);
}

void report_render(enum report_format f, const struct lint_run *r, const struct report_opts *o, struct buf *out)
{
	switch (f) {
	case REPORT_TEXT: render_text(r, o, out); break;
	case REPORT_JSON: render_json(r, o, out); break;
	case REPORT_SARIF: render_sarif(r, o, out); break;
	case REPORT_JUNIT: render_junit(r, o, out); break;
	case REPORT_GITHUB: render_github(r, o, out); break;
	}
}
