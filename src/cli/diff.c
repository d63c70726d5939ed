/* diff.c: `kpc diff OLD NEW`.
 *
 * Each side is a .kp platform (compiled with --env/--old-env/--new-env and
 * --secrets-env), a YAML file, a directory of YAML files (every *.yaml and
 * *.yml below it, in sorted order, as `kpc lint` walks them) or `-` for
 * standard input (one side at most).  The two sides load on two threads;
 * each keeps its messages until both are done, so stderr reads in order.
 * The two object sets are diffed by the library (include/kpc/diff.h) and
 * rendered as text, Markdown or JSON.
 * Exit status: 0 equal, 1 different (with --fail-on-risk: 1 only when a
 * change is risky), 2 usage or unreadable, unparsable or uncompilable input. */
#define _GNU_SOURCE
#include "cli.h"
#include "kpc/diff.h"
#include "kpc/yaml.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cmd_diff(int argc, char **argv); /* registered in main.c */

struct side {
	const char *arg;
	const char *env, *secrets_env;
	const struct cli_common *cc;
	bool is_kp, ok;
	struct buf msg; /* what to print on stderr once both sides are loaded */
	struct kpc_unit unit; /* a .kp side */
	struct arena arena;   /* a YAML side: nodes, sources, diagnostics */
	struct srcmgr sm;
	struct diags d;
	struct objset objs;
	const struct objset *set;
};

static bool has_suffix(const char *s, const char *suf)
{
	size_t l = strlen(s), n = strlen(suf);
	return l > n && !strcmp(s + l - n, suf);
}

static void warn_issues(const struct srcmgr *sm, const struct yaml_issues *is, struct buf *msg)
{
	for (uint32_t i = 0; i < is->len; i++) {
		const struct yaml_issue *x = &is->items[i];
		const struct srcfile *f = srcmgr_get(sm, x->span.file);
		uint32_t line = 0, col = 0;
		srcmgr_linecol(sm, x->span.file, x->span.off, &line, &col);
		if (x->kind == YAML_ISSUE_DUPLICATE_KEY)
			buf_printf(msg, "%s:%u:%u: warning: duplicate key '%s'; the first value is compared\n", f ? f->path : "?",
				   line, col, x->detail);
		else if (strstr(x->detail, "mapping"))
			buf_printf(msg, "%s:%u:%u: warning: document skipped: %s\n", f ? f->path : "?", line, col, x->detail);
		else
			buf_printf(msg, "%s:%u:%u: warning: document skipped: no %s\n", f ? f->path : "?", line, col, x->detail);
	}
}

static bool load_yaml(struct side *s, const char *path)
{
	char *data;
	size_t len;
	if (!kpc_read_file(path, &data, &len)) {
		buf_printf(&s->msg, "kpc diff: cannot read '%s': %s\n", path, strerror(errno));
		return false;
	}
	uint32_t fid = srcmgr_add(&s->sm, strcmp(path, "-") ? path : "<stdin>", data, len);
	struct yaml_issues is = {0};
	bool ok = yaml_load(&s->arena, &s->sm, fid, &s->objs, &is, &s->d, 0);
	warn_issues(&s->sm, &is, &s->msg);
	yaml_issues_free(&is);
	return ok;
}

static void init_side(struct side *s, const char *arg, const char *env, const char *secrets_env, const struct cli_common *cc)
{
	memset(s, 0, sizeof *s);
	s->arg = arg;
	s->env = env;
	s->secrets_env = secrets_env;
	s->cc = cc;
	kpc_unit_init(&s->unit);
	arena_init(&s->arena);
	srcmgr_init(&s->sm);
	diags_init(&s->d, &s->sm);
}

static bool load_side(struct side *s)
{
	struct stat st;
	s->is_kp = has_suffix(s->arg, ".kp") && stat(s->arg, &st) == 0 && !S_ISDIR(st.st_mode);
	if (s->is_kp) {
		s->set = &s->unit.objects;
		if (s->secrets_env && !kpc_load_secrets_env(&s->unit, s->secrets_env)) {
			buf_printf(&s->msg, "kpc diff: cannot read secrets file '%s'\n", s->secrets_env);
			return false;
		}
		struct kpc_options opt = {.env = s->env, .secrets_env = s->secrets_env};
		return kpc_compile(&s->unit, s->arg, &opt);
	}
	s->set = &s->objs;
	if (!strcmp(s->arg, "-"))
		return load_yaml(s, "-") && !s->d.nerrors;
	struct cli_paths files = {0};
	bool ok = cli_walk_yaml("diff", s->arg, &files, &s->msg);
	for (uint32_t i = 0; ok && i < files.len; i++)
		ok = load_yaml(s, cli_paths_at(&files, i));
	cli_paths_free(&files);
	return ok && !s->d.nerrors;
}

