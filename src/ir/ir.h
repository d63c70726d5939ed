/* ir.h: the platform IR shared by the resolver and the lowering (private to
 * libkpc).
 *
 * The platform IR is the set of named declarations with their effective
 * statement lists: profiles applied in order, then the app's own statements,
 * then the chosen environment's overrides, merged by the keyword schema.
 * Statements keep pointing at the source that wrote them, so each field of an
 * object can name the .kp line it came from. */
#ifndef KPC_IR_H
#define KPC_IR_H

#include "kpc/kpc.h"

#include <string.h>

enum decl_kind { DECL_NAMESPACE, DECL_PROFILE, DECL_CONFIG, DECL_SECRET, DECL_APP, DECL_ENV };

struct kp_decl {
	enum decl_kind kind;
	struct ast_stmt *stmt; /* the declaring statement */
	const char *name;
	uint32_t name_len;
	const char *ns;	/* namespace of a config, secret or app */
	const char *dir;	/* directory of the declaring file, for relative paths */
	struct vec body; /* effective statements (struct ast_stmt *) */
	int state;	 /* profiles: 0 new, 1 resolving, 2 done */
};

/* Effective platform-wide statements (labels, annotations) live in a
 * pseudo-declaration of kind DECL_NAMESPACE named "" at decls[0]. */

struct kp_decl *ir_find(const struct kpc_unit *u, enum decl_kind k, struct sv name);
/* Adds a declaration to the lookup table ir_find uses. */
void ir_index_decl(struct kpc_unit *u, struct kp_decl *d);
/* Last statement with this key in an effective list, or NULL; inline, so
 * that the length of a literal key is known when compiling. */
struct ast_stmt *ir_stmt_n(const struct vec *body, const char *key, size_t n);
static inline struct ast_stmt *ir_stmt(const struct vec *body, const char *key)
{
	return ir_stmt_n(body, key, strlen(key));
}
struct ast_stmt *ir_stmt_named(const struct vec *body, const char *key, struct sv name);
/* Merge `n` override statements into `dst` following the schema. */
void ir_merge(struct arena *a, struct vec *dst, struct ast_stmt **src, uint32_t n);
void ir_stmts_to_vec(struct vec *dst, struct ast_stmt **src, uint32_t n);
const char *ir_sv_dup(struct kpc_unit *u, struct sv s);
struct kp_decl *ir_platform(const struct kpc_unit *u);

#endif
