/* rules_rb.c: the RBAC rules (RB001-RB006).
 *
 * RB002-RB005 read the rules of Roles and ClusterRoles (not aggregated
 * ClusterRoles, whose rules the controller fills in); a wildcard resource or
 * verb is RB002's finding, RB003-RB005 report the explicit grants. */
#include "rules.h"

/* (the first letters differ for most kinds: strcmp is rarely called) */
static bool is_kind(const char *k, const char *want)
{
	return k && k[0] == want[0] && !strcmp(k, want);
}

/* The item of a string sequence equal to `s`, or NULL. */
static const struct obj *seq_find(const struct obj *seq, const char *s, uint32_t *at)
{
	for (uint32_t i = 0; seq && seq->kind == OBJ_SEQ && i < seq->seq.len; i++) {
		const char *v = o_str(seq->seq.items[i]);
		if (v && !strcmp(v, s)) {
			if (at)
				*at = i;
			return seq->seq.items[i];
		}
	}
	return NULL;
}

/* The rules of a Role or ClusterRole, or NULL. */
static const struct obj *role_rules(const struct k8s_obj *o)
{
	if (!is_kind(o->kind, "Role") && !is_kind(o->kind, "ClusterRole"))
		return NULL;
	if (o_get(o->root, "aggregationRule"))
		return NULL;
	const struct obj *rules = o_get(o->root, "rules");
	return rules && rules->kind == OBJ_SEQ ? rules : NULL;
}

/* Does the rule cover the core API group ("" or "*"; unset means core)? */
static bool core_group(const struct obj *rule)
{
	const struct obj *g = o_get(rule, "apiGroups");
	if (!g || g->kind != OBJ_SEQ || !g->seq.len)
		return true;
	return seq_find(g, "", NULL) || seq_find(g, "*", NULL);
}

/* The verbs of `want` (NULL-terminated) the rule grants, "a, b", or NULL. */
static const char *granted(struct lint_ctx *cx, const struct obj *rule, const char *const *want)
{
	const struct obj *verbs = o_get(rule, "verbs");
	if (seq_find(verbs, "*", NULL))
		return "'*'";
	struct buf b = {0};
	for (size_t i = 0; want[i]; i++)
		if (seq_find(verbs, want[i], NULL))
			buf_printf(&b, "%s%s", b.len ? ", " : "", want[i]);
	char *out = b.len ? lint_printf(cx->run, "%.*s", (int)b.len, b.data) : NULL;
	buf_free(&b);
	return out;
}

/* RB001 */
CHECK(cluster_admin_binding)
{
	const struct k8s_obj *o = target;
	bool crb = is_kind(o->kind, "ClusterRoleBinding");
	if (!crb && !is_kind(o->kind, "RoleBinding"))
		return;
	const struct obj *ref = o_get(o->root, "roleRef");
	const struct obj *name = o_get(ref, "name");
	if (o_str(name) && !strcmp(o_str(name), "cluster-admin") && is_kind(o_str(o_get(ref, "kind")), "ClusterRole"))
	{
		if (crb)
			lint_report(cx, name, ref, "/roleRef/name",
				    "the binding grants cluster-admin: its subjects get every permission on every resource in "
				    "every namespace");
		else
			lint_report(cx, name, ref, "/roleRef/name",
				    "the binding grants cluster-admin in its namespace: its subjects get every permission there, "
				    "Roles and RoleBindings included");
	}
	const struct obj *subjects = o_get(o->root, "subjects");
	for (uint32_t i = 0; subjects && subjects->kind == OBJ_SEQ && i < subjects->seq.len; i++) {
		const struct obj *s = subjects->seq.items[i];
		const struct obj *sn = o_get(s, "name");
		if (is_kind(o_str(o_get(s, "kind")), "Group") && o_str(sn) && !strcmp(o_str(sn), "system:masters"))
			lint_report(cx, sn, s, lint_printf(cx->run, "/subjects/%u/name", i),
				    "the binding names the group system:masters, whose members bypass RBAC authorization "
				    "entirely");
	}
}

/* RB002 */
CHECK(rbac_wildcard)
{
	const struct k8s_obj *o = target;
	const struct obj *rules = role_rules(o);
	static const struct {
		const char *field, *what;
	} fields[] = {
		{"apiGroups", "every API group"},
		{"resources", "every resource of its API groups"},
		{"verbs", "every verb"},
	};
	for (uint32_t i = 0; rules && i < rules->seq.len; i++) {
		const struct obj *rule = rules->seq.items[i];
		for (size_t f = 0; f < KPC_ARRAY_LEN(fields); f++) {
			uint32_t at = 0;
			const struct obj *star = seq_find(o_get(rule, fields[f].field), "*", &at);
			if (star)
				lint_report(cx, star, rule, lint_printf(cx->run, "/rules/%u/%s/%u", i, fields[f].field, at),
					    "rules[%u] has '*' in %s: it grants %s%s, including any added later", i, fields[f].field,
					    fields[f].what, f == 1 && core_group(rule) ? " (secrets included)" : "");
		}
	}
}

