/* test_lint.c: the rule fixtures.  Every tests/lint/<RULE>/<NAME>.yaml is
 * linted with only <RULE> enabled (at its default severity, open world),
 * and the findings must be exactly those of <NAME>.expected, one per line:
 *
 *     LINE:COL: SEVERITY[RULE]: MESSAGE
 *
 * An empty .expected file is a fixture that must not fire.  A first line
 * `# kpc-lint: OPTIONS` changes the run: `--world closed`, `--severity S`,
 * `--k8s-version 1.N`, `--policy FILE` (relative to the fixture; replaces the
 * "only this rule" configuration), `--today YYYY-MM-DD` (for waiver expiry).
 * Each fixture is its own test case. */
#define _GNU_SOURCE
#include "helpers.h"
#include "kpc/lint.h"
#include "kpc/pack.h"
#include "kpc/yaml.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct fixture {
	char rule[16];
	char name[160];
};

static int fix_cmp(const void *a, const void *b)
{
	const struct fixture *x = a, *y = b;
	int c = strcmp(x->rule, y->rule);
	return c ? c : strcmp(x->name, y->name);
}

ParameterizedTestParameters(lint, fixtures)
{
	size_t cap = 1024, n = 0;
	struct fixture *all = cr_malloc(cap * sizeof *all);
	DIR *d = opendir(src_path("tests/lint"));
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (e->d_name[0] == '.' || strlen(e->d_name) >= 16)
			continue;
		char sub[4096];
		snprintf(sub, sizeof sub, "%s/%s", src_path("tests/lint"), e->d_name);
		DIR *d2 = opendir(sub);
		struct dirent *f;
		while (d2 && (f = readdir(d2))) {
			size_t l = strlen(f->d_name);
			if (l < 6 || strcmp(f->d_name + l - 5, ".yaml") || l - 5 >= sizeof all->name || n == cap)
				continue;
			memcpy(all[n].rule, e->d_name, strlen(e->d_name) + 1); /* shorter than 16, checked above */
			snprintf(all[n].name, sizeof all[n].name, "%.*s", (int)(l - 5), f->d_name);
			n++;
		}
		if (d2)
			closedir(d2);
	}
	if (d)
		closedir(d);
	qsort(all, n, sizeof *all, fix_cmp);
	return cr_make_param_array(struct fixture, all, n, NULL);
}

