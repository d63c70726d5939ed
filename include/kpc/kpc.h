/* kpc.h: the library API the CLI, the tests and the LSP call.
 *
 * A `struct kpc_unit` is one compilation: it owns the arena, the source
 * files, the diagnostics and the objects produced.  kpc_unit_free releases
 * all of it. */
#ifndef KPC_KPC_H
#define KPC_KPC_H

#include "kpc/base.h"
#include "kpc/diag.h"
#include "kpc/dsl.h"
#include "kpc/obj.h"

#define KPC_VERSION "0.1.0"

struct kpc_options {
	const char *env;	 /* environment to build, or NULL for the base */
	const char *secrets_env; /* extra KEY=VALUE file consulted before the process environment */
	bool no_secret_values;	 /* resolve nothing: Secrets get no data (for fmt/ast/ir/objects dumps) */
};

struct kp_decl; /* a named top-level declaration, see resolve.c */

struct kpc_unit {
	struct arena arena;
	struct srcmgr sm;
	struct diags diags;
	struct ast_file **files;
	uint32_t nfiles;
	struct objset objects;
	/* resolved platform */
	const char *platform;
	const char *env;
	struct vec decls; /* struct kp_decl *, in source order */
	struct vec envs;  /* struct kp_decl * */
	struct vec secret_env; /* char *, from --secrets-env: name, value, ...; sorted by name, owned by arena */
	/* declarations by kind and name (open addressing; see ir_find) */
	struct kp_decl **decl_slots;
	uint32_t decl_cap, decl_used;
};

void kpc_unit_init(struct kpc_unit *u);
void kpc_unit_free(struct kpc_unit *u);

/* Load `path` and its imports, resolve, apply profiles and the environment,
 * and lower to objects.  Returns true when no error was reported. */
bool kpc_compile(struct kpc_unit *u, const char *path, const struct kpc_options *opt);
/* Stages on their own (kpc_compile calls them in this order). */
bool kpc_load(struct kpc_unit *u, const char *path);
bool kpc_resolve(struct kpc_unit *u, const struct kpc_options *opt);
bool kpc_lower(struct kpc_unit *u, const struct kpc_options *opt);

/* kpc_compile for a caller that needs each object only once, right after it
 * is made (`kpc build` printing YAML): after each declaration is lowered,
 * `fn` sees the objects it produced (objs->items from `first` on); then their
 * trees are dropped and the arena rolls back, so memory follows the largest
 * declaration, not the platform.  At the end u->objects holds every object,
 * sorted as kpc_lower sorts them, with its identity and `seq` (the order
 * `fn` saw them in) but no tree: `root` is NULL. */
typedef void (*kpc_object_fn)(void *user, const struct objset *objs, uint32_t first);
bool kpc_compile_each(struct kpc_unit *u, const char *path, const struct kpc_options *opt, kpc_object_fn fn,
		      void *user);

/* Reads KEY=VALUE lines (blank lines, '#' comments and `export ` allowed)
 * that secret values are looked up in before the process environment. */
bool kpc_load_secrets_env(struct kpc_unit *u, const char *path);
/* The value a --secrets-env file gives NAME (its last line for it), or NULL. */
const char *kpc_secret_env_get(const struct kpc_unit *u, const char *name);

/* --emit ir: the resolved platform as JSON (no secret values). */
void kpc_dump_ir(const struct kpc_unit *u, struct buf *out);

#endif
