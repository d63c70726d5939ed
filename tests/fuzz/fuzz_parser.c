/* fuzz_parser.c: fuzz harness for the .kp front end.
 *
 * Each input is registered as a source file of a fresh kpc_unit and parsed
 * with kp_parse; the diagnostics are sorted and rendered as text (plain and
 * coloured) and JSON, and the syntax tree is dumped as JSON.  When the input
 * parses without errors it is formatted with kp_format and these properties
 * of the formatter are checked (a failure calls abort(): that is a bug for
 * the fuzzer to find):
 *   1. the formatted text parses without errors;
 *   2. it parses to the same statements: same keys, arguments (kinds and
 *      values), bases and blocks, recursively;
 *   3. formatting it again changes nothing (the layout is a fixed point).
 *
 * The resolver, the lowering and the YAML emitter have no in-memory entry
 * point (kpc_load takes a path and reads it, and its imports, from the file
 * system), so by default they are not run.  With KPC_FUZZ_COMPILE=1 in the
 * environment the input is also written to main.kp in a private temporary
 * directory (under /dev/shm when it exists) next to a fixed profiles.kp, and
 * compiled from there: kpc_load, kpc_resolve (the base platform, then one of
 * its environments), kpc_lower, yaml_emit_stream, objset_dump_json and
 * kpc_dump_ir.  Inputs whose imports name anything but a plain file name in
 * that directory are not compiled, so an input can never make kpc read
 * /dev/zero or a file of the machine; secret values are never resolved
 * (no_secret_values), so `from file` reads nothing either.
 *
 * Everything an input allocates is freed before the function returns. */
#define _DEFAULT_SOURCE
#include "fuzz.h"

#include "kpc/kpc.h"
#include "kpc/yaml.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- diagnostics ---------------------------------------------------- */

static void render_diags(struct kpc_unit *u)
{
	struct buf b = {0};
	diags_sort(&u->diags);
	diags_render_text(&u->diags, &b, false);
	diags_render_text(&u->diags, &b, true);
	diags_render_json(&u->diags, &b);
	buf_free(&b);
}

/* ---- formatter properties ------------------------------------------- */

static bool arg_equal(const struct ast_arg *a, const struct ast_arg *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case ARG_RANGE:
		return arg_equal(a->lo, b->lo) && arg_equal(a->hi, b->hi);
	case ARG_LIST:
		if (a->nitems != b->nitems)
			return false;
		for (uint32_t i = 0; i < a->nitems; i++)
			if (!arg_equal(a->items[i], b->items[i]))
				return false;
		return true;
	case ARG_WORD:
	case ARG_STRING:
	case ARG_NUMBER:
	case ARG_PATH:
		return sv_eq(a->text, b->text);
	}
	return false;
}

static bool stmts_equal(struct ast_stmt *const *a, uint32_t na, struct ast_stmt *const *b, uint32_t nb,
			const char **why);

static bool stmt_equal(const struct ast_stmt *a, const struct ast_stmt *b, const char **why)
{
	if (!sv_eq(a->key, b->key) || a->key_quoted != b->key_quoted) {
		*why = "a statement's key changed";
		return false;
	}
	if (a->assign != b->assign || a->kw != b->kw || a->ctx != b->ctx) {
		*why = "a statement changed form";
		return false;
	}
	if (a->nargs != b->nargs) {
		*why = "a statement's argument count changed";
		return false;
	}
	for (uint32_t i = 0; i < a->nargs; i++) {
		if (!arg_equal(a->args[i], b->args[i])) {
			*why = "a statement's argument changed";
			return false;
		}
	}
	if (a->nbases != b->nbases) {
		*why = "a statement's base count changed";
		return false;
	}
	for (uint32_t i = 0; i < a->nbases; i++) {
		if (!arg_equal(a->bases[i], b->bases[i])) {
			*why = "a statement's base changed";
			return false;
		}
	}
	if (a->has_block != b->has_block) {
		*why = "a block appeared or went away";
		return false;
	}
	return stmts_equal(a->children, a->nchildren, b->children, b->nchildren, why);
}

static bool stmts_equal(struct ast_stmt *const *a, uint32_t na, struct ast_stmt *const *b, uint32_t nb,
			const char **why)
{
	if (na != nb) {
		*why = "the number of statements in a block changed";
		return false;
	}
	for (uint32_t i = 0; i < na; i++)
		if (!stmt_equal(a[i], b[i], why))
			return false;
	return true;
}

