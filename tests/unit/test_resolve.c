/* test_resolve.c: loading and resolving: imports (relative, diamond, cycle,
 * missing), namespace sections, duplicate declarations, profile precedence
 * and merging, profile cycles, environments and their overrides, and the
 * "did you mean" suggestions.  Each test writes its files into a temporary
 * directory of its own and removes it afterwards. */
#define _GNU_SOURCE
#include "helpers.h"

#include "../../src/ir/ir.h"

#include <criterion/criterion.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct fx {
	char dir[64];
	struct kpc_unit u;
	bool ok;
};

static void fx_init(struct fx *f)
{
	snprintf(f->dir, sizeof f->dir, "/tmp/kpc-resolve-XXXXXX");
	cr_assert_not_null(mkdtemp(f->dir));
	kpc_unit_init(&f->u);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void fx_free(struct fx *f)
{
	kpc_unit_free(&f->u);
	nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Writes `text` to DIR/name (creating one level of sub-directory). */
static void put(struct fx *f, const char *name, const char *text)
{
	char path[512];
	const char *slash = strchr(name, '/');
	if (slash) {
		snprintf(path, sizeof path, "%s/%.*s", f->dir, (int)(slash - name), name);
		mkdir(path, 0700);
	}
	snprintf(path, sizeof path, "%s/%s", f->dir, name);
	FILE *fp = fopen(path, "wb");
	cr_assert_not_null(fp, "cannot write %s", path);
	fputs(text, fp);
	fclose(fp);
}

/* Loads and resolves DIR/root for environment `env` (NULL: none). */
static bool run(struct fx *f, const char *root, const char *env)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", f->dir, root);
	struct kpc_options opt = {.env = env};
	bool ok = kpc_load(&f->u, path);
	ok = kpc_resolve(&f->u, &opt) && ok;
	f->ok = ok;
	return ok;
}

/* The rendered diagnostics with the temporary directory shown as DIR. */
static char *diags(struct fx *f)
{
	char *t = diag_text(&f->u);
	char *r = str_replace_all(t, f->dir, "DIR");
	free(t);
	return r;
}

static void expect_diags(struct fx *f, const char *want)
{
	char *t = diags(f);
	cr_expect_str_eq(t, want);
	free(t);
}

static void expect_clean(struct fx *f)
{
	char *t = diags(f);
	cr_expect(f->ok, "resolving failed:\n%s", t);
	cr_expect_str_eq(t, "");
	free(t);
}

static struct kp_decl *decl(struct fx *f, enum decl_kind k, const char *name)
{
	struct kp_decl *d = ir_find(&f->u, k, sv_from(name));
	cr_assert_not_null(d, "no declaration '%s'", name);
	return d;
}

/* The first argument's text of the effective statement `key` of a body. */
static void arg0_is(const struct vec *body, const char *key, const char *want)
{
	struct ast_stmt *s = ir_stmt(body, key);
	cr_assert_not_null(s, "no '%s' statement", key);
	cr_assert_geq(s->nargs, 1, "'%s' has no argument", key);
	cr_expect(sv_eqc(s->args[0]->text, want), "'%s' is '%.*s', expected '%s'", key, (int)s->args[0]->text.len,
		  s->args[0]->text.p, want);
}

static uint32_t count_key(const struct vec *body, const char *key)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < body->len; i++)
		if (sv_eqc(((struct ast_stmt *)body->items[i])->key, key))
			n++;
	return n;
}

/* The child `key` of a block statement, and the value of an assignment. */
static struct ast_stmt *child(const struct ast_stmt *s, const char *key)
{
	cr_assert_not_null(s);
	for (uint32_t i = s->nchildren; i-- > 0;)
		if (sv_eqc(s->children[i]->key, key))
			return s->children[i];
	return NULL;
}

static void assign_is(const struct ast_stmt *map, const char *key, const char *want)
{
	struct ast_stmt *c = child(map, key);
	cr_assert_not_null(c, "no key '%s'", key);
	cr_expect(c->assign);
	cr_assert_eq(c->nargs, 1);
	cr_expect(sv_eqc(c->args[0]->text, want), "'%s' = '%.*s', expected '%s'", key, (int)c->args[0]->text.len,
		  c->args[0]->text.p, want);
}

