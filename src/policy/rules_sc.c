/* rules_sc.c: the security-context rules (SC001-SC024), mapped to the Pod
 * Security Standards (v1.32) where a control exists.
 *
 * Three shapes of rule:
 *  - container rules (SCOPE_CONTAINER) look at one container's own fields;
 *  - pod rules (SCOPE_POD) look at pod-level fields (host namespaces,
 *    volumes, sysctls, the service account);
 *  - rules over fields that exist at both levels are pod rules that report a
 *    bad value once where it is written (the pod's securityContext or a
 *    container's) and then walk the containers themselves, so that a value a
 *    container inherits is judged per container (effective_sc) without
 *    repeating a pod-level finding for every container.
 *
 * Windows pods (spec.os.name: windows) are exempt from the controls PSS marks
 * Linux-only: privilege escalation, seccomp and capabilities; the API server
 * rejects those fields on them anyway, as it does readOnlyRootFilesystem. */
#include "rules.h"

#include <stdio.h>

/* ---- helpers ------------------------------------------------------------- */

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive comparison of (p, n) with the NUL-terminated `s`. */
static bool ieq(const char *p, size_t n, const char *s)
{
	size_t i = 0;
	for (; i < n && s[i]; i++)
		if (lower(p[i]) != lower(s[i]))
			return false;
	return i == n && !s[i];
}

static bool str_is(const struct obj *o, const char *s)
{
	return o && o->kind == OBJ_STR && sv_eqc(o->s, s);
}

/* A node's text for messages: strings as written, numbers and booleans too. */
static const char *text_of(struct lint_ctx *cx, const struct obj *o)
{
	if (!o)
		return "";
	switch (o->kind) {
	case OBJ_STR:
		return lint_printf(cx->run, "%.*s", (int)o->s.len, o->s.p);
	case OBJ_INT:
		return lint_printf(cx->run, "%lld", (long long)o->i);
	case OBJ_BOOL:
		return o->b ? "true" : "false";
	default:
		return "(not a scalar)";
	}
}

static bool windows_pod(const struct pod_view *pv)
{
	return str_is(o_get(o_get(pv->spec, "os"), "name"), "windows");
}

static const struct obj *container_sc(const struct container_view *cv)
{
	const struct obj *sc = o_get(cv->c, "securityContext");
	return sc && sc->kind == OBJ_MAP ? sc : NULL;
}

static const struct obj *pod_sc(const struct pod_view *pv)
{
	const struct obj *sc = o_get(pv->spec, "securityContext");
	return sc && sc->kind == OBJ_MAP ? sc : NULL;
}

/* Where to report about a container field that is missing: the nearest
 * parent that exists. */
static const struct obj *container_anchor(const struct container_view *cv)
{
	const struct obj *sc = container_sc(cv);
	return sc ? sc : cv->c;
}

static char *cptr(struct lint_ctx *cx, const struct container_view *cv, const char *suffix)
{
	return lint_printf(cx->run, "%s%s", cv->pointer, suffix);
}

static char *pptr(struct lint_ctx *cx, const struct pod_view *pv, const char *suffix)
{
	return lint_printf(cx->run, "%s%s", pv->prefix, suffix);
}

/* A field of the pod's (cv NULL) or a container's security context, and
 * who sets it: made only for a finding. */
static char *sc_ptr(struct lint_ctx *cx, const struct pod_view *pv, const struct container_view *cv, const char *suffix)
{
	return cv ? cptr(cx, cv, suffix) : pptr(cx, pv, suffix);
}

static const char *sc_who(struct lint_ctx *cx, const struct container_view *cv)
{
	return cv ? lint_printf(cx->run, "container '%s'", cv->name) : "the pod";
}

/* The JSON pointer of an annotation of the pod (template). */
static char *annotation_ptr(struct lint_ctx *cx, const struct pod_view *pv, struct sv key)
{
	const char *base = lint_printf(cx->run, "%.*s/metadata/annotations", (int)(strlen(pv->prefix) - 5), pv->prefix);
	return lint_ptr(cx->run, base, key.p, key.len);
}

/* Walks the containers of a pod the way the engine does for container
 * rules (init, regular, ephemeral), with cx->cv set so that findings carry
 * the container's name (container-scoped waivers match them). */
typedef void (*container_fn)(struct lint_ctx *cx, const struct container_view *cv);

/* Calls fn for every container of the pod a SCOPE_POD rule checks, with
 * cx->cv set: the engine's views, made once per object. */
static void each_container(struct lint_ctx *cx, container_fn fn)
{
	for (uint32_t i = 0; i < cx->ncv; i++) {
		const struct container_view *saved = cx->cv;
		cx->cv = &cx->cvs[i];
		fn(cx, &cx->cvs[i]);
		cx->cv = saved;
	}
}

static bool sv_ieq(struct sv a, struct sv b)
{
	if (a.len != b.len)
		return false;
	for (size_t i = 0; i < a.len; i++)
		if (lower(a.p[i]) != lower(b.p[i]))
			return false;
	return true;
}

/* A capability's name without the optional "CAP_" prefix: runtimes accept
 * "CAP_SYS_ADMIN" and "SYS_ADMIN" alike, in any case. */
static struct sv cap_base(struct sv s)
{
	if (s.len > 4 && ieq(s.p, 4, "CAP_")) {
		s.p += 4;
		s.len -= 4;
	}
	return s;
}

static bool cap_is(const struct obj *o, const char *name)
{
	return o && o->kind == OBJ_STR && sv_ieq(cap_base(o->s), sv_from(name));
}

static bool cap_same(const struct obj *a, const struct obj *b)
{
	return a->kind == OBJ_STR && b->kind == OBJ_STR && sv_ieq(cap_base(a->s), cap_base(b->s));
}

/* Does capabilities.drop hold ALL?  The runtimes compare "ALL" without
 * regard to case, and do not read "CAP_ALL" as all capabilities. */
static bool drops_all(const struct obj *seq)
{
	if (!seq || seq->kind != OBJ_SEQ)
		return false;
	for (uint32_t i = 0; i < seq->seq.len; i++) {
		const struct obj *o = seq->seq.items[i];
		if (o->kind == OBJ_STR && sv_ieq(o->s, sv_from("ALL")))
			return true;
	}
	return false;
}

/* ---- SC001-SC007: privileges, users, capabilities ------------------------ */

/* SC001 */
CHECK(privileged)
{
	const struct container_view *cv = target;
	const struct obj *p = o_get(container_sc(cv), "privileged");
	if (o_is_true(p))
		lint_report(cx, p, NULL, cptr(cx, cv, "/securityContext/privileged"),
			    "container '%s' runs privileged (securityContext.privileged: true)", cv->name);
}

/* SC002: allowPrivilegeEscalation must be false; privileged and CAP_SYS_ADMIN
 * always allow escalation (the API server rejects them together with
 * allowPrivilegeEscalation: false). */
