/* rules_pb.c: the probe rules (PB001-PB006).
 *
 * Probes belong to long-running containers: app containers and native
 * sidecars (init containers with restartPolicy: Always).  Plain init
 * containers and ephemeral containers may not have probes at all (PB005);
 * the other rules skip them.  Timing fields are read as the API server
 * defaults them: an absent or zero periodSeconds is 10, timeoutSeconds 1,
 * failureThreshold 3, successThreshold 1; initialDelaySeconds is 0. */
#include "rules.h"

#include <stdlib.h>

#include <stdio.h>

static const char *const probe_kinds[] = {"livenessProbe", "readinessProbe", "startupProbe"};
static const char *const handlers[] = {"exec", "httpGet", "tcpSocket", "grpc"};

static bool is_sidecar(const struct container_view *cv)
{
	const char *rp = o_str(o_get(cv->c, "restartPolicy"));
	return cv->init && rp && !strcmp(rp, "Always");
}

/* An app container or a native sidecar: what probes are for. */
static bool long_running(const struct container_view *cv)
{
	return !cv->ephemeral && (!cv->init || is_sidecar(cv));
}

static const struct obj *probe_of(const struct container_view *cv, const char *kind)
{
	const struct obj *p = o_get(cv->c, kind);
	return p && p->kind == OBJ_MAP ? p : NULL;
}

/* A probe's timing fields as the API server defaults them (absent or 0 →
 * default), read in one pass over the probe: rules compare several. */
enum timing_field { T_PERIOD, T_TIMEOUT, T_FAILURE, T_SUCCESS, T_DELAY, T_COUNT };
static const int64_t timing_defaults[T_COUNT] = {10, 1, 3, 1, 0};

struct timings {
	int64_t v[T_COUNT];
};

static struct timings timings_of(const struct obj *probe)
{
	struct timings t;
	unsigned seen = 0;
	for (int i = 0; i < T_COUNT; i++)
		t.v[i] = timing_defaults[i];
	for (uint32_t k = 0; probe && probe->kind == OBJ_MAP && k < probe->map.len; k++) {
		struct sv key = probe->map.items[k].key;
		/* literal names: the comparisons are inlined */
		int i = sv_eqc(key, "periodSeconds")         ? T_PERIOD
		        : sv_eqc(key, "timeoutSeconds")      ? T_TIMEOUT
		        : sv_eqc(key, "failureThreshold")    ? T_FAILURE
		        : sv_eqc(key, "successThreshold")    ? T_SUCCESS
		        : sv_eqc(key, "initialDelaySeconds") ? T_DELAY
		                                             : -1;
		/* the first of the key, as o_get finds it */
		if (i >= 0 && !(seen & (1u << i))) {
			seen |= 1u << i;
			int64_t v;
			if (o_int(probe->map.items[k].val, &v) && v != 0)
				t.v[i] = v;
		}
	}
	return t;
}

static const char *probe_ptr(struct lint_ctx *cx, const char *kind, const char *field)
{
	if (field)
		return lint_printf(cx->run, "%s/%s/%s", cx->cv->pointer, kind, field);
	return lint_printf(cx->run, "%s/%s", cx->cv->pointer, kind);
}

/* ---- PB001 ---------------------------------------------------------------- */

static bool port_matches(const struct idx_port *cport, const struct idx_portref *target)
{
	if (target->name)
		return cport->name && !strcmp(cport->name, target->name);
	return target->number > 0 && cport->number == target->number;
}

/* Does container `c` declare a port that Service `s` targets?  (The
 * Service's name and targets are in memory: no Service entry is read.) */
static bool serves(const struct idx_container *c, const struct idx_svc *s)
{
	for (uint32_t p = 0; p < c->nports; p++)
		for (uint32_t t = 0; t < s->targets->n; t++)
			if (port_matches(&c->ports[p], &s->targets->ports[t]))
				return true;
	return false;
}

static bool runs_beside(const struct idx_container *c)
{
	return !c->init || c->sidecar;
}

static bool selects(const struct idx_service *sv, const struct idx_pods *w)
{
	return sv->has_selector && !strcmp(sv->ns, w->ns) && idx_selects(&sv->selector, w->labels);
}

