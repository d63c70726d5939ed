/* test_errors.c: every error code of the compiler, pinned.
 *
 * Each tests/errors/CODE-description.kp is compiled and its diagnostics,
 * sorted and rendered without colour, must equal CODE-description.err byte
 * for byte: the message, the location, the caret and every help and note.
 * The absolute source-root prefix is removed from the rendered paths, so an
 * .err reads as `kpc build tests/errors/X.kp` prints it from the source root.
 * A first line `# kpc-test: --env NAME --secrets-env FILE` gives options
 * (FILE relative to tests/errors).  docs/errors.md shows one example of each
 * code; a test checks that every code has a case and a heading there. */
#define _GNU_SOURCE
#include "helpers.h"
#include "kpc/lint.h"
#include "kpc/pack.h"
#include "kpc/yaml.h"

#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ERR_DIR "tests/errors/"

/* Options from the `# kpc-test:` first line; strings point into `store`. */
struct case_opts {
	char store[512];
	const char *env;
	const char *secrets_env; /* absolute */
	char secrets_path[4200];
};

static void parse_header(const char *src, struct case_opts *co)
{
	static const char tag[] = "# kpc-test:";
	memset(co, 0, sizeof *co);
	if (strncmp(src, tag, sizeof tag - 1) != 0)
		return;
	const char *p = src + sizeof tag - 1;
	size_t n = strcspn(p, "\n");
	cr_assert_lt(n, sizeof co->store, "kpc-test header too long");
	memcpy(co->store, p, n);
	co->store[n] = 0;
	char *save = NULL;
	for (char *w = strtok_r(co->store, " \t\r", &save); w; w = strtok_r(NULL, " \t\r", &save)) {
		char *v = strtok_r(NULL, " \t\r", &save);
		cr_assert_not_null(v, "kpc-test: option '%s' needs a value", w);
		if (strcmp(w, "--env") == 0) {
			co->env = v;
		} else if (strcmp(w, "--secrets-env") == 0) {
			snprintf(co->secrets_path, sizeof co->secrets_path, "%s", src_path(ERR_DIR));
			size_t l = strlen(co->secrets_path);
			snprintf(co->secrets_path + l, sizeof co->secrets_path - l, "%s", v);
			co->secrets_env = co->secrets_path;
		} else {
			cr_assert_fail("kpc-test: unknown option '%s'", w);
		}
	}
}

/* Compiles tests/errors/NAME.kp (which may not exist) as `kpc build` does
 * and returns its diagnostics as text with the source-root prefix removed
 * (malloc'd).  The unit is left for the caller to inspect and free. */
static char *compile_case(struct kpc_unit *u, const char *name)
{
	char rel[512], path[4200];
	snprintf(rel, sizeof rel, ERR_DIR "%s.kp", name);
	snprintf(path, sizeof path, "%s", src_path(rel));
	struct case_opts co;
	char *src = read_all(path, NULL);
	parse_header(src ? src : "", &co);
	free(src);
	struct kpc_options opt = {.env = co.env, .secrets_env = co.secrets_env};
	kpc_unit_init(u);
	if (co.secrets_env)
		cr_assert(kpc_load_secrets_env(u, co.secrets_env), "cannot read %s", co.secrets_env);
	bool ok = kpc_compile(u, path, &opt);
	cr_assert_not(ok, "%s compiled without an error", rel);
	cr_assert_gt(u->diags.nerrors, 0, "%s: the compile failed but counted no error", rel);
	char *text = diag_text(u);
	cr_assert_gt(u->diags.nerrors, 0, "%s: no error left after sorting", rel);
	char *norm = str_replace_all(text, KPC_SOURCE_ROOT "/", "");
	free(text);
	return norm;
}

static void check_case(const char *name)
{
	struct kpc_unit u;
	char *got = compile_case(&u, name);
	char rel[512];
	snprintf(rel, sizeof rel, ERR_DIR "%s.err", name);
	char *want = read_all(src_path(rel), NULL);
	if (!want) {
		free(got);
		kpc_unit_free(&u);
		cr_assert_fail("cannot read %s", rel);
		return;
	}
	bool same = strcmp(got, want) == 0;
	if (!same)
		fprintf(stderr, "%s differs\n--- expected\n%s--- got\n%s---\n", rel, want, got);
	/* the .err names the case's own code in its first diagnostic */
	char code[8];
	snprintf(code, sizeof code, "%.5s", name);
	bool has_code = strstr(got, code) != NULL;
	free(got);
	free(want);
	kpc_unit_free(&u);
	cr_assert(same, "%s: diagnostics differ from the expected text", rel);
	cr_assert(has_code, "%s: no %s diagnostic", rel, code);
}

