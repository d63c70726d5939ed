/* test_diff.c: `kpc diff` and the diff library (include/kpc/diff.h).
 *
 * Goldens: tests/diff/old.yaml against tests/diff/new.yaml, one report per
 * format (tests/diff/expected.{text,md,json}; KPC_UPDATE_GOLDEN=1 rewrites
 * them; review them by reading).  The shared corpus diffed against itself,
 * mutated corpus files (an image, replicas, a selector, a Secret value, a
 * renamed kustomize ConfigMap built from corpus/kustomize), the value
 * semantics (quantities, ports, defaults, lists), Secret redaction in every
 * format, .kp against .kp across environments, and the exit statuses. */
#define _GNU_SOURCE
#include "helpers.h"
#include "kpc/diff.h"
#include "kpc/yaml.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define CORPUS KPC_SOURCE_ROOT "/../shared/corpus"
#define KPC "'" KPC_BIN "'"

/* --- helpers ----------------------------------------------------- */

struct loaded {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	struct objset objs;
};

static void load_init(struct loaded *l)
{
	srcmgr_init(&l->sm);
	diags_init(&l->d, &l->sm);
	arena_init(&l->a);
	memset(&l->objs, 0, sizeof l->objs);
}

static bool load_text(struct loaded *l, const char *name, const char *text)
{
	size_t n = strlen(text);
	char *copy = xmalloc(n + 1);
	memcpy(copy, text, n + 1);
	uint32_t fid = srcmgr_add(&l->sm, name, copy, n);
	return yaml_load(&l->a, &l->sm, fid, &l->objs, NULL, &l->d, 0);
}

static void load_free(struct loaded *l)
{
	objset_free(&l->objs);
	arena_free(&l->a);
	diags_free(&l->d);
	srcmgr_free(&l->sm);
}

/* Diffs two YAML texts (the library, no source shortcut). */
struct pair {
	struct loaded o, n;
	struct diff_result r;
};

static void diff_texts(struct pair *p, const char *old_text, const char *new_text)
{
	load_init(&p->o);
	load_init(&p->n);
	cr_assert(load_text(&p->o, "old.yaml", old_text), "OLD does not load");
	cr_assert(load_text(&p->n, "new.yaml", new_text), "NEW does not load");
	diff_objsets(&p->r, &p->o.objs, &p->n.objs);
}

static void pair_free(struct pair *p)
{
	diff_result_free(&p->r);
	load_free(&p->o);
	load_free(&p->n);
}

static char *render(const struct diff_result *r, enum diff_format f, bool show)
{
	struct buf b = {0};
	struct diff_render_opts ro = {.show_secrets = show, .old_label = "old.yaml", .new_label = "new.yaml"};
	diff_render(r, f, &ro, &b);
	buf_cstr(&b);
	return b.data;
}

/* The one object of the result with this name (and kind). */
static const struct diff_object *find_obj(const struct diff_result *r, const char *kind, const char *name)
{
	for (uint32_t i = 0; i < r->len; i++) {
		const struct k8s_obj *k = r->objects[i].new_obj ? r->objects[i].new_obj : r->objects[i].old_obj;
		if (!strcmp(k->kind, kind) && !strcmp(k->name, name))
			return &r->objects[i];
	}
	return NULL;
}

static const struct diff_change *find_change(const struct diff_object *d, const char *path)
{
	for (uint32_t i = 0; d && i < d->nchanges; i++)
		if (!strcmp(d->changes[i].path, path))
			return &d->changes[i];
	return NULL;
}

static const char *str_of(const struct obj *o)
{
	static char buf[4][64];
	static int k;
	char *b = buf[k++ % 4];
	if (!o)
		return "(absent)";
	if (o->kind == OBJ_STR)
		snprintf(b, 64, "%.*s", (int)o->s.len, o->s.p);
	else if (o->kind == OBJ_INT)
		snprintf(b, 64, "%lld", (long long)o->i);
	else
		snprintf(b, 64, "(kind %d)", o->kind);
	return b;
}

static char *corpus_file(const char *rel)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", CORPUS, rel);
	char *t = read_all(path, NULL);
	cr_assert_not_null(t, "missing corpus file %s", path);
	return t;
}

/* --- goldens ------------------------------------------------------- */

static void golden(const char *format, const char *ext)
{
	char cmd[256], rel[64];
	snprintf(cmd, sizeof cmd, KPC " diff tests/diff/old.yaml tests/diff/new.yaml --format %s", format);
	snprintf(rel, sizeof rel, "tests/diff/expected.%s", ext);
	char *got, *err;
	cr_assert_eq(run_in(NULL, cmd, &got, &err), 1, "differences exit 1: %s", err);
	cr_expect_str_eq(err, "", "nothing on stderr");
	if (getenv("KPC_UPDATE_GOLDEN"))
		kpc_write_atomic(src_path(rel), got, strlen(got));
	char *want = read_all(src_path(rel), NULL);
	cr_assert_not_null(want, "missing %s", rel);
	cr_expect_str_eq(got, want, "%s differs:\n%s", rel, got);
	char *again;
	run_in(NULL, cmd, &again, NULL);
	cr_expect_str_eq(got, again, "the same bytes twice");
	free(again);
	free(want);
	free(got);
	free(err);
}

Test(diff, golden_text)
{
	golden("text", "text");
}

Test(diff, golden_markdown)
{
	golden("markdown", "md");
}

Test(diff, golden_json)
{
	golden("json", "json");
}

/* The fixture pair through the library: the counts the goldens show, and
 * the same result with and without the source-text shortcut. */
Test(diff, fixture_summary_and_source_shortcut)
{
	char *o = read_all(src_path("tests/diff/old.yaml"), NULL), *n = read_all(src_path("tests/diff/new.yaml"), NULL);
	struct pair p;
	diff_texts(&p, o, n);
	cr_expect_eq(p.r.changed, 9);
	cr_expect_eq(p.r.added, 2);
	cr_expect_eq(p.r.removed, 5);
	cr_expect_eq(p.r.renamed, 1);
	cr_expect_eq(p.r.unchanged, 2);
	cr_expect_eq(p.r.risks, 16);
	char *a = render(&p.r, DIFF_FORMAT_JSON, false);
	struct diff_result r2;
	diff_objsets_src(&r2, &p.o.objs, &p.o.sm, &p.n.objs, &p.n.sm);
	char *b = render(&r2, DIFF_FORMAT_JSON, false);
	cr_expect_str_eq(a, b);
	diff_result_free(&r2);
	/* a side against itself, shortcut or not: equal */
	diff_objsets_src(&r2, &p.o.objs, &p.o.sm, &p.o.objs, &p.o.sm);
	cr_expect(diff_result_equal(&r2));
	diff_result_free(&r2);
	free(a);
	free(b);
	pair_free(&p);
	free(o);
	free(n);
}

