/* rules_sv.c: the services, selectors and references rules (SV001-SV009).
 *
 * SV001, SV006, SV007 and SV009 look at one object; the rest are
 * cross-object (SCOPE_SET over the index).  A Service without a selector is
 * backed by manual Endpoints and selects nothing on purpose; namespaces match
 * exactly ("" only with ""). */
#include "rules.h"

#include <stdlib.h>

static bool is_kind(const char *k, const char *want)
{
	return k && !strcmp(k, want);
}

static bool same_ns(const char *a, const char *b)
{
	return !strcmp(a ? a : "", b ? b : "");
}

static const char *ns_phrase(struct lint_ctx *cx, const char *ns)
{
	return ns && *ns ? lint_printf(cx->run, "in namespace '%s'", ns) : "among the objects without a namespace";
}

/* A label value as text: a string, or a number or boolean written plain. */
static const char *scalar_text(struct lint_ctx *cx, const struct obj *v)
{
	if (!v)
		return NULL;
	switch (v->kind) {
	case OBJ_STR:
		return v->s.p;
	case OBJ_INT:
		return lint_printf(cx->run, "%lld", (long long)v->i);
	case OBJ_BOOL:
		return v->b ? "true" : "false";
	default:
		return NULL;
	}
}

/* ---- SV001 -------------------------------------------------------------- */