CHECK(privilege_escalation)
{
	const struct container_view *cv = target;
	if (windows_pod(cv->pod))
		return;
	const struct obj *sc = container_sc(cv);
	const struct obj *ape = o_get(sc, "allowPrivilegeEscalation");
	const struct obj *priv = o_get(sc, "privileged");
	const struct obj *add = o_get(o_get(sc, "capabilities"), "add");
	bool f;
	if (o_is_true(priv)) {
		lint_report(cx, priv, NULL, cptr(cx, cv, "/securityContext/privileged"),
			    "container '%s' is privileged, which always allows privilege escalation", cv->name);
		return;
	}
	if (add && add->kind == OBJ_SEQ) {
		for (uint32_t i = 0; i < add->seq.len; i++) {
			if (cap_is(add->seq.items[i], "SYS_ADMIN")) {
				lint_report(cx, add->seq.items[i], NULL,
					    cptr(cx, cv, lint_printf(cx->run, "/securityContext/capabilities/add/%u", i)),
					    "container '%s' adds CAP_SYS_ADMIN, which always allows privilege escalation", cv->name);
				return;
			}
		}
	}
	if (o_bool(ape, &f) && !f)
		return;
	if (ape && ape->kind != OBJ_NULL)
		lint_report(cx, ape, NULL, cptr(cx, cv, "/securityContext/allowPrivilegeEscalation"),
			    "container '%s' sets securityContext.allowPrivilegeEscalation to %s; it must be false", cv->name,
			    text_of(cx, ape));
	else
		lint_report(cx, ape ? ape : container_anchor(cv), NULL, cptr(cx, cv, "/securityContext/allowPrivilegeEscalation"),
			    "container '%s' does not set securityContext.allowPrivilegeEscalation to false", cv->name);
}

/* SC003: per container, the effective runAsNonRoot is true or the effective
 * runAsUser is above 0; runAsUser: 0 is reported wherever it is written. */
static void run_as_non_root_container(struct lint_ctx *cx, const struct container_view *cv)
{
	const struct obj *own_user = o_get(container_sc(cv), "runAsUser");
	const struct obj *pod_user = o_get(pod_sc(cv->pod), "runAsUser");
	int64_t uid;
	if (o_int(own_user, &uid) && uid == 0) {
		lint_report(cx, own_user, NULL, cptr(cx, cv, "/securityContext/runAsUser"),
			    "container '%s' runs as root: securityContext.runAsUser is 0", cv->name);
		return;
	}
	const struct obj *user = effective_sc(cv, "runAsUser");
	if (o_int(user, &uid)) {
		if (uid > 0)
			return;
		if (uid == 0 && user == pod_user)
			return; /* the pod's runAsUser: 0, reported once */
	}
	const struct obj *nonroot = effective_sc(cv, "runAsNonRoot");
	bool b;
	if (o_bool(nonroot, &b) && b)
		return;
	const char *ptr = cptr(cx, cv, "/securityContext/runAsNonRoot");
	if (nonroot && nonroot == o_get(container_sc(cv), "runAsNonRoot"))
		lint_report(cx, nonroot, NULL, ptr, "container '%s' sets securityContext.runAsNonRoot to %s", cv->name,
			    text_of(cx, nonroot));
	else if (nonroot)
		lint_report(cx, nonroot, NULL, ptr,
			    "container '%s' inherits runAsNonRoot: %s from the pod's securityContext and sets no runAsUser above 0",
			    cv->name, text_of(cx, nonroot));
	else
		lint_report(cx, container_anchor(cv), NULL, ptr,
			    "container '%s' may run as root: neither it nor the pod sets runAsNonRoot: true or a runAsUser above 0",
			    cv->name);
}

CHECK(run_as_non_root)
{
	const struct pod_view *pv = target;
	const struct obj *user = o_get(pod_sc(pv), "runAsUser");
	int64_t uid;
	if (o_int(user, &uid) && uid == 0)
		lint_report(cx, user, NULL, pptr(cx, pv, "/securityContext/runAsUser"),
			    "the pod's securityContext.runAsUser is 0: its containers run as root unless they override it");
	each_container(cx, run_as_non_root_container);
}

/* SC004: GID 0 wherever it is written. */
static void root_group_container(struct lint_ctx *cx, const struct container_view *cv)
{
	const struct obj *g = o_get(container_sc(cv), "runAsGroup");
	int64_t gid;
	if (o_int(g, &gid) && gid == 0)
		lint_report(cx, g, NULL, cptr(cx, cv, "/securityContext/runAsGroup"),
			    "container '%s' sets securityContext.runAsGroup to 0 (the root group)", cv->name);
}

CHECK(root_group)
{
	const struct pod_view *pv = target;
	const struct obj *sc = pod_sc(pv);
	int64_t gid;
	static const char *const fields[] = {"runAsGroup", "fsGroup"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(fields); i++) {
		const struct obj *g = o_get(sc, fields[i]);
		if (o_int(g, &gid) && gid == 0)
			lint_report(cx, g, NULL, pptr(cx, pv, lint_printf(cx->run, "/securityContext/%s", fields[i])),
				    "the pod's securityContext.%s is 0 (the root group)", fields[i]);
	}
	const struct obj *sg = o_get(sc, "supplementalGroups");
	for (uint32_t i = 0; sg && sg->kind == OBJ_SEQ && i < sg->seq.len; i++)
		if (o_int(sg->seq.items[i], &gid) && gid == 0)
			lint_report(cx, sg->seq.items[i], NULL,
				    pptr(cx, pv, lint_printf(cx->run, "/securityContext/supplementalGroups/%u", i)),
				    "the pod's securityContext.supplementalGroups contains 0 (the root group)");
	each_container(cx, root_group_container);
}

/* SC005 */
CHECK(read_only_root_fs)
{
	const struct container_view *cv = target;
	if (windows_pod(cv->pod))
		return;
	const struct obj *ro = o_get(container_sc(cv), "readOnlyRootFilesystem");
	bool b;
	if (o_bool(ro, &b) && b)
		return;
	const char *ptr = cptr(cx, cv, "/securityContext/readOnlyRootFilesystem");
	if (ro && ro->kind != OBJ_NULL)
		lint_report(cx, ro, NULL, ptr, "container '%s' sets securityContext.readOnlyRootFilesystem to %s", cv->name,
			    text_of(cx, ro));
	else
		lint_report(cx, ro ? ro : container_anchor(cv), NULL, ptr,
			    "container '%s' does not set securityContext.readOnlyRootFilesystem to true", cv->name);
}

/* SC006 */
CHECK(drop_all)
{
	const struct container_view *cv = target;
	if (windows_pod(cv->pod))
		return;
	const struct obj *caps = o_get(container_sc(cv), "capabilities");
	const struct obj *drop = o_get(caps, "drop");
	if (drops_all(drop))
		return;
	lint_report(cx, drop ? drop : caps ? caps : container_anchor(cv), NULL,
		    cptr(cx, cv, "/securityContext/capabilities/drop"),
		    drop ? "container '%s' does not drop ALL capabilities: securityContext.capabilities.drop lacks ALL"
			 : "container '%s' does not drop ALL capabilities (no securityContext.capabilities.drop)",
		    cv->name);
}

/* SC007: added capabilities outside the allowed list (parameter `allowed`,
 * default the restricted profile's NET_BIND_SERVICE); the escape primitives
 * are reported whatever the list says. */
