/* rules_nw.c: the network rules (NW001-NW003).
 *
 * A NetworkPolicy's podSelector {} (or one left out) selects every pod of its
 * namespace; namespaces match exactly ("" only with ""). */
#include "rules.h"

/* SCOPE_SET rules get the index (index.h: entries through idx_workload()
 * and the like, an idx_step at the top of each loop over them). */
static struct lint_index *index_of(const void *target)
{
	return (struct lint_index *)(uintptr_t)target;
}

static const char *ns_phrase(struct lint_ctx *cx, const char *ns)
{
	return ns && *ns ? lint_printf(cx->run, "in namespace '%s'", ns) : "among the objects without a namespace";
}

static bool is_np(const struct idx_selecting *s)
{
	return !strcmp(s->kind, "NetworkPolicy");
}

static bool selects_all(const struct idx_selecting *s)
{
	return !s->has_selector || (s->selector.n == 0 && s->nexprs == 0);
}

/* NW001 */
CHECK(networkpolicy_dangling)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->selecting.len; i++) {
		idx_step(ix);
		const struct idx_selecting *s = idx_selecting(ix, i);
		if (!is_np(s) || selects_all(s))
			continue;
		/* the candidates: the workloads with the selector's first label */
		const uint32_t *cand;
		uint32_t ncand = s->selector.n ? idx_find_workloads(ix, s->ns, s->selector.keys[0], s->selector.vals[0], &cand)
					       : idx_find_workloads(ix, s->ns, NULL, NULL, &cand);
		bool any = false;
		for (uint32_t j = 0; j < ncand && !any; j++) {
			const struct idx_pods *w = idx_pods(ix, cand[j]);
			any = idx_runs_pods(w) && idx_selector_matches(s, w->labels);
		}
		if (!any)
			lint_report_at(cx, &s->selector_loc, s->ident, NULL, "/spec/podSelector",
				       "NetworkPolicy '%s' podSelector matches no pod template %s; the policy applies to nothing",
				       s->name, ns_phrase(cx, s->ns));
	}
}

/* NW002 */
CHECK(networkpolicy_missing)
{
	struct lint_index *ix = index_of(target);
	for (uint32_t i = 0; i < ix->workloads.len; i++) {
		idx_step(ix);
		const struct idx_workload *w = idx_workload(ix, i);
		if (!idx_runs_pods(idx_pods(ix, i)))
			continue;
		bool covered = false;
		const uint32_t *nps;
		uint32_t nnps = idx_find_selecting(ix, "NetworkPolicy", w->ns, &nps);
		for (uint32_t j = 0; j < nnps && !covered; j++) {
			const struct idx_selecting *s = idx_selecting(ix, nps[j]);
			covered = selects_all(s) || idx_selector_matches(s, &w->labels);
		}
		if (!covered)
			lint_report_at(cx, &w->loc, w->ident, NULL, NULL,
				       "%s '%s' is not selected by any NetworkPolicy %s; its pods accept traffic from anywhere "
				       "and may connect anywhere",
				       w->kind, w->name, ns_phrase(cx, w->ns));
	}
}

/* NW003 */
CHECK(ingress_tls_missing)
{
	const struct k8s_obj *o = target;
	if (strcmp(o->kind, "Ingress"))
		return;
	const struct obj *spec = o_get(o->root, "spec");
	const struct obj *tls = o_get(spec, "tls");
	if (tls && tls->kind == OBJ_SEQ && tls->seq.len)
		return;
	lint_report(cx, tls, spec, "/spec/tls", "the Ingress has no tls section; its hosts are served over plain HTTP");
}

const struct rule rules_nw[] = {
	{"NW001", "networkpolicy-dangling", "network", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_SET, networkpolicy_dangling, 1, "A NetworkPolicy's podSelector matches some pod template",
	 "A NetworkPolicy whose podSelector (matchLabels and matchExpressions) matches no pod template in its namespace "
	 "is a dead rule, usually left behind by a label change: the pods it was meant to isolate are open. "
	 "podSelector: {} selects the whole namespace and is never reported. In the open world the pods may come from "
	 "elsewhere (an operator, another repository), so the finding is info.",
	 "make the podSelector match the pod template's labels, or remove the policy",
	 "KL dangling-networkpolicy; KS networkpolicy-targets-pod", NULL},
	{"NW002", "networkpolicy-missing", "network", LINT_INFO, PROFILE_ALL, SCOPE_SET, networkpolicy_missing, 0,
	 "Every workload is selected by a NetworkPolicy",
	 "Pods that no NetworkPolicy selects accept traffic from, and send it to, anywhere in the cluster. A "
	 "namespace-wide podSelector: {} policy (such as a default deny) covers every workload of its namespace.",
	 "add a NetworkPolicy selecting the workload, or a default-deny policy with podSelector: {} in its namespace",
	 "KS pod-networkpolicy; KL non-isolated-pod; PO missingNetworkPolicy; CK CKV2_K8S_6", NULL},
	{"NW003", "ingress-tls-missing", "network", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, ingress_tls_missing, 0,
	 "An Ingress terminates TLS",
	 "An Ingress without a tls section serves its hosts over plain HTTP: credentials and session cookies cross the "
	 "network in clear text.",
	 "add spec.tls with the hosts and a certificate Secret", "PO tlsSettingsMissing", NULL},
};
const size_t rules_nw_count = KPC_ARRAY_LEN(rules_nw);