#define ERR_CASE(id, name) \
	Test(errors, id) \
	{ \
		check_case(name); \
	}

ERR_CASE(E0001_root_file_unreadable, "E0001-root-file-unreadable")
ERR_CASE(E0101_invalid_character, "E0101-invalid-character")
ERR_CASE(E0102_memory_unit, "E0102-memory-unit")
ERR_CASE(E0102_cpu_unit, "E0102-cpu-unit")
ERR_CASE(E0102_duration_without_unit, "E0102-duration-without-unit")
ERR_CASE(E0103_unterminated_string, "E0103-unterminated-string")
ERR_CASE(E0104_invalid_escape, "E0104-invalid-escape")
ERR_CASE(E0104_invalid_unicode_escape, "E0104-invalid-unicode-escape")
ERR_CASE(E0105_fractional_millicores, "E0105-fractional-millicores")
ERR_CASE(E0105_fractional_duration, "E0105-fractional-duration")
ERR_CASE(E0110_range_without_upper_bound, "E0110-range-without-upper-bound")
ERR_CASE(E0110_recovery, "E0110-recovery")
ERR_CASE(E0111_unclosed_block, "E0111-unclosed-block")
ERR_CASE(E0112_unexpected_close, "E0112-unexpected-close")
ERR_CASE(E0201_did_you_mean, "E0201-did-you-mean")
ERR_CASE(E0201_assignment_in_app, "E0201-assignment-in-app")
ERR_CASE(E0201_statement_in_map, "E0201-statement-in-map")
ERR_CASE(E0201_env_override_path, "E0201-env-override-path")
ERR_CASE(E0201_tab_indented, "E0201-tab-indented")
ERR_CASE(E0201_recovery, "E0201-recovery")
ERR_CASE(E0202_missing_argument, "E0202-missing-argument")
ERR_CASE(E0202_too_many_arguments, "E0202-too-many-arguments")
ERR_CASE(E0202_block_on_simple_statement, "E0202-block-on-simple-statement")
ERR_CASE(E0202_declaration_without_name, "E0202-declaration-without-name")
ERR_CASE(E0203_duplicate_app, "E0203-duplicate-app")
ERR_CASE(E0203_duplicate_key, "E0203-duplicate-key")
ERR_CASE(E0203_duplicate_port, "E0203-duplicate-port")
ERR_CASE(E0203_recovery, "E0203-recovery")
ERR_CASE(E0204_unknown_profile, "E0204-unknown-profile")
ERR_CASE(E0204_unknown_config_key, "E0204-unknown-config-key")
ERR_CASE(E0204_unknown_port, "E0204-unknown-port")
ERR_CASE(E0204_recovery, "E0204-recovery")
ERR_CASE(E0204_secret_value_not_shown, "E0204-secret-value-not-shown")
ERR_CASE(E0204_config_in_other_namespace, "E0204-config-in-other-namespace")
ERR_CASE(E0205_import_not_found, "E0205-import-not-found")
ERR_CASE(E0206_import_cycle, "E0206-import-cycle")
ERR_CASE(E0206_import_self, "E0206-import-self")
ERR_CASE(E0207_profile_cycle, "E0207-profile-cycle")
ERR_CASE(E0208_missing_image, "E0208-missing-image")
ERR_CASE(E0208_secret_without_keys, "E0208-secret-without-keys")
ERR_CASE(E0209_unknown_environment, "E0209-unknown-environment")
ERR_CASE(E0209_did_you_mean, "E0209-did-you-mean")
ERR_CASE(E0209_no_environments, "E0209-no-environments")
ERR_CASE(E0210_replicas_on_daemonset, "E0210-replicas-on-daemonset")
ERR_CASE(E0210_schedule_on_deployment, "E0210-schedule-on-deployment")
ERR_CASE(E0210_fs_group_on_sidecar, "E0210-fs-group-on-sidecar")
ERR_CASE(E0210_ingress_without_service, "E0210-ingress-without-service")
ERR_CASE(E0301_word_for_number, "E0301-word-for-number")
ERR_CASE(E0301_unknown_choice, "E0301-unknown-choice")
ERR_CASE(E0301_unquoted_image, "E0301-unquoted-image")
ERR_CASE(E0302_port_out_of_range, "E0302-port-out-of-range")
ERR_CASE(E0302_canary_share, "E0302-canary-share")
ERR_CASE(E0302_recovery, "E0302-recovery")
ERR_CASE(E0303_invalid_app_name, "E0303-invalid-app-name")
ERR_CASE(E0303_invalid_label, "E0303-invalid-label")
ERR_CASE(E0304_request_above_limit, "E0304-request-above-limit")
ERR_CASE(E0304_autoscale_range, "E0304-autoscale-range")
ERR_CASE(E0401_secret_value_missing, "E0401-secret-value-missing")
ERR_CASE(E0401_missing_in_secrets_file, "E0401-missing-in-secrets-file")
ERR_CASE(E0401_from_file_key_missing, "E0401-from-file-key-missing")
ERR_CASE(E0402_secret_file_unreadable, "E0402-secret-file-unreadable")