static const char *expr_text(struct lint_ctx *cx, const struct obj *t)
{
	struct buf b = {0};
	const char *key = o_str(o_get(t, "key")), *op = o_str(o_get(t, "operator"));
	buf_printf(&b, "%s %s", key ? key : "?", op ? op : "?");
	const struct obj *vals = o_get(t, "values");
	if (vals && vals->kind == OBJ_SEQ && vals->seq.len) {
		buf_puts(&b, " (");
		for (uint32_t i = 0; i < vals->seq.len; i++) {
			const char *v = scalar_text(cx, vals->seq.items[i]);
			buf_printf(&b, "%s%s", i ? ", " : "", v ? v : "?");
		}
		buf_putc(&b, ')');
	}
	char *out = lint_printf(cx->run, "%.*s", (int)b.len, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

/* Checks matchLabels-style pairs against the template labels. */
static void check_pairs(struct lint_ctx *cx, const struct obj *pairs, const struct obj *labels, const char *ptr)
{
	for (uint32_t i = 0; i < pairs->map.len; i++) {
		struct sv k = pairs->map.items[i].key;
		const struct obj *want = pairs->map.items[i].val;
		const char *wv = scalar_text(cx, want);
		const struct obj *have = NULL;
		for (uint32_t j = 0; labels && labels->kind == OBJ_MAP && j < labels->map.len; j++)
			if (sv_eq(labels->map.items[j].key, k))
				have = labels->map.items[j].val;
		const char *hv = scalar_text(cx, have);
		if (wv && hv && !strcmp(wv, hv))
			continue;
		const char *p = lint_ptr(cx->run, ptr, k.p, k.len);
		if (have)
			lint_report(cx, want, pairs, p,
				    "the selector requires '%.*s: %s' but the pod template's label '%.*s' is '%s'; the API server "
				    "rejects a selector that does not match the template",
				    (int)k.len, k.p, wv ? wv : "", (int)k.len, k.p, hv ? hv : "");
		else
			lint_report(cx, want, pairs, p,
				    "the selector requires '%.*s: %s' but the pod template has no label '%.*s'; the API server "
				    "rejects a selector that does not match the template",
				    (int)k.len, k.p, wv ? wv : "", (int)k.len, k.p);
	}
}

static bool expr_holds(const struct obj *t, const struct obj *labels)
{
	const char *key = o_str(o_get(t, "key")), *op = o_str(o_get(t, "operator"));
	if (!key || !op)
		return true; /* malformed: the schema rules' business */
	const struct obj *have = labels && labels->kind == OBJ_MAP ? o_get(labels, key) : NULL;
	const struct obj *vals = o_get(t, "values");
	bool in = false;
	for (uint32_t j = 0; have && vals && vals->kind == OBJ_SEQ && j < vals->seq.len; j++) {
		const struct obj *v = vals->seq.items[j];
		in |= v->kind == have->kind && ((v->kind == OBJ_STR && sv_eq(v->s, have->s)) || (v->kind == OBJ_INT && v->i == have->i) ||
						(v->kind == OBJ_BOOL && v->b == have->b));
	}
	if (!strcmp(op, "In"))
		return in;
	if (!strcmp(op, "NotIn"))
		return !in;
	if (!strcmp(op, "Exists"))
		return have != NULL;
	if (!strcmp(op, "DoesNotExist"))
		return have == NULL;
	return true;
}

CHECK(selector_mismatch)
{
	const struct pod_view *pv = target;
	const char *k = pv->obj->kind;
	if (!pv->template_ || is_kind(k, "CronJob") || is_kind(k, "PodTemplate"))
		return;
	const struct obj *sel = o_get(o_get(pv->obj->root, "spec"), "selector");
	if (!sel || sel->kind != OBJ_MAP)
		return;
	const struct obj *labels = o_get(pv->meta, "labels");
	/* ReplicationController and DeploymentConfig: a plain map, defaulted
	 * from the template when empty */
	if (is_kind(k, "ReplicationController") || is_kind(k, "DeploymentConfig")) {
		check_pairs(cx, sel, labels, "/spec/selector");
		return;
	}
	const struct obj *ml = o_get(sel, "matchLabels"), *me = o_get(sel, "matchExpressions");
	bool has_ml = ml && ml->kind == OBJ_MAP && ml->map.len, has_me = me && me->kind == OBJ_SEQ && me->seq.len;
	if (!has_ml && !has_me) {
		if (!is_kind(k, "Job"))
			lint_report(cx, sel, NULL, "/spec/selector",
				    "spec.selector is empty; the API server rejects an empty selector for a %s", k);
		return;
	}
	if (has_ml)
		check_pairs(cx, ml, labels, "/spec/selector/matchLabels");
	for (uint32_t i = 0; has_me && i < me->seq.len; i++) {
		const struct obj *t = me->seq.items[i];
		if (!expr_holds(t, labels))
			lint_report(cx, t, me, lint_printf(cx->run, "/spec/selector/matchExpressions/%u", i),
				    "the selector expression '%s' does not hold for the pod template's labels; the API server "
				    "rejects a selector that does not match the template",
				    expr_text(cx, t));
	}
}

/* ---- SV002 / SV003 ------------------------------------------------------ */

static const char *labels_text(struct lint_ctx *cx, const struct idx_labels *l)
{
	struct buf b = {0};
	for (uint32_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s=%s", i ? ", " : "", l->keys[i], l->vals[i]);
	char *out = lint_printf(cx->run, "%.*s", (int)b.len, b.data ? b.data : "");
	buf_free(&b);
	return out;
}

static bool service_selects(const struct idx_service *s, const struct idx_pods *w)
{
	return s->has_selector && idx_runs_pods(w) && same_ns(s->ns, w->ns) && idx_selects(&s->selector, w->labels);
}

/* SCOPE_SET rules get the index (index.h: entries through idx_workload()
 * and the like, an idx_step at the top of each loop over them). */
static struct lint_index *index_of(const void *target)
{
	return (struct lint_index *)(uintptr_t)target;
}

/* The workloads a Service selects, in index order (malloc'd, *n of them),
 * the first `max` of them only. */
static uint32_t *selected_by(struct lint_index *ix, const struct idx_service *s, uint32_t *n, uint32_t max)
{
	const uint32_t *cand = NULL;
	uint32_t nc = s->has_selector && s->selector.n
			      ? idx_find_workloads(ix, s->ns, s->selector.keys[0], s->selector.vals[0], &cand)
			      : 0;
	uint32_t *out = xcalloc(nc ? nc : 1, sizeof *out);
	*n = 0;
	for (uint32_t j = 0; j < nc && *n < max; j++)
		if (service_selects(s, idx_pods(ix, cand[j])))
			out[(*n)++] = cand[j];
	return out;
}

static bool is_external_name(const struct idx_service *s)
{
	return s->type && !strcmp(s->type, "ExternalName");
}

CHECK(service_dangling)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->services.len; i++) {
		idx_step(ix);
		const struct idx_service *s = idx_service(ix, i);
		if (!s->has_selector || is_external_name(s))
			continue;
		uint32_t nsel;
		free(selected_by(ix, s, &nsel, 1)); /* is there one? */
		if (!nsel)
			lint_report_at(cx, &s->selector_loc, s->ident, NULL, "/spec/selector",
				       "Service '%s' selects %s, which matches no pod template %s; it has no endpoints", s->name,
				       labels_text(cx, &s->selector), ns_phrase(cx, s->ns));
	}
}

CHECK(service_targetport_unresolved)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->services.len; i++) {
		idx_step(ix);
		const struct idx_service *s = idx_service(ix, i);
		if (!s->has_selector || is_external_name(s))
			continue;
		uint32_t nsel;
		uint32_t *sel = selected_by(ix, s, &nsel, UINT32_MAX);
		if (!nsel) {
			free(sel); /* SV002's finding */
			continue;
		}
		/* the selected workloads' ports are in memory (idx_pods): no
		 * workload entry is read */
		const struct idx_pods *first = idx_pods(ix, sel[0]);
		const char *who = nsel == 1 ? lint_printf(cx->run, "%s '%s'", first->kind, first->name)
					    : lint_printf(cx->run, "the %u workloads it selects", nsel);
		/* numeric ports are checked only against pods that declare ports:
		 * containerPort is informational, and many images declare none */
		bool declares = false;
		for (uint32_t j = 0; j < nsel && !declares; j++)
			declares = idx_pods(ix, sel[j])->ports->n > 0;
		for (uint32_t p = 0; p < s->nports; p++) {
			const struct idx_port *t = &s->targets[p];
			if (!t->name && (t->number <= 0 || !declares))
				continue;
			bool found = false;
			for (uint32_t j = 0; j < nsel && !found; j++) {
				const struct idx_portset *ps = idx_pods(ix, sel[j])->ports;
				for (uint32_t q = 0; q < ps->n && !found; q++) {
					const struct idx_portref *cp = &ps->ports[q];
					found = t->name ? cp->name && !strcmp(cp->name, t->name) : cp->number == t->number;
				}
			}
			if (found)
				continue;
			bool explicit_target = t->loc.off != s->ports[p].loc.off || t->loc.len != s->ports[p].loc.len;
			const char *ptr = lint_printf(cx->run, "/spec/ports/%u/%s", p, explicit_target ? "targetPort" : "port");
			struct finding *f = NULL;
			if (t->name)
				lint_report_at(cx, &t->loc, s->ident, NULL, ptr,
					       "Service '%s' targetPort '%s' is not the name of a container port in %s; traffic to "
					       "port %lld goes nowhere",
					       s->name, t->name, who, (long long)s->ports[p].number);
			else if (explicit_target)
				f = lint_report_at(cx, &t->loc, s->ident, NULL, ptr,
						   "Service '%s' targetPort %lld is not declared as a containerPort in %s, which "
						   "declare%s other ports",
						   s->name, (long long)t->number, who, nsel == 1 ? "s" : "");
			else
				f = lint_report_at(cx, &t->loc, s->ident, NULL, ptr,
						   "Service '%s' port %lld (the targetPort defaults to it) is not declared as a "
						   "containerPort in %s, which declare%s other ports",
						   s->name, (long long)t->number, who, nsel == 1 ? "s" : "");
			/* an undeclared number may still be served: "should", not "must" */
			if (f && f->sev > LINT_WARNING)
				f->sev = LINT_WARNING;
		}
		free(sel);
	}
}

