/* index.c: copying what the cross-object rules need out of each object
 * (see index.h). */
#include "index.h"

#include <stdlib.h>
#include <string.h>

/* The index's strings are interned: kinds, namespaces, label keys and
 * values, names shared by an app's objects, container pointers; each is
 * stored once per run (in r->arena, the run's keep arena), or once per
 * thread when the runs of a thread share a table (lint_run_share_strings). */
struct idx_str {
	const char *s;
	uint32_t len, hash;
};

struct lint_strings {
	struct idx_str *slots;
	uint32_t len, cap; /* cap: a power of two, or 0 */
	struct arena *a;   /* where the strings are; NULL: the run's keep arena */
};

struct lint_strings *lint_strings_new(struct arena *a)
{
	struct lint_strings *t = xcalloc(1, sizeof *t);
	t->a = a;
	return t;
}

void lint_strings_free(struct lint_strings *t)
{
	if (t)
		free(t->slots);
	free(t);
}

void lint_run_share_strings(struct lint_run *r, struct lint_strings *t)
{
	r->index->shared = t;
}

static const char *intern(struct lint_run *r, const char *s, size_t n)
{
	struct lint_strings *t = r->index->shared ? r->index->shared : r->index->strs;
	if (!t)
		t = r->index->strs = lint_strings_new(NULL);
	if ((t->len + 1) * 2 > t->cap) {
		uint32_t cap = t->cap ? t->cap * 2 : 256;
		struct idx_str *slots = xcalloc(cap, sizeof *slots);
		for (uint32_t i = 0; i < t->cap; i++) {
			if (!t->slots[i].s)
				continue;
			uint32_t at = t->slots[i].hash & (cap - 1);
			while (slots[at].s)
				at = (at + 1) & (cap - 1);
			slots[at] = t->slots[i];
		}
		free(t->slots);
		t->slots = slots;
		t->cap = cap;
	}
	uint32_t h = (uint32_t)kpc_hash64(s, n);
	uint32_t at = h & (t->cap - 1);
	for (; t->slots[at].s; at = (at + 1) & (t->cap - 1)) {
		const struct idx_str *e = &t->slots[at];
		if (e->hash == h && e->len == n && !memcmp(e->s, s, n))
			return e->s;
	}
	t->slots[at] = (struct idx_str){arena_strndup(t->a ? t->a : r->arena, s, n), (uint32_t)n, h};
	t->len++;
	return t->slots[at].s;
}

static const char *dup(struct lint_run *r, const char *s)
{
	return s ? intern(r, s, strlen(s)) : NULL;
}

static const char *dup_n(struct lint_run *r, struct sv s)
{
	return intern(r, s.p, s.len);
}


static const char *int_text(struct lint_run *r, int64_t v)
{
	char t[24];
	return intern(r, t, i64_text(t, v));
}

static struct idx_labels labels_of(struct lint_run *r, const struct obj *m)
{
	struct idx_labels l = {0};
	if (!m || m->kind != OBJ_MAP || !m->map.len)
		return l;
	l.keys = arena_alloc(&r->index->stage_arena, m->map.len * sizeof *l.keys);
	l.vals = arena_alloc(&r->index->stage_arena, m->map.len * sizeof *l.vals);
	for (uint32_t i = 0; i < m->map.len; i++) {
		const struct obj *v = m->map.items[i].val;
		l.keys[l.n] = dup_n(r, m->map.items[i].key);
		l.vals[l.n] = v->kind == OBJ_STR ? dup_n(r, v->s)
			      : v->kind == OBJ_INT   ? int_text(r, v->i)
			      : v->kind == OBJ_BOOL  ? (v->b ? "true" : "false")
						     : "";
		l.n++;
	}
	return l;
}

/* Equal strings: interned ones are mostly the same pointer, and unequal
 * label keys mostly differ in their first byte, so strcmp is rarely
 * called. */
static inline bool str_eq(const char *a, const char *b)
{
	return a == b || (a[0] == b[0] && (!a[0] || !strcmp(a + 1, b + 1)));
}

bool idx_selects(const struct idx_labels *selector, const struct idx_labels *labels)
{
	for (uint32_t i = 0; i < selector->n; i++) {
		bool found = false;
		for (uint32_t j = 0; j < labels->n && !found; j++)
			found = str_eq(selector->keys[i], labels->keys[j]) && str_eq(selector->vals[i], labels->vals[j]);
		if (!found)
			return false;
	}
	return true;
}

bool idx_selector_matches(const struct idx_selecting *s, const struct idx_labels *labels)
{
	if (!idx_selects(&s->selector, labels))
		return false;
	for (uint32_t i = 0; i < s->nexprs; i++) {
		const struct idx_expr *e = &s->exprs[i];
		const char *have = NULL;
		for (uint32_t j = 0; e->key && j < labels->n && !have; j++)
			if (str_eq(labels->keys[j], e->key))
				have = labels->vals[j];
		bool in = false;
		for (uint32_t j = 0; have && j < e->nvals && !in; j++)
			in = str_eq(e->vals[j], have);
		if (!e->key || !e->op)
			return false;
		if ((!strcmp(e->op, "In") && !in) || (!strcmp(e->op, "NotIn") && in) || (!strcmp(e->op, "Exists") && !have) ||
		    (!strcmp(e->op, "DoesNotExist") && have))
			return false;
	}
	return true;
}

static struct loc loc_of(struct lint_run *r, const struct obj *o, const struct obj *fallback)
{
	const struct obj *at = o ? o : fallback;
	return at ? lint_loc(r, at->span) : (struct loc){0};
}

/* References are gathered in a growing array, then copied to the arena. */
struct ref_list {
	struct idx_ref *items;
	uint32_t len, cap;
};

static void add_ref(struct lint_run *r, struct ref_list *refs, const char *kind, const struct obj *name, const char *container,
		    const char *base, enum idx_ref_at at, uint32_t i, uint32_t j, bool optional)
{
	const char *n = o_str(name);
	if (!n)
		return;
	if (refs->len == refs->cap) {
		refs->cap = refs->cap ? refs->cap * 2 : 8;
		refs->items = xrealloc(refs->items, refs->cap * sizeof *refs->items);
	}
	refs->items[refs->len++] = (struct idx_ref){.kind = kind, .name = dup(r, n), .container = container, .base = base,
						  .at = at, .i = i, .j = j, .optional = optional, .loc = lint_loc(r, name->span)};
}

