/* test_kustomize.c: `kpc build --format kustomize`.
 *
 * - every example's tree equals its committed golden tree
 *   (examples/NAME/expected/kustomize/), and rendering twice gives the same
 *   bytes; KPC_UPDATE_GOLDEN=1 rewrites the trees (review them by reading);
 * - `kubectl kustomize DIR/overlays/ENV` (kubectl v1.32, kustomize v5.5,
 *   offline) yields exactly the objects of `kpc build --env ENV` for every
 *   example and environment, and `kubectl kustomize DIR/base` those of
 *   `kpc build`: both parsed with libyaml, compared as sets of trees (map
 *   keys in any order, scalar types as a YAML 1.1 reader resolves them);
 * - the same parity for platforms and hand-made object sets that exercise
 *   new and dropped objects, replicas and images kustomize would apply too
 *   widely, label paths includeTemplates would over-reach;
 * - a base-only edit changes files under base/ only, an edit inside one env
 *   only files of that overlay;
 * - --check names stale, missing and extra files in subdirectories;
 *   nothing is written outside DIR or when an environment fails. */
#define _GNU_SOURCE
#include "helpers.h"
#include "kpc/kustomize.h"
#include "kpc/outdir.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml.h>

#define KPC "'" KPC_BIN "'"
#define KUBECTL "/usr/bin/kubectl"

/* ---- small helpers ------------------------------------------------------- */

static void write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f, "cannot write %s", path);
	fputs(text, f);
	fclose(f);
}

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	cr_assert_not_null(d);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The examples: directories of examples/ with a platform.kp, sorted. */
static uint32_t examples(char ***names)
{
	DIR *d = opendir(src_path("examples"));
	cr_assert_not_null(d);
	struct vec v = {0};
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char rel[600];
		snprintf(rel, sizeof rel, "examples/%s/platform.kp", e->d_name);
		if (exists(src_path(rel)))
			vec_push(&v, strdup(e->d_name));
	}
	closedir(d);
	if (v.len > 1)
		qsort(v.items, v.len, sizeof *v.items, str_cmp);
	*names = (char **)v.items;
	return v.len;
}

static void free_names(char **names, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* The example's secrets file, as tests/unit/test_golden.c uses it, or NULL. */
static const char *example_secrets(const char *ex)
{
	static char path[4096];
	char rel[600];
	snprintf(rel, sizeof rel, "examples/%s/dev-secrets.env", ex);
	snprintf(path, sizeof path, "%s", src_path(rel));
	return exists(path) ? path : NULL;
}

static void compile_or_fail(struct kpc_unit *u, const char *kp, const char *secrets, const char *env)
{
	kpc_unit_init(u);
	if (secrets)
		cr_assert(kpc_load_secrets_env(u, secrets));
	struct kpc_options opt = {.env = env};
	bool ok = kpc_compile(u, kp, &opt);
	char *d = diag_text(u);
	cr_assert(ok, "%s (env %s) does not compile:\n%s", kp, env ? env : "none", d);
	free(d);
}

/* Compiles the base and every environment of `kp` and renders the tree. */
static void render_platform(const char *kp, const char *secrets, struct out_set *out)
{
	struct kpc_unit base;
	compile_or_fail(&base, kp, secrets, NULL);
	uint32_t n = kz_env_count(&base);
	struct kpc_unit *units = calloc(n + 1, sizeof *units);
	struct kz_env *envs = calloc(n + 1, sizeof *envs);
	for (uint32_t i = 0; i < n; i++) {
		compile_or_fail(&units[i], kp, secrets, kz_env_name(&base, i));
		envs[i] = (struct kz_env){kz_env_name(&base, i), &units[i].objects};
	}
	struct kz_input in = {.platform = base.platform, .base = &base.objects, .envs = envs, .nenvs = n};
	struct buf err = {0};
	cr_assert(kustomize_render(&in, out, &err), "%s: %s", kp, buf_cstr(&err));
	buf_free(&err);
	for (uint32_t i = 0; i < n; i++)
		kpc_unit_free(&units[i]);
	free(units);
	free(envs);
	kpc_unit_free(&base);
}

static const struct out_file *find_file(const struct out_set *s, const char *name)
{
	for (uint32_t i = 0; i < s->len; i++)
		if (!strcmp(s->items[i].name, name))
			return &s->items[i];
	return NULL;
}

static char *file_text(const struct out_set *s, const char *name)
{
	const struct out_file *f = find_file(s, name);
	cr_assert_not_null(f, "no file %s in the tree", name);
	return strndup(f->data.data, f->data.len);
}

/* ---- YAML streams as canonical trees (libyaml) ---------------------------- */

static bool all_of(const char *s, const char *set)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!strchr(set, *s))
			return false;
	return true;
}

/* yamlStyleFloat of go-yaml v2: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ */
static bool yaml_style_float(const char *p)
{
	if (*p == '-' || *p == '+')
		p++;
	size_t d = strspn(p, "0123456789");
	if (!d) {
		if (*p != '.' || !strspn(p + 1, "0123456789"))
			return false;
		p += 1 + strspn(p + 1, "0123456789");
	} else {
		p += d;
		if (*p == '.')
			p += 1 + strspn(p + 1, "0123456789");
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '-' || *p == '+')
			p++;
		size_t e = strspn(p, "0123456789");
		if (!e)
			return false;
		p += e;
	}
	return *p == 0;
}

/* What a plain scalar resolves to as go-yaml v2 (sigs.k8s.io/yaml, what
 * Kubernetes reads YAML with) resolves it; quoted and block scalars are
 * strings.  Ints are written in decimal, floats keep their text. */