/* The value of assignment `key` in an effective body (a config's). */
static void body_assign_is(const struct vec *body, const char *key, const char *want)
{
	for (uint32_t i = body->len; i-- > 0;) {
		const struct ast_stmt *c = body->items[i];
		if (c->assign && sv_eqc(c->key, key)) {
			cr_assert_eq(c->nargs, 1);
			cr_expect(sv_eqc(c->args[0]->text, want), "'%s' = '%.*s', expected '%s'", key, (int)c->args[0]->text.len,
				  c->args[0]->text.p, want);
			return;
		}
	}
	cr_expect_fail("no key '%s'", key);
}

/* ---- imports ------------------------------------------------------------- */

Test(resolve, import_relative_path)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform shop\nimport \"lib/common.kp\"\napp web { image \"x\" }\n");
	put(&f, "lib/common.kp", "config c { k = \"v\" }\nimport \"more.kp\"\n");
	put(&f, "lib/more.kp", "secret s { keys a }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_str_eq(f.u.platform, "shop");
	cr_expect_eq(f.u.nfiles, 3);
	decl(&f, DECL_CONFIG, "c");
	decl(&f, DECL_SECRET, "s");
	decl(&f, DECL_APP, "web");
	/* declarations keep source order, imports inlined where they appear */
	cr_assert_eq(f.u.decls.len, 4);
	cr_expect_str_eq(((struct kp_decl *)f.u.decls.items[1])->name, "c");
	cr_expect_str_eq(((struct kp_decl *)f.u.decls.items[2])->name, "s");
	cr_expect_str_eq(((struct kp_decl *)f.u.decls.items[3])->name, "web");
	fx_free(&f);
}

Test(resolve, import_diamond_loaded_once)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nimport \"a.kp\"\nimport \"b.kp\"\n");
	put(&f, "a.kp", "import \"common.kp\"\napp a { image \"x\" }\n");
	put(&f, "b.kp", "import \"./common.kp\"\napp b { image \"x\" }\n");
	put(&f, "common.kp", "config shared { k = \"v\" }\nprofile base { replicas 2 }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_eq(f.u.nfiles, 4, "common.kp loaded %u times", f.u.nfiles - 3);
	uint32_t n = 0;
	for (uint32_t i = 1; i < f.u.decls.len; i++)
		if (!strcmp(((struct kp_decl *)f.u.decls.items[i])->name, "shared"))
			n++;
	cr_expect_eq(n, 1);
	fx_free(&f);
}

Test(resolve, import_cycle)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nimport \"a.kp\"\n");
	put(&f, "a.kp", "import \"b.kp\"\napp a { image \"x\" }\n");
	put(&f, "b.kp", "import \"a.kp\"\napp b { image \"x\" }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/b.kp:1:8: error[E0206]: import cycle: 'DIR/a.kp' imports itself\n"
			 "   1 | import \"a.kp\"\n"
			 "     |        ^^^^^^\n"
			 "  = help: move the shared declarations into a file that both import\n");
	/* the rest of both files still loads */
	decl(&f, DECL_APP, "a");
	decl(&f, DECL_APP, "b");
	fx_free(&f);

	/* a file importing itself */
	fx_init(&f);
	put(&f, "main.kp", "platform p\nimport \"main.kp\"\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:2:8: error[E0206]: import cycle: 'DIR/main.kp' imports itself\n"
			 "   2 | import \"main.kp\"\n"
			 "     |        ^^^^^^^^^\n"
			 "  = help: move the shared declarations into a file that both import\n");
	fx_free(&f);
}

Test(resolve, import_missing)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nimport \"nope.kp\"\napp a { image \"x\" }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:2:8: error[E0205]: cannot import 'DIR/nope.kp': No such file or directory\n"
			 "   2 | import \"nope.kp\"\n"
			 "     |        ^^^^^^^^^\n"
			 "  = help: imports are relative to the importing file\n");
	decl(&f, DECL_APP, "a");
	fx_free(&f);
}

/* ---- namespaces and declarations ------------------------------------------ */

