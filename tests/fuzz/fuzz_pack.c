/* fuzz_pack.c: fuzz harness for policy packs, the path of `kpc lint
 * --policy FILE`.
 *
 * Each input is written to `pack.yaml` in a private temporary directory
 * (made once per process; a relative `extends` finds nothing there but the
 * pack itself) and loaded with pack_load over the default configuration,
 * as the CLI loads a pack.  Invariants (a failure calls abort(), which the
 * drivers report as a crash):
 *   - a pack that does not load has an error, and every diagnostic points
 *     into a file the set loaded (the input, or a built-in pack it
 *     extends), inside its text or at its end;
 *   - a pack that loads gives a configuration that runs: a fixed stream of
 *     objects (a Deployment, a Service, a Pod, a ConfigMap, a Role) is
 *     checked with every rule it turns on, its severities, parameters and
 *     patterns, the cross-object rules included, and every finding has a
 *     rule, a message and a location inside that stream.
 * The diagnostics are rendered as text and JSON.  Everything an input
 * allocates is freed before the function returns. */
#define _GNU_SOURCE
#include "fuzz.h"

#include "kpc/lint.h"
#include "kpc/pack.h"
#include "kpc/yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char objects[] = "apiVersion: apps/v1\n"
			      "kind: Deployment\n"
			      "metadata:\n"
			      "  name: web\n"
			      "  namespace: shop\n"
			      "  labels: {app: web, team: store}\n"
			      "  annotations: {kpc.dev/ignore.MD001: \"labels come from the chart\"}\n"
			      "spec:\n"
			      "  replicas: 1\n"
			      "  selector: {matchLabels: {app: web}}\n"
			      "  template:\n"
			      "    metadata: {labels: {app: web}}\n"
			      "    spec:\n"
			      "      containers:\n"
			      "        - name: web\n"
			      "          image: docker.io/library/nginx:latest\n"
			      "          ports: [{containerPort: 8080, name: http}]\n"
			      "          envFrom: [{configMapRef: {name: settings}}]\n"
			      "          securityContext: {privileged: true}\n"
			      "---\n"
			      "apiVersion: v1\n"
			      "kind: Service\n"
			      "metadata: {name: web, namespace: shop}\n"
			      "spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}\n"
			      "---\n"
			      "apiVersion: v1\n"
			      "kind: Pod\n"
			      "metadata: {name: Bad_Name}\n"
			      "spec: {hostNetwork: true, containers: [{name: c, image: \"quay.io/x/y@sha256:00\"}]}\n"
			      "---\n"
			      "apiVersion: v1\n"
			      "kind: ConfigMap\n"
			      "metadata: {name: settings, namespace: shop}\n"
			      "data: {password: hunter2}\n"
			      "---\n"
			      "apiVersion: rbac.authorization.k8s.io/v1\n"
			      "kind: Role\n"
			      "metadata: {name: all, namespace: shop}\n"
			      "rules: [{apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}]\n";

static char dir[] = "/tmp/kpc-fuzz-pack-XXXXXX";
static char *pack_path;

static void remove_dir(void)
{
	unlink(pack_path);
	rmdir(dir);
	free(pack_path);
}

static void make_dir(void)
{
	if (!mkdtemp(dir) || asprintf(&pack_path, "%s/pack.yaml", dir) < 0)
		abort();
	atexit(remove_dir);
}

static void check_diags(const struct pack_set *ps)
{
	if (!ps->diags.nerrors)
		abort();
	for (uint32_t i = 0; i < ps->diags.len; i++) {
		const struct diag *g = &ps->diags.items[i];
		if (!g->msg)
			abort();
		if (!g->span.file)
			continue; /* about the pack as a whole (unreadable, empty) */
		/* (an error at the end of the input underlines the byte past it) */
		const struct srcfile *f = srcmgr_get(&ps->sm, g->span.file);
		if (!f || g->span.off > f->len || g->span.len > f->len + 1 - g->span.off)
			abort();
	}
	struct buf b = {0};
	diags_render_text(&ps->diags, &b, false);
	diags_render_json(&ps->diags, &b);
	buf_free(&b);
}

static void run_config(const struct lint_config *cfg)
{
	struct srcmgr sm;
	srcmgr_init(&sm);
	size_t n = sizeof objects - 1;
	char *copy = xmalloc(n + 1);
	memcpy(copy, objects, n + 1);
	uint32_t fid = srcmgr_add(&sm, "objects.yaml", copy, n);
	struct diags d;
	diags_init(&d, &sm);
	struct arena a;
	arena_init(&a);
	struct objset objs = {0};
	struct yaml_issues is = {0};
	if (!yaml_load(&a, &sm, fid, &objs, &is, &d, 0))
		abort(); /* the stream is valid YAML */
	struct lint_run run;
	lint_run_init(&run, cfg);
	lint_loader_issues(&run, &sm, 0, &is);
	lint_check_objects(&run, &sm, 0, &objs);
	lint_finish(&run);
	for (uint32_t i = 0; i < run.len; i++) {
		const struct finding *f = &run.items[i];
		if (!f->rule || !f->message)
			abort();
		if (f->loc.file && (f->loc.off > n || f->loc.len > n - f->loc.off || f->loc.line < 1 || f->loc.col < 1))
			abort();
	}
	lint_run_free(&run);
	yaml_issues_free(&is);
	objset_free(&objs);
	arena_free(&a);
	diags_free(&d);
	srcmgr_free(&sm);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!pack_path)
		make_dir();
	FILE *f = fopen(pack_path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
		abort();
	struct pack_set ps;
	pack_set_init(&ps);
	struct lint_config cfg;
	lint_config_init(&cfg, PROFILE_DEFAULT);
	if (pack_load(&ps, pack_path, &cfg)) {
		if (ps.diags.nerrors)
			abort();
		run_config(&cfg);
	} else {
		check_diags(&ps);
	}
	lint_config_free(&cfg);
	pack_set_free(&ps);
	return 0;
}
