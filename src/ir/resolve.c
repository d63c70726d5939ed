/* resolve.c: from syntax trees to the platform IR.
 *
 * Loads the root file and its imports (inlined at the import, cycles and
 * missing files reported), checks every statement against the keyword
 * schema, builds the symbol tables, resolves profiles (in order, later ones
 * winning, the app's own statements last), and applies the chosen
 * environment. */
#define _DEFAULT_SOURCE
#include "ir.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

void kpc_unit_init(struct kpc_unit *u)
{
	memset(u, 0, sizeof *u);
	arena_init_large(&u->arena);
	srcmgr_init(&u->sm);
	diags_init(&u->diags, &u->sm);
}

void kpc_unit_free(struct kpc_unit *u)
{
	for (uint32_t i = 0; i < u->decls.len; i++)
		vec_free(&((struct kp_decl *)u->decls.items[i])->body);
	for (uint32_t i = 0; i < u->envs.len; i++)
		vec_free(&((struct kp_decl *)u->envs.items[i])->body);
	vec_free(&u->decls);
	vec_free(&u->envs);
	vec_free(&u->secret_env);
	free(u->decl_slots);
	free(u->files);
	objset_free(&u->objects);
	diags_free(&u->diags);
	srcmgr_free(&u->sm);
	arena_free(&u->arena);
}

const char *ir_sv_dup(struct kpc_unit *u, struct sv s)
{
	return arena_strndup(&u->arena, s.p, s.len);
}

struct kp_decl *ir_platform(const struct kpc_unit *u)
{
	return u->decls.len ? u->decls.items[0] : NULL;
}

static uint32_t decl_hash(enum decl_kind k, struct sv name)
{
	return (uint32_t)(kpc_hash64(name.p, name.len) * 31 + (uint64_t)k);
}

void ir_index_decl(struct kpc_unit *u, struct kp_decl *d)
{
	if ((u->decl_used + 1) * 2 > u->decl_cap) {
		uint32_t cap = u->decl_cap ? u->decl_cap * 2 : 64;
		struct kp_decl **slots = xcalloc(cap, sizeof *slots);
		for (uint32_t i = 0; i < u->decl_cap; i++) {
			struct kp_decl *e = u->decl_slots[i];
			if (!e)
				continue;
			uint32_t h = decl_hash(e->kind, (struct sv){e->name, e->name_len}) & (cap - 1);
			while (slots[h])
				h = (h + 1) & (cap - 1);
			slots[h] = e;
		}
		free(u->decl_slots);
		u->decl_slots = slots;
		u->decl_cap = cap;
	}
	uint32_t h = decl_hash(d->kind, (struct sv){d->name, d->name_len}) & (u->decl_cap - 1);
	while (u->decl_slots[h])
		h = (h + 1) & (u->decl_cap - 1);
	u->decl_slots[h] = d;
	u->decl_used++;
}

struct kp_decl *ir_find(const struct kpc_unit *u, enum decl_kind k, struct sv name)
{
	if (!u->decl_cap)
		return NULL;
	for (uint32_t h = decl_hash(k, name) & (u->decl_cap - 1); u->decl_slots[h]; h = (h + 1) & (u->decl_cap - 1)) {
		struct kp_decl *d = u->decl_slots[h];
		if (d->kind == k && d->name_len == name.len && memcmp(d->name, name.p, name.len) == 0)
			return d;
	}
	return NULL;
}

struct ast_stmt *ir_stmt_n(const struct vec *body, const char *key, size_t n)
{
	for (uint32_t i = body->len; i-- > 0;) {
		struct ast_stmt *s = body->items[i];
		/* the length, then the first letter, rule most statements out
		 * without reading the key's text or calling memcmp */
		if (s->key.len == n && !s->assign && (n == 0 || (s->key.p[0] == key[0] && memcmp(s->key.p, key, n) == 0)))
			return s;
	}
	return NULL;
}

struct ast_stmt *ir_stmt_named(const struct vec *body, const char *key, struct sv name)
{
	for (uint32_t i = body->len; i-- > 0;) {
		struct ast_stmt *s = body->items[i];
		if (!s->assign && sv_eqc(s->key, key) && s->nargs && sv_eq(s->args[0]->text, name))
			return s;
	}
	return NULL;
}

