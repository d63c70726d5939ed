/* diff.h: the object-aware diff of two object sets (`kpc diff`).
 *
 * diff_objsets matches objects by group, kind, namespace and name (a
 * kustomize hash-suffixed ConfigMap or Secret renamed one-to-one counts as a
 * rename), compares each pair field by field with Kubernetes semantics
 * (named list items matched by `name` or `key`, quantities and ports compared
 * by value, absent fields equal to their well-known API defaults) and flags
 * risky changes.  The result owns its arena: every change, path and
 * synthesized value lives there; `old_val`/`new_val` and the k8s_obj pointers
 * point into the two input sets, which must outlive the result.
 *
 * A change to a Secret's `data`/`stringData` value (or its last-applied
 * annotation) is marked `secret`: renderers print its sizes, never its value,
 * unless `show_secrets` is set.  docs/diff.md describes the rules and the
 * JSON report (schemas/diff.schema.json). */
#ifndef KPC_DIFF_H
#define KPC_DIFF_H

#include "kpc/obj.h"

enum diff_op {
	DIFF_OP_ADD,	 /* only in NEW */
	DIFF_OP_REMOVE,	 /* only in OLD */
	DIFF_OP_CHANGE,	 /* in both, different */
	DIFF_OP_REORDER, /* the same named items in another order */
};

enum diff_status { DIFF_ADDED, DIFF_REMOVED, DIFF_CHANGED, DIFF_RENAMED };

/* X(enum, JSON name) */
#define DIFF_RISKS(X) \
	X(DIFF_RISK_NONE, "none") \
	X(DIFF_RISK_IMMUTABLE, "immutable-field") \
	X(DIFF_RISK_REPLICAS, "replicas-decrease") \
	X(DIFF_RISK_LIMITS, "limit-decrease") \
	X(DIFF_RISK_PROBE, "probe-removed") \
	X(DIFF_RISK_PROTECTION, "protection-removed") \
	X(DIFF_RISK_REFERENCED, "referenced-object-removed")

enum diff_risk {
#define X(e, s) e,
	DIFF_RISKS(X)
#undef X
};

const char *diff_risk_name(enum diff_risk r);

/* One step of a path: a map key, a list position, or a list item named by
 * its identifying field (`name` or `key`) and that field's value. */
enum diff_seg_kind { DIFF_SEG_KEY, DIFF_SEG_INDEX, DIFF_SEG_ITEM };
struct diff_seg {
	enum diff_seg_kind kind;
	struct sv key;	  /* KEY: the map key; ITEM: the identifying field */
	struct sv value;  /* ITEM: the item's identifier */
	uint32_t index;	  /* INDEX */
};

struct diff_change {
	enum diff_op op;
	const char *path; /* "spec.template.spec.containers.app.image" */
	struct diff_seg *segs;
	uint32_t nsegs;
	/* NULL when absent; REORDER: sequences of the identifiers */
	const struct obj *old_val, *new_val;
	bool secret;		    /* print sizes only */
	int64_t old_size, new_size; /* secret: bytes (decoded for `data`), -1 absent or unknown */
	enum diff_risk risk;
	const char *risk_msg;
};

struct diff_risk_note {
	enum diff_risk risk;
	const char *path; /* the change's path, or "" for the object itself */
	const char *msg;
};

struct diff_object {
	enum diff_status status;
	const struct k8s_obj *old_obj, *new_obj; /* NULL when absent */
	struct diff_change *changes;		 /* in path order */
	uint32_t nchanges;
	struct diff_risk_note *risks; /* the risky changes, then the object's own risks */
	uint32_t nrisks;
};

struct diff_result {
	struct arena arena;
	struct diff_object *objects; /* kustomize legacy order */
	uint32_t len, cap;
	uint32_t added, removed, changed, renamed, unchanged, risks;
};

/* Diffs OLD against NEW into `r` (initialised here; free with
 * diff_result_free).  Linear in the number of objects. */
void diff_objsets(struct diff_result *r, const struct objset *old_set, const struct objset *new_set);
/* The same, told which source managers hold the YAML the sets were loaded
 * from (NULL for a set of compiled objects): a pair whose source text is
 * byte-for-byte the same, at the same column and without an alias, is equal
 * without comparing the trees.  The result does not depend on it. */
void diff_objsets_src(struct diff_result *r, const struct objset *old_set, const struct srcmgr *old_sm,
		      const struct objset *new_set, const struct srcmgr *new_sm);
void diff_result_free(struct diff_result *r);
static inline bool diff_result_equal(const struct diff_result *r)
{
	return r->len == 0;
}

enum diff_format { DIFF_FORMAT_TEXT, DIFF_FORMAT_MARKDOWN, DIFF_FORMAT_JSON };
bool diff_format_parse(const char *s, enum diff_format *f);

struct diff_render_opts {
	bool color;	   /* text: ANSI colours */
	bool show_secrets; /* print Secret values */
	const char *old_label, *new_label;
};

void diff_render(const struct diff_result *r, enum diff_format f, const struct diff_render_opts *o, struct buf *out);

#endif
