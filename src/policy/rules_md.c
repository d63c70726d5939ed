/* rules_md.c: metadata rules (MD001-MD004) and the waiver rules (MD000,
 * MD007-MD009, reported by the engine while it applies waivers). */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>

/* A label or annotation key: an optional DNS-subdomain prefix (at most 253)
 * and '/', then a name of at most 63 of [A-Za-z0-9._-] that starts and ends
 * alphanumeric. */
static inline bool is_lower_digit(char c)
{
	return (unsigned char)(c - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

static inline bool is_alnum(char c)
{
	return (unsigned char)((c | 0x20) - 'a') < 26 || (unsigned char)(c - '0') < 10;
}

/* Letters and digits, with '-', '_' and '.' inside. */
static bool name_part_ok(const char *s, size_t n, bool allow_empty)
{
	if (n == 0)
		return allow_empty;
	if (n > 63 || !is_alnum(s[0]) || !is_alnum(s[n - 1]))
		return false;
	for (size_t i = 1; i + 1 < n; i++) {
		char c = s[i];
		if (!is_alnum(c) && c != '-' && c != '_' && c != '.')
			return false;
	}
	return true;
}

/* Lowercase letters and digits, with '-' and '.' inside. */
static bool dns_subdomain_ok(const char *s, size_t n)
{
	if (n == 0 || n > 253 || !is_lower_digit(s[0]) || !is_lower_digit(s[n - 1]))
		return false;
	for (size_t i = 1; i + 1 < n; i++) {
		char c = s[i];
		if (!is_lower_digit(c) && c != '-' && c != '.')
			return false;
	}
	return true;
}

static const char *key_problem(struct sv k)
{
	const char *slash = memchr(k.p, '/', k.len);
	if (slash) {
		size_t pl = (size_t)(slash - k.p);
		if (!dns_subdomain_ok(k.p, pl))
			return "its prefix is not a DNS subdomain (lowercase letters, digits, '-' and '.', at most 253)";
		if (!name_part_ok(slash + 1, k.len - pl - 1, false))
			return "its name is not at most 63 of [A-Za-z0-9._-] starting and ending with a letter or digit";
		return NULL;
	}
	if (!name_part_ok(k.p, k.len, false))
		return "it is not at most 63 of [A-Za-z0-9._-] starting and ending with a letter or digit";
	return NULL;
}

/* The pointer of a labels or annotations key: of the object's metadata
 * (`pod` NULL) or of the pod template's. */
static const char *map_ptr(struct lint_ctx *cx, const char *pod, bool labels, struct sv k)
{
	const char *what = labels ? "labels" : "annotations";
	const char *base = pod ? lint_printf(cx->run, "%.*s/metadata/%s", (int)(strlen(pod) - 5), pod, what)
			       : labels ? "/metadata/labels"
					: "/metadata/annotations";
	return lint_ptr(cx->run, base, k.p, k.len);
}

/* Checks one labels or annotations map, of the object's metadata (`pod`
 * NULL) or of the pod template whose spec is at `pod`.  The key's pointer
 * is made only for a finding: most keys are fine. */
static void check_map(struct lint_ctx *cx, const struct obj *m, const char *pod, bool labels)
{
	/* a map shared by several objects (a compiled app's labels) is checked
	 * once while it is clean; labels and annotations apart */
	if (!m || m->kind != OBJ_MAP)
		return;
	const void *memo = (const char *)m + (labels ? 0 : 1);
	if (lint_memo_has(cx, memo))
		return;
	bool clean = true;
	for (uint32_t i = 0; i < m->map.len; i++) {
		struct sv k = m->map.items[i].key;
		const struct obj *v = m->map.items[i].val;
		const struct obj *kn = NULL;
		const char *what = labels ? "label" : "annotation";
		const char *kp = key_problem(k);
		if (kp) {
			clean = false;
			struct finding *f = lint_report(cx, kn, v, map_ptr(cx, pod, labels, k), "invalid %s key '%.*s': %s", what, (int)k.len, k.p, kp);
			if (f && m->map.items[i].kspan.file)
				f->loc = lint_loc(cx->run, m->map.items[i].kspan);
			continue;
		}
		if (v->kind != OBJ_STR && v->kind != OBJ_NULL) {
			clean = false;
			lint_report(cx, v, NULL, map_ptr(cx, pod, labels, k), "%s '%.*s' has a %s value; the API takes only strings: quote it", what, (int)k.len,
				    k.p, v->kind == OBJ_INT ? "number" : v->kind == OBJ_BOOL ? "boolean" : "non-string");
			continue;
		}
		if (labels && v->kind == OBJ_STR && !name_part_ok(v->s.p, v->s.len, true)) {
			clean = false;
			lint_report(cx, v, NULL, map_ptr(cx, pod, labels, k), "invalid value for label '%.*s': %s", (int)k.len, k.p,
				    v->s.len > 63 ? "longer than 63 characters"
						  : "not [A-Za-z0-9._-] starting and ending with a letter or digit");
		}
	}
	if (clean)
		lint_memo_put(cx, memo);
}

/* MD002 */
CHECK(invalid_labels)
{
	const struct k8s_obj *o = target;
	const struct obj *md = o_get(o->root, "metadata");
	check_map(cx, o_get(md, "labels"), NULL, true);
	check_map(cx, o_get(md, "annotations"), NULL, false);
	struct pod_view pv;
	if (lint_pods(cx->run, o, &pv, 1) && pv.template_) {
		check_map(cx, o_get(pv.meta, "labels"), pv.prefix, true);
		check_map(cx, o_get(pv.meta, "annotations"), pv.prefix, false);
	}
}

/* MD001: the configured labels on workloads and their pod templates. */
CHECK(required_labels)
{
	const struct pod_view *pv = target;
	static const char *const dflt[] = {"app.kubernetes.io/name", "app.kubernetes.io/instance"};
	const struct obj *want = lint_param(cx, "labels");
	const struct regex *pattern = lint_param_regex(cx, "valuePattern");
	size_t n = want && want->kind == OBJ_SEQ ? want->seq.len : KPC_ARRAY_LEN(dflt);
	const struct obj *md = o_get(pv->obj->root, "metadata");
	const struct obj *where[2] = {md, pv->meta};
	for (int w = 0; w < 2; w++) {
		if (!where[w] || (w == 1 && where[1] == where[0]))
			continue;
		const struct obj *labels = o_get(where[w], "labels");
		for (size_t i = 0; i < n; i++) {
			const char *k = want && want->kind == OBJ_SEQ ? o_str(want->seq.items[i]) : dflt[i];
			if (!k)
				continue;
			const struct obj *v = o_get(labels, k);
			if (!v) {
				lint_report(cx, labels, where[w], map_ptr(cx, w ? pv->prefix : NULL, true, sv_from(k)), "%s is missing the label '%s'",
					    w ? "the pod template" : pv->obj->kind, k);
			} else if (pattern && v->kind == OBJ_STR && !regex_match(pattern, v->s.p, v->s.len)) {
				lint_report(cx, v, NULL, map_ptr(cx, w ? pv->prefix : NULL, true, sv_from(k)),
					    "label '%s' has the value '%s', which does not match the required pattern", k, v->s.p);
			}
		}
	}
}

static bool dns_label_ok(const char *s, size_t n, bool start_letter)
{
	if (n == 0 || n > 63)
		return false;
	if (start_letter && !(s[0] >= 'a' && s[0] <= 'z'))
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		if (!alnum && !(c == '-' && i > 0 && i + 1 < n))
			return false;
	}
	return true;
}

/* MD003: metadata.name by kind. */
/* (the first letters differ for most kinds: strcmp is rarely called) */
static bool kind_is(const char *k, const char *want)
{
	return k[0] == want[0] && !strcmp(k, want);
}

CHECK(invalid_name)
{
	const struct k8s_obj *o = target;
	const struct obj *md = o_get(o->root, "metadata");
	const struct obj *name = o_get(md, "name");
	if (!name || name->kind == OBJ_NULL) {
		if (!o_get(md, "generateName"))
			lint_report(cx, md, NULL, "/metadata/name", "%s has no metadata.name", o->kind);
		return;
	}
	if (name->kind != OBJ_STR) {
		lint_report(cx, name, NULL, "/metadata/name", "metadata.name must be a string");
		return;
	}
	const char *k = o->kind;
	const char *s = name->s.p;
	size_t n = name->s.len;
	const char *problem = NULL;
	if (kind_is(k, "Role") || kind_is(k, "ClusterRole") || kind_is(k, "RoleBinding") || kind_is(k, "ClusterRoleBinding")) {
		/* path segment names: anything but '/', '%', "." and ".." */
		if (!n || memchr(s, '/', n) || memchr(s, '%', n) || !strcmp(s, ".") || !strcmp(s, ".."))
			problem = "RBAC names may not contain '/' or '%' and may not be '.' or '..'";
	} else if (kind_is(k, "Service")) {
		if (!dns_label_ok(s, n, true))
			problem = "a Service name is a DNS-1035 label: at most 63 lowercase letters, digits and '-', starting with a "
				  "letter and ending with a letter or digit";
	} else if (kind_is(k, "Namespace")) {
		if (!dns_label_ok(s, n, false))
			problem = "a Namespace name is a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and "
				  "ending with a letter or digit";
	} else if (kind_is(k, "Deployment") || kind_is(k, "StatefulSet") || kind_is(k, "DaemonSet") ||
		   kind_is(k, "ReplicaSet") || kind_is(k, "CronJob") || kind_is(k, "Job") || kind_is(k, "Pod")) {
		if (!dns_subdomain_ok(s, n))
			problem = "a workload name is a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', starting and ending "
				  "with a letter or digit";
		else if ((kind_is(k, "CronJob") && n > 52) || (kind_is(k, "StatefulSet") && n > 63))
			problem = kind_is(k, "CronJob") ? "a CronJob name is at most 52 characters (its Jobs add a suffix)"
							: "a StatefulSet name is at most 63 characters (it labels its pods)";
	} else if (!dns_subdomain_ok(s, n) && !strchr(k, '.') && strcmp(k, "CustomResourceDefinition")) {
		problem = "a name is a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', at most 253";
	}
	if (problem)
		lint_report(cx, name, NULL, "/metadata/name", "invalid %s name '%s': %s", k, s, problem);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool cluster_scoped(const char *kind)
{
	/* sorted, for a binary search (every object asks) */
	static const char *const kinds[] = {"APIService", "CSIDriver", "CSINode", "CertificateSigningRequest", "ClusterRole",
					    "ClusterRoleBinding", "CustomResourceDefinition", "FlowSchema", "IngressClass",
					    "MutatingWebhookConfiguration", "Namespace", "Node", "PersistentVolume",
					    "PodSecurityPolicy", "PriorityClass", "PriorityLevelConfiguration", "RuntimeClass",
					    "StorageClass", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
					    "ValidatingWebhookConfiguration", "VolumeAttachment"};
	return bsearch(&kind, kinds, KPC_ARRAY_LEN(kinds), sizeof *kinds, str_cmp) != NULL;
}

/* MD004: the same group/kind/namespace/name twice in the input.  A hash
 * table of identities keeps it linear in the number of objects. */
static uint64_t identity_hash(const struct idx_object *o, bool cs)
{
	char tmp[512];
	const char *parts[4] = {o->group, o->kind, cs ? "" : o->ns, o->name};
	size_t n = 0;
	for (int k = 0; k < 4; k++)
		n += strlen(parts[k]) + 1;
	char *p = n <= sizeof tmp ? tmp : xmalloc(n);
	size_t at = 0;
	for (int k = 0; k < 4; k++) {
		size_t l = strlen(parts[k]);
		memcpy(p + at, parts[k], l);
		at += l;
		if (k < 3)
			p[at++] = 0;
	}
	uint64_t h = kpc_hash64(p, at);
	if (p != tmp)
		free(p);
	return h;
}

CHECK(duplicate_object)
{
	struct lint_index *ix = (struct lint_index *)(uintptr_t)target;
	uint32_t n = ix->objects.len, cap = 16;
	while (cap < n * 2)
		cap *= 2;
	uint32_t *slots = xcalloc(cap, sizeof *slots); /* object index + 1, 0 empty */
	for (uint32_t i = 0; i < n; i++) {
		idx_step(ix);
		const struct idx_object *a = idx_object(ix, i);
		bool cs = cluster_scoped(a->kind);
		uint64_t h = identity_hash(a, cs);
		for (uint32_t k = (uint32_t)h & (cap - 1);; k = (k + 1) & (cap - 1)) {
			if (!slots[k]) {
				slots[k] = i + 1;
				break;
			}
			const struct idx_object *b = idx_object(ix, slots[k] - 1);
			if (strcmp(a->name, b->name) || strcmp(a->kind, b->kind) || strcmp(a->group, b->group) ||
			    (!cs && strcmp(a->ns, b->ns)))
				continue;
			struct finding *f = lint_report_at(cx, &a->name_loc, a->ident, NULL, "/metadata/name",
							   "%s '%s' is defined twice; the last one applied wins", a->kind, a->name);
			if (f) {
				f->note_loc = b->name_loc;
				f->note = "the first definition";
			}
			break; /* the first definition stays in the table */
		}
	}
	free(slots);
}

/* MD005 */
CHECK(default_namespace)
{
	const struct k8s_obj *o = target;
	if (cluster_scoped(o->kind) || !strcmp(o->kind, "List"))
		return;
	const struct obj *ns = o_get(o_get(o->root, "metadata"), "namespace");
	if (!ns || !o_str(ns))
		lint_report(cx, o_get(o_get(o->root, "metadata"), "name"), NULL, "/metadata/namespace",
			    "%s '%s' names no namespace; it lands wherever kubectl points", o->kind, o->name);
	else if (!strcmp(o_str(ns), "default"))
		lint_report(cx, ns, NULL, "/metadata/namespace", "%s '%s' is in the default namespace", o->kind, o->name);
}

/* MD006: the annotations a pack requires, on workloads. */
CHECK(required_annotations)
{
	const struct k8s_obj *o = target;
	struct pod_view pv;
	const struct obj *want = lint_param(cx, "annotations");
	if (!want || want->kind != OBJ_SEQ || !lint_pods(cx->run, o, &pv, 1))
		return;
	const struct regex *pattern = lint_param_regex(cx, "valuePattern");
	const struct obj *md = o_get(o->root, "metadata");
	const struct obj *ann = o_get(md, "annotations");
	for (uint32_t i = 0; i < want->seq.len; i++) {
		const char *k = o_str(want->seq.items[i]);
		if (!k)
			continue;
		const struct obj *v = o_get(ann, k);
		if (!v)
			lint_report(cx, ann, md, lint_ptr(cx->run, "/metadata/annotations", k, strlen(k)),
				    "%s '%s' is missing the annotation '%s'", o->kind, o->name, k);
		else if (pattern && v->kind == OBJ_STR && !regex_match(pattern, v->s.p, v->s.len))
			lint_report(cx, v, NULL, lint_ptr(cx->run, "/metadata/annotations", k, strlen(k)),
				    "annotation '%s' has the value '%s', which does not match the required pattern", k, v->s.p);
	}
}

const struct rule rules_md[] = {
	{"MD000", "waiver-without-reason", "metadata", LINT_INFO, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_OBJECT, NULL, 0, "A waiver must say why the rule does not apply",
	 "A waiver is a decision; its reason is what a reviewer reads. A waiver with an empty reason is not applied.",
	 "give the reason in the annotation's value: kpc.dev/ignore.SC002: \"<why>\"", "none"},
	{"MD001", "required-labels", "metadata", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_POD,
	 required_labels, 0, "Workloads and their pod templates carry the required labels",
	 "Workloads and pod templates carry the configured identity labels (default app.kubernetes.io/name, "
	 "app.kubernetes.io/instance); selectors, cost attribution and ownership depend on them.",
	 "add the label to metadata.labels and to the pod template's labels",
	 "KL required-label-owner; DT WORKLOAD_MISSING_LABEL_OWNER_VALUE; KSc C-0076/C-0077; PO metadataAndInstanceMismatched",
	 "labels:list valuePattern:regex"},
	{"MD002", "invalid-label-or-annotation", "metadata", LINT_ERROR,
	 PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, invalid_labels, 0,
	 "Label and annotation keys and label values follow the API's syntax",
	 "A key is an optional DNS-subdomain prefix (at most 253) and '/', then a name of at most 63 of [A-Za-z0-9._-]; a "
	 "label value is at most 63 of the same; values are strings. The API server rejects anything else.",
	 "rename the key or shorten the value; quote numbers and booleans", "KS label-values; DT WORKLOAD_INVALID_LABELS_VALUE"},
	{"MD003", "invalid-object-name", "metadata", LINT_ERROR,
	 PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, invalid_name, 0,
	 "metadata.name follows the naming rule of its kind",
	 "metadata.name must be a DNS-1123 subdomain or label depending on the kind (Service: DNS-1035 label, at most 63); "
	 "the API server rejects the object at apply time.",
	 "use lowercase letters, digits and '-'", "DT RESOURCE_MISSING_NAME"},
	{"MD004", "duplicate-object", "metadata", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_SET, duplicate_object, 0, "No object is defined twice in one set",
	 "The same group/kind/namespace/name twice in one render set: whichever is applied last wins, silently.",
	 "remove or rename one of the two definitions", "none (opportunity)"},
	{"MD005", "default-namespace", "metadata", LINT_INFO, PROFILE_ALL, SCOPE_OBJECT, default_namespace, 0,
	 "Namespaced objects name a namespace other than default",
	 "An explicit non-default namespace aids isolation (CIS 5.7.4); many repositories rely on `kubectl -n`, "
	 "so this is info.",
	 "set metadata.namespace", "KL use-namespace; CK CKV_K8S_21; DT WORKLOAD_INCORRECT_NAMESPACE_VALUE_DEFAULT; KSc C-0061"},
	{"MD006", "required-annotations", "metadata", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, required_annotations, 0,
	 "Workloads carry the organisation's required annotations",
	 "Organisation-specific annotations (an owner's address, a runbook) on every workload; the list comes from "
	 "the pack (parameter `annotations`), so the rule is quiet until a pack names some.",
	 "add the annotation to metadata.annotations", "KL required-annotation-email", "annotations:list valuePattern:regex"},
	{"MD007", "waiver-expired", "metadata", LINT_WARNING, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A waiver past its until= date no longer applies",
	 "A waiver past its until= date no longer applies; renew it with a reason or fix the finding",
	 NULL,
	 "Kubescape exceptions (expiry)"},
	{"MD008", "waiver-unused", "metadata", LINT_INFO, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A waiver that matches no finding is dead weight and hides future regressions",
	 "A waiver that matches no finding is dead weight and hides future regressions",
	 NULL,
	 "Kubescape exceptions (unused)"},
	{"MD009", "waiver-invalid", "metadata", LINT_WARNING, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A waiver that names no rule, has a bad date, or targets a rule the policy marks not waivable",
	 "A waiver that names no rule, has a bad date, or targets a rule the policy marks not waivable",
	 NULL,
	 "none"},
};
const size_t rules_md_count = KPC_ARRAY_LEN(rules_md);
