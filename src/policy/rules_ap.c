/* rules_ap.c: the api rules (AP001, AP002, AP003, AP004, AP005, AP006, AP007).
 *
 * Metadata from the rule catalogue; each rule's check is defined here. */
#include "rules.h"

const struct rule rules_ap[] = {
	{"AP001", "api-removed", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "An apiVersion/kind removed in --target-k8s-version will not apply",
	 "An apiVersion/kind removed in --target-k8s-version will not apply; the message names the replacement",
	 NULL,
	 "DT K8S_REMOVED_APIVERSION_*; KC (implicit)"},
	{"AP002", "api-deprecated", "api", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Deprecated in the target version, with the removal version and replacement given",
	 "Deprecated in the target version, with the removal version and replacement given",
	 NULL,
	 "KS stable-version; KL no-extensions-v1beta; DT K8S_DEPRECATED_APIVERSION_*"},
	{"AP003", "schema-invalid", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Type, enum or required violations against the bundled OpenAPI schema for the target version",
	 "Type, enum or required violations against the bundled OpenAPI schema for the target version",
	 NULL,
	 "KC; KL schema-validation"},
	{"AP004", "unknown-field", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Unknown fields",
	 "Unknown fields (typos like livenesProbe) are silently dropped by the API server",
	 NULL,
	 "KC -strict"},
	{"AP005", "duplicate-yaml-key", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Duplicate mapping keys: parsers disagree on which value wins",
	 "Duplicate mapping keys: parsers disagree on which value wins",
	 NULL,
	 "KC -strict"},
	{"AP006", "deprecated-field", "api", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Deprecated fields, e.g. serviceAccount",
	 "Deprecated fields, e.g. serviceAccount (use serviceAccountName) and beta annotations superseded by fields (seccomp/AppArmor annotations)",
	 NULL,
	 "KL deprecated-service-account-field; KSc C-0294"},
	{"AP007", "not-a-kubernetes-object", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A YAML document without apiVersion or kind is not a Kubernetes object",
	 "A YAML document without apiVersion or kind is not a Kubernetes object; kubectl rejects it",
	 NULL,
	 "kubeconform (missing kind/apiVersion)"},
};
const size_t rules_ap_count = KPC_ARRAY_LEN(rules_ap);
