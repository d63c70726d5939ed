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
#include "../../src/policy/store.h"
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

/* tests/report/<file>, loaded as if it were named `name` */
static void input_load_from(struct loaded_yaml *in, const char *file, const char *name)
{
	size_t len;
	char path[64];
	snprintf(path, sizeof path, "tests/report/%s", file);
	char *data = read_all(src_path(path), &len);
	cr_assert_not_null(data);
	load_yaml(in, name, data, len);
	cr_assert(in->ok);
}

static void input_load(struct loaded_yaml *in, const char *name)
{
	input_load_from(in, "input.yaml", name);
}

static char *render(enum report_format fmt, bool use_baseline)
{
	setenv("KPC_TODAY", "2026-06-01", 1);
	struct pack_set ps;
	struct lint_config cfg;
	load_pack(&ps, &cfg);
	struct loaded_yaml in;
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
	free_yaml(&in);
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
 * makes its cross-object findings records too, sorted at the end: the same
 * inputs merged as 300 files render the same bytes in every format from a
 * storing run as from one that keeps every finding in memory, baseline
 * included.  So do runs that keep few cross-object keys in memory and
 * write the rest as sorted runs to a file, which the cursor merges, and
 * runs whose cross-object index leaves memory (for a temporary file past
 * 1 MiB; at every step here). */
Test(report, stored_findings_render_the_same)
{
	setenv("KPC_TODAY", "2026-06-01", 1);
	struct pack_set ps;
	struct lint_config cfg;
	load_pack(&ps, &cfg);
	/* the cross-object findings become records in batches of 1024 (one
	 * here) or of one (a record as soon as the next is made); their keys
	 * go to a file in sorted runs of 16,384 (none here), of one or two
	 * (hundreds of runs), or of 200 (more than the merge reads from a run
	 * at a time) */
	static const struct {
		uint32_t batch, run;
		size_t index; /* bytes of the index kept in memory (0: 1 MiB) */
		const char *what;
	} how[] = {
		{0, 0, 0, "batches of 1024"},
		{1, 0, 1, "batches of one, the index out of memory"},
		{0, 1, 0, "runs of one key"},
		{1, 2, 1, "runs of two keys, the index out of memory"},
		{0, 200, 0, "runs of 200 keys"},
	};
	enum { N = sizeof how / sizeof *how };
	struct lint_run plain, stored[N];
	lint_run_init(&plain, &cfg);
	struct buf err = {0};
	for (int v = 0; v < N; v++) {
		lint_run_init(&stored[v], &cfg);
		lint_run_spill(&stored[v], 64 * 1024); /* to a file after 64 KiB of records */
		stored[v].late_batch = how[v].batch;
		stored[v].late_run = how[v].run;
		stored[v].index_memory = how[v].index;
		cr_assert(lint_load_baseline(&stored[v], src_path("tests/report/baseline.json"), &err));
	}
	struct arena keep;
	arena_init(&keep);
	enum { COPIES = 300 };
	for (uint32_t copy = 0; copy < COPIES; copy++) {
		/* every third copy: an input whose cross-object rules report
		 * out of place order (the records are sorted at the end) */
		const char *file = copy % 3 == 2 ? "cross.yaml" : "input.yaml";
		char name[64];
		snprintf(name, sizeof name, "copy%03u/%s", copy, file);
		struct loaded_yaml in;
		input_load_from(&in, file, name);
		for (int v = -1; v < N; v++) {
			struct lint_run one;
			lint_run_init_in(&one, &cfg, &keep);
			lint_loader_issues(&one, &in.sm, copy, &in.is);
			lint_check_objects(&one, &in.sm, copy, &in.objs);
			lint_merge(v < 0 ? &plain : &stored[v], &one);
			lint_run_free(&one);
		}
		free_yaml(&in);
	}
	lint_finish(&plain);
	cr_expect_eq(plain.index->pages->evictions, 0);
	cr_assert(lint_apply_baseline(&plain, src_path("tests/report/baseline.json"), &err));
	buf_free(&err);
	struct lint_counts cp = lint_count(&plain);
	for (int v = 0; v < N; v++) {
		struct lint_run *r = &stored[v];
		lint_finish(r);
		cr_expect_gt(lint_total(r), 2000, "only %u findings: the store stays in memory", lint_total(r));
		cr_expect_gt(r->nlate, 1000, "only %u cross-object findings", r->nlate);
		if (how[v].run)
			cr_expect_gt(r->nlate - r->late_len, 400, "%s: only %u keys in runs", how[v].what, r->nlate - r->late_len);
		else
			cr_expect_eq(r->late_len, r->nlate, "%s: keys written to runs", how[v].what);
		if (how[v].index)
			cr_expect_gt(r->index->pages->loads, 100, "%s: the index stayed in memory", how[v].what);
		cr_expect_eq(lint_total(r), plain.len);
		cr_expect_eq(lint_worst(r), lint_worst(&plain));
		struct lint_counts cs = lint_count(r);
		cr_expect(!memcmp(&cp, &cs, sizeof cp), "%s: counts differ", how[v].what);
	}
	for (int fmt = REPORT_TEXT; fmt <= REPORT_GITHUB; fmt++) {
		struct report_opts ro = {.fail_on = LINT_WARNING, .nfiles = COPIES};
		struct buf a = {0}, b = {0};
		report_render((enum report_format)fmt, &plain, &ro, &a);
		for (int v = 0; v < N; v++) {
			b.len = 0;
			report_render((enum report_format)fmt, &stored[v], &ro, &b);
			cr_expect(a.len == b.len && !memcmp(a.data, b.data, a.len), "%s differs (%s)",
				  report_format_name((enum report_format)fmt), how[v].what);
		}
		buf_free(&a);
		buf_free(&b);
	}
	lint_run_free(&plain);
	for (int v = 0; v < N; v++)
		lint_run_free(&stored[v]);
	arena_free(&keep);
	lint_config_free(&cfg);
	pack_set_free(&ps);
	unsetenv("KPC_TODAY");
}

/* A store read back by position (the cross-object findings, in their final
 * order) reads its file through a few windows: records of every size, read
 * in any order, while more are written after them, come back whole; one
 * bigger than a window is read by itself. */
Test(report, records_read_by_position_come_back_whole)
{
	struct lint_store *s = store_new(0); /* every record to the file */
	enum { N = 3000 };
	static uint64_t pos[N];
	struct buf msg = {0}, rec = {0};
	struct finding f;
	char obj[32];
	/* record k's message: k bytes of a letter of its own, every 97th far
	 * bigger than a window */
	for (uint32_t k = 0; k < N; k++) {
		msg.len = 0;
		size_t n = k % 97 == 0 ? 3 * WIN_BYTES + k : k % 400;
		for (size_t i = 0; i < n; i++)
			buf_putc(&msg, (char)('a' + k % 26));
		snprintf(obj, sizeof obj, "ConfigMap/cm%u", k);
		f = (struct finding){.rule = rule_at(k % rule_count()), .sev = LINT_WARNING, .message = buf_cstr(&msg),
				     .object = obj, .loc = {.file = "a.yaml", .file_index = k, .line = k + 1}};
		pos[k] = store_put_one(s, &f);
		/* reads between the writes: a window read near the end of
		 * the file is shorter, and stays good as the file grows */
		if (k % 10 == 9) {
			uint32_t back = (k * 7919u) % (k + 1);
			store_read_at(s, pos[back], &rec, &f);
			cr_assert_eq(f.loc.file_index, back);
		}
	}
	cr_assert_not_null(s->f, "the records stayed in memory");
	/* several streams at once, then a scattered order */
	for (int pass = 0; pass < 2; pass++) {
		for (uint32_t i = 0; i < N; i++) {
			uint32_t k = pass ? (i * 2654435761u) % N : (i % 5) * (N / 5) + i / 5;
			store_read_at(s, pos[k], &rec, &f);
			size_t n = k % 97 == 0 ? 3 * WIN_BYTES + k : k % 400;
			snprintf(obj, sizeof obj, "ConfigMap/cm%u", k);
			cr_assert_eq(f.loc.file_index, k);
			cr_assert_eq(f.loc.line, k + 1);
			cr_assert_eq(f.rule, rule_at(k % rule_count()));
			cr_assert_str_eq(f.object, obj);
			cr_assert_eq(strlen(f.message), n, "record %u: message of %zu bytes, not %zu", k, strlen(f.message), n);
			cr_assert(n == 0 || (f.message[0] == (char)('a' + k % 26) && f.message[n - 1] == (char)('a' + k % 26)));
			cr_assert(strspn(f.message, (char[]){(char)('a' + k % 26), 0}) == n, "record %u: its message is not whole", k);
			cr_assert_null(f.container);
		}
	}
	buf_free(&msg);
	buf_free(&rec);
	store_free(s);
}
