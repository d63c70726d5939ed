/* build.c: `kpc build`. */
#include "cli.h"
#include "kpc/kustomize.h"
#include "kpc/lint.h"
#include "kpc/outdir.h"
#include "kpc/pack.h"
#include "kpc/report.h"
#include "kpc/yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The policy rules over compiled objects; findings point at the .kp
 * statements.  The objects may come all at once or a declaration at a
 * time (their trees dropped after each): the rules of one object need only
 * that object, and the cross-object rules run at the end on the index. */
struct policy {
	struct pack_set packs;
	struct lint_config cfg;
	struct lint_run run;
	struct arena keep; /* the run's index and waivers; its findings' scratch is dropped per object */
	struct kpc_unit *u;
};

/* False (and the pack's errors printed) when the pack does not load. */
static bool policy_begin(struct policy *p, struct kpc_unit *u, const char *policy, const struct cli_common *cc)
{
	pack_set_init(&p->packs);
	lint_config_init(&p->cfg, PROFILE_DEFAULT);
	char *found = policy ? NULL : pack_find_config(".");
	const char *path = policy ? policy : found;
	bool ok = !path || pack_load(&p->packs, path, &p->cfg);
	free(found);
	if (!ok) {
		cli_print_diags_raw(&p->packs.sm, &p->packs.diags, cc);
		lint_config_free(&p->cfg);
		pack_set_free(&p->packs);
		return false;
	}
	arena_init(&p->keep);
	lint_run_init_in(&p->run, &p->cfg, &p->keep);
	p->u = u;
	return true;
}

/* Checks objs->items[first..]. */
static void policy_check(struct policy *p, const struct objset *objs, uint32_t first)
{
	if (first >= objs->len)
		return; /* (and objs->items may be NULL: no arithmetic on it) */
	struct objset some = {objs->items + first, objs->len - first, 0};
	lint_check_objects(&p->run, &p->u->sm, 0, &some);
}

static void policy_free(struct policy *p)
{
	lint_run_free(&p->run);
	arena_free(&p->keep);
	lint_config_free(&p->cfg);
	pack_set_free(&p->packs);
}

/* Runs the cross-object rules and prints the findings (headed by `what`,
 * e.g. "environment 'prod'", when several builds are checked).  Returns
 * EXIT_FINDINGS when one is an error. */
static int policy_end(struct policy *p, const struct cli_common *cc, const char *what)
{
	int rc = EXIT_OK;
	struct lint_run *run = &p->run;
	lint_finish(run);
	if (run->len) {
		if (what)
			fprintf(stderr, "kpc build: policy findings for %s:\n", what);
		struct buf b = {0};
		struct report_opts ro = {.color = cli_use_color(cc), .fail_on = LINT_ERROR, .nfiles = p->u->nfiles, .tool = "build",
					 .line = report_srcmgr_line, .line_user = &p->u->sm};
		report_render(REPORT_TEXT, run, &ro, &b);
		fwrite(b.data, 1, b.len, stderr);
		buf_free(&b);
	}
	if (lint_worst(run) >= LINT_ERROR) {
		fprintf(stderr, "kpc build: policy errors; nothing written (use --no-policy to build anyway)\n");
		rc = EXIT_FINDINGS;
	}
	policy_free(p);
	return rc;
}

static int check_policy(struct kpc_unit *u, const char *policy, const struct cli_common *cc, const char *what)
{
	struct policy p;
	if (!policy_begin(&p, u, policy, cc))
		return EXIT_INVALID;
	policy_check(&p, &u->objects, 0);
	return policy_end(&p, cc, what);
}

/* `kpc build` to standard output: each object's YAML is written (and the
 * object checked) as soon as the object is made (its tree is then
 * dropped), and the texts go out in the objects' sorted order at the end,
 * when the policy finds no error.  The texts (those of a large platform
 * run to tens of megabytes) are kept in an arena, whose large chunks the
 * kernel may back with huge pages, rather than in one buffer grown by
 * doubling: a page fault every 2 MiB instead of every 4 KiB. */
struct yaml_texts {
	struct policy *policy; /* checks each object before its tree goes; NULL: --no-policy */
	struct arena store;
	struct buf scratch; /* one object's text, before it is stored */
	struct sv *text;    /* by object seq */
	uint32_t len, cap;
};

