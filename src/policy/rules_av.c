/* rules_av.c: the availability rules: replicas, HPAs, PDBs, spread, and
 * CronJob/Job hygiene (AV001-AV011).
 *
 * The replica, HPA and PDB rules are cross-object (SCOPE_SET over the
 * index): a workload's effective replica count is its HPA's minReplicas when
 * an HPA scales it, else spec.replicas (1 when unset, the API's default). */
#include "rules.h"

#include <ctype.h>
#include <strings.h>

/* ---- shared ------------------------------------------------------------- */

/* (the first letters differ for most kinds: strcmp is rarely called) */
static bool is_kind(const char *k, const char *want)
{
	return k && k[0] == want[0] && !strcmp(k, want);
}

/* "in namespace 'shop'", or "among the objects without a namespace" */
static const char *ns_phrase(struct lint_ctx *cx, const char *ns)
{
	return ns && *ns ? lint_printf(cx->run, "in namespace '%s'", ns) : "among the objects without a namespace";
}

/* SCOPE_SET rules get the index (index.h: entries through idx_workload()
 * and the like, an idx_step at the top of each loop over them). */
static struct lint_index *index_of(const void *target)
{
	return (struct lint_index *)(uintptr_t)target;
}

/* The HPA that scales workload `w`, or NULL.  (Workloads as idx_pods,
 * which are in memory: going through a selector's workloads reads none.) */
static const struct idx_selecting *hpa_for(struct lint_index *ix, const struct idx_pods *w)
{
	const uint32_t *at;
	return idx_find_hpas(ix, w->kind, w->ns, w->name, &at) ? idx_selecting(ix, at[0]) : NULL;
}

/* The workloads a PDB or NetworkPolicy may select: those of its namespace
 * with the selector's first label, or all of them. */
static uint32_t candidates(struct lint_index *ix, const struct idx_selecting *s, const uint32_t **out)
{
	if (s->selector.n)
		return idx_find_workloads(ix, s->ns, s->selector.keys[0], s->selector.vals[0], out);
	return idx_find_workloads(ix, s->ns, NULL, NULL, out);
}

/* Kinds whose replica count is spec.replicas. */
static bool replicated_kind(const char *k)
{
	return is_kind(k, "Deployment") || is_kind(k, "StatefulSet") || is_kind(k, "ReplicaSet") ||
	       is_kind(k, "ReplicationController") || is_kind(k, "DeploymentConfig");
}

/* The number of pods a workload runs at its smallest: the HPA's minReplicas
 * when scaled, spec.replicas otherwise, 1 for a bare Pod; -1 when unknown
 * (DaemonSets, Jobs, a replicas field that is not a number). */
static int64_t min_pods(struct lint_index *ix, const struct idx_pods *w, const struct idx_selecting **hpa)
{
	const struct idx_selecting *h = replicated_kind(w->kind) ? hpa_for(ix, w) : NULL;
	if (hpa)
		*hpa = h;
	if (is_kind(w->kind, "Pod"))
		return 1;
	if (!replicated_kind(w->kind))
		return -1;
	if (h)
		return h->min_replicas;
	return w->replicas;
}

/* ---- AV001 -------------------------------------------------------------- */

CHECK(min_replicas)
{
	struct lint_index *ix = index_of(target);
	int64_t min = lint_param_int(cx, "min", 2);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!is_kind(w->kind, "Deployment") && !is_kind(w->kind, "StatefulSet"))
			continue;
		/* 0 is a workload switched off on purpose; -1 is not a number */
		if (w->replicas <= 0 || w->replicas >= min || hpa_for(ix, idx_pods(ix, i)))
			continue;
		if (w->replicas_set)
			lint_report_at(cx, &w->replicas_loc, w->ident, NULL, "/spec/replicas",
				       "%s '%s' runs %lld replica%s; at least %lld are needed to survive a node failure or a drain",
				       w->kind, w->name, (long long)w->replicas, w->replicas == 1 ? "" : "s", (long long)min);
		else
			lint_report_at(cx, &w->loc, w->ident, NULL, "/spec/replicas",
				       "%s '%s' does not set spec.replicas and runs 1 replica (the default); at least %lld are needed to "
				       "survive a node failure or a drain",
				       w->kind, w->name, (long long)min);
	}
}

/* ---- AV002 -------------------------------------------------------------- */

