/* test_report.c: one golden file per output format.
 *
 * tests/report/input.yaml is linted with tests/report/pack.yaml and the
 * baseline tests/report/baseline.json (the date pinned, so waiver expiry is
 * stable), and each format must equal tests/report/expected.<format> byte
 * for byte.  KPC_UPDATE_GOLDEN=1 rewrites them; review them by reading.  The
 * SARIF golden is also checked against the SARIF 2.1.0 schema by
 * tests/run.sh. */
#define _GNU_SOURCE
#include "helpers.h"
#include "../../src/policy/index.h"
#include "kpc/lint.h"
#include "kpc/pack.h"
#include "kpc/report.h"
#include "kpc/yaml.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The report's configuration: the default profile and tests/report/pack.yaml. */
static void load_pack(struct pack_set *ps, struct lint_config *cfg)
{
	pack_set_init(ps);
	lint_config_init(cfg, PROFILE_DEFAULT);
	cr_assert(pack_load(ps, src_path("tests/report/pack.yaml"), cfg));
}

/* tests/report/input.yaml, loaded as file `name`. */
struct input {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	struct objset objs;
	struct yaml_issues is;
};

/* tests/report/<file>, loaded as if it were named `name` */
static void input_load_from(struct input *in, const char *file, const char *name)
{
	*in = (struct input){0};
	srcmgr_init(&in->sm);
	diags_init(&in->d, &in->sm);
	arena_init(&in->a);
	size_t len;
	char path[64];
	snprintf(path, sizeof path, "tests/report/%s", file);
	char *data = read_all(src_path(path), &len);
	cr_assert_not_null(data);
	uint32_t fid = srcmgr_add(&in->sm, name, data, len);
	cr_assert(yaml_load(&in->a, &in->sm, fid, &in->objs, &in->is, &in->d, 0));
}

static void input_load(struct input *in, const char *name)
{
	input_load_from(in, "input.yaml", name);
}

static void input_free(struct input *in)
{
	yaml_issues_free(&in->is);
	objset_free(&in->objs);
	arena_free(&in->a);
	diags_free(&in->d);
	srcmgr_free(&in->sm);
}

static char *render(enum report_format fmt, bool use_baseline)
{
	setenv("KPC_TODAY", "2026-06-01", 1);
	struct pack_set ps;
	struct lint_config cfg;
	load_pack(&ps, &cfg);
	struct input in;
	input_load(&in, "tests/report/input.yaml");
	struct lint_run run;
	lint_run_init(&run, &cfg);
	lint_loader_issues(&run, &in.sm, 0, &in.is);
	lint_check_objects(&run, &in.sm, 0, &in.objs);
	lint_finish(&run);
	struct buf err = {0};
	if (use_baseline)
		cr_assert(lint_apply_baseline(&run, src_path("tests/report/baseline.json"), &err), "%s", buf_cstr(&err));
	buf_free(&err);
	struct buf out = {0};
	struct report_opts ro = {.color = false, .fail_on = LINT_WARNING, .nfiles = 1, .line = report_srcmgr_line, .line_user = &in.sm};
	report_render(fmt, &run, &ro, &out);
	buf_cstr(&out);
	lint_run_free(&run);
	input_free(&in);
	lint_config_free(&cfg);
	pack_set_free(&ps);
	unsetenv("KPC_TODAY");
	return out.data;
}

static void golden(enum report_format fmt)
{
	char *got = render(fmt, true);
	char rel[256];
	snprintf(rel, sizeof rel, "tests/report/expected.%s", report_format_name(fmt));
	if (getenv("KPC_UPDATE_GOLDEN"))
		kpc_write_atomic(src_path(rel), got, strlen(got));
	char *want = read_all(src_path(rel), NULL);
	cr_assert_not_null(want, "missing %s", rel);
	cr_expect_str_eq(got, want, "%s differs:\n%s", rel, got);
	/* deterministic: the same bytes again */
	char *again = render(fmt, true);
	cr_expect_str_eq(got, again);
	free(again);
	free(got);
	free(want);
}