Test(diff, color_only_when_asked)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " diff tests/diff/old.yaml tests/diff/new.yaml --color always", &out, NULL), 1);
	cr_expect_not_null(strstr(out, "\033[1;31m! replicas-decrease"), "risk lines in bold red");
	cr_expect(strstr(out, "\033[31m-\033[0m ServiceAccount") || strstr(out, "\033[31m-\033[0m \033[1mServiceAccount"),
		  "removed objects in red:\n%s", out);
	free(out);
	cr_assert_eq(run_in(NULL, KPC " diff tests/diff/old.yaml tests/diff/new.yaml", &out, NULL), 1);
	cr_expect_null(strchr(out, '\033'), "no colour when stdout is not a terminal");
	free(out);
	cr_assert_eq(run_in(NULL, KPC " diff tests/diff/old.yaml tests/diff/new.yaml --color always --format markdown", &out, NULL), 1);
	cr_expect_null(strchr(out, '\033'), "markdown is never coloured");
	free(out);
}

/* --- the corpus ------------------------------------------------------- */

static void collect(const char *dir, struct vec *out)
{
	DIR *d = opendir(dir);
	cr_assert_not_null(d, "cannot open %s", dir);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		char *p = NULL;
		cr_assert(asprintf(&p, "%s/%s", dir, e->d_name) > 0);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			collect(p, out);
			free(p);
		} else if (strstr(p, ".yaml") || strstr(p, ".yml")) {
			vec_push(out, p);
		} else {
			free(p);
		}
	}
	closedir(d);
}

/* Every valid corpus file, loaded twice and walked in full (no shortcut):
 * no difference. */
Test(diff, corpus_against_itself_is_equal)
{
	struct vec files = {0};
	collect(CORPUS "/valid", &files);
	cr_assert_gt(files.len, 700);
	for (uint32_t i = 0; i < files.len; i++) {
		char *t = read_all(files.items[i], NULL);
		cr_assert_not_null(t);
		struct loaded a, b;
		load_init(&a);
		load_init(&b);
		load_text(&a, files.items[i], t);
		load_text(&b, files.items[i], t);
		struct diff_result r;
		diff_objsets(&r, &a.objs, &b.objs);
		cr_expect(diff_result_equal(&r), "%s differs from itself (%u objects)", (char *)files.items[i], r.len);
		cr_expect_eq(r.unchanged, a.objs.len, "%s", (char *)files.items[i]);
		diff_result_free(&r);
		load_free(&a);
		load_free(&b);
		free(t);
		free(files.items[i]);
	}
	vec_free(&files);
}

Test(diff, corpus_cli_every_file_and_directory_exit_0)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " diff " CORPUS "/valid " CORPUS "/valid", &out, NULL), 0);
	cr_expect_not_null(strstr(out, "no differences (1533 objects)"), "%s", out);
	free(out);
	/* each file on its own (one process per file, as a CI job calls it) */
	struct vec files = {0};
	collect(CORPUS "/valid", &files);
	int bad = 0;
	for (uint32_t i = 0; i < files.len; i++) {
		char *cmd = NULL;
		cr_assert(asprintf(&cmd, KPC " diff '%s' '%s' --format json", (char *)files.items[i], (char *)files.items[i]) > 0);
		int rc = run_in(NULL, cmd, &out, NULL);
		if (rc != 0 || !strstr(out, "\"equal\": true")) {
			cr_expect_eq(rc, 0, "%s: exit %d", (char *)files.items[i], rc);
			bad++;
		}
		free(out);
		free(cmd);
		free(files.items[i]);
	}
	cr_expect_eq(bad, 0);
	vec_free(&files);
}

/* --- mutations of corpus files --------------------------------------- */

#define GUESTBOOK "valid/kubernetes__examples/web/guestbook/frontend-deployment.yaml"

/* Exactly one change: the object, the path, the op, the values. */
static const struct diff_change *only_change(const struct diff_result *r, const char *kind, const char *name, const char *path)
{
	cr_assert_eq(r->len, 1, "one object differs, not %u", r->len);
	const struct diff_object *d = find_obj(r, kind, name);
	cr_assert_not_null(d, "%s/%s differs", kind, name);
	cr_assert_eq(d->nchanges, 1, "one change, not %u", d->nchanges);
	cr_assert_str_eq(d->changes[0].path, path);
	return &d->changes[0];
}

Test(diff, mutation_image)
{
	char *o = corpus_file(GUESTBOOK);
	char *n = str_replace_all(o, "gb-frontend:v5", "gb-frontend:v6");
	struct pair p;
	diff_texts(&p, o, n);
	const struct diff_change *c = only_change(&p.r, "Deployment", "frontend", "spec.template.spec.containers.php-redis.image");
	cr_expect_eq(c->op, DIFF_OP_CHANGE);
	cr_expect_str_eq(str_of(c->old_val), "gcr.io/google-samples/gb-frontend:v5");
	cr_expect_str_eq(str_of(c->new_val), "gcr.io/google-samples/gb-frontend:v6");
	cr_expect_eq(c->risk, DIFF_RISK_NONE);
	cr_expect_eq(p.r.risks, 0);
	pair_free(&p);
	free(o);
	free(n);
}

Test(diff, mutation_replicas)
{
	char *o = corpus_file(GUESTBOOK);
	char *n = str_replace_all(o, "replicas: 3", "replicas: 2");
	struct pair p;
	diff_texts(&p, o, n);
	const struct diff_change *c = only_change(&p.r, "Deployment", "frontend", "spec.replicas");
	cr_expect_eq(c->op, DIFF_OP_CHANGE);
	cr_expect_str_eq(str_of(c->old_val), "3");
	cr_expect_str_eq(str_of(c->new_val), "2");
	cr_expect_eq(c->risk, DIFF_RISK_REPLICAS);
	cr_expect_str_eq(c->risk_msg, "replicas drop from 3 to 2");
	cr_expect_eq(p.r.risks, 1);
	pair_free(&p);
	free(n);
	/* more replicas is not a risk */
	n = str_replace_all(o, "replicas: 3", "replicas: 5");
	diff_texts(&p, o, n);
	c = only_change(&p.r, "Deployment", "frontend", "spec.replicas");
	cr_expect_eq(c->risk, DIFF_RISK_NONE);
	pair_free(&p);
	free(o);
	free(n);
}

Test(diff, mutation_selector)
{
	char *o = corpus_file(GUESTBOOK);
	char *n = str_replace_all(o, "matchLabels:\n      app: guestbook\n      tier: frontend",
				  "matchLabels:\n      app: guestbook\n      tier: web");
	cr_assert_str_neq(o, n);
	struct pair p;
	diff_texts(&p, o, n);
	const struct diff_change *c = only_change(&p.r, "Deployment", "frontend", "spec.selector.matchLabels.tier");
	cr_expect_str_eq(str_of(c->old_val), "frontend");
	cr_expect_str_eq(str_of(c->new_val), "web");
	cr_expect_eq(c->risk, DIFF_RISK_IMMUTABLE);
	cr_expect_eq(p.r.risks, 1);
	cr_expect_str_eq(p.r.objects[0].risks[0].path, "spec.selector.matchLabels.tier");
	pair_free(&p);
	free(o);
	free(n);
}

