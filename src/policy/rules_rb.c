/* rules_rb.c: the rbac rules (RB001, RB002, RB003, RB004, RB005, RB006).
 *
 * Metadata from the rule catalogue; each rule's check is defined here. */
#include "rules.h"

const struct rule rules_rb[] = {
	{"RB001", "cluster-admin-binding", "rbac", LINT_ERROR, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Binding to cluster-admin or system:masters grants everything",
	 "Binding to cluster-admin or system:masters grants everything (CIS 5.1.1)",
	 NULL,
	 "KL cluster-admin-role-binding; PO clusterrolebindingClusterAdmin; DT CIS_INVALID_ROLE_CLUSTER_ADMIN; KSc C-0035"},
	{"RB002", "rbac-wildcard", "rbac", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "* in verbs, resources or apiGroups silently grows with new APIs",
	 "* in verbs, resources or apiGroups silently grows with new APIs (CIS 5.1.3)",
	 NULL,
	 "KL wildcard-in-rules; CK CKV_K8S_49"},
	{"RB003", "rbac-secrets-read", "rbac", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "get, list or watch on secrets is cluster credential access",
	 "get, list or watch on secrets is cluster credential access (CIS 5.1.2)",
	 NULL,
	 "KL access-to-secrets; CK CKV2_K8S_5"},
	{"RB004", "rbac-pod-exec-attach", "rbac", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "pods/exec, pods/attach or nodes/proxy means code execution in workloads",
	 "pods/exec, pods/attach or nodes/proxy means code execution in workloads",
	 NULL,
	 "PO *PodExecAttach; CK CKV2_K8S_2"},
	{"RB005", "rbac-escalation-verbs", "rbac", LINT_ERROR, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "The escalate, bind and impersonate verbs bypass RBAC",
	 "The escalate, bind and impersonate verbs bypass RBAC",
	 NULL,
	 "DT CIS_INVALID_VALUE_BIND_IMPERSONATE_ESCALATE; CK CKV_K8S_157/158, CKV2_K8S_3"},
	{"RB006", "roleref-dangling", "rbac", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A binding's roleRef resolves nowhere",
	 "A binding's roleRef resolves nowhere (built-in system:* roles allowlisted)",
	 NULL,
	 "PO *binding* checks (\"or that does not exist\")"},
};
const size_t rules_rb_count = KPC_ARRAY_LEN(rules_rb);