Test(report, text) { golden(REPORT_TEXT); }
Test(report, json) { golden(REPORT_JSON); }
Test(report, sarif) { golden(REPORT_SARIF); }
Test(report, junit) { golden(REPORT_JUNIT); }
Test(report, github) { golden(REPORT_GITHUB); }

/* Every finding carries file, line, column and end, rule, severity, object
 * and field path in every format: spot-check one finding everywhere. */
Test(report, every_format_locates_the_finding)
{
	static const char *const want[][3] = {
		{"text", "tests/report/input.yaml:28:9: error[MD003]", "field: metadata.name"},
		{"json", "\"line\":28,\"column\":9,\"end_line\":28,\"end_column\":20", "\"path\":\"metadata.name\""},
		{"sarif", "\"startLine\":28,\"startColumn\":9,\"endLine\":28,\"endColumn\":20", "Ingress/shop/Web_Ingress/metadata.name"},
		{"junit", "tests/report/input.yaml:28:9:28:20: error[MD003]", "name=\"MD003 Ingress/shop/Web_Ingress metadata.name\""},
		{"github", "::error file=tests/report/input.yaml,line=28,col=9,endLine=28,endColumn=20,title=MD003 invalid-object-name::",
		 "[Ingress/shop/Web_Ingress metadata.name]"},
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		enum report_format f;
		cr_assert(report_format_parse(want[i][0], &f));
		char *got = render(f, false);
		cr_expect_not_null(strstr(got, want[i][1]), "%s lacks %s:\n%s", want[i][0], want[i][1], got);
		cr_expect_not_null(strstr(got, want[i][2]), "%s lacks %s", want[i][0], want[i][2]);
		free(got);
	}
}

/* Waived and baselined findings are left out of text and GitHub output and
 * marked in JSON and SARIF. */
Test(report, waived_and_baselined_findings)
{
	char *text = render(REPORT_TEXT, true);
	cr_expect_null(strstr(text, "[AP001]"), "the baselined finding is not shown");
	cr_expect_null(strstr(text, "[MD001]"), "the waived finding is not shown");
	cr_expect_not_null(strstr(text, "1 waived, 1 in the baseline"));
	free(text);
	char *json = render(REPORT_JSON, true);
	cr_expect_not_null(strstr(json, "\"waived\":true,\"waiver_reason\":\"pod labels come from the platform chart\""));
	cr_expect_not_null(strstr(json, "\"baselined\":true"));
	free(json);
	char *sarif = render(REPORT_SARIF, true);
	cr_expect_not_null(strstr(sarif, "\"suppressions\":[{\"kind\":\"inSource\",\"justification\":\"pod labels come from the platform chart\"}]"));
	cr_expect_not_null(strstr(sarif, "\"baselineState\":\"unchanged\""));
	free(sarif);
	char *plain = render(REPORT_TEXT, false);
	cr_expect_not_null(strstr(plain, "[AP001]"), "without the baseline the finding is shown");
	free(plain);
}

/* kpc lint keeps the findings merged from its files in a store (a temporary
 * file once they pass a few MiB; 64 KiB here) and reads them back with a cursor, and
 * makes its cross-object findings records too, sorted at the end; its
 * cross-object index leaves memory for a temporary file past 1 MiB (at
 * every step here): the same inputs merged as 300 files render the same
 * bytes in every format from a storing run as from one that keeps
 * everything in memory, baseline included. */