/* Cases for the YAML loader (E05xx, NAME.yaml) and for policy packs
 * (E06xx, NAME.pack.yaml): what `kpc lint NAME.yaml` and
 * `kpc lint --policy NAME.pack.yaml` print, minus the last line. */
static void check_other(const char *name, bool pack)
{
	char rel[512], path[4200];
	snprintf(rel, sizeof rel, ERR_DIR "%s%s", name, pack ? ".pack.yaml" : ".yaml");
	snprintf(path, sizeof path, "%s", src_path(rel));
	struct buf text = {0};
	if (pack) {
		struct pack_set ps;
		pack_set_init(&ps);
		struct lint_config cfg;
		lint_config_init(&cfg, PROFILE_DEFAULT);
		cr_assert_not(pack_load(&ps, path, &cfg), "%s loaded without an error", rel);
		diags_sort(&ps.diags);
		diags_render_text(&ps.diags, &text, false);
		lint_config_free(&cfg);
		pack_set_free(&ps);
	} else {
		struct srcmgr sm;
		srcmgr_init(&sm);
		struct diags d;
		diags_init(&d, &sm);
		size_t len;
		char *data = read_all(path, &len);
		cr_assert_not_null(data, "cannot read %s", rel);
		uint32_t fid = srcmgr_add(&sm, path, data, len);
		struct arena a;
		arena_init(&a);
		struct objset objs = {0};
		struct yaml_issues is = {0};
		cr_assert_not(yaml_load(&a, &sm, fid, &objs, &is, &d, 0), "%s loaded without an error", rel);
		diags_sort(&d);
		diags_render_text(&d, &text, false);
		yaml_issues_free(&is);
		objset_free(&objs);
		arena_free(&a);
		diags_free(&d);
		srcmgr_free(&sm);
	}
	char *got = str_replace_all(buf_cstr(&text), KPC_SOURCE_ROOT "/", "");
	buf_free(&text);
	snprintf(rel, sizeof rel, ERR_DIR "%s.err", name);
	char *want = read_all(src_path(rel), NULL);
	if (getenv("KPC_UPDATE_GOLDEN") && !want) {
		kpc_write_atomic(src_path(rel), got, strlen(got));
		want = strdup(got);
	}
	cr_assert_not_null(want, "cannot read %s", rel);
	cr_expect_str_eq(got, want, "%s differs\n--- expected\n%s--- got\n%s", rel, want, got);
	char code[8];
	snprintf(code, sizeof code, "%.5s", name);
	cr_expect_not_null(strstr(got, code), "%s: no %s diagnostic", rel, code);
	free(got);
	free(want);
}

#define YAML_CASE(id, name) \
	Test(errors, id) { check_other(name, false); }
#define PACK_CASE(id, name) \
	Test(errors, id) { check_other(name, true); }

