/* test_corpus.c: kpc lint over the shared corpus of real manifests
 * (../shared/corpus beside the source tree): every valid file loads, the
 * whole corpus lints without a crash and with the same output on one thread
 * and on two, and each invalid file gets the behaviour EXPECTED.tsv asks. */
#define _GNU_SOURCE
#include "helpers.h"

#include "kpc/yaml.h"

#include <criterion/criterion.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CORPUS KPC_SOURCE_ROOT "/../shared/corpus"

static int run(const char *cmdline, char **out)
{
	char o[] = "/tmp/kpc-corpus-XXXXXX";
	int fd = mkstemp(o);
	close(fd);
	char *full = NULL;
	cr_assert(asprintf(&full, "%s >%s 2>&1", cmdline, o) > 0);
	int st = system(full);
	free(full);
	if (out)
		*out = read_all(o, NULL);
	unlink(o);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

Test(corpus, present)
{
	char *readme = read_all(CORPUS "/README.md", NULL);
	cr_assert_not_null(readme, "the shared corpus is not at %s", CORPUS);
	free(readme);
}

/* Every valid file loads: no YAML error (E05xx), no AP007; exit 0 or 1. */
Test(corpus, valid_files_load)
{
	char *out;
	int rc = run("'" KPC_BIN "' lint --profile minimal --no-config --format json '" CORPUS "/valid'", &out);
	cr_assert(rc == 0 || rc == 1, "exit %d:\n%.2000s", rc, out);
	cr_expect_null(strstr(out, "error[E05"), "a valid file did not load");
	cr_expect_null(strstr(out, "\"rule\":\"AP007\""), "a document of a valid file is not an object");
	cr_expect_not_null(strstr(out, "\"files\":756"), "every .yaml and .yml file is read: %.300s", strstr(out, "\"summary\""));
	free(out);
}

/* The whole catalogue over the whole corpus: the same bytes on 1 and 2
 * threads and on a second run. */
Test(corpus, lint_all_rules_deterministic)
{
	char *a, *b, *c;
	const char *cmd = "'" KPC_BIN "' lint --profile all --world closed --no-config --format json '" CORPUS "/valid'";
	int ra = run(cmd, &a);
	cr_assert(ra == 0 || ra == 1, "exit %d: %.2000s", ra, a);
	char *cmd2 = NULL;
	cr_assert(asprintf(&cmd2, "%s -j 2", cmd) > 0);
	int rb = run(cmd2, &b);
	int rc = run(cmd, &c);
	cr_expect_eq(ra, rb);
	cr_expect_eq(ra, rc);
	cr_expect(strcmp(a, b) == 0, "-j 2 gives different output");
	cr_expect(strcmp(a, c) == 0, "a second run gives different output");
	free(cmd2);
	free(a);
	free(b);
	free(c);
}

struct expectation {
	const char *path;
	int exit; /* expected exit status of `kpc lint --profile minimal` */
	const char *must; /* a string the output must contain, or NULL */
};

/* From corpus/invalid/EXPECTED.tsv. */
static const struct expectation invalid[] = {
	{"kubernetes__examples/_archived/newrelic-infrastructure/newrelic-config-template.yaml", 2, "error[E0501]: invalid YAML: a mapping key must be a scalar"},
	{"kubernetes__examples/_archived/newrelic/newrelic-config-template.yaml", 2, "error[E0501]"},
	{"kubernetes__examples/_archived/storage/vitess/etcd-controller-template.yaml", 2, "error[E0501]"},
	{"kubernetes__examples/_archived/storage/vitess/etcd-service-template.yaml", 2, "error[E0501]"},
	{"kubernetes__examples/_archived/storage/vitess/vtgate-controller-template.yaml", 2, "error[E0501]"},
	/* placeholders inside strings parse; names with {{ }} are invalid */
	{"kubernetes__examples/_archived/storage/vitess/vtctld-controller-template.yaml", 0, NULL},
	{"kubernetes__examples/_archived/storage/vitess/vttablet-pod-template.yaml", 1, "[MD003]"},
	{"stackrox__kube-linter/pkg/command/lint/testdata/invalid.yaml", 2, "invalid.yaml:2:1: error[E0501]"},
	{"yannh__kubeconform/fixtures/blank.yaml", 0, "0 findings"},
	{"yannh__kubeconform/fixtures/comment.yaml", 0, "0 findings"},
	{"yannh__kubeconform/fixtures/duplicate_property.yaml", 1, "error[AP005]: duplicate key 'containers'"},
	{"yannh__kubeconform/fixtures/missing_apiversion.yaml", 1, "error[AP007]: this document is not a Kubernetes object: it has no apiVersion"},
	{"yannh__kubeconform/fixtures/missing_kind.yaml", 1, "error[AP007]"},
	{"yannh__kubeconform/fixtures/missing_kind_value.yaml", 1, "error[AP007]"},
	{"yannh__kubeconform/fixtures/multi_invalid_resources.yaml", 1, "5 findings (5 errors"},
};

Test(corpus, invalid_files_behave_as_expected)
{
	for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) {
		char *cmd = NULL, *out;
		cr_assert(asprintf(&cmd, "'%s' lint --profile minimal --no-config --color never '%s/invalid/%s'", KPC_BIN, CORPUS,
				   invalid[i].path) > 0);
		int rc = run(cmd, &out);
		cr_expect_eq(rc, invalid[i].exit, "%s: exit %d, expected %d\n%s", invalid[i].path, rc, invalid[i].exit, out);
		if (invalid[i].must)
			cr_expect_not_null(strstr(out, invalid[i].must), "%s: no '%s' in\n%s", invalid[i].path, invalid[i].must, out);
		free(out);
		free(cmd);
	}
}

