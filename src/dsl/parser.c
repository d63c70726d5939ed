/* parser.c: recursive descent over the generic statement syntax.
 *
 *   file      = stmt* EOF
 *   stmt      = KEY '=' value+                       (assignment, in maps)
 *             | KEY arg* [':' WORD (',' WORD)*] [block]
 *   block     = '{' stmt* '}'
 *   arg       = value
 *   value     = atom ['..' atom] | atom (',' atom)+
 *   atom      = WORD | STRING | NUMBER | PATH
 *
 * A statement's arguments end at a line break (unless the line ends with a
 * ','), at a brace, or at a word that is a keyword of the enclosing block,
 * so several short statements may share a line: `user 1000  group 1000`.
 * Words a statement declares as its options (kw->opts) never end it:
 * `ingress "h" port http` keeps `port` although `port` is an app keyword.
 * After an error the parser skips to the next line or brace and goes on, so
 * one run reports every syntax error. */
#include "kpc/dsl.h"

#include <stdlib.h>
#include <string.h>

struct parser {
	struct arena *a;
	struct lexer lx;
	const char *src;
	uint32_t file;
	struct diags *d;
	struct token tok[2]; /* lookahead */
	int ntok;
	uint32_t last_end; /* end offset of the last consumed token */
	struct token *comments;
	uint32_t ncomments, capcomments;
	int depth;
	/* the arguments and bases of the statement being read: a statement's
	 * are copied out before its block is read, so one pair serves all */
	struct vec args, bases;
};

static struct token lex(struct parser *p)
{
	for (;;) {
		struct token t = lexer_next(&p->lx);
		if (t.kind == TOK_COMMENT) {
			if (p->ncomments == p->capcomments) {
				p->capcomments = p->capcomments ? p->capcomments * 2 : 32;
				p->comments = xrealloc(p->comments, p->capcomments * sizeof *p->comments);
			}
			p->comments[p->ncomments++] = t;
			continue;
		}
		if (t.kind == TOK_ERROR)
			continue; /* already reported by the lexer */
		return t;
	}
}

/* Reads tokens up to lookahead `n`; out of line, so that a peek at a
 * token already read saves no registers. */
KPC_NOINLINE static void fill(struct parser *p, int n)
{
	while (p->ntok <= n)
		p->tok[p->ntok++] = lex(p);
}

static inline struct token *peekn(struct parser *p, int n)
{
	if (p->ntok <= n)
		fill(p, n);
	return &p->tok[n];
}

static struct token *peek(struct parser *p)
{
	return peekn(p, 0);
}

static struct token next(struct parser *p)
{
	struct token t = *peek(p);
	p->tok[0] = p->tok[1];
	p->ntok--;
	if (t.kind != TOK_EOF)
		p->last_end = t.off + t.len;
	return t;
}

static struct span tspan(struct parser *p, struct token t)
{
	return (struct span){p->file, t.off, t.len};
}

static struct sv ttext(struct parser *p, struct token t)
{
	return (struct sv){p->src + t.off, t.len};
}

/* Skip to the start of the next line, or to a brace at this level. */
static void sync_line(struct parser *p)
{
	for (;;) {
		struct token *t = peek(p);
		if (t->kind == TOK_EOF || t->kind == TOK_RBRACE || t->kind == TOK_LBRACE || t->nl_before)
			return;
		next(p);
	}
}

static bool is_atom(enum tok_kind k)
{
	return k == TOK_WORD || k == TOK_STRING || k == TOK_NUMBER || k == TOK_PATH;
}

static struct ast_arg *atom(struct parser *p)
{
	struct token t = next(p);
	struct ast_arg *a = arena_alloc(p->a, offsetof(struct ast_arg, lo)); /* without the union */
	a->span = tspan(p, t);
	switch (t.kind) {
	case TOK_WORD: a->kind = ARG_WORD; break;
	case TOK_NUMBER: a->kind = ARG_NUMBER; break;
	case TOK_PATH: a->kind = ARG_PATH; break;
	default: a->kind = ARG_STRING; break;
	}
	a->text = t.kind == TOK_STRING ? lexer_string_value(p->a, p->src, t) : ttext(p, t);
	return a;
}