Test(report, stored_findings_render_the_same)
{
	setenv("KPC_TODAY", "2026-06-01", 1);
	struct pack_set ps;
	struct lint_config cfg;
	load_pack(&ps, &cfg);
	/* stored: the cross-object findings become records in batches of
	 * 1024 (one here), or of one (a record as soon as the next is made) */
	struct lint_run plain, stored, stored1;
	lint_run_init(&plain, &cfg);
	lint_run_init(&stored, &cfg);
	lint_run_init(&stored1, &cfg);
	lint_run_spill(&stored, 64 * 1024); /* to a file after 64 KiB of records */
	lint_run_spill(&stored1, 64 * 1024);
	stored1.late_batch = 1;
	stored1.index_memory = 1; /* the index's pages leave memory at every step */
	struct buf err = {0};
	cr_assert(lint_load_baseline(&stored, src_path("tests/report/baseline.json"), &err));
	cr_assert(lint_load_baseline(&stored1, src_path("tests/report/baseline.json"), &err));
	struct arena keep;
	arena_init(&keep);
	enum { COPIES = 300 };
	for (uint32_t copy = 0; copy < COPIES; copy++) {
		/* every third copy: an input whose cross-object rules report
		 * out of place order (the records are sorted at the end) */
		const char *file = copy % 3 == 2 ? "cross.yaml" : "input.yaml";
		char name[64];
		snprintf(name, sizeof name, "copy%03u/%s", copy, file);
		struct input in;
		input_load_from(&in, file, name);
		struct lint_run one[3];
		for (int k = 0; k < 3; k++) {
			lint_run_init_in(&one[k], &cfg, &keep);
			lint_loader_issues(&one[k], &in.sm, copy, &in.is);
			lint_check_objects(&one[k], &in.sm, copy, &in.objs);
		}
		lint_merge(&plain, &one[0]);
		lint_merge(&stored, &one[1]);
		lint_merge(&stored1, &one[2]);
		for (int k = 0; k < 3; k++)
			lint_run_free(&one[k]);
		input_free(&in);
	}
	lint_finish(&plain);
	cr_assert(lint_apply_baseline(&plain, src_path("tests/report/baseline.json"), &err));
	lint_finish(&stored);
	lint_finish(&stored1);
	buf_free(&err);
	cr_expect_gt(lint_total(&stored), 2000, "only %u findings: the store stays in memory", lint_total(&stored));
	cr_expect_gt(stored.nlate, 250, "only %u cross-object findings", stored.nlate);
	cr_expect_gt(stored1.index->pages->loads, 100, "the index's pages stayed in memory");
	cr_expect_eq(plain.index->pages->evictions, 0);
	cr_expect_eq(lint_total(&stored), plain.len);
	cr_expect_eq(lint_total(&stored1), plain.len);
	cr_expect_eq(lint_worst(&stored), lint_worst(&plain));
	cr_expect_eq(lint_worst(&stored1), lint_worst(&plain));
	struct lint_counts cp = lint_count(&plain), cs = lint_count(&stored1);
	cr_expect(!memcmp(&cp, &cs, sizeof cp), "counts differ");
	for (int fmt = REPORT_TEXT; fmt <= REPORT_GITHUB; fmt++) {
		struct report_opts ro = {.fail_on = LINT_WARNING, .nfiles = COPIES};
		struct buf a = {0}, b = {0};
		report_render((enum report_format)fmt, &plain, &ro, &a);
		report_render((enum report_format)fmt, &stored, &ro, &b);
		cr_expect(a.len == b.len && !memcmp(a.data, b.data, a.len), "%s differs", report_format_name((enum report_format)fmt));
		b.len = 0;
		report_render((enum report_format)fmt, &stored1, &ro, &b);
		cr_expect(a.len == b.len && !memcmp(a.data, b.data, a.len), "%s differs (batches of one)",
			  report_format_name((enum report_format)fmt));

		buf_free(&a);
		buf_free(&b);
	}
	lint_run_free(&plain);
	lint_run_free(&stored);
	lint_run_free(&stored1);
	arena_free(&keep);
	lint_config_free(&cfg);
	pack_set_free(&ps);
	unsetenv("KPC_TODAY");
}
