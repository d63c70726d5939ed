/* test_parser.c: the generic statement parser: where statements end (line
 * breaks, keywords of the block, but not a statement's own options), lists,
 * ranges, ': base' lists, assignments, blocks, environment paths, error
 * recovery with exact spans, the nesting limit and the JSON dump. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct parse {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	struct ast_file *f;
	const char *src;
};

static struct ast_file *parse(struct parse *p, const char *src)
{
	srcmgr_init(&p->sm);
	diags_init(&p->d, &p->sm);
	arena_init(&p->a);
	size_t len = strlen(src);
	char *copy = xmalloc(len + 1);
	memcpy(copy, src, len + 1);
	uint32_t file = srcmgr_add(&p->sm, "t.kp", copy, len);
	p->src = srcmgr_get(&p->sm, file)->data;
	p->f = kp_parse(&p->a, &p->sm, file, &p->d);
	cr_assert_not_null(p->f);
	return p->f;
}

static void parse_free(struct parse *p)
{
	diags_free(&p->d);
	srcmgr_free(&p->sm);
	arena_free(&p->a);
}

static char *diags_of(struct parse *p)
{
	struct buf b = {0};
	diags_render_text(&p->d, &b, false);
	buf_cstr(&b);
	return b.data;
}

static void no_diags(struct parse *p)
{
	if (p->d.len) {
		char *t = diags_of(p);
		cr_expect_eq(p->d.len, 0, "unexpected diagnostics:\n%s", t);
		free(t);
	}
}

/* Statement `s` has key `key` and `nargs` arguments. */
static void stmt_is(const struct ast_stmt *s, const char *key, uint32_t nargs)
{
	cr_assert_not_null(s);
	cr_expect(sv_eqc(s->key, key), "key '%.*s', expected '%s'", (int)s->key.len, s->key.p, key);
	cr_expect_eq(s->nargs, nargs, "'%s' has %u arguments, expected %u", key, s->nargs, nargs);
}

static void arg_is(const struct ast_arg *a, enum arg_kind k, const char *text)
{
	cr_assert_not_null(a);
	cr_expect_eq(a->kind, k, "argument '%.*s': kind %d, expected %d", (int)a->text.len, a->text.p, a->kind, k);
	cr_expect(sv_eqc(a->text, text), "argument '%.*s', expected '%s'", (int)a->text.len, a->text.p, text);
}

static void diag_is(struct parse *p, uint32_t i, enum diag_code c, uint32_t off, uint32_t len, const char *msg)
{
	cr_assert_lt(i, p->d.len, "only %u diagnostics", p->d.len);
	const struct diag *g = &p->d.items[i];
	cr_expect_eq(g->code, c, "diag %u: code %s, expected %s (%s)", i, diag_code_name(g->code), diag_code_name(c), g->msg);
	cr_expect_eq(g->span.off, off, "diag %u: offset %u, expected %u", i, g->span.off, off);
	cr_expect_eq(g->span.len, len, "diag %u: length %u, expected %u", i, g->span.len, len);
	if (msg)
		cr_expect_str_eq(g->msg, msg);
}

Test(parser, statement_ends_at_newline)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform shop\nimport \"a.kp\"\nnamespace web\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 3);
	stmt_is(f->stmts[0], "platform", 1);
	arg_is(f->stmts[0]->args[0], ARG_WORD, "shop");
	stmt_is(f->stmts[1], "import", 1);
	arg_is(f->stmts[1]->args[0], ARG_STRING, "a.kp");
	stmt_is(f->stmts[2], "namespace", 1);
	cr_expect_not(f->stmts[2]->has_block);
	/* spans: the key, and the whole statement */
	cr_expect_eq(f->stmts[1]->key_span.off, 14);
	cr_expect_eq(f->stmts[1]->key_span.len, 6);
	cr_expect_eq(f->stmts[1]->span.off, 14);
	cr_expect_eq(f->stmts[1]->span.len, 13);
	cr_expect_eq(f->stmts[1]->args[0]->span.off, 21);
	cr_expect_eq(f->stmts[1]->args[0]->span.len, 6);
	cr_expect_eq(f->stmts[0]->kw, kw_lookup(CTX_TOP, SV("platform")));
	cr_expect_eq(f->stmts[0]->ctx, CTX_TOP);
	parse_free(&p);
}