static struct ast_arg *value(struct parser *p)
{
	struct ast_arg *a = atom(p);
	struct token *t = peek(p);
	if (t->kind == TOK_DOTDOT && !t->nl_before) {
		next(p);
		struct token *u = peek(p);
		if (u->kind != TOK_NUMBER || u->nl_before) {
			/* ranges are numeric: never take the next statement's keyword */
			struct span dots = {p->file, p->last_end - 2, 2};
			struct diag *g = diag_error(p->d, E0110, dots, "expected the upper bound of a range after '..'");
			diag_help(g, "a range is written LOW..HIGH, as in `cpu 500m..1`");
			return a;
		}
		struct ast_arg *r = arena_new(p->a, struct ast_arg);
		r->kind = ARG_RANGE;
		r->lo = a;
		r->hi = atom(p);
		r->span = (struct span){p->file, a->span.off, r->hi->span.off + r->hi->span.len - a->span.off};
		r->text = (struct sv){p->src + r->span.off, r->span.len};
		return r;
	}
	if (t->kind == TOK_COMMA && !t->nl_before) {
		struct ast_arg *l = arena_new(p->a, struct ast_arg);
		l->kind = ARG_LIST;
		struct vec items = {0};
		vec_push(&items, a);
		while (peek(p)->kind == TOK_COMMA && !peek(p)->nl_before) {
			struct token comma = next(p);
			struct token *u = peek(p);
			if (!is_atom(u->kind)) {
				diag_error(p->d, E0110, tspan(p, comma), "expected a value after ','");
				break;
			}
			vec_push(&items, atom(p));
		}
		l->nitems = items.len;
		l->items = arena_alloc(p->a, items.len * sizeof *l->items);
		memcpy(l->items, items.items, items.len * sizeof *l->items);
		vec_free(&items);
		struct ast_arg *last = l->items[l->nitems - 1];
		l->span = (struct span){p->file, a->span.off, last->span.off + last->span.len - a->span.off};
		l->text = (struct sv){p->src + l->span.off, l->span.len};
		return l;
	}
	return a;
}

/* The items of `v` in the arena; `v` is emptied (its memory kept). */
static void *take_vec(struct parser *p, struct vec *v, uint32_t *n)
{
	*n = v->len;
	void **out = arena_bytes(p->a, v->len * sizeof *out); /* all copied over */
	if (v->len)
		memcpy(out, v->items, v->len * sizeof *out);
	v->len = 0;
	return out;
}

static void *copy_vec(struct parser *p, struct vec *v, uint32_t *n)
{
	void *out = take_vec(p, v, n);
	vec_free(v);
	return out;
}

static struct ast_stmt **block(struct parser *p, enum kp_ctx ctx, uint32_t *n, bool top, struct token open);

/* Does `t` begin a new statement in `ctx`? */
static bool starts_stmt(struct parser *p, enum kp_ctx ctx, struct token *t)
{
	if (t->kind != TOK_WORD && t->kind != TOK_STRING)
		return false;
	if (peekn(p, 1)->kind == TOK_EQ && t == &p->tok[0])
		return true;
	if (t->kind != TOK_WORD)
		return false;
	struct sv w = ttext(p, *t);
	if (kw_lookup(ctx, w))
		return true;
	if (ctx == CTX_ENVIRONMENT && memchr(w.p, '.', w.len))
		return true;
	return false;
}

static struct ast_stmt *stmt(struct parser *p, enum kp_ctx ctx)
{
	struct token key = next(p);
	struct ast_stmt *s = arena_new(p->a, struct ast_stmt);
	s->key = key.kind == TOK_STRING ? lexer_string_value(p->a, p->src, key) : ttext(p, key);
	s->key_quoted = key.kind == TOK_STRING;
	s->key_span = tspan(p, key);
	s->ctx = ctx;
	struct vec *args = &p->args, *bases = &p->bases;