Test(resolve, namespace_sections)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\napp first { image \"x\" }\nnamespace shop\nconfig c { k = \"v\" }\n"
			   "secret s { keys a }\napp web { image \"x\" }\nnamespace ops { default_deny }\n"
			   "app mon { image \"x\" }\nnamespace shop\napp api { image \"x\" }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_str_eq(decl(&f, DECL_APP, "first")->ns, "default");
	cr_expect_str_eq(decl(&f, DECL_CONFIG, "c")->ns, "shop");
	cr_expect_str_eq(decl(&f, DECL_SECRET, "s")->ns, "shop");
	cr_expect_str_eq(decl(&f, DECL_APP, "web")->ns, "shop");
	cr_expect_str_eq(decl(&f, DECL_APP, "mon")->ns, "ops");
	/* naming a namespace again switches back to it without a duplicate */
	cr_expect_str_eq(decl(&f, DECL_APP, "api")->ns, "shop");
	uint32_t n = 0;
	for (uint32_t i = 1; i < f.u.decls.len; i++)
		n += ((struct kp_decl *)f.u.decls.items[i])->kind == DECL_NAMESPACE;
	cr_expect_eq(n, 2);
	cr_expect_not_null(ir_stmt(&decl(&f, DECL_NAMESPACE, "ops")->body, "default_deny"));
	fx_free(&f);
}

Test(resolve, imports_inherit_the_namespace)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nnamespace shop\nimport \"lib.kp\"\napp after { image \"x\" }\n");
	put(&f, "lib.kp", "app inherited { image \"x\" }\nnamespace other\napp moved { image \"x\" }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_str_eq(decl(&f, DECL_APP, "inherited")->ns, "shop");
	cr_expect_str_eq(decl(&f, DECL_APP, "moved")->ns, "other");
	/* a namespace switched inside an import ends with it */
	cr_expect_str_eq(decl(&f, DECL_APP, "after")->ns, "shop");
	fx_free(&f);
}

Test(resolve, duplicate_declarations)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\napp web { image \"x\" }\nconfig web { k = \"v\" }\napp web { image \"y\" }\n"
			   "import \"more.kp\"\n");
	put(&f, "more.kp", "config web { k = \"w\" }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:4:5: error[E0203]: app 'web' is defined twice\n"
			 "   4 | app web { image \"y\" }\n"
			 "     |     ^^^\n"
			 "DIR/main.kp:2:5: note: first defined here\n"
			 "   2 | app web { image \"x\" }\n"
			 "     |     ^^^\n"
			 "DIR/more.kp:1:8: error[E0203]: config 'web' is defined twice\n"
			 "   1 | config web { k = \"w\" }\n"
			 "     |        ^^^\n"
			 "DIR/main.kp:3:8: note: first defined here\n"
			 "   3 | config web { k = \"v\" }\n"
			 "     |        ^^^\n");
	/* the first definition is kept */
	arg0_is(&decl(&f, DECL_APP, "web")->body, "image", "x");
	fx_free(&f);
}

/* ---- profiles ------------------------------------------------------------ */

Test(resolve, profile_precedence)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "profile p1 { replicas 1  image \"a\"  pull always }\n"
			   "profile p2 { replicas 2  image \"b\" }\n"
			   "app x : p1, p2 { image \"c\" }\n"
			   "app y : p2, p1 { }\n"
			   "app z : p1 { replicas 7 }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	struct kp_decl *x = decl(&f, DECL_APP, "x");
	arg0_is(&x->body, "replicas", "2"); /* the later profile wins */
	arg0_is(&x->body, "image", "c");    /* the app wins over both */
	arg0_is(&x->body, "pull", "always"); /* what nobody overrides stays */
	cr_expect_eq(count_key(&x->body, "replicas"), 1);
	cr_expect_eq(count_key(&x->body, "image"), 1);
	struct kp_decl *y = decl(&f, DECL_APP, "y");
	arg0_is(&y->body, "replicas", "1");
	arg0_is(&y->body, "image", "a");
	arg0_is(&decl(&f, DECL_APP, "z")->body, "replicas", "7");
	/* the profile itself is untouched */
	arg0_is(&decl(&f, DECL_PROFILE, "p1")->body, "replicas", "1");
	fx_free(&f);
}

