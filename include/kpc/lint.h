/* lint.h: the policy engine: rules over the object IR, findings, policy
 * packs, waivers and baselines.
 *
 * One engine serves `kpc lint` (objects loaded from YAML) and `kpc build`
 * (objects lowered from .kp): rules only see `struct k8s_obj`, and every
 * finding carries the span of the node it is about, which is a YAML position
 * or the .kp statement that produced the field.
 *
 * Ownership: a `struct lint_run` owns its findings and everything it
 * allocates (in its arena); the objects and sources belong to the caller. */
#ifndef KPC_LINT_H
#define KPC_LINT_H

#include "kpc/base.h"
#include "kpc/diag.h"
#include "kpc/obj.h"

enum lint_sev { LINT_OFF, LINT_INFO, LINT_WARNING, LINT_ERROR };
const char *lint_sev_name(enum lint_sev s);
bool lint_sev_parse(const char *s, enum lint_sev *out);

/* Profiles a rule belongs to. */
enum {
	PROFILE_MINIMAL = 1 << 0,
	PROFILE_DEFAULT = 1 << 1,
	PROFILE_RESTRICTED = 1 << 2,
	PROFILE_ALL = 1 << 3,
};

struct lint_ctx;
struct pod_view;
struct container_view;

/* What a rule's check function is given. */
enum rule_scope {
	SCOPE_OBJECT,	 /* every object */
	SCOPE_POD,	 /* every workload's pod spec */
	SCOPE_CONTAINER, /* every container (init containers included) of every pod spec */
	SCOPE_SET,	 /* once, over the whole object set (cross-object rules) */
};

struct rule {
	const char *id;	  /* stable: "SC002" */
	const char *slug; /* "allow-privilege-escalation" */
	const char *family;
	enum lint_sev sev; /* default severity */
	unsigned profiles;
	enum rule_scope scope;
	void (*check)(struct lint_ctx *cx, const void *target);
	/* cross-object references in the open world (--world open, the
	 * default): 0 as configured, 1 at most `info`, 2 off */
	int open_world;
	const char *summary;   /* one line, for `kpc rules` */
	const char *rationale; /* why it matters */
	const char *fix;       /* how to fix it */
	const char *anchors;   /* the equivalent rules in other linters */
	/* Parameters a pack may give, "name:type ...", type one of int, bool,
	 * string, list (of strings), regex, regexlist; NULL for none. */
	const char *params;
};

/* The catalogue: every family's rules, in ID order within a family. */
size_t rule_count(void);
const struct rule *rule_at(size_t i);
size_t rule_index(const struct rule *r);
const struct rule *rule_find(const char *id_or_slug);

/* A pod spec inside a workload, with where it lives. */
struct pod_view {
	const struct k8s_obj *obj;
	const struct obj *spec;	      /* the PodSpec map */
	const struct obj *meta;	      /* the pod template's metadata (NULL for a Pod: use the object's) */
	const struct obj *template_;  /* the template map (NULL for a Pod) */
	const char *prefix;	      /* JSON pointer of the PodSpec: "/spec/template/spec" */
	int64_t replicas;	      /* -1 when not applicable or not set */
	bool is_job;		      /* Job or CronJob: run to completion */
};

struct container_view {
	const struct pod_view *pod;
	const struct obj *c; /* the container map */
	const char *name;
	const char *pointer; /* "/spec/template/spec/containers/0" */
	bool init;	     /* an init container */
	bool ephemeral;
};

/* A resolved source location.  Findings outlive the source buffers (lint
 * streams files and frees each one), so the location is resolved when the
 * finding is made and the source line is copied. */
struct loc {
	const char *file; /* path, owned by the run */
	uint32_t file_index; /* order of the file in the run (for sorting) */
	uint32_t line, col, end_line, end_col;
	uint32_t off, len;
};

struct finding {
	const struct rule *rule;
	enum lint_sev sev;
	struct loc loc;
	struct loc note_loc; /* a related place (e.g. the first of two duplicate keys); file NULL if none */
	const char *note;
	const char *message;
	const char *object;	 /* "Deployment/ns/name" */
	const char *container; /* may be NULL */
	const char *pointer;	 /* JSON pointer of the field, e.g. /spec/template/spec/containers/0/image */
	char fingerprint[17];
	bool waived;
	bool baselined;
	const char *waiver_reason;
};

