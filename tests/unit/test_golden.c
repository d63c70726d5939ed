/* test_golden.c: every example, in every environment, compiles to exactly
 * its committed expected YAML; compiling twice gives the same bytes; and the
 * output re-parses with libyaml to the same tree.
 *
 * Set KPC_UPDATE_GOLDEN=1 to rewrite the expected files, then review the
 * diff by reading it. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void golden(const char *example, const char *env)
{
	char kp[512], expected[512], secrets[512];
	snprintf(kp, sizeof kp, "examples/%s/platform.kp", example);
	snprintf(expected, sizeof expected, "examples/%s/expected/%s.yaml", example, env ? env : "base");
	snprintf(secrets, sizeof secrets, "examples/%s/dev-secrets.env", example);
	const char *kp_path = src_path(kp);
	const char *exp_path = src_path(expected);
	const char *sec_path = src_path(secrets);
	struct kpc_options opt = {.env = env};
	char *outs[2];
	for (int run = 0; run < 2; run++) {
		struct kpc_unit u;
		kpc_unit_init(&u);
		FILE *f = fopen(sec_path, "r");
		if (f) {
			fclose(f);
			cr_assert(kpc_load_secrets_env(&u, sec_path));
		}
		bool ok = kpc_compile(&u, kp_path, &opt);
		char *d = diag_text(&u);
		cr_assert(ok, "%s (env %s) does not compile:\n%s", kp, env ? env : "none", d);
		cr_assert_eq(u.diags.len, 0, "%s has diagnostics:\n%s", kp, d);
		free(d);
		outs[run] = yaml_text(&u);
		if (run == 0) {
			char *err = libyaml_compare(outs[0], strlen(outs[0]), &u.objects);
			cr_expect_null(err, "libyaml re-parse of %s: %s", kp, err ? err : "");
			free(err);
		}
		kpc_unit_free(&u);
	}
	cr_expect_str_eq(outs[0], outs[1], "two compilations of %s differ", kp);
	if (getenv("KPC_UPDATE_GOLDEN")) {
		cr_assert(kpc_write_atomic(exp_path, outs[0], strlen(outs[0])));
	}
	size_t len;
	char *want = read_all(exp_path, &len);
	cr_assert_not_null(want, "missing golden file %s (run with KPC_UPDATE_GOLDEN=1 and review it)", expected);
	if (strcmp(want, outs[0]) != 0) {
		char actual[600];
		snprintf(actual, sizeof actual, "%s.actual", exp_path);
		kpc_write_atomic(actual, outs[0], strlen(outs[0]));
		cr_expect_fail("%s differs from the compiled output; see diff %s %s.actual", expected, expected, expected);
	}
	free(want);
	free(outs[0]);
	free(outs[1]);
}

#define GOLDEN(ex, envname, envstr) \
	Test(golden, ex##_##envname) { golden(#ex, envstr); }

GOLDEN(ecommerce, base, NULL)
GOLDEN(ecommerce, staging, "staging")
GOLDEN(ecommerce, production, "production")
GOLDEN(hello, base, NULL)
GOLDEN(jobs, base, NULL)
GOLDEN(environments, base, NULL)
GOLDEN(environments, staging, "staging")
GOLDEN(environments, production, "production")