CHECK(replicas_with_hpa)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!w->replicas_set || !replicated_kind(w->kind))
			continue;
		const struct idx_selecting *h = hpa_for(ix, idx_pods(ix, i));
		if (!h)
			continue;
		struct finding *f = lint_report_at(cx, &w->replicas_loc, w->ident, NULL, "/spec/replicas",
						   "%s '%s' sets spec.replicas: %lld but HorizontalPodAutoscaler '%s' scales it; "
						   "every apply resets the replica count the HPA chose",
						   w->kind, w->name, (long long)w->replicas, h->name);
		if (f) {
			f->note_loc = h->target_loc;
			f->note = "the HPA's scaleTargetRef";
		}
	}
}

/* ---- AV003 -------------------------------------------------------------- */

/* Does a PDB select pods with these labels?  A PDB without a selector
 * selects nothing; an empty one (policy/v1) selects every pod. */
static bool pdb_selects(const struct idx_selecting *p, const struct idx_labels *labels)
{
	return p->has_selector && idx_selector_matches(p, labels);
}

CHECK(pdb_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!is_kind(w->kind, "Deployment") && !is_kind(w->kind, "StatefulSet"))
			continue;
		const struct idx_selecting *h = NULL;
		int64_t n = min_pods(ix, idx_pods(ix, i), &h);
		if (n < 2)
			continue;
		bool covered = false;
		const uint32_t *pdbs;
		uint32_t npdbs = idx_find_selecting(ix, "PodDisruptionBudget", w->ns, &pdbs);
		for (uint32_t j = 0; j < npdbs && !covered; j++)
			covered = pdb_selects(idx_selecting(ix, pdbs[j]), &w->labels);
		if (covered)
			continue;
		if (h)
			lint_report_at(cx, &w->loc, w->ident, NULL, NULL,
				       "%s '%s' runs at least %lld replicas (HPA '%s') and no PodDisruptionBudget selects its pods; a "
				       "node drain may evict them all at once",
				       w->kind, w->name, (long long)n, h->name);
		else
			lint_report_at(cx, &w->loc, w->ident, NULL, NULL,
				       "%s '%s' runs %lld replicas and no PodDisruptionBudget selects its pods; a node drain may evict "
				       "them all at once",
				       w->kind, w->name, (long long)n);
	}
}

/* ---- AV004 -------------------------------------------------------------- */

CHECK(pdb_blocks_eviction)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->selecting.len; i++) {
		idx_step(ix);
		const struct idx_selecting *p = idx_selecting(ix, i);
		if (!is_kind(p->kind, "PodDisruptionBudget"))
			continue;
		if (p->max_unavailable == 0 || p->max_unavailable_pct == 0) {
			lint_report_at(cx, &p->max_unavailable_loc, p->ident, NULL, "/spec/maxUnavailable",
				       "PodDisruptionBudget '%s' sets maxUnavailable: %s; no pod may ever be evicted, so every node drain "
				       "blocks",
				       p->name, p->max_unavailable == 0 ? "0" : "0%");
			continue;
		}
		if (p->min_available_pct >= 100) {
			lint_report_at(cx, &p->min_available_loc, p->ident, NULL, "/spec/minAvailable",
				       "PodDisruptionBudget '%s' sets minAvailable: %d%%; no pod may ever be evicted, so every node drain "
				       "blocks",
				       p->name, p->min_available_pct);
			continue;
		}
		if (p->min_available < 0 && p->min_available_pct < 0)
			continue;
		/* the pods it selects, at their smallest */
		int64_t total = 0;
		uint32_t nsel = 0;
		bool unknown = false;
		const struct idx_pods *first = NULL;
		const struct idx_selecting *hpa = NULL;
		const uint32_t *cand;
		uint32_t ncand = p->has_selector ? candidates(ix, p, &cand) : 0;
		for (uint32_t j = 0; j < ncand; j++) {
			const struct idx_pods *pods = idx_pods(ix, cand[j]);
			if (!idx_runs_pods(pods) || !pdb_selects(p, pods->labels))
				continue;
			const struct idx_selecting *h = NULL;
			int64_t n = min_pods(ix, pods, &h);
			if (n < 0)
				unknown = true;
			else
				total += n;
			if (h)
				hpa = h;
			if (!nsel++)
				first = pods;
		}
		if (!nsel || unknown || total <= 0)
			continue;
		int64_t need = p->min_available >= 0 ? p->min_available : (p->min_available_pct * total + 99) / 100;
		if (need < total)
			continue;
		const char *what = nsel == 1 ? lint_printf(cx->run, "%s '%s'", first->kind, first->name)
					     : lint_printf(cx->run, "the %u workloads it selects", nsel);
		const char *scale = hpa ? lint_printf(cx->run, " at the HPA's minReplicas (HPA '%s')", hpa->name) : "";
		if (p->min_available >= 0)
			lint_report_at(cx, &p->min_available_loc, p->ident, NULL, "/spec/minAvailable",
				       "PodDisruptionBudget '%s' sets minAvailable: %lld, not less than the %lld replica%s of %s%s; no pod "
				       "may be evicted, so node drains block",
				       p->name, (long long)p->min_available, (long long)total, total == 1 ? "" : "s", what, scale);
		else
			lint_report_at(cx, &p->min_available_loc, p->ident, NULL, "/spec/minAvailable",
				       "PodDisruptionBudget '%s' sets minAvailable: %d%%, which rounds up to %lld of the %lld replica%s "
				       "of %s%s; no pod may be evicted, so node drains block",
				       p->name, p->min_available_pct, (long long)need, (long long)total, total == 1 ? "" : "s", what,
				       scale);
	}
}