/* ---- SV004 -------------------------------------------------------------- */

CHECK(ingress_backend_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->backends.len; i++) {
		idx_step(ix);
		const struct idx_backend *b = idx_backend(ix, i);
		const uint32_t *at;
		const struct idx_service *s = idx_find_services(ix, b->ns, b->service, &at) ? idx_service(ix, at[0]) : NULL;
		const char *iname = strrchr(b->ident, '/') ? strrchr(b->ident, '/') + 1 : b->ident;
		if (!s) {
			bool v1 = b->pointer && strlen(b->pointer) > 8 && !strcmp(b->pointer + strlen(b->pointer) - 8, "/service");
			lint_report_at(cx, &b->port.loc, b->ident, NULL,
				       lint_printf(cx->run, "%s/%s", b->pointer ? b->pointer : "", v1 ? "name" : "serviceName"),
				       "Ingress '%s' routes to Service '%s', which is not %s", iname, b->service,
				       ns_phrase(cx, b->ns));
			continue;
		}
		if (!b->port.name && b->port.number <= 0)
			continue;
		bool found = false;
		for (uint32_t p = 0; p < s->nports && !found; p++)
			found = b->port.name ? s->ports[p].name && !strcmp(s->ports[p].name, b->port.name)
					     : s->ports[p].number == b->port.number;
		if (found)
			continue;
		struct finding *f;
		bool v1 = b->pointer && strlen(b->pointer) > 8 && !strcmp(b->pointer + strlen(b->pointer) - 8, "/service");
		const char *ptr = lint_printf(cx->run, "%s/%s", b->pointer ? b->pointer : "",
					      !v1 ? "servicePort" : b->port.name ? "port/name" : "port/number");
		if (b->port.name)
			f = lint_report_at(cx, &b->port_loc, b->ident, NULL, ptr,
					   "Ingress '%s' routes to port '%s' of Service '%s', which has no port of that name", iname,
					   b->port.name, b->service);
		else
			f = lint_report_at(cx, &b->port_loc, b->ident, NULL, ptr,
					   "Ingress '%s' routes to port %lld of Service '%s', which does not expose it", iname,
					   (long long)b->port.number, b->service);
		if (f) {
			f->note_loc = s->loc;
			f->note = "the Service";
		}
	}
}