/* Each immutable field of the table, by kind: a change under it (or, for
 * spec.clusterIP, of the field itself) is flagged; the same field of a kind
 * that may change it is not. */
Test(diff, immutable_fields_by_kind)
{
	static const struct {
		const char *old_text, *new_text, *kind, *name, *path;
		bool risky;
	} cases[] = {
		{"apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {serviceName: db}\n",
		 "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {serviceName: db2}\n", "StatefulSet", "db",
		 "spec.serviceName", true},
		{"apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {clusterIP: 10.0.0.1}\n",
		 "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {clusterIP: 10.0.0.2}\n", "Service", "web",
		 "spec.clusterIP", true},
		{"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteOnce]}\n",
		 "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteMany]}\n",
		 "PersistentVolumeClaim", "data", "spec.accessModes", true},
		{"apiVersion: batch/v1\nkind: Job\nmetadata: {name: once}\nspec: {template: {metadata: {labels: {a: x}}}}\n",
		 "apiVersion: batch/v1\nkind: Job\nmetadata: {name: once}\nspec: {template: {metadata: {labels: {a: y}}}}\n",
		 "Job", "once", "spec.template.metadata.labels.a", true},
		{"apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {a: x}}}}\n",
		 "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {metadata: {labels: {a: y}}}}\n",
		 "Deployment", "web", "spec.template.metadata.labels.a", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct pair p;
		diff_texts(&p, cases[i].old_text, cases[i].new_text);
		const struct diff_change *c = only_change(&p.r, cases[i].kind, cases[i].name, cases[i].path);
		cr_expect_eq(c->risk == DIFF_RISK_IMMUTABLE, cases[i].risky, "%s %s", cases[i].kind, cases[i].path);
		pair_free(&p);
	}
}

/* Written differently, meaning the same: no change at all. */
Test(diff, mutation_same_meaning)
{
	char *o = corpus_file(GUESTBOOK);
	char *a = str_replace_all(o, "cpu: 100m", "cpu: \"0.1\"");
	char *b = str_replace_all(a, "memory: 100Mi", "memory: 102400Ki");
	char *n = str_replace_all(b, "- containerPort: 80", "- containerPort: \"80\"\n          protocol: TCP");
	cr_assert_str_neq(o, n);
	struct pair p;
	diff_texts(&p, o, n);
	cr_expect(diff_result_equal(&p.r), "%s", render(&p.r, DIFF_FORMAT_TEXT, false));
	pair_free(&p);
	free(o);
	free(a);
	free(b);
	free(n);
}

#define BASIC_AUTH "valid/prometheus-operator__kube-prometheus/examples/basic-auth/secrets.yaml"

/* Every format, with and without colour: none holds a secret value in
 * plain text or base64; --show-secrets shows them (so the search works). */
static void assert_no_secret(const struct diff_result *r, const char *const *values, size_t n)
{
	enum diff_format fmts[] = {DIFF_FORMAT_TEXT, DIFF_FORMAT_MARKDOWN, DIFF_FORMAT_JSON};
	for (size_t f = 0; f < 3; f++) {
		for (int color = 0; color < 2; color++) {
			struct buf b = {0};
			struct diff_render_opts ro = {.color = color, .old_label = "old", .new_label = "new"};
			diff_render(r, fmts[f], &ro, &b);
			for (size_t i = 0; i < n; i++)
				cr_expect_null(strstr(buf_cstr(&b), values[i]), "format %zu leaks '%s':\n%s", f, values[i], b.data);
			buf_free(&b);
		}
	}
}

Test(diff, mutation_secret_value)
{
	char *o = corpus_file(BASIC_AUTH);
	char *n = str_replace_all(o, "password: dG9vcg== # toor", "password: c3VwZXJzM2NyZXQ= # supers3cret");
	cr_assert_str_neq(o, n);
	struct pair p;
	diff_texts(&p, o, n);
	const struct diff_change *c = only_change(&p.r, "Secret", "basic-auth", "data.password");
	cr_expect(c->secret);
	cr_expect_eq(c->old_size, 4, "decoded size of 'toor'");
	cr_expect_eq(c->new_size, 11, "decoded size of 'supers3cret'");
	static const char *const values[] = {"toor", "dG9vcg==", "supers3cret", "c3VwZXJzM2NyZXQ=", "admin", "YWRtaW4="};
	assert_no_secret(&p.r, values, KPC_ARRAY_LEN(values));
	char *text = render(&p.r, DIFF_FORMAT_TEXT, false);
	cr_expect_not_null(strstr(text, "~ data.password: secret value changed (4 bytes → 11 bytes)"), "%s", text);
	free(text);
	char *shown = render(&p.r, DIFF_FORMAT_JSON, true);
	cr_expect_not_null(strstr(shown, "\"old\": \"dG9vcg==\""), "--show-secrets shows them: %s", shown);
	cr_expect_not_null(strstr(shown, "\"new\": \"c3VwZXJzM2NyZXQ=\""));
	free(shown);
	pair_free(&p);
	free(n);
	/* the same value, re-wrapped base64: no change */
	n = str_replace_all(o, "password: dG9vcg== # toor", "password: |\n    dG9v\n    cg==");
	diff_texts(&p, o, n);
	cr_expect(diff_result_equal(&p.r));
	pair_free(&p);
	free(o);
	free(n);
}

/* The fixture's Secret: changed, added and removed keys, stringData, the
 * last-applied annotation (which holds the data too). */
Test(diff, fixture_secrets_never_shown)
{
	char *o = read_all(src_path("tests/diff/old.yaml"), NULL), *n = read_all(src_path("tests/diff/new.yaml"), NULL);
	struct pair p;
	diff_texts(&p, o, n);
	static const char *const values[] = {
		"s3cr3t-old-password", "czNjcjN0LW9sZC1wYXNzd29yZA==", "N3w-Pa55w0rd-Value!", "TjN3LVBhNTV3MHJkLVZhbHVlIQ==",
		"tok-9f8e7d6c5b4a", "dG9rLTlmOGU3ZDZjNWI0YQ==", "legacy-key-value", "bGVnYWN5LWtleS12YWx1ZQ==",
		"app-user", "YXBwLXVzZXI=", "YXBw",
	};
	assert_no_secret(&p.r, values, KPC_ARRAY_LEN(values));
	const struct diff_object *d = find_obj(&p.r, "Secret", "db");
	cr_assert_not_null(d);
	cr_expect_eq(d->nchanges, 4, "username is the same bytes re-wrapped; type Opaque is the default");
	const struct diff_change *la = find_change(d, "metadata.annotations.kubectl.kubernetes.io/last-applied-configuration");
	cr_assert_not_null(la);
	cr_expect(la->secret);
	char *shown = render(&p.r, DIFF_FORMAT_TEXT, true);
	cr_expect_not_null(strstr(shown, "tok-9f8e7d6c5b4a"), "--show-secrets shows stringData");
	free(shown);
	pair_free(&p);
	free(o);
	free(n);
	/* the CLI too */
	char *out;
	for (int f = 0; f < 3; f++) {
		static const char *const fmts[] = {"text", "markdown", "json"};
		char cmd[256];
		snprintf(cmd, sizeof cmd, KPC " diff tests/diff/old.yaml tests/diff/new.yaml --color always --format %s", fmts[f]);
		cr_assert_eq(run_in(NULL, cmd, &out, NULL), 1);
		for (size_t i = 0; i < KPC_ARRAY_LEN(values); i++)
			cr_expect_null(strstr(out, values[i]), "%s leaks %s", fmts[f], values[i]);
		free(out);
	}
}

/* A kustomize configMapGenerator's ConfigMap (corpus/kustomize ingress-nginx
 * prometheus) and its Deployment, then the same after an edit of
 * prometheus.yaml: the hashes are kubectl kustomize's (v1.32.4), checked
 * against the Python model of KUSTOMIZE.md. */
static void prometheus_render(struct loaded *l, const char *data, const char *hash)
{
	load_init(l);
	char *dep = read_all(CORPUS "/kustomize/kubernetes__ingress-nginx/deploy/prometheus/deployment.yaml", NULL);
	cr_assert_not_null(dep);
	char to[128];
	snprintf(to, sizeof to, "name: prometheus-configuration-%s", hash);
	char *d2 = str_replace_all(dep, "name: prometheus-configuration", to);
	cr_assert(load_text(l, "deployment.yaml", d2));
	struct obj *cm = obj_map(&l->a, (struct span){0});
	obj_set(&l->a, cm, "apiVersion", obj_strc(&l->a, "v1", (struct span){0}));
	obj_set(&l->a, cm, "kind", obj_strc(&l->a, "ConfigMap", (struct span){0}));
	struct obj *md = obj_child_map(&l->a, cm, "metadata", (struct span){0});
	obj_set(&l->a, md, "name", obj_strc(&l->a, to + strlen("name: "), (struct span){0}));
	obj_set(&l->a, obj_child_map(&l->a, cm, "data", (struct span){0}), "prometheus.yaml", obj_strc(&l->a, data, (struct span){0}));
	objset_add(&l->objs, cm, (struct span){0});
	free(dep);
	free(d2);
}

Test(diff, mutation_renamed_hash_suffixed_configmap)
{
	char *data = read_all(CORPUS "/kustomize/kubernetes__ingress-nginx/deploy/prometheus/prometheus.yaml", NULL);
	cr_assert_not_null(data);
	char *data2 = str_replace_all(data, "scrape_interval: 10s", "scrape_interval: 30s");
	struct pair p;
	prometheus_render(&p.o, data, "8hk4m6bf76");
	prometheus_render(&p.n, data2, "8d4bmtt4b7");
	diff_objsets(&p.r, &p.o.objs, &p.n.objs);
	cr_expect_eq(p.r.len, 2);
	cr_expect_eq(p.r.renamed, 1);
	cr_expect_eq(p.r.added + p.r.removed, 0, "a rename, not a delete and an add");
	cr_expect_eq(p.r.risks, 0, "the Deployment follows the new name");
	const struct diff_object *cm = find_obj(&p.r, "ConfigMap", "prometheus-configuration-8d4bmtt4b7");
	cr_assert_not_null(cm);
	cr_expect_eq(cm->status, DIFF_RENAMED);
	cr_expect_str_eq(cm->old_obj->name, "prometheus-configuration-8hk4m6bf76");
	cr_assert_eq(cm->nchanges, 1);
	cr_expect_str_eq(cm->changes[0].path, "data.prometheus.yaml");
	const struct diff_object *dep = find_obj(&p.r, "Deployment", "prometheus-server");
	cr_assert_not_null(dep);
	cr_assert_eq(dep->nchanges, 1);
	cr_expect_str_eq(dep->changes[0].path, "spec.template.spec.volumes.prometheus-config-volume.configMap.name");
	cr_expect_str_eq(str_of(dep->changes[0].new_val), "prometheus-configuration-8d4bmtt4b7");
	char *md = render(&p.r, DIFF_FORMAT_MARKDOWN, false);
	cr_expect_not_null(strstr(md, "`ConfigMap/prometheus-configuration-8d4bmtt4b7` ← `prometheus-configuration-8hk4m6bf76`"), "%s", md);
	free(md);
	pair_free(&p);

	/* the Deployment still names the old ConfigMap: a dangling reference */
	prometheus_render(&p.o, data, "8hk4m6bf76");
	prometheus_render(&p.n, data2, "8d4bmtt4b7");
	struct obj *vol = p.n.objs.items[0].root;
	vol = obj_get(obj_get(obj_get(obj_get(vol, "spec"), "template"), "spec"), "volumes")->seq.items[0];
	obj_set(&p.n.a, obj_get(vol, "configMap"), "name", obj_strc(&p.n.a, "prometheus-configuration-8hk4m6bf76", (struct span){0}));
	diff_objsets(&p.r, &p.o.objs, &p.n.objs);
	cm = find_obj(&p.r, "ConfigMap", "prometheus-configuration-8d4bmtt4b7");
	cr_assert_not_null(cm);
	cr_assert_eq(cm->nrisks, 1);
	cr_expect_eq(cm->risks[0].risk, DIFF_RISK_REFERENCED);
	cr_expect_str_eq(cm->risks[0].msg, "ConfigMap 'prometheus-configuration-8hk4m6bf76' is renamed but still referenced by "
					   "Deployment/prometheus-server (spec.template.spec.volumes.prometheus-config-volume.configMap.name)");
	pair_free(&p);
	free(data);
	free(data2);
}

/* Two removed and two added of one prefix: no guess, deletes and adds. */
Test(diff, rename_only_one_to_one)
{
	const char *o = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-t8cm49h4dk}\n---\n"
			"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-92fd5d6g42}\n";
	const char *n = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-8hk4m6bf76}\n---\n"
			"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-8d4bmtt4b7}\n---\n"
			"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other-12345abcde}\n---\n"
			"apiVersion: v1\nkind: Secret\nmetadata: {name: other-8d4bmtt4b7}\n";
	const char *o2 = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other-aaaaaaaaaa}\n";
	struct pair p;
	diff_texts(&p, o, n);
	cr_expect_eq(p.r.renamed, 0);
	cr_expect_eq(p.r.removed, 2);
	cr_expect_eq(p.r.added, 4);
	pair_free(&p);
	/* not the kustomize alphabet ('a', '1' and '3' never appear) */
	diff_texts(&p, o2, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other-8d4bmtt4b7}\n");
	cr_expect_eq(p.r.renamed, 0);
	pair_free(&p);
	/* another kind is not a rename */
	diff_texts(&p, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x-8d4bmtt4b7}\n",
		   "apiVersion: v1\nkind: Secret\nmetadata: {name: x-8hk4m6bf76}\n");
	cr_expect_eq(p.r.renamed, 0);
	pair_free(&p);
}