Test(parser, statement_ends_at_keyword_of_block)
{
	struct parse p;
	struct ast_file *f = parse(&p, "app a {\n  security { user 1000  group 1000  non_root drop ALL, NET_RAW }\n"
				       "  replicas 3 port http 80 image \"x\"\n}\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 1);
	struct ast_stmt *app = f->stmts[0];
	cr_assert_eq(app->nchildren, 4);
	struct ast_stmt *sec = app->children[0];
	stmt_is(sec, "security", 0);
	cr_assert_eq(sec->nchildren, 4);
	stmt_is(sec->children[0], "user", 1);
	arg_is(sec->children[0]->args[0], ARG_NUMBER, "1000");
	stmt_is(sec->children[1], "group", 1);
	arg_is(sec->children[1]->args[0], ARG_NUMBER, "1000");
	stmt_is(sec->children[2], "non_root", 0);
	stmt_is(sec->children[3], "drop", 1);
	cr_expect_eq(sec->children[3]->args[0]->kind, ARG_LIST);
	cr_expect_eq(sec->children[0]->ctx, CTX_SECURITY);
	stmt_is(app->children[1], "replicas", 1);
	stmt_is(app->children[2], "port", 2);
	stmt_is(app->children[3], "image", 1);
	parse_free(&p);
}

Test(parser, options_do_not_end_a_statement)
{
	struct parse p;
	/* `port` and `env` are app keywords, but options of `ingress` and the
	 * container `env` statement */
	struct ast_file *f = parse(&p, "app a {\n  ingress \"h\" port http tls t class nginx\n  port http 8080 udp as 80\n"
				       "  env from cfg, sec\n  mount data at \"/d\" readonly\n}\n");
	no_diags(&p);
	struct ast_stmt *app = f->stmts[0];
	cr_assert_eq(app->nchildren, 4);
	struct ast_stmt *ing = app->children[0];
	stmt_is(ing, "ingress", 7);
	arg_is(ing->args[0], ARG_STRING, "h");
	arg_is(ing->args[1], ARG_WORD, "port");
	arg_is(ing->args[2], ARG_WORD, "http");
	arg_is(ing->args[3], ARG_WORD, "tls");
	arg_is(ing->args[6], ARG_WORD, "nginx");
	stmt_is(app->children[1], "port", 5);
	arg_is(app->children[1]->args[4], ARG_NUMBER, "80");
	stmt_is(app->children[2], "env", 2);
	arg_is(app->children[2]->args[0], ARG_WORD, "from");
	cr_expect_eq(app->children[2]->args[1]->kind, ARG_LIST);
	stmt_is(app->children[3], "mount", 4);
	parse_free(&p);

	/* an option of one statement still ends another */
	f = parse(&p, "app a { replicas 2 port http 80 }\n");
	no_diags(&p);
	cr_assert_eq(f->stmts[0]->nchildren, 2);
	stmt_is(f->stmts[0]->children[0], "replicas", 1);
	stmt_is(f->stmts[0]->children[1], "port", 2);
	parse_free(&p);
}

Test(parser, lists_across_commas)
{
	struct parse p;
	struct ast_file *f = parse(&p, "secret s {\n  keys a, b,c\n}\nsecret t {\n  keys x,\n    y,\n    z\n  type opaque\n}\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *k = f->stmts[0]->children[0];
	stmt_is(k, "keys", 1);
	struct ast_arg *l = k->args[0];
	cr_assert_eq(l->kind, ARG_LIST);
	cr_assert_eq(l->nitems, 3);
	arg_is(l->items[0], ARG_WORD, "a");
	arg_is(l->items[1], ARG_WORD, "b");
	arg_is(l->items[2], ARG_WORD, "c");
	cr_expect_eq(l->span.off, 18);
	cr_expect_eq(l->span.len, 6);
	cr_expect(sv_eqc(l->text, "a, b,c"));
	/* a line ending with ',' goes on */
	struct ast_stmt *t = f->stmts[1];
	cr_assert_eq(t->nchildren, 2);
	k = t->children[0];
	stmt_is(k, "keys", 1);
	cr_assert_eq(k->args[0]->kind, ARG_LIST);
	cr_assert_eq(k->args[0]->nitems, 3);
	arg_is(k->args[0]->items[2], ARG_WORD, "z");
	stmt_is(t->children[1], "type", 1);
	parse_free(&p);
}

Test(parser, list_missing_item)
{
	struct parse p;
	struct ast_file *f = parse(&p, "secret s { keys a, }\nnamespace n\n");
	cr_assert_eq(p.d.len, 1);
	diag_is(&p, 0, DIAG_E0110, 17, 1, "expected a value after ','");
	cr_assert_eq(f->nstmts, 2);
	cr_assert_eq(f->stmts[0]->nchildren, 1);
	struct ast_arg *l = f->stmts[0]->children[0]->args[0];
	cr_assert_eq(l->kind, ARG_LIST);
	cr_expect_eq(l->nitems, 1);
	stmt_is(f->stmts[1], "namespace", 1);
	parse_free(&p);
}

Test(parser, ranges)
{
	struct parse p;
	struct ast_file *f = parse(&p, "app a {\n  cpu 500m..1\n  autoscale 2..10\n  memory 256Mi\n}\n");
	no_diags(&p);
	struct ast_stmt *app = f->stmts[0];
	cr_assert_eq(app->nchildren, 3);
	struct ast_arg *r = app->children[0]->args[0];
	cr_assert_eq(r->kind, ARG_RANGE);
	arg_is(r->lo, ARG_NUMBER, "500m");
	arg_is(r->hi, ARG_NUMBER, "1");
	cr_expect_eq(r->span.off, 14);
	cr_expect_eq(r->span.len, 7);
	cr_expect(sv_eqc(r->text, "500m..1"));
	r = app->children[1]->args[0];
	cr_assert_eq(r->kind, ARG_RANGE);
	arg_is(r->lo, ARG_NUMBER, "2");
	arg_is(r->hi, ARG_NUMBER, "10");
	arg_is(app->children[2]->args[0], ARG_NUMBER, "256Mi");
	parse_free(&p);

	/* a range missing its upper bound */
	f = parse(&p, "app a {\n  cpu 500m..\n  replicas 2\n}\n");
	cr_assert_eq(p.d.len, 1);
	diag_is(&p, 0, DIAG_E0110, 18, 2, "expected the upper bound of a range after '..'");
	cr_expect_str_eq(p.d.items[0].help, "a range is written LOW..HIGH, as in `cpu 500m..1`");
	cr_assert_eq(f->stmts[0]->nchildren, 2);
	stmt_is(f->stmts[0]->children[0], "cpu", 1);
	stmt_is(f->stmts[0]->children[1], "replicas", 1);
	parse_free(&p);
}

Test(parser, bases)
{
	struct parse p;
	struct ast_file *f = parse(&p, "app web : hardened, probed,\n  logged {\n  replicas 2\n}\nprofile p : q { }\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *app = f->stmts[0];
	stmt_is(app, "app", 1);
	cr_assert_eq(app->nbases, 3);
	arg_is(app->bases[0], ARG_WORD, "hardened");
	arg_is(app->bases[1], ARG_WORD, "probed");
	arg_is(app->bases[2], ARG_WORD, "logged");
	cr_expect_eq(app->nchildren, 1);
	cr_assert_eq(f->stmts[1]->nbases, 1);
	arg_is(f->stmts[1]->bases[0], ARG_WORD, "q");
	cr_expect(f->stmts[1]->has_block);
	cr_expect_eq(f->stmts[1]->nchildren, 0);
	parse_free(&p);

	f = parse(&p, "app a : { }\napp b : x : y\nnamespace n\n");
	cr_assert_eq(p.d.len, 2);
	diag_is(&p, 0, DIAG_E0110, 6, 1, "expected a profile name after ':'");
	diag_is(&p, 1, DIAG_E0110, 22, 1, "a second ':' list");
	cr_assert_eq(f->nstmts, 3);
	cr_expect(f->stmts[0]->has_block, "the block after a bad ':' still belongs to the app");
	stmt_is(f->stmts[1], "app", 1);
	cr_expect_eq(f->stmts[1]->nbases, 1);
	stmt_is(f->stmts[2], "namespace", 1);
	parse_free(&p);
}

Test(parser, assignments_in_maps)
{
	struct parse p;
	struct ast_file *f = parse(&p, "labels { a = \"1\"  b = \"2\"\n  c = x  d = 3 }\nconfig c { k = \"v\" }\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *l = f->stmts[0];
	cr_assert_eq(l->nchildren, 4);
	const char *keys[] = {"a", "b", "c", "d"};
	const char *vals[] = {"1", "2", "x", "3"};
	enum arg_kind kinds[] = {ARG_STRING, ARG_STRING, ARG_WORD, ARG_NUMBER};
	for (int i = 0; i < 4; i++) {
		stmt_is(l->children[i], keys[i], 1);
		cr_expect(l->children[i]->assign);
		cr_expect_eq(l->children[i]->ctx, CTX_MAP);
		cr_expect_null(l->children[i]->kw);
		arg_is(l->children[i]->args[0], kinds[i], vals[i]);
	}
	cr_assert_eq(f->stmts[1]->nchildren, 1);
	cr_expect(f->stmts[1]->children[0]->assign);
	parse_free(&p);

	/* `=` with nothing after it */
	f = parse(&p, "labels {\n  a =\n  b = \"2\"\n}\n");
	cr_assert_eq(p.d.len, 1);
	diag_is(&p, 0, DIAG_E0110, 13, 1, "expected a value after '='");
	cr_expect_str_eq(p.d.items[0].help, "write `a = \"VALUE\"`");
	cr_assert_eq(f->stmts[0]->nchildren, 2);
	stmt_is(f->stmts[0]->children[1], "b", 1);
	parse_free(&p);
}

Test(parser, quoted_keys)
{
	struct parse p;
	struct ast_file *f = parse(&p, "labels { \"app.kubernetes.io/name\" = \"web\"  \"a b\\tc\" = \"x\" }\n");
	no_diags(&p);
	struct ast_stmt *l = f->stmts[0];
	cr_assert_eq(l->nchildren, 2);
	stmt_is(l->children[0], "app.kubernetes.io/name", 1);
	cr_expect(l->children[0]->key_quoted);
	cr_expect(l->children[0]->assign);
	cr_expect_eq(l->children[0]->key_span.off, 9);
	cr_expect_eq(l->children[0]->key_span.len, 24);
	stmt_is(l->children[1], "a b\tc", 1);
	parse_free(&p);

	/* a quoted key needs '=' */
	f = parse(&p, "labels {\n  \"k\" \"v\"\n  b = \"2\"\n}\n");
	cr_assert_eq(p.d.len, 1);
	diag_is(&p, 0, DIAG_E0110, 11, 3, "expected '=' after a quoted key");
	cr_assert_eq(f->stmts[0]->nchildren, 2);
	stmt_is(f->stmts[0]->children[1], "b", 1);
	parse_free(&p);
}

Test(parser, blocks_and_nesting)
{
	struct parse p;
	const char *src = "app a {\n  sidecar s {\n    resources { cpu 1 }\n  }\n  autoscale 1..2 { up { window 60s } }\n}\n";
	struct ast_file *f = parse(&p, src);
	no_diags(&p);
	cr_assert_eq(f->nstmts, 1);
	struct ast_stmt *app = f->stmts[0];
	cr_expect(app->has_block);
	cr_expect_eq(app->kw, kw_lookup(CTX_TOP, SV("app")));
	cr_assert_eq(app->nchildren, 2);
	struct ast_stmt *sc = app->children[0];
	stmt_is(sc, "sidecar", 1);
	cr_expect_eq(sc->ctx, CTX_APP);
	cr_assert_eq(sc->nchildren, 1);
	struct ast_stmt *res = sc->children[0];
	cr_expect_eq(res->ctx, CTX_CONTAINER);
	cr_expect_eq(res->kw, kw_lookup(CTX_CONTAINER, SV("resources")));
	cr_assert_eq(res->nchildren, 1);
	cr_expect_eq(res->children[0]->ctx, CTX_RESOURCES);
	stmt_is(res->children[0], "cpu", 1);
	/* the closing brace offsets and statement spans */
	cr_expect_eq(ast_stmt_rbrace(sc), (uint32_t)(strstr(src, "  }\n") - src) + 2);
	cr_expect_eq(ast_stmt_rbrace(app), (uint32_t)strlen(src) - 2);
	cr_expect_eq(app->span.off, 0);
	cr_expect_eq(app->span.len, (uint32_t)strlen(src) - 1);
	struct ast_stmt *as = app->children[1];
	stmt_is(as, "autoscale", 1);
	cr_assert_eq(as->nchildren, 1);
	cr_expect_eq(as->children[0]->ctx, CTX_AUTOSCALE);
	cr_assert_eq(as->children[0]->nchildren, 1);
	cr_expect_eq(as->children[0]->children[0]->ctx, CTX_BEHAVIOR);
	stmt_is(as->children[0]->children[0], "window", 1);
	parse_free(&p);
}

Test(parser, unknown_statement_block_parsed_generically)
{
	struct parse p;
	/* no keywords in an unknown block: `bar 1 baz 2` is one statement */
	struct ast_file *f = parse(&p, "foo x {\n  bar 1 baz 2\n  qux { a b }\n}\nplatform p\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 2);
	cr_expect_null(f->stmts[0]->kw);
	cr_assert_eq(f->stmts[0]->nchildren, 2);
	stmt_is(f->stmts[0]->children[0], "bar", 3);
	cr_expect_eq(f->stmts[0]->children[0]->ctx, CTX_NONE);
	stmt_is(f->stmts[0]->children[1], "qux", 0);
	cr_expect_eq(f->stmts[0]->children[1]->nchildren, 1);
	stmt_is(f->stmts[1], "platform", 1);
	parse_free(&p);
}

Test(parser, dotted_keys_in_env)
{
	struct parse p;
	struct ast_file *f = parse(&p, "env prod {\n  a.b 1  c.d.e \"x\"\n  backend.autoscale 2..4\n"
				       "  app web { replicas 2 }\n  labels { env = \"prod\" }\n}\n");
	no_diags(&p);
	struct ast_stmt *e = f->stmts[0];
	stmt_is(e, "env", 1);
	cr_assert_eq(e->nchildren, 5);
	stmt_is(e->children[0], "a.b", 1);
	cr_expect_null(e->children[0]->kw);
	cr_expect_eq(e->children[0]->ctx, CTX_ENVIRONMENT);
	stmt_is(e->children[1], "c.d.e", 1);
	arg_is(e->children[1]->args[0], ARG_STRING, "x");
	stmt_is(e->children[2], "backend.autoscale", 1);
	cr_expect_eq(e->children[2]->args[0]->kind, ARG_RANGE);
	stmt_is(e->children[3], "app", 1);
	cr_assert_eq(e->children[3]->nchildren, 1);
	cr_expect_eq(e->children[3]->children[0]->ctx, CTX_APP);
	stmt_is(e->children[4], "labels", 0);
	cr_expect(e->children[4]->children[0]->assign);
	parse_free(&p);
}

Test(parser, semicolons_separate_statements)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform p; namespace a; namespace b\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 3);
	stmt_is(f->stmts[0], "platform", 1);
	stmt_is(f->stmts[2], "namespace", 1);
	arg_is(f->stmts[2]->args[0], ARG_WORD, "b");
	parse_free(&p);
}

Test(parser, comments_collected)
{
	struct parse p;
	struct ast_file *f = parse(&p, "# head\nplatform p # tail\n# end\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 1);
	stmt_is(f->stmts[0], "platform", 1);
	cr_assert_eq(f->ncomments, 3);
	cr_expect_eq(f->comments[0].off, 0);
	cr_expect_eq(f->comments[0].len, 6);
	cr_expect_eq(f->comments[1].off, 18);
	cr_expect_eq(f->comments[1].len, 6);
	cr_expect_eq(f->comments[2].off, 25);
	parse_free(&p);
}

Test(parser, unclosed_block)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform p\napp a {\n  image \"x\"\n  security {\n    user 1\n");
	cr_assert_eq(p.d.len, 2);
	/* each unclosed '{' is reported where it opens */
	diag_is(&p, 0, DIAG_E0111, 42, 1, "unclosed block");
	cr_expect_str_eq(p.d.items[0].label, "this '{' is never closed");
	diag_is(&p, 1, DIAG_E0111, 17, 1, "unclosed block");
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *app = f->stmts[1];
	cr_assert_eq(app->nchildren, 2);
	stmt_is(app->children[0], "image", 1);
	stmt_is(app->children[1]->children[0], "user", 1);
	parse_free(&p);
}

Test(parser, stray_close_brace)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform p\n}\nnamespace n }\napp a { }\n}");
	cr_assert_eq(p.d.len, 3);
	diag_is(&p, 0, DIAG_E0112, 11, 1, "unexpected '}' with no open block");
	diag_is(&p, 1, DIAG_E0112, 25, 1, NULL);
	diag_is(&p, 2, DIAG_E0112, 37, 1, NULL);
	cr_assert_eq(f->nstmts, 3);
	stmt_is(f->stmts[0], "platform", 1);
	stmt_is(f->stmts[1], "namespace", 1);
	stmt_is(f->stmts[2], "app", 1);
	cr_expect(f->stmts[2]->has_block);
	parse_free(&p);
}