CHECK(capabilities_add)
{
	const struct container_view *cv = target;
	static const char *const escape[] = {"SYS_ADMIN", "NET_ADMIN", "ALL", "BPF", "SYS_PTRACE"};
	static const char *const dflt[] = {"NET_BIND_SERVICE"};
	const struct obj *add = o_get(o_get(container_sc(cv), "capabilities"), "add");
	if (!add || add->kind != OBJ_SEQ)
		return;
	const struct obj *allowed = lint_param(cx, "allowed");
	if (allowed && allowed->kind != OBJ_SEQ)
		allowed = NULL;
	for (uint32_t i = 0; i < add->seq.len; i++) {
		const struct obj *cap = add->seq.items[i];
		if (cap->kind != OBJ_STR)
			continue;
		const char *ptr = cptr(cx, cv, lint_printf(cx->run, "/securityContext/capabilities/add/%u", i));
		bool bad = false;
		for (size_t k = 0; k < KPC_ARRAY_LEN(escape); k++)
			bad |= cap_is(cap, escape[k]);
		if (bad) {
			lint_report(cx, cap, NULL, ptr, "container '%s' adds %s%s, which lets a process escape the container",
				    cv->name, cap_is(cap, "ALL") ? "ALL capabilities" : "the capability ",
				    cap_is(cap, "ALL") ? "" : text_of(cx, cap));
			continue;
		}
		bool ok = false;
		if (allowed) {
			for (uint32_t k = 0; k < allowed->seq.len; k++) {
				ok |= cap_same(cap, allowed->seq.items[k]);
			}
		} else {
			for (size_t k = 0; k < KPC_ARRAY_LEN(dflt); k++)
				ok |= cap_is(cap, dflt[k]);
		}
		if (ok)
			continue;
		struct buf list = {0};
		if (allowed) {
			for (uint32_t k = 0; k < allowed->seq.len; k++)
				if (allowed->seq.items[k]->kind == OBJ_STR)
					buf_printf(&list, "%s%.*s", list.len ? ", " : "", (int)allowed->seq.items[k]->s.len,
						   allowed->seq.items[k]->s.p);
		} else {
			buf_puts(&list, dflt[0]);
		}
		if (list.len)
			lint_report(cx, cap, NULL, ptr, "container '%s' adds the capability %s, which is not in the allowed list (%s)",
				    cv->name, text_of(cx, cap), buf_cstr(&list));
		else
			lint_report(cx, cap, NULL, ptr, "container '%s' adds the capability %s; the policy allows none", cv->name,
				    text_of(cx, cap));
		buf_free(&list);
	}
}

/* ---- SC008-SC009: seccomp ------------------------------------------------ */

static const char *const seccomp_pod_annotation = "seccomp.security.alpha.kubernetes.io/pod";
static const char *const seccomp_container_annotation = "container.seccomp.security.alpha.kubernetes.io/";

static void seccomp_unconfined_container(struct lint_ctx *cx, const struct container_view *cv)
{
	const struct obj *t = o_get(o_get(container_sc(cv), "seccompProfile"), "type");
	if (str_is(t, "Unconfined"))
		lint_report(cx, t, NULL, cptr(cx, cv, "/securityContext/seccompProfile/type"),
			    "container '%s' runs without seccomp: securityContext.seccompProfile.type is Unconfined", cv->name);
}

/* SC008: Unconfined wherever it is written, and the deprecated annotations. */
CHECK(seccomp_unconfined)
{
	const struct pod_view *pv = target;
	const struct obj *t = o_get(o_get(pod_sc(pv), "seccompProfile"), "type");
	if (str_is(t, "Unconfined"))
		lint_report(cx, t, NULL, pptr(cx, pv, "/securityContext/seccompProfile/type"),
			    "the pod runs without seccomp: securityContext.seccompProfile.type is Unconfined");
	const struct obj *ann = o_get(pv->meta, "annotations");
	for (uint32_t i = 0; ann && ann->kind == OBJ_MAP && i < ann->map.len; i++) {
		struct sv k = ann->map.items[i].key;
		const struct obj *v = ann->map.items[i].val;
		if (!str_is(v, "unconfined"))
			continue;
		if (sv_eqc(k, seccomp_pod_annotation))
			lint_report(cx, v, NULL, annotation_ptr(cx, pv, k),
				    "the pod asks for no seccomp filtering (annotation %s: unconfined)", seccomp_pod_annotation);
		else if (sv_starts(k, seccomp_container_annotation))
			lint_report(cx, v, NULL, annotation_ptr(cx, pv, k),
				    "container '%.*s' asks for no seccomp filtering (annotation %.*s: unconfined)",
				    (int)(k.len - strlen(seccomp_container_annotation)), k.p + strlen(seccomp_container_annotation),
				    (int)k.len, k.p);
	}
	each_container(cx, seccomp_unconfined_container);
}

/* Before Kubernetes 1.27 the kubelet still honoured the seccomp annotations. */
static bool seccomp_annotation_ok(const struct obj *v)
{
	return v && v->kind == OBJ_STR &&
	       (sv_eqc(v->s, "runtime/default") || sv_eqc(v->s, "docker/default") || sv_starts(v->s, "localhost/"));
}

static void seccomp_set_container(struct lint_ctx *cx, const struct container_view *cv)
{
	const struct obj *prof = effective_sc(cv, "seccompProfile");
	const struct obj *t = o_get(prof, "type");
	if (str_is(t, "RuntimeDefault") || str_is(t, "Localhost") || str_is(t, "Unconfined") /* SC008 */)
		return;
	const char *ptr = cptr(cx, cv, "/securityContext/seccompProfile/type");
	if (t && t->kind != OBJ_NULL) {
		lint_report(cx, t, NULL, ptr, "container '%s' has the seccomp profile type '%s'; use RuntimeDefault or Localhost",
			    cv->name, text_of(cx, t));
		return;
	}
	if (prof && prof->kind != OBJ_NULL) {
		/* the container's own profile replaces the pod's, even without a type */
		if (prof == o_get(container_sc(cv), "seccompProfile"))
			lint_report(cx, prof, NULL, ptr, "container '%s' sets securityContext.seccompProfile without a type", cv->name);
		else
			lint_report(cx, prof, NULL, ptr, "container '%s' inherits a seccompProfile without a type from the pod", cv->name);
		return;
	}
	const struct obj *ann = o_get(cv->pod->meta, "annotations");
	const struct obj *a = o_get(ann, lint_printf(cx->run, "%s%s", seccomp_container_annotation, cv->name));
	if (!a)
		a = o_get(ann, seccomp_pod_annotation);
	if (cx->run->cfg->k8s_minor < 27 && (seccomp_annotation_ok(a) || str_is(a, "unconfined") /* SC008 */))
		return;
	if (seccomp_annotation_ok(a))
		lint_report(cx, container_anchor(cv), NULL, ptr,
			    "container '%s' has no seccompProfile; the seccomp annotation is ignored since Kubernetes 1.27",
			    cv->name);
	else
		lint_report(cx, container_anchor(cv), NULL, ptr,
			    "container '%s' has no seccomp profile: neither it nor the pod sets seccompProfile.type", cv->name);
}

/* SC009: the effective profile is RuntimeDefault or Localhost. */
CHECK(seccomp_unset)
{
	const struct pod_view *pv = target;
	if (windows_pod(pv))
		return;
	each_container(cx, seccomp_set_container);
}

/* ---- SC010-SC015: the host ----------------------------------------------- */

