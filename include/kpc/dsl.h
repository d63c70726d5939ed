/* dsl.h: the .kp language front end: tokens, lexer, syntax tree, parser,
 * keyword schema and formatter.
 *
 * The syntax is generic: a file is a list of statements; a statement is a
 * key, arguments, an optional `: base, base` list and an optional block of
 * statements; `key = value` is an assignment.  What keys exist where, and how
 * they merge, is data (the keyword schema in schema.c), so the parser, the
 * formatter, profile and environment merging and the LSP all work on one
 * shape.  Every node carries spans into the source manager.  All nodes live
 * in the arena passed to the parser. */
#ifndef KPC_DSL_H
#define KPC_DSL_H

#include "kpc/base.h"
#include "kpc/diag.h"

#define KP_TOKENS(X) \
	X(EOF, "end of file") \
	X(WORD, "word") \
	X(STRING, "string") \
	X(NUMBER, "number") \
	X(PATH, "path") \
	X(LBRACE, "'{'") \
	X(RBRACE, "'}'") \
	X(EQ, "'='") \
	X(COMMA, "','") \
	X(COLON, "':'") \
	X(DOTDOT, "'..'") \
	X(COMMENT, "comment") \
	X(ERROR, "invalid token")

enum tok_kind {
#define X(k, s) TOK_##k,
	KP_TOKENS(X)
#undef X
};
const char *tok_kind_name(enum tok_kind k);

struct token {
	enum tok_kind kind;
	bool nl_before; /* a newline separates it from the previous token */
	uint32_t off, len;
};

struct lexer {
	const char *src;
	uint32_t len, pos;
	uint32_t file;
	struct diags *diags;
	bool saw_nl;
};

void lexer_init(struct lexer *lx, uint32_t file, const char *src, size_t len, struct diags *d);
/* Next token; comments are returned as TOK_COMMENT. */
struct token lexer_next(struct lexer *lx);
/* A string token's contents, escapes resolved: a view of the source when it
 * has none, else a copy in the arena. */
struct sv lexer_string_value(struct arena *a, const char *src, struct token t);

/* Syntax tree. */
enum arg_kind { ARG_WORD, ARG_STRING, ARG_NUMBER, ARG_PATH, ARG_RANGE, ARG_LIST };

/* A large platform has hundreds of thousands of nodes: the fields are
 * ordered so that no padding is left (48 and 96 bytes), and an atom (a
 * word, string, number or path), the most common node, is allocated
 * without the union that only a range or a list reads (32 bytes): never
 * copy an ast_arg by value. */
struct ast_arg {
	enum arg_kind kind;
	struct span span;
	struct sv text; /* raw text; decoded value for strings */
	union {
		struct {
			struct ast_arg *lo, *hi;
		}; /* ARG_RANGE */
		struct {
			struct ast_arg **items;
			uint32_t nitems;
		}; /* ARG_LIST */
	};
};

struct kw;
struct ast_stmt {
	struct sv key;
	struct span key_span;
	/* the whole statement; with a block, it ends at the closing brace
	 * (ast_stmt_rbrace) */
	struct span span;
	/* (what a lookup by key reads is in the first 48 bytes) */
	uint8_t ctx; /* enum kp_ctx it was parsed in */
	bool assign; /* key = value */
	bool key_quoted;
	bool has_block;
	uint32_t nargs;
	struct ast_arg **args;
	struct ast_arg **bases; /* after ':' */
	struct ast_stmt **children;
	const struct kw *kw; /* schema entry, NULL when unknown */
	struct ast_stmt *origin; /* for merged copies: the statement it came from */
	uint32_t nbases, nchildren;
};

struct ast_file {
	uint32_t file;
	struct ast_stmt **stmts;
	uint32_t nstmts;
	struct token *comments;
	uint32_t ncomments;
};

/* Keyword schema. */
enum kp_ctx {
	CTX_NONE, /* unknown statement: children are parsed generically */
	CTX_TOP,
	CTX_NAMESPACE,
	CTX_APP,
	CTX_CONTAINER,
	CTX_MAP,
	CTX_ENV_VARS,
	CTX_SECURITY,
	CTX_RESOURCES,
	CTX_AUTOSCALE,
	CTX_BEHAVIOR,
	CTX_VERTICAL,
	CTX_SECRET,
	CTX_ACCOUNT,
	CTX_PLACEMENT,
	CTX_NETWORK,
	CTX_ENVIRONMENT,
	CTX_COUNT
};

enum kw_flags {
	KW_REPEAT = 1 << 0, /* may appear several times */
	KW_NAMED = 1 << 1,  /* identity for merging includes the first argument */
	KW_BLOCK = 1 << 2,  /* may have a block */
	KW_BASES = 1 << 3,  /* may have ': base, ...' */
	KW_MERGE = 1 << 4,  /* an override merges into it instead of replacing it */
};

struct kw {
	const char *name;
	enum kp_ctx ctx;
	enum kp_ctx child;
	unsigned flags;
	const char *syntax; /* for help and errors */
	const char *doc;
	/* Words the statement uses as options; they never end it even where
	 * they are keywords of the enclosing block (`ingress ... port http`). */
	const char *opts;
};

const struct kw *kw_lookup(enum kp_ctx ctx, struct sv name);
bool kw_has_opt(const struct kw *kw, struct sv word);
/* Candidate names in a context (for suggestions); returns count. */
size_t kw_names(enum kp_ctx ctx, const char **out, size_t max);
const char *kp_ctx_name(enum kp_ctx ctx);
/* Contexts whose statements are `key = value` assignments only. */
bool kp_ctx_is_map(enum kp_ctx ctx);

/* Offset of the closing brace of a statement with a block, as parsed. */
static inline uint32_t ast_stmt_rbrace(const struct ast_stmt *s)
{
	return s->span.off + s->span.len - 1;
}

/* Parse a whole file.  Errors go to `d`; the tree is always returned, with
 * erroneous statements skipped. */
struct ast_file *kp_parse(struct arena *a, const struct srcmgr *sm, uint32_t file, struct diags *d);

/* JSON dump of the syntax tree (--emit ast). */
void ast_dump_json(const struct ast_file *f, const struct srcmgr *sm, struct buf *out);
void ast_arg_dump_json(const struct ast_arg *a, struct buf *out);

/* Canonical layout, comments kept. */
void kp_format(const struct ast_file *f, const struct srcmgr *sm, struct buf *out);

#endif