/* ---- AV005 -------------------------------------------------------------- */

CHECK(hpa_target_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->selecting.len; i++) {
		idx_step(ix);
		const struct idx_selecting *h = idx_selecting(ix, i);
		if (!is_kind(h->kind, "HorizontalPodAutoscaler") || !h->target_kind || !h->target_name)
			continue;
		const uint32_t *at;
		if (!idx_find_objects(ix, h->target_kind, h->ns, h->target_name, &at))
			lint_report_at(cx, &h->target_loc, h->ident, NULL, "/spec/scaleTargetRef/name",
				       "HorizontalPodAutoscaler '%s' scales %s '%s', which is not %s", h->name, h->target_kind,
				       h->target_name, ns_phrase(cx, h->ns));
	}
}

/* ---- AV006 -------------------------------------------------------------- */

CHECK(hpa_replica_bounds)
{
	const struct k8s_obj *o = target;
	if (!is_kind(o->kind, "HorizontalPodAutoscaler"))
		return;
	const struct obj *spec = o_get(o->root, "spec");
	if (!spec || spec->kind != OBJ_MAP)
		return;
	const struct obj *minn = o_get(spec, "minReplicas"), *maxn = o_get(spec, "maxReplicas");
	int64_t min = 1, max = -1;
	bool min_set = o_int(minn, &min);
	if (minn && !min_set)
		return; /* not a number: a schema problem */
	if (!o_int(maxn, &max))
		max = -1;
	if (max >= 0 && min > max) {
		lint_report(cx, minn ? minn : maxn, spec, "/spec/minReplicas",
			    "minReplicas %lld is greater than maxReplicas %lld: an error, the API server rejects this HPA",
			    (long long)min, (long long)max);
		return;
	}
	if (min < 2) {
		if (min_set)
			lint_report(cx, minn, NULL, "/spec/minReplicas",
				    "minReplicas is %lld; the HPA may scale the workload down to %s", (long long)min,
				    min == 1 ? "a single replica" : "no replicas");
		else
			lint_report(cx, spec, NULL, "/spec/minReplicas",
				    "minReplicas is not set; the HPA may scale the workload down to a single replica (the default)");
	}
	if (max >= 0 && min == max)
		lint_report(cx, maxn, spec, "/spec/maxReplicas",
			    "minReplicas equals maxReplicas (%lld): the HPA can never scale; set spec.replicas instead or raise "
			    "maxReplicas",
			    (long long)max);
}

/* ---- AV007 -------------------------------------------------------------- */

CHECK(spread_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!replicated_kind(w->kind) || w->has_spread)
			continue;
		const struct idx_selecting *h = NULL;
		int64_t n = min_pods(ix, idx_pods(ix, i), &h);
		if (n < 2)
			continue;
		lint_report_at(cx, &w->loc, w->ident, NULL, "/spec/template/spec",
			       "%s '%s' runs %s%lld replicas with neither podAntiAffinity nor topologySpreadConstraints; they may "
			       "all be scheduled on one node",
			       w->kind, w->name, h ? "at least " : "", (long long)n);
	}
}

/* ---- AV008 -------------------------------------------------------------- */