/* Per-rule settings from a policy pack. */
struct rule_config {
	enum lint_sev sev;
	bool waivable;
	const struct obj *params; /* the rule's `params` map, or NULL */
	struct span where;	  /* where the pack set it */
};

struct regex; /* a compiled PCRE2 pattern, see regex.h */

struct lint_config {
	struct rule_config *rules; /* rule_count() entries, by rule_index() */
	bool closed_world;
	int k8s_minor; /* Kubernetes 1.<minor>; default 32 */
	const char *pack_name;
};

void lint_config_init(struct lint_config *c, unsigned profile);
void lint_config_free(struct lint_config *c);

struct lint_index; /* what cross-object rules need, copied out of each file */
struct schema_cache; /* field lookups of the schema walk (AP003/AP004) */
struct lint_store; /* findings merged from files, kept compactly (lint_run_spill) */

struct lint_run {
	struct arena own;
	struct arena *arena; /* findings (&own) */
	struct arena *keep;  /* what outlives a merge into a spilling run: index entries, waivers, paths */
	const struct lint_config *cfg;
	struct finding *items;
	uint32_t len, cap;
	struct lint_index *index;
	/* while a file is being checked */
	const struct srcmgr *sm;
	uint32_t file_index;
	uint32_t nobjects;
	const char *path_copy; /* lint_loc's copy of the last file's path */
	/* the path of the file checked, when the caller keeps it as long as
	 * the run and its findings (lint_loc then copies none) */
	const char *file_path;
	const struct k8s_obj *ident_of; /* object_ident's cache */
	const struct arena *ident_arena;
	const char *ident;
	const void **memo; /* lint_memo_*: (rule, key) pairs, 2 * memo_cap slots */
	uint32_t memo_cap, memo_len;
	const struct k8s_obj *pods_of; /* lint_pods' cache */
	struct schema_cache *schema_cache; /* schema.c: field lookups of compiled objects' keys */
	uint32_t line_hint; /* lint_loc: the line of the last location */
	struct lint_active {
		const struct rule *rule;
		const struct rule_config *rc;
	} *active; /* the per-object rules the config runs, in catalogue order */
	uint32_t nactive;
	struct lint_active *active_obj; /* those of object scope (for objects without a pod) */
	uint32_t nactive_obj;
	/* A spilling run's cross-object findings (lint_finish): made in
	 * batches of late_batch, each batch waived, fingerprinted and written
	 * as records to `late`; only a sort key per finding stays in memory,
	 * and only up to late_run keys (0: 16,384): more are sorted and
	 * written as a run to a temporary file, and the cursor merges the
	 * runs. */
	struct lint_store *late;
	struct late_key *late_keys; /* the keys not yet in a run */
	uint32_t nlate;		    /* late findings in all */
	uint32_t late_len, late_cap, late_batch, late_run;
	struct arena late_strings; /* the strings of the batch being made */
	size_t index_memory; /* a spilling run: bytes of its index kept in memory (0: 1 MiB) */
	size_t npods;
	struct pod_view pods;
	struct vec waivers; /* engine-private: valid waivers, for cross-object findings */
	struct lint_store *store;
	struct lint_store *sealed; /* lint_seal: the findings as records, for a spilling run */
	uint64_t *baseline; /* fingerprints of the baseline, sorted */
	uint32_t nbaseline;
};

void lint_run_init(struct lint_run *r, const struct lint_config *cfg);
/* The same, keeping the index entries, waivers and paths (what a merge
 * into a spilling run keeps) in `keep` (NULL: the run's own arena), which
 * the caller frees after every run this one is merged into: the findings'
 * memory goes with the run, and many small runs (one per file) share the
 * chunks of what is kept. */