static char *lint_fixture(const struct fixture *fx, bool *load_ok)
{
	char rel[512], path[4096];
	snprintf(rel, sizeof rel, "tests/lint/%s/%s.yaml", fx->rule, fx->name);
	snprintf(path, sizeof path, "%s", src_path(rel));
	size_t len;
	char *data = read_all(path, &len);
	cr_assert_not_null(data, "cannot read %s", rel);
	/* options */
	char opts[512] = "";
	if (!strncmp(data, "# kpc-lint:", 11)) {
		const char *e = strchr(data, '\n');
		size_t n = e ? (size_t)(e - data - 11) : strlen(data + 11);
		if (n >= sizeof opts)
			n = sizeof opts - 1;
		memcpy(opts, data + 11, n);
		opts[n] = 0;
	}
	struct lint_config cfg;
	lint_config_init(&cfg, 0);
	struct pack_set ps;
	pack_set_init(&ps);
	const struct rule *r = rule_find(fx->rule);
	cr_assert_not_null(r, "fixture directory %s names no rule", fx->rule);
	cfg.rules[rule_index(r)].sev = r->sev;
	char *save = NULL;
	for (char *w = strtok_r(opts, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		char *v = strtok_r(NULL, " \t", &save);
		cr_assert_not_null(v, "%s: option %s needs a value", rel, w);
		if (!strcmp(w, "--world")) {
			cfg.closed_world = !strcmp(v, "closed");
		} else if (!strcmp(w, "--severity")) {
			cr_assert(lint_sev_parse(v, &cfg.rules[rule_index(r)].sev));
		} else if (!strcmp(w, "--k8s-version")) {
			cfg.k8s_minor = atoi(v + 2);
		} else if (!strcmp(w, "--today")) {
			setenv("KPC_TODAY", v, 1);
		} else if (!strcmp(w, "--policy")) {
			char pp[4096];
			snprintf(pp, sizeof pp, "%s/tests/lint/%s/%s", KPC_SOURCE_ROOT, fx->rule, v);
			lint_config_free(&cfg);
			lint_config_init(&cfg, 0);
			bool ok = pack_load(&ps, pp, &cfg);
			struct buf b = {0};
			diags_render_text(&ps.diags, &b, false);
			cr_assert(ok, "%s: pack %s does not load:\n%s", rel, v, buf_cstr(&b));
			buf_free(&b);
		} else {
			cr_assert_fail("%s: unknown fixture option %s", rel, w);
		}
	}
	struct srcmgr sm;
	srcmgr_init(&sm);
	struct diags d;
	diags_init(&d, &sm);
	uint32_t fid = srcmgr_add(&sm, rel, data, len);
	struct arena a;
	arena_init(&a);
	struct objset objs = {0};
	struct yaml_issues issues = {0};
	struct lint_run run;
	lint_run_init(&run, &cfg);
	*load_ok = yaml_load(&a, &sm, fid, &objs, &issues, &d, 0);
	lint_loader_issues(&run, &sm, 0, &issues);
	lint_check_objects(&run, &sm, 0, &objs);
	lint_finish(&run);
	struct buf out = {0};
	for (uint32_t i = 0; i < run.len; i++) {
		const struct finding *f = &run.items[i];
		buf_printf(&out, "%u:%u: %s%s[%s]: %s\n", f->loc.line, f->loc.col, f->waived ? "waived " : "", lint_sev_name(f->sev),
			   f->rule->id, f->message);
	}
	buf_cstr(&out);
	lint_run_free(&run);
	yaml_issues_free(&issues);
	objset_free(&objs);
	arena_free(&a);
	diags_free(&d);
	srcmgr_free(&sm);
	lint_config_free(&cfg);
	pack_set_free(&ps);
	unsetenv("KPC_TODAY");
	return out.data;
}

ParameterizedTest(struct fixture *fx, lint, fixtures)
{
	bool load_ok;
	char *got = lint_fixture(fx, &load_ok);
	cr_assert(load_ok, "tests/lint/%s/%s.yaml is not valid YAML", fx->rule, fx->name);
	char rel[512];
	snprintf(rel, sizeof rel, "tests/lint/%s/%s.expected", fx->rule, fx->name);
	char *want = read_all(src_path(rel), NULL);
	if (getenv("KPC_UPDATE_GOLDEN")) {
		kpc_write_atomic(src_path(rel), got, strlen(got));
		free(want);
		want = strdup(got);
	}
	cr_assert_not_null(want, "missing %s (KPC_UPDATE_GOLDEN=1 writes it; review it by reading)", rel);
	cr_expect_str_eq(got, want, "%s/%s: findings differ\n--- expected\n%s--- got\n%s", fx->rule, fx->name, want, got);
	free(got);
	free(want);
}

/* Every rule that is implemented has fixtures that fire and that do not. */
Test(lint, every_rule_has_fixtures)
{
	size_t n = rule_count();
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		if (!r->check)
			continue;
		char dir[256];
		snprintf(dir, sizeof dir, "tests/lint/%s", r->id);
		DIR *d = opendir(src_path(dir));
		cr_expect_not_null(d, "rule %s (%s) has no fixtures in %s", r->id, r->slug, dir);
		if (!d)
			continue;
		int fires = 0, quiet = 0;
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t l = strlen(e->d_name);
			if (l < 10 || strcmp(e->d_name + l - 9, ".expected"))
				continue;
			char p[512];
			snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
			size_t len = 0;
			char *t = read_all(src_path(p), &len);
			if (t && len)
				fires++;
			else
				quiet++;
			free(t);
		}
		closedir(d);
		cr_expect(fires > 0, "rule %s has no fixture that fires", r->id);
		cr_expect(quiet > 0, "rule %s has no fixture that stays quiet", r->id);
	}
}

/* A finding's field as a dotted path: containers by name, JSON pointer
 * escapes undone, appended to what the buffer holds. */
Test(lint, dotted_paths)
{
	static const char *const cases[][3] = {
		{"/spec/template/spec/containers/0/image", "app", "spec.template.spec.containers.app.image"},
		{"/spec/initContainers/1/securityContext/runAsUser", "init-db", "spec.initContainers.init-db.securityContext.runAsUser"},
		{"/spec/ephemeralContainers/0", "debugger", "spec.ephemeralContainers.debugger"},
		{"/spec/containers/0/ports/1", "a-much-longer-container-name", "spec.containers.a-much-longer-container-name.ports.1"},
		{"/spec/containers/0/image", NULL, "spec.containers.0.image"},
		{"/metadata/annotations/kpc.dev~1ignore.SC001", NULL, "metadata.annotations.kpc.dev/ignore.SC001"},
		{"/metadata/labels/a~0b~", NULL, "metadata.labels.a~b~"},
		{"/spec/volumes/12/secret/secretName", "app", "spec.volumes.12.secret.secretName"},
		{"", "app", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct buf b = {0};
		lint_dotted_path(cases[i][0], cases[i][1], &b);
		cr_expect_str_eq(buf_cstr(&b), cases[i][2], "%s", cases[i][0]);
		b.len = 0;
		buf_puts(&b, "Deployment/shop/web");
		lint_dotted_path(cases[i][0], cases[i][1], &b);
		cr_expect_eq(b.len, strlen("Deployment/shop/web") + (*cases[i][2] ? 1 : 0) + strlen(cases[i][2]), "%s appended", cases[i][0]);
		buf_free(&b);
	}
	struct buf b = {0};
	lint_dotted_path(NULL, NULL, &b);
	cr_expect_str_eq(buf_cstr(&b), "");
	buf_free(&b);
}