const char *idx_ref_pointer(struct lint_run *r, const struct idx_ref *ref)
{
	switch (ref->at) {
	case REF_ENV_CONFIGMAP:
		return lint_printf(r, "%s/env/%u/valueFrom/configMapKeyRef/name", ref->base, ref->i);
	case REF_ENV_SECRET:
		return lint_printf(r, "%s/env/%u/valueFrom/secretKeyRef/name", ref->base, ref->i);
	case REF_ENVFROM_CONFIGMAP:
		return lint_printf(r, "%s/envFrom/%u/configMapRef/name", ref->base, ref->i);
	case REF_ENVFROM_SECRET:
		return lint_printf(r, "%s/envFrom/%u/secretRef/name", ref->base, ref->i);
	case REF_VOLUME_CONFIGMAP:
		return lint_printf(r, "%s/volumes/%u/configMap/name", ref->base, ref->i);
	case REF_VOLUME_SECRET:
		return lint_printf(r, "%s/volumes/%u/secret/secretName", ref->base, ref->i);
	case REF_VOLUME_CLAIM:
		return lint_printf(r, "%s/volumes/%u/persistentVolumeClaim/claimName", ref->base, ref->i);
	case REF_PROJECTED_CONFIGMAP:
		return lint_printf(r, "%s/volumes/%u/projected/sources/%u/configMap/name", ref->base, ref->i, ref->j);
	case REF_PROJECTED_SECRET:
		return lint_printf(r, "%s/volumes/%u/projected/sources/%u/secret/name", ref->base, ref->i, ref->j);
	case REF_SERVICE_ACCOUNT:
		return lint_printf(r, "%s/serviceAccountName", ref->base);
	}
	return "";
}

static void index_workload(struct lint_run *r, const struct k8s_obj *o, const struct pod_view *pv, const char *ident,
			   const struct container_view *cvs, uint32_t ncv)
{
	const struct obj *spec = o_get(o->root, "spec");
	struct lint_index *ix = r->index;
	struct idx_workload *w = IDX_PUSH(&ix->stage.workloads);
	/* the object's own entry, just made: its identity and name's place */
	const struct idx_object *io = &ix->stage.objects.items[ix->stage.objects.len - 1];
	w->kind = io->kind;
	w->ns = io->ns;
	w->name = io->name;
	w->ident = ident;
	w->loc = io->name_loc;
	w->labels = labels_of(r, o_get(pv->meta, "labels"));
	w->has_template = pv->template_ != NULL;
	w->replicas = pv->replicas;
	w->replicas_loc = loc_of(r, o_get(spec, "replicas"), o->root);
	w->replicas_set = pv->replicas != -1 && o_get(spec, "replicas") != NULL;
	w->is_job = pv->is_job;
	w->is_daemonset = !strcmp(o->kind, "DaemonSet");
	/* a podAntiAffinity with at least one term, or at least one spread constraint */
	const struct obj *aa = o_get(o_get(pv->spec, "affinity"), "podAntiAffinity");
	const struct obj *aa_req = o_get(aa, "requiredDuringSchedulingIgnoredDuringExecution");
	const struct obj *aa_pref = o_get(aa, "preferredDuringSchedulingIgnoredDuringExecution");
	const struct obj *tsc = o_get(pv->spec, "topologySpreadConstraints");
	w->has_spread = (aa_req && aa_req->kind == OBJ_SEQ && aa_req->seq.len) ||
			(aa_pref && aa_pref->kind == OBJ_SEQ && aa_pref->seq.len) || (tsc && tsc->kind == OBJ_SEQ && tsc->seq.len);
	if (!strcmp(o->kind, "StatefulSet")) {
		const struct obj *sn = o_get(spec, "serviceName");
		w->service_name = dup(r, o_str(sn));
		w->service_name_loc = loc_of(r, sn, o->root);
	}
	/* containers (not ephemeral ones), from the engine's views */
	struct ref_list refs = {0};
	w->containers = arena_alloc(&r->index->stage_arena, (ncv ? ncv : 1) * sizeof *w->containers);
	for (uint32_t k = 0; k < ncv; k++) {
		if (cvs[k].ephemeral)
			continue;
		const struct obj *c = cvs[k].c;
		struct idx_container *ic = &w->containers[w->ncontainers++];
		memset(ic, 0, sizeof *ic);
		ic->name = dup(r, o_str(o_get(c, "name")));
		ic->init = cvs[k].init;
		ic->has_readiness = o_get(c, "readinessProbe") != NULL;
		ic->loc = loc_of(r, o_get(c, "name"), c);
		const struct obj *ports = o_get(c, "ports");
		if (ports && ports->kind == OBJ_SEQ && ports->seq.len) {
			ic->ports = arena_alloc(&r->index->stage_arena, ports->seq.len * sizeof *ic->ports);
			for (uint32_t p = 0; p < ports->seq.len; p++) {
				const struct obj *po = ports->seq.items[p];
				struct idx_port *ip = &ic->ports[ic->nports++];
				ip->name = dup(r, o_str(o_get(po, "name")));
				int64_t n = 0;
				o_int(o_get(po, "containerPort"), &n);
				ip->number = n;
				ip->loc = loc_of(r, po, c);
			}
		}
		const char *cp = dup(r, cvs[k].pointer);
		ic->pointer = cp;
		ic->sidecar = ic->init && o_str(o_get(c, "restartPolicy")) && !strcmp(o_str(o_get(c, "restartPolicy")), "Always");
		/* env valueFrom and envFrom references */
		const struct obj *env = o_get(c, "env");
		for (uint32_t e = 0; env && env->kind == OBJ_SEQ && e < env->seq.len; e++) {
			const struct obj *vf = o_get(env->seq.items[e], "valueFrom");
			const struct obj *cm = o_get(vf, "configMapKeyRef"), *sk = o_get(vf, "secretKeyRef");
			if (cm)
				add_ref(r, &refs, "ConfigMap", o_get(cm, "name"), ic->name, cp, REF_ENV_CONFIGMAP, e, 0,
					o_is_true(o_get(cm, "optional")));
			if (sk)
				add_ref(r, &refs, "Secret", o_get(sk, "name"), ic->name, cp, REF_ENV_SECRET, e, 0,
					o_is_true(o_get(sk, "optional")));
		}
		const struct obj *ef = o_get(c, "envFrom");
		for (uint32_t e = 0; ef && ef->kind == OBJ_SEQ && e < ef->seq.len; e++) {
			const struct obj *cm = o_get(ef->seq.items[e], "configMapRef"), *sr = o_get(ef->seq.items[e], "secretRef");
			if (cm)
				add_ref(r, &refs, "ConfigMap", o_get(cm, "name"), ic->name, cp, REF_ENVFROM_CONFIGMAP, e, 0,
					o_is_true(o_get(cm, "optional")));
			if (sr)
				add_ref(r, &refs, "Secret", o_get(sr, "name"), ic->name, cp, REF_ENVFROM_SECRET, e, 0,
					o_is_true(o_get(sr, "optional")));
		}
	}
	const char *prefix = dup(r, pv->prefix);
	const struct obj *vols = o_get(pv->spec, "volumes");
	for (uint32_t v = 0; vols && vols->kind == OBJ_SEQ && v < vols->seq.len; v++) {
		const struct obj *vo = vols->seq.items[v];
		const struct obj *cm = o_get(vo, "configMap"), *sec = o_get(vo, "secret"), *pvc = o_get(vo, "persistentVolumeClaim");
		if (cm)
			add_ref(r, &refs, "ConfigMap", o_get(cm, "name"), NULL, prefix, REF_VOLUME_CONFIGMAP, v, 0,
				o_is_true(o_get(cm, "optional")));
		if (sec)
			add_ref(r, &refs, "Secret", o_get(sec, "secretName"), NULL, prefix, REF_VOLUME_SECRET, v, 0,
				o_is_true(o_get(sec, "optional")));
		if (pvc)
			add_ref(r, &refs, "PersistentVolumeClaim", o_get(pvc, "claimName"), NULL, prefix, REF_VOLUME_CLAIM, v, 0, false);
		/* projected volumes: their configMap and secret sources */
		const struct obj *srcs = o_get(o_get(vo, "projected"), "sources");
		for (uint32_t s = 0; srcs && srcs->kind == OBJ_SEQ && s < srcs->seq.len; s++) {
			const struct obj *pcm = o_get(srcs->seq.items[s], "configMap"), *psec = o_get(srcs->seq.items[s], "secret");
			if (pcm)
				add_ref(r, &refs, "ConfigMap", o_get(pcm, "name"), NULL, prefix, REF_PROJECTED_CONFIGMAP, v, s,
					o_is_true(o_get(pcm, "optional")));
			if (psec)
				add_ref(r, &refs, "Secret", o_get(psec, "name"), NULL, prefix, REF_PROJECTED_SECRET, v, s,
					o_is_true(o_get(psec, "optional")));
		}
	}
	const struct obj *sa = o_get(pv->spec, "serviceAccountName");
	if (sa && o_str(sa) && strcmp(o_str(sa), "default") != 0)
		add_ref(r, &refs, "ServiceAccount", sa, NULL, prefix, REF_SERVICE_ACCOUNT, 0, 0, false);
	w->nrefs = refs.len;
	if (refs.len) {
		w->refs = arena_alloc(&r->index->stage_arena, refs.len * sizeof *w->refs);
		memcpy(w->refs, refs.items, refs.len * sizeof *w->refs);
	}
	free(refs.items);
}

