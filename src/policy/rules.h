/* rules.h: what rule implementations share (private to the policy engine).
 *
 * A family's file defines `rules_<fam>[]` (metadata and check function of
 * each rule, in ID order) and `rules_<fam>_count`; rules.c strings the
 * families together into the catalogue. */
#ifndef KPC_POLICY_RULES_H
#define KPC_POLICY_RULES_H

#include "index.h"
#include "kpc/pack.h"
#include "kpc/regex.h"

#include <string.h>

#define DECLARE_FAMILY(f) \
	extern const struct rule rules_##f[]; \
	extern const size_t rules_##f##_count;
DECLARE_FAMILY(md)
DECLARE_FAMILY(sc)
DECLARE_FAMILY(pb)
DECLARE_FAMILY(rs)
DECLARE_FAMILY(im)
DECLARE_FAMILY(av)
DECLARE_FAMILY(sv)
DECLARE_FAMILY(nw)
DECLARE_FAMILY(rb)
DECLARE_FAMILY(ap)
#undef DECLARE_FAMILY

/* Check function signatures by scope: the `target` argument is a
 * `const struct k8s_obj *` (SCOPE_OBJECT), `const struct pod_view *`
 * (SCOPE_POD), `const struct container_view *` (SCOPE_CONTAINER) or
 * `struct lint_index *` (SCOPE_SET). */
#define CHECK(name) static void name(struct lint_ctx *cx, const void *target)

#endif
