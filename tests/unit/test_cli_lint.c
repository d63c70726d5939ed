/* test_cli_lint.c: `kpc lint`, `kpc rules` and `kpc explain` as a user and
 * a CI job run them: exit statuses and --fail-on, several outputs at once,
 * baselines, .kpc.yaml discovery, standard input, -j. */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define KPC "'" KPC_BIN "'"

/* one error (MD003), one warning (MD001 with the default labels) */
static const char *const manifest = "apiVersion: v1\n"
				    "kind: ConfigMap\n"
				    "metadata:\n"
				    "  name: Bad_Name\n"
				    "data: {}\n"
				    "---\n"
				    "apiVersion: apps/v1\n"
				    "kind: Deployment\n"
				    "metadata:\n"
				    "  name: web\n"
				    "spec:\n"
				    "  selector: {matchLabels: {app: web}}\n"
				    "  template:\n"
				    "    metadata: {labels: {app: web}}\n"
				    "    spec:\n"
				    "      containers: [{name: web, image: \"nginx:1.27\"}]\n";

static const char *const pack = "apiVersion: kpc.dev/v1\n"
				"kind: PolicyPack\n"
				"profile: none\n"
				"rules:\n"
				"  MD003: error\n"
				"  MD001: warning\n";

Test(cli_lint, fail_on_thresholds)
{
	char *d = tmpdir();
	put_file(d, "m.yaml", manifest);
	put_file(d, "pack.yaml", pack);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml", NULL, NULL), 1, "an error fails by default");
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml --fail-on never m.yaml", NULL, NULL), 0);
	put_file(d, "warn.yaml", "apiVersion: kpc.dev/v1\nkind: PolicyPack\nprofile: none\nrules: {MD001: warning}\n");
	cr_expect_eq(run_in(d, KPC " lint --policy warn.yaml m.yaml", NULL, NULL), 0, "a warning does not fail by default");
	cr_expect_eq(run_in(d, KPC " lint --policy warn.yaml --fail-on warning m.yaml", NULL, NULL), 1);
	put_file(d, "info.yaml", "apiVersion: kpc.dev/v1\nkind: PolicyPack\nprofile: none\nrules: {MD001: info}\n");
	cr_expect_eq(run_in(d, KPC " lint --policy info.yaml --fail-on warning m.yaml", NULL, NULL), 0);
	cr_expect_eq(run_in(d, KPC " lint --policy info.yaml --fail-on info m.yaml", NULL, NULL), 1);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml --fail-on sometimes m.yaml", NULL, NULL), 2);
	rmrf(d);
	free(d);
}

Test(cli_lint, usage_and_config_errors_exit_2)
{
	char *d = tmpdir(), *err;
	put_file(d, "m.yaml", manifest);
	cr_expect_eq(run_in(d, KPC " lint", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " lint --format xml m.yaml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " lint --world half m.yaml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " lint no-such-file.yaml", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "cannot read 'no-such-file.yaml'"), "%s", err);
	free(err);
	put_file(d, "bad.yaml", "apiVersion: kpc.dev/v1\nkind: PolicyPack\nrules: {SC02: error}\n");
	cr_expect_eq(run_in(d, KPC " lint --policy bad.yaml m.yaml", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "bad.yaml:3:9: error[E0602]: unknown rule 'SC02'"), "%s", err);
	free(err);
	rmrf(d);
	free(d);
}

Test(cli_lint, several_outputs_at_once)
{
	char *d = tmpdir(), *out;
	put_file(d, "m.yaml", manifest);
	put_file(d, "pack.yaml", pack);
	int rc = run_in(d, KPC " lint --policy pack.yaml m.yaml --format text --output sarif=r.sarif --output json=r.json "
			"--output junit=r.xml --output github=r.gh", &out, NULL);
	cr_expect_eq(rc, 1);
	cr_expect_not_null(strstr(out, "m.yaml:4:9: error[MD003]"), "text on stdout:\n%s", out);
	free(out);
	static const char *const files[][2] = {{"r.sarif", "\"version\":\"2.1.0\""}, {"r.json", "\"rule\":\"MD003\""},
					       {"r.xml", "<testsuites"}, {"r.gh", "::error file=m.yaml,line=4,col=9"}};
	for (size_t i = 0; i < 4; i++) {
		char *p = NULL;
		cr_assert(asprintf(&p, "%s/%s", d, files[i][0]) > 0);
		char *t = read_all(p, NULL);
		cr_expect_not_null(t, "%s not written", files[i][0]);
		if (t)
			cr_expect_not_null(strstr(t, files[i][1]), "%s lacks %s", files[i][0], files[i][1]);
		free(t);
		free(p);
	}
	rmrf(d);
	free(d);
}