static void index_service(struct lint_run *r, const struct k8s_obj *o, const char *ident)
{
	const struct obj *spec = o_get(o->root, "spec");
	struct idx_service *s = IDX_PUSH(&r->index->stage.services);
	/* the object's own entry, just made: its identity and name's place */
	const struct idx_object *io = &r->index->stage.objects.items[r->index->stage.objects.len - 1];
	s->ns = io->ns;
	s->name = io->name;
	s->ident = ident;
	s->loc = io->name_loc;
	const struct obj *sel = o_get(spec, "selector");
	s->has_selector = sel && sel->kind == OBJ_MAP && sel->map.len;
	s->selector = labels_of(r, sel);
	s->selector_loc = loc_of(r, sel, o->root);
	s->headless = o_str(o_get(spec, "clusterIP")) && !strcmp(o_str(o_get(spec, "clusterIP")), "None");
	s->type = dup(r, o_str(o_get(spec, "type")));
	const struct obj *ports = o_get(spec, "ports");
	if (ports && ports->kind == OBJ_SEQ && ports->seq.len) {
		s->ports = arena_alloc(&r->index->stage_arena, ports->seq.len * sizeof *s->ports);
		s->targets = arena_alloc(&r->index->stage_arena, ports->seq.len * sizeof *s->targets);
		for (uint32_t i = 0; i < ports->seq.len; i++) {
			const struct obj *p = ports->seq.items[i];
			struct idx_port *ip = &s->ports[s->nports], *tp = &s->targets[s->nports];
			s->nports++;
			ip->name = dup(r, o_str(o_get(p, "name")));
			o_int(o_get(p, "port"), &ip->number);
			ip->loc = loc_of(r, p, o->root);
			const struct obj *t = o_get(p, "targetPort");
			if (t) {
				if (!o_int(t, &tp->number))
					tp->name = dup(r, o_str(t));
				tp->loc = loc_of(r, t, p);
			} else {
				tp->number = ip->number;
				tp->loc = ip->loc;
			}
		}
	}
}

/* "60%" → 60; -1 when not digits and a '%' */
static int percent(const char *t)
{
	size_t n = t ? strlen(t) : 0;
	if (n < 2 || n > 6 || t[n - 1] != '%')
		return -1;
	int v = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (t[i] < '0' || t[i] > '9')
			return -1;
		v = v * 10 + (t[i] - '0');
	}
	return v;
}

static void index_selecting(struct lint_run *r, const struct k8s_obj *o, const char *ident)
{
	const struct obj *spec = o_get(o->root, "spec");
	struct idx_selecting *s = IDX_PUSH(&r->index->stage.selecting);
	const struct idx_object *io = &r->index->stage.objects.items[r->index->stage.objects.len - 1];
	s->kind = io->kind;
	s->ns = io->ns;
	s->name = io->name;
	s->ident = ident;
	s->loc = io->name_loc;
	s->min_replicas = s->max_replicas = s->min_available = -1;
	s->min_available_pct = -1;
	if (!strcmp(o->kind, "HorizontalPodAutoscaler")) {
		const struct obj *ref = o_get(spec, "scaleTargetRef");
		s->target_kind = dup(r, o_str(o_get(ref, "kind")));
		s->target_name = dup(r, o_str(o_get(ref, "name")));
		s->target_loc = loc_of(r, o_get(ref, "name"), o->root);
		int64_t v;
		if (o_int(o_get(spec, "minReplicas"), &v))
			s->min_replicas = v;
		else
			s->min_replicas = 1;
		if (o_int(o_get(spec, "maxReplicas"), &v))
			s->max_replicas = v;
		return;
	}
	const struct obj *sel = !strcmp(o->kind, "NetworkPolicy") ? o_get(spec, "podSelector") : o_get(spec, "selector");
	s->has_selector = sel != NULL;
	s->selector_loc = loc_of(r, sel, o->root);
	const struct obj *ml = o_get(sel, "matchLabels");
	s->selector = labels_of(r, ml);
	s->selects_all = sel && sel->kind == OBJ_MAP && sel->map.len == 0;
	const struct obj *me = o_get(sel, "matchExpressions");
	if (me)
		s->selects_all = false;
	if (me && me->kind == OBJ_SEQ && me->seq.len) {
		s->exprs = arena_alloc(&r->index->stage_arena, me->seq.len * sizeof *s->exprs);
		for (uint32_t i = 0; i < me->seq.len; i++) {
			const struct obj *t = me->seq.items[i];
			struct idx_expr *e = &s->exprs[s->nexprs++];
			e->key = dup(r, o_str(o_get(t, "key")));
			e->op = dup(r, o_str(o_get(t, "operator")));
			const struct obj *vals = o_get(t, "values");
			if (vals && vals->kind == OBJ_SEQ && vals->seq.len) {
				e->vals = arena_alloc(&r->index->stage_arena, vals->seq.len * sizeof *e->vals);
				for (uint32_t j = 0; j < vals->seq.len; j++) {
					const struct obj *v = vals->seq.items[j];
					e->vals[e->nvals++] = v->kind == OBJ_STR ? dup(r, v->s.p)
							      : v->kind == OBJ_INT ? int_text(r, v->i)
							      : v->kind == OBJ_BOOL ? (v->b ? "true" : "false")
										    : "";
				}
			}
		}
	}
	s->max_unavailable = -1;
	s->max_unavailable_pct = -1;
	if (!strcmp(o->kind, "PodDisruptionBudget")) {
		const struct obj *ma = o_get(spec, "minAvailable");
		int64_t v;
		if (o_int(ma, &v)) {
			s->min_available = v;
		} else {
			s->min_available_pct = percent(o_str(ma));
		}
		s->min_available_loc = loc_of(r, ma, o->root);
		const struct obj *mu = o_get(spec, "maxUnavailable");
		if (o_int(mu, &v)) {
			s->max_unavailable = v;
		} else {
			s->max_unavailable_pct = percent(o_str(mu));
		}
		s->max_unavailable_loc = loc_of(r, mu, o->root);
	}
}