void lint_run_init_in(struct lint_run *r, const struct lint_config *cfg, struct arena *keep);
/* The strings of a run's cross-object index (kinds, namespaces, names,
 * labels) are stored once per run; runs made one after another by one
 * thread can share one table instead, its strings in `a` (the arena the
 * runs keep into), so a string the thread's files repeat is stored once. */
struct lint_strings;
struct lint_strings *lint_strings_new(struct arena *a);
void lint_strings_free(struct lint_strings *s);
void lint_run_share_strings(struct lint_run *r, struct lint_strings *s);
void lint_run_free(struct lint_run *r);
/* Checks the objects of one source (or of a whole compilation): every
 * per-object, per-pod and per-container rule, waivers, and the entries of
 * the cross-object index.  `file_index` orders findings across files.  The
 * objects and sources may be freed afterwards. */
void lint_check_objects(struct lint_run *r, const struct srcmgr *sm, uint32_t file_index, const struct objset *objs);
struct yaml_issues;
/* Turns the YAML loader's issues (duplicate keys: AP005; documents that
 * are not objects: AP007) into findings. */
void lint_loader_issues(struct lint_run *r, const struct srcmgr *sm, uint32_t file_index, const struct yaml_issues *is);
/* Runs the cross-object rules over everything checked so far, then sorts
 * the findings (file order, offset, rule) and computes fingerprints. */
void lint_finish(struct lint_run *r);
/* Marks findings present in a baseline file (fingerprints) as baselined.
 * Returns false with a message on an unreadable or malformed file. */
bool lint_apply_baseline(struct lint_run *r, const char *path, struct buf *err);
bool lint_write_baseline(const struct lint_run *r, const char *path, struct buf *err);
/* Moves the findings, index entries and memory of `from` (a run over one
 * file, made with the same configuration) into `into`; `from` is left empty.
 * Merging per-file runs in file order keeps the output deterministic when
 * files are checked in parallel. */
void lint_merge(struct lint_run *into, struct lint_run *from);
/* A finding's field as a dotted path with containers by name, e.g.
 * spec.template.spec.containers.app.image for
 * /spec/template/spec/containers/0/image in container "app"; appended to
 * `out` (NUL-terminated). */
void lint_dotted_path(const char *pointer, const char *container, struct buf *out);
/* Findings merged into this run are no longer kept in `items` but sorted,
 * fingerprinted, matched against the baseline (lint_load_baseline first)
 * and stored compactly, in a temporary file once they outgrow `memory`:
 * memory then stays flat however many files and findings there are.  Read
 * them with a cursor.  The cross-object rules' findings are stored too, as
 * lint_finish makes them (see `late`). */
void lint_run_spill(struct lint_run *r, size_t memory); /* memory: bytes of records before a file is used; 0: 768 KiB */
/* Turns a run's findings into the records a spilling run `target` keeps
 * (sorted, fingerprinted, matched against target's baseline), so that
 * merging it into `target` later only appends them: the costly part is done
 * where the run was made, outside any lock.  The run's findings memory is
 * freed; what it keeps (index entries, waivers) stays until it is merged.
 * Runs sealed this way must be merged in order, into a spilling run or into
 * a run holding only sealed runs. */
void lint_seal(struct lint_run *r, const struct lint_run *target);
/* Loads a baseline file's fingerprints: findings in it are marked
 * `baselined` as they are merged and finished.  False with a message on an
 * unreadable or malformed file. */
bool lint_load_baseline(struct lint_run *r, const char *path, struct buf *err);

/* Every finding of a finished run, in the final order, wherever it is
 * kept.  A returned finding stays valid until the next call. */
struct late_merge; /* store.c: the late keys' runs, being merged */
struct lint_cursor {
	const struct lint_run *r;
	uint32_t item, stored, late;
	uint64_t pos;
	bool have, late_have;
	struct finding spilled, late_f, out;
	struct buf rec, keep, late_rec;
	struct late_merge *merge; /* NULL when the keys are all in memory */
};
void lint_cursor_init(struct lint_cursor *c, const struct lint_run *r);
const struct finding *lint_cursor_next(struct lint_cursor *c);
void lint_cursor_free(struct lint_cursor *c);