/* RB003 */
CHECK(rbac_secrets_read)
{
	const struct k8s_obj *o = target;
	const struct obj *rules = role_rules(o);
	static const char *const reads[] = {"get", "list", "watch", NULL};
	for (uint32_t i = 0; rules && i < rules->seq.len; i++) {
		const struct obj *rule = rules->seq.items[i];
		uint32_t at = 0;
		const struct obj *res = seq_find(o_get(rule, "resources"), "secrets", &at);
		const struct obj *rn = o_get(rule, "resourceNames");
		if (!res || !core_group(rule) || (rn && rn->kind == OBJ_SEQ && rn->seq.len))
			continue; /* resourceNames: scoped to named Secrets, the least-privilege form */
		const char *verbs = granted(cx, rule, reads);
		if (verbs)
			lint_report(cx, res, rule, lint_printf(cx->run, "/rules/%u/resources/%u", i, at),
				    "rules[%u] grants %s on secrets: its subjects can read every Secret in scope (tokens, "
				    "passwords, keys)",
				    i, verbs);
	}
}

/* RB004 */
CHECK(rbac_pod_exec_attach)
{
	const struct k8s_obj *o = target;
	const struct obj *rules = role_rules(o);
	static const char *const verbs_of_interest[] = {"create", "get", NULL};
	static const struct {
		const char *res, *what;
	} risky[] = {
		{"pods/exec", "run commands in any pod in scope"},
		{"pods/attach", "attach to the processes of any pod in scope"},
		{"pods/*", "exec into and attach to any pod in scope"},
		{"nodes/proxy", "reach the kubelet API of every node, and run commands in any pod on it"},
		{"nodes/*", "reach the kubelet API of every node, and run commands in any pod on it"},
	};
	for (uint32_t i = 0; rules && i < rules->seq.len; i++) {
		const struct obj *rule = rules->seq.items[i];
		if (!core_group(rule))
			continue;
		const char *verbs = granted(cx, rule, verbs_of_interest);
		if (!verbs)
			continue;
		for (size_t r = 0; r < KPC_ARRAY_LEN(risky); r++) {
			uint32_t at = 0;
			const struct obj *res = seq_find(o_get(rule, "resources"), risky[r].res, &at);
			if (res)
				lint_report(cx, res, rule, lint_printf(cx->run, "/rules/%u/resources/%u", i, at),
					    "rules[%u] grants %s on %s: its subjects can %s", i, verbs, risky[r].res, risky[r].what);
		}
	}
}

/* RB005 */
CHECK(rbac_escalation_verbs)
{
	const struct k8s_obj *o = target;
	const struct obj *rules = role_rules(o);
	static const struct {
		const char *verb, *what;
	} risky[] = {
		{"escalate", "create or update Roles with permissions they do not hold"},
		{"bind", "bind Roles with permissions they do not hold"},
		{"impersonate", "act as any user, group or service account in scope"},
	};
	for (uint32_t i = 0; rules && i < rules->seq.len; i++) {
		const struct obj *rule = rules->seq.items[i];
		for (size_t v = 0; v < KPC_ARRAY_LEN(risky); v++) {
			uint32_t at = 0;
			const struct obj *verb = seq_find(o_get(rule, "verbs"), risky[v].verb, &at);
			if (verb)
				lint_report(cx, verb, rule, lint_printf(cx->run, "/rules/%u/verbs/%u", i, at),
					    "rules[%u] grants the '%s' verb: its subjects can %s, bypassing RBAC", i, risky[v].verb,
					    risky[v].what);
		}
	}
}

/* RB006: the roles the API server bootstraps */
static bool builtin_role(bool cluster, const char *name, const char *ns)
{
	if (!strncmp(name, "system:", 7))
		return true;
	if (cluster)
		return !strcmp(name, "cluster-admin") || !strcmp(name, "admin") || !strcmp(name, "edit") || !strcmp(name, "view");
	return !strcmp(ns, "kube-system") && !strcmp(name, "extension-apiserver-authentication-reader");
}