/* A syntax error in one file does not stop the others: the run goes on
 * and ends with exit 2. */
Test(corpus, syntax_error_does_not_stop_the_run)
{
	char *out;
	int rc = run("'" KPC_BIN "' lint --profile minimal --no-config --color never '" CORPUS
		     "/invalid/stackrox__kube-linter/pkg/command/lint/testdata/invalid.yaml' '" CORPUS
		     "/invalid/yannh__kubeconform/fixtures/duplicate_property.yaml'",
		     &out);
	cr_expect_eq(rc, 2);
	cr_expect_not_null(strstr(out, "error[E0501]"));
	cr_expect_not_null(strstr(out, "error[AP005]"), "the second file is still linted:\n%s", out);
	free(out);
}

/* A text loaded as kpc lint loads a file (a copy of it). */
static void load_text(struct loaded_yaml *l, const char *text, size_t len)
{
	char *copy = xmalloc(len + 1);
	memcpy(copy, text, len);
	copy[len] = 0;
	load_yaml(l, "t.yaml", copy, len);
}

/* YAML is UTF-8: the loader refuses anything else before libfyaml reads
 * it (which took an overlong four-byte form for the end of the input and
 * silently dropped the documents after it), naming the first bad byte; the
 * edges of each range load. */
Test(corpus, invalid_utf8_is_refused_at_its_byte)
{
	static const struct {
		const char *bytes;
		bool ok;
	} cases[] = {
		{"\xC2\x80", true},	      {"\xDF\xBF", true},	     {"\xE0\xA0\x80", true},    {"\xED\x9F\xBF", true},
		{"\xEE\x80\x80", true},     {"\xEF\xBF\xBF", true},     {"\xF0\x90\x80\x80", true}, {"\xF4\x8F\xBF\xBF", true},
		{"\xC0\xAF", false},	      {"\xC1\xBF", false},	     {"\xE0\x80\xAF", false},   {"\xE0\x9F\xBF", false},
		{"\xED\xA0\x80", false},    {"\xED\xBF\xBF", false},    {"\xF0\x8C\x8F\x9A", false}, {"\xF0\x80\x80\x80", false},
		{"\xF4\x90\x80\x80", false}, {"\xF5\x80\x80\x80", false}, {"\x80", false},	   {"\xE2\x82", false},
		{"\xE2\x28\xA1", false},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		/* the bytes inside a value of the first document; a second
		 * document after it */
		char text[256];
		int n = snprintf(text, sizeof text, "a: x%sy\n---\nb: 2\n", cases[k].bytes);
		struct loaded_yaml l;
		load_text(&l, text, (size_t)n);
		cr_expect_eq(l.ok, cases[k].ok, "case %zu", k);
		if (cases[k].ok) {
			cr_expect_eq(l.is.len, 2, "case %zu: both documents (not objects) were read", k);
		} else {
			cr_assert_eq(l.d.len, 1, "case %zu", k);
			cr_expect_not_null(strstr(l.d.items[0].msg, "not valid UTF-8"), "case %zu: %s", k, l.d.items[0].msg);
			cr_expect_eq(l.d.items[0].span.off, 4, "case %zu: at byte %u", k, l.d.items[0].span.off);
		}
		free_yaml(&l);
	}
}

/* Single-quoted scalars are read by the loader itself ('' is a quote, line
 * breaks fold as in every flow scalar), not formatted by libfyaml, which
 * leaks on runs of '': each text here is what YAML gives (PyYAML agrees),
 * and libfyaml's where it can be asked without leaking
 * (yaml_verify_scalars: a difference aborts). */