static void host_namespace(struct lint_ctx *cx, const struct pod_view *pv, const char *field, const char *what)
{
	const struct obj *v = o_get(pv->spec, field);
	if (o_is_true(v))
		lint_report(cx, v, NULL, pptr(cx, pv, lint_printf(cx->run, "/%s", field)),
			    "the pod shares the host's %s namespace (spec.%s: true)", what, field);
}

/* SC010 */
CHECK(host_network)
{
	host_namespace(cx, target, "hostNetwork", "network");
}

/* SC011 */
CHECK(host_pid)
{
	host_namespace(cx, target, "hostPID", "PID");
}

/* SC012 */
CHECK(host_ipc)
{
	host_namespace(cx, target, "hostIPC", "IPC");
}

/* SC013 */
CHECK(host_port)
{
	const struct container_view *cv = target;
	const struct obj *ports = o_get(cv->c, "ports");
	for (uint32_t i = 0; ports && ports->kind == OBJ_SEQ && i < ports->seq.len; i++) {
		const struct obj *hp = o_get(ports->seq.items[i], "hostPort");
		int64_t n;
		if (!hp || (o_int(hp, &n) && n == 0) || hp->kind == OBJ_NULL)
			continue;
		lint_report(cx, hp, NULL, cptr(cx, cv, lint_printf(cx->run, "/ports/%u/hostPort", i)),
			    "container '%s' binds host port %s", cv->name, text_of(cx, hp));
	}
}

static const char *volume_name(struct lint_ctx *cx, const struct obj *vol, uint32_t i)
{
	const char *n = o_str(o_get(vol, "name"));
	return n ? n : lint_printf(cx->run, "#%u", i);
}

/* SC014 */
CHECK(host_path)
{
	const struct pod_view *pv = target;
	const struct obj *vols = o_get(pv->spec, "volumes");
	for (uint32_t i = 0; vols && vols->kind == OBJ_SEQ && i < vols->seq.len; i++) {
		const struct obj *hp = o_get(vols->seq.items[i], "hostPath");
		if (!hp || hp->kind == OBJ_NULL)
			continue;
		const char *path = o_str(o_get(hp, "path"));
		lint_report(cx, hp, NULL, pptr(cx, pv, lint_printf(cx->run, "/volumes/%u/hostPath", i)),
			    path ? "volume '%s' mounts the node's directory '%s' (hostPath)" : "volume '%s' is a hostPath volume%s",
			    volume_name(cx, vols->seq.items[i], i), path ? path : "");
	}
}

/* Normalises a host path lexically ("//etc/./x/../" → "/etc") and maps
 * /var/run, a symlink to /run on every distribution, to /run. */
static char *normal_path(struct lint_ctx *cx, const char *p, size_t n, bool *var_run)
{
	char *out = arena_alloc(cx->run->arena, n + 2);
	size_t len = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && p[i] == '/')
			i++;
		size_t s = i;
		while (i < n && p[i] != '/')
			i++;
		size_t sl = i - s;
		if (sl == 0 || (sl == 1 && p[s] == '.'))
			continue;
		if (sl == 2 && p[s] == '.' && p[s + 1] == '.') {
			while (len > 0 && out[len - 1] != '/')
				len--;
			if (len > 0)
				len--;
			continue;
		}
		out[len++] = '/';
		memcpy(out + len, p + s, sl);
		len += sl;
	}
	if (len == 0)
		out[len++] = '/';
	out[len] = 0;
	*var_run = !strncmp(out, "/var/run", 8) && (out[8] == '/' || out[8] == 0);
	if (*var_run)
		memmove(out, out + 4, len - 4 + 1);
	return out;
}

static const char *const sensitive_paths[] = {
	"/etc", "/proc", "/sys", "/dev", "/boot", "/var/lib/kubelet",
	"/run/docker.sock", "/run/containerd/containerd.sock", "/run/crio/crio.sock",
};

static bool is_socket_path(const char *p)
{
	size_t n = strlen(p);
	return n > 5 && !strcmp(p + n - 5, ".sock");
}

/* The sensitive path that `p` (normalised) is, is under, or contains; NULL
 * when it is none of these. */
static const char *sensitive_match(const char *p, bool *contains)
{
	*contains = false;
	if (!strcmp(p, "/"))
		return "/";
	size_t n = strlen(p);
	for (size_t i = 0; i < KPC_ARRAY_LEN(sensitive_paths); i++) {
		const char *s = sensitive_paths[i];
		size_t sl = strlen(s);
		if (!strncmp(p, s, sl) && (p[sl] == 0 || p[sl] == '/'))
			return s;
	}
	for (size_t i = 0; i < KPC_ARRAY_LEN(sensitive_paths); i++) {
		const char *s = sensitive_paths[i];
		if (!strncmp(s, p, n) && s[n] == '/') {
			*contains = true;
			return s;
		}
	}
	return NULL;
}

/* The first container that mounts volume `name` without readOnly: true. */
static const char *writable_mount(struct lint_ctx *cx, const struct pod_view *pv, const char *name)
{
	static const char *const lists[] = {"initContainers", "containers", "ephemeralContainers"};
	for (int l = 0; l < 3; l++) {
		const struct obj *seq = o_get(pv->spec, lists[l]);
		for (uint32_t i = 0; seq && seq->kind == OBJ_SEQ && i < seq->seq.len; i++) {
			const struct obj *mounts = o_get(seq->seq.items[i], "volumeMounts");
			for (uint32_t j = 0; mounts && mounts->kind == OBJ_SEQ && j < mounts->seq.len; j++) {
				const struct obj *m = mounts->seq.items[j];
				if (str_is(o_get(m, "name"), name) && !o_is_true(o_get(m, "readOnly"))) {
					const char *cn = o_str(o_get(seq->seq.items[i], "name"));
					return cn ? cn : lint_printf(cx->run, "#%u", i);
				}
			}
		}
	}
	return NULL;
}

/* SC015 */
CHECK(host_path_sensitive)
{
	const struct pod_view *pv = target;
	const struct obj *vols = o_get(pv->spec, "volumes");
	for (uint32_t i = 0; vols && vols->kind == OBJ_SEQ && i < vols->seq.len; i++) {
		const struct obj *vol = vols->seq.items[i];
		const struct obj *path = o_get(o_get(vol, "hostPath"), "path");
		if (!path || path->kind != OBJ_STR)
			continue;
		bool var_run, contains;
		char *norm = normal_path(cx, path->s.p, path->s.len, &var_run);
		const char *hit = sensitive_match(norm, &contains);
		if (!hit)
			continue;
		if (var_run && !strncmp(hit, "/run/", 5)) /* say it the way it was written */
			hit = lint_printf(cx->run, "/var%s", hit);
		const char *vname = volume_name(cx, vol, i);
		const char *ptr = pptr(cx, pv, lint_printf(cx->run, "/volumes/%u/hostPath/path", i));
		const char *p = text_of(cx, path);
		const char *also = contains ? lint_printf(cx->run, ", which contains %s", hit) : "";
		if (is_socket_path(hit)) {
			lint_report(cx, path, NULL, ptr,
				    "volume '%s' mounts the host path '%s'%s: the container runtime's socket controls every "
				    "container on the node",
				    vname, p, also);
			continue;
		}
		const char *rw = vol->kind == OBJ_MAP ? writable_mount(cx, pv, vname) : NULL;
		if (rw)
			lint_report(cx, path, NULL, ptr,
				    "volume '%s' mounts the sensitive host path '%s'%s read-write (container '%s' mounts it without "
				    "readOnly: true): a container escape",
				    vname, p, also, rw);
		else
			lint_report(cx, path, NULL, ptr, "volume '%s' mounts the sensitive host path '%s'%s", vname, p, also);
	}
}