static void index_ingress(struct lint_run *r, const struct k8s_obj *o, const char *ident)
{
	const struct obj *spec = o_get(o->root, "spec");
	const struct obj *rules = o_get(spec, "rules");
	const struct obj *def = o_get(spec, "defaultBackend");
	const struct obj *backs[64];
	const char *ptrs[64];
	size_t n = 0;
	if (def) {
		ptrs[n] = "/spec/defaultBackend";
		backs[n++] = def;
	} else if ((def = o_get(spec, "backend"))) { /* extensions/v1beta1 */
		ptrs[n] = "/spec/backend";
		backs[n++] = def;
	}
	for (uint32_t i = 0; rules && rules->kind == OBJ_SEQ && i < rules->seq.len; i++) {
		const struct obj *paths = o_get(o_get(rules->seq.items[i], "http"), "paths");
		for (uint32_t j = 0; paths && paths->kind == OBJ_SEQ && j < paths->seq.len && n < 64; j++)
			if (o_get(paths->seq.items[j], "backend")) {
				ptrs[n] = lint_printf(r, "/spec/rules/%u/http/paths/%u/backend", i, j);
				backs[n++] = o_get(paths->seq.items[j], "backend");
			}
	}
	for (size_t i = 0; i < n; i++) {
		const struct obj *svc = o_get(backs[i], "service");
		const char *name = o_str(o_get(svc, "name"));
		const char *bptr = lint_printf(r, "%s/service", ptrs[i]);
		if (!name) {
			name = o_str(o_get(backs[i], "serviceName")); /* extensions/v1beta1 */
			if (!name)
				continue;
			svc = backs[i];
			bptr = ptrs[i];
		}
		struct idx_backend *b = IDX_PUSH(&r->index->stage.backends);
		b->ns = dup(r, o->ns);
		b->ident = ident;
		b->service = dup(r, name);
		const struct obj *port = o_get(svc, "port");
		const struct obj *pn = o_get(port, "name"), *pnum = o_get(port, "number");
		if (!port)
			port = o_get(svc, "servicePort");
		if (pn)
			b->port.name = dup(r, o_str(pn));
		else if (pnum)
			o_int(pnum, &b->port.number);
		else if (port && !o_int(port, &b->port.number))
			b->port.name = dup(r, o_str(port));
		b->port.loc = loc_of(r, o_get(svc, "name") ? o_get(svc, "name") : o_get(svc, "serviceName"), o->root);
		b->pointer = bptr;
		b->port_loc = loc_of(r, pn ? pn : pnum ? pnum : port, o_get(svc, "name") ? o_get(svc, "name") : o_get(svc, "serviceName"));
	}
}

void index_add(struct lint_run *r, const struct k8s_obj *o, const struct container_view *cvs, uint32_t ncv)
{
	struct lint_index *ix = r->index;
	/* "Kind/ns/name", or "Kind/name" without a namespace (interned too:
	 * the same object read twice is one string) */
	size_t kl = strlen(o->kind), nl = strlen(o->ns), ml = strlen(o->name);
	char tmp[512];
	char *id = kl + nl + ml + 3 <= sizeof tmp ? tmp : xmalloc(kl + nl + ml + 3), *at = id;
	memcpy(at, o->kind, kl);
	at += kl;
	*at++ = '/';
	if (nl) {
		memcpy(at, o->ns, nl);
		at += nl;
		*at++ = '/';
	}
	memcpy(at, o->name, ml);
	at += ml;
	const char *ident = intern(r, id, (size_t)(at - id));
	if (id != tmp)
		free(id);
	struct idx_object *io = IDX_PUSH(&ix->stage.objects);
	const char *slash = strchr(o->api_version, '/');
	io->group = slash ? intern(r, o->api_version, (size_t)(slash - o->api_version)) : "";
	io->kind = dup(r, o->kind);
	io->ns = dup(r, o->ns);
	io->name = dup(r, o->name);
	io->ident = ident;
	io->name_loc = loc_of(r, o_get(o_get(o->root, "metadata"), "name"), o->root);
	struct pod_view pv;
	if (lint_pods(r, o, &pv, 1))
		index_workload(r, o, &pv, ident, cvs, ncv);
	else if (!strcmp(o->kind, "Service"))
		index_service(r, o, ident);
	else if (!strcmp(o->kind, "HorizontalPodAutoscaler") || !strcmp(o->kind, "PodDisruptionBudget") ||
		 !strcmp(o->kind, "NetworkPolicy"))
		index_selecting(r, o, ident);
	else if (!strcmp(o->kind, "Ingress"))
		index_ingress(r, o, ident);
	else if (!strcmp(o->kind, "RoleBinding") || !strcmp(o->kind, "ClusterRoleBinding")) {
		struct idx_binding *b = IDX_PUSH(&ix->stage.bindings);
		b->ns = io->ns;
		b->ident = ident;
		b->ref_kind = dup(r, o_str(o_get(o_get(o->root, "roleRef"), "kind")));
		b->ref_name = dup(r, o_str(o_get(o_get(o->root, "roleRef"), "name")));
		b->loc = loc_of(r, o_get(o_get(o->root, "roleRef"), "name"), o->root);
	}
}

/* ---- lookups ------------------------------------------------------------ */

/* A multimap from keys of one to three strings to positions: one group per
 * key (its positions in the order they were added) and an open-addressing
 * table over the groups.  A map's key function reads a pair's parts from the
 * index entry (a NULL part is absent); a group keeps its key's parts, which
 * are strings outside the pages, so that a lookup reads no entry. */
struct mm_pair {
	uint64_t hash;
	uint32_t val, sub; /* the entry, and which of its keys (a workload's label) */
};

typedef void mm_key_fn(struct lint_index *ix, uint32_t val, uint32_t sub, const char *parts[3]);

