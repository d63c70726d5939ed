/* fuzz_yaml.c: fuzz harness for the YAML loader and the lint engine, the
 * path of `kpc lint FILE.yaml`.
 *
 * Each input is one source file of a fresh srcmgr, loaded as src/cli/lint.c
 * loads a file: yaml_load_each (the CLI's node limit), one document at a
 * time, each document's issues and objects checked by a per-file lint run
 * with every rule (PROFILE_ALL; the closed world for inputs of even length,
 * the open world for odd ones), which is then merged into the run that runs
 * the cross-object rules (lint_finish).  yaml_verify_scalars is on, so a
 * scalar text the loader takes from the source that differs from libfyaml's
 * aborts.  The stream is also cut as `kpc lint -j` cuts big files
 * (yaml_split): when the whole loads, the pieces load to the same objects.  The
 * loader's diagnostics are rendered as text (plain and coloured) and JSON,
 * and the findings in every report format (text plain and coloured, JSON,
 * SARIF, JUnit, GitHub), each into a buffer.  A few invariants are checked
 * (a failure calls abort(), which the drivers report as a crash):
 *   - every object has a root map, an apiVersion and a kind;
 *   - every finding has a rule and a message, its location is inside the
 *     input, and its line and column are 1-based.
 *
 * Everything an input allocates is freed before the function returns. */
#include "fuzz.h"

#include "kpc/lint.h"
#include "kpc/report.h"
#include "kpc/yaml.h"

#include <stdlib.h>
#include <string.h>

static void check_findings(const struct lint_run *r, size_t len)
{
	for (uint32_t i = 0; i < r->len; i++) {
		const struct finding *f = &r->items[i];
		if (!f->rule || !f->message)
			abort();
		if (f->loc.file) {
			if (f->loc.off > len || f->loc.len > len - f->loc.off)
				abort();
			if (f->loc.line < 1 || f->loc.col < 1)
				abort();
		}
	}
}

struct doc_check {
	struct lint_run *run;
	const struct srcmgr *sm;
};

static void check_doc(void *user, const struct objset *objs, const struct yaml_issues *issues)
{
	struct doc_check *dc = user;
	for (uint32_t i = 0; i < objs->len; i++) {
		const struct k8s_obj *o = &objs->items[i];
		if (!o->root || o->root->kind != OBJ_MAP || !o->api_version || !o->kind)
			abort();
	}
	lint_loader_issues(dc->run, dc->sm, 0, issues);
	lint_check_objects(dc->run, dc->sm, 0, objs);
}

/* What loading a range gave: objects, and a sum of their spans. */
struct tally {
	uint64_t objects, spans;
};

static void tally_doc(void *user, const struct objset *objs, const struct yaml_issues *issues)
{
	struct tally *t = user;
	(void)issues;
	for (uint32_t i = 0; i < objs->len; i++) {
		t->objects++;
		t->spans += objs->items[i].root->span.off * 31u + objs->items[i].root->span.len;
	}
}

/* A stream cut at "---" lines (as `kpc lint -j` cuts big files) loads to
 * the same objects as the whole, whenever the whole loads. */
static void check_split(const struct srcmgr *sm, uint32_t fid, const char *src, size_t size)
{
	uint32_t starts[3], cuts[2] = {(uint32_t)(size / 3), (uint32_t)(size / 3 * 2)};
	uint32_t n = yaml_split(src, size, cuts, 2, starts);
	if (n < 2)
		return;
	struct tally whole = {0}, parts = {0};
	struct diags d;
	diags_init(&d, sm);
	struct arena a;
	arena_init(&a);
	bool ok = yaml_load_each(&a, sm, fid, 0, (uint32_t)size, &d, 0, tally_doc, &whole);
	bool parts_ok = true;
	for (uint32_t k = 0; k < n; k++) {
		uint32_t end = k + 1 < n ? starts[k + 1] : (uint32_t)size;
		if (starts[k] >= end || (k && !(src[starts[k]] == '-' && src[starts[k] - 1] == '\n')))
			abort(); /* pieces start lines, in order */
		parts_ok &= yaml_load_each(&a, sm, fid, starts[k], end - starts[k], &d, 0, tally_doc, &parts);
	}
	if (ok && (!parts_ok || whole.objects != parts.objects || whole.spans != parts.spans))
		abort();
	arena_free(&a);
	diags_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > UINT32_MAX / 2)
		return 0;
	struct srcmgr sm;
	srcmgr_init(&sm);
	struct diags d;
	diags_init(&d, &sm);
	char *copy = xmalloc(size + 1);
	if (size)
		memcpy(copy, data, size);
	copy[size] = 0;
	uint32_t fid = srcmgr_add(&sm, "fuzz.yaml", copy, size);

	struct lint_config cfg;
	lint_config_init(&cfg, PROFILE_ALL);
	cfg.closed_world = size % 2 == 0;
	struct lint_run file_run, run;
	lint_run_init(&file_run, &cfg);
	/* one document at a time, as the CLI loads; scalar texts taken from
	 * the source are checked against libfyaml's (a difference aborts) */
	yaml_verify_scalars = true;
	struct arena a;
	arena_init(&a);
	struct doc_check dc = {&file_run, &sm};
	(void)yaml_load_each(&a, &sm, fid, 0, (uint32_t)size, &d, 0, check_doc, &dc);
	check_findings(&file_run, size);

	check_split(&sm, fid, copy, size);

	struct buf b = {0};
	diags_sort(&d);
	diags_render_text(&d, &b, false);
	diags_render_text(&d, &b, true);
	diags_render_json(&d, &b);
	buf_free(&b);

	/* the sources and objects go before the merge, as in the CLI: findings
	 * must not point into them */
	arena_free(&a);
	diags_free(&d);
	srcmgr_free(&sm);

	lint_run_init(&run, &cfg);
	lint_merge(&run, &file_run);
	lint_run_free(&file_run);
	lint_finish(&run);
	check_findings(&run, size);

	static const enum report_format formats[] = {REPORT_TEXT, REPORT_JSON, REPORT_SARIF, REPORT_JUNIT, REPORT_GITHUB};
	struct report_opts ro = {.color = false, .fail_on = LINT_ERROR, .nfiles = 1};
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		report_render(formats[i], &run, &ro, &b);
		buf_free(&b);
	}
	ro.color = true;
	ro.fail_on = LINT_WARNING;
	ro.tool = "build";
	report_render(REPORT_TEXT, &run, &ro, &b);
	buf_free(&b);

	lint_run_free(&run);
	lint_config_free(&cfg);
	return 0;
}
