/* index.h: what the cross-object rules need, copied out of each file's
 * objects while the file is checked, so the file can be freed before the
 * next one is read, then committed to pages (pages.h) that a spilling run
 * keeps mostly in a temporary file (private to the policy engine). */
#ifndef KPC_POLICY_INDEX_H
#define KPC_POLICY_INDEX_H

#include "kpc/lint.h"
#include "pages.h"

struct idx_labels {
	const char **keys, **vals;
	uint32_t n;
};

struct idx_port { /* a container port, or a Service/Ingress port reference */
	const char *name; /* may be NULL */
	int64_t number;	  /* 0 when named only */
	struct loc loc;
};

struct idx_container {
	const char *name;
	bool init;
	bool sidecar; /* an init container with restartPolicy: Always (runs beside the app) */
	bool has_readiness;
	struct loc loc;
	const char *pointer; /* "/spec/template/spec/containers/0" */
	struct idx_port *ports;
	uint32_t nports;
};

enum idx_ref_at { /* where a reference is, under its base (idx_ref_pointer) */
	REF_ENV_CONFIGMAP,	 /* container: env/i/valueFrom/configMapKeyRef/name */
	REF_ENV_SECRET,		 /* container: env/i/valueFrom/secretKeyRef/name */
	REF_ENVFROM_CONFIGMAP,	 /* container: envFrom/i/configMapRef/name */
	REF_ENVFROM_SECRET,	 /* container: envFrom/i/secretRef/name */
	REF_VOLUME_CONFIGMAP,	 /* pod spec: volumes/i/configMap/name */
	REF_VOLUME_SECRET,	 /* pod spec: volumes/i/secret/secretName */
	REF_VOLUME_CLAIM,	 /* pod spec: volumes/i/persistentVolumeClaim/claimName */
	REF_PROJECTED_CONFIGMAP, /* pod spec: volumes/i/projected/sources/j/configMap/name */
	REF_PROJECTED_SECRET,	 /* pod spec: volumes/i/projected/sources/j/secret/name */
	REF_SERVICE_ACCOUNT,	 /* pod spec: serviceAccountName */
};

struct idx_ref { /* a reference from a pod to a ConfigMap, Secret, PVC or ServiceAccount */
	const char *kind;
	const char *name;
	const char *container; /* may be NULL */
	const char *base; /* the container's or the pod spec's pointer */
	enum idx_ref_at at;
	uint32_t i, j;
	bool optional;
	struct loc loc;
};

struct idx_workload {
	const char *kind, *ns, *name, *ident;
	struct loc loc;
	struct idx_labels labels; /* pod template labels */
	bool has_template;
	int64_t replicas; /* -1 when unset */
	struct loc replicas_loc;
	bool replicas_set; /* spec.replicas is written */
	bool is_job, is_daemonset;
	bool has_spread; /* podAntiAffinity or topologySpreadConstraints */
	const char *service_name; /* StatefulSet spec.serviceName */
	struct loc service_name_loc;
	struct idx_container *containers;
	uint32_t ncontainers;
	struct idx_ref *refs;
	uint32_t nrefs;
};

struct idx_service {
	const char *ns, *name, *ident;
	struct loc loc;
	bool has_selector;
	struct idx_labels selector;
	struct loc selector_loc;
	bool headless;
	const char *type;
	struct idx_port *ports; /* name, number = port */
	struct idx_port *targets; /* targetPort per port (name or number; number 0 and NULL name: same as port) */
	uint32_t nports;
};

struct idx_expr { /* a matchExpressions term */
	const char *key, *op;
	const char **vals;
	uint32_t nvals;
};