/* --- value semantics ---------------------------------------------------- */

#define QTY_POD "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n" \
		"    image: x:1\n    resources:\n      limits: {cpu: %s, memory: %s}\n"

static int qty_changes(const char *cpu_a, const char *mem_a, const char *cpu_b, const char *mem_b)
{
	char a[512], b[512];
	snprintf(a, sizeof a, QTY_POD, cpu_a, mem_a);
	snprintf(b, sizeof b, QTY_POD, cpu_b, mem_b);
	struct pair p;
	diff_texts(&p, a, b);
	int n = p.r.len ? (int)p.r.objects[0].nchanges : 0;
	pair_free(&p);
	return n;
}

Test(diff, quantities_compare_exactly)
{
	cr_expect_eq(qty_changes("100m", "1Gi", "\"0.1\"", "1024Mi"), 0);
	cr_expect_eq(qty_changes("1", "1Gi", "1000m", "1073741824"), 0);
	cr_expect_eq(qty_changes("\"1.5\"", "512Mi", "1500m", "\"0.5Gi\""), 0);
	cr_expect_eq(qty_changes("1e-3", "1e3", "1m", "1k"), 0);
	cr_expect_eq(qty_changes("1e3m", "1k", "1", "1k"), 1, "an exponent and a suffix together are no quantity");
	cr_expect_eq(qty_changes("100m", "1G", "100m", "1Gi"), 1, "1G is not 1Gi");
	cr_expect_eq(qty_changes("100m", "1Gi", "101m", "1Gi"), 1);
	/* beyond double precision: 2^63 + 1 bytes against 2^63 */
	cr_expect_eq(qty_changes("1", "9223372036854775809", "1", "8Ei"), 1);
	cr_expect_eq(qty_changes("1", "9223372036854775808", "1", "8Ei"), 0);
	cr_expect_eq(qty_changes("1", "0.000000001", "1", "1n"), 0);
	/* not quantities: compared as text */
	cr_expect_eq(qty_changes("1", "lots", "1", "lots"), 0);
	cr_expect_eq(qty_changes("1", "lots", "1", "many"), 1);
}