/* ---- SV005 / SV008 ------------------------------------------------------ */

static bool object_exists(struct lint_index *ix, const char *const *kinds, const char *name, const char *ns)
{
	const uint32_t *at;
	for (size_t k = 0; kinds[k]; k++)
		if (idx_find_objects(ix, kinds[k], ns, name, &at))
			return true;
	return false;
}

CHECK(serviceaccount_missing)
{
	struct lint_index *ix = index_of(target);
	static const char *const kinds[] = {"ServiceAccount", NULL};
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		for (uint32_t r = 0; r < w->nrefs; r++) {
			const struct idx_ref *ref = &w->refs[r];
			if (strcmp(ref->kind, "ServiceAccount") || object_exists(ix, kinds, ref->name, w->ns))
				continue;
			lint_report_at(cx, &ref->loc, w->ident, NULL, idx_ref_pointer(cx->run, ref),
				       "serviceAccountName '%s' names no ServiceAccount %s; the pods are rejected at admission",
				       ref->name, ns_phrase(cx, w->ns));
		}
	}
}

CHECK(config_ref_missing)
{
	struct lint_index *ix = index_of(target);
	/* a Secret may also come from a SealedSecret or an ExternalSecret of
	 * the same name */
	static const char *const cm_kinds[] = {"ConfigMap", NULL};
	static const char *const secret_kinds[] = {"Secret", "SealedSecret", "ExternalSecret", NULL};
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		for (uint32_t r = 0; r < w->nrefs; r++) {
			const struct idx_ref *ref = &w->refs[r];
			bool cm = !strcmp(ref->kind, "ConfigMap");
			if ((!cm && strcmp(ref->kind, "Secret")) || ref->optional)
				continue;
			if (object_exists(ix, cm ? cm_kinds : secret_kinds, ref->name, w->ns))
				continue;
			const char *what = ref->container ? lint_printf(cx->run, "container '%s'", ref->container) : "a volume";
			lint_report_at(cx, &ref->loc, w->ident, ref->container, idx_ref_pointer(cx->run, ref),
				       "%s references %s '%s', which is not defined %s and is not optional; the pods will not start",
				       what, ref->kind, ref->name, ns_phrase(cx, w->ns));
		}
	}
}