/* ---- SC016-SC019: kernel interfaces and MAC ------------------------------ */

/* SC016 */
CHECK(proc_mount)
{
	const struct container_view *cv = target;
	const struct obj *pm = o_get(container_sc(cv), "procMount");
	if (!pm || pm->kind == OBJ_NULL || str_is(pm, "Default"))
		return;
	lint_report(cx, pm, NULL, cptr(cx, cv, "/securityContext/procMount"),
		    "container '%s' sets securityContext.procMount to %s; only Default keeps /proc masked", cv->name,
		    text_of(cx, pm));
}

/* SC017: the PSS baseline's safe sysctls, with the version that added each. */
CHECK(unsafe_sysctls)
{
	const struct pod_view *pv = target;
	static const struct {
		const char *name;
		int since; /* Kubernetes 1.<since> */
	} safe[] = {
		{"kernel.shm_rmid_forced", 0},	       {"net.ipv4.ip_local_port_range", 0},
		{"net.ipv4.ip_unprivileged_port_start", 0}, {"net.ipv4.tcp_syncookies", 0},
		{"net.ipv4.ping_group_range", 0},	       {"net.ipv4.ip_local_reserved_ports", 27},
		{"net.ipv4.tcp_keepalive_time", 29},	       {"net.ipv4.tcp_fin_timeout", 29},
		{"net.ipv4.tcp_keepalive_intvl", 29},	       {"net.ipv4.tcp_keepalive_probes", 29},
	};
	const struct obj *sysctls = o_get(pod_sc(pv), "sysctls");
	for (uint32_t i = 0; sysctls && sysctls->kind == OBJ_SEQ && i < sysctls->seq.len; i++) {
		const struct obj *name = o_get(sysctls->seq.items[i], "name");
		if (!name || name->kind != OBJ_STR)
			continue;
		/* the kubelet accepts "/" as the separator too */
		char *dotted = arena_strndup(cx->run->arena, name->s.p, name->s.len);
		for (char *c = dotted; *c; c++)
			if (*c == '/')
				*c = '.';
		const char *ptr = pptr(cx, pv, lint_printf(cx->run, "/securityContext/sysctls/%u/name", i));
		size_t k = 0;
		while (k < KPC_ARRAY_LEN(safe) && strcmp(safe[k].name, dotted))
			k++;
		if (k == KPC_ARRAY_LEN(safe))
			lint_report(cx, name, NULL, ptr, "sysctl '%s' is not in the safe set; it is not isolated from the node",
				    text_of(cx, name));
		else if (safe[k].since > cx->run->cfg->k8s_minor)
			lint_report(cx, name, NULL, ptr, "sysctl '%s' is in the safe set only from Kubernetes 1.%d (target 1.%d)",
				    text_of(cx, name), safe[k].since, cx->run->cfg->k8s_minor);
	}
}

/* SC018: seLinuxOptions.type among the container types; no user or role. */
static void selinux_check(struct lint_ctx *cx, const struct obj *opts, const struct pod_view *pv, const struct container_view *cv)
{
	if (!opts || opts->kind != OBJ_MAP)
		return;
	const struct obj *t = o_get(opts, "type");
	bool engine_ok = cx->run->cfg->k8s_minor >= 31; /* container_engine_t: PSS from 1.31 */
	if (t && t->kind == OBJ_STR && t->s.len && !str_is(t, "container_t") && !str_is(t, "container_init_t") &&
	    !str_is(t, "container_kvm_t") && !(str_is(t, "container_engine_t") && engine_ok))
		lint_report(cx, t, NULL, sc_ptr(cx, pv, cv, "/securityContext/seLinuxOptions/type"), "%s sets the SELinux type '%s'; %s",
			    sc_who(cx, cv),
			    text_of(cx, t),
			    engine_ok ? "only container_t, container_init_t, container_kvm_t and container_engine_t keep it confined"
				      : "only container_t, container_init_t and container_kvm_t keep it confined (container_engine_t "
					"from Kubernetes 1.31)");
	static const char *const fields[] = {"user", "role"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(fields); i++) {
		const struct obj *v = o_get(opts, fields[i]);
		if (v && v->kind != OBJ_NULL && !(v->kind == OBJ_STR && v->s.len == 0))
			lint_report(cx, v, NULL, sc_ptr(cx, pv, cv, lint_printf(cx->run, "/securityContext/seLinuxOptions/%s", fields[i])),
				    "%s sets the SELinux %s '%s'", sc_who(cx, cv), fields[i], text_of(cx, v));
	}
}

static void selinux_container(struct lint_ctx *cx, const struct container_view *cv)
{
	selinux_check(cx, o_get(container_sc(cv), "seLinuxOptions"), cv->pod, cv);
}

CHECK(selinux)
{
	const struct pod_view *pv = target;
	selinux_check(cx, o_get(pod_sc(pv), "seLinuxOptions"), pv, NULL);
	each_container(cx, selinux_container);
}

/* SC019: appArmorProfile.type Unconfined (or not a valid type), and the
 * beta annotation with anything but runtime/default or localhost/<name>. */
static void apparmor_check(struct lint_ctx *cx, const struct obj *sc, const struct pod_view *pv, const struct container_view *cv)
{
	const struct obj *t = o_get(o_get(sc, "appArmorProfile"), "type");
	if (!t || t->kind == OBJ_NULL || str_is(t, "RuntimeDefault") || str_is(t, "Localhost"))
		return;
	const char *ptr = sc_ptr(cx, pv, cv, "/securityContext/appArmorProfile/type");
	if (str_is(t, "Unconfined"))
		lint_report(cx, t, NULL, ptr, "%s runs without AppArmor: appArmorProfile.type is Unconfined", sc_who(cx, cv));
	else
		lint_report(cx, t, NULL, ptr, "%s sets appArmorProfile.type to '%s'; use RuntimeDefault or Localhost",
			    sc_who(cx, cv), text_of(cx, t));
}

static void apparmor_container(struct lint_ctx *cx, const struct container_view *cv)
{
	apparmor_check(cx, container_sc(cv), cv->pod, cv);
}

CHECK(apparmor)
{
	const struct pod_view *pv = target;
	static const char *const prefix = "container.apparmor.security.beta.kubernetes.io/";
	apparmor_check(cx, pod_sc(pv), pv, NULL);
	const struct obj *ann = o_get(pv->meta, "annotations");
	for (uint32_t i = 0; ann && ann->kind == OBJ_MAP && i < ann->map.len; i++) {
		struct sv k = ann->map.items[i].key;
		const struct obj *v = ann->map.items[i].val;
		if (!sv_starts(k, prefix) || !v || v->kind != OBJ_STR || sv_eqc(v->s, "runtime/default") ||
		    sv_starts(v->s, "localhost/"))
			continue;
		int cl = (int)(k.len - strlen(prefix));
		const char *cn = k.p + strlen(prefix);
		if (sv_eqc(v->s, "unconfined"))
			lint_report(cx, v, NULL, annotation_ptr(cx, pv, k),
				    "container '%.*s' runs without AppArmor (annotation %.*s: unconfined)", cl, cn, (int)k.len, k.p);
		else
			lint_report(cx, v, NULL, annotation_ptr(cx, pv, k),
				    "container '%.*s' asks for the AppArmor profile '%s'; use runtime/default or localhost/<profile>",
				    cl, cn, text_of(cx, v));
	}
	each_container(cx, apparmor_container);
}