static void canon_scalar(const char *s, bool plain, struct buf *out)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	static const char *const trues[] = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
	static const char *const falses[] = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
	static const char *const specials[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
					       "-.INF", ".nan", ".NaN", ".NAN"};
	if (plain) {
		for (size_t i = 0; i < KPC_ARRAY_LEN(nulls); i++)
			if (!strcmp(s, nulls[i])) {
				buf_puts(out, "null");
				return;
			}
		for (size_t i = 0; i < KPC_ARRAY_LEN(trues); i++)
			if (!strcmp(s, trues[i])) {
				buf_puts(out, "true");
				return;
			}
		for (size_t i = 0; i < KPC_ARRAY_LEN(falses); i++)
			if (!strcmp(s, falses[i])) {
				buf_puts(out, "false");
				return;
			}
		for (size_t i = 0; i < KPC_ARRAY_LEN(specials); i++)
			if (!strcmp(s, specials[i])) {
				buf_printf(out, "~%s", s);
				return;
			}
		/* strconv.ParseInt(s without '_', 0, 64) */
		char t[128];
		size_t n = 0;
		for (const char *q = s; *q && n + 1 < sizeof t; q++)
			if (*q != '_')
				t[n++] = *q;
		t[n] = 0;
		const char *p = t + (*t == '-' || *t == '+');
		int base = 0;
		const char *digits = p;
		if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
			base = 16, digits = p + 2;
		else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
			base = 8, digits = p + 2;
		else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
			base = 2, digits = p + 2;
		else if (p[0] == '0' && p[1])
			base = 8, digits = p + 1;
		else
			base = 10;
		static const char *const sets[] = {[2] = "01", [8] = "01234567", [10] = "0123456789",
						   [16] = "0123456789abcdefABCDEF"};
		if (all_of(digits, sets[base])) {
			long long v = strtoll(digits, NULL, base);
			buf_printf(out, "#%s%lld", *t == '-' ? "-" : "", v);
			return;
		}
		if (yaml_style_float(t)) {
			buf_printf(out, "~%s", s);
			return;
		}
	}
	buf_json_str(out, s, strlen(s));
}

static void canon_node(yaml_document_t *d, yaml_node_t *n, struct buf *out)
{
	switch (n->type) {
	case YAML_SCALAR_NODE:
		canon_scalar((const char *)n->data.scalar.value, n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE, out);
		break;
	case YAML_SEQUENCE_NODE:
		buf_putc(out, '[');
		for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
			if (it != n->data.sequence.items.start)
				buf_putc(out, ',');
			canon_node(d, yaml_document_get_node(d, *it), out);
		}
		buf_putc(out, ']');
		break;
	case YAML_MAPPING_NODE: {
		struct vec pairs = {0};
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
			struct buf b = {0};
			canon_node(d, yaml_document_get_node(d, p->key), &b);
			buf_putc(&b, ':');
			canon_node(d, yaml_document_get_node(d, p->value), &b);
			vec_push(&pairs, (buf_cstr(&b), b.data));
		}
		if (pairs.len > 1)
			qsort(pairs.items, pairs.len, sizeof *pairs.items, str_cmp);
		buf_putc(out, '{');
		for (uint32_t i = 0; i < pairs.len; i++) {
			if (i)
				buf_putc(out, ',');
			buf_puts(out, pairs.items[i]);
			free(pairs.items[i]);
		}
		buf_putc(out, '}');
		vec_free(&pairs);
		break;
	}
	default:
		break;
	}
}

static const char *scalar_at(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		if (k->type == YAML_SCALAR_NODE && !strcmp((const char *)k->data.scalar.value, key)) {
			yaml_node_t *v = yaml_document_get_node(d, p->value);
			return v->type == YAML_SCALAR_NODE ? (const char *)v->data.scalar.value : NULL;
		}
	}
	return NULL;
}

static yaml_node_t *node_at(yaml_document_t *d, yaml_node_t *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(d, p->key);
		if (k->type == YAML_SCALAR_NODE && !strcmp((const char *)k->data.scalar.value, key))
			return yaml_document_get_node(d, p->value);
	}
	return NULL;
}

/* Each document as "apiVersion kind namespace/name\t<canonical tree>",
 * sorted.  Returns the count, or -1 on a parse error. */
static int canon_stream(const char *text, char ***docs)
{
	yaml_parser_t p;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)text, strlen(text));
	struct vec v = {0};
	int rc = 0;
	for (;;) {
		yaml_document_t doc;
		if (!yaml_parser_load(&p, &doc)) {
			rc = -1;
			break;
		}
		yaml_node_t *root = yaml_document_get_root_node(&doc);
		if (!root) {
			yaml_document_delete(&doc);
			break;
		}
		yaml_node_t *md = node_at(&doc, root, "metadata");
		const char *av = scalar_at(&doc, root, "apiVersion"), *kind = scalar_at(&doc, root, "kind");
		const char *ns = scalar_at(&doc, md, "namespace"), *name = scalar_at(&doc, md, "name");
		struct buf b = {0};
		buf_printf(&b, "%s %s %s/%s\t", av ? av : "?", kind ? kind : "?", ns ? ns : "", name ? name : "?");
		canon_node(&doc, root, &b);
		vec_push(&v, (buf_cstr(&b), b.data));
		yaml_document_delete(&doc);
	}
	yaml_parser_delete(&p);
	if (v.len > 1)
		qsort(v.items, v.len, sizeof *v.items, str_cmp);
	*docs = (char **)v.items;
	return rc < 0 ? -1 : (int)v.len;
}

/* NULL when both streams hold the same objects, else a description
 * (malloc'd). */