/* ---- SV006 -------------------------------------------------------------- */

CHECK(duplicate_env_var)
{
	const struct container_view *cv = target;
	const struct obj *env = o_get(cv->c, "env");
	if (!env || env->kind != OBJ_SEQ)
		return;
	for (uint32_t j = 1; j < env->seq.len; j++) {
		const struct obj *nj = o_get(env->seq.items[j], "name");
		const char *name = o_str(nj);
		if (!name)
			continue;
		for (uint32_t i = 0; i < j; i++) {
			const struct obj *ni = o_get(env->seq.items[i], "name");
			if (!o_str(ni) || strcmp(o_str(ni), name))
				continue;
			struct finding *f = lint_report(cx, nj, NULL, lint_printf(cx->run, "%s/env/%u/name", cv->pointer, j),
							"container '%s' sets env var '%s' twice; the last value wins silently",
							cv->name, name);
			if (f) {
				f->note_loc = lint_loc(cx->run, ni->span);
				f->note = "the first definition";
			}
			break;
		}
	}
}

/* ---- SV007 -------------------------------------------------------------- */

struct port_at {
	const char *container; /* NULL: unnamed */
	uint32_t cindex; /* containers by position: names may repeat */
	const struct obj *port;
	const char *list; /* "containers" or "initContainers" */
	uint32_t i, k;	  /* container i of the list, its port k */
};

/* The names and pointers are made only for a finding. */
static const char *port_container(struct lint_ctx *cx, const struct port_at *p)
{
	return p->container ? p->container : lint_printf(cx->run, "#%u", p->i);
}

static const char *port_ptr(struct lint_ctx *cx, const struct pod_view *pv, const struct port_at *p, const char *field)
{
	return lint_printf(cx->run, "%s/%s/%u/ports/%u/%s", pv->prefix, p->list, p->i, p->k, field);
}

static const char *port_where(struct lint_ctx *cx, const struct port_at *a, const struct port_at *b)
{
	if (a->cindex == b->cindex)
		return lint_printf(cx->run, "container '%s'", port_container(cx, b));
	return lint_printf(cx->run, "containers '%s' and '%s'", port_container(cx, a), port_container(cx, b));
}