/* PB001: a container without readinessProbe.  In pods that a Service
 * selects, a container the Service sends traffic to is a warning: one that
 * declares a port the Service targets, or, when no declared port matches,
 * every container as long as none of them has a readinessProbe.  The other
 * containers are info: a container that takes no traffic is ready as soon
 * as it runs, and the pod is not ready until all its containers are. */
CHECK(readiness_missing)
{
	struct lint_index *ix = (struct lint_index *)(uintptr_t)target;
	/* which Services select each workload, from the Services' side: the
	 * index gives the workloads of a namespace with one selector label, so
	 * the check is linear in the number of objects */
	/* the matches, (workload, Service), found once; then as arrays, by
	 * workload: the Services of workload i are by_service[start[i]..start[i + 1]) */
	uint32_t nw = ix->workloads.len;
	struct match {
		uint32_t w, s;
	} *matches = NULL;
	uint32_t nmatches = 0, cap = 0;
	for (uint32_t s = 0; s < ix->services.len; s++) {
		idx_step(ix);
		const struct idx_service *sv = idx_service(ix, s);
		if (!sv->has_selector || !sv->selector.n)
			continue;
		const uint32_t *cands;
		uint32_t n = idx_find_workloads(ix, sv->ns, sv->selector.keys[0], sv->selector.vals[0], &cands);
		for (uint32_t k = 0; k < n; k++) {
			if (!selects(sv, idx_pods(ix, cands[k])))
				continue;
			if (nmatches == cap) {
				cap = cap ? cap * 2 : 64;
				matches = xrealloc(matches, cap * sizeof *matches);
			}
			matches[nmatches++] = (struct match){cands[k], s};
		}
	}
	/* a counting sort by workload, Services in the order found */
	uint32_t *start = xcalloc((size_t)nw + 1, sizeof *start);
	uint32_t *by_service = xmalloc((nmatches ? nmatches : 1) * sizeof *by_service);
	for (uint32_t m = 0; m < nmatches; m++)
		start[matches[m].w + 1]++;
	for (uint32_t i = 0; i < nw; i++)
		start[i + 1] += start[i];
	for (uint32_t m = 0; m < nmatches; m++)
		by_service[start[matches[m].w]++] = matches[m].s; /* start[i] runs to start[i + 1] */
	free(matches);
	/* the fill moved each start to the next one's: shift back */
	for (uint32_t i = nw; i > 0; i--)
		start[i] = start[i - 1];
	start[0] = 0;
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (w->is_job)
			continue;
		const struct idx_svc *first = NULL;
		const struct idx_container *probed = NULL;
		bool any_declared = false;
		for (uint32_t c = 0; c < w->ncontainers; c++)
			if (runs_beside(&w->containers[c]) && w->containers[c].has_readiness && !probed)
				probed = &w->containers[c];
		for (uint32_t k = start[i]; k < start[i + 1]; k++) {
			const struct idx_svc *sv = idx_svc(ix, by_service[k]);
			if (!first)
				first = sv;
			for (uint32_t c = 0; c < w->ncontainers; c++)
				if (runs_beside(&w->containers[c]) && serves(&w->containers[c], sv))
					any_declared = true;
		}
		for (uint32_t c = 0; c < w->ncontainers; c++) {
			const struct idx_container *ic = &w->containers[c];
			if (!runs_beside(ic) || ic->has_readiness)
				continue;
			const char *name = ic->name ? ic->name : "?";
			const char *ptr = lint_printf(cx->run, "%s/readinessProbe", ic->pointer ? ic->pointer : "");
			struct finding *f;
			if (!first) {
				f = lint_report_at(cx, &ic->loc, w->ident, ic->name, ptr,
						   "container '%s' has no readinessProbe (no Service selects this pod)", name);
			} else if (any_declared) {
				const struct idx_svc *to = NULL;
				for (uint32_t k = start[i]; k < start[i + 1] && !to; k++) {
					const struct idx_svc *sv = idx_svc(ix, by_service[k]);
					if (serves(ic, sv))
						to = sv;
				}
				if (to) {
					lint_report_at(cx, &ic->loc, w->ident, ic->name, ptr,
						       "container '%s' has no readinessProbe; Service '%s' sends it traffic as soon as it starts",
						       name, to->name);
					continue;
				}
				f = lint_report_at(cx, &ic->loc, w->ident, ic->name, ptr,
						   "container '%s' has no readinessProbe; Service '%s' targets none of its ports, so it takes no "
						   "traffic",
						   name, first->name);
			} else if (!probed) {
				lint_report_at(cx, &ic->loc, w->ident, ic->name, ptr,
					       "container '%s' has no readinessProbe; Service '%s' sends it traffic as soon as it starts", name,
					       first->name);
				continue;
			} else {
				f = lint_report_at(cx, &ic->loc, w->ident, ic->name, ptr,
						   "container '%s' has no readinessProbe; the pod's readiness for Service '%s' rests on the "
						   "readinessProbe of container '%s'",
						   name, first->name, probed->name ? probed->name : "?");
			}
			if (f && f->sev > LINT_INFO)
				f->sev = LINT_INFO;
		}
	}
	free(start);
	free(by_service);
}