	if (peek(p)->kind == TOK_EQ && !peek(p)->nl_before) {
		s->assign = true;
		struct token eq = next(p);
		while (is_atom(peek(p)->kind) && !peek(p)->nl_before) {
			if (args->len && starts_stmt(p, ctx, peek(p)))
				break;
			vec_push(args, value(p));
		}
		if (!args->len) {
			struct diag *g = diag_error(p->d, E0110, tspan(p, eq), "expected a value after '='");
			diag_help(g, "write `%.*s = \"VALUE\"`", (int)s->key.len, s->key.p);
		}
	} else {
		if (key.kind == TOK_STRING) {
			diag_error(p->d, E0110, tspan(p, key), "expected '=' after a quoted key");
			sync_line(p);
		}
		s->kw = kp_ctx_is_map(ctx) ? NULL : kw_lookup(ctx, s->key);
		for (;;) {
			struct token *t = peek(p);
			if (t->kind == TOK_EOF || t->kind == TOK_LBRACE || t->kind == TOK_RBRACE || t->nl_before)
				break;
			if (t->kind == TOK_COLON) {
				struct token colon = next(p);
				if (bases->len) {
					diag_error(p->d, E0110, tspan(p, colon), "a second ':' list");
					sync_line(p);
					break;
				}
				if (peek(p)->kind != TOK_WORD || peek(p)->nl_before) {
					diag_error(p->d, E0110, tspan(p, colon), "expected a profile name after ':'");
					sync_line(p);
					break;
				}
				struct ast_arg *b = value(p);
				if (b->kind == ARG_LIST) {
					for (uint32_t i = 0; i < b->nitems; i++)
						vec_push(bases, b->items[i]);
				} else {
					vec_push(bases, b);
				}
				continue;
			}
			if (is_atom(t->kind)) {
				if (starts_stmt(p, ctx, t) &&
				    !(t->kind == TOK_WORD && peekn(p, 1)->kind != TOK_EQ && kw_has_opt(s->kw, ttext(p, *t))))
					break;
				vec_push(args, value(p));
				continue;
			}
			struct diag *g = diag_error(p->d, E0110, tspan(p, *t), "unexpected %s", tok_kind_name(t->kind));
			if (t->kind == TOK_EQ)
				diag_help(g, "`KEY = VALUE` is written inside maps such as `labels { ... }` and `config NAME { ... }`");
			sync_line(p);
			break;
		}
	}
	s->args = take_vec(p, args, &s->nargs);
	s->bases = take_vec(p, bases, &s->nbases);
	if (peek(p)->kind == TOK_LBRACE) {
		struct token open = next(p);
		s->has_block = true;
		enum kp_ctx child = s->kw ? s->kw->child : CTX_NONE;
		if (s->kw && !(s->kw->flags & KW_BLOCK))
			child = CTX_NONE;
		if (ctx == CTX_ENVIRONMENT && !s->kw)
			child = CTX_NONE;
		s->children = block(p, child, &s->nchildren, false, open);
	}
	s->span = (struct span){p->file, key.off, p->last_end - key.off};
	return s;
}

static struct ast_stmt **block(struct parser *p, enum kp_ctx ctx, uint32_t *n, bool top, struct token open)
{
	struct vec v = {0};
	p->depth++;
	for (;;) {
		struct token *t = peek(p);
		if (t->kind == TOK_EOF) {
			if (!top) {
				struct diag *g = diag_error(p->d, E0111, tspan(p, open), "unclosed block");
				diag_label(g, "this '{' is never closed");
			}
			break;
		}
		if (t->kind == TOK_RBRACE) {
			if (top) {
				diag_error(p->d, E0112, tspan(p, *t), "unexpected '}' with no open block");
				next(p);
				continue;
			}
			next(p);
			break;
		}
		if (t->kind == TOK_WORD || t->kind == TOK_STRING) {
			if (p->depth > 64) {
				diag_error(p->d, E0110, tspan(p, *t), "blocks nested too deeply (more than 64 levels)");
				/* skip the statement and any block it opens, iteratively */
				next(p);
				while (peek(p)->kind != TOK_EOF && peek(p)->kind != TOK_RBRACE && !peek(p)->nl_before) {
					if (next(p).kind != TOK_LBRACE)
						continue;
					for (uint32_t nest = 1; nest && peek(p)->kind != TOK_EOF;) {
						struct token u = next(p);
						nest += u.kind == TOK_LBRACE;
						nest -= u.kind == TOK_RBRACE;
					}
				}
				continue;
			}
			vec_push(&v, stmt(p, ctx));
			continue;
		}
		struct diag *g = diag_error(p->d, E0110, tspan(p, *t), "expected a statement, found %s",
					    tok_kind_name(t->kind));
		if (t->kind == TOK_LBRACE) {
			diag_help(g, "a block follows the statement it belongs to, as in `labels { ... }`");
			/* skip the stray block without recursing: nesting may be deep */
			next(p);
			for (uint32_t nest = 1; nest && peek(p)->kind != TOK_EOF;) {
				struct token u = next(p);
				nest += u.kind == TOK_LBRACE;
				nest -= u.kind == TOK_RBRACE;
			}
			continue;
		}
		next(p);
		sync_line(p);
	}
	p->depth--;
	return copy_vec(p, &v, n);
}