/* ---- SC020: secrets in env ----------------------------------------------- */

/* The default name test: one of the words, in any case, '-' read as '_',
 * except names that say they hold a reference to a secret rather than the
 * secret itself (DB_PASSWORD_FILE, SECRET_NAME, TOKEN_URL...). */
static bool secret_like_name(const char *p, size_t n)
{
	static const char *const words[] = {"password", "passwd", "secret", "token", "api_key", "apikey", "private_key",
					    "credentials"};
	static const char *const not_secret[] = {"_file", "_path", "_dir", "_url", "_uri", "_endpoint", "_name", "_ref",
						 "_ttl", "_timeout", "_expiry", "_length", "_type", "_header", "_enabled"};
	char low[256];
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = p[i] == '-' ? '_' : lower(p[i]);
	low[n] = 0;
	bool hit = false;
	for (size_t i = 0; i < KPC_ARRAY_LEN(words) && !hit; i++)
		hit = strstr(low, words[i]) != NULL;
	if (!hit)
		return false;
	for (size_t i = 0; i < KPC_ARRAY_LEN(not_secret); i++) {
		size_t l = strlen(not_secret[i]);
		if (n > l && !strcmp(low + n - l, not_secret[i]))
			return false;
	}
	return true;
}

/* Values that cannot be a credential: only $(VAR) references, a boolean, or
 * an absolute path (GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json). */
static bool harmless_value(struct sv v)
{
	if (sv_eqc(v, "true") || sv_eqc(v, "false"))
		return true;
	if (v.len > 1 && v.p[0] == '/' && !memchr(v.p, ' ', v.len))
		return true;
	size_t i = 0;
	while (i < v.len) {
		if (v.len - i < 4 || v.p[i] != '$' || v.p[i + 1] != '(')
			return false;
		const char *close = memchr(v.p + i, ')', v.len - i);
		if (!close)
			return false;
		i = (size_t)(close - v.p) + 1;
	}
	return v.len > 0;
}

CHECK(secret_in_env)
{
	const struct container_view *cv = target;
	const struct obj *env = o_get(cv->c, "env");
	const struct regex *pattern = lint_param_regex(cx, "namePattern");
	for (uint32_t i = 0; env && env->kind == OBJ_SEQ && i < env->seq.len; i++) {
		const struct obj *e = env->seq.items[i];
		const struct obj *name = o_get(e, "name");
		const struct obj *value = o_get(e, "value");
		if (!name || name->kind != OBJ_STR || !value)
			continue;
		if (value->kind == OBJ_STR ? value->s.len == 0 || harmless_value(value->s) : value->kind != OBJ_INT)
			continue;
		if (pattern ? !regex_match(pattern, name->s.p, name->s.len) : !secret_like_name(name->s.p, name->s.len))
			continue;
		lint_report(cx, value, NULL, cptr(cx, cv, lint_printf(cx->run, "/env/%u/value", i)),
			    "container '%s' sets the env var %s, named like a credential, to a literal value", cv->name,
			    text_of(cx, name));
	}
}

/* ---- SC021-SC024 --------------------------------------------------------- */

static void host_process_container(struct lint_ctx *cx, const struct container_view *cv)
{
	const struct obj *hp = o_get(o_get(container_sc(cv), "windowsOptions"), "hostProcess");
	if (o_is_true(hp))
		lint_report(cx, hp, NULL, cptr(cx, cv, "/securityContext/windowsOptions/hostProcess"),
			    "container '%s' is a Windows HostProcess container (windowsOptions.hostProcess: true)", cv->name);
}

/* SC021 */
CHECK(host_process)
{
	const struct pod_view *pv = target;
	const struct obj *hp = o_get(o_get(pod_sc(pv), "windowsOptions"), "hostProcess");
	if (o_is_true(hp))
		lint_report(cx, hp, NULL, pptr(cx, pv, "/securityContext/windowsOptions/hostProcess"),
			    "the pod runs Windows HostProcess containers (securityContext.windowsOptions.hostProcess: true)");
	each_container(cx, host_process_container);
}

/* SC022 */
CHECK(volume_types)
{
	const struct pod_view *pv = target;
	static const char *const allowed[] = {"configMap", "csi",		    "downwardAPI", "emptyDir",
					      "ephemeral", "persistentVolumeClaim", "projected",   "secret"};
	const struct obj *vols = o_get(pv->spec, "volumes");
	for (uint32_t i = 0; vols && vols->kind == OBJ_SEQ && i < vols->seq.len; i++) {
		const struct obj *vol = vols->seq.items[i];
		if (vol->kind != OBJ_MAP)
			continue;
		for (uint32_t k = 0; k < vol->map.len; k++) {
			struct sv key = vol->map.items[k].key;
			const struct obj *src = vol->map.items[k].val;
			if (sv_eqc(key, "name") || !src || src->kind == OBJ_NULL)
				continue;
			size_t a = 0;
			while (a < KPC_ARRAY_LEN(allowed) && !sv_eqc(key, allowed[a]))
				a++;
			if (a < KPC_ARRAY_LEN(allowed))
				continue;
			lint_report(cx, src, NULL, pptr(cx, pv, lint_printf(cx->run, "/volumes/%u/%.*s", i, (int)key.len, key.p)),
				    "volume '%s' has the type %.*s; the restricted profile allows only configMap, csi, downwardAPI, "
				    "emptyDir, ephemeral, persistentVolumeClaim, projected and secret",
				    volume_name(cx, vol, i), (int)key.len, key.p);
		}
	}
}

/* SC023: the token is mounted by default; an explicit `true` is the pod
 * saying it calls the API (the least-privilege pattern is false on the
 * ServiceAccount and true on the pods that need it), so only the default is
 * reported. */
CHECK(automount_token)
{
	const struct pod_view *pv = target;
	const struct obj *am = o_get(pv->spec, "automountServiceAccountToken");
	if (am && am->kind != OBJ_NULL)
		return;
	lint_report(cx, pv->spec, NULL, pptr(cx, pv, "/automountServiceAccountToken"),
		    "the pod mounts a service account token by default: spec.automountServiceAccountToken is not set");
}

/* SC024: serviceAccountName (or the deprecated serviceAccount) unset or
 * "default". */