struct idx_selecting { /* HPA, PDB or NetworkPolicy */
	const char *kind, *ns, *name, *ident;
	struct loc loc;
	struct idx_labels selector; /* PDB, NetworkPolicy */
	bool has_selector, selects_all;
	struct loc selector_loc;
	const char *target_kind, *target_name; /* HPA */
	struct loc target_loc;
	int64_t min_replicas, max_replicas; /* HPA; -1 unset */
	int64_t min_available; /* PDB: count, or -1 */
	int min_available_pct; /* PDB: percent, or -1 */
	struct loc min_available_loc;
	struct idx_expr *exprs; /* PDB, NetworkPolicy: the selector's matchExpressions */
	uint32_t nexprs;
	int64_t max_unavailable;  /* PDB: count, or -1 */
	int max_unavailable_pct;  /* PDB: percent, or -1 */
	struct loc max_unavailable_loc;
};

struct idx_backend { /* an Ingress backend */
	const char *ns, *ident, *service;
	struct idx_port port;
	const char *pointer; /* the backend's service map: "/spec/rules/0/http/paths/0/backend/service" */
	struct loc port_loc; /* the port's name or number (else the service name) */
};

struct idx_object { /* identity of every object */
	const char *group, *kind, *ns, *name, *ident;
	struct loc name_loc;
};

struct idx_binding { /* RoleBinding/ClusterRoleBinding roleRef */
	const char *ns, *ident, *ref_kind, *ref_name;
	struct loc loc;
};

#define IDX_VEC(T, name) \
	struct { \
		T *items; \
		uint32_t len, cap; \
	} name

/* What a selector matches a workload by, kept in memory for every
 * committed workload (idx_pods), so that trying a selector on the
 * candidates of a lookup reads no entry from the pages. */
struct idx_portref { /* a port by name (may be NULL) or number */
	const char *name;
	int64_t number;
};

struct idx_portset {
	const struct idx_portref *ports;
	uint32_t n;
};

struct idx_pods {
	const char *kind, *ns, *name;
	const struct idx_labels *labels; /* interned: workloads with the same labels share one */
	const struct idx_portset *ports; /* every container's declared ports, interned */
	int64_t replicas;		 /* as idx_workload's */
};

/* A Service's name and target ports (targetPort per port, as idx_service's
 * targets), kept in memory for every committed Service (idx_svc): the
 * rules that go from workloads to the Services that select them read no
 * Service entry. */
struct idx_svc {
	const char *name;
	const struct idx_portset *targets;
};

/* Where committed entries are in the pages: one handle per entry. */
struct idx_handles {
	uint64_t *at;
	uint32_t len, cap;
};

/* Entries are made as objects are checked, into `stage` (their arrays in
 * stage_arena); index_commit moves them into `pages` (pages.h), where the
 * cross-object rules read them through idx_workload() and the like, and
 * whose segments leave memory past a limit.  The rules keep no pointer to
 * an entry across idx_step (pages.h gives the contract). */
struct lint_index {
	struct idx_handles workloads, services, selecting, backends, objects, bindings;
	struct pages *pages;
	struct idx_pods *pods; /* per committed workload */
	uint32_t npods_cap;
	struct idx_svc *svcs; /* per committed Service */
	uint32_t nsvcs_cap;
	struct idx_sets *labelsets, *portsets;
	struct {
		IDX_VEC(struct idx_workload, workloads);
		IDX_VEC(struct idx_service, services);
		IDX_VEC(struct idx_selecting, selecting); /* HPAs, PDBs, NetworkPolicies */
		IDX_VEC(struct idx_backend, backends);
		IDX_VEC(struct idx_object, objects);
		IDX_VEC(struct idx_binding, bindings);
	} stage;
	struct arena stage_arena;
	struct arena kept; /* the arrays of entries committed where they were staged (index_commit) */
	struct idx_cache *cache; /* the lookups below, built by index_prepare */
	struct lint_strings *strs;   /* the entries' strings, interned */
	struct lint_strings *shared; /* or in a table shared with other runs */
};

#define IDX_PUSH(vecp) \
	((vecp)->len == (vecp)->cap \
		 ? ((vecp)->cap = (vecp)->cap ? (vecp)->cap * 2 : 16, \
		    (vecp)->items = xrealloc((vecp)->items, (vecp)->cap * sizeof *(vecp)->items), \
		    memset(&(vecp)->items[(vecp)->len], 0, sizeof *(vecp)->items), &(vecp)->items[(vecp)->len++]) \
		 : (memset(&(vecp)->items[(vecp)->len], 0, sizeof *(vecp)->items), &(vecp)->items[(vecp)->len++]))