struct mm_group {
	uint64_t hash;
	const char *key[3];
	uint32_t start, count;
};

struct mmap {
	mm_key_fn *key;
	struct mm_pair *pairs;
	uint32_t npairs, cap_pairs;
	uint32_t *vals;
	struct mm_group *groups;
	uint32_t ngroups;
	uint32_t *slots; /* 1 + group, 0 empty */
	uint32_t nslots;
};

struct idx_cache {
	struct mmap objects, objects_any, hpas, services, selecting, workloads;
};

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

static void key_objects(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_object *o = idx_object(ix, val);
	k[0] = or_empty(o->kind), k[1] = or_empty(o->ns), k[2] = o->name;
}

static void key_objects_any(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_object *o = idx_object(ix, val);
	k[0] = or_empty(o->kind), k[1] = o->name, k[2] = NULL;
}

static void key_hpas(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_selecting *s = idx_selecting(ix, val);
	k[0] = or_empty(s->target_kind), k[1] = or_empty(s->ns), k[2] = s->target_name;
}

static void key_selecting(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_selecting *s = idx_selecting(ix, val);
	k[0] = or_empty(s->kind), k[1] = or_empty(s->ns), k[2] = NULL;
}

static void key_services(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_service *s = idx_service(ix, val);
	k[0] = or_empty(s->ns), k[1] = or_empty(s->name), k[2] = NULL;
}

static void key_workloads(struct lint_index *ix, uint32_t val, uint32_t sub, const char *k[3])
{
	const struct idx_pods *w = idx_pods(ix, val);
	k[0] = or_empty(w->ns);
	k[1] = sub == UINT32_MAX ? NULL : w->labels->keys[sub];
	k[2] = sub == UINT32_MAX ? NULL : w->labels->vals[sub];
}

/* The hashes of the strings last seen, by address: a table's keys are
 * interned strings that many pairs share (a namespace, a label), so most
 * parts are hashed once per build of the tables instead of once per pair. */
#define HASH_MEMO_BITS 12
struct hash_memo {
	const char *s[1u << HASH_MEMO_BITS];
	uint64_t h[1u << HASH_MEMO_BITS];
};

static uint64_t part_hash(struct hash_memo *memo, const char *s)
{
	if (!memo)
		return kpc_hash64(s, strlen(s));
	uint32_t at = (uint32_t)(((uint64_t)(uintptr_t)s * 0x9E3779B97F4A7C15ull) >> (64 - HASH_MEMO_BITS));
	if (memo->s[at] != s) {
		memo->s[at] = s;
		memo->h[at] = kpc_hash64(s, strlen(s));
	}
	return memo->h[at];
}

static uint64_t key_hash(struct hash_memo *memo, const char *const k[3])
{
	uint64_t h = 0x9E3779B97F4A7C15ull;
	for (int i = 0; i < 3; i++)
		h = (h ^ (k[i] ? part_hash(memo, k[i]) : 0x5bd1e995u)) * 0xff51afd7ed558ccdull + (uint64_t)i;
	return h;
}

static bool key_eq(const char *const a[3], const char *const b[3])
{
	for (int i = 0; i < 3; i++)
		if ((!a[i] || !b[i]) ? a[i] != b[i] : !str_eq(a[i], b[i]))
			return false;
	return true;
}

static void mm_add(struct mmap *m, struct lint_index *ix, struct hash_memo *memo, uint32_t val, uint32_t sub)
{
	if (m->npairs == m->cap_pairs) {
		m->cap_pairs = m->cap_pairs ? m->cap_pairs * 2 : 64;
		m->pairs = xrealloc(m->pairs, m->cap_pairs * sizeof *m->pairs);
	}
	const char *k[3];
	m->key(ix, val, sub, k);
	m->pairs[m->npairs++] = (struct mm_pair){key_hash(memo, k), val, sub};
}

/* The group of a key, or UINT32_MAX. */
static uint32_t mm_group_of(const struct mmap *m, uint64_t h, const char *const k[3], uint32_t *slot)
{
	uint32_t at = (uint32_t)(h & (m->nslots - 1));
	for (; m->slots[at]; at = (at + 1) & (m->nslots - 1)) {
		const struct mm_group *g = &m->groups[m->slots[at] - 1];
		if (g->hash == h && key_eq(g->key, k))
			break;
	}
	*slot = at;
	return m->slots[at] ? m->slots[at] - 1 : UINT32_MAX;
}

/* Doubles the table of groups. */
static void mm_grow(struct mmap *m)
{
	uint32_t nslots = m->nslots * 2;
	uint32_t *slots = xcalloc(nslots, sizeof *slots);
	for (uint32_t g = 0; g < m->ngroups; g++) {
		uint32_t at = (uint32_t)(m->groups[g].hash & (nslots - 1));
		while (slots[at])
			at = (at + 1) & (nslots - 1);
		slots[at] = g + 1;
	}
	free(m->slots);
	m->slots = slots;
	m->nslots = nslots;
}

/* Groups the pairs by key with a hash table; a group's values stay in the
 * order they were added. */
static void mm_build(struct mmap *m, struct lint_index *ix)
{
	m->nslots = 16;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	m->groups = xcalloc(m->npairs ? m->npairs : 1, sizeof *m->groups);
	uint32_t *group_of = xcalloc(m->npairs ? m->npairs : 1, sizeof *group_of);
	for (uint32_t i = 0; i < m->npairs; i++) {
		idx_step(ix); /* keys are strings, outside the pages */
		/* the table grows with the groups (many pairs may share a key:
		 * the same object in several files) */
		if ((m->ngroups + 1) * 2 > m->nslots)
			mm_grow(m);
		const char *k[3];
		m->key(ix, m->pairs[i].val, m->pairs[i].sub, k);
		uint32_t at, g = mm_group_of(m, m->pairs[i].hash, k, &at);
		if (g == UINT32_MAX) {
			g = m->ngroups++;
			m->groups[g] = (struct mm_group){m->pairs[i].hash, {k[0], k[1], k[2]}, 0, 0};
			m->slots[at] = g + 1;
		}
		group_of[i] = g;
		m->groups[g].count++;
	}
	/* the values of each group, in order, one group after another */
	uint32_t start = 0;
	for (uint32_t g = 0; g < m->ngroups; g++) {
		m->groups[g].start = start;
		start += m->groups[g].count;
		m->groups[g].count = 0;
	}
	m->vals = xcalloc(m->npairs ? m->npairs : 1, sizeof *m->vals);
	for (uint32_t i = 0; i < m->npairs; i++) {
		struct mm_group *g = &m->groups[group_of[i]];
		m->vals[g->start + g->count++] = m->pairs[i].val;
	}
	free(group_of);
	/* the groups hold what lookups need */
	free(m->pairs);
	m->pairs = NULL;
	m->groups = xrealloc(m->groups, (m->ngroups ? m->ngroups : 1) * sizeof *m->groups);
}