Test(cli_lint, baseline_fails_only_on_new_findings)
{
	char *d = tmpdir(), *out;
	put_file(d, "m.yaml", manifest);
	put_file(d, "pack.yaml", pack);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml --write-baseline base.json", NULL, NULL), 1);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml --baseline base.json", &out, NULL), 0,
		     "every finding is in the baseline");
	cr_expect_not_null(strstr(out, "in the baseline"), "%s", out);
	free(out);
	/* a new error: a second invalid name */
	char *more = NULL;
	cr_assert(asprintf(&more, "%s---\napiVersion: v1\nkind: Secret\nmetadata: {name: Also_Bad}\n", manifest) > 0);
	put_file(d, "m.yaml", more);
	free(more);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml --baseline base.json", &out, NULL), 1);
	cr_expect_not_null(strstr(out, "Also_Bad"), "%s", out);
	cr_expect_null(strstr(out, "'Bad_Name'"), "the baselined finding stays quiet:\n%s", out);
	free(out);
	/* fingerprints do not depend on line numbers: moving the object keeps it baselined */
	char *moved = NULL;
	cr_assert(asprintf(&moved, "# a comment that shifts every line\n\n%s", manifest) > 0);
	put_file(d, "m.yaml", moved);
	free(moved);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml --baseline base.json", NULL, NULL), 0);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml m.yaml --baseline missing.json", NULL, NULL), 2);
	rmrf(d);
	free(d);
}

Test(cli_lint, finds_kpc_yaml_upwards)
{
	char *d = tmpdir(), *out;
	put_file(d, ".kpc.yaml", "apiVersion: kpc.dev/v1\nkind: PolicyPack\nprofile: none\nrules: {MD003: warning}\n");
	char *sub = NULL;
	cr_assert(asprintf(&sub, "%s/deploy/prod", d) > 0);
	char *mk = NULL;
	cr_assert(asprintf(&mk, "mkdir -p '%s'", sub) > 0);
	cr_assert_eq(system(mk), 0);
	free(mk);
	put_file(sub, "m.yaml", manifest);
	cr_expect_eq(run_in(sub, KPC " lint m.yaml", &out, NULL), 0, "the pack found upwards makes MD003 a warning");
	cr_expect_not_null(strstr(out, "warning[MD003]"), "%s", out);
	cr_expect_null(strstr(out, "MD001"), "and turns everything else off:\n%s", out);
	free(out);
	cr_expect_eq(run_in(sub, KPC " lint --no-config m.yaml", &out, NULL), 1, "--no-config uses the default pack");
	free(out);
	free(sub);
	rmrf(d);
	free(d);
}

Test(cli_lint, standard_input_and_threads)
{
	char *d = tmpdir(), *a, *b, *c;
	put_file(d, "m.yaml", manifest);
	put_file(d, "pack.yaml", pack);
	put_file(d, "n.yaml", manifest);
	cr_expect_eq(run_in(d, "cat m.yaml | " KPC " lint --policy pack.yaml -", &a, NULL), 1);
	cr_expect_not_null(strstr(a, "<stdin>:4:9: error[MD003]"), "%s", a);
	free(a);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml --format json m.yaml n.yaml", &b, NULL), 1);
	cr_expect_eq(run_in(d, KPC " lint --policy pack.yaml --format json -j 2 m.yaml n.yaml", &c, NULL), 1);
	cr_expect_str_eq(b, c, "-j 2 gives the same report");
	free(b);
	free(c);
	rmrf(d);
	free(d);
}

Test(cli_lint, rules_and_explain)
{
	char *out, *err;
	cr_assert_eq(run_in(NULL, KPC " rules", &out, NULL), 0);
	cr_expect_not_null(strstr(out, "SC002  allow-privilege-escalation"), "%s", out);
	free(out);
	cr_assert_eq(run_in(NULL, KPC " explain SC002", &out, NULL), 0);
	cr_expect_not_null(strstr(out, "SC002 allow-privilege-escalation (security, default severity error)"), "%s", out);
	cr_expect_not_null(strstr(out, "Waive it with the annotation kpc.dev/ignore.SC002"));
	free(out);
	cr_assert_eq(run_in(NULL, KPC " explain allow-privilege-escalation", &out, NULL), 0);
	free(out);
	cr_assert_eq(run_in(NULL, KPC " explain SC02", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "did you mean 'SC002'?"), "%s", err);
	free(err);
}