static char *compare_streams(const char *want, const char *got)
{
	char **a, **b;
	int na = canon_stream(want, &a), nb = canon_stream(got, &b);
	struct buf r = {0};
	if (na < 0 || nb < 0)
		buf_printf(&r, "a stream does not parse (%d, %d)", na, nb);
	for (int i = 0, j = 0; na >= 0 && nb >= 0 && (i < na || j < nb);) {
		size_t la = i < na ? strcspn(a[i], "\t") : 0, lb = j < nb ? strcspn(b[j], "\t") : 0;
		int c = i >= na ? 1 : j >= nb ? -1 : strncmp(a[i], b[j], la > lb ? la : lb);
		if (c < 0) {
			buf_printf(&r, "missing from kustomize's output: %.*s\n", (int)la, a[i]);
			i++;
		} else if (c > 0) {
			buf_printf(&r, "only in kustomize's output: %.*s\n", (int)lb, b[j]);
			j++;
		} else {
			if (strcmp(a[i], b[j])) {
				size_t k = 0;
				while (a[i][k] == b[j][k])
					k++;
				size_t from = k > 60 ? k - 60 : 0;
				buf_printf(&r, "%.*s differs:\n  kpc:       ...%.140s\n  kustomize: ...%.140s\n", (int)la, a[i],
					   a[i] + from, b[j] + from);
			}
			i++;
			j++;
		}
	}
	for (int i = 0; i < na; i++)
		free(a[i]);
	for (int i = 0; i < nb; i++)
		free(b[i]);
	free(a);
	free(b);
	if (!r.len) {
		buf_free(&r);
		return NULL;
	}
	return (buf_cstr(&r), r.data);
}

/* `kubectl kustomize DIR` (exit status checked); its stdout, malloc'd. */
static char *kubectl_kustomize(const char *dir)
{
	char *cmd = NULL, *out = NULL, *err = NULL;
	cr_assert(asprintf(&cmd, KUBECTL " kustomize '%s'", dir) > 0);
	int rc = run_in(NULL, cmd, &out, &err);
	cr_assert_eq(rc, 0, "%s failed (%d):\n%s", cmd, rc, err ? err : "");
	cr_expect_eq(strlen(err), 0, "kubectl warned:\n%s", err);
	free(cmd);
	free(err);
	return out;
}

/* Writes the tree, runs kubectl on base/ and on each overlay and compares
 * with the given streams (want[0] the base, then the environments). */
static void expect_parity(const char *what, const struct out_set *tree, const char *const *envs,
			  const char *const *want, uint32_t n)
{
	char *d = tmpdir(), *dir = NULL;
	cr_assert(asprintf(&dir, "%s/tree", d) > 0);
	struct buf err = {0};
	cr_assert(outdir_write(dir, tree, &err), "%s", buf_cstr(&err));
	buf_free(&err);
	for (uint32_t i = 0; i < n; i++) {
		char *sub = NULL;
		cr_assert(asprintf(&sub, i ? "%s/overlays/%s" : "%s/base%s", dir, i ? envs[i] : "") > 0);
		char *got = kubectl_kustomize(sub);
		char *diff = compare_streams(want[i], got);
		cr_expect_null(diff, "%s, %s: kubectl kustomize differs from kpc build:\n%s", what,
			       i ? envs[i] : "base", diff ? diff : "");
		free(diff);
		free(got);
		free(sub);
	}
	free(dir);
	rmrf(d);
	free(d);
}

/* ---- goldens ------------------------------------------------------------- */

static void update_golden(const char *root, const struct out_set *s)
{
	rmrf(root);
	for (uint32_t i = 0; i < s->len; i++) {
		char *p = NULL;
		cr_assert(asprintf(&p, "%s/%s", root, s->items[i].name) > 0);
		for (char *q = strchr(p + strlen(root) + 1, '/'); q; q = strchr(q + 1, '/')) {
			*q = 0;
			mkdir(p, 0755);
			*q = '/';
		}
		char *slash = strrchr(p, '/');
		*slash = 0;
		mkdir(root, 0755);
		mkdir(p, 0755);
		*slash = '/';
		cr_assert(kpc_write_atomic(p, s->items[i].data.data, s->items[i].data.len), "%s", p);
		free(p);
	}
}

Test(kustomize, golden_trees_of_every_example)
{
	char **ex;
	uint32_t n = examples(&ex);
	cr_assert_geq(n, 4);
	for (uint32_t e = 0; e < n; e++) {
		char kp[600], golden[600];
		snprintf(kp, sizeof kp, "%s/examples/%s/platform.kp", KPC_SOURCE_ROOT, ex[e]);
		snprintf(golden, sizeof golden, "%s/examples/%s/expected/kustomize", KPC_SOURCE_ROOT, ex[e]);
		const char *secrets = example_secrets(ex[e]);
		struct out_set a = {0}, b = {0};
		render_platform(kp, secrets, &a);
		render_platform(kp, secrets, &b);
		/* deterministic: the same names and bytes twice */
		cr_assert_eq(a.len, b.len);
		for (uint32_t i = 0; i < a.len; i++) {
			cr_assert_str_eq(a.items[i].name, b.items[i].name);
			cr_assert(a.items[i].data.len == b.items[i].data.len && a.items[i].data.len &&
				  !memcmp(a.items[i].data.data, b.items[i].data.data, a.items[i].data.len),
				  "%s: %s differs between two renders", ex[e], a.items[i].name);
		}
		/* only fields kustomize v5.5 accepts: labels, never commonLabels */
		for (uint32_t i = 0; i < a.len; i++) {
			if (!strstr(a.items[i].name, "kustomization.yaml"))
				continue;
			char *t = strndup(a.items[i].data.data, a.items[i].data.len);
			cr_expect(!strncmp(t, "# Generated by kpc", 18), "%s: no header", a.items[i].name);
			cr_expect_null(strstr(t, "commonLabels"));
			cr_expect_null(strstr(t, "includeSelectors"));
			free(t);
		}
		if (getenv("KPC_UPDATE_GOLDEN"))
			update_golden(golden, &a);
		struct buf report = {0}, err = {0};
		int diffs = outdir_check(golden, &a, &report, &err);
		cr_expect_eq(diffs, 0,
			     "%s: the tree differs from examples/%s/expected/kustomize (KPC_UPDATE_GOLDEN=1 rewrites it; "
			     "review the diff):\n%s%s",
			     ex[e], ex[e], buf_cstr(&report), buf_cstr(&err));
		buf_free(&report);
		buf_free(&err);
		out_set_free(&a);
		out_set_free(&b);
	}
	free_names(ex, n);
}

