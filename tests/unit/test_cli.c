/* test_cli.c: the kpc executable as a user runs it: exit statuses, output
 * directories written atomically and checked, stage dumps, fmt. */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs a shell command line; returns its exit status; stdout and stderr in
 * malloc'd strings (may be NULL). */
static int count_entries(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (!prefix || strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return n;
}

static void write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

#define SEED "examples/ecommerce/platform.kp --secrets-env examples/ecommerce/dev-secrets.env"
#define KPC "'" KPC_BIN "'"

Test(cli, version_and_help)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " version", &out, NULL), 0);
	cr_assert_str_eq(out, "kpc " KPC_VERSION "\n");
	free(out);
	cr_assert_eq(run_in(NULL, KPC " help build", &out, NULL), 0);
	cr_assert(strstr(out, "usage: kpc build FILE.kp"));
	free(out);
}

Test(cli, usage_errors_exit_2)
{
	char *err;
	cr_assert_eq(run_in(NULL, KPC, NULL, NULL), 2);
	cr_assert_eq(run_in(NULL, KPC " buidl x.kp", NULL, &err), 2);
	cr_assert(strstr(err, "did you mean 'build'?"), "%s", err);
	free(err);
	cr_assert_eq(run_in(NULL, KPC " build", NULL, &err), 2);
	cr_assert(strstr(err, "missing the platform file"));
	free(err);
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --frobnicate", NULL, &err), 2);
	cr_assert(strstr(err, "unknown option '--frobnicate'"));
	free(err);
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --emit tokens", NULL, NULL), 2);
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --check", NULL, NULL), 2);
}

Test(cli, stdout_stream_matches_golden)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --env staging", &out, NULL), 0);
	char *want = read_all(src_path("examples/ecommerce/expected/staging.yaml"), NULL);
	cr_assert_str_eq(out, want);
	free(out);
	/* without the policy, objects are written as they are made */
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --env staging --no-policy", &out, NULL), 0);
	cr_assert_str_eq(out, want);
	free(out);
	free(want);
}