/* docs/rules.md is the output of `kpc rules --format markdown`. */
Test(cli_lint, rules_reference_is_current)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " rules --format markdown", &out, NULL), 0);
	if (getenv("KPC_UPDATE_GOLDEN"))
		kpc_write_atomic(src_path("docs/rules.md"), out, strlen(out));
	char *doc = read_all(src_path("docs/rules.md"), NULL);
	cr_assert_not_null(doc, "docs/rules.md is missing: KPC_UPDATE_GOLDEN=1 writes it");
	cr_expect_str_eq(out, doc, "docs/rules.md is out of date: run `kpc rules --format markdown > docs/rules.md`");
	free(out);
	free(doc);
}

/* Reports are written as they are rendered (to standard output, or to a
 * temporary file renamed into place): a report of several hundred KiB, in
 * every format, is the same bytes on standard output and in a file, and no
 * temporary file is left. */
Test(cli_lint, big_reports_stream_the_same_bytes)
{
	char *d = tmpdir();
	static const char *const formats[] = {"text", "json", "sarif", "junit", "github"};
	for (size_t i = 0; i < 5; i++) {
		char *cmd = NULL, *out, *path = NULL;
		cr_assert(asprintf(&cmd, KPC " lint --profile all --no-config --fail-on never --format %s '%s/tests/lint' "
					 "--output %s='%s/report'", formats[i], KPC_SOURCE_ROOT, formats[i], d) > 0);
		int rc = run_in(d, cmd, &out, NULL);
		cr_expect_eq(rc, 0, "%s: exit %d", formats[i], rc);
		cr_assert(asprintf(&path, "%s/report", d) > 0);
		size_t n;
		char *file = read_all(path, &n);
		cr_assert_not_null(file);
		cr_expect_gt(n, 256 * 1024, "%s: only %zu bytes", formats[i], n);
		cr_expect(strlen(out) == n && !memcmp(out, file, n), "%s: the file differs from standard output", formats[i]);
		free(file);
		free(out);
		free(cmd);
		free(path);
	}
	char *cmd = NULL, *out;
	cr_assert(asprintf(&cmd, "ls -A '%s'", d) > 0);
	run_in(NULL, cmd, &out, NULL);
	cr_expect_str_eq(out, "report\n");
	free(out);
	free(cmd);
	rmrf(d);
	free(d);
}

/* The run keeps no copy of the files' text: the text report reads the lines
 * it shows again, from the file or from the standard input it kept, in
 * every worker configuration. */
Test(cli_lint, text_report_shows_source_lines)
{
	char *d = tmpdir(), *out;
	put_file(d, "m.yaml", manifest);
	put_file(d, "pack.yaml", pack);
	static const char *const cmds[] = {KPC " lint --policy pack.yaml m.yaml", KPC " lint --policy pack.yaml -j2 m.yaml",
					   "cat m.yaml | " KPC " lint --policy pack.yaml -"};
	for (size_t i = 0; i < 3; i++) {
		int rc = run_in(d, cmds[i], &out, NULL);
		cr_expect_eq(rc, 1, "%s: exit %d", cmds[i], rc);
		cr_expect_not_null(strstr(out, ":4:9: error[MD003]"), "%s:\n%s", cmds[i], out);
		cr_expect_not_null(strstr(out, "   4 |   name: Bad_Name\n     |         ^^^^^^^^\n"), "%s:\n%s", cmds[i], out);
		free(out);
	}
	rmrf(d);
	free(d);
}

/* A big stream is checked in pieces cut at "---" lines (8 MiB each, and
 * one per thread): a syntax error in the middle still ends the file there,
 * the documents after it are not reported, and one thread or three give the
 * same bytes. */