Test(parser, unexpected_tokens_recover)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform p\nreplicas 2 = 3\n= 2\n42 x\nnamespace n\napp a { replicas 2 }\n");
	cr_assert_eq(p.d.len, 3, "got %u diagnostics", p.d.len);
	diag_is(&p, 0, DIAG_E0110, 22, 1, "unexpected '='");
	cr_expect_str_eq(p.d.items[0].help,
			 "`KEY = VALUE` is written inside maps such as `labels { ... }` and `config NAME { ... }`");
	diag_is(&p, 1, DIAG_E0110, 26, 1, "expected a statement, found '='");
	diag_is(&p, 2, DIAG_E0110, 30, 2, "expected a statement, found number");
	/* every good statement around the errors is kept */
	cr_assert_eq(f->nstmts, 4);
	stmt_is(f->stmts[0], "platform", 1);
	stmt_is(f->stmts[1], "replicas", 1);
	arg_is(f->stmts[1]->args[0], ARG_NUMBER, "2");
	stmt_is(f->stmts[2], "namespace", 1);
	stmt_is(f->stmts[3], "app", 1);
	cr_assert_eq(f->stmts[3]->nchildren, 1);
	stmt_is(f->stmts[3]->children[0], "replicas", 1);
	parse_free(&p);
}

