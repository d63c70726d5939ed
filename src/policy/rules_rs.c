/* rules_rs.c: the resource rules (RS001-RS008).
 *
 * Every container that the scheduler accounts for is checked: app
 * containers and init containers (the pod's request is the larger of the
 * biggest init container and the sum of the others), not ephemeral ones.
 * A limit without a request is a request too (the API server copies the
 * limit), and pod-level resources (spec.resources) cover every container. */
#include "rules.h"

#include <stdio.h>

static const struct obj *resources(const struct container_view *cv)
{
	const struct obj *r = o_get(cv->c, "resources");
	return r && r->kind == OBJ_MAP ? r : NULL;
}

static const struct obj *res_get(const struct obj *res, const char *which, const char *name)
{
	const struct obj *v = o_get(o_get(res, which), name);
	return v && v->kind != OBJ_NULL ? v : NULL;
}

/* Is `name` in `which` (requests or limits) set for the container, or for the whole pod? */
static bool pod_level(const struct container_view *cv, const char *which, const char *name)
{
	return res_get(o_get(cv->pod->spec, "resources"), which, name) != NULL;
}

/* Reports a missing requests/limits entry at the nearest node that exists. */
static void report_missing(struct lint_ctx *cx, const char *which, const char *name, const char *what)
{
	const struct container_view *cv = cx->cv;
	const struct obj *res = resources(cv);
	const struct obj *at = o_get(res, which);
	if (!at)
		at = res;
	lint_report(cx, at, cv->c, lint_printf(cx->run, "%s/resources/%s/%s", cv->pointer, which, name),
		    "container '%s' sets no %s", cv->name, what);
}

/* Requests that a limit satisfies (the API server copies limits into absent requests). */
static bool has_request(const struct container_view *cv, const char *name)
{
	const struct obj *res = resources(cv);
	return res_get(res, "requests", name) || res_get(res, "limits", name) || pod_level(cv, "requests", name) ||
	       pod_level(cv, "limits", name);
}

static bool has_limit(const struct container_view *cv, const char *name)
{
	return res_get(resources(cv), "limits", name) || pod_level(cv, "limits", name);
}

CHECK(cpu_request_missing)
{
	const struct container_view *cv = target;
	if (!cv->ephemeral && !has_request(cv, "cpu"))
		report_missing(cx, "requests", "cpu", "cpu request");
}

CHECK(memory_request_missing)
{
	const struct container_view *cv = target;
	if (!cv->ephemeral && !has_request(cv, "memory"))
		report_missing(cx, "requests", "memory", "memory request");
}

CHECK(memory_limit_missing)
{
	const struct container_view *cv = target;
	if (!cv->ephemeral && !has_limit(cv, "memory"))
		report_missing(cx, "limits", "memory", "memory limit");
}

CHECK(cpu_limit_missing)
{
	const struct container_view *cv = target;
	if (!cv->ephemeral && !has_limit(cv, "cpu"))
		report_missing(cx, "limits", "cpu", "cpu limit");
}

CHECK(ephemeral_storage)
{
	const struct container_view *cv = target;
	if (cv->ephemeral || has_limit(cv, "ephemeral-storage"))
		return;
	if (has_request(cv, "ephemeral-storage"))
		report_missing(cx, "limits", "ephemeral-storage", "ephemeral-storage limit");
	else
		report_missing(cx, "limits", "ephemeral-storage", "ephemeral-storage request or limit");
}

/* ---- quantities ------------------------------------------------------------ */

/* The Kubernetes quantity grammar:
 *   quantity ::= sign? number suffix
 *   number   ::= digits | digits "." digits? | "." digits
 *   suffix   ::= "" | Ki Mi Gi Ti Pi Ei | n u m k M G T P E | (e|E) sign? digits
 * Returns NULL when `s` is one, else what is wrong with it. */