Test(diff, limit_decrease_is_risky_increase_is_not)
{
	char a[512], b[512];
	snprintf(a, sizeof a, QTY_POD, "\"2\"", "1Gi");
	snprintf(b, sizeof b, QTY_POD, "1500m", "2Gi");
	struct pair p;
	diff_texts(&p, a, b);
	const struct diff_object *d = &p.r.objects[0];
	cr_assert_eq(d->nchanges, 2);
	const struct diff_change *cpu = find_change(d, "spec.containers.c.resources.limits.cpu");
	const struct diff_change *mem = find_change(d, "spec.containers.c.resources.limits.memory");
	cr_assert(cpu && mem);
	cr_expect_eq(cpu->risk, DIFF_RISK_LIMITS);
	cr_expect_str_eq(cpu->risk_msg, "the cpu limit drops from 2 to 1500m");
	cr_expect_eq(mem->risk, DIFF_RISK_NONE);
	pair_free(&p);
}

Test(diff, ports_and_defaults)
{
	const char *a = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"
			"spec:\n  type: ClusterIP\n  sessionAffinity: None\n  ports:\n  - {name: http, port: 80, targetPort: 80, protocol: TCP}\n";
	const char *b = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"
			"spec:\n  ports:\n  - {name: http, port: \"80\"}\n";
	struct pair p;
	diff_texts(&p, a, b);
	cr_expect(diff_result_equal(&p.r), "%s", render(&p.r, DIFF_FORMAT_TEXT, false));
	pair_free(&p);
	/* targetPort absent means `port`: 8080 is not 80 */
	const char *c = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"
			"spec:\n  ports:\n  - {name: http, port: 80, targetPort: 8080}\n";
	diff_texts(&p, c, b);
	const struct diff_change *ch = only_change(&p.r, "Service", "s", "spec.ports.http.targetPort");
	cr_expect_eq(ch->op, DIFF_OP_REMOVE);
	pair_free(&p);
	/* a named targetPort is not a number */
	const char *d = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"
			"spec:\n  type: NodePort\n  ports:\n  - {name: http, port: 80, targetPort: http}\n";
	diff_texts(&p, d, b);
	cr_expect_eq(p.r.objects[0].nchanges, 2, "type NodePort and targetPort http are real changes");
	pair_free(&p);
}

Test(diff, workload_defaults)
{
	const char *a = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
			"spec:\n  replicas: 1\n  revisionHistoryLimit: 10\n  progressDeadlineSeconds: 600\n"
			"  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}}\n"
			"  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n"
			"    spec:\n      restartPolicy: Always\n      dnsPolicy: ClusterFirst\n      terminationGracePeriodSeconds: 30\n"
			"      schedulerName: default-scheduler\n      securityContext: {}\n      containers:\n"
			"      - name: a\n        image: nginx:1.27\n        imagePullPolicy: IfNotPresent\n"
			"        terminationMessagePath: /dev/termination-log\n        terminationMessagePolicy: File\n"
			"        resources: {}\n        ports: [{containerPort: 80, protocol: TCP}]\n"
			"        readinessProbe: {httpGet: {path: /, port: 80, scheme: HTTP}, timeoutSeconds: 1, periodSeconds: 10,"
			" successThreshold: 1, failureThreshold: 3}\n"
			"      - name: b\n        image: busybox\n        imagePullPolicy: Always\n";
	const char *b = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
			"spec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n"
			"    spec:\n      containers:\n      - name: a\n        image: nginx:1.27\n        ports: [{containerPort: 80}]\n"
			"        readinessProbe: {httpGet: {path: /, port: 80}}\n"
			"      - name: b\n        image: busybox\n";
	struct pair p;
	diff_texts(&p, a, b);
	cr_expect(diff_result_equal(&p.r), "%s", render(&p.r, DIFF_FORMAT_TEXT, false));
	pair_free(&p);
	/* a default that does not apply: busybox:latest pulls Always, not IfNotPresent */
	char *c = str_replace_all(a, "imagePullPolicy: Always", "imagePullPolicy: IfNotPresent");
	diff_texts(&p, c, b);
	const struct diff_change *ch = only_change(&p.r, "Deployment", "d", "spec.template.spec.containers.b.imagePullPolicy");
	cr_expect_eq(ch->op, DIFF_OP_REMOVE);
	pair_free(&p);
	free(c);
	/* replicas 3 to absent: a drop to the default 1 */
	c = str_replace_all(a, "replicas: 1", "replicas: 3");
	diff_texts(&p, c, b);
	ch = only_change(&p.r, "Deployment", "d", "spec.replicas");
	cr_expect_eq(ch->risk, DIFF_RISK_REPLICAS);
	cr_expect_str_eq(ch->risk_msg, "replicas drop from 3 to 1 (absent: the API default)");
	pair_free(&p);
	free(c);
	/* a non-default strategy: one change at its field */
	c = str_replace_all(a, "type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}", "type: Recreate");
	diff_texts(&p, c, b);
	ch = only_change(&p.r, "Deployment", "d", "spec.strategy.type");
	cr_expect_eq(ch->op, DIFF_OP_REMOVE);
	cr_expect_str_eq(str_of(ch->old_val), "Recreate");
	pair_free(&p);
	free(c);
}

