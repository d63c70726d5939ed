/* outdir.h: writing a set of files into a directory kpc owns, atomically,
 * and checking such a directory against what would be written.
 *
 * A kpc output directory holds a `.kpc-output` marker.  Writing stages every
 * file in a sibling temporary directory and swaps it in with one rename, so
 * readers see the old set or the new set, never a mix; on any failure the
 * staging directory is removed and the old directory is left as it was.
 * File names are relative paths ("base/kustomization.yaml"): every
 * '/'-separated component is non-empty and does not start with '.', so
 * nothing lands outside DIR, in a hidden file, or on the marker; the
 * subdirectories are created in the staging directory. */
#ifndef KPC_OUTDIR_H
#define KPC_OUTDIR_H

#include "kpc/base.h"
#include "kpc/obj.h"

struct out_file {
	char *name; /* a relative path: "f.yaml" or "overlays/prod/f.yaml" */
	struct buf data;
};

struct out_set {
	struct out_file *items;
	uint32_t len, cap;
};

void out_set_add(struct out_set *s, const char *name, struct buf data);
void out_set_free(struct out_set *s);
/* One file per object: `<namespace>_<kind>_<name>.yaml`, or
 * `<kind>_<name>.yaml` for cluster-scoped objects; kind in lower case. */
void out_set_from_objects(struct out_set *s, const struct objset *objs);
/* Appends the file name out_set_from_objects gives an object to `name`. */
void out_object_file_name(struct buf *name, const struct k8s_obj *k);
/* Appends `s` lowercased, with characters other than a-z 0-9 - . as '-'. */
void out_safe_part(struct buf *b, const char *s);

/* Returns false and fills `err` with a one-line reason on failure. */
bool outdir_write(const char *dir, const struct out_set *s, struct buf *err);
/* Compares; prints "stale: F", "missing: F", "extra: F" lines to `report`
 * (extra files are looked for in subdirectories too).
 * Returns the number of differences, or -1 with `err` set. */
int outdir_check(const char *dir, const struct out_set *s, struct buf *report, struct buf *err);

#endif