static const char *quantity_problem(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	size_t d0 = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	size_t int_digits = i - d0, frac_digits = 0;
	if (i < n && s[i] == '.') {
		i++;
		size_t f0 = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		frac_digits = i - f0;
	}
	if (int_digits + frac_digits == 0)
		return "it does not start with a number";
	const char *suf = s + i;
	size_t sl = n - i;
	if (sl == 0)
		return NULL;
	if (sl == 1 && suf[0] && strchr("numkMGTPE", suf[0]))
		return NULL;
	if (sl == 2 && suf[1] == 'i' && suf[0] && strchr("KMGTPE", suf[0]))
		return NULL;
	if (sl >= 2 && (suf[0] == 'e' || suf[0] == 'E')) {
		size_t j = 1;
		if (suf[j] == '+' || suf[j] == '-')
			j++;
		size_t e0 = j;
		while (j < sl && suf[j] >= '0' && suf[j] <= '9')
			j++;
		if (j == sl && j > e0)
			return NULL;
	}
	if (memchr(suf, ' ', sl) || memchr(suf, '\t', sl))
		return "it contains a space";
	if (suf[0] == '.')
		return "it has more than one decimal point";
	if (sl == 2 && (suf[1] == 'B' || suf[1] == 'b'))
		return "the suffix has no 'B' (write Mi, Gi, ... for powers of 1024 or M, G, ... for powers of 1000)";
	if (sl == 1 && suf[0] == 'K')
		return "the suffix for 1000 is a lowercase 'k' (1024 is 'Ki')";
	return "the suffix is not one of Ki Mi Gi Ti Pi Ei, n u m k M G T P E, or an exponent like e3";
}

static bool is_byte_resource(struct sv name)
{
	return sv_eqc(name, "memory") || sv_eqc(name, "ephemeral-storage") || sv_starts(name, "hugepages-");
}

static const char *q_text(struct lint_ctx *cx, const struct obj *v)
{
	if (v->kind == OBJ_INT)
		return lint_printf(cx->run, "%lld", (long long)v->i);
	if (v->kind == OBJ_STR)
		return v->s.p;
	return "?";
}

/* A valid, non-negative quantity's value. */
static bool q_value(const struct obj *v, double *out)
{
	if (!v || (v->kind != OBJ_INT && v->kind != OBJ_STR))
		return false;
	if (v->kind == OBJ_STR && quantity_problem(v->s.p, v->s.len))
		return false;
	return quantity_parse(v, out) && *out >= 0;
}

/* made only for a finding: most quantities are fine */
static const char *quantity_ptr(struct lint_ctx *cx, const struct container_view *cv, const char *which, struct sv k)
{
	return lint_ptr(cx->run, lint_printf(cx->run, "%s/resources/%s", cv->pointer, which), k.p, k.len);
}

CHECK(invalid_quantity)
{
	const struct container_view *cv = target;
	const struct obj *res = resources(cv);
	static const char *const which[] = {"requests", "limits"};
	for (int w = 0; w < 2; w++) {
		const struct obj *m = o_get(res, which[w]);
		if (!m || m->kind != OBJ_MAP)
			continue;
		for (uint32_t i = 0; i < m->map.len; i++) {
			struct sv k = m->map.items[i].key;
			const struct obj *v = m->map.items[i].val;
			if (v->kind != OBJ_INT && v->kind != OBJ_STR) {
				lint_report(cx, v, NULL, quantity_ptr(cx, cv, which[w], k), "container '%s' %s.%.*s is not a quantity: write a number like 500m or 1Gi",
					    cv->name, which[w], (int)k.len, k.p);
				continue;
			}
			const char *why = v->kind == OBJ_STR ? quantity_problem(v->s.p, v->s.len) : NULL;
			double q = 0;
			if (why) {
				lint_report(cx, v, NULL, quantity_ptr(cx, cv, which[w], k), "container '%s' %s.%.*s '%s' is not a valid quantity: %s", cv->name,
					    which[w], (int)k.len, k.p, v->s.p, why);
			} else if (quantity_parse(v, &q) && q < 0) {
				lint_report(cx, v, NULL, quantity_ptr(cx, cv, which[w], k), "container '%s' %s.%.*s is %s; the API server rejects negative quantities",
					    cv->name, which[w], (int)k.len, k.p, q_text(cx, v));
			} else if (v->kind == OBJ_STR && is_byte_resource(k) && v->s.len > 1 && v->s.p[v->s.len - 1] == 'm') {
				lint_report(cx, v, NULL, quantity_ptr(cx, cv, which[w], k),
					    "container '%s' %s.%.*s '%s' is in thousandths of a byte ('m' is milli); write %.*sMi for "
					    "mebibytes",
					    cv->name, which[w], (int)k.len, k.p, v->s.p, (int)v->s.len - 1, v->s.p);
			}
		}
	}
}