Test(parser, stray_open_brace_skips_its_block)
{
	struct parse p;
	struct ast_file *f = parse(&p, "app a { }\n{ x { y } }\nnamespace n\n");
	cr_assert_eq(p.d.len, 1, "got %u diagnostics", p.d.len);
	diag_is(&p, 0, DIAG_E0110, 10, 1, "expected a statement, found '{'");
	cr_expect_str_eq(p.d.items[0].help, "a block follows the statement it belongs to, as in `labels { ... }`");
	cr_assert_eq(f->nstmts, 2);
	stmt_is(f->stmts[0], "app", 1);
	cr_expect_eq(f->stmts[0]->nchildren, 0);
	stmt_is(f->stmts[1], "namespace", 1);
	parse_free(&p);
}

Test(parser, block_on_the_next_line)
{
	struct parse p;
	struct ast_file *f = parse(&p, "namespace n\n{\n  default_deny\n}\n");
	no_diags(&p);
	cr_assert_eq(f->nstmts, 1);
	cr_expect(f->stmts[0]->has_block);
	cr_assert_eq(f->stmts[0]->nchildren, 1);
	stmt_is(f->stmts[0]->children[0], "default_deny", 0);
	parse_free(&p);
}

Test(parser, errors_inside_blocks_recover)
{
	struct parse p;
	struct ast_file *f = parse(&p, "app a {\n  replicas 2 = 3\n  : q\n  port http 80\n  , x\n}\nnamespace n\n");
	cr_assert_eq(p.d.len, 3, "got %u diagnostics", p.d.len);
	diag_is(&p, 0, DIAG_E0110, 21, 1, "unexpected '='");
	diag_is(&p, 1, DIAG_E0110, 27, 1, "expected a statement, found ':'");
	diag_is(&p, 2, DIAG_E0110, 48, 1, "expected a statement, found ','");
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *app = f->stmts[0];
	cr_assert_eq(app->nchildren, 2);
	stmt_is(app->children[0], "replicas", 1);
	stmt_is(app->children[1], "port", 2);
	stmt_is(f->stmts[1], "namespace", 1);
	parse_free(&p);
}