static inline const struct idx_workload *idx_workload(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->workloads.at[i]);
}
static inline const struct idx_service *idx_service(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->services.at[i]);
}
static inline const struct idx_selecting *idx_selecting(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->selecting.at[i]);
}
static inline const struct idx_backend *idx_backend(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->backends.at[i]);
}
static inline const struct idx_object *idx_object(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->objects.at[i]);
}
static inline const struct idx_binding *idx_binding(struct lint_index *ix, uint32_t i)
{
	return pages_get(ix->pages, ix->bindings.at[i]);
}
static inline const struct idx_pods *idx_pods(struct lint_index *ix, uint32_t i)
{
	return &ix->pods[i];
}
static inline const struct idx_svc *idx_svc(struct lint_index *ix, uint32_t i)
{
	return &ix->svcs[i];
}
/* Workloads that run pods (a PodTemplate runs none). */
static inline bool idx_runs_pods(const struct idx_pods *w)
{
	return strcmp(w->kind, "PodTemplate") != 0;
}
/* The entries got before may now leave memory: at the top of each
 * iteration of a loop over entries. */
static inline void idx_step(struct lint_index *ix)
{
	pages_step(ix->pages);
}

/* `cvs`: the object's container views (lint_check_objects makes them). */
void index_add(struct lint_run *r, const struct k8s_obj *o, const struct container_view *cvs, uint32_t ncv);
void index_free(struct lint_index *ix);
/* Moves the entries staged in `from` into the pages of `into` (made, with
 * `limit` resident bytes, if it has none); from == into commits a run's
 * own.  The staged entries' order is kept. */
void index_commit(struct lint_index *into, struct lint_index *from, size_t limit);
/* Moves the entries staged in `from` to the stage of `into`. */
void index_move(struct lint_index *into, struct lint_index *from);
/* Commits what is staged and builds the lookups; before the cross-object
 * rules run. */
void index_prepare(struct lint_index *ix, size_t limit);
/* The JSON pointer of a reference ("/spec/template/spec/volumes/0/secret/secretName"). */
const char *idx_ref_pointer(struct lint_run *r, const struct idx_ref *ref);
bool idx_selects(const struct idx_labels *selector, const struct idx_labels *labels);
/* A PDB's or NetworkPolicy's selector (matchLabels and matchExpressions)
 * against pod labels; an empty selector selects everything. */
bool idx_selector_matches(const struct idx_selecting *s, const struct idx_labels *labels);

/* Lookups for the cross-object rules over the whole index, built by
 * index_prepare (before the rules run).  Each returns how many entries
 * match and sets *out to their positions, in index order. */
/* ix->objects of that kind and name in `ns` (NULL: in any namespace) */
uint32_t idx_find_objects(struct lint_index *ix, const char *kind, const char *ns, const char *name, const uint32_t **out);
/* ix->selecting HPAs whose scaleTargetRef is that kind and name in `ns` */
uint32_t idx_find_hpas(struct lint_index *ix, const char *kind, const char *ns, const char *name, const uint32_t **out);
/* ix->services of that name in `ns` */
uint32_t idx_find_services(struct lint_index *ix, const char *ns, const char *name, const uint32_t **out);
/* ix->selecting of a kind (PodDisruptionBudget, NetworkPolicy) in `ns` */
uint32_t idx_find_selecting(struct lint_index *ix, const char *kind, const char *ns, const uint32_t **out);
/* ix->workloads in `ns` whose template labels include key=value (key NULL:
 * every workload of `ns`): the candidates a selector may match, which the
 * caller still checks in full */
uint32_t idx_find_workloads(struct lint_index *ix, const char *ns, const char *key, const char *val, const uint32_t **out);

#endif