CHECK(pdb_selector_dangling)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->selecting.len; i++) {
		idx_step(ix);
		const struct idx_selecting *p = idx_selecting(ix, i);
		if (!is_kind(p->kind, "PodDisruptionBudget"))
			continue;
		if (!p->has_selector) {
			lint_report_at(cx, &p->loc, p->ident, NULL, "/spec/selector",
				       "PodDisruptionBudget '%s' has no selector, so it selects no pods and protects nothing", p->name);
			continue;
		}
		if (p->selector.n == 0 && p->nexprs == 0)
			continue; /* {}: every pod of the namespace, wherever they are defined */
		bool any = false;
		const uint32_t *cand;
		uint32_t ncand = candidates(ix, p, &cand);
		for (uint32_t j = 0; j < ncand && !any; j++) {
			const struct idx_pods *w = idx_pods(ix, cand[j]);
			any = idx_runs_pods(w) && idx_selector_matches(p, w->labels);
		}
		if (!any)
			lint_report_at(cx, &p->selector_loc, p->ident, NULL, "/spec/selector",
				       "PodDisruptionBudget '%s' selects no pod template %s; it protects nothing", p->name,
				       ns_phrase(cx, p->ns));
	}
}

/* ---- AV009 -------------------------------------------------------------- */

CHECK(statefulset_service_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!is_kind(w->kind, "StatefulSet") || !w->service_name || !*w->service_name)
			continue;
		const uint32_t *at;
		const struct idx_service *svc = idx_find_services(ix, w->ns, w->service_name, &at) ? idx_service(ix, at[0]) : NULL;
		if (!svc) {
			lint_report_at(cx, &w->service_name_loc, w->ident, NULL, "/spec/serviceName",
				       "StatefulSet '%s' names serviceName '%s', but there is no such Service %s; its pods get no "
				       "stable DNS names",
				       w->name, w->service_name, ns_phrase(cx, w->ns));
		} else if (!svc->headless) {
			struct finding *f = lint_report_at(cx, &w->service_name_loc, w->ident, NULL, "/spec/serviceName",
							   "StatefulSet '%s' names serviceName '%s', which is not headless "
							   "(it lacks clusterIP: None); its pods get no stable DNS names",
							   w->name, w->service_name);
			if (f) {
				f->note_loc = svc->loc;
				f->note = "the Service";
			}
		}
	}
}

/* ---- AV010 -------------------------------------------------------------- */

struct cron_field {
	const char *what;
	int lo, hi;
	const char *const *names; /* 3-letter names for lo.., or NULL */
};

static const char *const month_names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
					  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", NULL};
static const char *const dow_names[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", NULL};

static const struct cron_field cron_fields[5] = {
	{"minute", 0, 59, NULL},
	{"hour", 0, 23, NULL},
	{"day of month", 1, 31, NULL},
	{"month", 1, 12, month_names},
	{"day of week", 0, 6, dow_names},
};

/* A number or (month, day of week) name; false with a reason. */
static bool cron_value(struct lint_ctx *cx, const struct cron_field *f, const char *s, size_t n, int *out, const char **why)
{
	if (!n) {
		*why = lint_printf(cx->run, "an empty %s value", f->what);
		return false;
	}
	if (f->names && n == 3) {
		for (int i = 0; f->names[i]; i++)
			if (!strncasecmp(s, f->names[i], 3)) {
				*out = f->lo + i;
				return true;
			}
	}
	long v = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i])) {
			*why = lint_printf(cx->run, "'%.*s' is not a %s%s", (int)n, s, f->what,
					   f->names ? (f->names == month_names ? " (1-12 or JAN-DEC)" : " (0-6 or SUN-SAT)") : "");
			return false;
		}
		if (v < 1000)
			v = v * 10 + (s[i] - '0');
	}
	*out = (int)v;
	return true;
}

/* One field of a 5-field expression: lists of *, ?, N, N-M, each with an
 * optional /STEP (robfig/cron's standard parser, which the CronJob
 * controller uses). */