struct lint_counts {
	uint32_t by_sev[4]; /* by severity, of the findings that count */
	uint32_t waived, baselined;
};
struct lint_counts lint_count(const struct lint_run *r);
/* Whether a rule (by rule_index) has findings. */
bool lint_rule_used(const struct lint_run *r, size_t rule);
/* How many findings in all. */
uint32_t lint_total(const struct lint_run *r);
/* Highest severity among findings that count (not waived, not baselined). */
enum lint_sev lint_worst(const struct lint_run *r);

/* ---- for rule implementations ------------------------------------------ */

struct lint_ctx {
	struct lint_run *run;
	const struct rule *rule;
	const struct rule_config *rc;
	const struct k8s_obj *obj; /* the object being checked (SCOPE_SET: NULL) */
	const struct pod_view *pv;
	const struct container_view *cv;
	/* SCOPE_POD and SCOPE_CONTAINER: every container of the pod, made
	 * once per object by the engine */
	const struct container_view *cvs;
	uint32_t ncv;
};

/* Reports a finding at `node` (or, when NULL, at `fallback`), about the
 * field at JSON pointer `pointer` (may be NULL: the object itself). */
struct finding *lint_report(struct lint_ctx *cx, const struct obj *node, const struct obj *fallback, const char *pointer,
			    const char *fmt, ...) KPC_PRINTF(5, 6);
/* Resolves a span of the current source (while a file is being checked). */
struct loc lint_loc(struct lint_run *r, struct span sp);
/* For SCOPE_SET rules: reports at a resolved location, about an object. */
struct finding *lint_report_at(struct lint_ctx *cx, const struct loc *loc, const char *object, const char *container,
			       const char *pointer, const char *fmt, ...) KPC_PRINTF(6, 7);
/* Both return the finding (to attach a note: f->note_loc, f->note), or NULL
 * when the rule's severity drops it. */
/* What a rule found clean among the nodes of the objects of one
 * lint_check_objects call (one document, or one compiled declaration, whose
 * objects share nodes such as an app's label map): put records `key` for
 * the rule, has tells whether it was recorded.  Forgotten when the call
 * ends. */
bool lint_memo_has(struct lint_ctx *cx, const void *key);
void lint_memo_put(struct lint_ctx *cx, const void *key);
/* A rule parameter (from the pack), or NULL. */
const struct obj *lint_param(const struct lint_ctx *cx, const char *name);
int64_t lint_param_int(const struct lint_ctx *cx, const char *name, int64_t dflt);

/* Iterating pod specs and containers of the object set. */
size_t lint_pods(struct lint_run *r, const struct k8s_obj *o, struct pod_view *out, size_t max);

/* Small accessors over the object IR. */
static inline const struct obj *o_get(const struct obj *m, const char *key)
{
	return obj_get(m, key);
}
const struct obj *o_path(const struct obj *m, const char *dotted); /* "a.b.c" */
const char *o_str(const struct obj *o);			    /* string scalar text or NULL */
bool o_bool(const struct obj *o, bool *out);			    /* true/false (also quoted "true") */
bool o_int(const struct obj *o, int64_t *out);			    /* an integer (also a numeric string) */
bool o_is_true(const struct obj *o);
/* The effective value of a securityContext field for a container: the
 * container's own, else the pod's (for fields that exist at both levels). */
const struct obj *effective_sc(const struct container_view *cv, const char *field);
/* Does a label selector map (matchLabels form or a plain map) select these labels? */
bool selector_matches(const struct obj *selector, const struct obj *labels);
/* Parses a Kubernetes quantity ("500m", "1Gi", "0.5", 2) to a double in base
 * units (cores, bytes).  Returns false if it is not a valid quantity. */
bool quantity_parse(const struct obj *q, double *out);
char *lint_printf(struct lint_run *r, const char *fmt, ...) KPC_PRINTF(2, 3);
/* `base` + "/" + `key` with the key escaped for a JSON pointer ('~' → "~0",
 * '/' → "~1"), as map keys such as label names need. */
char *lint_ptr(struct lint_run *r, const char *base, const char *key, size_t keylen);

#endif