Test(diff, null_empty_and_absent)
{
	const char *a = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {}\n  annotations:\ndata: {}\n"
			"extra: []\n";
	const char *b = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
	struct pair p;
	diff_texts(&p, a, b);
	cr_expect(diff_result_equal(&p.r));
	pair_free(&p);
	/* an empty map that means something (an emptyDir volume) is not absent */
	const char *c = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n  - name: v\n    emptyDir: {}\n";
	const char *d = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n  - name: v\n";
	diff_texts(&p, c, d);
	only_change(&p.r, "Pod", "p", "spec.volumes.v.emptyDir");
	pair_free(&p);
}

Test(diff, lists_by_name_key_or_position)
{
	const char *a = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
			"  tolerations: [{key: a, value: '1'}, {key: b, value: '2'}]\n"
			"  hostAliases: [{ip: 10.0.0.1, hostnames: [x]}, {ip: 10.0.0.2, hostnames: [y]}]\n"
			"  containers: [{name: one, image: 'i:1'}, {name: two, image: 'i:2'}]\n";
	const char *b = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
			"  tolerations: [{key: b, value: '2'}, {key: a, value: '3'}]\n"
			"  hostAliases: [{ip: 10.0.0.1, hostnames: [x]}, {ip: 10.0.0.3, hostnames: [y]}]\n"
			"  containers: [{name: two, image: 'i:2'}, {name: one, image: 'i:1'}, {name: three, image: 'i:3'}]\n";
	struct pair p;
	diff_texts(&p, a, b);
	const struct diff_object *d = &p.r.objects[0];
	static const char *const want[][2] = {
		{"spec.containers", "reorder"},
		{"spec.containers.three", "add"},
		{"spec.hostAliases.1.ip", "change"},
		{"spec.tolerations", "reorder"},
		{"spec.tolerations.a.value", "change"},
	};
	cr_assert_eq(d->nchanges, KPC_ARRAY_LEN(want), "%s", render(&p.r, DIFF_FORMAT_TEXT, false));
	static const char *const ops[] = {"add", "remove", "change", "reorder"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(want); i++) {
		cr_expect_str_eq(d->changes[i].path, want[i][0]);
		cr_expect_str_eq(ops[d->changes[i].op], want[i][1], "%s", want[i][0]);
	}
	/* the segments say which field named the item */
	const struct diff_change *t = find_change(d, "spec.tolerations.a.value");
	cr_assert_eq(t->nsegs, 4);
	cr_expect_eq(t->segs[2].kind, DIFF_SEG_ITEM);
	cr_expect(sv_eqc(t->segs[2].key, "key") && sv_eqc(t->segs[2].value, "a"));
	cr_expect_eq(find_change(d, "spec.hostAliases.1.ip")->segs[2].kind, DIFF_SEG_INDEX);
	pair_free(&p);
	/* duplicate names: by position */
	const char *c = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n"
			"  containers: [{name: x, image: 'i:1', volumeMounts: [{name: v, mountPath: /a}, {name: v, mountPath: /b}]}]\n";
	char *e = str_replace_all(c, "/b}", "/c}");
	diff_texts(&p, c, e);
	only_change(&p.r, "Pod", "p", "spec.containers.x.volumeMounts.1.mountPath");
	pair_free(&p);
	free(e);
}

Test(diff, probes_budgets_and_policies_removed)
{
	const char *a = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n"
			"  template:\n    spec:\n      initContainers: [{name: side, image: 'x:1', restartPolicy: Always, startupProbe: {exec: {command: [true]}}}]\n"
			"      containers: [{name: c, image: 'x:1', livenessProbe: {tcpSocket: {port: 80}}}]\n---\n"
			"apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: s}\nspec: {maxUnavailable: 1}\n---\n"
			"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}}\n";
	const char *b = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n"
			"  template:\n    spec:\n      initContainers: [{name: side, image: 'x:1', restartPolicy: Always}]\n"
			"      containers: [{name: c, image: 'x:1'}]\n";
	struct pair p;
	diff_texts(&p, a, b);
	cr_expect_eq(p.r.risks, 4);
	const struct diff_object *s = find_obj(&p.r, "StatefulSet", "s");
	cr_assert_eq(s->nrisks, 2);
	cr_expect_str_eq(s->risks[0].msg, "container 'c' loses its livenessProbe");
	cr_expect_str_eq(s->risks[1].msg, "container 'side' loses its startupProbe");
	cr_expect_eq(find_obj(&p.r, "PodDisruptionBudget", "s")->risks[0].risk, DIFF_RISK_PROTECTION);
	cr_expect_eq(find_obj(&p.r, "NetworkPolicy", "np")->risks[0].risk, DIFF_RISK_PROTECTION);
	pair_free(&p);
}