static KPC_NORETURN void fmt_bug(const char *what, const struct srcfile *in, const char *out, size_t outlen)
{
	fprintf(stderr, "fuzz-parser: formatter bug: %s\n--- input (%zu bytes) ---\n", what, in->len);
	fwrite(in->data, 1, in->len, stderr);
	fprintf(stderr, "\n--- formatted (%zu bytes) ---\n", outlen);
	fwrite(out, 1, outlen, stderr);
	fprintf(stderr, "\n--- end ---\n");
	abort();
}

/* Formats a file that parsed without errors and checks the properties
 * listed at the top of this file. */
static void check_format(const struct ast_file *af, const struct kpc_unit *u)
{
	const struct srcfile *in = srcmgr_get(&u->sm, af->file);
	struct buf out = {0};
	kp_format(af, &u->sm, &out);
	buf_cstr(&out);
	char *text = out.data ? out.data : xcalloc(1, 1);
	size_t len = out.len;

	struct kpc_unit v;
	kpc_unit_init(&v);
	uint32_t fid = srcmgr_add(&v.sm, "formatted.kp", text, len); /* v owns `text` now */
	struct ast_file *bf = kp_parse(&v.arena, &v.sm, fid, &v.diags);
	if (v.diags.nerrors) {
		struct buf d = {0};
		diags_sort(&v.diags);
		diags_render_text(&v.diags, &d, false);
		fprintf(stderr, "%s", buf_cstr(&d));
		buf_free(&d);
		fmt_bug("the formatted text does not parse", in, text, len);
	}
	const char *why = NULL;
	if (!stmts_equal(af->stmts, af->nstmts, bf->stmts, bf->nstmts, &why))
		fmt_bug(why, in, text, len);
	if (bf->ncomments != af->ncomments)
		fmt_bug("comments were lost or added", in, text, len);

	struct buf again = {0};
	kp_format(bf, &v.sm, &again);
	if (again.len != len || (len && memcmp(again.data, text, len) != 0)) {
		fprintf(stderr, "--- formatted twice (%zu bytes) ---\n", again.len);
		fwrite(again.data, 1, again.len, stderr);
		fputc('\n', stderr);
		fmt_bug("formatting is not a fixed point", in, text, len);
	}
	buf_free(&again);
	kpc_unit_free(&v);
}

/* ---- optional: the whole compiler, through a private directory ------- */

/* profiles.kp, next to every compiled input, so `import "profiles.kp"`
 * (as in examples/ecommerce) resolves. */
static const char profiles_kp[] =
	"profile hardened {\n"
	"  security {\n"
	"    user 1000\n"
	"    group 1000\n"
	"    fs_group 1000\n"
	"    non_root\n"
	"    seccomp runtime-default\n"
	"    no_privilege_escalation\n"
	"    read_only_root\n"
	"    drop ALL\n"
	"    add NET_BIND_SERVICE\n"
	"  }\n"
	"  rollout rolling surge 25% unavailable 25%\n"
	"  placement { spread zone  anti_affinity host }\n"
	"  volume tmp empty at \"/tmp\"\n"
	"}\n"
	"profile probed {\n"
	"  liveness http /health on http after 30s every 10s timeout 5s failures 3\n"
	"  readiness http /ready on http after 5s every 5s timeout 3s failures 3\n"
	"}\n"
	"profile logged {\n"
	"  volume logs empty at \"/var/log/app\"\n"
	"  sidecar logging {\n"
	"    image \"fluent/fluentd:v1.16-1\"\n"
	"    resources { cpu 100m..200m  memory 128Mi..256Mi }\n"
	"    mount logs at \"/var/log/app\" readonly\n"
	"  }\n"
	"}\n";

static struct {
	int enabled; /* -1 not decided yet */
	char dir[PATH_MAX];
	char main_path[PATH_MAX + 16];
	char profiles_path[PATH_MAX + 16];
} cm = {.enabled = -1};

static void compile_cleanup(void)
{
	unlink(cm.main_path);
	unlink(cm.profiles_path);
	rmdir(cm.dir);
}

static bool write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	bool ok = fwrite(data, 1, len, f) == len;
	return fclose(f) == 0 && ok;
}