static bool cron_field_ok(struct lint_ctx *cx, const struct cron_field *f, const char *s, size_t n, const char **why)
{
	const char *p = s, *end = s + n;
	while (p <= end) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *e = comma ? comma : end;
		const char *slash = memchr(p, '/', (size_t)(e - p));
		const char *re = slash ? slash : e;
		int lo, hi;
		if (re - p == 1 && (*p == '*' || *p == '?')) {
			lo = f->lo;
			hi = f->hi;
		} else {
			const char *dash = memchr(p, '-', (size_t)(re - p));
			if (!cron_value(cx, f, p, (size_t)((dash ? dash : re) - p), &lo, why))
				return false;
			hi = lo;
			if (dash && !cron_value(cx, f, dash + 1, (size_t)(re - dash - 1), &hi, why))
				return false;
			if (slash && !dash)
				hi = f->hi; /* "5/15" is "5-MAX/15" */
		}
		if (slash) {
			int step;
			struct cron_field sf = {"step", 0, 0, NULL};
			if (memchr(slash + 1, '/', (size_t)(e - slash - 1))) {
				*why = lint_printf(cx->run, "'%.*s' has more than one '/'", (int)(e - p), p);
				return false;
			}
			if (!cron_value(cx, &sf, slash + 1, (size_t)(e - slash - 1), &step, why))
				return false;
			if (step == 0) {
				*why = lint_printf(cx->run, "the step in '%.*s' is 0", (int)(e - p), p);
				return false;
			}
		}
		if (lo < f->lo || hi > f->hi) {
			*why = lint_printf(cx->run, "%s %d is out of range (%d-%d)%s", f->what, lo < f->lo ? lo : hi, f->lo, f->hi,
					   f->names == dow_names && hi == 7 ? "; Sunday is 0" : "");
			return false;
		}
		if (lo > hi) {
			*why = lint_printf(cx->run, "the %s range %d-%d runs backwards", f->what, lo, hi);
			return false;
		}
		if (!comma)
			break;
		p = comma + 1;
	}
	return true;
}

/* A Go duration ("1h30m", "90s", "1.5h"), for @every. */
static bool go_duration(const char *s)
{
	if (!*s)
		return false;
	if (!strcmp(s, "0"))
		return true;
	while (*s) {
		const char *start = s;
		while (isdigit((unsigned char)*s) || *s == '.')
			s++;
		if (s == start)
			return false;
		static const char *const units[] = {"ns", "us", "µs", "ms", "s", "m", "h"};
		size_t best = 0;
		for (size_t i = 0; i < KPC_ARRAY_LEN(units); i++) {
			size_t l = strlen(units[i]);
			if (!strncmp(s, units[i], l) && l > best)
				best = l;
		}
		if (!best)
			return false;
		s += best;
	}
	return true;
}