static char *nested(int depth, const char *inner)
{
	struct buf b = {0};
	for (int i = 0; i < depth; i++)
		buf_puts(&b, "x {\n");
	buf_puts(&b, inner);
	for (int i = 0; i < depth; i++)
		buf_puts(&b, "}\n");
	buf_puts(&b, "platform p\n");
	buf_cstr(&b);
	return b.data;
}

Test(parser, deep_nesting_limit)
{
	struct parse p;
	/* 63 levels are fine */
	char *src = nested(63, "y 1\n");
	struct ast_file *f = parse(&p, src);
	no_diags(&p);
	cr_assert_eq(f->nstmts, 2);
	struct ast_stmt *s = f->stmts[0];
	int depth = 1;
	while (s->nchildren) {
		s = s->children[0];
		depth++;
	}
	cr_expect_eq(depth, 64);
	stmt_is(s, "y", 1);
	stmt_is(f->stmts[1], "platform", 1);
	parse_free(&p);
	free(src);

	/* one more is an error at the statement that is too deep, and the file
	 * goes on after it.  (The alarm bounds the run: a parser that loops on
	 * this input reporting the same error forever eats gigabytes.) */
	alarm(2);
	src = nested(64, "y 1\n");
	f = parse(&p, src);
	cr_assert_eq(p.d.len, 1);
	diag_is(&p, 0, DIAG_E0110, 64 * 4, 1, "blocks nested too deeply (more than 64 levels)");
	cr_assert_eq(f->nstmts, 2);
	stmt_is(f->stmts[1], "platform", 1);
	parse_free(&p);
	free(src);
}