/* ---- kubectl parity for every example and environment -------------------- */

Test(kustomize, kubectl_parity_every_example_and_env)
{
	char **ex;
	uint32_t n = examples(&ex);
	uint32_t checked = 0;
	for (uint32_t e = 0; e < n; e++) {
		char kp[600];
		snprintf(kp, sizeof kp, "%s/examples/%s/platform.kp", KPC_SOURCE_ROOT, ex[e]);
		const char *secrets = example_secrets(ex[e]);
		char *sec_opt = NULL;
		cr_assert(asprintf(&sec_opt, secrets ? " --secrets-env '%s'" : "%s", secrets ? secrets : "") >= 0);
		/* the tree, through the CLI */
		char *d = tmpdir(), *cmd = NULL, *err = NULL;
		cr_assert(asprintf(&cmd, KPC " build '%s'%s --format kustomize -o %s/tree --no-policy", kp, sec_opt, d) > 0);
		cr_assert_eq(run_in(NULL, cmd, NULL, &err), 0, "%s:\n%s", cmd, err);
		free(err);
		free(cmd);
		struct kpc_unit base;
		compile_or_fail(&base, kp, secrets, NULL);
		for (uint32_t i = 0; i <= kz_env_count(&base); i++) {
			const char *env = i ? kz_env_name(&base, i - 1) : NULL;
			struct kpc_unit u;
			compile_or_fail(&u, kp, secrets, env);
			char *want = yaml_text(&u);
			char *sub = NULL;
			cr_assert(asprintf(&sub, env ? "%s/tree/overlays/%s" : "%s/tree/base%s", d, env ? env : "") > 0);
			char *got = kubectl_kustomize(sub);
			char *diff = compare_streams(want, got);
			cr_expect_null(diff, "%s, %s: kubectl kustomize differs from kpc build:\n%s", ex[e], env ? env : "base",
				       diff ? diff : "");
			if (!diff)
				fprintf(stderr, "kustomize parity: %s/%s: %u objects equal\n", ex[e], env ? env : "base",
					u.objects.len);
			free(diff);
			free(got);
			free(want);
			free(sub);
			kpc_unit_free(&u);
			checked++;
		}
		kpc_unit_free(&base);
		rmrf(d);
		free(d);
		free(sec_opt);
	}
	cr_expect_geq(checked, 8, "every example and environment: %u builds compared", checked);
	free_names(ex, n);
}

/* ---- platforms that exercise the translation ---------------------------- */

/* A temp dir holding `src` as platform.kp; returns the .kp path. */
static char *write_platform(const char *dir, const char *name, const char *src)
{
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/%s", dir, name) > 0);
	write_text(p, src);
	return p;
}

static void parity_of_platform(const char *what, const char *kp, struct out_set *tree)
{
	render_platform(kp, NULL, tree);
	struct kpc_unit base;
	compile_or_fail(&base, kp, NULL, NULL);
	uint32_t n = kz_env_count(&base) + 1;
	const char **envs = calloc(n, sizeof *envs);
	char **want = calloc(n, sizeof *want);
	for (uint32_t i = 0; i < n; i++) {
		envs[i] = i ? kz_env_name(&base, i - 1) : NULL;
		struct kpc_unit u;
		compile_or_fail(&u, kp, NULL, envs[i]);
		want[i] = yaml_text(&u);
		kpc_unit_free(&u);
	}
	expect_parity(what, tree, envs, (const char *const *)want, n);
	for (uint32_t i = 0; i < n; i++)
		free(want[i]);
	free(want);
	free(envs);
	kpc_unit_free(&base);
}

static const char *const stress_src =
	"platform stress\n"
	"labels {\n  owner = \"team-a\"\n}\n"
	"namespace alpha\n"
	"config settings {\n  A = \"1\"\n  B = \"two\"\n}\n"
	"app web {\n  image \"registry.example.com/web:1.0\"\n  replicas 2\n  port http 8080\n  env from settings\n"
	"  env {\n    FIRST = \"1\"\n    LAST = \"9\"\n  }\n"
	"  sidecar proxy {\n    image \"registry.example.com/proxy:2.0\"\n  }\n}\n"
	"app api {\n  image \"registry.example.com/api:1.0\"\n  replicas 3\n  port http 8080\n"
	"  sidecar proxy {\n    image \"registry.example.com/proxy:2.0\"\n  }\n}\n"
	"app db {\n  kind statefulset\n  image \"registry.example.com/db:16.4\"\n  replicas 1\n  port pg 5432\n"
	"  volume data claim 1Gi at \"/data\"\n}\n"
	"app nightly {\n  kind cronjob\n  image \"registry.example.com/web:1.0\"\n  schedule \"0 1 * * *\"\n}\n"
	"app once {\n  kind job\n  image \"registry.example.com/tool:1.20\"\n}\n"
	"namespace beta\n"
	"app web2 {\n  image \"registry.example.com/web:1.0\"\n  replicas 2\n}\n"
	"env dev {\n"
	"  labels {\n    owner = \"team-b\"\n    stage = \"dev\"\n  }\n"
	"  annotations {\n    note = \"dev build\"\n  }\n"
	"  app web {\n    env {\n      MIDDLE = \"5\"\n    }\n  }\n"
	"  web.replicas 5\n"
	"  api.image \"registry.example.com/api:1.20\"\n"
	"  settings.A \"2\"\n"
	"}\n"
	"env prod {\n"
	"  labels {\n    stage = \"prod\"\n  }\n"
	"  app api {\n    autoscale 3..10 {\n      cpu 70%\n    }\n    rollout blue-green active blue\n"
	"    sidecar proxy {\n      image \"registry.example.com/proxy:2.1\"\n    }\n  }\n"
	"  once.image \"registry.example.com/tool:1.21\"\n"
	"  db.replicas 3\n"
	"  nightly.image \"registry.example.com/web:1.1\"\n"
	"}\n";