void ir_stmts_to_vec(struct vec *dst, struct ast_stmt **src, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		vec_push(dst, src[i]);
}

/* ---- merging ---------------------------------------------------------- */

static inline bool same_identity(const struct ast_stmt *a, const struct ast_stmt *b)
{
	/* length and first letter first: merging compares every pair of a block */
	if (a->assign != b->assign || a->key.len != b->key.len ||
	    (a->key.len && (a->key.p[0] != b->key.p[0] || memcmp(a->key.p, b->key.p, a->key.len) != 0)))
		return false;
	if (a->assign)
		return true;
	const struct kw *kw = a->kw ? a->kw : b->kw;
	if (!kw)
		return true;
	if ((kw->flags & KW_REPEAT) && !(kw->flags & KW_NAMED))
		return false;
	if (kw->flags & KW_NAMED) {
		if (!a->nargs || !b->nargs)
			return a->nargs == b->nargs;
		return sv_eq(a->args[0]->text, b->args[0]->text);
	}
	return true;
}

static void merge_one(struct arena *ar, struct vec *dst, struct ast_stmt *o)
{
	for (uint32_t i = dst->len; i-- > 0;) {
		struct ast_stmt *e = dst->items[i];
		if (!same_identity(e, o))
			continue;
		const struct kw *kw = o->kw ? o->kw : e->kw;
		if (kw && (kw->flags & KW_MERGE)) {
			struct ast_stmt *c = arena_new(ar, struct ast_stmt);
			*c = *e;
			c->origin = e->origin ? e->origin : e;
			if (o->nargs) {
				c->args = o->args;
				c->nargs = o->nargs;
				c->span = o->span;
				c->key_span = o->key_span;
			}
			if (o->nbases) {
				c->bases = o->bases;
				c->nbases = o->nbases;
			}
			if (o->has_block) {
				struct vec kids = {0};
				ir_stmts_to_vec(&kids, e->children, e->nchildren);
				ir_merge(ar, &kids, o->children, o->nchildren);
				c->children = arena_alloc(ar, kids.len * sizeof *c->children);
				if (kids.len)
					memcpy(c->children, kids.items, kids.len * sizeof *c->children);
				c->nchildren = kids.len;
				c->has_block = true;
				vec_free(&kids);
			}
			dst->items[i] = c;
		} else {
			dst->items[i] = o;
		}
		return;
	}
	vec_push(dst, o);
}

void ir_merge(struct arena *a, struct vec *dst, struct ast_stmt **src, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		merge_one(a, dst, src[i]);
}

/* ---- checking statements against the schema ---------------------------- */

static void suggest_kw(struct diag *g, enum kp_ctx ctx, struct sv word)
{
	const char *names[128];
	size_t n = kw_names(ctx, names, KPC_ARRAY_LEN(names));
	const char *s = kpc_suggest(word, names, n);
	if (s)
		diag_label(g, "did you mean '%s'?", s);
}

static void check_stmts(struct kpc_unit *u, struct ast_stmt **list, uint32_t n, enum kp_ctx ctx);

static void check_stmt(struct kpc_unit *u, struct ast_stmt *s, enum kp_ctx ctx)
{
	struct diags *d = &u->diags;
	if (kp_ctx_is_map(ctx)) {
		if (!s->assign) {
			struct diag *g = diag_error(d, E0201, s->key_span, "expected `KEY = VALUE` in %s, found '%.*s'",
						    kp_ctx_name(ctx), (int)s->key.len, s->key.p);
			diag_help(g, "quote keys and values: `\"%.*s\" = \"VALUE\"`", (int)s->key.len, s->key.p);
		}
		return;
	}
	if (s->assign) {
		struct diag *g = diag_error(d, E0201, s->key_span, "unexpected assignment to '%.*s' in %s",
					    (int)s->key.len, s->key.p, kp_ctx_name(ctx));
		diag_help(g, "`KEY = VALUE` is written inside maps such as `labels { ... }`");
		return;
	}
	if (!s->kw) {
		if (ctx == CTX_ENVIRONMENT && memchr(s->key.p, '.', s->key.len))
			return; /* a path override, checked when the environment is applied */
		if (s->key_quoted)
			return; /* the parser reported the missing '=' */
		struct diag *g = diag_error(d, E0201, s->key_span, "unknown statement '%.*s' in %s",
					    (int)s->key.len, s->key.p, kp_ctx_name(ctx));
		suggest_kw(g, ctx, s->key);
		return;
	}
	if (s->has_block && !(s->kw->flags & KW_BLOCK)) {
		struct diag *g = diag_error(d, E0202, s->key_span, "'%s' takes no block", s->kw->name);
		diag_help(g, "write `%s`", s->kw->syntax);
	}
	if (s->nbases && !(s->kw->flags & KW_BASES)) {
		struct diag *g = diag_error(d, E0202, s->bases[0]->span, "'%s' takes no ': PROFILE' list", s->kw->name);
		diag_help(g, "only `app` and `profile` inherit profiles");
	}
	if (s->has_block && (s->kw->flags & KW_BLOCK))
		check_stmts(u, s->children, s->nchildren, s->kw->child);
}