Test(resolve, profile_chain)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "app x : mid { image \"i\" }\n"
			   "profile mid : base { replicas 3 }\n"
			   "profile base { replicas 1  grace 30s }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	struct kp_decl *x = decl(&f, DECL_APP, "x");
	arg0_is(&x->body, "replicas", "3");
	arg0_is(&x->body, "grace", "30s");
	arg0_is(&x->body, "image", "i");
	fx_free(&f);
}

Test(resolve, profile_block_merges_field_by_field)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "profile hardened { security { user 1000  non_root  drop ALL }  resources { cpu 1  memory 1Gi } }\n"
			   "profile more { env { A = \"1\"  B = \"2\" } }\n"
			   "app x : hardened, more {\n"
			   "  security { user 2000  add NET_BIND_SERVICE }\n"
			   "  resources { memory 2Gi }\n"
			   "  env { B = \"3\"  C = \"4\" }\n"
			   "}\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	struct kp_decl *x = decl(&f, DECL_APP, "x");
	cr_expect_eq(count_key(&x->body, "security"), 1);
	struct ast_stmt *sec = ir_stmt(&x->body, "security");
	cr_assert_eq(sec->nchildren, 4);
	cr_expect(sv_eqc(child(sec, "user")->args[0]->text, "2000"));
	cr_expect_not_null(child(sec, "non_root"));
	cr_expect(sv_eqc(child(sec, "drop")->args[0]->text, "ALL"));
	cr_expect(sv_eqc(child(sec, "add")->args[0]->text, "NET_BIND_SERVICE"));
	struct ast_stmt *res = ir_stmt(&x->body, "resources");
	cr_assert_eq(res->nchildren, 2);
	cr_expect(sv_eqc(child(res, "cpu")->args[0]->text, "1"));
	cr_expect(sv_eqc(child(res, "memory")->args[0]->text, "2Gi"));
	struct ast_stmt *env = ir_stmt(&x->body, "env");
	cr_assert_eq(env->nchildren, 3);
	assign_is(env, "A", "1");
	assign_is(env, "B", "3");
	assign_is(env, "C", "4");
	/* the merged copy remembers where it came from */
	cr_expect_not_null(sec->origin);
	fx_free(&f);
}

Test(resolve, profile_named_repeatable_replaces_same_name)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "profile web { port http 8080  port metrics 9090  volume tmp empty at \"/tmp\" }\n"
			   "app x : web { port http 9000  volume data empty at \"/data\" }\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	struct kp_decl *x = decl(&f, DECL_APP, "x");
	cr_expect_eq(count_key(&x->body, "port"), 2);
	struct ast_stmt *http = ir_stmt_named(&x->body, "port", SV("http"));
	cr_assert_not_null(http);
	cr_expect(sv_eqc(http->args[1]->text, "9000"));
	struct ast_stmt *metrics = ir_stmt_named(&x->body, "port", SV("metrics"));
	cr_assert_not_null(metrics);
	cr_expect(sv_eqc(metrics->args[1]->text, "9090"));
	cr_expect_eq(count_key(&x->body, "volume"), 2);
	fx_free(&f);
}

Test(resolve, allow_rules_accumulate)
{
	/* `allow` rules add up: a profile's and the app's, and several in one
	 * app, even though all of them start with `from` */
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "profile monitored { allow from namespace monitoring }\n"
			   "app x : monitored {\n"
			   "  allow from app web on http\n"
			   "  allow from namespace ops\n"
			   "}\n");
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_eq(count_key(&decl(&f, DECL_APP, "x")->body, "allow"), 3);
	fx_free(&f);
}

Test(resolve, profile_cycle)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\n"
			   "profile a : b { replicas 1 }\n"
			   "profile b : a { grace 5s }\n"
			   "app x : a { image \"i\" }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:2:9: error[E0207]: profile 'a' inherits from itself\n"
			 "   2 | profile a : b { replicas 1 }\n"
			 "     |         ^\n"
			 "  = help: remove one of the ': PROFILE' links that form the cycle\n");
	fx_free(&f);

	fx_init(&f);
	put(&f, "main.kp", "platform p\nprofile self : self { }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:2:9: error[E0207]: profile 'self' inherits from itself\n"
			 "   2 | profile self : self { }\n"
			 "     |         ^^^^\n"
			 "  = help: remove one of the ': PROFILE' links that form the cycle\n");
	fx_free(&f);
}