/* New objects (blue-green slots, an HPA), a dropped one, replicas, images
 * shared by several apps, a list insertion, config checksums, env labels on
 * a StatefulSet with a claim template and a CronJob. */
Test(kustomize, parity_of_a_platform_with_every_kind_of_change)
{
	char *d = tmpdir();
	char *kp = write_platform(d, "platform.kp", stress_src);
	struct out_set tree = {0};
	parity_of_platform("stress", kp, &tree);

	char *dev = file_text(&tree, "overlays/dev/kustomization.yaml");
	/* replicas by name (web is the only workload called web) */
	cr_expect(strstr(dev, "replicas:\n- name: web\n  count: 5\n"), "%s", dev);
	/* the api image is used by the api Deployment only; its tag is quoted */
	cr_expect(strstr(dev, "images:\n- name: registry.example.com/api\n  newTag: \"1.20\"\n"), "%s", dev);
	/* labels on the metadata and the templates kpc labels, not on the
	 * StatefulSet's claim template nor the CronJob's jobTemplate */
	cr_expect(strstr(dev, "labels:\n- pairs:\n    owner: team-b\n    stage: dev\n  fields:\n"), "%s", dev);
	cr_expect_null(strstr(dev, "includeTemplates: true"));
	cr_expect(strstr(dev, "#   spec/volumeClaimTemplates[]/metadata/labels of StatefulSet\n"), "%s", dev);
	cr_expect(strstr(dev, "#   spec/jobTemplate/metadata/labels of CronJob\n"), "%s", dev);
	cr_expect(strstr(dev, "  - path: spec/jobTemplate/spec/template/metadata/labels\n"
			      "    group: batch\n    kind: CronJob\n"),
		  "%s", dev);
	free(dev);
	/* an env var added to a list: one add op, not the whole list */
	char *web = file_text(&tree, "overlays/dev/patches/alpha_deployment_web.yaml");
	cr_expect(strstr(web, "- op: add\n  path: /spec/template/spec/containers/0/env/2\n  value:\n    name: MIDDLE\n"), "%s",
		  web);
	cr_expect(strstr(web, "path: /spec/template/metadata/annotations/kpc.dev~1config-checksum\n"), "%s", web);
	free(web);

	char *prod = file_text(&tree, "overlays/prod/kustomization.yaml");
	/* objects only prod has are resources of the overlay */
	cr_expect(strstr(prod, "resources:\n- ../../base\n- alpha_service_api-preview.yaml\n- alpha_deployment_api-blue.yaml\n"
			       "- alpha_deployment_api-green.yaml\n- alpha_horizontalpodautoscaler_api.yaml\n"),
		  "%s", prod);
	cr_expect(find_file(&tree, "overlays/prod/alpha_deployment_api-blue.yaml"));
	/* the plain Deployment gives way to the slots */
	cr_expect(strstr(prod, "- path: patches/alpha_deployment_api.yaml\n"), "%s", prod);
	char *del = file_text(&tree, "overlays/prod/patches/alpha_deployment_api.yaml");
	cr_expect_str_eq(del, "$patch: delete\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n"
			      "  namespace: alpha\n");
	free(del);
	cr_expect(strstr(prod, "replicas:\n- name: db\n  count: 3\n"), "%s", prod);
	cr_expect(strstr(prod, "- name: registry.example.com/tool\n  newTag: \"1.21\"\n"), "%s", prod);
	/* the proxy image changes in api only, and web:1.0 in the CronJob only:
	 * an images entry would change web's and web2's too */
	cr_expect_null(strstr(prod, "registry.example.com/proxy"), "%s", prod);
	cr_expect_null(strstr(prod, "registry.example.com/web"), "%s", prod);
	char *nightly = file_text(&tree, "overlays/prod/patches/alpha_cronjob_nightly.yaml");
	cr_expect_str_eq(nightly, "- op: replace\n  path: /spec/jobTemplate/spec/template/spec/containers/0/image\n"
				  "  value: registry.example.com/web:1.1\n");
	free(nightly);
	free(prod);
	out_set_free(&tree);
	free(kp);
	rmrf(d);
	free(d);
}

/* ---- hand-made object sets ----------------------------------------------- */

static void load_set(struct kpc_unit *u, const char *yaml)
{
	kpc_unit_init(u);
	char *data = strdup(yaml);
	uint32_t fid = srcmgr_add(&u->sm, "input.yaml", data, strlen(data));
	struct yaml_issues is = {0};
	cr_assert(yaml_load(&u->arena, &u->sm, fid, &u->objects, &is, &u->diags, 0));
	yaml_issues_free(&is);
	objset_sort(&u->objects);
}

/* Renders base + one environment "env" and checks it with kubectl; returns
 * the overlay's kustomization.yaml (malloc'd). */
static char *sets_parity(const char *what, const char *base_yaml, const char *env_yaml)
{
	struct kpc_unit b, e;
	load_set(&b, base_yaml);
	load_set(&e, env_yaml);
	struct kz_env env = {"env", &e.objects};
	struct kz_input in = {.platform = "sets", .base = &b.objects, .envs = &env, .nenvs = 1};
	struct out_set tree = {0};
	struct buf err = {0};
	cr_assert(kustomize_render(&in, &tree, &err), "%s", buf_cstr(&err));
	buf_free(&err);
	char *want[2];
	struct buf wb = {0}, we = {0};
	yaml_emit_stream(&b.objects, &wb);
	yaml_emit_stream(&e.objects, &we);
	want[0] = (buf_cstr(&wb), wb.data);
	want[1] = (buf_cstr(&we), we.data);
	const char *envs[2] = {NULL, "env"};
	expect_parity(what, &tree, envs, (const char *const *)want, 2);
	char *k = file_text(&tree, "overlays/env/kustomization.yaml");
	buf_free(&wb);
	buf_free(&we);
	out_set_free(&tree);
	kpc_unit_free(&b);
	kpc_unit_free(&e);
	return k;
}