/* ---- PB002 ---------------------------------------------------------------- */

CHECK(liveness_missing)
{
	const struct container_view *cv = target;
	if (cv->pod->is_job || !long_running(cv) || o_get(cv->c, "livenessProbe"))
		return;
	lint_report(cx, cv->c, NULL, probe_ptr(cx, "livenessProbe", NULL),
		    "container '%s' has no livenessProbe; nothing restarts it if it hangs", cv->name);
}

/* ---- PB003 ---------------------------------------------------------------- */

static bool obj_equal(const struct obj *a, const struct obj *b)
{
	if (!a || !b)
		return a == b;
	int64_t x, y;
	if (o_int(a, &x) && o_int(b, &y))
		return x == y;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case OBJ_NULL: return true;
	case OBJ_BOOL: return a->b == b->b;
	case OBJ_INT: return a->i == b->i;
	case OBJ_STR: return sv_eq(a->s, b->s);
	case OBJ_SEQ:
		if (a->seq.len != b->seq.len)
			return false;
		for (uint32_t i = 0; i < a->seq.len; i++)
			if (!obj_equal(a->seq.items[i], b->seq.items[i]))
				return false;
		return true;
	case OBJ_MAP:
		if (a->map.len != b->map.len)
			return false;
		for (uint32_t i = 0; i < a->map.len; i++) {
			const struct obj *bv = NULL;
			for (uint32_t j = 0; j < b->map.len && !bv; j++)
				if (sv_eq(a->map.items[i].key, b->map.items[j].key))
					bv = b->map.items[j].val;
			if (!obj_equal(a->map.items[i].val, bv))
				return false;
		}
		return true;
	}
	return false;
}

static bool is_timing(struct sv k)
{
	return sv_eqc(k, "periodSeconds") || sv_eqc(k, "timeoutSeconds") || sv_eqc(k, "failureThreshold") ||
	       sv_eqc(k, "successThreshold") || sv_eqc(k, "initialDelaySeconds");
}

/* Same handler and the same effective timing (defaults applied). */
static bool probes_equal(const struct obj *a, const struct obj *b)
{
	struct timings ta = timings_of(a), tb = timings_of(b);
	for (int i = 0; i < T_COUNT; i++)
		if (ta.v[i] != tb.v[i])
			return false;
	const struct obj *maps[2] = {a, b};
	for (int m = 0; m < 2; m++) {
		const struct obj *x = maps[m], *y = maps[1 - m];
		for (uint32_t i = 0; i < x->map.len; i++) {
			struct sv k = x->map.items[i].key;
			if (is_timing(k))
				continue;
			const struct obj *yv = NULL;
			for (uint32_t j = 0; j < y->map.len && !yv; j++)
				if (sv_eq(k, y->map.items[j].key))
					yv = y->map.items[j].val;
			if (!obj_equal(x->map.items[i].val, yv))
				return false;
		}
	}
	return true;
}

CHECK(liveness_equals_readiness)
{
	const struct container_view *cv = target;
	if (!long_running(cv))
		return;
	const struct obj *live = probe_of(cv, "livenessProbe"), *ready = probe_of(cv, "readinessProbe");
	if (!live || !ready || !probes_equal(live, ready))
		return;
	struct finding *f = lint_report(cx, live, NULL, probe_ptr(cx, "livenessProbe", NULL),
					"container '%s' has the same livenessProbe as readinessProbe; a readiness failure (e.g. "
					"under load) also restarts the container",
					cv->name);
	if (f) {
		f->note_loc = lint_loc(cx->run, ready->span);
		f->note = "the readinessProbe";
	}
}

/* ---- PB004 ---------------------------------------------------------------- */

static bool has_letter(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
			return true;
	return false;
}

