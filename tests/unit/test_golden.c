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

/* kpc_compile_each's hand-over: each object's YAML as it is made. */
struct texts {
	struct buf b;
	size_t start[256];
	uint32_t n;
};

static void take_texts(void *user, const struct objset *objs, uint32_t first)
{
	struct texts *t = user;
	for (uint32_t i = first; i < objs->len; i++) {
		cr_assert_not_null(objs->items[i].root);
		cr_assert_lt(t->n + 1, KPC_ARRAY_LEN(t->start));
		t->start[t->n++] = t->b.len;
		yaml_emit_obj(objs->items[i].root, &t->b);
		t->start[t->n] = t->b.len;
	}
}

/* A unit with the example's dev secrets, when it has them. */
static void unit_init(struct kpc_unit *u, const char *sec_path)
{
	kpc_unit_init(u);
	FILE *f = fopen(sec_path, "r");
	if (f) {
		fclose(f);
		cr_assert(kpc_load_secrets_env(u, sec_path));
	}
}

/* The objects compiled one declaration at a time (kpc build's stdout path),
 * put in the sorted order: the same stream as kpc_compile's. */
static char *yaml_text_each(const char *kp_path, const char *sec_path, const struct kpc_options *opt)
{
	struct kpc_unit u;
	unit_init(&u, sec_path);
	struct texts t = {0};
	cr_assert(kpc_compile_each(&u, kp_path, opt, take_texts, &t));
	cr_assert_eq(u.objects.len, t.n);
	struct buf out = {0};
	for (uint32_t i = 0; i < u.objects.len; i++) {
		uint32_t seq = u.objects.items[i].seq;
		cr_assert_null(u.objects.items[i].root);
		cr_assert_lt(seq, t.n);
		if (i)
			buf_puts(&out, "---\n");
		buf_put(&out, t.b.data + t.start[seq], t.start[seq + 1] - t.start[seq]);
	}
	buf_cstr(&out);
	buf_free(&t.b);
	kpc_unit_free(&u);
	return out.data; /* buf_cstr allocated it */
}

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
		unit_init(&u, sec_path);
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
	char *each = yaml_text_each(kp_path, sec_path, &opt);
	cr_expect_str_eq(outs[0], each, "%s compiled one declaration at a time differs", kp);
	free(each);
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