Test(corpus, single_quoted_texts)
{
	static const struct {
		const char *yaml, *text;
	} cases[] = {
		{"v: 'it''s'\n", "it's"},
		{"v: ''\n", ""},
		{"v: ''''\n", "'"},
		{"v: ''''''''''''''''''''\n", "'''''''''"},
		{"v: 'x''''y'\n", "x''y"},
		{"v: '  lead and trail  '\n", "  lead and trail  "},
		{"v: 'one\n  two'\n", "one two"},
		{"v: 'one  \n\n  two  '\n", "one\ntwo  "},
		{"v: 'one\n\n\n  two'\n", "one\n\ntwo"},
		{"v: '\n  x'\n", " x"},
		{"v: 'abc\n  '\n", "abc "},
		{"v: 'abc\n\n\n  '\n", "abc\n\n"},
		{"v: 'a''\n  ''b'\n", "a' 'b"},
		{"v: 'a''''\n\n  ''''b'\n", "a''\n''b"},
		{"v: [ 'x''y', 'p\n  q' ]\n", NULL}, /* in a flow sequence: checked against libfyaml only */
		{"v: 'tab\tinside'\n", "tab\tinside"},
		{"v: 'tab \t\n  \tline'\n", "tab line"},
		{"v: 'crlf  \r\n\r\n  x''''y'\n", "crlf\nx''y"},
		{"v: 'lone\r  cr'\n", "lone cr"},
		{"v: 'a\r\r  b''''c'\n", "a\nb''c"},
	};
	yaml_verify_scalars = true;
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		char text[256];
		int n = snprintf(text, sizeof text, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n%s", cases[k].yaml);
		struct loaded_yaml l;
		load_text(&l, text, (size_t)n);
		cr_assert(l.ok, "case %zu does not load", k);
		if (cases[k].text) {
			cr_assert_eq(l.objs.len, 1, "case %zu", k);
			const struct obj *v = obj_get(l.objs.items[0].root, "v");
			cr_assert(v && v->kind == OBJ_STR, "case %zu", k);
			cr_expect(v->s.len == strlen(cases[k].text) && !memcmp(v->s.p, cases[k].text, v->s.len),
				  "case %zu: \"%.*s\", not \"%s\"", k, (int)v->s.len, v->s.p, cases[k].text);
		}
		free_yaml(&l);
	}
	yaml_verify_scalars = false;
}

/* libfyaml 0.7.12 crashes on a tab after ':' in an explicit key before a
 * block indicator: such input is refused at that ':' before it is parsed
 * (every shape the fuzzer and a sweep of indicators found), and the same
 * characters elsewhere are not: without an explicit key, or in another
 * document than the key's. */
Test(corpus, explicit_key_tab_refused_before_libfyaml)
{
	static const struct {
		const char *yaml;
		int at; /* where the error is; -1: it loads */
	} cases[] = {
		{"? a:\t:\n", 3},
		{"? a: \t -\n", 3},
		{"?\n  a:\t?\n", 5},
		{"- - ? a:\t|\n", 7},
		{"x: 1\n? c:\t>\n", 8},
		{"a: 'x:\t-'\n", -1},
		{"? a\n: b\n---\nc: 'x:\t-'\n", -1},
		{"url: 'http://x/?a:\t-'\n", -1},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		struct loaded_yaml l;
		load_text(&l, cases[k].yaml, strlen(cases[k].yaml));
		if (cases[k].at < 0) {
			cr_expect(l.ok, "case %zu is refused", k);
		} else {
			cr_expect_not(l.ok, "case %zu", k);
			cr_assert_geq(l.d.len, 1, "case %zu", k);
			cr_expect_not_null(strstr(l.d.items[0].msg, "explicit key"), "case %zu: %s", k, l.d.items[0].msg);
			cr_expect_eq(l.d.items[0].span.off, (uint32_t)cases[k].at, "case %zu: at %u", k, l.d.items[0].span.off);
		}
		free_yaml(&l);
	}
}

/* The loader takes most scalars' text straight from the source, and
 * assembles literal block scalars itself, instead of asking libfyaml to
 * format it: over every file of the corpus (valid and invalid), each such
 * text equals libfyaml's (yaml_verify_scalars aborts on a difference). */
static unsigned long corpus_files;

static int load_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	size_t n = strlen(path);
	if (type != FTW_F || !((n > 5 && !strcmp(path + n - 5, ".yaml")) || (n > 4 && !strcmp(path + n - 4, ".yml"))))
		return 0;
	char *data;
	size_t len;
	cr_assert(kpc_read_file(path, &data, &len), "cannot read %s", path);
	struct loaded_yaml l;
	load_text(&l, data, len);
	free_yaml(&l);
	free(data);
	corpus_files++;
	return 0;
}

Test(corpus, scalar_texts_equal_libfyaml)
{
	yaml_verify_scalars = true;
	yaml_verified_scalars = 0;
	cr_assert_eq(nftw(CORPUS, load_one, 16, FTW_PHYS), 0);
	cr_expect_gt(corpus_files, 800, "only %lu files", corpus_files);
	cr_expect_gt(yaml_verified_scalars, 100000, "only %lu scalars compared", yaml_verified_scalars);
	yaml_verify_scalars = false;
}