Test(parser, deep_nesting_balanced_braces)
{
	/* statements with blocks past the limit: one error each, and the braces
	 * still pair up, so no '}' is left over */
	struct parse p;
	alarm(2); /* see deep_nesting_limit */
	char *src = nested(70, "");
	struct ast_file *f = parse(&p, src);
	cr_assert_geq(p.d.len, 1);
	for (uint32_t i = 0; i < p.d.len; i++)
		cr_expect_eq(p.d.items[i].code, DIAG_E0110, "diag %u: %s %s", i, diag_code_name(p.d.items[i].code), p.d.items[i].msg);
	cr_expect_eq(f->nstmts, 2);
	stmt_is(f->stmts[f->nstmts - 1], "platform", 1);
	parse_free(&p);
	free(src);
}

Test(parser, ast_dump_json)
{
	struct parse p;
	struct ast_file *f = parse(&p, "platform shop\napp web : base {\n  cpu 500m..1\n  labels { a = \"x\\n\" }\n  drop A, B\n}\n");
	no_diags(&p);
	struct buf b = {0};
	ast_dump_json(f, &p.sm, &b);
	buf_cstr(&b);
	const char *want =
		"{\"file\":\"t.kp\",\"statements\":[\n"
		"  {\"key\":\"platform\",\"line\":1,\"column\":1,\"args\":[{\"kind\":\"word\",\"offset\":9,\"length\":4,\"value\":\"shop\"}]},\n"
		"  {\"key\":\"app\",\"line\":2,\"column\":1,\"args\":[{\"kind\":\"word\",\"offset\":18,\"length\":3,\"value\":\"web\"}],"
		"\"bases\":[\"base\"],\"block\":[\n"
		"    {\"key\":\"cpu\",\"line\":3,\"column\":3,\"args\":[{\"kind\":\"range\",\"offset\":37,\"length\":7,"
		"\"low\":{\"kind\":\"number\",\"offset\":37,\"length\":4,\"value\":\"500m\"},"
		"\"high\":{\"kind\":\"number\",\"offset\":43,\"length\":1,\"value\":\"1\"}}]},\n"
		"    {\"key\":\"labels\",\"line\":4,\"column\":3,\"args\":[],\"block\":[\n"
		"      {\"key\":\"a\",\"line\":4,\"column\":12,\"assign\":true,\"args\":[{\"kind\":\"string\",\"offset\":60,\"length\":5,"
		"\"value\":\"x\\n\"}]}]},\n"
		"    {\"key\":\"drop\",\"line\":5,\"column\":3,\"args\":[{\"kind\":\"list\",\"offset\":75,\"length\":4,\"items\":["
		"{\"kind\":\"word\",\"offset\":75,\"length\":1,\"value\":\"A\"},{\"kind\":\"word\",\"offset\":78,\"length\":1,\"value\":\"B\"}]}]}]}]}\n";
	cr_expect_str_eq(b.data, want);
	buf_free(&b);
	parse_free(&p);
}

Test(parser, deep_braces_do_not_overflow_the_stack)
{
	/* stray braces nest blocks too; they must hit the same limit instead of
	 * recursing once per '{' */
	struct parse p;
	size_t n = 200000;
	char *src = xmalloc(n + 1);
	memset(src, '{', n);
	src[n] = 0;
	alarm(5);
	struct ast_file *f = parse(&p, src);
	cr_expect_eq(f->nstmts, 0);
	cr_assert_geq(p.d.len, 1);
	cr_expect_eq(p.d.items[0].code, DIAG_E0110);
	cr_expect_eq(p.d.items[0].span.off, 0);
	parse_free(&p);
	free(src);
}