/* NULL when the schedule parses, else why not. */
static const char *cron_problem(struct lint_ctx *cx, const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (!strncmp(s, "TZ=", 3) || !strncmp(s, "CRON_TZ=", 8))
		return "a time zone in the schedule (TZ= or CRON_TZ=) is rejected; set spec.timeZone instead";
	if (*s == '@') {
		static const char *const desc[] = {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"};
		size_t n = strcspn(s, " \t");
		const char *rest = s + n;
		while (*rest == ' ' || *rest == '\t')
			rest++;
		for (size_t i = 0; i < KPC_ARRAY_LEN(desc); i++)
			if (strlen(desc[i]) == n && !strncmp(s, desc[i], n))
				return *rest ? lint_printf(cx->run, "'%s' takes nothing after it", desc[i]) : NULL;
		if (n == 6 && !strncmp(s, "@every", 6)) {
			char buf[64];
			size_t rl = strcspn(rest, " \t");
			if (rl < sizeof buf && !rest[rl + strspn(rest + rl, " \t")]) {
				memcpy(buf, rest, rl);
				buf[rl] = 0;
				if (go_duration(buf))
					return NULL;
			}
			return "@every needs one duration such as 1h30m";
		}
		return lint_printf(cx->run, "'%.*s' is not a known descriptor (@yearly, @monthly, @weekly, @daily, @hourly, "
					    "@every DURATION)",
				   (int)n, s);
	}
	const char *fields[8];
	size_t lens[8];
	int nf = 0;
	for (const char *p = s; *p;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		size_t n = strcspn(p, " \t");
		if (nf < 8) {
			fields[nf] = p;
			lens[nf] = n;
		}
		nf++;
		p += n;
	}
	if (nf != 5)
		return lint_printf(cx->run, "it has %d field%s; a schedule has 5 (minute hour day-of-month month day-of-week)", nf,
				   nf == 1 ? "" : "s");
	for (int i = 0; i < 5; i++) {
		const char *why = NULL;
		if (!cron_field_ok(cx, &cron_fields[i], fields[i], lens[i], &why))
			return why;
	}
	return NULL;
}

/* An IANA time zone name: "UTC", "Etc/GMT+5", "Europe/Paris",
 * "America/Argentina/Buenos_Aires".  Checked by shape and area, so the
 * result does not depend on the host's tz database. */
static const char *tz_problem(struct lint_ctx *cx, const char *tz)
{
	if (!*tz)
		return "it is empty";
	if (!strcasecmp(tz, "Local"))
		return "'Local' is not allowed; name an explicit zone such as 'Europe/Paris' or 'UTC'";
	for (const char *p = tz; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("/_+-", *p))
			return lint_printf(cx->run, "'%s' contains '%c'; zone names are like 'Europe/Paris'", tz, *p);
	const char *slash = strchr(tz, '/');
	if (!slash) {
		static const char *const single[] = {
			"UTC",	   "UCT",     "GMT",	 "GMT0",     "GMT+0",	"GMT-0",	"Greenwich", "Universal", "Zulu",
			"EST",	   "MST",     "HST",	 "EST5EDT",  "CST6CDT", "MST7MDT",	"PST8PDT",   "CET",	  "EET",
			"MET",	   "WET",     "Cuba",	 "Egypt",    "Eire",	"GB",		"GB-Eire",   "Hongkong",  "Iceland",
			"Iran",	   "Israel",  "Jamaica", "Japan",    "Kwajalein", "Libya",	"NZ",	     "NZ-CHAT",	  "Navajo",
			"PRC",	   "Poland",  "Portugal", "ROC",     "ROK",	"Singapore",	"Turkey",    "W-SU"};
		for (size_t i = 0; i < KPC_ARRAY_LEN(single); i++)
			if (!strcmp(single[i], tz))
				return NULL;
		return lint_printf(cx->run, "'%s' is not a time zone name; use an IANA name such as 'Europe/Paris' or 'UTC'", tz);
	}
	static const char *const areas[] = {"Africa",	"America", "Antarctica", "Arctic", "Asia",   "Atlantic", "Australia",
					    "Europe",	"Indian",  "Pacific",	 "Etc",	   "US",     "Canada",	 "Brazil",
					    "Chile",	"Mexico"};
	size_t al = (size_t)(slash - tz);
	bool known = false;
	for (size_t i = 0; i < KPC_ARRAY_LEN(areas) && !known; i++)
		known = strlen(areas[i]) == al && !strncmp(areas[i], tz, al);
	if (!known)
		return lint_printf(cx->run, "'%.*s' is not an IANA time zone area (Africa, America, Asia, Europe, ...)", (int)al, tz);
	for (const char *p = tz; *p; p++)
		if (*p == '/' && (p[1] == '/' || p[1] == 0))
			return lint_printf(cx->run, "'%s' is not a time zone name", tz);
	return NULL;
}

CHECK(cronjob_schedule_invalid)
{
	const struct k8s_obj *o = target;
	if (!is_kind(o->kind, "CronJob"))
		return;
	const struct obj *sched = o_get(o_get(o->root, "spec"), "schedule");
	if (sched) {
		if (sched->kind != OBJ_STR) {
			if (sched->kind != OBJ_NULL)
				lint_report(cx, sched, NULL, "/spec/schedule",
					    "schedule is not a string, so the CronJob is rejected; quote the cron expression");
		} else {
			const char *why = cron_problem(cx, sched->s.p);
			if (why)
				lint_report(cx, sched, NULL, "/spec/schedule",
					    "schedule '%s' does not parse, so the CronJob never runs: %s", sched->s.p, why);
		}
	}
	const struct obj *tz = o_get(o_get(o->root, "spec"), "timeZone");
	if (tz && tz->kind != OBJ_NULL) {
		const char *why = tz->kind == OBJ_STR ? tz_problem(cx, tz->s.p) : "it is not a string";
		if (why)
			lint_report(cx, tz, NULL, "/spec/timeZone", "timeZone is invalid, so the CronJob is rejected: %s", why);
	}
}

/* ---- AV011 -------------------------------------------------------------- */

CHECK(job_hygiene)
{
	const struct k8s_obj *o = target;
	const struct obj *spec = o_get(o->root, "spec");
	if (!spec || spec->kind != OBJ_MAP)
		return;
	if (is_kind(o->kind, "CronJob")) {
		if (!o_get(spec, "concurrencyPolicy"))
			lint_report(cx, spec, NULL, "/spec/concurrencyPolicy",
				    "the CronJob does not set concurrencyPolicy; the default, Allow, starts a new run while the "
				    "previous one is still going");
		if (!o_get(spec, "startingDeadlineSeconds"))
			lint_report(cx, spec, NULL, "/spec/startingDeadlineSeconds",
				    "the CronJob does not set startingDeadlineSeconds; after more than 100 missed runs (a controller "
				    "outage, a suspend) it stops scheduling");
	} else if (is_kind(o->kind, "Job")) {
		if (!o_get(spec, "ttlSecondsAfterFinished"))
			lint_report(cx, spec, NULL, "/spec/ttlSecondsAfterFinished",
				    "the Job does not set ttlSecondsAfterFinished; it and its pods stay after it finishes until "
				    "someone deletes them");
	}
}

/* ---- the table ---------------------------------------------------------- */

#define AV_CORE (PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL)

const struct rule rules_av[] = {
	{"AV001", "min-replicas", "availability", LINT_WARNING, AV_CORE, SCOPE_SET, min_replicas, 0,
	 "Deployments and StatefulSets run at least `min` replicas unless an HPA scales them",
	 "A single replica has no redundancy: a node failure, a drain or a rollout of a non-surging StatefulSet takes the "
	 "workload down. Deployments and StatefulSets should run at least `min` (default 2) replicas unless an HPA "
	 "scales them; spec.replicas unset means 1. A workload set to 0 replicas is switched off on purpose and is not "
	 "reported.",
	 "set spec.replicas to at least 2, or let an HPA with minReplicas >= 2 scale the workload",
	 "KS deployment-replicas; PO deploymentMissingReplicas; KL minimum-three-replicas; DT DEPLOYMENT_INCORRECT_REPLICAS_VALUE",
	 "min:int"},
	{"AV002", "replicas-with-hpa", "availability", LINT_WARNING, AV_CORE, SCOPE_SET, replicas_with_hpa, 0,
	 "An HPA-scaled workload does not set spec.replicas",
	 "When an HPA scales a workload (scaleTargetRef kind, name and namespace), a static spec.replicas in the manifest "
	 "resets the replica count on every apply or GitOps sync, undoing the HPA's decision until it reacts again.",
	 "remove spec.replicas from the workload and let the HPA's minReplicas set the floor",
	 "KS deployment-targeted-by-hpa-does-not-have-replicas-configured", NULL},
	{"AV003", "pdb-missing", "availability", LINT_WARNING, AV_CORE, SCOPE_SET, pdb_missing, 0,
	 "Multi-replica Deployments and StatefulSets have a PodDisruptionBudget",
	 "Without a PodDisruptionBudget selecting its pods, a node drain or cluster upgrade may evict every replica of a "
	 "workload at once. Multi-replica means spec.replicas >= 2, or an HPA's minReplicas >= 2.",
	 "add a PodDisruptionBudget in the same namespace whose selector matches the pod template's labels",
	 "KS deployment-has-poddisruptionbudget; PO missingPodDisruptionBudget", NULL},
	{"AV004", "pdb-blocks-eviction", "availability", LINT_ERROR, AV_CORE, SCOPE_SET, pdb_blocks_eviction, 0,
	 "A PodDisruptionBudget leaves room for at least one eviction",
	 "maxUnavailable: 0 or 0%, minAvailable: 100%, or a minAvailable at or above the selected workloads' replicas "
	 "(their HPA's minReplicas when scaled; a percentage rounds up) means no pod may ever be evicted: every node "
	 "drain and cluster upgrade blocks on it.",
	 "use maxUnavailable: 1, or a minAvailable below the replica count",
	 "KL pdb-max-unavailable, pdb-min-available; PO pdbDisruptionsIsZero, pdbMinAvailableGreaterThanHPAMinReplicas", NULL},
	{"AV005", "hpa-target-missing", "availability", LINT_ERROR, AV_CORE, SCOPE_SET, hpa_target_missing, 1,
	 "An HPA's scaleTargetRef names a workload in the input",
	 "An HorizontalPodAutoscaler whose scaleTargetRef (kind, name, same namespace) resolves to nothing scales nothing, "
	 "usually after a rename. In the open world the target may be defined elsewhere, so the finding is info.",
	 "point scaleTargetRef at the workload's kind and name, or remove the HPA",
	 "KL dangling-horizontalpodautoscaler; KS horizontalpodautoscaler-has-target", NULL},
	{"AV006", "hpa-replica-bounds", "availability", LINT_WARNING, AV_CORE, SCOPE_OBJECT, hpa_replica_bounds, 0,
	 "An HPA keeps at least 2 replicas and can scale",
	 "minReplicas below 2 (unset means 1) lets the HPA scale down to a single replica with no redundancy; minReplicas "
	 "equal to maxReplicas cannot scale at all; minReplicas above maxReplicas is an error the API server rejects.",
	 "set minReplicas to at least 2 and maxReplicas above it",
	 "KS horizontalpodautoscaler-replicas; PO hpaMinAvailability, hpaMaxAvailability; KL hpa-minimum-three-replicas", NULL},
	{"AV007", "spread-missing", "availability", LINT_INFO, AV_CORE, SCOPE_SET, spread_missing, 0,
	 "Multi-replica workloads spread their pods across nodes",
	 "Replicas scheduled on one node fail together. A multi-replica workload should set podAntiAffinity or "
	 "topologySpreadConstraints; either one satisfies the rule (other linters demand anti-affinity only).",
	 "add topologySpreadConstraints over kubernetes.io/hostname (or a preferred podAntiAffinity)",
	 "KL no-anti-affinity; KS *-has-host-podantiaffinity; PO topologySpreadConstraint", NULL},
	{"AV008", "pdb-selector-dangling", "availability", LINT_WARNING, PROFILE_ALL, SCOPE_SET, pdb_selector_dangling, 1,
	 "A PodDisruptionBudget selects some pods",
	 "A PodDisruptionBudget whose selector matches no pod template in its namespace protects nothing, usually after "
	 "a label change. A PDB without a selector selects nothing; selector: {} selects the whole namespace and is not "
	 "reported. In the open world the pods may come from elsewhere (an operator, another repository), so the "
	 "finding is info.",
	 "make the PDB's selector match the pod template's labels",
	 "KS poddisruptionbudget-has-policy (related)", NULL},
	{"AV009", "statefulset-service-missing", "availability", LINT_WARNING, PROFILE_ALL, SCOPE_SET,
	 statefulset_service_missing, 1, "A StatefulSet's serviceName names a headless Service",
	 "A StatefulSet's pods get their stable DNS names (pod-0.svc) from the headless Service named by serviceName; "
	 "without it, or with a Service that has a cluster IP, peers cannot address each other. In the open world the "
	 "Service may be defined elsewhere, so the finding is info.",
	 "add a Service with clusterIP: None and that name in the StatefulSet's namespace",
	 "KS statefulset-has-servicename", NULL},
	{"AV010", "cronjob-schedule-invalid", "availability", LINT_ERROR, PROFILE_ALL, SCOPE_OBJECT, cronjob_schedule_invalid,
	 0, "A CronJob's schedule and timeZone parse",
	 "A schedule is 5 fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or JAN-DEC, day of week 0-6 or "
	 "SUN-SAT) of *, values, ranges, steps and lists, or a descriptor (@hourly, @daily, @every 1h, ...); the API "
	 "server rejects anything else, and a time zone in the schedule (TZ=) instead of spec.timeZone.",
	 "fix the cron expression (e.g. \"*/15 * * * *\") or the IANA time zone name",
	 "DT CRONJOB_INVALID_SCHEDULE_VALUE", NULL},
	{"AV011", "job-hygiene", "availability", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, job_hygiene, 0,
	 "CronJobs set concurrencyPolicy and startingDeadlineSeconds; Jobs set ttlSecondsAfterFinished",
	 "A CronJob without concurrencyPolicy runs overlapping jobs when one overruns, and without "
	 "startingDeadlineSeconds stops scheduling after 100 missed runs. A Job without ttlSecondsAfterFinished stays, "
	 "with its pods, after it finishes.",
	 "set concurrencyPolicy (Forbid or Replace) and startingDeadlineSeconds on CronJobs, ttlSecondsAfterFinished on Jobs",
	 "KS cronjob-has-deadline; KL job-ttl-seconds-after-finished; DT CRONJOB_MISSING_*", NULL},
};
const size_t rules_av_count = KPC_ARRAY_LEN(rules_av);