YAML_CASE(E0501_unclosed_flow_sequence, "E0501-unclosed-flow-sequence")
YAML_CASE(E0501_template_placeholder, "E0501-template-placeholder")
YAML_CASE(E0501_long_multiline_key, "E0501-long-multiline-key")
YAML_CASE(E0501_long_directive, "E0501-long-directive")
YAML_CASE(E0501_nul_byte, "E0501-nul-byte")
YAML_CASE(E0501_empty_block_scalar, "E0501-empty-block-scalar")
YAML_CASE(E0501_empty_block_scalar_crlf, "E0501-empty-block-scalar-crlf")
YAML_CASE(E0501_explicit_key_tab, "E0501-explicit-key-tab")
YAML_CASE(E0502_alias_bomb, "E0502-alias-bomb")
YAML_CASE(E0502_self_alias, "E0502-self-alias")
PACK_CASE(E0601_pack_unknown_field, "E0601-pack-unknown-field")
PACK_CASE(E0601_pack_unknown_parameter, "E0601-pack-unknown-parameter")
PACK_CASE(E0602_pack_unknown_rule, "E0602-pack-unknown-rule")
PACK_CASE(E0603_pack_bad_value, "E0603-pack-bad-value")
PACK_CASE(E0604_pack_bad_pattern, "E0604-pack-bad-pattern")
PACK_CASE(E0605_pack_extends, "E0605-pack-extends")
PACK_CASE(E0605_pack_extends_missing_file, "E0605-pack-extends-missing-file")
PACK_CASE(E0605_pack_extends_itself, "E0605-pack-extends-itself")
PACK_CASE(E0606_pack_not_a_pack, "E0606-pack-not-a-pack")

/* E0001 has no input: the root file must not exist for its case to mean
 * anything. */
Test(errors, E0001_input_is_absent)
{
	char *d = read_all(src_path(ERR_DIR "E0001-root-file-unreadable.kp"), NULL);
	cr_assert_null(d, "tests/errors/E0001-root-file-unreadable.kp exists");
}

/* Every .kp in tests/errors has its .err and is listed above (the names of
 * the Test functions cannot be enumerated, so count them instead). */
Test(errors, every_input_has_expected_output)
{
	DIR *dir = opendir(src_path(ERR_DIR));
	cr_assert_not_null(dir);
	int nkp = 0;
	struct dirent *e;
	while ((e = readdir(dir))) {
		size_t l = strlen(e->d_name);
		if (l < 4 || strcmp(e->d_name + l - 3, ".kp") != 0)
			continue;
		nkp++;
		char rel[600];
		snprintf(rel, sizeof rel, ERR_DIR "%.*s.err", (int)(l - 3), e->d_name);
		char *want = read_all(src_path(rel), NULL);
		cr_expect_not_null(want, "%s has no %s", e->d_name, rel);
		free(want);
	}
	closedir(dir);
	/* 61 ERR_CASEs, one of which (E0001) has no .kp */
	cr_expect_eq(nkp, 60, "tests/errors holds %d .kp files; list each new one with ERR_CASE", nkp);
}

/* Every code has a case: .kp cases for the compiler, .yaml cases for the
 * YAML loader (E05xx), .pack.yaml cases for policy packs (E06xx). */
static bool compiler_code(const char *name)
{
	(void)name;
	return true;
}

/* Every code of KPC_DIAG_CODES the compiler reports has a case and a
 * heading in docs/errors.md. */
Test(errors, every_code_is_tested_and_documented)
{
	char *doc = read_all(src_path("docs/errors.md"), NULL);
	cr_assert_not_null(doc, "cannot read docs/errors.md");
	int ncodes = 0;
	for (int c = 0; c < DIAG_CODE_COUNT; c++) {
		const char *name = diag_code_name((enum diag_code)c);
		const char *slug = diag_code_slug((enum diag_code)c);
		if (!compiler_code(name))
			continue;
		ncodes++;
		DIR *dir = opendir(src_path(ERR_DIR));
		cr_assert_not_null(dir);
		bool found = false;
		struct dirent *e;
		while ((e = readdir(dir)))
			if (strncmp(e->d_name, name, strlen(name)) == 0 && e->d_name[strlen(name)] == '-')
				found = true;
		closedir(dir);
		cr_expect(found, "no file in tests/errors starts with %s", name);
		char heading[128];
		snprintf(heading, sizeof heading, "\n## %s %s\n", name, slug);
		cr_expect_not_null(strstr(doc, heading), "docs/errors.md has no heading `## %s %s`", name, slug);
	}
	free(doc);
	cr_expect_geq(ncodes, 25);
}

