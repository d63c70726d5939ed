/* rules_ap.c: API version and schema rules: removed and deprecated
 * apiVersions from a data table (AP001, AP002), deprecated fields (AP006);
 * duplicate keys (AP005) and documents that are not objects (AP007) are
 * reported by the YAML loader through the engine. */
#include "rules.h"
#include "schema.h"

#include <stdio.h>

/* The Kubernetes deprecation guide as data: an apiVersion/kind, the minor
 * version that deprecated it, the one that removed it, and what replaces it
 * (NULL: nothing does). */
static const struct api_change {
	const char *api, *kind;
	int deprecated, removed;
	const char *replacement;
} api_changes[] = {
	{"extensions/v1beta1", "Deployment", 9, 16, "apps/v1"},
	{"extensions/v1beta1", "DaemonSet", 9, 16, "apps/v1"},
	{"extensions/v1beta1", "ReplicaSet", 9, 16, "apps/v1"},
	{"extensions/v1beta1", "NetworkPolicy", 9, 16, "networking.k8s.io/v1"},
	{"extensions/v1beta1", "PodSecurityPolicy", 10, 16, NULL},
	{"extensions/v1beta1", "Ingress", 14, 22, "networking.k8s.io/v1"},
	{"apps/v1beta1", "Deployment", 9, 16, "apps/v1"},
	{"apps/v1beta1", "StatefulSet", 9, 16, "apps/v1"},
	{"apps/v1beta1", "ReplicaSet", 9, 16, "apps/v1"},
	{"apps/v1beta2", "Deployment", 9, 16, "apps/v1"},
	{"apps/v1beta2", "StatefulSet", 9, 16, "apps/v1"},
	{"apps/v1beta2", "DaemonSet", 9, 16, "apps/v1"},
	{"apps/v1beta2", "ReplicaSet", 9, 16, "apps/v1"},
	{"networking.k8s.io/v1beta1", "Ingress", 19, 22, "networking.k8s.io/v1"},
	{"networking.k8s.io/v1beta1", "IngressClass", 19, 22, "networking.k8s.io/v1"},
	{"admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration", 16, 22, "admissionregistration.k8s.io/v1"},
	{"admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration", 16, 22, "admissionregistration.k8s.io/v1"},
	{"apiextensions.k8s.io/v1beta1", "CustomResourceDefinition", 16, 22, "apiextensions.k8s.io/v1"},
	{"apiregistration.k8s.io/v1beta1", "APIService", 19, 22, "apiregistration.k8s.io/v1"},
	{"authentication.k8s.io/v1beta1", "TokenReview", 19, 22, "authentication.k8s.io/v1"},
	{"authorization.k8s.io/v1beta1", "SubjectAccessReview", 19, 22, "authorization.k8s.io/v1"},
	{"authorization.k8s.io/v1beta1", "LocalSubjectAccessReview", 19, 22, "authorization.k8s.io/v1"},
	{"authorization.k8s.io/v1beta1", "SelfSubjectAccessReview", 19, 22, "authorization.k8s.io/v1"},
	{"certificates.k8s.io/v1beta1", "CertificateSigningRequest", 19, 22, "certificates.k8s.io/v1"},
	{"coordination.k8s.io/v1beta1", "Lease", 19, 22, "coordination.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRole", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1beta1", "Role", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1beta1", "RoleBinding", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1alpha1", "ClusterRole", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1alpha1", "ClusterRoleBinding", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1alpha1", "Role", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"rbac.authorization.k8s.io/v1alpha1", "RoleBinding", 17, 22, "rbac.authorization.k8s.io/v1"},
	{"scheduling.k8s.io/v1beta1", "PriorityClass", 14, 22, "scheduling.k8s.io/v1"},
	{"scheduling.k8s.io/v1alpha1", "PriorityClass", 14, 17, "scheduling.k8s.io/v1"},
	{"storage.k8s.io/v1beta1", "CSIDriver", 19, 22, "storage.k8s.io/v1"},
	{"storage.k8s.io/v1beta1", "CSINode", 17, 22, "storage.k8s.io/v1"},
	{"storage.k8s.io/v1beta1", "StorageClass", 19, 22, "storage.k8s.io/v1"},
	{"storage.k8s.io/v1beta1", "VolumeAttachment", 19, 22, "storage.k8s.io/v1"},
	{"storage.k8s.io/v1beta1", "CSIStorageCapacity", 24, 27, "storage.k8s.io/v1"},
	{"batch/v1beta1", "CronJob", 21, 25, "batch/v1"},
	{"batch/v2alpha1", "CronJob", 8, 21, "batch/v1"},
	{"discovery.k8s.io/v1beta1", "EndpointSlice", 21, 25, "discovery.k8s.io/v1"},
	{"events.k8s.io/v1beta1", "Event", 19, 25, "events.k8s.io/v1"},
	{"autoscaling/v2beta1", "HorizontalPodAutoscaler", 22, 25, "autoscaling/v2"},
	{"autoscaling/v2beta2", "HorizontalPodAutoscaler", 23, 26, "autoscaling/v2"},
	{"policy/v1beta1", "PodDisruptionBudget", 21, 25, "policy/v1"},
	{"policy/v1beta1", "PodSecurityPolicy", 21, 25, NULL},
	{"node.k8s.io/v1beta1", "RuntimeClass", 20, 25, "node.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema", 23, 26, "flowcontrol.apiserver.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration", 23, 26, "flowcontrol.apiserver.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", 26, 29, "flowcontrol.apiserver.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta2", "PriorityLevelConfiguration", 26, 29, "flowcontrol.apiserver.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", 29, 32, "flowcontrol.apiserver.k8s.io/v1"},
	{"flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", 29, 32, "flowcontrol.apiserver.k8s.io/v1"},
	{"admissionregistration.k8s.io/v1alpha1", "ValidatingAdmissionPolicy", 28, 32, "admissionregistration.k8s.io/v1"},
	{"admissionregistration.k8s.io/v1alpha1", "ValidatingAdmissionPolicyBinding", 28, 32, "admissionregistration.k8s.io/v1"},
	{"resource.k8s.io/v1alpha2", "ResourceClaim", 31, 31, "resource.k8s.io/v1beta1"},
};

static const struct api_change *api_change(const struct k8s_obj *o)
{
	/* every entry is an alpha or beta version: most objects stop here */
	if (!strstr(o->api_version, "alpha") && !strstr(o->api_version, "beta"))
		return NULL;
	for (size_t i = 0; i < KPC_ARRAY_LEN(api_changes); i++)
		if (!strcmp(api_changes[i].api, o->api_version) && !strcmp(api_changes[i].kind, o->kind))
			return &api_changes[i];
	return NULL;
}

static void replacement_text(const struct api_change *c, char *buf, size_t n)
{
	if (c->replacement)
		snprintf(buf, n, "use %s", c->replacement);
	else if (!strcmp(c->kind, "PodSecurityPolicy"))
		snprintf(buf, n, "there is no replacement: use Pod Security Admission");
	else
		snprintf(buf, n, "there is no replacement");
}

/* AP001 */
CHECK(api_removed)
{
	const struct k8s_obj *o = target;
	const struct api_change *c = api_change(o);
	int target_minor = cx->run->cfg->k8s_minor;
	if (!c || target_minor < c->removed)
		return;
	char rep[128];
	replacement_text(c, rep, sizeof rep);
	lint_report(cx, o_get(o->root, "apiVersion"), NULL, "/apiVersion", "%s %s was removed in Kubernetes 1.%d; %s", o->api_version,
		    o->kind, c->removed, rep);
}

/* AP002 */
CHECK(api_deprecated)
{
	const struct k8s_obj *o = target;
	const struct api_change *c = api_change(o);
	int target_minor = cx->run->cfg->k8s_minor;
	if (!c || target_minor < c->deprecated || target_minor >= c->removed)
		return;
	char rep[128];
	replacement_text(c, rep, sizeof rep);
	lint_report(cx, o_get(o->root, "apiVersion"), NULL, "/apiVersion",
		    "%s %s is deprecated since Kubernetes 1.%d and removed in 1.%d; %s", o->api_version, o->kind, c->deprecated,
		    c->removed, rep);
}

/* AP006: fields and annotations that newer fields replace. */
CHECK(deprecated_field)
{
	const struct k8s_obj *o = target;
	struct pod_view pv;
	if (lint_pods(cx->run, o, &pv, 1)) {
		const struct obj *sa = o_get(pv.spec, "serviceAccount");
		if (sa)
			lint_report(cx, sa, NULL, lint_printf(cx->run, "%s/serviceAccount", pv.prefix),
				    "spec.serviceAccount is deprecated; use serviceAccountName");
	}
	const struct obj *metas[2] = {o_get(o->root, "metadata"), NULL};
	if (lint_pods(cx->run, o, &pv, 1) && pv.meta != metas[0])
		metas[1] = pv.meta;
	for (int m = 0; m < 2; m++) {
		const struct obj *ann = o_get(metas[m], "annotations");
		if (!ann || ann->kind != OBJ_MAP)
			continue;
		for (uint32_t i = 0; i < ann->map.len; i++) {
			struct sv k = ann->map.items[i].key;
			const char *field = NULL;
			if (sv_eqc(k, "seccomp.security.alpha.kubernetes.io/pod") || sv_starts(k, "container.seccomp.security.alpha.kubernetes.io/"))
				field = "securityContext.seccompProfile (the annotation is ignored since 1.27)";
			else if (sv_starts(k, "container.apparmor.security.beta.kubernetes.io/"))
				field = "securityContext.appArmorProfile (a field since 1.30)";
			else if (sv_eqc(k, "scheduler.alpha.kubernetes.io/critical-pod"))
				field = "priorityClassName: system-cluster-critical or system-node-critical";
			else if (sv_eqc(k, "kubernetes.io/ingress.class") && !strcmp(o->kind, "Ingress"))
				field = "spec.ingressClassName";
			if (!field)
				continue;
			struct finding *f = lint_report(cx, ann->map.items[i].val, NULL, NULL, "the annotation '%.*s' is deprecated; use %s",
							(int)k.len, k.p, field);
			if (f && ann->map.items[i].kspan.file)
				f->loc = lint_loc(cx->run, ann->map.items[i].kspan);
		}
	}
}

/* Where AP003 and AP004 are in rules_ap (designated in the table). */
enum { AP_SCHEMA_INVALID = 2, AP_UNKNOWN_FIELD = 3 };

/* The configuration of another rule of this family, if it runs.  The
 * configurations are in catalogue order and a family's rules are together
 * in it, so the other rule's is as far from cx->rc as the rule from
 * cx->rule (rule_find and rule_index are too slow to call per object). */
static const struct rule_config *ap_rule_on(const struct lint_ctx *cx, size_t at, const struct rule **out)
{
	const struct rule_config *rc = cx->rc + (&rules_ap[at] - cx->rule);
	*out = &rules_ap[at];
	return rc->sev != LINT_OFF ? rc : NULL;
}

/* AP003.  When AP004 runs too, its findings come from the same walk, so
 * each object is walked once (the engine runs AP003 first). */
CHECK(schema_invalid)
{
	struct lint_ctx ucx = *cx;
	const struct rule *r = NULL;
	const struct rule_config *rc = ap_rule_on(cx, AP_UNKNOWN_FIELD, &r);
	if (rc) {
		ucx.rule = r;
		ucx.rc = rc;
	}
	schema_check(cx, rc ? &ucx : NULL, target);
}

/* AP004, when AP003 does not run. */
CHECK(unknown_field)
{
	const struct rule *r;
	if (ap_rule_on(cx, AP_SCHEMA_INVALID, &r))
		return;
	schema_check(NULL, cx, target);
}

const struct rule rules_ap[] = {
	{"AP001", "api-removed", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, api_removed, 0,
	 "The apiVersion still exists in the target Kubernetes version",
	 "An apiVersion/kind removed in the target version (--k8s-version, default 1.32) will not apply; the message names the replacement.",
	 "move the object to the replacement apiVersion (kubectl convert helps)",
	 "DT K8S_REMOVED_APIVERSION_*; KC (implicit)"},
	{"AP002", "api-deprecated", "api", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, api_deprecated, 0,
	 "The apiVersion is not deprecated in the target Kubernetes version",
	 "Deprecated in the target version, with the removal version and replacement given",
	 "move the object to the replacement apiVersion before the removal",
	 "KS stable-version; KL no-extensions-v1beta; DT K8S_DEPRECATED_APIVERSION_*"},
	[AP_SCHEMA_INVALID] = {"AP003", "schema-invalid", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, schema_invalid, 0,
	 "Fields have the types, formats and required fields of the Kubernetes 1.32 schema",
	 "The API server rejects the whole object when a field has the wrong type (replicas: \"3\", an env value: 8080, a label "
	 "value: true), a malformed quantity or date, or a required field is missing; the bundled 1.32 schema (and the VPA CRD) "
	 "catches it before apply. Quantity and int-or-string fields take both forms; `field: null` counts as absent; objects "
	 "of kinds the schema does not know (other CRDs) are skipped. The schema is 1.32's whatever --k8s-version says.",
	 "give the field the type the message names (quote strings that look like numbers or booleans), or add the missing field",
	 "KC; KL schema-validation"},
	[AP_UNKNOWN_FIELD] = {"AP004", "unknown-field", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, unknown_field, 0,
	 "Every field is one the Kubernetes 1.32 schema defines",
	 "Unknown fields (typos like livenesProbe, a field at the wrong level) are silently dropped by the API server with "
	 "lenient validation and rejected with strict validation; either way the setting never takes effect. Fields the API "
	 "declares free-form (RawExtension, JSON, preserve-unknown-fields) are not checked.",
	 "fix the field name (the message suggests the closest one) or move it to the level where it belongs",
	 "KC -strict"},
	{"AP005", "duplicate-yaml-key", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Duplicate mapping keys: parsers disagree on which value wins",
	 "Duplicate mapping keys: parsers disagree on which value wins",
	 NULL,
	 "KC -strict"},
	{"AP006", "deprecated-field", "api", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, deprecated_field, 0,
	 "No field or annotation that a newer field replaces",
	 "Deprecated fields, e.g. serviceAccount (use serviceAccountName) and beta annotations superseded by fields (seccomp/AppArmor annotations)",
	 "use the field the message names",
	 "KL deprecated-service-account-field; KSc C-0294"},
	{"AP007", "not-a-kubernetes-object", "api", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A YAML document without apiVersion or kind is not a Kubernetes object",
	 "A YAML document without apiVersion or kind is not a Kubernetes object; kubectl rejects it",
	 NULL,
	 "kubeconform (missing kind/apiVersion)"},
};
const size_t rules_ap_count = KPC_ARRAY_LEN(rules_ap);