static void check_stmts(struct kpc_unit *u, struct ast_stmt **list, uint32_t n, enum kp_ctx ctx)
{
	for (uint32_t i = 0; i < n; i++) {
		struct ast_stmt *s = list[i];
		check_stmt(u, s, ctx);
		if (ctx == CTX_TOP || ctx == CTX_ENVIRONMENT)
			continue; /* declarations are checked for duplicates elsewhere */
		/* duplicates within one block */
		for (uint32_t j = 0; j < i; j++) {
			struct ast_stmt *t = list[j];
			if (!same_identity(t, s))
				continue;
			if (s->kw && (s->kw->flags & KW_REPEAT) && !(s->kw->flags & KW_NAMED))
				continue;
			struct diag *g;
			if (s->assign)
				g = diag_error(&u->diags, E0203, s->key_span, "duplicate key '%.*s'", (int)s->key.len, s->key.p);
			else if (s->kw && (s->kw->flags & KW_NAMED) && s->nargs)
				g = diag_error(&u->diags, E0203, s->span, "duplicate '%.*s %.*s'", (int)s->key.len, s->key.p,
					       (int)s->args[0]->text.len, s->args[0]->text.p);
			else
				g = diag_error(&u->diags, E0203, s->key_span, "duplicate '%.*s'", (int)s->key.len, s->key.p);
			diag_note(g, t->key_span, "first written here");
			break;
		}
	}
}

/* ---- loading ------------------------------------------------------------ */

struct loader {
	struct kpc_unit *u;
	struct vec stack; /* char * realpaths of files being loaded */
	struct vec done;  /* char * realpaths loaded */
	const char *platform_ns;
};

static char *dir_of(struct arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return arena_strdup(a, ".");
	if (slash == path)
		return arena_strdup(a, "/");
	return arena_strndup(a, path, (size_t)(slash - path));
}

static const char *decl_kind_name(enum decl_kind k)
{
	static const char *const n[] = {"namespace", "profile", "config", "secret", "app", "env"};
	return n[k];
}

static struct kp_decl *add_decl(struct loader *L, enum decl_kind k, struct ast_stmt *s, const char *ns, const char *dir)
{
	struct kpc_unit *u = L->u;
	if (!s->nargs || s->args[0]->kind == ARG_LIST || s->args[0]->kind == ARG_RANGE) {
		struct diag *g = diag_error(&u->diags, E0202, s->key_span, "'%.*s' needs a name", (int)s->key.len, s->key.p);
		diag_help(g, "write `%s`", s->kw->syntax);
		return NULL;
	}
	if (s->nargs > 1) {
		struct diag *g = diag_error(&u->diags, E0202, s->args[1]->span, "unexpected argument after the name of %s '%.*s'",
					    decl_kind_name(k), (int)s->args[0]->text.len, s->args[0]->text.p);
		diag_help(g, "write `%s`", s->kw->syntax);
	}
	struct sv name = s->args[0]->text;
	struct kp_decl *prev = ir_find(u, k, name);
	if (prev) {
		if (k == DECL_NAMESPACE) {
			/* `namespace X` again: switch to it, merge its block */
			ir_merge(&u->arena, &prev->body, s->children, s->nchildren);
			return prev;
		}
		struct diag *g = diag_error(&u->diags, E0203, s->args[0]->span, "%s '%.*s' is defined twice",
					    decl_kind_name(k), (int)name.len, name.p);
		diag_note(g, prev->stmt->args[0]->span, "first defined here");
		return NULL;
	}
	struct kp_decl *d = arena_new(&u->arena, struct kp_decl);
	d->kind = k;
	d->stmt = s;
	d->name = ir_sv_dup(u, name);
	d->name_len = (uint32_t)name.len;
	d->ns = ns;
	d->dir = dir;
	ir_stmts_to_vec(&d->body, s->children, s->nchildren);
	vec_push(k == DECL_ENV ? &u->envs : &u->decls, d);
	ir_index_decl(u, d);
	return d;
}