static uint32_t mm_find(const struct mmap *m, const char *a, const char *b, const char *c, const uint32_t **out)
{
	*out = NULL;
	if (!m->ngroups)
		return 0;
	const char *k[3] = {or_empty(a), b, c};
	uint32_t at, g = mm_group_of(m, key_hash(NULL, k), k, &at);
	if (g == UINT32_MAX)
		return 0;
	*out = &m->vals[m->groups[g].start];
	return m->groups[g].count;
}

static void mm_free(struct mmap *m)
{
	free(m->pairs);
	free(m->vals);
	free(m->groups);
	free(m->slots);
	memset(m, 0, sizeof *m);
}

static void cache_free(struct idx_cache *c)
{
	if (!c)
		return;
	mm_free(&c->objects);
	mm_free(&c->objects_any);
	mm_free(&c->hpas);
	mm_free(&c->services);
	mm_free(&c->selecting);
	mm_free(&c->workloads);
}

/* The lookups, built once the index is whole (index_prepare): entries may
 * leave memory as they are read, since what is kept across steps is
 * strings. */
static void cache_build(struct lint_index *ix)
{
	cache_free(ix->cache);
	struct idx_cache *c = ix->cache = xrealloc(ix->cache, sizeof *c);
	memset(c, 0, sizeof *c);
	c->objects.key = key_objects;
	c->objects_any.key = key_objects_any;
	c->hpas.key = key_hpas;
	c->selecting.key = key_selecting;
	c->services.key = key_services;
	c->workloads.key = key_workloads;
	struct hash_memo *memo = xcalloc(1, sizeof *memo);
	/* each map built as soon as its pairs are in: one map's pairs at a
	 * time; what is kept across steps is strings, not entries */
	for (uint32_t i = 0; i < ix->objects.len; i++) {
		idx_step(ix);
		mm_add(&c->objects, ix, memo, i, 0);
	}
	mm_build(&c->objects, ix);
	for (uint32_t i = 0; i < ix->objects.len; i++) {
		idx_step(ix);
		mm_add(&c->objects_any, ix, memo, i, 0);
	}
	mm_build(&c->objects_any, ix);
	for (uint32_t i = 0; i < ix->selecting.len; i++) {
		idx_step(ix);
		const struct idx_selecting *s = idx_selecting(ix, i);
		if (!strcmp(s->kind, "HorizontalPodAutoscaler")) {
			if (s->target_kind && s->target_name)
				mm_add(&c->hpas, ix, memo, i, 0);
		} else {
			mm_add(&c->selecting, ix, memo, i, 0);
		}
	}
	mm_build(&c->hpas, ix);
	mm_build(&c->selecting, ix);
	for (uint32_t i = 0; i < ix->services.len; i++) {
		idx_step(ix);
		mm_add(&c->services, ix, memo, i, 0);
	}
	mm_build(&c->services, ix);
	/* a workload's labels are looked up by the first label of a Service's
	 * or a selecting object's selector (idx_find_workloads' callers): only
	 * the labels with such a key go in, when there are few such keys */
	const char *wanted[16];
	uint32_t nwanted = 0;
	bool all = false;
	for (uint32_t i = 0; i < ix->services.len + ix->selecting.len && !all; i++) {
		idx_step(ix);
		const struct idx_labels *sel = i < ix->services.len ? &idx_service(ix, i)->selector
								     : &idx_selecting(ix, i - ix->services.len)->selector;
		if (!sel->n)
			continue;
		uint32_t k = 0;
		while (k < nwanted && !str_eq(wanted[k], sel->keys[0]))
			k++;
		if (k < nwanted)
			continue;
		if (nwanted == KPC_ARRAY_LEN(wanted))
			all = true;
		else
			wanted[nwanted++] = sel->keys[0];
	}
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		mm_add(&c->workloads, ix, memo, i, UINT32_MAX);
		const struct idx_labels *l = idx_pods(ix, i)->labels;
		for (uint32_t j = 0; j < l->n; j++) {
			uint32_t k = 0;
			while (!all && k < nwanted && !str_eq(wanted[k], l->keys[j]))
				k++;
			if (all || k < nwanted)
				mm_add(&c->workloads, ix, memo, i, j);
		}
	}
	mm_build(&c->workloads, ix);
	free(memo);
}

uint32_t idx_find_objects(struct lint_index *ix, const char *kind, const char *ns, const char *name, const uint32_t **out)
{
	if (!ns)
		return mm_find(&ix->cache->objects_any, kind, name ? name : "", NULL, out);
	return mm_find(&ix->cache->objects, kind, ns, name ? name : "", out);
}

uint32_t idx_find_hpas(struct lint_index *ix, const char *kind, const char *ns, const char *name, const uint32_t **out)
{
	return mm_find(&ix->cache->hpas, kind, ns ? ns : "", name ? name : "", out);
}

uint32_t idx_find_services(struct lint_index *ix, const char *ns, const char *name, const uint32_t **out)
{
	return mm_find(&ix->cache->services, ns ? ns : "", name ? name : "", NULL, out);
}

uint32_t idx_find_selecting(struct lint_index *ix, const char *kind, const char *ns, const uint32_t **out)
{
	return mm_find(&ix->cache->selecting, kind, ns ? ns : "", NULL, out);
}

uint32_t idx_find_workloads(struct lint_index *ix, const char *ns, const char *key, const char *val, const uint32_t **out)
{
	if (!key)
		return mm_find(&ix->cache->workloads, ns ? ns : "", NULL, NULL, out);
	return mm_find(&ix->cache->workloads, ns ? ns : "", key, val ? val : "", out);
}

/* ---- committing ----------------------------------------------------------- */

/* An entry and its arrays copied into one piece: with `base` NULL, only
 * measured (`used` is the size). */
struct blob {
	char *base;
	size_t used;
};

static void *put(struct blob *b, const void *src, size_t n)
{
	if (!n)
		return NULL;
	void *d = b->base ? b->base + b->used : NULL;
	if (d)
		memcpy(d, src, n);
	b->used += (n + 7) & ~(size_t)7;
	return d;
}

static void put_labels(struct blob *b, struct idx_labels *to, const struct idx_labels *from)
{
	const char **keys = put(b, from->keys, from->n * sizeof *keys);
	const char **vals = put(b, from->vals, from->n * sizeof *vals);
	if (to) {
		to->keys = keys;
		to->vals = vals;
	}
}

static void put_workload(struct blob *b, const void *e)
{
	const struct idx_workload *from = e;
	struct idx_workload *w = put(b, from, sizeof *from); /* its labels: interned (index_commit) */
	struct idx_container *cs = put(b, from->containers, from->ncontainers * sizeof *cs);
	for (uint32_t c = 0; c < from->ncontainers; c++) {
		struct idx_port *ports = put(b, from->containers[c].ports, from->containers[c].nports * sizeof *ports);
		if (cs)
			cs[c].ports = ports;
	}
	struct idx_ref *refs = put(b, from->refs, from->nrefs * sizeof *refs);
	if (w) {
		w->containers = cs;
		w->refs = refs;
	}
}