#define DEPLOY(ns, name, replicas, image) \
	"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " name "\n  namespace: " ns "\n  labels:\n    app: " name \
	"\nspec:\n  replicas: " replicas "\n  selector:\n    matchLabels:\n      app: " name "\n  template:\n    metadata:\n" \
	"      labels:\n        app: " name "\n    spec:\n      containers:\n      - name: main\n        image: " image "\n"

/* kustomize's replicas entry hits every workload of that name, in every
 * namespace: used only when all of them end with that count. */
Test(kustomize, replicas_only_when_the_name_is_unambiguous)
{
	const char *base = DEPLOY("a", "web", "1", "nginx:1.0") "---\n" DEPLOY("b", "web", "1", "nginx:1.0");
	char *k = sets_parity("one of two", base,
			      DEPLOY("a", "web", "3", "nginx:1.0") "---\n" DEPLOY("b", "web", "1", "nginx:1.0"));
	cr_expect_null(strstr(k, "replicas:"), "%s", k);
	cr_expect(strstr(k, "- path: patches/a_deployment_web.yaml\n"), "%s", k);
	free(k);
	k = sets_parity("both", base, DEPLOY("a", "web", "3", "nginx:1.0") "---\n" DEPLOY("b", "web", "3", "nginx:1.0"));
	cr_expect(strstr(k, "replicas:\n- name: web\n  count: 3\n"), "%s", k);
	cr_expect_null(strstr(k, "patches:"), "%s", k);
	free(k);
}

/* kustomize matches an image name as a regular expression ('.' is any
 * character) and regardless of the current tag. */
Test(kustomize, images_only_when_every_match_changes_alike)
{
	const char *base = DEPLOY("a", "one", "1", "reg.io/app:1.0") "---\n" DEPLOY("a", "two", "1", "regxio/app:1.0");
	char *k = sets_parity("regex", base,
			      DEPLOY("a", "one", "1", "reg.io/app:1.1") "---\n" DEPLOY("a", "two", "1", "regxio/app:1.0"));
	cr_expect_null(strstr(k, "images:"), "%s", k);
	free(k);
	k = sets_parity("same change twice", base,
			DEPLOY("a", "one", "1", "reg.io/app:1.1") "---\n" DEPLOY("a", "two", "1", "regxio/app:1.1"));
	cr_expect(strstr(k, "images:\n- name: reg.io/app\n  newTag: \"1.1\"\n"), "%s", k);
	cr_expect_null(strstr(k, "patches:"), "%s", k);
	free(k);
	k = sets_parity("new name", DEPLOY("a", "one", "1", "reg.io/app:1.0"), DEPLOY("a", "one", "1", "mirror.io/app:2.0"));
	cr_expect(strstr(k, "images:\n- name: reg.io/app\n  newName: mirror.io/app\n  newTag: \"2.0\"\n"), "%s", k);
	free(k);
	/* to a digest: no newTag can say it */
	k = sets_parity("digest", DEPLOY("a", "one", "1", "reg.io/app:1.0"),
			DEPLOY("a", "one", "1", "reg.io/app@sha256:0123"));
	cr_expect_null(strstr(k, "images:"), "%s", k);
	free(k);
}

/* Labels on everything and the Deployment's template: includeTemplates is
 * exact; a value that differs on one object leaves the label to patches. */
Test(kustomize, labels_with_include_templates_when_exact)
{
	const char *base = DEPLOY("a", "web", "1", "nginx:1.0") "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
							   "  namespace: a\ndata:\n  k: v\n";
	const char *env = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: a\n  labels:\n"
			  "    app: web\n    env: prod\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n"
			  "  template:\n    metadata:\n      labels:\n        app: web\n        env: prod\n    spec:\n"
			  "      containers:\n      - name: main\n        image: nginx:1.0\n---\napiVersion: v1\nkind: ConfigMap\n"
			  "metadata:\n  name: c\n  namespace: a\n  labels:\n    env: prod\ndata:\n  k: v\n";
	char *k = sets_parity("templates", base, env);
	cr_expect(strstr(k, "labels:\n- pairs:\n    env: prod\n  includeTemplates: true\n"), "%s", k);
	cr_expect_null(strstr(k, "patches:"), "%s", k);
	cr_expect_null(strstr(k, "fields:"), "%s", k);
	free(k);
	/* the pod template keeps its own value: metadata only, a patch for it */
	char *env2 = str_replace_all(env, "        env: prod\n", "        env: canary\n");
	k = sets_parity("template differs", base, env2);
	cr_expect(strstr(k, "labels:\n- pairs:\n    env: prod\npatches:\n"), "%s", k);
	free(k);
	free(env2);
}

/* ---- edits land where they belong ---------------------------------------- */

static const char *const small_src =
	"platform small\n"
	"labels {\n  owner = \"a\"\n}\n"
	"namespace n\n"
	"config cfg {\n  K = \"v\"\n}\n"
	"config other {\n  X = \"1\"\n}\n"
	"app web {\n  image \"r/web:1.0\"\n  replicas 2\n  port http 8080\n  env from cfg\n}\n"
	"app worker {\n  image \"r/worker:1.0\"\n  replicas 1\n}\n"
	"env staging {\n  labels {\n    stage = \"staging\"\n  }\n  web.replicas 3\n}\n"
	"env prod {\n  labels {\n    stage = \"prod\"\n  }\n  web.replicas 6\n  cfg.K \"p\"\n}\n";

/* The names of the files that differ between two trees (changed, added or
 * removed), one per line. */