CHECK(duplicate_container_port)
{
	const struct pod_view *pv = target;
	struct port_at ports[256];
	size_t n = 0;
	/* the containers that run together: regular ones and sidecars
	 * (restartable init containers) */
	static const char *const lists[] = {"initContainers", "containers"};
	for (int l = 0; l < 2; l++) {
		const struct obj *seq = o_get(pv->spec, lists[l]);
		for (uint32_t i = 0; seq && seq->kind == OBJ_SEQ && i < seq->seq.len; i++) {
			const struct obj *c = seq->seq.items[i];
			if (l == 0 && (!o_str(o_get(c, "restartPolicy")) || strcmp(o_str(o_get(c, "restartPolicy")), "Always")))
				continue;
			const struct obj *ps = o_get(c, "ports");
			const char *cname = o_str(o_get(c, "name"));
			for (uint32_t k = 0; ps && ps->kind == OBJ_SEQ && k < ps->seq.len && n < KPC_ARRAY_LEN(ports); k++) {
				if (ps->seq.items[k]->kind != OBJ_MAP)
					continue;
				ports[n] = (struct port_at){cname, (uint32_t)l * 100000u + i, ps->seq.items[k], lists[l], i, k};
				n++;
			}
		}
	}
	for (size_t j = 1; j < n; j++) {
		const struct obj *pj = ports[j].port;
		const struct obj *nj = o_get(pj, "name");
		const struct obj *cj = o_get(pj, "containerPort");
		const char *protoj = o_str(o_get(pj, "protocol")) ? o_str(o_get(pj, "protocol")) : "TCP";
		int64_t numj = 0;
		bool has_num = o_int(cj, &numj);
		bool name_done = !o_str(nj), num_done = !has_num;
		for (size_t i = 0; i < j && !(name_done && num_done); i++) {
			const struct obj *pi = ports[i].port;
			bool same = ports[i].cindex == ports[j].cindex;
			const struct obj *ni = o_get(pi, "name");
			if (!name_done && o_str(ni) && !strcmp(o_str(ni), o_str(nj))) {
				struct finding *f =
					same ? lint_report(cx, nj, pj, port_ptr(cx, pv, &ports[j], "name"),
							   "port name '%s' is declared twice in %s; the API server rejects duplicate "
							   "port names in a container",
							   o_str(nj), port_where(cx, &ports[i], &ports[j]))
					     : lint_report(cx, nj, pj, port_ptr(cx, pv, &ports[j], "name"),
							   "port name '%s' is declared twice in the pod (%s); named references "
							   "from Services and probes pick the first",
							   o_str(nj), port_where(cx, &ports[i], &ports[j]));
				if (f) {
					f->note_loc = lint_loc(cx->run, ni->span);
					f->note = "the first declaration";
				}
				name_done = true;
			}
			int64_t numi = 0;
			const char *protoi = o_str(o_get(pi, "protocol")) ? o_str(o_get(pi, "protocol")) : "TCP";
			if (!num_done && o_int(o_get(pi, "containerPort"), &numi) && numi == numj && !strcmp(protoi, protoj)) {
				struct finding *f =
					same ? lint_report(cx, cj, pj, port_ptr(cx, pv, &ports[j], "containerPort"),
							   "containerPort %lld/%s is declared twice in %s; the API server warns about "
							   "duplicate port definitions",
							   (long long)numj, protoj, port_where(cx, &ports[i], &ports[j]))
					     : lint_report(cx, cj, pj, port_ptr(cx, pv, &ports[j], "containerPort"),
							   "containerPort %lld/%s is declared twice in the pod (%s); the containers "
							   "share one network namespace, so only one can listen on it",
							   (long long)numj, protoj, port_where(cx, &ports[i], &ports[j]));
				if (f) {
					f->note_loc = lint_loc(cx->run, o_get(pi, "containerPort")->span);
					f->note = "the first declaration";
				}
				num_done = true;
			}
		}
	}
}

/* ---- SV009 -------------------------------------------------------------- */

CHECK(service_type_exposed)
{
	const struct k8s_obj *o = target;
	if (!is_kind(o->kind, "Service"))
		return;
	const struct obj *t = o_get(o_get(o->root, "spec"), "type");
	const char *type = o_str(t);
	if (!type || (strcmp(type, "NodePort") && strcmp(type, "LoadBalancer")))
		return;
	if (!strcmp(type, "NodePort"))
		lint_report(cx, t, NULL, "/spec/type", "the Service is of type NodePort: it is reachable on a port of every node");
	else
		lint_report(cx, t, NULL, "/spec/type",
			    "the Service is of type LoadBalancer: it is reachable from outside the cluster");
}

/* ---- the table ---------------------------------------------------------- */

#define SV_CORE (PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL)

