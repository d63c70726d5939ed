/* kustomize.h: kpc's Kustomize back end.
 *
 * kustomize_render turns the objects of the base (compiled without an
 * environment) and the objects of each environment into a Kustomize tree
 * for kubectl v1.32 (kustomize v5.5):
 *
 *   base/kustomization.yaml          resources: one file per base object
 *   base/NS_KIND_NAME.yaml
 *   overlays/ENV/kustomization.yaml  ../../base plus labels, replicas,
 *                                    images and patches
 *   overlays/ENV/patches/F.yaml      JSON 6902 ops for one base object, or
 *                                    a `$patch: delete` for a dropped one
 *   overlays/ENV/NS_KIND_NAME.yaml   objects only the environment has
 *
 * so that `kubectl kustomize overlays/ENV` yields exactly the objects of
 * `kpc build --env ENV`, and `kubectl kustomize base` those of `kpc build`.
 * Every overlay is checked before it is written: kustomize's transformers
 * are simulated on the base and compared with the environment's objects,
 * and a transformer that would not be exact is replaced by patches.
 *
 * Ownership: the input sets are only read; the files added to `out` belong
 * to `out` (out_set_free).  Nothing else outlives a call. */
#ifndef KPC_KUSTOMIZE_H
#define KPC_KUSTOMIZE_H

#include "kpc/kpc.h"
#include "kpc/outdir.h"

struct kz_env {
	const char *name;
	const struct objset *objects; /* sorted by objset_sort */
};

struct kz_input {
	const char *platform; /* named in the generated headers; may be NULL */
	const struct objset *base;
	const struct kz_env *envs;
	uint32_t nenvs;
};

/* Adds the tree's files to `out` (names relative to the output directory).
 * Returns false with a one-line reason in `err` when an environment cannot
 * be expressed (two environments sharing a directory name, a patch target
 * kustomize cannot single out). */
bool kustomize_render(const struct kz_input *in, struct out_set *out, struct buf *err);

/* The environments a resolved unit declares, in source order. */
uint32_t kz_env_count(const struct kpc_unit *u);
const char *kz_env_name(const struct kpc_unit *u, uint32_t i);

#endif