static bool load_file(struct loader *L, const char *path, struct span from, const char **ns);

static void load_stmts(struct loader *L, struct ast_file *af, const char *dir, const char **ns)
{
	struct kpc_unit *u = L->u;
	struct kp_decl *plat = ir_platform(u);
	check_stmts(u, af->stmts, af->nstmts, CTX_TOP);
	for (uint32_t i = 0; i < af->nstmts; i++) {
		struct ast_stmt *s = af->stmts[i];
		if (!s->kw || s->assign)
			continue;
		const char *k = s->kw->name;
		if (strcmp(k, "platform") == 0) {
			if (s->nargs != 1 || s->args[0]->kind != ARG_WORD) {
				struct diag *g = diag_error(&u->diags, E0202, s->key_span, "'platform' needs one name");
				diag_help(g, "write `platform NAME`");
			} else if (u->platform) {
				if (!sv_eqc(s->args[0]->text, u->platform)) {
					diag_error(&u->diags, E0203, s->args[0]->span,
						   "platform is named '%s' already", u->platform);
				}
			} else {
				u->platform = ir_sv_dup(u, s->args[0]->text);
			}
		} else if (strcmp(k, "import") == 0) {
			if (s->nargs != 1 || s->args[0]->kind != ARG_STRING) {
				struct diag *g = diag_error(&u->diags, E0202, s->key_span, "'import' needs one file name in quotes");
				diag_help(g, "write `import \"common.kp\"`");
				continue;
			}
			struct sv f = s->args[0]->text;
			char *p = f.len && f.p[0] == '/' ? arena_strndup(&u->arena, f.p, f.len)
							  : arena_printf(&u->arena, "%s/%.*s", dir, (int)f.len, f.p);
			const char *saved = *ns;
			load_file(L, p, s->args[0]->span, ns);
			*ns = saved;
		} else if (strcmp(k, "namespace") == 0) {
			struct kp_decl *d = add_decl(L, DECL_NAMESPACE, s, NULL, dir);
			if (d)
				*ns = d->name;
		} else if (strcmp(k, "labels") == 0 || strcmp(k, "annotations") == 0) {
			ir_merge(&u->arena, &plat->body, &s, 1);
		} else if (strcmp(k, "profile") == 0) {
			add_decl(L, DECL_PROFILE, s, *ns, dir);
		} else if (strcmp(k, "config") == 0) {
			add_decl(L, DECL_CONFIG, s, *ns, dir);
		} else if (strcmp(k, "secret") == 0) {
			add_decl(L, DECL_SECRET, s, *ns, dir);
		} else if (strcmp(k, "app") == 0) {
			add_decl(L, DECL_APP, s, *ns, dir);
		} else if (strcmp(k, "env") == 0) {
			add_decl(L, DECL_ENV, s, NULL, dir);
		}
	}
}