static bool compile_enabled(void)
{
	if (cm.enabled >= 0)
		return cm.enabled;
	const char *e = getenv("KPC_FUZZ_COMPILE");
	cm.enabled = e && *e && strcmp(e, "0") != 0;
	if (!cm.enabled)
		return false;
	const char *tmp = getenv("TMPDIR");
	struct stat st;
	if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) && access("/dev/shm", W_OK) == 0)
		tmp = "/dev/shm";
	else if (!tmp || !*tmp)
		tmp = "/tmp";
	snprintf(cm.dir, sizeof cm.dir, "%s/kpc-fuzz-XXXXXX", tmp);
	if (!mkdtemp(cm.dir))
		kpc_die("fuzz-parser: cannot create a directory in %s", tmp);
	snprintf(cm.main_path, sizeof cm.main_path, "%s/main.kp", cm.dir);
	snprintf(cm.profiles_path, sizeof cm.profiles_path, "%s/profiles.kp", cm.dir);
	if (!write_file(cm.profiles_path, profiles_kp, sizeof profiles_kp - 1))
		kpc_die("fuzz-parser: cannot write %s", cm.profiles_path);
	atexit(compile_cleanup);
	return true;
}

/* An import the loader would follow must name a file of the private
 * directory: letters, digits, '_', '-' and '.', starting with a letter or
 * digit. */
static bool imports_are_local(const struct ast_file *af)
{
	for (uint32_t i = 0; i < af->nstmts; i++) {
		const struct ast_stmt *s = af->stmts[i];
		if (!s->kw || s->assign || strcmp(s->kw->name, "import") != 0)
			continue;
		if (s->nargs != 1 || s->args[0]->kind != ARG_STRING)
			continue; /* the loader reports it and reads nothing */
		struct sv f = s->args[0]->text;
		if (!f.len || f.len > 64)
			return false;
		for (size_t k = 0; k < f.len; k++) {
			char c = f.p[k];
			bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
			if (!alnum && (k == 0 || (c != '_' && c != '-' && c != '.')))
				return false;
		}
	}
	return true;
}

/* Builds main.kp for the environment `env` (NULL: the base platform). */
static void compile_one(const char *env)
{
	struct kpc_unit u;
	kpc_unit_init(&u);
	struct kpc_options opt = {.env = env, .no_secret_values = true};
	if (kpc_load(&u, cm.main_path) && kpc_resolve(&u, &opt)) {
		struct buf b = {0};
		kpc_dump_ir(&u, &b);
		if (kpc_lower(&u, &opt)) {
			yaml_emit_stream(&u.objects, &b);
			objset_dump_json(&u.objects, &u.sm, &b);
		}
		buf_free(&b);
	}
	render_diags(&u);
	kpc_unit_free(&u);
}

/* Builds the base platform, then one environment chosen by the input's
 * hash among those the file declares (`env NAME`) and one that does not
 * exist. */
static void compile_input(const uint8_t *data, size_t size, const struct ast_file *af, struct arena *a)
{
	if (!imports_are_local(af))
		return;
	if (!write_file(cm.main_path, data, size))
		kpc_die("fuzz-parser: cannot write %s", cm.main_path);
	compile_one(NULL);
	const char *envs[64];
	size_t n = 0;
	for (uint32_t i = 0; i < af->nstmts && n < KPC_ARRAY_LEN(envs) - 1; i++) {
		const struct ast_stmt *s = af->stmts[i];
		if (s->kw && !s->assign && !strcmp(s->kw->name, "env") && s->nargs && s->args[0]->kind == ARG_WORD)
			envs[n++] = arena_strndup(a, s->args[0]->text.p, s->args[0]->text.len);
	}
	envs[n++] = "no-such-environment";
	compile_one(envs[size ? kpc_hash64(data, size) % n : 0]);
}

/* ---- entry point ------------------------------------------------------ */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > UINT32_MAX / 2)
		return 0; /* spans are 32-bit offsets */
	struct kpc_unit u;
	kpc_unit_init(&u);
	char *copy = xmalloc(size + 1);
	if (size)
		memcpy(copy, data, size);
	copy[size] = 0;
	uint32_t fid = srcmgr_add(&u.sm, "fuzz.kp", copy, size); /* u owns `copy` now */
	struct ast_file *af = kp_parse(&u.arena, &u.sm, fid, &u.diags);

	struct buf b = {0};
	ast_dump_json(af, &u.sm, &b);
	buf_free(&b);
	render_diags(&u);

	if (!u.diags.nerrors)
		check_format(af, &u);
	if (compile_enabled())
		compile_input(data, size, af, &u.arena);
	kpc_unit_free(&u);
	return 0;
}