Test(resolve, unknown_profile_with_suggestion)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nprofile hardened { replicas 2 }\napp x : hardend, zzz { image \"i\" }\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:3:9: error[E0204]: unknown profile 'hardend'\n"
			 "   3 | app x : hardend, zzz { image \"i\" }\n"
			 "     |         ^^^^^^^ did you mean 'hardened'?\n"
			 "DIR/main.kp:3:18: error[E0204]: unknown profile 'zzz'\n"
			 "   3 | app x : hardend, zzz { image \"i\" }\n"
			 "     |                  ^^^\n");
	/* the app's own statements are kept */
	arg0_is(&decl(&f, DECL_APP, "x")->body, "image", "i");
	fx_free(&f);
}

Test(resolve, unknown_keyword_did_you_mean)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\nnamspace x\napp a {\n  replica 3\n  security { usr 1 }\n  frobnicate\n}\n");
	cr_expect_not(run(&f, "main.kp", NULL));
	expect_diags(&f, "DIR/main.kp:2:1: error[E0201]: unknown statement 'namspace' in file\n"
			 "   2 | namspace x\n"
			 "     | ^^^^^^^^ did you mean 'namespace'?\n"
			 "DIR/main.kp:4:3: error[E0201]: unknown statement 'replica' in app\n"
			 "   4 |   replica 3\n"
			 "     |   ^^^^^^^ did you mean 'replicas'?\n"
			 "DIR/main.kp:5:14: error[E0201]: unknown statement 'usr' in security\n"
			 "   5 |   security { usr 1 }\n"
			 "     |              ^^^ did you mean 'user'?\n"
			 "DIR/main.kp:6:3: error[E0201]: unknown statement 'frobnicate' in app\n"
			 "   6 |   frobnicate\n"
			 "     |   ^^^^^^^^^^\n");
	fx_free(&f);
}

/* ---- environments -------------------------------------------------------- */

static const char env_platform[] =
	"platform p\n"
	"labels { project = \"p\" }\n"
	"config app-config { api_timeout = \"30s\"  other = \"x\" }\n"
	"app backend {\n"
	"  image \"b:1\"\n"
	"  replicas 5\n"
	"  autoscale 3..20 { cpu 70%  memory 80% }\n"
	"  labels { tier = \"backend\" }\n"
	"}\n"
	"app frontend { image \"f:1\"  replicas 3 }\n"
	"env staging {\n"
	"  labels { environment = \"staging\" }\n"
	"  backend.replicas 2\n"
	"  backend.autoscale 2..4\n"
	"  backend.labels.owner \"team\"\n"
	"  app frontend { replicas 1  labels { extra = \"y\" } }\n"
	"  config app-config { api_timeout = \"60s\" }\n"
	"}\n"
	"env production {\n"
	"  labels { environment = \"production\" }\n"
	"  app-config.other \"z\"\n"
	"}\n";

Test(resolve, no_environment_applies_nothing)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", env_platform);
	run(&f, "main.kp", NULL);
	expect_clean(&f);
	cr_expect_null(f.u.env);
	arg0_is(&decl(&f, DECL_APP, "backend")->body, "replicas", "5");
	body_assign_is(&decl(&f, DECL_CONFIG, "app-config")->body, "api_timeout", "30s");
	cr_expect_eq(ir_stmt(&ir_platform(&f.u)->body, "labels")->nchildren, 1);
	fx_free(&f);
}