/* The container's declared port names, for the message. */
static const char *port_names(struct lint_ctx *cx, const struct obj *ports)
{
	struct buf b = {0};
	for (uint32_t i = 0; ports && ports->kind == OBJ_SEQ && i < ports->seq.len; i++) {
		const char *n = o_str(o_get(ports->seq.items[i], "name"));
		if (n)
			buf_printf(&b, "%s'%s'", b.len ? ", " : "", n);
	}
	const char *out = b.len ? lint_printf(cx->run, "its port names are %s", buf_cstr(&b)) : "it names no ports";
	buf_free(&b);
	return out;
}

static void check_port(struct lint_ctx *cx, const char *kind, const char *handler, const struct obj *h)
{
	const struct container_view *cv = cx->cv;
	const struct obj *port = o_get(h, "port");
	if (!port)
		return;
	const struct obj *ports = o_get(cv->c, "ports");
	if (port->kind == OBJ_STR) {
		/* a name (an all-digit string is no valid name: PB005) */
		if (!has_letter(port->s.p))
			return;
		for (uint32_t i = 0; ports && ports->kind == OBJ_SEQ && i < ports->seq.len; i++) {
			const char *n = o_str(o_get(ports->seq.items[i], "name"));
			if (n && !strcmp(n, port->s.p))
				return;
		}
		lint_report(cx, port, NULL, probe_ptr(cx, kind, lint_printf(cx->run, "%s/port", handler)),
			    "container '%s' %s port '%s' is not a port of the container (%s); the probe always fails", cv->name,
			    kind, port->s.p, port_names(cx, ports));
		return;
	}
	int64_t n;
	if (port->kind != OBJ_INT || !o_int(port, &n) || n < 1 || n > 65535)
		return; /* PB005 */
	const char *host = o_str(o_get(h, "host"));
	if (host && *host && strcmp(host, "localhost") && strcmp(host, "127.0.0.1") && strcmp(host, "::1"))
		return; /* another host's port */
	for (uint32_t i = 0; ports && ports->kind == OBJ_SEQ && i < ports->seq.len; i++) {
		int64_t cp;
		if (o_int(o_get(ports->seq.items[i], "containerPort"), &cp) && cp == n)
			return;
	}
	/* the probe works (declaring a port is documentation), so at most a warning */
	struct finding *f = lint_report(cx, port, NULL, probe_ptr(cx, kind, lint_printf(cx->run, "%s/port", handler)),
					"container '%s' %s port %lld is not declared in the container's ports", cv->name, kind,
					(long long)n);
	if (f && f->sev > LINT_WARNING)
		f->sev = LINT_WARNING;
}

CHECK(probe_port_unknown)
{
	const struct container_view *cv = target;
	if (!long_running(cv))
		return;
	for (size_t k = 0; k < KPC_ARRAY_LEN(probe_kinds); k++) {
		const struct obj *p = probe_of(cv, probe_kinds[k]);
		if (!p)
			continue;
		for (size_t h = 1; h < KPC_ARRAY_LEN(handlers); h++) {
			const struct obj *ho = o_get(p, handlers[h]);
			if (ho && ho->kind == OBJ_MAP)
				check_port(cx, probe_kinds[k], handlers[h], ho);
		}
	}
}

/* ---- PB005 ---------------------------------------------------------------- */

/* IANA_SVC_NAME: at most 15 of [a-z0-9-], a letter among them, no '-' at
 * either end and no "--". */
static const char *port_name_problem(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 15)
		return "a port name is 1 to 15 characters";
	bool letter = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			letter = true;
		else if (!(c >= '0' && c <= '9') && c != '-')
			return "a port name has only lowercase letters, digits and '-'";
	}
	if (!letter)
		return "a port name contains a letter; write a port number without quotes";
	if (s[0] == '-' || s[n - 1] == '-' || strstr(s, "--"))
		return "a port name does not start or end with '-' or contain '--'";
	return NULL;
}