static void put_service(struct blob *b, const void *e)
{
	const struct idx_service *from = e;
	struct idx_service *s = put(b, from, sizeof *from);
	put_labels(b, s ? &s->selector : NULL, &from->selector);
	struct idx_port *ports = put(b, from->ports, from->nports * sizeof *ports);
	struct idx_port *targets = put(b, from->targets, from->nports * sizeof *targets);
	if (s) {
		s->ports = ports;
		s->targets = targets;
	}
}

static void put_selecting(struct blob *b, const void *e)
{
	const struct idx_selecting *from = e;
	struct idx_selecting *s = put(b, from, sizeof *from);
	put_labels(b, s ? &s->selector : NULL, &from->selector);
	struct idx_expr *exprs = put(b, from->exprs, from->nexprs * sizeof *exprs);
	for (uint32_t i = 0; i < from->nexprs; i++) {
		const char **vals = put(b, from->exprs[i].vals, from->exprs[i].nvals * sizeof *vals);
		if (exprs)
			exprs[i].vals = vals;
	}
	if (s)
		s->exprs = exprs;
}

/* Sets kept in memory once per distinct set (idx_pods, idx_svc): a
 * workload's labels and ports, a Service's target ports.  One table per
 * kind of set, hashed on the text (the strings of other threads' tables
 * are other pointers). */
struct idx_sets {
	struct set_slot {
		uint64_t hash;
		const void *set;
	} *slots;
	uint32_t len, cap; /* cap: a power of two, or 0 */
	struct arena a;	   /* the sets */
};

typedef bool set_eq_fn(const void *a, const void *b);
typedef void *set_copy_fn(struct arena *a, const void *set);

static const void *set_intern(struct idx_sets **tp, const void *set, uint64_t hash, set_eq_fn *eq, set_copy_fn *copy)
{
	struct idx_sets *t = *tp;
	if (!t)
		t = *tp = xcalloc(1, sizeof *t);
	if ((t->len + 1) * 2 > t->cap) {
		uint32_t cap = t->cap ? t->cap * 2 : 64;
		struct set_slot *slots = xcalloc(cap, sizeof *slots);
		for (uint32_t i = 0; i < t->cap; i++) {
			if (!t->slots[i].set)
				continue;
			uint32_t at = (uint32_t)t->slots[i].hash & (cap - 1);
			while (slots[at].set)
				at = (at + 1) & (cap - 1);
			slots[at] = t->slots[i];
		}
		free(t->slots);
		t->slots = slots;
		t->cap = cap;
	}
	uint32_t at = (uint32_t)hash & (t->cap - 1);
	for (; t->slots[at].set; at = (at + 1) & (t->cap - 1))
		if (t->slots[at].hash == hash && eq(t->slots[at].set, set))
			return t->slots[at].set;
	t->slots[at] = (struct set_slot){hash, copy(&t->a, set)};
	t->len++;
	return t->slots[at].set;
}

static void sets_free(struct idx_sets *t)
{
	if (!t)
		return;
	free(t->slots);
	arena_free(&t->a);
	free(t);
}

static uint64_t mix(uint64_t h, const char *s)
{
	return (h ^ (s ? kpc_hash64(s, strlen(s)) : 0x5bd1e995u)) * 0x9E3779B97F4A7C15ull;
}

static bool labels_eq(const void *pa, const void *pb)
{
	const struct idx_labels *a = pa, *b = pb;
	if (a->n != b->n)
		return false;
	for (uint32_t i = 0; i < a->n; i++)
		if (!str_eq(a->keys[i], b->keys[i]) || !str_eq(a->vals[i], b->vals[i]))
			return false;
	return true;
}

static void *labels_copy(struct arena *a, const void *set)
{
	const struct idx_labels *l = set;
	struct idx_labels *n = arena_alloc(a, sizeof *n);
	n->n = l->n;
	if (l->n) {
		n->keys = arena_alloc(a, l->n * sizeof *n->keys);
		n->vals = arena_alloc(a, l->n * sizeof *n->vals);
		memcpy(n->keys, l->keys, l->n * sizeof *n->keys);
		memcpy(n->vals, l->vals, l->n * sizeof *n->vals);
	}
	return n;
}

static const struct idx_labels *labels_intern(struct lint_index *ix, const struct idx_labels *l)
{
	uint64_t h = l->n;
	for (uint32_t i = 0; i < l->n; i++)
		h = mix(mix(h, l->keys[i]), l->vals[i]);
	return set_intern(&ix->labelsets, l, h, labels_eq, labels_copy);
}

static bool ports_eq(const void *pa, const void *pb)
{
	const struct idx_portset *a = pa, *b = pb;
	if (a->n != b->n)
		return false;
	for (uint32_t i = 0; i < a->n; i++)
		if (a->ports[i].number != b->ports[i].number || (!a->ports[i].name || !b->ports[i].name
									 ? a->ports[i].name != b->ports[i].name
									 : !str_eq(a->ports[i].name, b->ports[i].name)))
			return false;
	return true;
}

static void *ports_copy(struct arena *a, const void *set)
{
	const struct idx_portset *p = set;
	struct idx_portset *n = arena_alloc(a, sizeof *n);
	n->n = p->n;
	if (p->n) {
		struct idx_portref *ports = arena_alloc(a, p->n * sizeof *ports);
		memcpy(ports, p->ports, p->n * sizeof *ports);
		n->ports = ports;
	}
	return n;
}

/* `n` ports (name, number) as a set kept in memory. */
static const struct idx_portset *ports_intern(struct lint_index *ix, const struct idx_portref *ports, uint32_t n)
{
	struct idx_portset p = {ports, n};
	uint64_t h = n;
	for (uint32_t i = 0; i < n; i++)
		h = mix(h, ports[i].name) ^ (uint64_t)ports[i].number * 0xff51afd7ed558ccdull;
	return set_intern(&ix->portsets, &p, h, ports_eq, ports_copy);
}

enum { STREAM_OBJECTS, STREAM_WORKLOADS, STREAM_SERVICES, STREAM_SELECTING, STREAM_BACKENDS, STREAM_BINDINGS };

/* Room for `n` more handles. */
static void handles_reserve(struct idx_handles *to, uint32_t n)
{
	if (to->len + n <= to->cap)
		return;
	while (to->len + n > to->cap)
		to->cap = to->cap ? to->cap * 2 : 64;
	to->at = xrealloc(to->at, to->cap * sizeof *to->at);
}

/* Commits `n` staged entries of `size` bytes (`fn`: an entry with arrays). */
static void commit_vec(struct pages *p, unsigned stream, struct idx_handles *to, const void *items, uint32_t n, size_t size,
		       void (*fn)(struct blob *, const void *))
{
	handles_reserve(to, n);
	for (uint32_t i = 0; i < n; i++) {
		const void *e = (const char *)items + i * size;
		pages_step(p); /* nothing is held: earlier segments may go */
		struct blob b = {NULL, 0};
		if (fn)
			fn(&b, e);
		else
			b.used = size;
		b.base = pages_alloc(p, stream, b.used, &to->at[to->len++]);
		b.used = 0;
		if (fn)
			fn(&b, e);
		else
			memcpy(b.base, e, size);
	}
}