static void add_yaml_texts(void *user, const struct objset *objs, uint32_t first)
{
	struct yaml_texts *t = user;
	if (t->policy)
		policy_check(t->policy, objs, first);
	for (uint32_t i = first; i < objs->len; i++) {
		if (t->len == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 1024;
			t->text = xrealloc(t->text, t->cap * sizeof *t->text);
		}
		t->scratch.len = 0;
		yaml_emit_obj(objs->items[i].root, &t->scratch);
		char *p = arena_bytes(&t->store, t->scratch.len);
		memcpy(p, t->scratch.data, t->scratch.len);
		t->text[t->len++] = (struct sv){p, t->scratch.len};
	}
}

/* Writes the texts in the order of `objs`, "---" between two. */
static bool write_yaml_texts(const struct yaml_texts *t, const struct objset *objs, FILE *f)
{
	for (uint32_t i = 0; i < objs->len; i++) {
		struct sv text = t->text[objs->items[i].seq];
		if ((i && fputs("---\n", f) == EOF) || fwrite(text.p, 1, text.len, f) != text.len)
			return false;
	}
	return true;
}

/* Writes the set into DIR atomically, or with `check` compares DIR with it
 * and names what differs. */
static int write_or_check(const char *out, const struct out_set *set, bool check)
{
	int rc = EXIT_OK;
	struct buf err = {0};
	if (check) {
		struct buf report = {0};
		int n = outdir_check(out, set, &report, &err);
		if (n < 0) {
			fprintf(stderr, "kpc build: %s\n", buf_cstr(&err));
			rc = EXIT_INVALID;
		} else if (n > 0) {
			fwrite(report.data, 1, report.len, stdout);
			fprintf(stderr, "kpc build: %d file%s in '%s' %s not up to date\n", n, n == 1 ? "" : "s", out,
				n == 1 ? "is" : "are");
			rc = EXIT_FINDINGS;
		}
		buf_free(&report);
	} else if (!outdir_write(out, set, &err)) {
		fprintf(stderr, "kpc build: %s\n", buf_cstr(&err));
		rc = EXIT_INVALID;
	}
	buf_free(&err);
	return rc;
}

static bool same_diag(const struct diag *a, const struct diag *b)
{
	return a->code == b->code && a->sev == b->sev && a->span.file == b->span.file && a->span.off == b->span.off &&
	       a->span.len == b->span.len && !strcmp(a->msg, b->msg);
}

/* Prints the diagnostics of an environment's compilation that the base's
 * compilation did not already print (both load the same files in the same
 * order, so their spans compare). */
static void print_new_diags(struct kpc_unit *u, const struct kpc_unit *base, const struct cli_common *cc)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < u->diags.len; i++) {
		bool seen = false;
		for (uint32_t j = 0; j < base->diags.len && !seen; j++)
			seen = same_diag(&u->diags.items[i], &base->diags.items[j]);
		if (seen) {
			/* freed here: diags_free only sees the first n */
			struct diag *g = &u->diags.items[i];
			free(g->msg);
			free(g->label);
			free(g->help);
			for (int k = 0; k < g->nnotes; k++)
				free(g->notes[k].msg);
		} else {
			u->diags.items[n++] = u->diags.items[i];
		}
	}
	u->diags.len = n;
	cli_print_diags(u, cc);
}

/* `--format kustomize`: the base and every environment the platform
 * declares, compiled one after the other, rendered as one tree. */