/* RS004: a request above its limit, for every resource given both. */
CHECK(request_exceeds_limit)
{
	const struct container_view *cv = target;
	const struct obj *res = resources(cv);
	const struct obj *req = o_get(res, "requests"), *lim = o_get(res, "limits");
	if (!req || req->kind != OBJ_MAP || !lim || lim->kind != OBJ_MAP)
		return;
	for (uint32_t i = 0; i < req->map.len; i++) {
		struct sv k = req->map.items[i].key;
		const struct obj *rv = req->map.items[i].val;
		const struct obj *lv = NULL;
		for (uint32_t j = 0; j < lim->map.len && !lv; j++)
			if (sv_eq(lim->map.items[j].key, k))
				lv = lim->map.items[j].val;
		double r, l;
		if (!lv || !q_value(rv, &r) || !q_value(lv, &l) || r <= l * (1 + 1e-12))
			continue;
		struct finding *f = lint_report(
			cx, rv, NULL, lint_ptr(cx->run, lint_printf(cx->run, "%s/resources/requests", cv->pointer), k.p, k.len),
			"container '%s' %.*s request %s is more than its limit %s; the API server rejects requests above limits",
			cv->name, (int)k.len, k.p, q_text(cx, rv), q_text(cx, lv));
		if (f) {
			f->note_loc = lint_loc(cx->run, lv->span);
			f->note = "the limit";
		}
	}
}

/* RS007: limit/request above the configured ratio. */
CHECK(limit_request_ratio)
{
	const struct container_view *cv = target;
	if (cv->ephemeral)
		return;
	const struct obj *res = resources(cv);
	static const struct {
		const char *name, *param;
		int64_t dflt;
	} which[] = {{"cpu", "cpuRatio", 4}, {"memory", "memoryRatio", 2}};
	for (size_t i = 0; i < KPC_ARRAY_LEN(which); i++) {
		int64_t max = lint_param_int(cx, which[i].param, which[i].dflt);
		const struct obj *rv = res_get(res, "requests", which[i].name), *lv = res_get(res, "limits", which[i].name);
		double r, l;
		if (max <= 0 || !rv || !lv || !q_value(rv, &r) || !q_value(lv, &l) || r <= 0)
			continue;
		double ratio = l / r;
		if (ratio <= (double)max * (1 + 1e-12))
			continue;
		lint_report(cx, lv, NULL, lint_printf(cx->run, "%s/resources/limits/%s", cv->pointer, which[i].name),
			    "container '%s' %s limit %s is %.3gx its request %s (at most %lldx)", cv->name, which[i].name,
			    q_text(cx, lv), ratio, q_text(cx, rv), (long long)max);
	}
}