struct ast_file *kp_parse(struct arena *a, const struct srcmgr *sm, uint32_t file, struct diags *d)
{
	const struct srcfile *f = srcmgr_get(sm, file);
	struct parser p = {0};
	p.a = a;
	p.src = f->data;
	p.file = file;
	p.d = d;
	lexer_init(&p.lx, file, f->data, f->len, d);
	struct ast_file *af = arena_new(a, struct ast_file);
	af->file = file;
	struct token none = {0};
	af->stmts = block(&p, CTX_TOP, &af->nstmts, true, none);
	af->ncomments = p.ncomments;
	af->comments = arena_alloc(a, p.ncomments * sizeof *af->comments);
	if (p.ncomments)
		memcpy(af->comments, p.comments, p.ncomments * sizeof *af->comments);
	free(p.comments);
	vec_free(&p.args);
	vec_free(&p.bases);
	return af;
}

/* --emit ast */
void ast_arg_dump_json(const struct ast_arg *a, struct buf *out)
{
	static const char *const kinds[] = {"word", "string", "number", "path", "range", "list"};
	buf_printf(out, "{\"kind\":\"%s\",\"offset\":%u,\"length\":%u", kinds[a->kind], a->span.off, a->span.len);
	if (a->kind == ARG_RANGE) {
		buf_puts(out, ",\"low\":");
		ast_arg_dump_json(a->lo, out);
		buf_puts(out, ",\"high\":");
		ast_arg_dump_json(a->hi, out);
	} else if (a->kind == ARG_LIST) {
		buf_puts(out, ",\"items\":[");
		for (uint32_t i = 0; i < a->nitems; i++) {
			if (i)
				buf_putc(out, ',');
			ast_arg_dump_json(a->items[i], out);
		}
		buf_putc(out, ']');
	} else {
		buf_puts(out, ",\"value\":");
		buf_json_str(out, a->text.p, a->text.len);
	}
	buf_putc(out, '}');
}

static void stmt_dump(const struct ast_stmt *s, const struct srcmgr *sm, struct buf *out, int ind)
{
	uint32_t line, col;
	srcmgr_linecol(sm, s->key_span.file, s->key_span.off, &line, &col);
	buf_indent(out, ind);
	buf_puts(out, "{\"key\":");
	buf_json_str(out, s->key.p, s->key.len);
	buf_printf(out, ",\"line\":%u,\"column\":%u", line, col);
	if (s->assign)
		buf_puts(out, ",\"assign\":true");
	buf_puts(out, ",\"args\":[");
	for (uint32_t i = 0; i < s->nargs; i++) {
		if (i)
			buf_putc(out, ',');
		ast_arg_dump_json(s->args[i], out);
	}
	buf_putc(out, ']');
	if (s->nbases) {
		buf_puts(out, ",\"bases\":[");
		for (uint32_t i = 0; i < s->nbases; i++) {
			if (i)
				buf_putc(out, ',');
			buf_json_str(out, s->bases[i]->text.p, s->bases[i]->text.len);
		}
		buf_putc(out, ']');
	}
	if (s->has_block) {
		buf_puts(out, ",\"block\":[");
		for (uint32_t i = 0; i < s->nchildren; i++) {
			buf_puts(out, i ? ",\n" : "\n");
			stmt_dump(s->children[i], sm, out, ind + 2);
		}
		buf_puts(out, "]");
	}
	buf_putc(out, '}');
}

void ast_dump_json(const struct ast_file *f, const struct srcmgr *sm, struct buf *out)
{
	const struct srcfile *sf = srcmgr_get(sm, f->file);
	buf_puts(out, "{\"file\":");
	buf_json_str(out, sf->path, strlen(sf->path));
	buf_puts(out, ",\"statements\":[");
	for (uint32_t i = 0; i < f->nstmts; i++) {
		buf_puts(out, i ? ",\n" : "\n");
		stmt_dump(f->stmts[i], sm, out, 2);
	}
	buf_puts(out, "]}\n");
}