Test(resolve, environment_overrides)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", env_platform);
	run(&f, "main.kp", "staging");
	expect_clean(&f);
	cr_expect_str_eq(f.u.env, "staging");
	/* dotted overrides */
	struct kp_decl *b = decl(&f, DECL_APP, "backend");
	arg0_is(&b->body, "replicas", "2");
	arg0_is(&b->body, "image", "b:1");
	cr_expect_eq(count_key(&b->body, "replicas"), 1);
	/* a new range keeps the autoscale block's targets */
	struct ast_stmt *as = ir_stmt(&b->body, "autoscale");
	cr_assert_eq(as->nargs, 1);
	cr_assert_eq(as->args[0]->kind, ARG_RANGE);
	cr_expect(sv_eqc(as->args[0]->text, "2..4"));
	cr_assert_eq(as->nchildren, 2);
	cr_expect(sv_eqc(child(as, "cpu")->args[0]->text, "70%"));
	cr_expect(sv_eqc(child(as, "memory")->args[0]->text, "80%"));
	/* a dotted path into a map sets one key */
	struct ast_stmt *bl = ir_stmt(&b->body, "labels");
	cr_assert_eq(bl->nchildren, 2);
	assign_is(bl, "tier", "backend");
	assign_is(bl, "owner", "team");
	/* an `app X { }` block merges */
	struct kp_decl *fr = decl(&f, DECL_APP, "frontend");
	arg0_is(&fr->body, "replicas", "1");
	arg0_is(&fr->body, "image", "f:1");
	assign_is(ir_stmt(&fr->body, "labels"), "extra", "y");
	/* a `config X { }` block merges one key */
	struct kp_decl *c = decl(&f, DECL_CONFIG, "app-config");
	cr_expect_eq(c->body.len, 2);
	body_assign_is(&c->body, "api_timeout", "60s");
	body_assign_is(&c->body, "other", "x");
	/* platform labels merged with the environment's */
	struct ast_stmt *pl = ir_stmt(&ir_platform(&f.u)->body, "labels");
	cr_assert_eq(pl->nchildren, 2);
	assign_is(pl, "project", "p");
	assign_is(pl, "environment", "staging");
	fx_free(&f);
}

Test(resolve, environment_dotted_config_key)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", env_platform);
	run(&f, "main.kp", "production");
	expect_clean(&f);
	struct kp_decl *c = decl(&f, DECL_CONFIG, "app-config");
	cr_expect_eq(c->body.len, 2);
	body_assign_is(&c->body, "api_timeout", "30s");
	body_assign_is(&c->body, "other", "z");
	/* staging's overrides are not applied */
	arg0_is(&decl(&f, DECL_APP, "backend")->body, "replicas", "5");
	assign_is(ir_stmt(&ir_platform(&f.u)->body, "labels"), "environment", "production");
	fx_free(&f);
}

Test(resolve, unknown_environment)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", env_platform);
	cr_expect_not(run(&f, "main.kp", "stagin"));
	expect_diags(&f, "kpc: error[E0209]: no environment named 'stagin'\n"
			 "  = help: did you mean 'staging'?\n");
	cr_expect_null(f.u.env);
	fx_free(&f);

	fx_init(&f);
	put(&f, "main.kp", env_platform);
	cr_expect_not(run(&f, "main.kp", "qa"));
	expect_diags(&f, "kpc: error[E0209]: no environment named 'qa'\n"
			 "  = help: environments: staging, production\n");
	fx_free(&f);

	fx_init(&f);
	put(&f, "main.kp", "platform p\n");
	cr_expect_not(run(&f, "main.kp", "qa"));
	expect_diags(&f, "kpc: error[E0209]: no environment named 'qa'\n"
			 "  = help: the platform declares no `env NAME { ... }`\n");
	fx_free(&f);
}

Test(resolve, environment_unknown_targets)
{
	struct fx f;
	fx_init(&f);
	put(&f, "main.kp", "platform p\napp backend { image \"b\" }\n"
			   "env staging {\n  backnd.replicas 2\n  backend.replica 2\n  app frontnd { replicas 1 }\n}\n");
	cr_expect_not(run(&f, "main.kp", "staging"));
	expect_diags(&f, "DIR/main.kp:4:3: error[E0204]: no app, config or secret named 'backnd'\n"
			 "   4 |   backnd.replicas 2\n"
			 "     |   ^^^^^^ did you mean 'backend'?\n"
			 "DIR/main.kp:5:11: error[E0201]: unknown statement 'replica' in app\n"
			 "   5 |   backend.replica 2\n"
			 "     |           ^^^^^^^ did you mean 'replicas'?\n"
			 "DIR/main.kp:6:7: error[E0204]: unknown app 'frontnd'\n"
			 "   6 |   app frontnd { replicas 1 }\n"
			 "     |       ^^^^^^^\n");
	fx_free(&f);
}