const struct rule rules_rs[] = {
	{"RS001", "cpu-request-missing", "resources", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, cpu_request_missing, 0, "Every container requests cpu",
	 "The scheduler places pods by their requests, and CPU autoscaling (HPA utilization) is measured against them; "
	 "without a cpu request a container can be packed onto a full node. A cpu limit alone counts (the API server copies "
	 "it into the request), as do pod-level resources. Init containers are checked; ephemeral containers are not.",
	 "set resources.requests.cpu, e.g. 100m",
	 "KL unset-cpu-requirements; PO cpuRequestsMissing; KS container-resources; CK CKV_K8S_10; KSc C-0050",
	 NULL},
	{"RS002", "memory-request-missing", "resources", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, memory_request_missing, 0, "Every container requests memory",
	 "Without a memory request the scheduler ignores the container's memory use, and a pod without requests is "
	 "BestEffort: the first evicted under node pressure. A memory limit alone counts (the API server copies it into the "
	 "request), as do pod-level resources.",
	 "set resources.requests.memory, e.g. 256Mi", "PO memoryRequestsMissing; CK CKV_K8S_12; KSc C-0004", NULL},
	{"RS003", "memory-limit-missing", "resources", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, memory_limit_missing, 0, "Every container has a memory limit",
	 "A memory limit bounds a leak or a noisy neighbour: without one the container can take the node's memory until the "
	 "kernel's OOM killer picks a victim, possibly in another pod.",
	 "set resources.limits.memory, e.g. equal to the request",
	 "KL unset-memory-requirements; PO memoryLimitsMissing; CK CKV_K8S_13",
	 NULL},
	{"RS004", "request-exceeds-limit", "resources", LINT_ERROR,
	 PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_CONTAINER, request_exceeds_limit, 0,
	 "No request is above its limit",
	 "The API server rejects a container whose request for a resource (cpu, memory, ephemeral-storage or any other) is "
	 "above its limit for the same resource. A request without a limit is fine.",
	 "lower the request or raise the limit", "none (opportunity)", NULL},
	{"RS005", "invalid-quantity", "resources", LINT_ERROR,
	 PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, invalid_quantity, 0, "Resource quantities follow the Kubernetes quantity syntax",
	 "A quantity is a number with an optional suffix: Ki Mi Gi Ti Pi Ei (powers of 1024), n u m k M G T P E (powers of "
	 "1000) or an exponent (e3). '1.5.0Gi', '500MB' and '1 Gi' are rejected by the API server, as are negative values; "
	 "'500M' is legal (and means 500 000 000 bytes). A byte quantity in 'm' (thousandths of a byte) is legal but always a "
	 "typo for Mi, and is reported too.",
	 "write the quantity as a number and a suffix, e.g. 500m, 1.5, 512Mi or 2Gi",
	 "kubeconform fixtures/quantity.yaml (schema-level only)", NULL},
	{"RS006", "cpu-limit-missing", "resources", LINT_WARNING, PROFILE_ALL, SCOPE_CONTAINER, cpu_limit_missing, 0,
	 "Every container has a cpu limit",
	 "A cpu limit caps a runaway container, but also throttles it when the node has idle CPU; opinion is split "
	 "(kube-score --ignore-container-cpu-limit, kube-linter requires only a request), so this rule is off by default.",
	 "set resources.limits.cpu", "PO cpuLimitsMissing; CK CKV_K8S_11", NULL},
	{"RS007", "limit-request-ratio", "resources", LINT_WARNING, PROFILE_ALL, SCOPE_CONTAINER, limit_request_ratio, 0,
	 "Limits are at most a set multiple of requests",
	 "A limit far above the request overcommits the node: the scheduler counts the request, the container may use the "
	 "limit. Fires when limit/request exceeds cpuRatio (default 4) for cpu or memoryRatio (default 2) for memory; a "
	 "ratio of 0 turns that resource's check off.",
	 "raise the request or lower the limit", "PO custom resourceMinimum/Maximum; KS *-requests-equal-limits",
	 "cpuRatio:int memoryRatio:int"},
	{"RS008", "ephemeral-storage", "resources", LINT_WARNING, PROFILE_ALL, SCOPE_CONTAINER, ephemeral_storage, 0,
	 "Every container has an ephemeral-storage limit",
	 "Logs, emptyDir and the writable layer use the node's disk; without an ephemeral-storage limit one container can "
	 "fill it and get every pod on the node evicted. A limit alone is enough (it is also the request).",
	 "set resources.limits.ephemeral-storage (and a request for scheduling)", "KS container-ephemeral-storage-*", NULL},
};
const size_t rules_rs_count = KPC_ARRAY_LEN(rules_rs);