static bool load_file(struct loader *L, const char *path, struct span from, const char **ns)
{
	struct kpc_unit *u = L->u;
	char real[PATH_MAX];
	char *data;
	size_t len;
	if (!realpath(path, real) || !kpc_read_file(real, &data, &len)) {
		int e = errno;
		if (from.file) {
			struct diag *g = diag_error(&u->diags, E0205, from, "cannot import '%s': %s", path, strerror(e));
			diag_help(g, "imports are relative to the importing file");
		} else {
			diag_error(&u->diags, E0001, from, "cannot read '%s': %s", path, strerror(e));
		}
		return false;
	}
	for (uint32_t i = 0; i < L->stack.len; i++) {
		if (strcmp(L->stack.items[i], real) == 0) {
			struct diag *g = diag_error(&u->diags, E0206, from, "import cycle: '%s' imports itself", path);
			diag_help(g, "move the shared declarations into a file that both import");
			free(data);
			return false;
		}
	}
	for (uint32_t i = 0; i < L->done.len; i++) {
		if (strcmp(L->done.items[i], real) == 0) {
			free(data);
			return true; /* already loaded through another import */
		}
	}
	char *key = arena_strdup(&u->arena, real);
	vec_push(&L->stack, key);
	vec_push(&L->done, key);
	uint32_t fid = srcmgr_add(&u->sm, path, data, len);
	struct ast_file *af = kp_parse(&u->arena, &u->sm, fid, &u->diags);
	u->files = xrealloc(u->files, (u->nfiles + 1) * sizeof *u->files);
	u->files[u->nfiles++] = af;
	load_stmts(L, af, dir_of(&u->arena, path), ns);
	L->stack.len--;
	return true;
}

bool kpc_load(struct kpc_unit *u, const char *path)
{
	struct loader L = {.u = u};
	uint32_t before = u->diags.nerrors;
	struct kp_decl *plat = arena_new(&u->arena, struct kp_decl);
	plat->kind = DECL_NAMESPACE;
	plat->name = "";
	vec_push(&u->decls, plat);
	const char *ns = "default";
	load_file(&L, path, (struct span){0}, &ns);
	vec_free(&L.stack);
	vec_free(&L.done);
	if (!u->platform)
		u->platform = "platform";
	return u->diags.nerrors == before;
}

/* ---- profiles and environments ---------------------------------------- */

static void suggest_decl(struct kpc_unit *u, struct diag *g, enum decl_kind k, struct sv name)
{
	const char *names[256];
	size_t n = 0;
	const struct vec *v = k == DECL_ENV ? &u->envs : &u->decls;
	for (uint32_t i = 0; i < v->len && n < KPC_ARRAY_LEN(names); i++) {
		struct kp_decl *d = v->items[i];
		if (d->kind == k && *d->name)
			names[n++] = d->name;
	}
	const char *s = kpc_suggest(name, names, n);
	if (s)
		diag_label(g, "did you mean '%s'?", s);
}

/* The effective body of a profile or app with bases: bases in order, then
 * its own statements. */
static void resolve_bases(struct kpc_unit *u, struct kp_decl *d)
{
	if (d->state == 2)
		return;
	if (d->state == 1) {
		struct diag *g = diag_error(&u->diags, E0207, d->stmt->args[0]->span, "profile '%s' inherits from itself", d->name);
		diag_help(g, "remove one of the ': PROFILE' links that form the cycle");
		return;
	}
	d->state = 1;
	struct ast_stmt *s = d->stmt;
	if (s->nbases) {
		struct vec body = {0};
		for (uint32_t i = 0; i < s->nbases; i++) {
			struct ast_arg *b = s->bases[i];
			struct kp_decl *p = ir_find(u, DECL_PROFILE, b->text);
			if (!p) {
				struct diag *g = diag_error(&u->diags, E0204, b->span, "unknown profile '%.*s'", (int)b->text.len, b->text.p);
				suggest_decl(u, g, DECL_PROFILE, b->text);
				continue;
			}
			resolve_bases(u, p);
			ir_merge(&u->arena, &body, (struct ast_stmt **)p->body.items, p->body.len);
		}
		ir_merge(&u->arena, &body, s->children, s->nchildren);
		vec_free(&d->body);
		d->body = body;
	}
	d->state = 2;
}

/* Turns `a.b.c ARGS {BLOCK}` into nested statements `b { c ARGS {BLOCK} }`
 * under the context of the target declaration; returns the outermost. */