/* Commits a run's own staged entries where they are: their array becomes
 * a segment of the pages (a run whose index stays in memory, where a copy
 * would only double it).  False when the array is too large for a handle. */
static bool adopt_vec(struct pages *p, struct idx_handles *to, void *items, uint32_t n, size_t size)
{
	if ((uint64_t)n * size > UINT32_MAX)
		return false;
	handles_reserve(to, n);
	uint32_t seg = pages_adopt(p, items, (size_t)n * size);
	for (uint32_t i = 0; i < n; i++)
		to->at[to->len++] = (uint64_t)seg << 32 | (uint32_t)(i * size);
	return true;
}

#define COMMIT(into, from, name, stream, fn) \
	do { \
		if (adopt && adopt_vec((into)->pages, &(into)->name, (from)->stage.name.items, (from)->stage.name.len, \
				       sizeof *(from)->stage.name.items)) { \
			(from)->stage.name.items = NULL; \
			(from)->stage.name.cap = 0; \
		} else { \
			commit_vec((into)->pages, stream, &(into)->name, (from)->stage.name.items, (from)->stage.name.len, \
				   sizeof *(from)->stage.name.items, fn); \
		} \
	} while (0)

static void stage_clear(struct lint_index *ix)
{
	ix->stage.workloads.len = ix->stage.services.len = ix->stage.selecting.len = 0;
	ix->stage.backends.len = ix->stage.objects.len = ix->stage.bindings.len = 0;
	arena_free(&ix->stage_arena);
}

void index_commit(struct lint_index *into, struct lint_index *from, size_t limit)
{
	if (!into->pages)
		into->pages = pages_new(limit);
	bool adopt = into == from && into->pages->limit == SIZE_MAX;
	COMMIT(into, from, objects, STREAM_OBJECTS, NULL);
	/* the workloads' labels, interned, stay in memory beside the handles */
	uint32_t nw = into->workloads.len + from->stage.workloads.len;
	if (nw > into->npods_cap) {
		into->npods_cap = nw > into->npods_cap * 2 ? nw : into->npods_cap * 2;
		into->pods = xrealloc(into->pods, into->npods_cap * sizeof *into->pods);
	}
	struct idx_portref *refs = NULL;
	uint32_t nrefs_cap = 0;
	for (uint32_t i = 0; i < from->stage.workloads.len; i++) {
		struct idx_workload *w = &from->stage.workloads.items[i];
		const struct idx_labels *l = labels_intern(into, &w->labels);
		w->labels = *l;
		/* every container's declared ports, in order */
		uint32_t n = 0;
		for (uint32_t c = 0; c < w->ncontainers; c++)
			for (uint32_t k = 0; k < w->containers[c].nports; k++) {
				if (n == nrefs_cap) {
					nrefs_cap = nrefs_cap ? nrefs_cap * 2 : 16;
					refs = xrealloc(refs, nrefs_cap * sizeof *refs);
				}
				refs[n++] = (struct idx_portref){w->containers[c].ports[k].name, w->containers[c].ports[k].number};
			}
		into->pods[into->workloads.len + i] =
			(struct idx_pods){w->kind, w->ns, w->name, l, ports_intern(into, refs, n), w->replicas};
	}
	COMMIT(into, from, workloads, STREAM_WORKLOADS, put_workload);
	/* the Services' names and target ports, in memory too */
	uint32_t ns = into->services.len + from->stage.services.len;
	if (ns > into->nsvcs_cap) {
		into->nsvcs_cap = ns > into->nsvcs_cap * 2 ? ns : into->nsvcs_cap * 2;
		into->svcs = xrealloc(into->svcs, into->nsvcs_cap * sizeof *into->svcs);
	}
	for (uint32_t i = 0; i < from->stage.services.len; i++) {
		const struct idx_service *sv = &from->stage.services.items[i];
		if (sv->nports > nrefs_cap) {
			nrefs_cap = sv->nports;
			refs = xrealloc(refs, nrefs_cap * sizeof *refs);
		}
		for (uint32_t k = 0; k < sv->nports; k++)
			refs[k] = (struct idx_portref){sv->targets[k].name, sv->targets[k].number};
		into->svcs[into->services.len + i] = (struct idx_svc){sv->name, ports_intern(into, refs, sv->nports)};
	}
	free(refs);
	COMMIT(into, from, services, STREAM_SERVICES, put_service);
	COMMIT(into, from, selecting, STREAM_SELECTING, put_selecting);
	COMMIT(into, from, backends, STREAM_BACKENDS, NULL);
	COMMIT(into, from, bindings, STREAM_BINDINGS, NULL);
	if (adopt) /* the adopted entries' arrays */
		arena_adopt(&into->kept, &from->stage_arena);
	stage_clear(from);
}

#define MOVE_VEC(dst, src) \
	do { \
		for (uint32_t i_ = 0; i_ < (src).len; i_++) \
			*IDX_PUSH(&(dst)) = (src).items[i_]; \
	} while (0)

void index_move(struct lint_index *into, struct lint_index *from)
{
	MOVE_VEC(into->stage.workloads, from->stage.workloads);
	MOVE_VEC(into->stage.services, from->stage.services);
	MOVE_VEC(into->stage.selecting, from->stage.selecting);
	MOVE_VEC(into->stage.backends, from->stage.backends);
	MOVE_VEC(into->stage.objects, from->stage.objects);
	MOVE_VEC(into->stage.bindings, from->stage.bindings);
	arena_adopt(&into->stage_arena, &from->stage_arena); /* the entries' arrays */
	stage_clear(from);
}

void index_prepare(struct lint_index *ix, size_t limit)
{
	index_commit(ix, ix, limit);
	pages_close(ix->pages);
	cache_build(ix);
	idx_step(ix);
}

void index_free(struct lint_index *ix)
{
	if (!ix)
		return;
	free(ix->workloads.at);
	free(ix->services.at);
	free(ix->selecting.at);
	free(ix->backends.at);
	free(ix->objects.at);
	free(ix->bindings.at);
	pages_free(ix->pages);
	free(ix->pods);
	sets_free(ix->labelsets);
	sets_free(ix->portsets);
	free(ix->svcs);
	free(ix->stage.workloads.items);
	free(ix->stage.services.items);
	free(ix->stage.selecting.items);
	free(ix->stage.backends.items);
	free(ix->stage.objects.items);
	free(ix->stage.bindings.items);
	arena_free(&ix->stage_arena);
	arena_free(&ix->kept);
	cache_free(ix->cache);
	free(ix->cache);
	ix->cache = NULL;
	lint_strings_free(ix->strs);
	ix->strs = NULL;
}