static void *load_thread(void *arg)
{
	struct side *s = arg;
	s->ok = load_side(s);
	return NULL;
}

/* Messages, then diagnostics, of one side. */
static void report_side(struct side *s)
{
	if (s->msg.len)
		fwrite(s->msg.data, 1, s->msg.len, stderr);
	if (s->is_kp && s->unit.diags.len)
		cli_print_diags(&s->unit, s->cc);
	else if (!s->is_kp && s->d.len)
		cli_print_diags_raw(&s->sm, &s->d, s->cc);
}

static void free_side(struct side *s)
{
	buf_free(&s->msg);
	kpc_unit_free(&s->unit);
	objset_free(&s->objs);
	diags_free(&s->d);
	srcmgr_free(&s->sm);
	arena_free(&s->arena);
}

int cmd_diff(int argc, char **argv)
{
	struct cli_common cc = {.color = -1};
	const char *env = NULL, *old_env = NULL, *new_env = NULL, *secrets_env = NULL, *format = "text";
	const char *args[2] = {NULL, NULL};
	int nargs = 0;
	bool bad = false, show_secrets = false, fail_on_risk = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = NULL;
#define OPT(name) cli_opt(name, argc, argv, &i, &v)
		if (cli_common_opt(&cc, argc, argv, &i, &bad))
			continue;
		if (OPT("--env") || OPT("-e"))
			env = v;
		else if (OPT("--old-env"))
			old_env = v;
		else if (OPT("--new-env"))
			new_env = v;
		else if (OPT("--secrets-env"))
			secrets_env = v;
		else if (OPT("--format") || OPT("-f"))
			format = v;
		else if (!strcmp(a, "--show-secrets"))
			show_secrets = true;
		else if (!strcmp(a, "--fail-on-risk"))
			fail_on_risk = true;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			printf("see 'kpc help diff'\n");
			return EXIT_OK;
		} else if (a[0] == '-' && a[1]) {
			cli_usage_error("diff", "unknown option '%s'", a);
			return EXIT_INVALID;
		} else if (nargs == 2) {
			cli_usage_error("diff", "two inputs only, OLD and NEW (got a third: '%s')", a);
			return EXIT_INVALID;
		} else {
			args[nargs++] = a;
		}
#undef OPT
	}
	if (bad)
		return EXIT_INVALID;
	if (nargs < 2) {
		cli_usage_error("diff", "missing %s (OLD and NEW: .kp files, YAML files, directories or -)", nargs ? "NEW" : "OLD and NEW");
		return EXIT_INVALID;
	}
	if (!strcmp(args[0], "-") && !strcmp(args[1], "-")) {
		cli_usage_error("diff", "standard input can be one side only");
		return EXIT_INVALID;
	}
	enum diff_format fmt;
	if (!diff_format_parse(format, &fmt)) {
		cli_usage_error("diff", "unknown format '%s' (text, markdown, json)", format);
		return EXIT_INVALID;
	}
	struct side sides[2];
	init_side(&sides[0], args[0], old_env ? old_env : env, secrets_env, &cc);
	init_side(&sides[1], args[1], new_env ? new_env : env, secrets_env, &cc);
	pthread_t t;
	bool threaded = pthread_create(&t, NULL, load_thread, &sides[1]) == 0;
	load_thread(&sides[0]);
	if (threaded)
		pthread_join(t, NULL);
	else
		load_thread(&sides[1]);
	report_side(&sides[0]);
	report_side(&sides[1]);
	bool ok = sides[0].ok && sides[1].ok;
	int rc = EXIT_INVALID;
	if (ok && (env || old_env || new_env) && !sides[0].is_kp && !sides[1].is_kp) {
		cli_usage_error("diff", "--env, --old-env and --new-env apply to .kp inputs; neither input is one");
		ok = false;
	}
	if (ok) {
		struct diff_result r;
		diff_objsets_src(&r, sides[0].set, sides[0].is_kp ? NULL : &sides[0].sm, sides[1].set,
				 sides[1].is_kp ? NULL : &sides[1].sm);
		struct diff_render_opts ro = {.show_secrets = show_secrets, .old_label = args[0], .new_label = args[1]};
		ro.color = fmt == DIFF_FORMAT_TEXT && cc.color != 0 &&
			   (cc.color == 1 || (cli_use_color(&cc) && isatty(STDOUT_FILENO)));
		struct buf b = {0};
		diff_render(&r, fmt, &ro, &b);
		if (b.len)
			fwrite(b.data, 1, b.len, stdout);
		fflush(stdout);
		buf_free(&b);
		if (fail_on_risk)
			rc = r.risks ? EXIT_FINDINGS : EXIT_OK;
		else
			rc = diff_result_equal(&r) ? EXIT_OK : EXIT_FINDINGS;
		diff_result_free(&r);
	}
	free_side(&sides[0]);
	free_side(&sides[1]);
	return rc;
}