static int build_kustomize(const char *file, const struct kpc_options *opt0, const char *out, bool check,
			   const char *policy, bool no_policy, const struct cli_common *cc)
{
	struct kpc_options opt = *opt0;
	opt.env = NULL;
	struct kpc_unit base;
	kpc_unit_init(&base);
	int rc = EXIT_OK;
	if (opt.secrets_env && !kpc_load_secrets_env(&base, opt.secrets_env)) {
		fprintf(stderr, "kpc build: cannot read secrets file '%s'\n", opt.secrets_env);
		kpc_unit_free(&base);
		return EXIT_INVALID;
	}
	bool ok = kpc_compile(&base, file, &opt);
	cli_print_diags(&base, cc);
	if (!ok) {
		kpc_unit_free(&base);
		return EXIT_INVALID;
	}
	uint32_t n = kz_env_count(&base);
	if (!no_policy)
		rc = check_policy(&base, policy, cc, n ? "the base" : NULL);
	struct kpc_unit *units = xcalloc(n + 1, sizeof *units);
	struct kz_env *envs = xcalloc(n + 1, sizeof *envs);
	uint32_t built = 0;
	for (uint32_t i = 0; rc == EXIT_OK && i < n; i++) {
		struct kpc_unit *u = &units[i];
		kpc_unit_init(u);
		built++;
		opt.env = kz_env_name(&base, i);
		if (opt.secrets_env && !kpc_load_secrets_env(u, opt.secrets_env)) {
			fprintf(stderr, "kpc build: cannot read secrets file '%s'\n", opt.secrets_env);
			rc = EXIT_INVALID;
			break;
		}
		ok = kpc_compile(u, file, &opt);
		print_new_diags(u, &base, cc);
		if (!ok) {
			rc = EXIT_INVALID;
			break;
		}
		if (!no_policy) {
			struct buf what = {0};
			buf_printf(&what, "environment '%s'", opt.env);
			rc = check_policy(u, policy, cc, buf_cstr(&what));
			buf_free(&what);
		}
		envs[i] = (struct kz_env){.name = opt.env, .objects = &u->objects};
	}
	if (rc == EXIT_OK) {
		struct kz_input in = {.platform = base.platform, .base = &base.objects, .envs = envs, .nenvs = n};
		struct out_set set = {0};
		struct buf err = {0};
		if (!kustomize_render(&in, &set, &err)) {
			fprintf(stderr, "kpc build: %s\n", buf_cstr(&err));
			rc = EXIT_INVALID;
		} else {
			rc = write_or_check(out, &set, check);
		}
		buf_free(&err);
		out_set_free(&set);
	}
	for (uint32_t i = 0; i < built; i++)
		kpc_unit_free(&units[i]);
	free(units);
	free(envs);
	kpc_unit_free(&base);
	return rc;
}