const struct rule rules_sv[] = {
	{"SV001", "selector-mismatch", "services", LINT_ERROR, PROFILE_MINIMAL | SV_CORE, SCOPE_POD, selector_mismatch, 0,
	 "A workload's selector matches its pod template's labels",
	 "The API server rejects a Deployment, StatefulSet, DaemonSet, ReplicaSet or Job whose spec.selector "
	 "(matchLabels and matchExpressions) does not select its own pod template, and an empty selector; a "
	 "ReplicationController's plain selector must match too.",
	 "make spec.selector and spec.template.metadata.labels agree",
	 "KL mismatching-selector; KS *-pod-selector-labels-match-template-metadata-labels; KSc C-0296", NULL},
	{"SV002", "service-dangling", "services", LINT_WARNING, SV_CORE, SCOPE_SET, service_dangling, 1,
	 "A Service's selector matches some pod template",
	 "A Service whose selector matches no pod template in its namespace has no endpoints: traffic to it fails. A "
	 "Service without a selector is backed by manual Endpoints and is not reported. In the open world the pods may "
	 "be defined elsewhere, so the finding is info.",
	 "make the Service's selector match the pod template's labels",
	 "KL dangling-service; KS service-targets-pod; KSc C-0293", NULL},
	{"SV003", "service-targetport-unresolved", "services", LINT_ERROR, PROFILE_MINIMAL | SV_CORE, SCOPE_SET,
	 service_targetport_unresolved, 0, "A Service's targetPort is a port of the pods it selects",
	 "A named targetPort resolves against the container port names of the selected pods: if none declares it, the "
	 "Service has no usable endpoints. A numeric targetPort (or the port, when targetPort is unset) should be "
	 "declared as a containerPort of a selected container: when the selected pods declare ports but not that one, "
	 "the finding is at most a warning (containerPort is informational, so pods declaring no ports are not checked).",
	 "name a declared container port in targetPort, or declare the port in the container's ports",
	 "none (opportunity); KL invalid-target-ports is syntax only", NULL},
	{"SV004", "ingress-backend-missing", "services", LINT_WARNING, SV_CORE, SCOPE_SET, ingress_backend_missing, 1,
	 "An Ingress backend names an existing Service and port",
	 "Each Ingress backend (networking.k8s.io/v1 service.name with port.name or port.number; "
	 "extensions/v1beta1 serviceName/servicePort) must name a Service in the Ingress's namespace and one of its "
	 "ports, or the controller answers 503. In the open world the Service may be defined elsewhere, so the finding "
	 "is info.",
	 "point the backend at an existing Service and one of its port names or numbers",
	 "KL dangling-ingress; KS ingress-targets-service", NULL},
	{"SV005", "serviceaccount-missing", "services", LINT_WARNING, SV_CORE, SCOPE_SET, serviceaccount_missing, 2,
	 "serviceAccountName names a ServiceAccount in the input",
	 "Pods whose serviceAccountName names no ServiceAccount in their namespace are rejected at admission. Only in "
	 "the closed world: in the open world the account may be managed elsewhere.",
	 "add the ServiceAccount to the rendered set, or fix the name",
	 "KL non-existent-service-account; KSc C-0307", NULL},
	{"SV006", "duplicate-env-var", "services", LINT_WARNING, SV_CORE, SCOPE_CONTAINER, duplicate_env_var, 0,
	 "A container sets each environment variable once",
	 "When a container's env list names a variable twice, the last entry wins silently; the first is usually the "
	 "intended value, hidden by a later merge or copy.",
	 "remove one of the two entries",
	 "KL duplicate-env-var; KS environment-variable-key-duplication; KSc C-0295", NULL},
	{"SV007", "duplicate-container-port", "services", LINT_WARNING, SV_CORE, SCOPE_POD, duplicate_container_port, 0,
	 "Container port names and numbers are unique in a pod",
	 "The containers of a pod (and its sidecars) share one network namespace: the same containerPort and protocol "
	 "twice cannot both listen, and a port name declared twice makes named references (Service targetPort, probes) "
	 "pick the first.",
	 "give each port a distinct name and number (per protocol)", "KS container-ports-check", NULL},
	{"SV008", "config-ref-missing", "services", LINT_WARNING, PROFILE_ALL, SCOPE_SET, config_ref_missing, 2,
	 "ConfigMap and Secret references resolve",
	 "A ConfigMap or Secret referenced from env (valueFrom), envFrom or a volume (including projected sources) that "
	 "is not in the input and not optional: true keeps the pod from starting. Closed world only; a Secret may also "
	 "come from a SealedSecret or ExternalSecret of the same name.",
	 "add the ConfigMap or Secret to the rendered set, or mark the reference optional: true",
	 "KL env-value-from", NULL},
	{"SV009", "service-type-exposed", "services", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, service_type_exposed, 0,
	 "Services of type NodePort or LoadBalancer are exposed outside the cluster",
	 "NodePort opens a port on every node and LoadBalancer provisions an external address; both bypass the Ingress "
	 "layer (TLS, authentication, rate limits). Make the exposure a decision.",
	 "use type ClusterIP behind an Ingress, or waive the rule with the reason",
	 "KS service-type; KL exposed-services; DT SERVICE_INCORRECT_TYPE_VALUE_NODEPORT", NULL},
};
const size_t rules_sv_count = KPC_ARRAY_LEN(rules_sv);