/* Removed objects that NEW still references, one per kind of reference. */
Test(diff, references_to_removed_objects)
{
	const char *keep = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d, namespace: n}\nspec:\n  template:\n    spec:\n"
			   "      serviceAccountName: sa\n      imagePullSecrets: [{name: pull}]\n"
			   "      volumes: [{name: v, persistentVolumeClaim: {claimName: pvc}},"
			   " {name: p, projected: {sources: [{configMap: {name: cm2}}]}}]\n"
			   "      containers: [{name: c, image: 'x:1', env: [{name: E, valueFrom: {secretKeyRef: {name: sec, key: k}}}],"
			   " envFrom: [{configMapRef: {name: cm}}]}]\n";
	const char *gone = "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: sa, namespace: n}\n"
			   "---\napiVersion: v1\nkind: Secret\nmetadata: {name: pull, namespace: n}\n"
			   "---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: pvc, namespace: n}\n"
			   "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm2, namespace: n}\n"
			   "---\napiVersion: v1\nkind: Secret\nmetadata: {name: sec, namespace: n}\n"
			   "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: n}\n"
			   "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: other}\n";
	char *a = NULL;
	cr_assert(asprintf(&a, "%s%s", keep, gone) > 0);
	struct pair p;
	diff_texts(&p, a, keep);
	cr_expect_eq(p.r.removed, 7);
	cr_expect_eq(p.r.risks, 6, "the ConfigMap of another namespace is not referenced");
	static const char *const want[][2] = {
		{"sa", "spec.template.spec.serviceAccountName"},
		{"pull", "spec.template.spec.imagePullSecrets.pull.name"},
		{"pvc", "spec.template.spec.volumes.v.persistentVolumeClaim.claimName"},
		{"cm2", "spec.template.spec.volumes.p.projected.sources.0.configMap.name"},
		{"sec", "spec.template.spec.containers.c.env.E.valueFrom.secretKeyRef.name"},
	};
	for (size_t i = 0; i < KPC_ARRAY_LEN(want); i++) {
		const struct diff_object *d = NULL;
		for (uint32_t k = 0; k < p.r.len && !d; k++)
			if (!strcmp(p.r.objects[k].old_obj->name, want[i][0]))
				d = &p.r.objects[k];
		cr_assert_not_null(d);
		cr_assert_eq(d->nrisks, 1, "%s", want[i][0]);
		char expect[256];
		snprintf(expect, sizeof expect, "(%s)", want[i][1]);
		cr_expect_not_null(strstr(d->risks[0].msg, expect), "%s", d->risks[0].msg);
	}
	pair_free(&p);
	free(a);
}

/* Objects in kustomize's legacy order, the same order objset_sort gives. */
Test(diff, objects_in_legacy_order)
{
	const char *a = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\n---\n"
			"apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
			"apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: {name: w}\n---\n"
			"apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: z}\n---\n"
			"apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n---\n"
			"apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n---\n"
			"apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\n---\n"
			"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: x}\n";
	struct pair p;
	diff_texts(&p, "", a);
	struct objset sorted = {0};
	for (uint32_t i = 0; i < p.n.objs.len; i++)
		objset_add(&sorted, p.n.objs.items[i].root, p.n.objs.items[i].span);
	objset_sort(&sorted);
	cr_assert_eq(p.r.len, sorted.len);
	for (uint32_t i = 0; i < sorted.len; i++)
		cr_expect_eq(p.r.objects[i].new_obj->root, sorted.items[i].root, "position %u", i);
	objset_free(&sorted);
	pair_free(&p);
}

/* --- the CLI ------------------------------------------------------------ */

Test(diff, exit_statuses)
{
	char *d = tmpdir(), *out, *err;
	put_file(d, "a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: v}\n");
	put_file(d, "b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: w}\n");
	put_file(d, "r.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: 2}\n");
	put_file(d, "r1.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: 1}\n");
	put_file(d, "bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c\n");
	put_file(d, "bad.kp", "platform p\nnamespace n\napp web {\n  image \"x:1\"\n  replicas lots\n}\n");
	cr_expect_eq(run_in(d, KPC " diff a.yaml a.yaml", &out, NULL), 0);
	cr_expect_not_null(strstr(out, "no differences (1 object)"), "%s", out);
	free(out);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml", NULL, NULL), 1);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml --fail-on-risk", NULL, NULL), 0, "different, but nothing risky");
	cr_expect_eq(run_in(d, KPC " diff r.yaml r1.yaml --fail-on-risk", NULL, NULL), 1, "fewer replicas is risky");
	cr_expect_eq(run_in(d, KPC " diff r1.yaml r.yaml --fail-on-risk", NULL, NULL), 0);
	cr_expect_eq(run_in(d, KPC " diff a.yaml missing.yaml", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "cannot read 'missing.yaml'"), "%s", err);
	free(err);
	cr_expect_eq(run_in(d, KPC " diff a.yaml bad.yaml", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "error[E0501]"), "%s", err);
	free(err);
	cr_expect_eq(run_in(d, KPC " diff bad.kp a.yaml", NULL, &err), 2);
	cr_expect_not_null(strstr(err, "bad.kp:5:"), "a compile error points at the .kp: %s", err);
	free(err);
	cr_expect_eq(run_in(d, KPC " diff a.yaml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml c.yaml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " diff - - < a.yaml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml --format xml", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml --frobnicate", NULL, NULL), 2);
	cr_expect_eq(run_in(d, KPC " diff a.yaml b.yaml --env prod", NULL, &err), 2, "--env without a .kp input");
	free(err);
	/* standard input, either side */
	cr_expect_eq(run_in(d, KPC " diff - b.yaml < a.yaml", &out, NULL), 1);
	cr_expect_not_null(strstr(out, "--- -\n+++ b.yaml\n"), "%s", out);
	cr_expect_not_null(strstr(out, "~ data.k: v → w"), "%s", out);
	free(out);
	cr_expect_eq(run_in(d, KPC " diff a.yaml - < a.yaml", NULL, NULL), 0);
	rmrf(d);
	free(d);
}

