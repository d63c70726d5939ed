/* rules_nw.c: the network rules (NW001, NW002, NW003).
 *
 * Metadata from the rule catalogue; each rule's check is defined here. */
#include "rules.h"

const struct rule rules_nw[] = {
	{"NW001", "networkpolicy-dangling", "network", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A NetworkPolicy podSelector",
	 "A NetworkPolicy podSelector (other than {}) that matches nothing is a dead rule",
	 NULL,
	 "KL dangling-networkpolicy; KS networkpolicy-targets-pod"},
	{"NW002", "networkpolicy-missing", "network", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A workload not selected by any NP, including namespace-wide podSelector: {} ones",
	 "A workload not selected by any NP, including namespace-wide podSelector: {} ones",
	 NULL,
	 "KS pod-networkpolicy; KL non-isolated-pod; PO missingNetworkPolicy; CK CKV2_K8S_6"},
	{"NW003", "ingress-tls-missing", "network", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "An Ingress without TLS",
	 "An Ingress without TLS",
	 NULL,
	 "PO tlsSettingsMissing"},
};
const size_t rules_nw_count = KPC_ARRAY_LEN(rules_nw);