static struct ast_stmt *path_override(struct kpc_unit *u, struct ast_stmt *s, struct sv rest, enum kp_ctx ctx)
{
	const char *dot = memchr(rest.p, '.', rest.len);
	struct sv head = {rest.p, dot ? (size_t)(dot - rest.p) : rest.len};
	struct span hs = {s->key_span.file, s->key_span.off + (uint32_t)(head.p - s->key.p), (uint32_t)head.len};
	if (kp_ctx_is_map(ctx)) {
		if (dot) {
			diag_error(&u->diags, E0201, hs, "'%.*s' is a key of a map and has no fields", (int)head.len, head.p);
			return NULL;
		}
		if (s->nargs != 1) {
			diag_error(&u->diags, E0202, s->key_span, "a map override needs exactly one value");
			return NULL;
		}
		struct ast_stmt *c = arena_new(&u->arena, struct ast_stmt);
		*c = *s;
		c->key = head;
		c->key_span = hs;
		c->assign = true;
		c->kw = NULL;
		c->ctx = ctx;
		return c;
	}
	const struct kw *kw = kw_lookup(ctx, head);
	if (!kw) {
		struct diag *g = diag_error(&u->diags, E0201, hs, "unknown statement '%.*s' in %s", (int)head.len, head.p,
					    kp_ctx_name(ctx));
		suggest_kw(g, ctx, head);
		return NULL;
	}
	struct ast_stmt *c = arena_new(&u->arena, struct ast_stmt);
	if (!dot) {
		*c = *s;
		c->key = head;
		c->key_span = hs;
		c->kw = kw;
		c->ctx = ctx;
		check_stmt(u, c, ctx);
		return c;
	}
	if (!(kw->flags & KW_BLOCK)) {
		diag_error(&u->diags, E0201, hs, "'%s' has no fields", kw->name);
		return NULL;
	}
	struct sv tail = {dot + 1, rest.len - head.len - 1};
	struct ast_stmt *inner = path_override(u, s, tail, kw->child);
	if (!inner)
		return NULL;
	c->key = head;
	c->key_span = hs;
	c->span = s->span;
	c->kw = kw;
	c->ctx = ctx;
	c->has_block = true;
	c->children = arena_alloc(&u->arena, sizeof *c->children);
	c->children[0] = inner;
	c->nchildren = 1;
	return c;
}

static void apply_env(struct kpc_unit *u, struct kp_decl *env)
{
	struct kp_decl *plat = ir_platform(u);
	for (uint32_t i = 0; i < env->body.len; i++) {
		struct ast_stmt *s = env->body.items[i];
		if (s->assign)
			continue;
		if (!s->kw) {
			const char *dot = memchr(s->key.p, '.', s->key.len);
			if (!dot)
				continue; /* reported by the checker */
			struct sv name = {s->key.p, (size_t)(dot - s->key.p)};
			struct sv rest = {dot + 1, s->key.len - name.len - 1};
			struct kp_decl *d = ir_find(u, DECL_APP, name);
			enum kp_ctx ctx = CTX_APP;
			if (!d && (d = ir_find(u, DECL_CONFIG, name)))
				ctx = CTX_MAP;
			if (!d && (d = ir_find(u, DECL_SECRET, name)))
				ctx = CTX_SECRET;
			if (!d) {
				struct span ns = {s->key_span.file, s->key_span.off, (uint32_t)name.len};
				struct diag *g = diag_error(&u->diags, E0204, ns, "no app, config or secret named '%.*s'",
							    (int)name.len, name.p);
				suggest_decl(u, g, DECL_APP, name);
				continue;
			}
			struct ast_stmt *o = path_override(u, s, rest, ctx);
			if (o)
				ir_merge(&u->arena, &d->body, &o, 1);
			continue;
		}
		const char *k = s->kw->name;
		if (strcmp(k, "labels") == 0 || strcmp(k, "annotations") == 0) {
			ir_merge(&u->arena, &plat->body, &s, 1);
			continue;
		}
		enum decl_kind dk = strcmp(k, "app") == 0 ? DECL_APP : strcmp(k, "config") == 0 ? DECL_CONFIG
							: strcmp(k, "secret") == 0 ? DECL_SECRET : DECL_NAMESPACE;
		if (!s->nargs) {
			diag_error(&u->diags, E0202, s->key_span, "'%s' needs the name of the %s to override", k, k);
			continue;
		}
		struct kp_decl *d = ir_find(u, dk, s->args[0]->text);
		if (!d) {
			struct diag *g = diag_error(&u->diags, E0204, s->args[0]->span, "unknown %s '%.*s'", k,
						    (int)s->args[0]->text.len, s->args[0]->text.p);
			suggest_decl(u, g, dk, s->args[0]->text);
			continue;
		}
		ir_merge(&u->arena, &d->body, s->children, s->nchildren);
	}
}