Test(cli_lint, big_stream_in_pieces_stops_at_a_syntax_error)
{
	char *d = tmpdir();
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/big.yaml", d) > 0);
	FILE *f = fopen(p, "w");
	cr_assert_not_null(f);
	/* an upper-case name: one finding (MD003) per document */
	static const char doc[] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Before-%06u\n  namespace: shop\n"
				  "data:\n  key: |\n    some text that makes the document a little longer\n    and another line\n---\n";
	for (unsigned i = 0; i < 60000; i++) /* about 11 MiB */
		fprintf(f, doc, i);
	fputs("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: broken\ndata: x\n---\n", f);
	for (unsigned i = 0; i < 100; i++)
		fprintf(f, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: after-error-%u\n---\n", i);
	fclose(f);
	char *out1, *out3, *err;
	int rc1 = run_in(d, KPC " lint --no-config --profile all --format json big.yaml", &out1, &err);
	int rc3 = run_in(d, KPC " lint --no-config --profile all --format json -j3 big.yaml", &out3, NULL);
	cr_expect_eq(rc1, 2);
	cr_expect_eq(rc3, 2);
	cr_expect_not_null(strstr(err, "big.yaml:600004:"), "%s", err);
	cr_expect_not_null(strstr(err, "error[E0501]"), "%s", err);
	cr_expect_null(strstr(out1, "after-error"), "a document after the error was checked");
	cr_expect_not_null(strstr(out1, "ConfigMap/shop/Before-000000"), "the documents before the error were checked");
	cr_expect_not_null(strstr(out1, "ConfigMap/shop/Before-059999"), "the documents before the error were checked");
	cr_expect_str_eq(out1, out3);
	free(out1);
	free(out3);
	free(err);
	free(p);
	rmrf(d);
	free(d);
}

/* With -j, the threads check the files the walk finds while it goes on:
 * over a tree of 4,000 files (a broken one first, merged while the walk
 * goes on, then a big one, which asks for the sizes of the files after it)
 * and a missing path after it, -j2 and -j3 give -j1's report, exit status
 * and standard error, where the walk's messages come before the files'
 * syntax errors. */
Test(cli_lint, threads_check_files_while_the_walk_goes_on)
{
	char *d = tmpdir();
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/t", d) > 0);
	cr_assert_eq(mkdir(p, 0755), 0);
	free(p);
	put_file(d, "t/0-broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: broken\n");
	cr_assert(asprintf(&p, "%s/t/1big.yaml", d) > 0);
	FILE *f = fopen(p, "w");
	cr_assert_not_null(f);
	for (unsigned i = 0; i < 12000; i++) /* about 1.4 MiB */
		fprintf(f, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Big-%05u\ndata:\n  k: some text\n---\n", i);
	fclose(f);
	free(p);
	for (unsigned k = 0; k < 200; k++) {
		cr_assert(asprintf(&p, "%s/t/d%03u", d, k) > 0);
		cr_assert_eq(mkdir(p, 0755), 0);
		free(p);
		for (unsigned i = 0; i < 20; i++) {
			char name[64], text[160];
			snprintf(name, sizeof name, "t/d%03u/f%02u.yaml", k, i);
			snprintf(text, sizeof text, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Cm-%03u-%02u\ndata: {}\n", k, i);
			put_file(d, name, text);
		}
	}
	char *out1, *err1;
	int rc1 = run_in(d, KPC " lint --no-config --format json t missing.yaml", &out1, &err1);
	cr_expect_eq(rc1, 2);
	const char *walk = strstr(err1, "cannot read 'missing.yaml'"), *syntax = strstr(err1, "0-broken.yaml:");
	cr_assert(walk && syntax, "%s", err1);
	cr_expect_lt(walk, syntax, "the walk's message comes first:\n%s", err1);
	cr_expect_not_null(strstr(out1, "ConfigMap/Cm-199-19"), "the last file was checked");
	cr_expect_not_null(strstr(out1, "ConfigMap/Big-11999"), "the big file was checked");
	for (int jobs = 2; jobs <= 3; jobs++) {
		char cmd[256], *out, *err;
		snprintf(cmd, sizeof cmd, KPC " lint --no-config --format json -j%d t missing.yaml", jobs);
		cr_expect_eq(run_in(d, cmd, &out, &err), rc1, "-j%d", jobs);
		cr_expect_str_eq(out, out1, "-j%d", jobs);
		cr_expect_str_eq(err, err1, "-j%d", jobs);
		free(out);
		free(err);
	}
	free(out1);
	free(err1);
	rmrf(d);
	free(d);
}