static char *changed_files(const struct out_set *a, const struct out_set *b)
{
	struct buf r = {0};
	for (uint32_t i = 0; i < a->len; i++) {
		const struct out_file *f = find_file(b, a->items[i].name);
		if (!f || f->data.len != a->items[i].data.len ||
		    (f->data.len && memcmp(f->data.data, a->items[i].data.data, f->data.len)))
			buf_printf(&r, "%s\n", a->items[i].name);
	}
	for (uint32_t i = 0; i < b->len; i++)
		if (!find_file(a, b->items[i].name))
			buf_printf(&r, "%s\n", b->items[i].name);
	return (buf_cstr(&r), r.data);
}

Test(kustomize, base_edit_lands_in_base_and_env_edit_in_its_overlay)
{
	char *d = tmpdir();
	char *kp = write_platform(d, "orig.kp", small_src);
	/* outside any env: worker's replicas and a config no env touches */
	char *s1 = str_replace_all(small_src, "  replicas 1\n", "  replicas 2\n");
	char *s2 = str_replace_all(s1, "  X = \"1\"\n", "  X = \"1\"\n  Y = \"2\"\n");
	char *kp_base = write_platform(d, "base-edit.kp", s2);
	/* inside staging only: a replica count and a config value */
	char *s3 = str_replace_all(small_src, "  web.replicas 3\n", "  web.replicas 4\n  cfg.K \"s\"\n");
	char *kp_env = write_platform(d, "env-edit.kp", s3);
	struct out_set o = {0}, tb = {0}, te = {0};
	render_platform(kp, NULL, &o);
	render_platform(kp_base, NULL, &tb);
	render_platform(kp_env, NULL, &te);
	char *c = changed_files(&o, &tb);
	cr_expect_str_eq(c, "base/n_configmap_other.yaml\nbase/n_deployment_worker.yaml\n");
	free(c);
	c = changed_files(&o, &te);
	cr_expect_str_eq(c, "overlays/staging/kustomization.yaml\noverlays/staging/patches/n_configmap_cfg.yaml\n"
			    "overlays/staging/patches/n_deployment_web.yaml\n");
	free(c);
	/* and the edited trees still build the environments exactly */
	struct out_set t2 = {0};
	parity_of_platform("env-edit", kp_env, &t2);
	out_set_free(&t2);
	out_set_free(&o);
	out_set_free(&tb);
	out_set_free(&te);
	free(s1);
	free(s2);
	free(s3);
	free(kp);
	free(kp_base);
	free(kp_env);
	rmrf(d);
	free(d);
}

/* ---- the command line ---------------------------------------------------- */

#define SEED "examples/ecommerce/platform.kp --secrets-env examples/ecommerce/dev-secrets.env --no-policy"