Test(cli, invalid_input_exit_2_and_no_output)
{
	char *d = tmpdir(), *p = NULL, *out, *err;
	cr_assert(asprintf(&p, "%s/bad.kp", d) > 0);
	write_text(p, "app web {\n  image \"nginx:1.27\"\n  memory 1Gib\n}\n");
	char *cmd = NULL;
	cr_assert(asprintf(&cmd, KPC " build %s --color never", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, &out, &err), 2);
	cr_assert_str_eq(out, "", "nothing on stdout when the build fails");
	cr_assert(strstr(err, "bad.kp:3:11: error[E0102]: unknown unit 'Gib' for memory"), "%s", err);
	cr_assert(strstr(err, "did you mean 'Gi'?"), "%s", err);
	cr_assert_null(strstr(err, "\033["), "no colour when asked for none");
	free(out);
	free(err);
	free(cmd);
	/* -o DIR on failure writes nothing */
	cr_assert(asprintf(&cmd, KPC " build %s -o %s/out", p, d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 2);
	cr_assert_eq(count_entries(d, NULL), 1, "only bad.kp: no output dir, no staging dir");
	free(cmd);
	free(p);
	rmrf(d);
	free(d);
}

Test(cli, diagnostics_json)
{
	char *d = tmpdir(), *p = NULL, *cmd = NULL, *err;
	cr_assert(asprintf(&p, "%s/bad.kp", d) > 0);
	write_text(p, "app web { replicsa 2 }\n");
	cr_assert(asprintf(&cmd, KPC " build %s --diagnostics=json", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, &err), 2);
	cr_assert(strstr(err, "\"code\":\"E0201\""), "%s", err);
	cr_assert(strstr(err, "\"line\":1,\"column\":11"), "%s", err);
	cr_assert(strstr(err, "\"label\":\"did you mean 'replicas'?\""), "%s", err);
	free(err);
	free(cmd);
	free(p);
	rmrf(d);
	free(d);
}

Test(cli, output_dir_then_check)
{
	char *d = tmpdir(), *cmd = NULL, *out;
	cr_assert(asprintf(&cmd, KPC " build " SEED " --env production -o %s/rendered", d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	free(cmd);
	char *dir = NULL;
	cr_assert(asprintf(&dir, "%s/rendered", d) > 0);
	/* one file per object plus the marker, nothing else beside it */
	int files = count_entries(dir, NULL);
	cr_assert_gt(files, 20);
	cr_assert_eq(count_entries(d, NULL), 1, "no staging directory left behind");
	char *dep = NULL;
	cr_assert(asprintf(&dep, "%s/ecommerce_deployment_backend.yaml", dir) > 0);
	char *text = read_all(dep, NULL);
	cr_assert_not_null(text);
	cr_assert(strstr(text, "kind: Deployment\n"));
	free(text);
	/* up to date */
	cr_assert(asprintf(&cmd, KPC " build " SEED " --env production -o %s --check", dir) > 0);
	cr_assert_eq(run_in(NULL, cmd, &out, NULL), 0);
	cr_assert_str_eq(out, "");
	free(out);
	/* stale, missing and extra files are named, exit 1 */
	write_text(dep, "kind: Deployment\n");
	char *svc = NULL, *extra = NULL;
	cr_assert(asprintf(&svc, "%s/ecommerce_service_backend.yaml", dir) > 0);
	cr_assert(asprintf(&extra, "%s/zz_leftover.yaml", dir) > 0);
	cr_assert_eq(unlink(svc), 0);
	write_text(extra, "{}\n");
	cr_assert_eq(run_in(NULL, cmd, &out, NULL), 1);
	char *want = NULL;
	cr_assert(asprintf(&want, "missing: %s\nstale: %s\nextra: %s\n", svc, dep, extra) > 0);
	/* the report lists expected files in object order, then extras */
	cr_assert(strstr(out, "stale: ") && strstr(out, "missing: ") && strstr(out, "extra: "), "%s", out);
	cr_assert(strstr(out, svc) && strstr(out, dep) && strstr(out, extra), "%s", out);
	free(want);
	free(out);
	free(cmd);
	/* a rebuild replaces the whole set: the extra file is gone */
	cr_assert(asprintf(&cmd, KPC " build " SEED " --env production -o %s", dir) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	cr_assert_eq(access(extra, F_OK), -1);
	cr_assert_eq(count_entries(dir, NULL), files);
	free(cmd);
	free(dep);
	free(svc);
	free(extra);
	free(dir);
	rmrf(d);
	free(d);
}

Test(cli, refuses_foreign_directory)
{
	char *d = tmpdir(), *cmd = NULL, *err, *keep = NULL;
	cr_assert(asprintf(&keep, "%s/notes.txt", d) > 0);
	write_text(keep, "mine\n");
	cr_assert(asprintf(&cmd, KPC " build " SEED " -o %s", d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, &err), 2);
	cr_assert(strstr(err, "is not a kpc output directory"), "%s", err);
	char *kept = read_all(keep, NULL);
	cr_assert_not_null(kept, "the foreign file is left alone");
	free(kept);
	cr_assert_eq(count_entries(d, NULL), 1);
	free(err);
	free(cmd);
	free(keep);
	rmrf(d);
	free(d);
}

Test(cli, never_writes_outside_dir)
{
	/* object names come from validated DNS labels; a hostile name is an error,
	 * and file names are built from safe characters only */
	char *d = tmpdir(), *p = NULL, *cmd = NULL;
	cr_assert(asprintf(&p, "%s/evil.kp", d) > 0);
	write_text(p, "namespace \"../../etc\"\nconfig \"../x\" { a = \"b\" }\n");
	cr_assert(asprintf(&cmd, KPC " build %s -o %s/out", p, d) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 2);
	cr_assert_eq(count_entries(d, NULL), 1);
	free(cmd);
	free(p);
	rmrf(d);
	free(d);
}

Test(cli, emit_stages_are_json_and_redact_secrets)
{
	char *out;
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --emit objects", &out, NULL), 0);
	cr_assert_eq(out[0], '[');
	cr_assert(strstr(out, "\"<redacted>\""));
	cr_assert_null(strstr(out, "ZGV2LW9ubHktcGFzc3dvcmQ="), "no secret data in --emit objects");
	free(out);
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --emit ir --env staging", &out, NULL), 0);
	cr_assert(strstr(out, "\"env\":\"staging\""));
	cr_assert_null(strstr(out, "dev-only-password"));
	free(out);
	cr_assert_eq(run_in(NULL, KPC " build " SEED " --emit ast", &out, NULL), 0);
	cr_assert(strstr(out, "\"key\":\"platform\""));
	free(out);
}

Test(cli, missing_secret_value_names_variable_not_value)
{
	char *err;
	cr_assert_eq(run_in(NULL, "env -u KPC_SECRET_DATABASE_SECRETS_PASSWORD " KPC " build examples/ecommerce/platform.kp --color never", NULL, &err), 2);
	cr_assert(strstr(err, "error[E0401]: no value for key 'password' of secret 'database-secrets'"), "%s", err);
	cr_assert(strstr(err, "KPC_SECRET_DATABASE_SECRETS_PASSWORD"), "%s", err);
	free(err);
}

Test(cli, fmt_check_and_write)
{
	char *d = tmpdir(), *p = NULL, *cmd = NULL, *out;
	cr_assert(asprintf(&p, "%s/a.kp", d) > 0);
	write_text(p, "app web {   image \"nginx:1.27\"\n}\n");
	cr_assert(asprintf(&cmd, KPC " fmt --check %s", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, &out, NULL), 1);
	cr_assert(strstr(out, "a.kp"));
	free(out);
	free(cmd);
	cr_assert(asprintf(&cmd, KPC " fmt -w %s", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	free(cmd);
	cr_assert(asprintf(&cmd, KPC " fmt --check %s", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 0);
	free(cmd);
	/* a file that does not parse is never rewritten */
	write_text(p, "app web {\n");
	cr_assert(asprintf(&cmd, KPC " fmt -w %s", p) > 0);
	cr_assert_eq(run_in(NULL, cmd, NULL, NULL), 2);
	char *text = read_all(p, NULL);
	cr_assert_str_eq(text, "app web {\n");
	free(text);
	free(cmd);
	free(p);
	rmrf(d);
	free(d);
}

Test(cli, examples_are_formatted)
{
	cr_assert_eq(run_in(NULL, KPC " fmt --check examples/*/*.kp", NULL, NULL), 0, "run `kpc fmt -w examples/*/*.kp`");
}