CHECK(default_service_account)
{
	const struct pod_view *pv = target;
	const struct obj *sa = o_get(pv->spec, "serviceAccountName");
	const char *ptr = pptr(cx, pv, "/serviceAccountName");
	if (!sa || sa->kind == OBJ_NULL || (sa->kind == OBJ_STR && sa->s.len == 0)) {
		const struct obj *old = o_get(pv->spec, "serviceAccount");
		if (old && old->kind == OBJ_STR && old->s.len) {
			sa = old;
			ptr = pptr(cx, pv, "/serviceAccount");
		}
	}
	if (!sa || sa->kind == OBJ_NULL || (sa->kind == OBJ_STR && sa->s.len == 0))
		lint_report(cx, pv->spec, NULL, ptr, "the pod runs as the namespace's default service account (no serviceAccountName)");
	else if (str_is(sa, "default"))
		lint_report(cx, sa, NULL, ptr, "the pod runs as the namespace's default service account (%s: default)",
			    strrchr(ptr, '/') + 1);
}

/* ---- the table ----------------------------------------------------------- */

#define ALL_CORE (PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL)

const struct rule rules_sc[] = {
	{"SC001", "privileged-container", "security", LINT_ERROR, ALL_CORE, SCOPE_CONTAINER, privileged, 0,
	 "Containers do not run privileged",
	 "A privileged container has every capability and the host's devices, without seccomp or AppArmor confinement: "
	 "it has full access to the host (PSS baseline \"Privileged Containers\").",
	 "remove securityContext.privileged and add back only the capabilities the container needs",
	 "KL privileged-container; KS …-privileged; PO runAsPrivileged; CK CKV_K8S_16; KSc C-0057", NULL},
	{"SC002", "allow-privilege-escalation", "security", LINT_ERROR, ALL_CORE, SCOPE_CONTAINER, privilege_escalation, 0,
	 "Containers set allowPrivilegeEscalation: false",
	 "allowPrivilegeEscalation must be explicitly false (it defaults to true): setuid binaries and file capabilities "
	 "can otherwise gain privileges. privileged: true and CAP_SYS_ADMIN always allow escalation (PSS restricted "
	 "\"Privilege Escalation\"; not required of Windows pods).",
	 "set securityContext.allowPrivilegeEscalation: false on every container",
	 "KL privilege-escalation-container; PO privilegeEscalationAllowed; CK CKV_K8S_20; KSc C-0016", NULL},
	{"SC003", "run-as-non-root", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, run_as_non_root, 0,
	 "Containers run as a non-root user",
	 "Every container's effective (container, else pod) runAsNonRoot is true or its runAsUser is above 0, and "
	 "runAsUser: 0 is written nowhere; root in a container is root on the node's kernel (PSS restricted \"Running "
	 "as Non-root\", \"Running as Non-root user\").",
	 "set runAsNonRoot: true and a non-zero runAsUser in the pod's securityContext",
	 "KL run-as-non-root; PO runAsRootAllowed; CK CKV_K8S_23; KSc C-0013", NULL},
	{"SC004", "run-as-root-group", "security", LINT_WARNING, PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_POD, root_group, 0,
	 "No container runs with the root group",
	 "runAsGroup, fsGroup or a supplemental group 0 gives the processes the root group's access to files owned by "
	 "it, on volumes and in the image.",
	 "set runAsGroup and fsGroup to a non-zero GID and remove 0 from supplementalGroups",
	 "KL run-as-non-root (group part); KSc C-0013; DT …RUNASGROUP_VALUE_LOWGID", NULL},
	{"SC005", "read-only-root-fs", "security", LINT_WARNING, ALL_CORE, SCOPE_CONTAINER, read_only_root_fs, 0,
	 "Containers mount their root filesystem read-only",
	 "An immutable root filesystem stops an attacker from dropping tools or changing binaries; the paths a "
	 "container writes go on emptyDir volumes. Every container is checked, init and ephemeral ones included.",
	 "set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the container writes",
	 "KL no-read-only-root-fs; KS …readonlyrootfilesystem; PO notReadOnlyRootFilesystem; CK CKV_K8S_22; KSc C-0017",
	 NULL},
	{"SC006", "capabilities-drop-all", "security", LINT_WARNING, ALL_CORE, SCOPE_CONTAINER, drop_all, 0,
	 "Containers drop ALL capabilities",
	 "The runtime's default capability set (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID...) is more than most processes "
	 "need; drop ALL and add back only what is needed (PSS restricted \"Capabilities\"; not required of Windows pods).",
	 "add ALL to securityContext.capabilities.drop and add back only the capabilities the container needs",
	 "PO insecureCapabilities; KL drop-net-raw-capability; CK CKV_K8S_28/37", NULL},
	{"SC007", "capabilities-add-disallowed", "security", LINT_ERROR, ALL_CORE, SCOPE_CONTAINER, capabilities_add, 0,
	 "Containers add no capability outside the allowed list",
	 "Added capabilities must stay within the allowed list: by default the restricted profile's NET_BIND_SERVICE; "
	 "the parameter `allowed` can give the PSS baseline list (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, "
	 "KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). SYS_ADMIN, NET_ADMIN, ALL, BPF "
	 "and SYS_PTRACE are escape primitives and are reported whatever the list says.",
	 "remove the capability from securityContext.capabilities.add, or allow it in the pack's `allowed` parameter",
	 "PO dangerousCapabilities; CK CKV_K8S_24/25/39; KSc C-0046; PSS baseline \"Capabilities\"", "allowed:list"},
	{"SC008", "seccomp-unconfined", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, seccomp_unconfined, 0,
	 "No pod or container sets seccomp to Unconfined",
	 "seccompProfile.type Unconfined (or the deprecated annotation value unconfined) turns syscall filtering off; "
	 "it is reported where it is written, at the pod or the container (PSS baseline \"Seccomp\").",
	 "set seccompProfile.type to RuntimeDefault (or Localhost with a profile)",
	 "DT CONTAINERS_INCORRECT_SECCOMP_PROFILE; CK CKV_K8S_31", NULL},
	{"SC009", "seccomp-unset", "security", LINT_WARNING, ALL_CORE, SCOPE_POD, seccomp_unset, 0,
	 "Every container runs with a RuntimeDefault or Localhost seccomp profile",
	 "Without a profile the runtime runs the container unconfined; the effective seccompProfile (container, else "
	 "pod) must be RuntimeDefault or Localhost. The seccomp annotations count only before Kubernetes 1.27 (PSS "
	 "restricted \"Seccomp\"; not required of Windows pods).",
	 "set spec.securityContext.seccompProfile.type: RuntimeDefault in the pod",
	 "KS container-seccomp-profile (opt); PO linuxHardening; CK CKV_K8S_32", NULL},
	{"SC010", "host-network", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, host_network, 0,
	 "Pods do not use the host's network namespace",
	 "The host network namespace exposes the node's interfaces and the services listening on its loopback, and "
	 "bypasses NetworkPolicy (PSS baseline \"Host Namespaces\").",
	 "remove spec.hostNetwork and expose the pod through a Service",
	 "KL host-network; PO hostNetworkSet; CK CKV_K8S_19; KSc C-0041", NULL},
	{"SC011", "host-pid", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, host_pid, 0,
	 "Pods do not use the host's PID namespace",
	 "The host PID namespace lets the pod see, signal and inspect (/proc/<pid>/environ) every process on the node "
	 "(PSS baseline \"Host Namespaces\").",
	 "remove spec.hostPID", "KL host-pid; PO hostPIDSet; CK CKV_K8S_17; KSc C-0038", NULL},
	{"SC012", "host-ipc", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, host_ipc, 0,
	 "Pods do not use the host's IPC namespace",
	 "The host IPC namespace shares System V shared memory and semaphores with the node's processes (PSS baseline "
	 "\"Host Namespaces\").",
	 "remove spec.hostIPC", "KL host-ipc; PO hostIPCSet; CK CKV_K8S_18; KSc C-0038", NULL},
	{"SC013", "host-port", "security", LINT_WARNING, ALL_CORE, SCOPE_CONTAINER, host_port, 0,
	 "Containers do not bind host ports",
	 "A hostPort opens the port on the node's address, bypassing Services and NetworkPolicy, and allows one such "
	 "pod per node (PSS baseline \"Host Ports\").",
	 "remove hostPort and expose the port through a Service", "PO hostPortSet; CK CKV_K8S_26; KSc C-0044", NULL},
	{"SC014", "host-path", "security", LINT_WARNING, ALL_CORE, SCOPE_POD, host_path, 0,
	 "Pods do not mount hostPath volumes",
	 "hostPath volumes couple the pod to one node's filesystem and give it access to the node's files (PSS baseline "
	 "\"HostPath Volumes\").",
	 "use an emptyDir, a PersistentVolumeClaim or a CSI volume instead of hostPath",
	 "PO hostPathSet; KSc C-0048; DT CONTAINERS_INCORRECT_KEY_HOSTPATH", NULL},
	{"SC015", "host-path-sensitive", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, host_path_sensitive, 0,
	 "No hostPath volume mounts a sensitive host path",
	 "Mounting /, /etc, /proc, /sys, /dev, /boot, /var/lib/kubelet or the docker, containerd or CRI-O socket (a path "
	 "under one of them, or a directory that contains one) is a container escape; read-write is worse, and a "
	 "runtime socket is as bad read-only.",
	 "do not mount the node's system paths or runtime sockets; if one is unavoidable, mount it readOnly and waive "
	 "the finding with a reason",
	 "KL sensitive-host-mounts, docker-sock, writable-host-mount; CK CKV_K8S_27; KSc C-0045/C-0074", NULL},
	{"SC016", "proc-mount-unmasked", "security", LINT_ERROR, ALL_CORE, SCOPE_CONTAINER, proc_mount, 0,
	 "Containers keep the default masked /proc",
	 "procMount: Unmasked exposes the kernel interfaces under /proc that the runtime masks (PSS baseline \"/proc "
	 "Mount Type\").",
	 "remove securityContext.procMount (or set it to Default)", "KL unsafe-proc-mount; PO procMount", NULL},
	{"SC017", "unsafe-sysctls", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, unsafe_sysctls, 0,
	 "Pods set only the safe sysctls",
	 "Only the PSS \"safe\" sysctls (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, "
	 "ip_unprivileged_port_start, tcp_syncookies, ping_group_range, ip_local_reserved_ports, tcp_keepalive_time, "
	 "tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes) are namespaced and isolated; others affect the "
	 "node (PSS baseline \"Sysctls\").",
	 "remove the sysctl from spec.securityContext.sysctls", "KL unsafe-sysctls; Kyverno restrict-sysctls", NULL},
	{"SC018", "selinux-override", "security", LINT_WARNING, ALL_CORE, SCOPE_POD, selinux, 0,
	 "SELinux options stay within the container types",
	 "An SELinux type other than container_t, container_init_t, container_kvm_t or container_engine_t, or any user "
	 "or role, can lift the container's confinement (PSS baseline \"SELinux\").",
	 "remove seLinuxOptions.user and role and use the type container_t, or leave seLinuxOptions unset",
	 "DT EKS_INVALID_SELINUXOPTIONS_*; Kyverno disallow-selinux", NULL},
	{"SC019", "apparmor-unconfined", "security", LINT_ERROR, ALL_CORE, SCOPE_POD, apparmor, 0,
	 "AppArmor is not turned off",
	 "appArmorProfile.type Unconfined, or the annotation container.apparmor.security.beta.kubernetes.io/<c>: "
	 "unconfined, removes the container's mandatory access control (PSS baseline \"AppArmor\").",
	 "set appArmorProfile.type to RuntimeDefault (or Localhost), or remove it",
	 "Kyverno restrict-apparmor-profiles; PO linuxHardening", NULL},
	{"SC020", "secret-literal-in-env", "security", LINT_WARNING, ALL_CORE, SCOPE_CONTAINER, secret_in_env, 0,
	 "No env var named like a credential has a literal value",
	 "An env var named like a password, secret, token or key with a literal value puts the credential in Git and in "
	 "`kubectl describe`. By default names containing password, passwd, secret, token, api_key, apikey, "
	 "private_key or credentials match, except those ending in _FILE, _PATH, _NAME, _URL and the like, which name a "
	 "credential rather than hold it; the parameter `namePattern` replaces the test. Values that are only $(VAR) "
	 "references, booleans or absolute paths are not credentials.",
	 "move the value into a Secret and read it with valueFrom.secretKeyRef",
	 "KL env-var-secret; PO sensitiveContainerEnvVar; DT ALL_EXPOSED_SECRET_*", "namePattern:regex"},
	{"SC021", "windows-host-process", "security", LINT_ERROR, PROFILE_ALL, SCOPE_POD, host_process, 0,
	 "No Windows HostProcess containers",
	 "A HostProcess container runs directly on the Windows node with its privileges (PSS baseline \"HostProcess\").",
	 "remove windowsOptions.hostProcess", "PO hostProcess; DT EKS_INVALID_HOSTPROCESS_VALUE", NULL},
	{"SC022", "restricted-volume-types", "security", LINT_ERROR, PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_POD, volume_types,
	 0, "Pods use only the restricted profile's volume types",
	 "Only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes are "
	 "allowed; other storage goes through a PersistentVolume, which an administrator controls (PSS restricted "
	 "\"Volume Types\").",
	 "use a PersistentVolumeClaim (bound to a PersistentVolume of that type) or one of the allowed volume types",
	 "Kyverno restrict-volume-types", NULL},
	{"SC023", "automount-sa-token", "security", LINT_INFO, PROFILE_ALL, SCOPE_POD, automount_token, 0,
	 "Pods that do not call the API do not mount a service account token",
	 "A mounted token is a credential for the API server that an attacker in the container can use; disable the "
	 "automount where the API is not needed (CIS 5.1.6). Only the default is reported: an explicit true is the pod "
	 "declaring that it calls the API. A ServiceAccount's own automountServiceAccountToken: false is not seen by "
	 "this rule.",
	 "set spec.automountServiceAccountToken: false, or true where the pod calls the API",
	 "PO automountServiceAccountToken; CK CKV_K8S_38; KSc C-0034", NULL},
	{"SC024", "default-service-account", "security", LINT_INFO, PROFILE_ALL, SCOPE_POD, default_service_account, 0,
	 "Workloads run under a dedicated service account",
	 "A dedicated ServiceAccount scopes RBAC per workload; permissions granted to `default` reach every pod of the "
	 "namespace.",
	 "create a ServiceAccount for the workload and set spec.serviceAccountName",
	 "KL default-service-account; CK CKV_K8S_41/42", NULL},
};
const size_t rules_sc_count = KPC_ARRAY_LEN(rules_sc);