int cmd_build(int argc, char **argv)
{
	struct cli_common cc = {.color = -1};
	struct kpc_options opt = {0};
	const char *file = NULL, *out = NULL, *emit = NULL, *policy = NULL, *format = "yaml";
	bool check = false, bad = false, no_policy = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (cli_common_opt(&cc, argc, argv, &i, &bad))
			continue;
		if ((!strcmp(a, "--env") || !strcmp(a, "-e")) && i + 1 < argc)
			opt.env = argv[++i];
		else if (!strncmp(a, "--env=", 6))
			opt.env = a + 6;
		else if (!strcmp(a, "-o") && i + 1 < argc)
			out = argv[++i];
		else if (!strncmp(a, "--output=", 9))
			out = a + 9;
		else if (!strcmp(a, "--format") && i + 1 < argc)
			format = argv[++i];
		else if (!strncmp(a, "--format=", 9))
			format = a + 9;
		else if (!strcmp(a, "--check"))
			check = true;
		else if (!strcmp(a, "--no-policy"))
			no_policy = true;
		else if (!strcmp(a, "--policy") && i + 1 < argc)
			policy = argv[++i];
		else if (!strncmp(a, "--policy=", 9))
			policy = a + 9;
		else if (!strcmp(a, "--emit") && i + 1 < argc)
			emit = argv[++i];
		else if (!strncmp(a, "--emit=", 7))
			emit = a + 7;
		else if (!strcmp(a, "--secrets-env") && i + 1 < argc)
			opt.secrets_env = argv[++i];
		else if (!strncmp(a, "--secrets-env=", 14))
			opt.secrets_env = a + 14;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			printf("see 'kpc help build'\n");
			return EXIT_OK;
		} else if (a[0] == '-' && a[1]) {
			cli_usage_error("build", "unknown option '%s'", a);
			return EXIT_INVALID;
		} else if (file) {
			cli_usage_error("build", "one platform file at a time (got '%s' and '%s')", file, a);
			return EXIT_INVALID;
		} else {
			file = a;
		}
	}
	if (bad)
		return EXIT_INVALID;
	if (!file) {
		cli_usage_error("build", "missing the platform file");
		return EXIT_INVALID;
	}
	if (emit && strcmp(emit, "ast") && strcmp(emit, "ir") && strcmp(emit, "objects")) {
		cli_usage_error("build", "--emit takes ast, ir or objects, not '%s'", emit);
		return EXIT_INVALID;
	}
	bool kustomize = !strcmp(format, "kustomize");
	if (!kustomize && strcmp(format, "yaml")) {
		cli_usage_error("build", "--format takes yaml or kustomize, not '%s'", format);
		return EXIT_INVALID;
	}
	if (kustomize && (!out || !strcmp(out, "-"))) {
		cli_usage_error("build", "--format kustomize writes a directory tree: give -o DIR");
		return EXIT_INVALID;
	}
	if (kustomize && emit) {
		cli_usage_error("build", "--emit and --format kustomize do not go together");
		return EXIT_INVALID;
	}
	if (kustomize && opt.env) {
		cli_usage_error("build", "--format kustomize writes the base and every environment; drop --env");
		return EXIT_INVALID;
	}
	if (check && (!out || !strcmp(out, "-"))) {
		cli_usage_error("build", "--check needs -o DIR to compare against");
		return EXIT_INVALID;
	}
	if (emit && out && strcmp(out, "-")) {
		cli_usage_error("build", "--emit writes to standard output; drop -o");
		return EXIT_INVALID;
	}
	if (kustomize)
		return build_kustomize(file, &opt, out, check, policy, no_policy, &cc);
	struct kpc_unit u;
	kpc_unit_init(&u);
	if (opt.secrets_env && !kpc_load_secrets_env(&u, opt.secrets_env)) {
		fprintf(stderr, "kpc build: cannot read secrets file '%s'\n", opt.secrets_env);
		kpc_unit_free(&u);
		return EXIT_INVALID;
	}
	int rc = EXIT_OK;
	struct buf b = {0};
	if (emit && !strcmp(emit, "ast")) {
		bool ok = kpc_load(&u, file);
		for (uint32_t i = 0; i < u.nfiles; i++)
			ast_dump_json(u.files[i], &u.sm, &b);
		rc = ok ? EXIT_OK : EXIT_INVALID;
	} else if (emit && !strcmp(emit, "ir")) {
		opt.no_secret_values = true;
		bool ok = kpc_load(&u, file) && kpc_resolve(&u, &opt);
		if (ok)
			kpc_dump_ir(&u, &b);
		rc = ok ? EXIT_OK : EXIT_INVALID;
	} else {
		if (emit)
			opt.no_secret_values = true;
		if (!emit && (!out || !strcmp(out, "-"))) {
			struct yaml_texts t = {0};
			arena_init_large(&t.store);
			struct policy p;
			if (!no_policy && !policy_begin(&p, &u, policy, &cc)) {
				rc = EXIT_INVALID;
			} else {
				t.policy = no_policy ? NULL : &p;
				bool ok = kpc_compile_each(&u, file, &opt, add_yaml_texts, &t);
				if (!no_policy && ok)
					rc = policy_end(&p, &cc, NULL);
				else if (!no_policy)
					policy_free(&p);
				if (!ok)
					rc = EXIT_INVALID;
				else if (rc == EXIT_OK && !write_yaml_texts(&t, &u.objects, stdout))
					rc = EXIT_INVALID;
			}
			arena_free(&t.store);
			buf_free(&t.scratch);
			free(t.text);
		} else if (!kpc_compile(&u, file, &opt)) {
			rc = EXIT_INVALID;
		} else if (!emit && !no_policy && (rc = check_policy(&u, policy, &cc, NULL)) != EXIT_OK) {
			/* findings were printed; nothing is written */
		} else if (emit) {
			objset_dump_json(&u.objects, &u.sm, &b);
		} else if (!out || !strcmp(out, "-")) {
			/* stream in 1 MB pieces: the output of a large platform is never
			 * held whole in memory */
			for (uint32_t i = 0; i < u.objects.len && rc == EXIT_OK; i++) {
				if (i)
					buf_puts(&b, "---\n");
				yaml_emit_obj(u.objects.items[i].root, &b);
				if (b.len > (1u << 20)) {
					if (fwrite(b.data, 1, b.len, stdout) != b.len)
						rc = EXIT_INVALID;
					b.len = 0;
				}
			}
		} else {
			struct out_set set = {0};
			out_set_from_objects(&set, &u.objects);
			rc = write_or_check(out, &set, check);
			out_set_free(&set);
		}
	}
	cli_print_diags(&u, &cc);
	if (rc == EXIT_OK && b.len && fwrite(b.data, 1, b.len, stdout) != b.len)
		rc = EXIT_INVALID;
	if (fflush(stdout) != 0)
		rc = EXIT_INVALID;
	buf_free(&b);
	kpc_unit_free(&u);
	return rc;
}