CHECK(roleref_dangling)
{
	struct lint_index *ix = (struct lint_index *)(uintptr_t)target;
	for (uint32_t i = 0; i < ix->bindings.len; i++) {
		idx_step(ix);
		const struct idx_binding *b = idx_binding(ix, i);
		if (!b->ref_kind || !b->ref_name)
			continue;
		bool cluster = !strcmp(b->ref_kind, "ClusterRole");
		if (!cluster && strcmp(b->ref_kind, "Role"))
			continue;
		if (builtin_role(cluster, b->ref_name, b->ns))
			continue;
		const uint32_t *at;
		if (idx_find_objects(ix, b->ref_kind, cluster ? NULL : b->ns, b->ref_name, &at))
			continue;
		const char *bkind = strchr(b->ident, '/') ? lint_printf(cx->run, "%.*s", (int)(strchr(b->ident, '/') - b->ident), b->ident)
							  : b->ident;
		const char *bname = strrchr(b->ident, '/') ? strrchr(b->ident, '/') + 1 : b->ident;
		if (cluster)
			lint_report_at(cx, &b->loc, b->ident, NULL, "/roleRef/name",
				       "%s '%s' binds ClusterRole '%s', which is not in the input; it grants nothing", bkind, bname,
				       b->ref_name);
		else
			lint_report_at(cx, &b->loc, b->ident, NULL, "/roleRef/name",
				       "%s '%s' binds Role '%s', which is not in namespace '%s'; it grants nothing", bkind, bname,
				       b->ref_name, b->ns);
	}
}

#define RB_CORE (PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL)

const struct rule rules_rb[] = {
	{"RB001", "cluster-admin-binding", "rbac", LINT_ERROR, RB_CORE, SCOPE_OBJECT, cluster_admin_binding, 0,
	 "No binding grants cluster-admin or the system:masters group",
	 "Binding the cluster-admin ClusterRole grants every permission on every resource; the system:masters group "
	 "bypasses RBAC altogether and cannot be revoked by editing roles (CIS 5.1.1).",
	 "bind a Role or ClusterRole with only the permissions the subject needs",
	 "KL cluster-admin-role-binding; PO clusterrolebindingClusterAdmin; DT CIS_INVALID_ROLE_CLUSTER_ADMIN; KSc C-0035",
	 NULL},
	{"RB002", "rbac-wildcard", "rbac", LINT_WARNING, RB_CORE, SCOPE_OBJECT, rbac_wildcard, 0,
	 "Role rules name their verbs, resources and API groups",
	 "'*' in a Role's or ClusterRole's verbs, resources or apiGroups grants more than anyone reviewed, and silently "
	 "grows with every API, CRD and verb added later (CIS 5.1.3). Aggregated ClusterRoles are not checked.",
	 "list the verbs, resources and API groups explicitly", "KL wildcard-in-rules; CK CKV_K8S_49", NULL},
	{"RB003", "rbac-secrets-read", "rbac", LINT_WARNING, RB_CORE, SCOPE_OBJECT, rbac_secrets_read, 0,
	 "Roles do not read Secrets wholesale",
	 "get, list or watch (or '*') on secrets reads every Secret in scope: service account tokens, passwords and keys, "
	 "and with them other identities (CIS 5.1.2). A rule limited by resourceNames is the least-privilege form and "
	 "is not reported.",
	 "mount the Secrets the workload needs, or limit the rule with resourceNames",
	 "KL access-to-secrets; CK CKV2_K8S_5", NULL},
	{"RB004", "rbac-pod-exec-attach", "rbac", LINT_WARNING, RB_CORE, SCOPE_OBJECT, rbac_pod_exec_attach, 0,
	 "Roles do not grant pods/exec, pods/attach or nodes/proxy",
	 "create (or get, which the WebSocket protocol uses) on pods/exec, pods/attach or nodes/proxy means running code "
	 "inside workloads, with their service account and secrets.",
	 "remove the subresource from the role; use a break-glass role for debugging",
	 "PO *PodExecAttach; CK CKV2_K8S_2", NULL},
	{"RB005", "rbac-escalation-verbs", "rbac", LINT_ERROR, RB_CORE, SCOPE_OBJECT, rbac_escalation_verbs, 0,
	 "Roles do not grant escalate, bind or impersonate",
	 "escalate and bind let a subject create or bind roles with permissions it does not hold, and impersonate lets it "
	 "act as another user, group or service account: each bypasses RBAC's own escalation check.",
	 "remove the verb; grant the specific permissions instead",
	 "DT CIS_INVALID_VALUE_BIND_IMPERSONATE_ESCALATE; CK CKV_K8S_157/158, CKV2_K8S_3", NULL},
	{"RB006", "roleref-dangling", "rbac", LINT_WARNING, PROFILE_ALL, SCOPE_SET, roleref_dangling, 2,
	 "A binding's roleRef names a Role or ClusterRole in the input",
	 "A RoleBinding or ClusterRoleBinding whose roleRef names no Role (in its namespace) or ClusterRole in the input "
	 "grants nothing until one appears under that name. The roles the API server bootstraps are allowlisted: "
	 "cluster-admin, admin, edit, view, every system:* role, and extension-apiserver-authentication-reader in "
	 "kube-system. Closed world only.",
	 "fix roleRef.name, or add the Role or ClusterRole to the rendered set",
	 "PO *binding* checks (\"or that does not exist\")", NULL},
};
const size_t rules_rb_count = KPC_ARRAY_LEN(rules_rb);