Test(kustomize, check_names_stale_missing_and_extra_files)
{
	char *d = tmpdir(), *cmd = NULL, *out = NULL;
	cr_assert(asprintf(&cmd, KPC " build " SEED " --format kustomize -o %s/tree", d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	free(cmd);
	cr_assert(asprintf(&cmd, KPC " build " SEED " --format kustomize -o %s/tree --check", d) > 0);
	cr_assert_eq(run_in(NULL, cmd, &out, NULL), 0, "%s", out);
	cr_assert_str_eq(out, "");
	free(out);
	/* the committed golden tree is up to date too */
	char *g = NULL;
	cr_assert(asprintf(&g, KPC " build " SEED " --format kustomize -o examples/ecommerce/expected/kustomize --check") > 0);
	cr_expect_eq(run_in(NULL, g, &out, NULL), 0, "%s", out);
	free(out);
	free(g);

	char *stale = NULL, *missing = NULL, *extra1 = NULL, *extra2 = NULL, *olddir = NULL;
	cr_assert(asprintf(&stale, "%s/tree/overlays/staging/kustomization.yaml", d) > 0);
	cr_assert(asprintf(&missing, "%s/tree/base/namespace_ecommerce.yaml", d) > 0);
	cr_assert(asprintf(&extra1, "%s/tree/overlays/staging/patches/zz.yaml", d) > 0);
	cr_assert(asprintf(&olddir, "%s/tree/overlays/old", d) > 0);
	cr_assert(asprintf(&extra2, "%s/kustomization.yaml", olddir) > 0);
	write_text(stale, "resources: []\n");
	cr_assert_eq(unlink(missing), 0);
	write_text(extra1, "[]\n");
	cr_assert_eq(mkdir(olddir, 0755), 0);
	write_text(extra2, "resources: []\n");
	cr_assert_eq(run_in(NULL, cmd, &out, NULL), 1);
	char *want = NULL;
	cr_assert(asprintf(&want, "missing: %s\n", missing) > 0 && strstr(out, want), "%s", out);
	free(want);
	cr_assert(asprintf(&want, "stale: %s\n", stale) > 0 && strstr(out, want), "%s", out);
	free(want);
	/* extras, from subdirectories too, sorted */
	cr_assert(asprintf(&want, "extra: %s\nextra: %s\n", extra2, extra1) > 0 && strstr(out, want), "%s", out);
	free(want);
	int lines = 0;
	for (const char *p = out; *p; p++)
		lines += *p == '\n';
	cr_expect_eq(lines, 4, "%s", out);
	free(out);
	free(cmd);
	/* a rebuild replaces the whole tree */
	cr_assert(asprintf(&cmd, KPC " build " SEED " --format kustomize -o %s/tree", d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	cr_expect(!exists(extra1) && !exists(extra2) && !exists(olddir) && exists(missing));
	free(cmd);
	free(stale);
	free(missing);
	free(extra1);
	free(extra2);
	free(olddir);
	rmrf(d);
	free(d);
}

Test(kustomize, usage_errors)
{
	char *err;
	cr_expect_eq(run_in(NULL, KPC " build " SEED " --format kustomize", NULL, &err), 2);
	cr_expect(strstr(err, "--format kustomize writes a directory tree: give -o DIR"), "%s", err);
	free(err);
	cr_expect_eq(run_in(NULL, KPC " build " SEED " --format kustomize -o /tmp/kpc-kz-never --env staging", NULL, &err), 2);
	cr_expect(strstr(err, "drop --env"), "%s", err);
	free(err);
	cr_expect_eq(run_in(NULL, KPC " build " SEED " --format json -o /tmp/kpc-kz-never", NULL, &err), 2);
	cr_expect(strstr(err, "--format takes yaml or kustomize, not 'json'"), "%s", err);
	free(err);
	cr_expect(!exists("/tmp/kpc-kz-never"));
	char *help;
	cr_expect_eq(run_in(NULL, KPC " help build", &help, NULL), 0);
	cr_expect(strstr(help, "--format kustomize"), "%s", help);
	free(help);
}

/* An environment that does not compile: nothing is written. */
Test(kustomize, nothing_written_when_an_environment_fails)
{
	char *d = tmpdir();
	char *src = str_replace_all(small_src, "  web.replicas 6\n", "  wbe.replicas 6\n");
	char *kp = write_platform(d, "p.kp", src), *cmd = NULL, *err = NULL, *out = NULL;
	cr_assert(asprintf(&out, "%s/tree", d) > 0);
	cr_assert(asprintf(&cmd, KPC " build %s --format kustomize -o %s --no-policy", kp, out) > 0);
	cr_expect_eq(run_in(NULL, cmd, NULL, &err), 2);
	cr_expect(strstr(err, "error[E0204]"), "%s", err);
	cr_expect(!exists(out));
	free(err);
	free(cmd);
	free(out);
	free(kp);
	free(src);
	rmrf(d);
	free(d);
}

/* outdir_write takes nested names but nothing that leaves DIR. */
Test(kustomize, refuses_to_write_outside_dir)
{
	static const char *const bad[] = {"../x.yaml", "/etc/x.yaml", "a/../../x.yaml", "a//x.yaml", "./x.yaml",
					  "a/./x.yaml", ".hidden/x.yaml", "a/.x.yaml", "a/", "", ".kpc-output", ".."};
	char *d = tmpdir(), *dir = NULL;
	cr_assert(asprintf(&dir, "%s/out", d) > 0);
	for (size_t i = 0; i < KPC_ARRAY_LEN(bad); i++) {
		struct out_set s = {0};
		struct buf b = {0}, err = {0};
		buf_puts(&b, "x: 1\n");
		out_set_add(&s, "base/ok.yaml", (struct buf){0});
		out_set_add(&s, bad[i], b);
		cr_expect_not(outdir_write(dir, &s, &err), "'%s' was accepted", bad[i]);
		cr_expect(strstr(buf_cstr(&err), "refusing to write file"), "%s", buf_cstr(&err));
		cr_expect(!exists(dir), "'%s': something was written", bad[i]);
		buf_free(&err);
		out_set_free(&s);
	}
	/* a name that is a file and a directory at once */
	struct out_set s = {0};
	struct buf err = {0};
	out_set_add(&s, "a", (struct buf){0});
	out_set_add(&s, "a/b.yaml", (struct buf){0});
	cr_expect_not(outdir_write(dir, &s, &err));
	cr_expect(strstr(buf_cstr(&err), "both a file and a directory"), "%s", buf_cstr(&err));
	buf_free(&err);
	out_set_free(&s);
	/* nested names are written, with the marker at the top only */
	struct buf b = {0};
	buf_puts(&b, "hello\n");
	out_set_add(&s, "overlays/prod/patches/p.yaml", b);
	out_set_add(&s, "base/kustomization.yaml", (struct buf){0});
	cr_assert(outdir_write(dir, &s, &err), "%s", buf_cstr(&err));
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/overlays/prod/patches/p.yaml", dir) > 0);
	char *t = read_all(p, NULL);
	cr_expect_str_eq(t, "hello\n");
	free(t);
	free(p);
	cr_assert(asprintf(&p, "%s/overlays/.kpc-output", dir) > 0);
	cr_expect(!exists(p));
	free(p);
	cr_expect_eq(count_entries(d), 1, "no staging directory left beside DIR");
	buf_free(&err);
	out_set_free(&s);
	free(dir);
	rmrf(d);
	free(d);
}

/* An environment's name becomes a directory of plain characters inside
 * overlays/; two names that would share one are refused. */
Test(kustomize, environment_names_stay_inside_overlays)
{
	char *d = tmpdir(), *cmd = NULL, *err = NULL;
	const char *src = "platform p\nnamespace n\napp a {\n  image \"x:1\"\n}\n"
			  "env \"../up\" {\n  a.replicas 2\n}\nenv \"A\" {\n  a.replicas 3\n}\n";
	char *kp = write_platform(d, "p.kp", src);
	cr_assert(asprintf(&cmd, KPC " build %s --format kustomize -o %s/out --no-policy", kp, d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, &err), 0, "%s", err);
	free(err);
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/out/overlays/-.-up/kustomization.yaml", d) > 0);
	cr_expect(exists(p));
	free(p);
	cr_assert(asprintf(&p, "%s/out/overlays/a/kustomization.yaml", d) > 0);
	cr_expect(exists(p));
	free(p);
	cr_assert(asprintf(&p, "%s/up", d) > 0);
	cr_expect(!exists(p));
	free(p);
	free(cmd);
	free(kp);
	/* "A" and "a" would both be overlays/a */
	char *src2 = str_replace_all(src, "env \"../up\"", "env \"a\"");
	kp = write_platform(d, "p2.kp", src2);
	cr_assert(asprintf(&cmd, KPC " build %s --format kustomize -o %s/out2 --no-policy", kp, d) > 0);
	cr_expect_eq(run_in(NULL, cmd, NULL, &err), 2);
	cr_expect(strstr(err, "environments 'a' and 'A' would both be written to 'overlays/a'"), "%s", err);
	cr_assert(asprintf(&p, "%s/out2", d) > 0);
	cr_expect(!exists(p));
	free(p);
	free(err);
	free(cmd);
	free(kp);
	free(src2);
	rmrf(d);
	free(d);
}