/* Every example of docs/errors.md is a case whose output it shows as the
 * case's .err is, so the documentation cannot drift from the compiler. */
Test(errors, documented_examples_match_expected_outputs)
{
	char *doc = read_all(src_path("docs/errors.md"), NULL);
	cr_assert_not_null(doc, "cannot read docs/errors.md");
	static const char cmd[] = "`kpc build " ERR_DIR;
	int n = 0;
	for (const char *p = strstr(doc, cmd); p; p = strstr(p + 1, cmd)) {
		const char *nm = p + sizeof cmd - 1;
		size_t l = strcspn(nm, ". `\n");
		char rel[600];
		snprintf(rel, sizeof rel, ERR_DIR "%.*s.err", (int)l, nm);
		char *want = read_all(src_path(rel), NULL);
		cr_assert_not_null(want, "docs/errors.md shows %s, which does not exist", rel);
		const char *block = strstr(p, "```text\n");
		cr_assert_not_null(block, "docs/errors.md: no output block after the command for %s", rel);
		block += 8;
		size_t wl = strlen(want);
		bool same = strncmp(block, want, wl) == 0 && strncmp(block + wl, "```\n", 4) == 0;
		cr_expect(same, "docs/errors.md shows another output than %s", rel);
		free(want);
		n++;
	}
	free(doc);
	cr_expect_geq(n, 25, "docs/errors.md shows %d examples", n);
}

/* Every .err's first diagnostic is an error of the code its name starts
 * with, and the codes it names all exist. */
Test(errors, expected_outputs_name_known_codes)
{
	DIR *dir = opendir(src_path(ERR_DIR));
	cr_assert_not_null(dir);
	struct dirent *e;
	int n = 0;
	while ((e = readdir(dir))) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".err") != 0)
			continue;
		n++;
		char rel[600];
		snprintf(rel, sizeof rel, ERR_DIR "%s", e->d_name);
		char *t = read_all(src_path(rel), NULL);
		cr_assert_not_null(t);
		for (const char *p = strstr(t, "error[E"); p; p = strstr(p + 1, "error[E")) {
			bool known = false;
			for (int c = 0; c < DIAG_CODE_COUNT; c++)
				if (strncmp(p + 6, diag_code_name((enum diag_code)c), 5) == 0 && p[11] == ']')
					known = true;
			cr_expect(known, "%s names an unknown code: %.12s", rel, p);
		}
		char want[16];
		snprintf(want, sizeof want, "error[%.5s]", e->d_name);
		cr_expect_not_null(strstr(t, want), "%s has no %s", rel, want);
		free(t);
	}
	closedir(dir);
	cr_expect_gt(n, 0);
}

/* A secret's value never appears in a diagnostic, even when the error is
 * in a statement that uses the secret.  The value is really loaded: no key
 * of the secret lacks its value. */
Test(errors, secret_value_never_in_diagnostics)
{
	static const char value[] = "s3cr3t-value-123";
	struct kpc_unit u;
	char *text = compile_case(&u, "E0204-secret-value-not-shown");
	bool loaded = false;
	for (uint32_t i = 1; i < u.secret_env.len; i += 2)
		if (strcmp(u.secret_env.items[i], value) == 0)
			loaded = true;
	bool missing = false;
	for (uint32_t i = 0; i < u.diags.len; i++)
		if (u.diags.items[i].code == DIAG_E0401)
			missing = true;
	struct buf json = {0};
	diags_render_json(&u.diags, &json);
	buf_cstr(&json);
	struct buf color = {0};
	diags_render_text(&u.diags, &color, true);
	buf_cstr(&color);
	bool in_text = strstr(text, value) != NULL;
	bool in_json = strstr(json.data, value) != NULL;
	bool in_color = strstr(color.data, value) != NULL;
	bool has_errors = u.diags.nerrors >= 2;
	free(text);
	buf_free(&json);
	buf_free(&color);
	kpc_unit_free(&u);
	cr_assert(loaded, "the secrets file did not provide %s", value);
	cr_assert_not(missing, "a key of the secret has no value, so the test proves nothing");
	cr_assert(has_errors);
	cr_assert_not(in_text, "the secret value appears in the text diagnostics");
	cr_assert_not(in_json, "the secret value appears in the JSON diagnostics");
	cr_assert_not(in_color, "the secret value appears in the coloured diagnostics");
}