static void check_probe_valid(struct lint_ctx *cx, const char *kind, const struct obj *p)
{
	const struct container_view *cv = cx->cv;
	/* the probe's handlers (as handlers[]) and fields (as fields[]), in one
	 * pass with literal names, the first of a key as o_get finds it */
	static const char *const fields[] = {"initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold",
					     "failureThreshold", "terminationGracePeriodSeconds"};
	const struct obj *got[KPC_ARRAY_LEN(handlers) + KPC_ARRAY_LEN(fields)] = {0};
	unsigned seen = 0;
	for (uint32_t k = 0; k < p->map.len; k++) {
		struct sv key = p->map.items[k].key;
		int i = sv_eqc(key, "exec")                            ? 0
		        : sv_eqc(key, "httpGet")                       ? 1
		        : sv_eqc(key, "tcpSocket")                     ? 2
		        : sv_eqc(key, "grpc")                          ? 3
		        : sv_eqc(key, "initialDelaySeconds")           ? 4
		        : sv_eqc(key, "timeoutSeconds")                ? 5
		        : sv_eqc(key, "periodSeconds")                 ? 6
		        : sv_eqc(key, "successThreshold")              ? 7
		        : sv_eqc(key, "failureThreshold")              ? 8
		        : sv_eqc(key, "terminationGracePeriodSeconds") ? 9
		                                                       : -1;
		if (i >= 0 && !(seen & 1u << i)) {
			seen |= 1u << i;
			got[i] = p->map.items[k].val;
		}
	}
	const struct obj *const *hv = got, *const *fv = got + KPC_ARRAY_LEN(handlers);
	/* exactly one handler */
	const char *found[4];
	size_t nh = 0;
	for (size_t h = 0; h < KPC_ARRAY_LEN(handlers); h++)
		if (hv[h])
			found[nh++] = handlers[h];
	if (nh == 0)
		lint_report(cx, p, NULL, probe_ptr(cx, kind, NULL),
			    "container '%s' %s has no handler; the API server requires one of exec, httpGet, tcpSocket or grpc",
			    cv->name, kind);
	else if (nh > 1)
		lint_report(cx, o_get(p, found[1]), p, probe_ptr(cx, kind, found[1]),
			    "container '%s' %s has %zu handlers (%s and %s%s); the API server accepts exactly one", cv->name, kind,
			    nh, found[0], found[1], nh > 2 ? ", ..." : "");
	/* no negative values (not terminationGracePeriodSeconds: below) */
	for (size_t i = 0; i + 1 < KPC_ARRAY_LEN(fields); i++) {
		const struct obj *v = fv[i];
		int64_t n;
		if (o_int(v, &n) && n < 0)
			lint_report(cx, v, NULL, probe_ptr(cx, kind, fields[i]),
				    "container '%s' %s.%s is %lld; the API server rejects negative values", cv->name, kind, fields[i],
				    (long long)n);
	}
	/* successThreshold 1 on liveness and startup probes */
	const struct obj *st = fv[3];
	int64_t n;
	if (strcmp(kind, "readinessProbe") && o_int(st, &n) && n > 1)
		lint_report(cx, st, NULL, probe_ptr(cx, kind, "successThreshold"),
			    "container '%s' %s.successThreshold is %lld; the API server requires 1 for %s", cv->name, kind,
			    (long long)n, !strcmp(kind, "livenessProbe") ? "liveness probes" : "startup probes");
	/* terminationGracePeriodSeconds: positive, and not on readiness */
	const struct obj *tg = fv[5];
	if (tg && tg->kind != OBJ_NULL) {
		if (!strcmp(kind, "readinessProbe"))
			lint_report(cx, tg, NULL, probe_ptr(cx, kind, "terminationGracePeriodSeconds"),
				    "container '%s' readinessProbe sets terminationGracePeriodSeconds; the API server rejects it on "
				    "readiness probes",
				    cv->name);
		else if (o_int(tg, &n) && n <= 0)
			lint_report(cx, tg, NULL, probe_ptr(cx, kind, "terminationGracePeriodSeconds"),
				    "container '%s' %s.terminationGracePeriodSeconds is %lld; the API server requires more than 0",
				    cv->name, kind, (long long)n);
	}
	/* ports */
	for (size_t h = 1; h < KPC_ARRAY_LEN(handlers); h++) {
		const struct obj *port = o_get(hv[h], "port");
		if (!port)
			continue;
		const char *why = NULL;
		if (port->kind == OBJ_INT) {
			if (port->i < 1 || port->i > 65535)
				why = "a port number is 1 to 65535";
		} else if (port->kind == OBJ_STR) {
			why = !strcmp(handlers[h], "grpc") ? "grpc.port is a number" : port_name_problem(port->s.p);
		} else {
			why = "a port is a number or a name";
		}
		if (why) {
			const char *shown = port->kind == OBJ_STR   ? lint_printf(cx->run, " '%s'", port->s.p)
					    : port->kind == OBJ_INT ? lint_printf(cx->run, " %lld", (long long)port->i)
								    : "";
			lint_report(cx, port, NULL, lint_printf(cx->run, "%s/%s/%s/port", cv->pointer, kind, handlers[h]),
				    "container '%s' %s.%s.port%s is invalid: %s", cv->name, kind, handlers[h], shown, why);
		}
	}
	const struct obj *scheme = o_get(hv[1], "scheme");
	if (o_str(scheme) && strcmp(o_str(scheme), "HTTP") && strcmp(o_str(scheme), "HTTPS"))
		lint_report(cx, scheme, NULL, lint_printf(cx->run, "%s/%s/httpGet/scheme", cv->pointer, kind),
			    "container '%s' %s.httpGet.scheme '%s' is invalid: it is HTTP or HTTPS", cv->name, kind, o_str(scheme));
}

