/* pack.h: policy packs: which rules run, at what severity, with which
 * parameters.
 *
 * A pack is a YAML document of kind PolicyPack (schema in
 * schemas/policy-pack.schema.json).  It may extend a built-in pack (minimal,
 * default, restricted, ecommerce-production) or another file, choose a
 * profile, change severities, turn rules off, mark them not waivable, and give
 * parameters; pattern parameters are PCRE2 expressions compiled once when
 * the pack loads.  Errors point at the pack's own line and column.
 *
 * A `struct pack_set` owns the loaded pack files; the lint configuration
 * refers to their nodes, so it lives as long as the configuration. */
#ifndef KPC_PACK_H
#define KPC_PACK_H

#include "kpc/diag.h"
#include "kpc/lint.h"
#include "kpc/regex.h"

struct pack_set {
	struct srcmgr sm;
	struct diags diags;
	struct arena arena;
	struct vec regexes; /* struct regex *, freed with the set */
	struct vec loading; /* paths being loaded (cycle detection) */
};

void pack_set_init(struct pack_set *ps);
void pack_set_free(struct pack_set *ps);
bool pack_profile_parse(const char *name, unsigned *profile);
/* The nearest `.kpc.yaml` in `dir` or a parent directory (malloc'd), or NULL. */
char *pack_find_config(const char *dir);
/* Loads a pack (a built-in name or a file) into `cfg`.  Returns false after
 * reporting errors into ps->diags. */
bool pack_load(struct pack_set *ps, const char *name_or_path, struct lint_config *cfg);
/* The text of a built-in pack, or NULL. */
const char *pack_builtin(const char *name);

/* For rules: the compiled pattern of a parameter (a string), or NULL. */
const struct regex *lint_param_regex(const struct lint_ctx *cx, const char *name);

#endif