bool kpc_resolve(struct kpc_unit *u, const struct kpc_options *opt)
{
	uint32_t before = u->diags.nerrors;
	for (uint32_t i = 1; i < u->decls.len; i++) {
		struct kp_decl *d = u->decls.items[i];
		if (d->kind == DECL_PROFILE || d->kind == DECL_APP)
			resolve_bases(u, d);
	}
	if (opt && opt->env) {
		struct kp_decl *env = ir_find(u, DECL_ENV, sv_from(opt->env));
		if (!env) {
			struct diag *g = diag_error(&u->diags, E0209, (struct span){0}, "no environment named '%s'", opt->env);
			const char *names[64];
			size_t n = 0;
			for (uint32_t i = 0; i < u->envs.len && n < 64; i++)
				names[n++] = ((struct kp_decl *)u->envs.items[i])->name;
			const char *s = kpc_suggest(sv_from(opt->env), names, n);
			if (s)
				diag_help(g, "did you mean '%s'?", s);
			else if (n) {
				struct buf b = {0};
				for (size_t i = 0; i < n; i++)
					buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
				diag_help(g, "environments: %s", buf_cstr(&b));
				buf_free(&b);
			} else
				diag_help(g, "the platform declares no `env NAME { ... }`");
		} else {
			u->env = env->name;
			apply_env(u, env);
		}
	}
	return u->diags.nerrors == before;
}

/* Loads KEY=VALUE lines (comments, blank lines and `export ` allowed). */
struct env_pair {
	char *name, *value;
	uint32_t line;
};

static int env_pair_cmp(const void *pa, const void *pb)
{
	const struct env_pair *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);
	return c ? c : a->line < b->line ? -1 : a->line > b->line;
}

bool kpc_load_secrets_env(struct kpc_unit *u, const char *path)
{
	char *data;
	size_t len;
	if (!kpc_read_file(path, &data, &len))
		return false;
	size_t i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && data[e] != '\n')
			e++;
		size_t s = i, end = e;
		if (end > s && data[end - 1] == '\r')
			end--;
		while (s < end && (data[s] == ' ' || data[s] == '\t'))
			s++;
		if (end - s > 7 && memcmp(data + s, "export ", 7) == 0)
			s += 7;
		const char *eq = memchr(data + s, '=', end - s);
		if (s < end && data[s] != '#' && eq) {
			size_t vs = (size_t)(eq - data) + 1, ve = end;
			if (ve - vs >= 2 && ((data[vs] == '"' && data[ve - 1] == '"') || (data[vs] == '\'' && data[ve - 1] == '\''))) {
				vs++;
				ve--;
			}
			vec_push(&u->secret_env, arena_strndup(&u->arena, data + s, (size_t)(eq - data) - s));
			vec_push(&u->secret_env, arena_strndup(&u->arena, data + vs, ve - vs));
		}
		i = e + 1;
	}
	free(data);
	/* sorted by name, one value a name (the last, as in a shell), for
	 * kpc_secret_env_get's binary search */
	uint32_t n = u->secret_env.len / 2;
	struct env_pair *pairs = xcalloc(n ? n : 1, sizeof *pairs);
	for (uint32_t k = 0; k < n; k++)
		pairs[k] = (struct env_pair){u->secret_env.items[2 * k], u->secret_env.items[2 * k + 1], k};
	qsort(pairs, n, sizeof *pairs, env_pair_cmp);
	u->secret_env.len = 0;
	for (uint32_t k = 0; k < n; k++) {
		if (k + 1 < n && !strcmp(pairs[k].name, pairs[k + 1].name))
			continue; /* a later line sets it again */
		vec_push(&u->secret_env, pairs[k].name);
		vec_push(&u->secret_env, pairs[k].value);
	}
	free(pairs);
	return true;
}

const char *kpc_secret_env_get(const struct kpc_unit *u, const char *name)
{
	uint32_t lo = 0, hi = u->secret_env.len / 2;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int c = strcmp(u->secret_env.items[2 * mid], name);
		if (!c)
			return u->secret_env.items[2 * mid + 1];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