CHECK(probe_invalid)
{
	const struct container_view *cv = target;
	for (size_t k = 0; k < KPC_ARRAY_LEN(probe_kinds); k++) {
		const struct obj *p = o_get(cv->c, probe_kinds[k]);
		if (!p || p->kind == OBJ_NULL)
			continue;
		if (cv->ephemeral) {
			lint_report(cx, p, NULL, probe_ptr(cx, probe_kinds[k], NULL),
				    "ephemeral container '%s' sets %s; the API server rejects probes on ephemeral containers", cv->name,
				    probe_kinds[k]);
			continue;
		}
		if (cv->init && !is_sidecar(cv)) {
			lint_report(cx, p, NULL, probe_ptr(cx, probe_kinds[k], NULL),
				    "init container '%s' sets %s; the API server rejects probes on init containers that are not "
				    "sidecars (restartPolicy: Always)",
				    cv->name, probe_kinds[k]);
			continue;
		}
		if (p->kind == OBJ_MAP)
			check_probe_valid(cx, probe_kinds[k], p);
	}
}

/* ---- PB006 ---------------------------------------------------------------- */

CHECK(probe_timing)
{
	const struct container_view *cv = target;
	if (cv->pod->is_job || !long_running(cv))
		return;
	for (size_t k = 0; k < KPC_ARRAY_LEN(probe_kinds); k++) {
		const struct obj *p = probe_of(cv, probe_kinds[k]);
		if (!p)
			continue;
		struct timings t = timings_of(p);
		int64_t period = t.v[T_PERIOD], timeout = t.v[T_TIMEOUT];
		if (period > 0 && timeout >= period)
			lint_report(cx, o_get(p, "timeoutSeconds"), p, probe_ptr(cx, probe_kinds[k], "timeoutSeconds"),
				    "container '%s' %s.timeoutSeconds (%lld) is not shorter than its periodSeconds (%lld); a hung check "
				    "delays the next one",
				    cv->name, probe_kinds[k], (long long)timeout, (long long)period);
	}
	const struct obj *live = probe_of(cv, "livenessProbe"), *ready = probe_of(cv, "readinessProbe");
	if (!live)
		return;
	struct timings lt = timings_of(live);
	if (ready) {
		struct timings rt = timings_of(ready);
		int64_t lw = lt.v[T_FAILURE] * lt.v[T_PERIOD];
		int64_t rw = rt.v[T_FAILURE] * rt.v[T_PERIOD];
		if (lw > 0 && rw > 0 && lw < rw) {
			struct finding *f = lint_report(
				cx, live, NULL, probe_ptr(cx, "livenessProbe", NULL),
				"container '%s' livenessProbe restarts it after %llds of failures (failureThreshold %lld x periodSeconds "
				"%lld), before readinessProbe takes it out of service (%llds)",
				cv->name, (long long)lw, (long long)lt.v[T_FAILURE], (long long)lt.v[T_PERIOD], (long long)rw);
			if (f) {
				f->note_loc = lint_loc(cx->run, ready->span);
				f->note = "the readinessProbe";
			}
		}
	}
	int64_t max = lint_param_int(cx, "maxInitialDelay", 60);
	int64_t delay = lt.v[T_DELAY];
	if (delay >= max && !o_get(cv->c, "startupProbe"))
		lint_report(cx, o_get(live, "initialDelaySeconds"), live, probe_ptr(cx, "livenessProbe", "initialDelaySeconds"),
			    "container '%s' livenessProbe.initialDelaySeconds is %lld (%lld or more) and there is no startupProbe; "
			    "a startupProbe waits only as long as the start takes",
			    cv->name, (long long)delay, (long long)max);
}