/* Directories: every *.yaml and *.yml below, in sorted order. */
Test(diff, directories)
{
	char *d = tmpdir(), *out;
	char *p = NULL;
	cr_assert(asprintf(&p, "mkdir -p '%s/old/sub' '%s/new/deep/er'", d, d) > 0);
	cr_assert_eq(system(p), 0);
	free(p);
	put_file(d, "old/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: '1'}\n");
	put_file(d, "old/sub/b.yml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
	put_file(d, "old/notes.txt", "not yaml");
	put_file(d, "new/deep/er/all.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n---\n"
				       "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: '2'}\n");
	cr_expect_eq(run_in(d, KPC " diff old new --format json", &out, NULL), 1);
	cr_expect_not_null(strstr(out, "\"summary\": {\"changed\": 1, \"added\": 0, \"removed\": 0, \"renamed\": 0, \"unchanged\": 1"), "%s", out);
	free(out);
	rmrf(d);
	free(d);
}

/* The seed platform, staging against production, compiled on both sides. */
Test(diff, kp_against_kp_across_environments)
{
	char *out, *err;
	int rc = run_in(NULL, KPC " diff examples/ecommerce/platform.kp examples/ecommerce/platform.kp --old-env staging"
			   " --new-env production --secrets-env examples/ecommerce/dev-secrets.env",
		     &out, &err);
	cr_expect_eq(rc, 1, "%s", err);
	static const char *const want[] = {
		"~ ConfigMap/ecommerce/app-config (v1): 2 changes\n    ~ data.api_timeout: 60s → 30s\n",
		"~ Deployment/ecommerce/frontend-blue (apps/v1): 4 changes\n",
		"    ~ spec.replicas: 2 → 3\n",
		"~ HorizontalPodAutoscaler/ecommerce/backend (autoscaling/v2): 3 changes\n"
		"    ~ metadata.labels.environment: staging → production\n"
		"    ~ spec.maxReplicas: 4 → 20\n    ~ spec.minReplicas: 2 → 3\n",
		"~ StatefulSet/ecommerce/postgresql (apps/v1): 3 changes\n",
	};
	for (size_t i = 0; i < KPC_ARRAY_LEN(want); i++)
		cr_expect_not_null(strstr(out, want[i]), "missing:\n%s\nin:\n%s", want[i], out);
	free(out);
	free(err);
	/* --env sets both sides: the same platform */
	rc = run_in(NULL, KPC " diff examples/ecommerce/platform.kp examples/ecommerce/platform.kp --env production"
		       " --secrets-env examples/ecommerce/dev-secrets.env",
		 &out, NULL);
	cr_expect_eq(rc, 0);
	cr_expect_not_null(strstr(out, "no differences (30 objects)"), "%s", out);
	free(out);
	/* the compiled platform against its own YAML build */
	rc = run_in(NULL, KPC " build examples/ecommerce/platform.kp --env staging --secrets-env examples/ecommerce/dev-secrets.env"
		       " --no-policy | " KPC " diff examples/ecommerce/platform.kp - --env staging"
		       " --secrets-env examples/ecommerce/dev-secrets.env",
		 &out, NULL);
	cr_expect_eq(rc, 0, "%s", out);
	free(out);
}

/* A secret value that differs between two secrets files: never printed. */
Test(diff, kp_secret_values_never_shown)
{
	char *d = tmpdir(), *out;
	char *env = read_all(src_path("examples/ecommerce/dev-secrets.env"), NULL);
	cr_assert_not_null(env);
	put_file(d, "a.env", env);
	const char *old_pw = strstr(env, "KPC_SECRET_DATABASE_SECRETS_PASSWORD=");
	cr_assert_not_null(old_pw, "the seed's secrets file sets the database password");
	char pw[128], line[192];
	cr_assert_eq(sscanf(old_pw + strlen("KPC_SECRET_DATABASE_SECRETS_PASSWORD="), "%127s", pw), 1);
	snprintf(line, sizeof line, "KPC_SECRET_DATABASE_SECRETS_PASSWORD=%s\n", pw);
	char *env2 = str_replace_all(env, line, "KPC_SECRET_DATABASE_SECRETS_PASSWORD=Zq9-rotated-Pw-77\n");
	cr_assert_str_neq(env, env2);
	put_file(d, "b.env", env2);
	struct buf b64 = {0}, b64n = {0};
	kpc_base64(&b64, (const unsigned char *)pw, strlen(pw));
	kpc_base64(&b64n, (const unsigned char *)"Zq9-rotated-Pw-77", 17);
	char *cmd = NULL;
	for (int f = 0; f < 3; f++) {
		static const char *const fmts[] = {"text", "markdown", "json"};
		free(cmd);
		cr_assert(asprintf(&cmd, "cd '%s' && " KPC " build examples/ecommerce/platform.kp --env production --secrets-env '%s/a.env'"
				    " --no-policy > '%s/a.yaml' && " KPC " build examples/ecommerce/platform.kp --env production"
				    " --secrets-env '%s/b.env' --no-policy > '%s/b.yaml' && " KPC " diff '%s/a.yaml' '%s/b.yaml' --format %s",
			       KPC_SOURCE_ROOT, d, d, d, d, d, d, fmts[f]) > 0);
		cr_expect_eq(run_in(d, cmd, &out, NULL), 1);
		cr_expect_not_null(strstr(out, "password"), "%s", out);
		cr_expect_null(strstr(out, pw), "%s leaks the old password", fmts[f]);
		cr_expect_null(strstr(out, buf_cstr(&b64)), "%s leaks the old password's base64", fmts[f]);
		cr_expect_null(strstr(out, "Zq9-rotated-Pw-77"), "%s leaks the new password", fmts[f]);
		cr_expect_null(strstr(out, buf_cstr(&b64n)), "%s leaks the new password's base64", fmts[f]);
		free(out);
	}
	/* compiled objects (their Secret values marked) against a YAML build */
	free(cmd);
	cr_assert(asprintf(&cmd, "cd '%s' && " KPC " diff examples/ecommerce/platform.kp '%s/b.yaml' --env production"
			    " --secrets-env '%s/a.env' --format json",
		       KPC_SOURCE_ROOT, d, d) > 0);
	cr_expect_eq(run_in(d, cmd, &out, NULL), 1);
	cr_expect_not_null(strstr(out, "\"path\": \"data.password\", \"segments\": [\"data\", \"password\"], \"secret\": true"), "%s", out);
	cr_expect_null(strstr(out, pw));
	cr_expect_null(strstr(out, buf_cstr(&b64)));
	cr_expect_null(strstr(out, "Zq9-rotated-Pw-77"));
	cr_expect_null(strstr(out, buf_cstr(&b64n)));
	free(out);
	free(cmd);
	buf_free(&b64);
	buf_free(&b64n);
	free(env);
	free(env2);
	rmrf(d);
	free(d);
}

/* A value the compiler marked secret (obj.secret), wherever it sits: never
 * shown, also when its map is replaced by a scalar or removed whole. */
Test(diff, values_marked_secret_anywhere)
{
	struct pair p;
	load_init(&p.o);
	load_init(&p.n);
	cr_assert(load_text(&p.o, "old.yaml", "apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: t}\n"
					     "spec:\n  a: {token: Hush-1234}\n  b: {token: Hush-5678, other: x}\n"));
	cr_assert(load_text(&p.n, "new.yaml", "apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: t}\nspec:\n  a: plain\n"));
	struct obj *spec = obj_get(p.o.objs.items[0].root, "spec");
	obj_get(obj_get(spec, "a"), "token")->secret = true;
	obj_get(obj_get(spec, "b"), "token")->secret = true;
	diff_objsets(&p.r, &p.o.objs, &p.n.objs);
	const struct diff_object *d = &p.r.objects[0];
	cr_assert_eq(d->nchanges, 3, "%s", render(&p.r, DIFF_FORMAT_TEXT, false));
	cr_expect_str_eq(d->changes[0].path, "spec.a");
	cr_expect(d->changes[0].secret, "a map holding a secret, replaced");
	cr_expect_str_eq(d->changes[1].path, "spec.b.other");
	cr_expect(!d->changes[1].secret);
	cr_expect_str_eq(d->changes[2].path, "spec.b.token");
	cr_expect(d->changes[2].secret);
	cr_expect_eq(d->changes[2].old_size, 9);
	static const char *const values[] = {"Hush-1234", "Hush-5678"};
	assert_no_secret(&p.r, values, KPC_ARRAY_LEN(values));
	pair_free(&p);
}