const struct rule rules_pb[] = {
	{"PB001", "readiness-probe-missing", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_SET, readiness_missing, 0, "Containers that a Service sends traffic to have a readinessProbe",
	 "Without a readinessProbe a container counts as ready as soon as it starts, so a Service sends it requests before it "
	 "can serve them (and keeps sending while it is overloaded). Warning for the containers of Service-selected pods that "
	 "serve a port the Service targets (when no declared port matches: all of them, unless another container of the pod "
	 "has a readinessProbe that gates the pod); info for other containers, whose readiness carries no traffic, and for "
	 "pods no Service selects. Jobs, CronJobs and init containers are skipped; native sidecars count.",
	 "add a readinessProbe that checks the container can serve (an HTTP endpoint or a TCP port)",
	 "KS pod-probes; PO readinessProbeMissing; KL no-readiness-probe; CK CKV_K8S_9", NULL},
	{"PB002", "liveness-probe-missing", "probes", LINT_INFO, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, liveness_missing, 0, "Long-running containers have a livenessProbe",
	 "A livenessProbe lets the kubelet restart a container that hangs without exiting. It is optional, hence info: a bad "
	 "one (too tight, or checking dependencies) causes restart storms (kube-score README_PROBES). Jobs, CronJobs and init "
	 "containers are skipped.",
	 "add a livenessProbe that checks only the process itself, with a generous failureThreshold",
	 "KL no-liveness-probe; PO livenessProbeMissing; CK CKV_K8S_8", NULL},
	{"PB003", "liveness-equals-readiness", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, liveness_equals_readiness, 0, "The livenessProbe differs from the readinessProbe",
	 "When liveness is the same check as readiness (same handler and same effective timing), a container that is only "
	 "temporarily unready, e.g. overloaded, is restarted too, which turns load into an outage.",
	 "make liveness check only that the process runs (a lighter endpoint, or a higher failureThreshold)",
	 "KS pod-probes-identical", NULL},
	{"PB004", "probe-port-unknown", "probes", LINT_ERROR,
	 PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_CONTAINER, probe_port_unknown, 0, "A probe's port is one of the container's ports",
	 "A named httpGet/tcpSocket port must be the name of one of the container's ports, or the probe always fails and "
	 "the container is never ready (or is restarted forever). A numeric port (grpc.port included) should be declared in "
	 "the container's ports, but the probe works either way, so that finding is at most a warning; a probe of another "
	 "host (httpGet.host) is not checked.",
	 "use a port name or number from the container's ports, or declare the port",
	 "KL liveness-port, readiness-port, startup-port", NULL},
	{"PB005", "probe-invalid", "probes", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, probe_invalid, 0, "Probes the API server would reject",
	 "The API server rejects a probe with no handler or more than one (exec, httpGet, tcpSocket, grpc), negative timing "
	 "values, successThreshold other than 1 on liveness and startup probes, terminationGracePeriodSeconds on a readiness "
	 "probe or not above 0, invalid ports and schemes, and probes on init containers (other than sidecars with "
	 "restartPolicy: Always) and ephemeral containers. Zero timing values are not errors: the API server replaces them "
	 "with the defaults.",
	 "fix the field the message names, or remove the probe from the init container", "none (opportunity)", NULL},
	{"PB006", "probe-timing", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_CONTAINER,
	 probe_timing, 0, "Probe timings that work against each other",
	 "Flags timeoutSeconds >= periodSeconds, a liveness failureThreshold x periodSeconds shorter than the readiness one "
	 "(the container is restarted before it is taken out of service), and a liveness initialDelaySeconds of "
	 "maxInitialDelay (default 60) or more without a startupProbe (a fixed delay is either too long or too short; a "
	 "startupProbe adapts). Absent fields count at the API defaults. Jobs and CronJobs are skipped.",
	 "shorten timeoutSeconds, give liveness the longer failure window, or add a startupProbe",
	 "DT probe-field rules (presence only); none relational", "maxInitialDelay:int"},
};
const size_t rules_pb_count = KPC_ARRAY_LEN(rules_pb);
