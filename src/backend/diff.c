/* diff.c: the object-aware diff (include/kpc/diff.h) and its three reports.
 *
 * Matching: objects are hashed by group/kind/namespace/name (duplicates of
 * one identity pair up in input order); a ConfigMap or Secret whose name
 * ends in a kustomize hash suffix and is the only one of its prefix removed
 * and added is a rename.  Comparison walks both trees at once: map keys by
 * name, lists of maps by `name` or `key` when those are unique in both lists
 * (else by position), lists of scalars as whole values.  Absent, null, empty
 * lists and the well-known API defaults of the table below compare equal;
 * quantities compare by exact value, ports as number or string.  Every
 * change is classified for risk where it is recorded; removed objects are
 * checked against the references of NEW.  Changes are sorted by path,
 * objects by kustomize's legacy order.  Reports: text, Markdown, JSON. */
#include "kpc/diff.h"
#include "kpc/yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *diff_risk_name(enum diff_risk r)
{
	static const char *const names[] = {
#define X(e, s) s,
		DIFF_RISKS(X)
#undef X
	};
	return (size_t)r < KPC_ARRAY_LEN(names) ? names[r] : "none";
}

/* ------------------------------------------------------------------ */
/* Kinds */

enum {
	K_POD = 1u << 0,
	K_DEPLOYMENT = 1u << 1,
	K_STATEFULSET = 1u << 2,
	K_DAEMONSET = 1u << 3,
	K_REPLICASET = 1u << 4,
	K_RC = 1u << 5,
	K_JOB = 1u << 6,
	K_CRONJOB = 1u << 7,
	K_SERVICE = 1u << 8,
	K_SECRET = 1u << 9,
	K_PVC = 1u << 10,
	K_HPA = 1u << 11,
	K_NETPOL = 1u << 12,
	K_CONFIGMAP = 1u << 13,
	K_PDB = 1u << 14,
	K_INGRESS = 1u << 15,
	K_QUOTA = 1u << 16,
	K_PV = 1u << 17,
	K_LIMITRANGE = 1u << 18,
};
#define K_TEMPLATED (K_DEPLOYMENT | K_STATEFULSET | K_DAEMONSET | K_REPLICASET | K_RC | K_JOB)
#define K_PODSPEC (K_POD | K_TEMPLATED | K_CRONJOB)
#define K_SCALED (K_DEPLOYMENT | K_STATEFULSET | K_REPLICASET | K_RC)

static unsigned kind_class(const char *k)
{
	static const struct {
		const char *name;
		unsigned cls;
	} kinds[] = {
		{"Pod", K_POD},
		{"Deployment", K_DEPLOYMENT},
		{"StatefulSet", K_STATEFULSET},
		{"DaemonSet", K_DAEMONSET},
		{"ReplicaSet", K_REPLICASET},
		{"ReplicationController", K_RC},
		{"Job", K_JOB},
		{"CronJob", K_CRONJOB},
		{"Service", K_SERVICE},
		{"Secret", K_SECRET},
		{"PersistentVolumeClaim", K_PVC},
		{"HorizontalPodAutoscaler", K_HPA},
		{"NetworkPolicy", K_NETPOL},
		{"ConfigMap", K_CONFIGMAP},
		{"PodDisruptionBudget", K_PDB},
		{"Ingress", K_INGRESS},
		{"ResourceQuota", K_QUOTA},
		{"PersistentVolume", K_PV},
		{"LimitRange", K_LIMITRANGE},
	};
	for (size_t i = 0; i < KPC_ARRAY_LEN(kinds); i++)
		if (!strcmp(kinds[i].name, k))
			return kinds[i].cls;
	return 0;
}

/* Where the pod spec sits in an object of this class. */
static const char *pod_prefix(unsigned cls)
{
	if (cls & K_POD)
		return "spec";
	if (cls & K_TEMPLATED)
		return "spec.template.spec";
	if (cls & K_CRONJOB)
		return "spec.jobTemplate.spec.template.spec";
	return NULL;
}

static struct sv group_of(const char *api_version)
{
	const char *slash = strchr(api_version, '/');
	return slash ? (struct sv){api_version, (size_t)(slash - api_version)} : (struct sv){"", 0};
}

/* ------------------------------------------------------------------ */
/* Quantities: exact decimal values, sign * digits * 10^exp. */

#define QTY_DIGITS 120

struct qty {
	bool neg;
	int n, exp;
	unsigned char d[QTY_DIGITS]; /* most significant first, no leading or trailing zeros */
};

static bool qty_mul(struct qty *q, unsigned m)
{
	unsigned carry = 0;
	for (int i = q->n - 1; i >= 0; i--) {
		unsigned v = q->d[i] * m + carry;
		q->d[i] = (unsigned char)(v % 10);
		carry = v / 10;
	}
	while (carry) {
		if (q->n == QTY_DIGITS)
			return false;
		memmove(q->d + 1, q->d, (size_t)q->n);
		q->d[0] = (unsigned char)(carry % 10);
		carry /= 10;
		q->n++;
	}
	return true;
}

/* Kubernetes' resource.Quantity grammar: [+-] digits [. digits] then a
 * binary (Ki..Ei), decimal (n u m k M G T P E) or exponent (e3, E-2) suffix. */
static bool qty_parse(struct sv s, struct qty *q)
{
	memset(q, 0, sizeof *q);
	size_t i = 0;
	if (i < s.len && (s.p[i] == '+' || s.p[i] == '-'))
		q->neg = s.p[i++] == '-';
	bool any = false, dot = false;
	for (; i < s.len; i++) {
		char ch = s.p[i];
		if (ch == '.' && !dot) {
			dot = true;
			continue;
		}
		if (ch < '0' || ch > '9')
			break;
		any = true;
		if (q->n == 0 && ch == '0') {
			if (dot)
				q->exp--;
			continue;
		}
		if (q->n == 60)
			return false;
		q->d[q->n++] = (unsigned char)(ch - '0');
		if (dot)
			q->exp--;
	}
	if (!any)
		return false;
	struct sv suf = {s.p + i, s.len - i};
	static const char *const bin[] = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
	static const struct {
		const char *s;
		int e;
	} dec[] = {{"n", -9}, {"u", -6}, {"m", -3}, {"", 0}, {"k", 3}, {"M", 6}, {"G", 9}, {"T", 12}, {"P", 15}, {"E", 18}};
	bool done = false;
	for (size_t k = 0; k < KPC_ARRAY_LEN(bin) && !done; k++) {
		if (sv_eqc(suf, bin[k])) {
			for (size_t r = 0; r <= k; r++)
				if (!qty_mul(q, 1024))
					return false;
			done = true;
		}
	}
	for (size_t k = 0; k < KPC_ARRAY_LEN(dec) && !done; k++) {
		if (sv_eqc(suf, dec[k].s)) {
			q->exp += dec[k].e;
			done = true;
		}
	}
	if (!done) {
		if (suf.len < 2 || (suf.p[0] != 'e' && suf.p[0] != 'E'))
			return false;
		size_t j = 1;
		bool eneg = false;
		if (suf.p[j] == '+' || suf.p[j] == '-')
			eneg = suf.p[j++] == '-';
		if (j == suf.len)
			return false;
		int e = 0;
		for (; j < suf.len; j++) {
			if (suf.p[j] < '0' || suf.p[j] > '9' || e > 100000)
				return false;
			e = e * 10 + (suf.p[j] - '0');
		}
		q->exp += eneg ? -e : e;
	}
	while (q->n && q->d[q->n - 1] == 0) {
		q->n--;
		q->exp++;
	}
	if (!q->n) {
		q->neg = false;
		q->exp = 0;
	}
	return true;
}

static int qty_cmp(const struct qty *a, const struct qty *b)
{
	int sa = a->n ? (a->neg ? -1 : 1) : 0, sb = b->n ? (b->neg ? -1 : 1) : 0;
	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (!sa)
		return 0;
	int c = 0;
	long ma = (long)a->n + a->exp, mb = (long)b->n + b->exp; /* magnitude */
	if (ma != mb) {
		c = ma < mb ? -1 : 1;
	} else {
		int n = a->n > b->n ? a->n : b->n;
		for (int i = 0; i < n && !c; i++) {
			int da = i < a->n ? a->d[i] : 0, db = i < b->n ? b->d[i] : 0;
			c = da < db ? -1 : da > db;
		}
	}
	return sa < 0 ? -c : c;
}

/* The text of a scalar (ints printed) in `tmp`, or false for collections. */
static bool scalar_text(const struct obj *o, char *tmp, size_t cap, struct sv *out)
{
	switch (o->kind) {
	case OBJ_STR: *out = o->s; return true;
	case OBJ_INT:
		snprintf(tmp, cap, "%lld", (long long)o->i);
		*out = sv_from(tmp);
		return true;
	case OBJ_BOOL: *out = sv_from(o->b ? "true" : "false"); return true;
	case OBJ_NULL: *out = sv_from("null"); return true;
	default: return false;
	}
}

static bool obj_qty(const struct obj *o, struct qty *q)
{
	char tmp[32];
	struct sv s;
	if ((o->kind != OBJ_STR && o->kind != OBJ_INT) || !scalar_text(o, tmp, sizeof tmp, &s))
		return false;
	return qty_parse(s, q);
}

/* ------------------------------------------------------------------ */
/* Base64 (Secret data compares by decoded bytes; sizes are decoded sizes). */

static int b64val(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Decodes standard base64, whitespace ignored; false when invalid. */
static bool b64_decode(struct sv s, struct buf *out)
{
	unsigned acc = 0;
	int bits = 0, pad = 0;
	size_t nchars = 0;
	for (size_t i = 0; i < s.len; i++) {
		unsigned char ch = (unsigned char)s.p[i];
		if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')
			continue;
		if (ch == '=') {
			pad++;
			nchars++;
			continue;
		}
		int v = b64val(ch);
		if (v < 0 || pad)
			return false;
		nchars++;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_putc(out, (char)((acc >> bits) & 0xff));
		}
	}
	return nchars % 4 == 0 && pad <= 2;
}

/* Bounded depth check, so renderers never recurse without limit. */
static bool deeper_than(const struct obj *o, int limit)
{
	if (limit <= 0)
		return true;
	if (o->kind == OBJ_MAP) {
		for (uint32_t i = 0; i < o->map.len; i++)
			if (deeper_than(o->map.items[i].val, limit - 1))
				return true;
	} else if (o->kind == OBJ_SEQ) {
		for (uint32_t i = 0; i < o->seq.len; i++)
			if (deeper_than(o->seq.items[i], limit - 1))
				return true;
	}
	return false;
}

#define DIFF_MAX_DEPTH 100

/* ------------------------------------------------------------------ */
/* The walk */

struct chg_vec {
	struct diff_change *items;
	uint32_t len, cap;
};

struct dctx {
	struct arena *a;
	unsigned cls;
	const char *kind;
	const char *podpre; /* "spec.template.spec" or NULL */
	bool renamed;	    /* skip metadata.name */
	struct diff_seg *segs;
	uint32_t nsegs, capsegs;
	/* the dot path and the generic path ("containers[].image") of the
	 * segments, built only when a change or a default needs them */
	struct buf path, gpath;
	bool paths_ok;
	struct chg_vec ch;
};

static void push_seg(struct dctx *c, struct diff_seg s)
{
	if (c->nsegs == c->capsegs) {
		c->capsegs = c->capsegs ? c->capsegs * 2 : 32;
		c->segs = xrealloc(c->segs, c->capsegs * sizeof *c->segs);
	}
	c->segs[c->nsegs++] = s;
	c->paths_ok = false;
}

static void ensure_paths(struct dctx *c)
{
	if (c->paths_ok)
		return;
	c->path.len = c->gpath.len = 0;
	for (uint32_t i = 0; i < c->nsegs; i++) {
		const struct diff_seg *s = &c->segs[i];
		if (i)
			buf_putc(&c->path, '.');
		if (s->kind == DIFF_SEG_KEY) {
			buf_putsv(&c->path, s->key);
			if (i)
				buf_putc(&c->gpath, '.');
			buf_putsv(&c->gpath, s->key);
		} else {
			if (s->kind == DIFF_SEG_ITEM)
				buf_putsv(&c->path, s->value);
			else
				buf_printf(&c->path, "%u", s->index);
			buf_puts(&c->gpath, "[]");
		}
	}
	buf_cstr(&c->path);
	buf_cstr(&c->gpath);
	c->paths_ok = true;
}

static void push_key(struct dctx *c, struct sv key)
{
	push_seg(c, (struct diff_seg){.kind = DIFF_SEG_KEY, .key = key});
}

static void pop_seg(struct dctx *c)
{
	c->nsegs--;
	c->paths_ok = false;
}

/* Whether segment `i` is the map key `k`. */
static bool key_is(const struct dctx *c, uint32_t i, const char *k)
{
	return i < c->nsegs && c->segs[i].kind == DIFF_SEG_KEY && sv_eqc(c->segs[i].key, k);
}

static bool last_key_is(const struct dctx *c, uint32_t back, const char *k)
{
	return c->nsegs > back && key_is(c, c->nsegs - 1 - back, k);
}

static bool gpath_is(struct dctx *c, const char *p)
{
	ensure_paths(c);
	return sv_eqc((struct sv){c->gpath.data, c->gpath.len}, p);
}

static bool gpath_under(struct dctx *c, const char *p)
{
	ensure_paths(c);
	size_t n = strlen(p);
	return c->gpath.len >= n && !memcmp(c->gpath.data, p, n) &&
	       (c->gpath.len == n || c->gpath.data[n] == '.' || c->gpath.data[n] == '[');
}

/* --- value semantics --------------------------------------------- */

static bool in_quantity(struct dctx *c)
{
	uint32_t n = c->nsegs;
	if (last_key_is(c, 0, "sizeLimit") || last_key_is(c, 1, "overhead"))
		return true;
	if (last_key_is(c, 2, "resources") && (last_key_is(c, 1, "limits") || last_key_is(c, 1, "requests")))
		return true;
	if ((c->cls & K_QUOTA) && n == 3 && key_is(c, 0, "spec") && (key_is(c, 1, "hard") || key_is(c, 1, "used")))
		return true;
	if ((c->cls & K_PV) && n == 3 && key_is(c, 0, "spec") && key_is(c, 1, "capacity"))
		return true;
	if ((c->cls & K_LIMITRANGE) && gpath_under(c, "spec.limits[]") &&
	    (last_key_is(c, 1, "max") || last_key_is(c, 1, "min") || last_key_is(c, 1, "default") ||
	     last_key_is(c, 1, "defaultRequest") || last_key_is(c, 1, "maxLimitRequestRatio")))
		return true;
	return false;
}

static bool in_port(const struct dctx *c)
{
	return last_key_is(c, 0, "containerPort") || last_key_is(c, 0, "port") || last_key_is(c, 0, "targetPort") ||
	       last_key_is(c, 0, "hostPort") || last_key_is(c, 0, "nodePort");
}

/* A port written as a number or as a decimal string. */
static bool port_num(const struct obj *o, int64_t *v)
{
	if (o->kind == OBJ_INT) {
		*v = o->i;
		return true;
	}
	if (o->kind != OBJ_STR || !o->s.len || o->s.len > 9 || (o->s.p[0] == '0' && o->s.len > 1))
		return false;
	int64_t n = 0;
	for (size_t i = 0; i < o->s.len; i++) {
		if (o->s.p[i] < '0' || o->s.p[i] > '9')
			return false;
		n = n * 10 + (o->s.p[i] - '0');
	}
	*v = n;
	return true;
}

static bool scalar_raw_eq(const struct obj *a, const struct obj *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case OBJ_NULL: return true;
	case OBJ_BOOL: return a->b == b->b;
	case OBJ_INT: return a->i == b->i;
	case OBJ_STR: return sv_eq(a->s, b->s);
	default: return false;
	}
}

/* Scalars at the current path: quantities by value, ports as number or
 * string, everything else by kind and text. */
static bool scalar_eq(struct dctx *c, const struct obj *a, const struct obj *b)
{
	if (scalar_raw_eq(a, b))
		return true;
	if (in_port(c)) {
		int64_t x, y;
		if (port_num(a, &x) && port_num(b, &y))
			return x == y;
	}
	if (in_quantity(c)) {
		struct qty x, y;
		if (obj_qty(a, &x) && obj_qty(b, &y))
			return qty_cmp(&x, &y) == 0;
	}
	return false;
}

/* Well-known API defaults (pkg/apis/.../v1/defaults.go): an absent field
 * equals its default.  POD paths are relative to the pod spec of any kind
 * with one; CTR matches containers, initContainers and ephemeralContainers,
 * PROBE the liveness, readiness and startup probes.  A NULL value marks a
 * map the API server creates when absent (its fields then default one by
 * one).  "=port" is the item's `port`, "=pull" the policy the image implies. */
struct dflt {
	unsigned kinds;
	bool pod;
	const char *path, *value;
};

static const struct dflt defaults[] = {
	{K_POD | (K_TEMPLATED & ~K_JOB), true, "restartPolicy", "Always"},
	{K_PODSPEC, true, "dnsPolicy", "ClusterFirst"},
	{K_PODSPEC, true, "terminationGracePeriodSeconds", "30"},
	{K_PODSPEC, true, "schedulerName", "default-scheduler"},
	{K_PODSPEC, true, "securityContext", NULL},
	{K_PODSPEC, true, "CTR.terminationMessagePath", "/dev/termination-log"},
	{K_PODSPEC, true, "CTR.terminationMessagePolicy", "File"},
	{K_PODSPEC, true, "CTR.imagePullPolicy", "=pull"},
	{K_PODSPEC, true, "CTR.resources", NULL},
	{K_PODSPEC, true, "CTR.ports[].protocol", "TCP"},
	{K_PODSPEC, true, "CTR.PROBE.timeoutSeconds", "1"},
	{K_PODSPEC, true, "CTR.PROBE.periodSeconds", "10"},
	{K_PODSPEC, true, "CTR.PROBE.successThreshold", "1"},
	{K_PODSPEC, true, "CTR.PROBE.failureThreshold", "3"},
	{K_PODSPEC, true, "CTR.PROBE.httpGet.scheme", "HTTP"},
	{K_SERVICE, false, "spec.type", "ClusterIP"},
	{K_SERVICE, false, "spec.sessionAffinity", "None"},
	{K_SERVICE, false, "spec.ports[].protocol", "TCP"},
	{K_SERVICE, false, "spec.ports[].targetPort", "=port"},
	{K_SCALED, false, "spec.replicas", "1"},
	{K_DEPLOYMENT | K_STATEFULSET | K_DAEMONSET, false, "spec.revisionHistoryLimit", "10"},
	{K_DEPLOYMENT, false, "spec.progressDeadlineSeconds", "600"},
	{K_DEPLOYMENT, false, "spec.strategy", NULL},
	{K_DEPLOYMENT, false, "spec.strategy.type", "RollingUpdate"},
	{K_DEPLOYMENT, false, "spec.strategy.rollingUpdate", NULL},
	{K_DEPLOYMENT, false, "spec.strategy.rollingUpdate.maxSurge", "25%"},
	{K_DEPLOYMENT, false, "spec.strategy.rollingUpdate.maxUnavailable", "25%"},
	{K_STATEFULSET, false, "spec.podManagementPolicy", "OrderedReady"},
	{K_STATEFULSET | K_DAEMONSET, false, "spec.updateStrategy", NULL},
	{K_STATEFULSET | K_DAEMONSET, false, "spec.updateStrategy.type", "RollingUpdate"},
	{K_STATEFULSET | K_DAEMONSET, false, "spec.updateStrategy.rollingUpdate", NULL},
	{K_STATEFULSET, false, "spec.updateStrategy.rollingUpdate.partition", "0"},
	{K_STATEFULSET, false, "spec.volumeClaimTemplates[].spec.volumeMode", "Filesystem"},
	{K_DAEMONSET, false, "spec.updateStrategy.rollingUpdate.maxUnavailable", "1"},
	{K_DAEMONSET, false, "spec.updateStrategy.rollingUpdate.maxSurge", "0"},
	{K_JOB, false, "spec.backoffLimit", "6"},
	{K_JOB, false, "spec.parallelism", "1"},
	{K_JOB, false, "spec.completionMode", "NonIndexed"},
	{K_JOB | K_CRONJOB, false, "spec.suspend", "false"},
	{K_CRONJOB, false, "spec.concurrencyPolicy", "Allow"},
	{K_CRONJOB, false, "spec.successfulJobsHistoryLimit", "3"},
	{K_CRONJOB, false, "spec.failedJobsHistoryLimit", "1"},
	{K_SECRET, false, "type", "Opaque"},
	{K_PVC, false, "spec.volumeMode", "Filesystem"},
	{K_HPA, false, "spec.minReplicas", "1"},
	{K_NETPOL, false, "spec.ingress[].ports[].protocol", "TCP"},
	{K_NETPOL, false, "spec.egress[].ports[].protocol", "TCP"},
};

static bool seg_match(struct sv pat, struct sv seg)
{
	if (sv_eqc(pat, "CTR"))
		return sv_eqc(seg, "containers[]") || sv_eqc(seg, "initContainers[]") || sv_eqc(seg, "ephemeralContainers[]");
	if (sv_eqc(pat, "PROBE"))
		return sv_eqc(seg, "livenessProbe") || sv_eqc(seg, "readinessProbe") || sv_eqc(seg, "startupProbe");
	return sv_eq(pat, seg);
}

static struct sv next_part(struct sv *s)
{
	size_t i = 0;
	while (i < s->len && s->p[i] != '.')
		i++;
	struct sv part = {s->p, i};
	s->p += i < s->len ? i + 1 : i;
	s->len -= i < s->len ? i + 1 : i;
	return part;
}

static bool path_match(const char *pattern, struct sv path)
{
	struct sv pat = sv_from(pattern);
	while (pat.len && path.len) {
		struct sv a = next_part(&pat), b = next_part(&path);
		if (!seg_match(a, b))
			return false;
	}
	return !pat.len && !path.len;
}

static const struct dflt *dflt_find(struct dctx *c)
{
	ensure_paths(c);
	struct sv g = {c->gpath.data, c->gpath.len}, rel = {NULL, 0};
	if (c->podpre) {
		size_t n = strlen(c->podpre);
		if (g.len > n + 1 && !memcmp(g.p, c->podpre, n) && g.p[n] == '.')
			rel = (struct sv){g.p + n + 1, g.len - n - 1};
	}
	for (size_t i = 0; i < KPC_ARRAY_LEN(defaults); i++) {
		const struct dflt *d = &defaults[i];
		if (!(d->kinds & c->cls))
			continue;
		if (d->pod ? rel.p && path_match(d->path, rel) : path_match(d->path, g))
			return d;
	}
	return NULL;
}

/* The pull policy an image implies when imagePullPolicy is absent. */
static const char *pull_policy(const struct obj *container)
{
	const struct obj *img = obj_get(container, "image");
	if (!img || img->kind != OBJ_STR)
		return NULL;
	struct sv s = img->s;
	for (size_t i = 0; i < s.len; i++)
		if (s.p[i] == '@')
			return "IfNotPresent";
	size_t slash = 0;
	for (size_t i = 0; i < s.len; i++)
		if (s.p[i] == '/')
			slash = i + 1;
	for (size_t i = s.len; i > slash; i--)
		if (s.p[i - 1] == ':')
			return sv_eqc((struct sv){s.p + i, s.len - i}, "latest") ? "Always" : "IfNotPresent";
	return "Always";
}

/* Maps of strings whose empty form means the same as absent. */
static bool empty_map_is_absent(const struct dctx *c)
{
	static const char *const keys[] = {"labels", "annotations", "nodeSelector", "matchLabels", "data",
					   "binaryData", "stringData", "limits", "requests"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(keys); i++)
		if (last_key_is(c, 0, keys[i]))
			return true;
	return c->nsegs == 1 && key_is(c, 0, "status");
}

/* Whether `v`, present on one side only, is what the API server would set
 * on the side where it is absent (`absent_parent`: that side's map). */
static bool is_default_scalar(struct dctx *c, const struct obj *v, const struct obj *absent_parent)
{
	const struct dflt *d = dflt_find(c);
	if (!d || !d->value)
		return false;
	char tmp[32];
	struct sv t;
	if (!scalar_text(v, tmp, sizeof tmp, &t))
		return false;
	if (!strcmp(d->value, "=port")) {
		const struct obj *p = obj_get(absent_parent, "port");
		return p && scalar_eq(c, v, p);
	}
	if (!strcmp(d->value, "=pull")) {
		const char *pp = absent_parent ? pull_policy(absent_parent) : NULL;
		return pp && v->kind == OBJ_STR && sv_eqc(t, pp);
	}
	/* the type must match too: replicas "1" is not the default 1 */
	bool num = strspn(d->value, "0123456789") == strlen(d->value);
	bool boolean = !strcmp(d->value, "true") || !strcmp(d->value, "false");
	if (v->kind != (num ? OBJ_INT : boolean ? OBJ_BOOL : OBJ_STR))
		return false;
	return sv_eqc(t, d->value);
}

static bool is_defaulted_map(struct dctx *c)
{
	const struct dflt *d = dflt_find(c);
	return d && !d->value;
}

/* --- secrets ------------------------------------------------------- */

static bool secret_leaf(const struct dctx *c, const struct obj *v)
{
	if (v && v->secret)
		return true;
	if (!(c->cls & K_SECRET))
		return false;
	if (c->nsegs == 2 && (key_is(c, 0, "data") || key_is(c, 0, "stringData")))
		return true;
	return c->nsegs == 3 && key_is(c, 0, "metadata") && key_is(c, 1, "annotations") &&
	       key_is(c, 2, "kubectl.kubernetes.io/last-applied-configuration");
}

/* Maps of a Secret that may hold values: always compared key by key. */
static bool secret_container(const struct dctx *c)
{
	if (!(c->cls & K_SECRET))
		return false;
	if (c->nsegs == 0)
		return true;
	if (c->nsegs == 1)
		return key_is(c, 0, "metadata") || key_is(c, 0, "data") || key_is(c, 0, "stringData");
	return c->nsegs == 2 && key_is(c, 0, "metadata") && key_is(c, 1, "annotations");
}

static bool contains_secret(const struct obj *o, int depth)
{
	if (o->secret)
		return true;
	if (depth > DIFF_MAX_DEPTH)
		return false;
	if (o->kind == OBJ_MAP) {
		for (uint32_t i = 0; i < o->map.len; i++)
			if (contains_secret(o->map.items[i].val, depth + 1))
				return true;
	} else if (o->kind == OBJ_SEQ) {
		for (uint32_t i = 0; i < o->seq.len; i++)
			if (contains_secret(o->seq.items[i], depth + 1))
				return true;
	}
	return false;
}

static bool in_secret_data(const struct dctx *c)
{
	return (c->cls & K_SECRET) && c->nsegs == 2 && key_is(c, 0, "data");
}

static int64_t secret_size(const struct dctx *c, const struct obj *v)
{
	if (!v)
		return -1;
	char tmp[32];
	struct sv t;
	if (!scalar_text(v, tmp, sizeof tmp, &t))
		return -1;
	if (v->kind == OBJ_STR && in_secret_data(c)) {
		struct buf b = {0};
		bool ok = b64_decode(t, &b);
		int64_t n = ok ? (int64_t)b.len : (int64_t)t.len;
		buf_free(&b);
		return n;
	}
	return (int64_t)t.len;
}

static bool secret_eq(const struct dctx *c, const struct obj *a, const struct obj *b)
{
	if (a->kind == OBJ_STR && b->kind == OBJ_STR && in_secret_data(c)) {
		struct buf x = {0}, y = {0};
		bool eq;
		if (b64_decode(a->s, &x) && b64_decode(b->s, &y))
			eq = x.len == y.len && (!x.len || !memcmp(x.data, y.data, x.len));
		else
			eq = sv_eq(a->s, b->s);
		buf_free(&x);
		buf_free(&y);
		return eq;
	}
	return obj_deep_eq(a, b);
}

/* --- risks ------------------------------------------------------- */

static int64_t replicas_of(const struct obj *v)
{
	int64_t n;
	if (!v)
		return 1;
	if (v->kind == OBJ_INT)
		return v->i;
	return port_num(v, &n) ? n : -1;
}

/* Fields the API server does not change in place, by kind class: a
 * change under them (or, `exact`, of the field itself) is rejected. */
static const struct {
	unsigned cls;
	const char *field;
	bool exact;
} immutable_fields[] = {
	{K_DEPLOYMENT | K_STATEFULSET | K_DAEMONSET | K_REPLICASET | K_JOB, "spec.selector", false},
	{K_STATEFULSET, "spec.serviceName", false},
	{K_STATEFULSET, "spec.volumeClaimTemplates", false},
	{K_JOB, "spec.template", false},
	{K_SERVICE, "spec.clusterIP", true},
	{K_PVC, "spec.storageClassName", false},
	{K_PVC, "spec.accessModes", false},
};

static void classify(struct dctx *c, struct diff_change *ch)
{
	for (size_t i = 0; i < KPC_ARRAY_LEN(immutable_fields); i++) {
		const char *field = immutable_fields[i].field;
		if (!(c->cls & immutable_fields[i].cls) ||
		    !(immutable_fields[i].exact ? gpath_is(c, field) : gpath_under(c, field)))
			continue;
		ch->risk = DIFF_RISK_IMMUTABLE;
		ch->risk_msg = arena_printf(c->a, "%s of a %s is immutable: the apply is rejected; the object must be deleted and recreated",
					    field, c->kind);
		return;
	}
	if ((c->cls & K_SCALED) && gpath_is(c, "spec.replicas") && ch->op != DIFF_OP_REORDER) {
		int64_t o = replicas_of(ch->old_val), n = replicas_of(ch->new_val);
		if (o >= 0 && n >= 0 && n < o) {
			ch->risk = DIFF_RISK_REPLICAS;
			ch->risk_msg = arena_printf(c->a, "replicas drop from %lld to %lld%s", (long long)o, (long long)n,
						    ch->new_val ? "" : " (absent: the API default)");
		}
		return;
	}
	if (ch->op == DIFF_OP_CHANGE && c->nsegs >= 3 && last_key_is(c, 2, "resources") && last_key_is(c, 1, "limits")) {
		struct qty o, n;
		if (obj_qty(ch->old_val, &o) && obj_qty(ch->new_val, &n) && qty_cmp(&n, &o) < 0) {
			char to[32], tn[32];
			struct sv so, sn;
			scalar_text(ch->old_val, to, sizeof to, &so);
			scalar_text(ch->new_val, tn, sizeof tn, &sn);
			struct sv res = c->segs[c->nsegs - 1].key;
			ch->risk = DIFF_RISK_LIMITS;
			ch->risk_msg = arena_printf(c->a, "the %.*s limit drops from %.*s to %.*s", (int)res.len, res.p, (int)so.len,
						    so.p, (int)sn.len, sn.p);
		}
		return;
	}
	if (ch->op == DIFF_OP_REMOVE && c->podpre && c->nsegs >= 2 &&
	    (last_key_is(c, 0, "livenessProbe") || last_key_is(c, 0, "readinessProbe") || last_key_is(c, 0, "startupProbe"))) {
		ensure_paths(c);
		struct sv g = {c->gpath.data, c->gpath.len};
		struct sv probe = c->segs[c->nsegs - 1].key;
		/* the probe of a container item of the pod spec */
		char want[2][96];
		snprintf(want[0], sizeof want[0], "%s.containers[].%.*s", c->podpre, (int)probe.len, probe.p);
		snprintf(want[1], sizeof want[1], "%s.initContainers[].%.*s", c->podpre, (int)probe.len, probe.p);
		if (sv_eqc(g, want[0]) || sv_eqc(g, want[1])) {
			const struct diff_seg *item = &c->segs[c->nsegs - 2];
			char idx[16];
			struct sv who = item->value;
			if (item->kind == DIFF_SEG_INDEX) {
				snprintf(idx, sizeof idx, "#%u", item->index);
				who = sv_from(idx);
			}
			ch->risk = DIFF_RISK_PROBE;
			ch->risk_msg = arena_printf(c->a, "container '%.*s' loses its %.*s", (int)who.len, who.p, (int)probe.len, probe.p);
		}
	}
}

/* --- recording ----------------------------------------------------- */

static struct diff_change *record(struct dctx *c, enum diff_op op, const struct obj *o, const struct obj *n)
{
	if (c->ch.len == c->ch.cap) {
		c->ch.cap = c->ch.cap ? c->ch.cap * 2 : 16;
		c->ch.items = xrealloc(c->ch.items, c->ch.cap * sizeof *c->ch.items);
	}
	struct diff_change *ch = &c->ch.items[c->ch.len++];
	memset(ch, 0, sizeof *ch);
	ch->op = op;
	ensure_paths(c);
	ch->path = arena_strndup(c->a, c->path.data, c->path.len);
	ch->nsegs = c->nsegs;
	ch->segs = arena_alloc(c->a, (c->nsegs ? c->nsegs : 1) * sizeof *ch->segs);
	if (c->nsegs)
		memcpy(ch->segs, c->segs, c->nsegs * sizeof *ch->segs);
	ch->old_val = o;
	ch->new_val = n;
	ch->old_size = ch->new_size = -1;
	if ((o && secret_leaf(c, o)) || (n && secret_leaf(c, n))) {
		ch->secret = true;
		ch->old_size = secret_size(c, o);
		ch->new_size = secret_size(c, n);
	}
	classify(c, ch);
	return ch;
}

static void diff_node(struct dctx *c, const struct obj *o, const struct obj *n, int depth);
static void one_sided(struct dctx *c, const struct obj *v, const struct obj *absent_parent, bool added, int depth);

static const struct obj *null_is_absent(const struct obj *v)
{
	return v && v->kind == OBJ_NULL ? NULL : v;
}

/* One map entry: `op`/`np` are the parents (maps, possibly empty stand-ins). */
static void diff_entry(struct dctx *c, struct sv key, const struct obj *ov, const struct obj *nv, const struct obj *op,
		       const struct obj *np, int depth)
{
	push_key(c, key);
	ov = null_is_absent(ov);
	nv = null_is_absent(nv);
	if (c->renamed && c->nsegs == 2 && key_is(c, 0, "metadata") && key_is(c, 1, "name")) {
		/* the rename is reported on the object */
	} else if (ov && nv) {
		diff_node(c, ov, nv, depth + 1);
	} else if (nv) {
		one_sided(c, nv, op, true, depth + 1);
	} else if (ov) {
		one_sided(c, ov, np, false, depth + 1);
	}
	pop_seg(c);
}

static const struct obj empty_map = {.kind = OBJ_MAP};

static int pair_idx_cmp(const void *a, const void *b)
{
	const struct obj_pair *x = *(const struct obj_pair *const *)a, *y = *(const struct obj_pair *const *)b;
	return sv_cmp(x->key, y->key);
}

static void diff_map(struct dctx *c, const struct obj *o, const struct obj *n, int depth)
{
	bool same = o->map.len == n->map.len;
	for (uint32_t i = 0; i < o->map.len && same; i++)
		same = sv_eq(o->map.items[i].key, n->map.items[i].key);
	if (same) {
		for (uint32_t i = 0; i < o->map.len; i++)
			diff_entry(c, o->map.items[i].key, o->map.items[i].val, n->map.items[i].val, o, n, depth);
		return;
	}
	/* different keys: merge the two key lists in sorted order */
	const struct obj_pair **a = xcalloc(o->map.len + 1, sizeof *a), **b = xcalloc(n->map.len + 1, sizeof *b);
	for (uint32_t i = 0; i < o->map.len; i++)
		a[i] = &o->map.items[i];
	for (uint32_t i = 0; i < n->map.len; i++)
		b[i] = &n->map.items[i];
	qsort(a, o->map.len, sizeof *a, pair_idx_cmp);
	qsort(b, n->map.len, sizeof *b, pair_idx_cmp);
	uint32_t i = 0, j = 0;
	while (i < o->map.len || j < n->map.len) {
		int cmp = i == o->map.len ? 1 : j == n->map.len ? -1 : sv_cmp(a[i]->key, b[j]->key);
		if (cmp == 0) {
			diff_entry(c, a[i]->key, a[i]->val, b[j]->val, o, n, depth);
			i++;
			j++;
		} else if (cmp < 0) {
			diff_entry(c, a[i]->key, a[i]->val, NULL, o, n, depth);
			i++;
		} else {
			diff_entry(c, b[j]->key, NULL, b[j]->val, o, n, depth);
			j++;
		}
	}
	free(a);
	free(b);
}

/* --- lists ------------------------------------------------------- */

struct ident {
	struct sv id;
	uint32_t idx;
};

static int ident_cmp(const void *a, const void *b)
{
	const struct ident *x = a, *y = b;
	int c = sv_cmp(x->id, y->id);
	return c ? c : (x->idx > y->idx) - (x->idx < y->idx);
}

static bool all_scalars(const struct obj *s)
{
	for (uint32_t i = 0; i < s->seq.len; i++)
		if (s->seq.items[i]->kind == OBJ_MAP || s->seq.items[i]->kind == OBJ_SEQ)
			return false;
	return true;
}

/* The identifiers of `s` under `field`, sorted; false unless every item
 * is a map with a scalar `field` and the values are unique. */
static bool idents(struct dctx *c, const struct obj *s, const char *field, struct ident *out)
{
	struct sv f = sv_from(field);
	for (uint32_t i = 0; i < s->seq.len; i++) {
		const struct obj *it = s->seq.items[i];
		if (it->kind != OBJ_MAP)
			return false;
		const struct obj *v = obj_get_sv(it, f);
		if (!v)
			return false;
		if (v->kind == OBJ_STR)
			out[i].id = v->s;
		else if (v->kind == OBJ_INT)
			out[i].id = sv_from(arena_printf(c->a, "%lld", (long long)v->i));
		else
			return false;
		out[i].idx = i;
	}
	qsort(out, s->seq.len, sizeof *out, ident_cmp);
	for (uint32_t i = 1; i < s->seq.len; i++)
		if (sv_eq(out[i - 1].id, out[i].id))
			return false;
	return true;
}

/* dyff's choice: the first of `name`, `key` that identifies every item of
 * both lists uniquely.  Returns the field or NULL. */
static const char *pick_ident(struct dctx *c, const struct obj *o, const struct obj *n, struct ident *io, struct ident *in)
{
	static const char *const fields[] = {"name", "key"};
	if (!o->seq.len && !n->seq.len)
		return NULL;
	for (size_t f = 0; f < KPC_ARRAY_LEN(fields); f++)
		if (idents(c, o, fields[f], io) && idents(c, n, fields[f], in))
			return fields[f];
	return NULL;
}

static void push_item(struct dctx *c, const char *field, struct sv id)
{
	push_seg(c, (struct diff_seg){.kind = DIFF_SEG_ITEM, .key = sv_from(field), .value = id});
}

static void push_index(struct dctx *c, uint32_t i)
{
	push_seg(c, (struct diff_seg){.kind = DIFF_SEG_INDEX, .index = i});
}

static struct obj *ids_seq(struct dctx *c, const struct obj *s, const char *field)
{
	struct obj *q = obj_seq(c->a, (struct span){0});
	for (uint32_t i = 0; i < s->seq.len; i++) {
		const struct obj *v = obj_get(s->seq.items[i], field);
		obj_push(c->a, q, v->kind == OBJ_STR ? obj_str(c->a, v->s, (struct span){0}) : obj_int(c->a, v->i, (struct span){0}));
	}
	return q;
}

static void diff_seq(struct dctx *c, const struct obj *o, const struct obj *n, int depth)
{
	if (all_scalars(o) && all_scalars(n)) {
		bool eq = o->seq.len == n->seq.len;
		for (uint32_t i = 0; i < o->seq.len && eq; i++)
			eq = scalar_eq(c, o->seq.items[i], n->seq.items[i]);
		if (!eq)
			record(c, DIFF_OP_CHANGE, o, n);
		return;
	}
	/* most lists are short: no allocation for them */
	struct ident small[2][16];
	struct ident *io = o->seq.len <= 16 ? small[0] : xcalloc(o->seq.len, sizeof *io);
	struct ident *in = n->seq.len <= 16 ? small[1] : xcalloc(n->seq.len, sizeof *in);
	const char *field = pick_ident(c, o, n, io, in);
	if (field) {
		/* order: the common items' old positions, in new order */
		uint32_t spos[16];
		uint32_t *pos = n->seq.len <= 16 ? spos : xcalloc(n->seq.len, sizeof *pos);
		for (uint32_t j = 0; j < n->seq.len; j++)
			pos[j] = UINT32_MAX;
		uint32_t i = 0, j = 0;
		while (i < o->seq.len && j < n->seq.len) {
			int cmp = sv_cmp(io[i].id, in[j].id);
			if (cmp == 0)
				pos[in[j].idx] = io[i].idx;
			i += cmp <= 0;
			j += cmp >= 0;
		}
		uint32_t last = 0;
		bool first = true, reordered = false;
		for (uint32_t k = 0; k < n->seq.len && !reordered; k++) {
			if (pos[k] == UINT32_MAX)
				continue;
			reordered = !first && pos[k] < last;
			last = pos[k];
			first = false;
		}
		if (pos != spos)
			free(pos);
		if (reordered)
			record(c, DIFF_OP_REORDER, ids_seq(c, o, field), ids_seq(c, n, field));
		i = j = 0;
		while (i < o->seq.len || j < n->seq.len) {
			int cmp = i == o->seq.len ? 1 : j == n->seq.len ? -1 : sv_cmp(io[i].id, in[j].id);
			if (cmp == 0) {
				push_item(c, field, in[j].id);
				diff_node(c, o->seq.items[io[i].idx], n->seq.items[in[j].idx], depth + 1);
				pop_seg(c);
				i++;
				j++;
			} else if (cmp < 0) {
				push_item(c, field, io[i].id);
				one_sided(c, o->seq.items[io[i].idx], NULL, false, depth + 1);
				pop_seg(c);
				i++;
			} else {
				push_item(c, field, in[j].id);
				one_sided(c, n->seq.items[in[j].idx], NULL, true, depth + 1);
				pop_seg(c);
				j++;
			}
		}
	} else {
		uint32_t m = o->seq.len > n->seq.len ? o->seq.len : n->seq.len;
		for (uint32_t i = 0; i < m; i++) {
			push_index(c, i);
			if (i < o->seq.len && i < n->seq.len)
				diff_node(c, o->seq.items[i], n->seq.items[i], depth + 1);
			else if (i < n->seq.len)
				one_sided(c, n->seq.items[i], NULL, true, depth + 1);
			else
				one_sided(c, o->seq.items[i], NULL, false, depth + 1);
			pop_seg(c);
		}
	}
	if (io != small[0])
		free(io);
	if (in != small[1])
		free(in);
}

/* --- nodes ------------------------------------------------------- */

/* `v` exists on one side only. */
static void one_sided(struct dctx *c, const struct obj *v, const struct obj *absent_parent, bool added, int depth)
{
	enum diff_op op = added ? DIFF_OP_ADD : DIFF_OP_REMOVE;
	const struct obj *o = added ? NULL : v, *n = added ? v : NULL;
	if (secret_leaf(c, v)) {
		record(c, op, o, n);
		return;
	}
	if (depth > DIFF_MAX_DEPTH) {
		record(c, op, o, n);
		return;
	}
	if (v->kind == OBJ_SEQ) {
		if (!v->seq.len)
			return;
		static const struct obj empty_seq = {.kind = OBJ_SEQ};
		struct ident *ids = xcalloc(v->seq.len, sizeof *ids);
		bool named = idents(c, v, "name", ids) || idents(c, v, "key", ids);
		free(ids);
		if (named || contains_secret(v, 0))
			diff_seq(c, added ? &empty_seq : v, added ? v : &empty_seq, depth);
		else
			record(c, op, o, n);
		return;
	}
	if (v->kind == OBJ_MAP) {
		if (secret_container(c) || empty_map_is_absent(c) || is_defaulted_map(c) || contains_secret(v, 0))
			diff_map(c, added ? &empty_map : v, added ? v : &empty_map, depth);
		else
			record(c, op, o, n);
		return;
	}
	if (!is_default_scalar(c, v, absent_parent))
		record(c, op, o, n);
}

static void diff_node(struct dctx *c, const struct obj *o, const struct obj *n, int depth)
{
	if (o == n)
		return;
	if (secret_leaf(c, o) || secret_leaf(c, n) ||
	    (secret_container(c) && (o->kind != OBJ_MAP || n->kind != OBJ_MAP))) {
		if (!secret_eq(c, o, n)) {
			struct diff_change *ch = record(c, DIFF_OP_CHANGE, o, n);
			if (!ch->secret) {
				ch->secret = true;
				ch->old_size = secret_size(c, o);
				ch->new_size = secret_size(c, n);
			}
		}
		return;
	}
	if (depth > DIFF_MAX_DEPTH) {
		if (!obj_deep_eq(o, n))
			record(c, DIFF_OP_CHANGE, o, n);
		return;
	}
	if (o->kind == OBJ_MAP && n->kind == OBJ_MAP) {
		diff_map(c, o, n, depth);
	} else if (o->kind == OBJ_SEQ && n->kind == OBJ_SEQ) {
		diff_seq(c, o, n, depth);
	} else if (o->kind == OBJ_MAP || o->kind == OBJ_SEQ || n->kind == OBJ_MAP || n->kind == OBJ_SEQ) {
		struct diff_change *ch = record(c, DIFF_OP_CHANGE, o, n);
		if (contains_secret(o, 0) || contains_secret(n, 0)) {
			/* a value that holds secrets, replaced by another kind of value */
			ch->secret = true;
			ch->old_size = secret_size(c, o);
			ch->new_size = secret_size(c, n);
		}
	} else if (!scalar_eq(c, o, n)) {
		record(c, DIFF_OP_CHANGE, o, n);
	}
}

/* --- change order ------------------------------------------------ */

static int seg_cmp(const struct diff_seg *a, const struct diff_seg *b)
{
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	switch (a->kind) {
	case DIFF_SEG_KEY: return sv_cmp(a->key, b->key);
	case DIFF_SEG_INDEX: return (a->index > b->index) - (a->index < b->index);
	case DIFF_SEG_ITEM: {
		int c = sv_cmp(a->value, b->value);
		return c ? c : sv_cmp(a->key, b->key);
	}
	}
	return 0;
}

static int change_cmp(const void *pa, const void *pb)
{
	const struct diff_change *a = pa, *b = pb;
	uint32_t n = a->nsegs < b->nsegs ? a->nsegs : b->nsegs;
	for (uint32_t i = 0; i < n; i++) {
		int c = seg_cmp(&a->segs[i], &b->segs[i]);
		if (c)
			return c;
	}
	if (a->nsegs != b->nsegs)
		return a->nsegs < b->nsegs ? -1 : 1;
	/* a list's order change before its other changes */
	int ra = a->op == DIFF_OP_REORDER, rb = b->op == DIFF_OP_REORDER;
	return rb - ra;
}

/* ------------------------------------------------------------------ */
/* Identity hashing */

struct htab {
	uint64_t *hash;
	struct sv *key;
	uint32_t *val; /* index + 1; 0 empty */
	uint32_t cap;
};

static void htab_init(struct htab *t, uint32_t n)
{
	uint32_t cap = 16;
	while (cap < n * 2 + 2)
		cap *= 2;
	t->cap = cap;
	t->hash = xcalloc(cap, sizeof *t->hash);
	t->key = xcalloc(cap, sizeof *t->key);
	t->val = xcalloc(cap, sizeof *t->val);
}

static void htab_free(struct htab *t)
{
	free(t->hash);
	free(t->key);
	free(t->val);
}

/* The slot of `key`: its entry, or the empty slot where it belongs. */
static uint32_t htab_slot(const struct htab *t, struct sv key, uint64_t *hp)
{
	uint64_t h = kpc_hash64(key.p, key.len);
	uint32_t i = (uint32_t)h & (t->cap - 1);
	while (t->val[i] && (t->hash[i] != h || !sv_eq(t->key[i], key)))
		i = (i + 1) & (t->cap - 1);
	*hp = h;
	return i;
}

static void htab_put(struct htab *t, uint32_t slot, struct sv key, uint64_t h, uint32_t v)
{
	t->hash[slot] = h;
	t->key[slot] = key;
	t->val[slot] = v + 1;
}

/* Joins up to four parts with \x1f into the arena. */
static struct sv join_key(struct arena *a, struct sv p0, struct sv p1, struct sv p2, struct sv p3)
{
	size_t n = p0.len + p1.len + p2.len + p3.len + 3;
	char *k = arena_alloc(a, n + 1), *w = k;
	const struct sv parts[4] = {p0, p1, p2, p3};
	for (int i = 0; i < 4; i++) {
		if (i)
			*w++ = '\x1f';
		if (parts[i].len)
			memcpy(w, parts[i].p, parts[i].len);
		w += parts[i].len;
	}
	return (struct sv){k, n};
}

static struct sv identity(struct arena *a, const struct k8s_obj *k)
{
	return join_key(a, group_of(k->api_version), sv_from(k->kind), sv_from(k->ns), sv_from(k->name));
}

/* kustomize's name hash: "-" and 10 characters of its alphabet (hex with
 * 0 1 3 a e mapped to g h k m t), api/hasher/hasher.go encode(). */
static size_t hash_suffixed(const char *name)
{
	size_t n = strlen(name);
	if (n < 12 || name[n - 11] != '-')
		return 0;
	for (size_t i = n - 10; i < n; i++)
		if (!strchr("2456789bcdfghkmt", name[i]))
			return 0;
	return n - 11;
}

/* ------------------------------------------------------------------ */
/* References from NEW to removed objects */

struct referrers {
	uint32_t n;
	const char *first[3];
};

struct refscan {
	struct diff_result *r;
	struct htab removed; /* "Kind\x1fns\x1fname" -> index into refs */
	struct referrers *refs;
	const struct k8s_obj *from;
	struct buf key;
};

static void ref_hit(struct refscan *s, const char *kind, const struct obj *name, const char *path)
{
	if (!name || name->kind != OBJ_STR)
		return;
	s->key.len = 0;
	buf_printf(&s->key, "%s\x1f%s\x1f%.*s", kind, s->from->ns, (int)name->s.len, name->s.p);
	uint64_t h;
	uint32_t slot = htab_slot(&s->removed, (struct sv){s->key.data, s->key.len}, &h);
	if (!s->removed.val[slot])
		return;
	struct referrers *rf = &s->refs[s->removed.val[slot] - 1];
	if (rf->n < 3)
		rf->first[rf->n] = arena_printf(&s->r->arena, "%s/%s%s%s (%s)", s->from->kind, s->from->ns, *s->from->ns ? "/" : "",
						s->from->name, path);
	rf->n++;
}

static const char *item_name(const struct obj *it, uint32_t i, char *tmp, size_t cap)
{
	const struct obj *n = obj_get(it, "name");
	if (n && n->kind == OBJ_STR)
		return n->s.p;
	snprintf(tmp, cap, "%u", i);
	return tmp;
}

static const struct obj *at_path(const struct obj *o, const char *path)
{
	struct sv p = sv_from(path);
	while (o && p.len) {
		struct sv part = next_part(&p);
		const struct obj *next = NULL;
		for (uint32_t i = 0; o->kind == OBJ_MAP && i < o->map.len && !next; i++)
			if (sv_eq(o->map.items[i].key, part))
				next = o->map.items[i].val;
		o = next;
	}
	return o;
}

static void scan_pod(struct refscan *s, const struct obj *pod, const char *pre)
{
	char tmp[16], path[1024];
	const struct obj *sa = obj_get(pod, "serviceAccountName");
	snprintf(path, sizeof path, "%s.serviceAccountName", pre);
	ref_hit(s, "ServiceAccount", sa, path);
	if (!sa) {
		snprintf(path, sizeof path, "%s.serviceAccount", pre);
		ref_hit(s, "ServiceAccount", obj_get(pod, "serviceAccount"), path);
	}
	const struct obj *ips = obj_get(pod, "imagePullSecrets");
	for (uint32_t i = 0; ips && ips->kind == OBJ_SEQ && i < ips->seq.len; i++) {
		const char *nm = item_name(ips->seq.items[i], i, tmp, sizeof tmp);
		snprintf(path, sizeof path, "%s.imagePullSecrets.%s.name", pre, nm);
		ref_hit(s, "Secret", obj_get(ips->seq.items[i], "name"), path);
	}
	const struct obj *vols = obj_get(pod, "volumes");
	for (uint32_t i = 0; vols && vols->kind == OBJ_SEQ && i < vols->seq.len; i++) {
		const struct obj *v = vols->seq.items[i];
		const char *vn = item_name(v, i, tmp, sizeof tmp);
		snprintf(path, sizeof path, "%s.volumes.%s.configMap.name", pre, vn);
		ref_hit(s, "ConfigMap", at_path(v, "configMap.name"), path);
		snprintf(path, sizeof path, "%s.volumes.%s.secret.secretName", pre, vn);
		ref_hit(s, "Secret", at_path(v, "secret.secretName"), path);
		snprintf(path, sizeof path, "%s.volumes.%s.persistentVolumeClaim.claimName", pre, vn);
		ref_hit(s, "PersistentVolumeClaim", at_path(v, "persistentVolumeClaim.claimName"), path);
		const struct obj *srcs = at_path(v, "projected.sources");
		for (uint32_t k = 0; srcs && srcs->kind == OBJ_SEQ && k < srcs->seq.len; k++) {
			snprintf(path, sizeof path, "%s.volumes.%s.projected.sources.%u.configMap.name", pre, vn, k);
			ref_hit(s, "ConfigMap", at_path(srcs->seq.items[k], "configMap.name"), path);
			snprintf(path, sizeof path, "%s.volumes.%s.projected.sources.%u.secret.name", pre, vn, k);
			ref_hit(s, "Secret", at_path(srcs->seq.items[k], "secret.name"), path);
		}
	}
	static const char *const lists[] = {"initContainers", "containers", "ephemeralContainers"};
	for (size_t l = 0; l < KPC_ARRAY_LEN(lists); l++) {
		const struct obj *cs = obj_get(pod, lists[l]);
		for (uint32_t i = 0; cs && cs->kind == OBJ_SEQ && i < cs->seq.len; i++) {
			const struct obj *ct = cs->seq.items[i];
			char ctmp[16];
			const char *cn = item_name(ct, i, ctmp, sizeof ctmp);
			const struct obj *env = obj_get(ct, "env");
			for (uint32_t k = 0; env && env->kind == OBJ_SEQ && k < env->seq.len; k++) {
				const char *en = item_name(env->seq.items[k], k, tmp, sizeof tmp);
				snprintf(path, sizeof path, "%s.%s.%s.env.%s.valueFrom.configMapKeyRef.name", pre, lists[l], cn, en);
				ref_hit(s, "ConfigMap", at_path(env->seq.items[k], "valueFrom.configMapKeyRef.name"), path);
				snprintf(path, sizeof path, "%s.%s.%s.env.%s.valueFrom.secretKeyRef.name", pre, lists[l], cn, en);
				ref_hit(s, "Secret", at_path(env->seq.items[k], "valueFrom.secretKeyRef.name"), path);
			}
			const struct obj *ef = obj_get(ct, "envFrom");
			for (uint32_t k = 0; ef && ef->kind == OBJ_SEQ && k < ef->seq.len; k++) {
				snprintf(path, sizeof path, "%s.%s.%s.envFrom.%u.configMapRef.name", pre, lists[l], cn, k);
				ref_hit(s, "ConfigMap", at_path(ef->seq.items[k], "configMapRef.name"), path);
				snprintf(path, sizeof path, "%s.%s.%s.envFrom.%u.secretRef.name", pre, lists[l], cn, k);
				ref_hit(s, "Secret", at_path(ef->seq.items[k], "secretRef.name"), path);
			}
		}
	}
}

static void scan_ingress_backend(struct refscan *s, const struct obj *b, const char *pre)
{
	char path[1024 + 32]; /* `pre` (at most 1023) and a short suffix */
	snprintf(path, sizeof path, "%s.service.name", pre);
	ref_hit(s, "Service", at_path(b, "service.name"), path);
	snprintf(path, sizeof path, "%s.serviceName", pre);
	ref_hit(s, "Service", obj_get(b, "serviceName"), path);
}

static void scan_refs(struct refscan *s, const struct k8s_obj *k)
{
	unsigned cls = kind_class(k->kind);
	s->from = k;
	const char *pre = pod_prefix(cls);
	if (pre) {
		const struct obj *pod = at_path(k->root, pre);
		if (pod && pod->kind == OBJ_MAP)
			scan_pod(s, pod, pre);
	} else if (cls & K_INGRESS) {
		char path[1024];
		scan_ingress_backend(s, at_path(k->root, "spec.defaultBackend"), "spec.defaultBackend");
		scan_ingress_backend(s, at_path(k->root, "spec.backend"), "spec.backend");
		const struct obj *rules = at_path(k->root, "spec.rules");
		for (uint32_t i = 0; rules && rules->kind == OBJ_SEQ && i < rules->seq.len; i++) {
			const struct obj *paths = at_path(rules->seq.items[i], "http.paths");
			for (uint32_t j = 0; paths && paths->kind == OBJ_SEQ && j < paths->seq.len; j++) {
				snprintf(path, sizeof path, "spec.rules.%u.http.paths.%u.backend", i, j);
				scan_ingress_backend(s, obj_get(paths->seq.items[j], "backend"), path);
			}
		}
		const struct obj *tls = at_path(k->root, "spec.tls");
		for (uint32_t i = 0; tls && tls->kind == OBJ_SEQ && i < tls->seq.len; i++) {
			snprintf(path, sizeof path, "spec.tls.%u.secretName", i);
			ref_hit(s, "Secret", obj_get(tls->seq.items[i], "secretName"), path);
		}
	} else if (cls & K_HPA) {
		const struct obj *kind = at_path(k->root, "spec.scaleTargetRef.kind");
		if (kind && kind->kind == OBJ_STR) {
			char kn[128];
			snprintf(kn, sizeof kn, "%.*s", (int)kind->s.len, kind->s.p);
			ref_hit(s, kn, at_path(k->root, "spec.scaleTargetRef.name"), "spec.scaleTargetRef.name");
		}
	}
}

/* ------------------------------------------------------------------ */
/* The driver */

static struct diff_object *add_object(struct diff_result *r, enum diff_status st, const struct k8s_obj *o, const struct k8s_obj *n)
{
	if (r->len == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->objects = xrealloc(r->objects, r->cap * sizeof *r->objects);
	}
	struct diff_object *d = &r->objects[r->len++];
	memset(d, 0, sizeof *d);
	d->status = st;
	d->old_obj = o;
	d->new_obj = n;
	return d;
}

/* The source text of a YAML-loaded object, and its column. */
static bool source_text(const struct srcmgr *sm, const struct obj *root, struct sv *text, uint32_t *col)
{
	const struct srcfile *f = sm ? srcmgr_get(sm, root->span.file) : NULL;
	if (!f || !root->span.len || (size_t)root->span.off + root->span.len > f->len)
		return false;
	*text = (struct sv){f->data + root->span.off, root->span.len};
	uint32_t c = 0;
	while (c < root->span.off && f->data[root->span.off - c - 1] != '\n')
		c++;
	*col = c;
	return true;
}

/* Whether the root's span reaches past its last node (so the text holds
 * the whole tree). */
static bool span_holds_tree(const struct obj *root)
{
	const struct obj *o = root;
	for (int depth = 0; depth < DIFF_MAX_DEPTH; depth++) {
		const struct obj *last = NULL;
		if (o->kind == OBJ_MAP && o->map.len)
			last = o->map.items[o->map.len - 1].val;
		else if (o->kind == OBJ_SEQ && o->seq.len)
			last = o->seq.items[o->seq.len - 1];
		if (!last)
			break;
		o = last;
	}
	return o->span.file == root->span.file && (uint64_t)o->span.off + o->span.len <= (uint64_t)root->span.off + root->span.len;
}

/* Byte-identical YAML parses to the same tree, unless an alias refers to
 * an anchor outside the text. */
static bool same_source(const struct srcmgr *osm, const struct srcmgr *nsm, const struct k8s_obj *o, const struct k8s_obj *n)
{
	struct sv a, b;
	uint32_t ca, cb;
	if (!source_text(osm, o->root, &a, &ca) || !source_text(nsm, n->root, &b, &cb))
		return false;
	return ca == cb && sv_eq(a, b) && !memchr(a.p, '*', a.len) && span_holds_tree(o->root) && span_holds_tree(n->root);
}

/* Compares a matched pair; false when equal. */
static bool diff_pair(struct dctx *c, struct diff_result *r, const struct k8s_obj *o, const struct k8s_obj *n, bool renamed)
{
	c->cls = kind_class(n->kind);
	c->kind = n->kind;
	c->podpre = pod_prefix(c->cls);
	c->renamed = renamed;
	c->ch.len = 0;
	c->nsegs = 0;
	c->paths_ok = false;
	diff_node(c, o->root, n->root, 0);
	if (!c->ch.len && !renamed)
		return false;
	struct diff_object *d = add_object(r, renamed ? DIFF_RENAMED : DIFF_CHANGED, o, n);
	qsort(c->ch.items, c->ch.len, sizeof *c->ch.items, change_cmp);
	d->nchanges = c->ch.len;
	d->changes = arena_alloc(&r->arena, (c->ch.len ? c->ch.len : 1) * sizeof *d->changes);
	if (c->ch.len)
		memcpy(d->changes, c->ch.items, c->ch.len * sizeof *d->changes);
	return true;
}

struct order_key {
	int rank;
	const char *gvk, *ns, *name;
	uint32_t status, idx;
};

static int order_cmp(const void *pa, const void *pb)
{
	const struct order_key *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	int c = strcmp(a->gvk, b->gvk);
	if (!c)
		c = strcmp(*a->ns ? a->ns : "~X", *b->ns ? b->ns : "~X");
	if (!c)
		c = strcmp(*a->name ? a->name : "~N", *b->name ? b->name : "~N");
	if (!c)
		c = (a->status > b->status) - (a->status < b->status);
	if (!c)
		c = (a->idx > b->idx) - (a->idx < b->idx);
	return c;
}

/* kustomize's legacy order (the same as objset_sort), by the NEW side. */
static void sort_objects(struct diff_result *r)
{
	struct order_key *keys = xcalloc(r->len + 1, sizeof *keys);
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		const struct k8s_obj *k = d->new_obj ? d->new_obj : d->old_obj;
		struct sv g = group_of(k->api_version);
		const char *ver = g.len ? k->api_version + g.len + 1 : *k->api_version ? k->api_version : "~V";
		keys[i] = (struct order_key){obj_kind_rank(k->kind),
					     g.len ? arena_printf(&r->arena, "%.*s_%s_%s", (int)g.len, g.p, ver, k->kind)
						   : arena_printf(&r->arena, "~G_%s_%s", ver, k->kind),
					     k->ns, k->name, (uint32_t)d->status, i};
	}
	qsort(keys, r->len, sizeof *keys, order_cmp);
	struct diff_object *sorted = xcalloc(r->cap ? r->cap : 1, sizeof *sorted);
	for (uint32_t i = 0; i < r->len; i++)
		sorted[i] = r->objects[keys[i].idx];
	free(r->objects);
	r->objects = sorted;
	free(keys);
}

static void add_risk(struct diff_result *r, struct diff_object *d, enum diff_risk k, const char *path, const char *msg)
{
	struct diff_risk_note *n = arena_alloc(&r->arena, (d->nrisks + 1) * sizeof *n);
	if (d->nrisks)
		memcpy(n, d->risks, d->nrisks * sizeof *n);
	n[d->nrisks++] = (struct diff_risk_note){k, path, msg};
	d->risks = n;
}

static void check_references(struct diff_result *r, const struct objset *new_set)
{
	uint32_t nrem = 0;
	for (uint32_t i = 0; i < r->len; i++)
		nrem += r->objects[i].status == DIFF_REMOVED || r->objects[i].status == DIFF_RENAMED;
	if (!nrem)
		return;
	struct refscan s = {.r = r};
	htab_init(&s.removed, nrem);
	s.refs = xcalloc(r->len, sizeof *s.refs);
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		if (d->status != DIFF_REMOVED && d->status != DIFF_RENAMED)
			continue;
		const struct k8s_obj *o = d->old_obj;
		struct sv key = sv_from(arena_printf(&r->arena, "%s\x1f%s\x1f%s", o->kind, o->ns, o->name));
		uint64_t h;
		uint32_t slot = htab_slot(&s.removed, key, &h);
		if (!s.removed.val[slot])
			htab_put(&s.removed, slot, key, h, i);
	}
	for (uint32_t i = 0; i < new_set->len; i++)
		scan_refs(&s, &new_set->items[i]);
	for (uint32_t i = 0; i < r->len; i++) {
		struct referrers *rf = &s.refs[i];
		if (!rf->n)
			continue;
		struct diff_object *d = &r->objects[i];
		struct buf m = {0};
		buf_printf(&m, "%s '%s' is %s but still referenced by ", d->old_obj->kind, d->old_obj->name,
			   d->status == DIFF_RENAMED ? "renamed" : "removed");
		for (uint32_t k = 0; k < rf->n && k < 3; k++)
			buf_printf(&m, "%s%s", k ? ", " : "", rf->first[k]);
		if (rf->n > 3)
			buf_printf(&m, " and %u more", rf->n - 3);
		add_risk(r, d, DIFF_RISK_REFERENCED, "", arena_strdup(&r->arena, buf_cstr(&m)));
		buf_free(&m);
	}
	free(s.refs);
	htab_free(&s.removed);
	buf_free(&s.key);
}

void diff_objsets(struct diff_result *r, const struct objset *old_set, const struct objset *new_set)
{
	diff_objsets_src(r, old_set, NULL, new_set, NULL);
}

void diff_objsets_src(struct diff_result *r, const struct objset *old_set, const struct srcmgr *old_sm,
		      const struct objset *new_set, const struct srcmgr *new_sm)
{
	memset(r, 0, sizeof *r);
	arena_init(&r->arena);
	uint32_t no = old_set->len, nn = new_set->len;
	/* identity -> first OLD index; later duplicates chain through `next` */
	struct htab t;
	htab_init(&t, no);
	uint32_t *next = xcalloc(no + 1, sizeof *next), *tail = xcalloc(no + 1, sizeof *tail);
	int64_t *old_match = xcalloc(no + 1, sizeof *old_match), *new_match = xcalloc(nn + 1, sizeof *new_match);
	for (uint32_t i = 0; i < no; i++) {
		old_match[i] = -1;
		next[i] = UINT32_MAX;
		struct sv key = identity(&r->arena, &old_set->items[i]);
		uint64_t h;
		uint32_t slot = htab_slot(&t, key, &h);
		if (!t.val[slot]) {
			htab_put(&t, slot, key, h, i);
			tail[i] = i;
		} else {
			uint32_t head = t.val[slot] - 1;
			next[tail[head]] = i;
			tail[head] = i;
		}
	}
	for (uint32_t j = 0; j < nn; j++) {
		new_match[j] = -1;
		struct sv key = identity(&r->arena, &new_set->items[j]);
		uint64_t h;
		uint32_t slot = htab_slot(&t, key, &h);
		for (uint32_t i = t.val[slot] ? t.val[slot] - 1 : UINT32_MAX; i != UINT32_MAX; i = next[i]) {
			if (old_match[i] < 0) {
				old_match[i] = j;
				new_match[j] = i;
				break;
			}
		}
	}
	htab_free(&t);
	free(next);
	free(tail);

	/* renames: the only removed and the only added hash-suffixed
	 * ConfigMap/Secret of one group/kind/namespace/prefix */
	struct cand {
		int64_t old_i, new_i;
		uint32_t nold, nnew;
	};
	struct htab rt;
	htab_init(&rt, no + nn);
	struct cand *cands = xcalloc(no + nn + 1, sizeof *cands);
	uint32_t ncands = 0;
	for (int side = 0; side < 2; side++) {
		const struct objset *set = side ? new_set : old_set;
		int64_t *match = side ? new_match : old_match;
		for (uint32_t i = 0; i < set->len; i++) {
			const struct k8s_obj *k = &set->items[i];
			size_t plen;
			if (match[i] >= 0 || !(kind_class(k->kind) & (K_CONFIGMAP | K_SECRET)) || !(plen = hash_suffixed(k->name)))
				continue;
			struct sv g = group_of(k->api_version);
			struct sv key = join_key(&r->arena, g, sv_from(k->kind), sv_from(k->ns), (struct sv){k->name, plen});
			uint64_t h;
			uint32_t slot = htab_slot(&rt, key, &h);
			if (!rt.val[slot]) {
				htab_put(&rt, slot, key, h, ncands);
				cands[ncands++] = (struct cand){-1, -1, 0, 0};
			}
			struct cand *cd = &cands[rt.val[slot] - 1];
			if (side) {
				cd->new_i = i;
				cd->nnew++;
			} else {
				cd->old_i = i;
				cd->nold++;
			}
		}
	}
	htab_free(&rt);
	int64_t *renamed_to = xcalloc(no + 1, sizeof *renamed_to), *renamed_from = xcalloc(nn + 1, sizeof *renamed_from);
	for (uint32_t i = 0; i < no; i++)
		renamed_to[i] = -1;
	for (uint32_t j = 0; j < nn; j++)
		renamed_from[j] = -1;
	for (uint32_t k = 0; k < ncands; k++) {
		if (cands[k].nold == 1 && cands[k].nnew == 1) {
			renamed_to[cands[k].old_i] = cands[k].new_i;
			renamed_from[cands[k].new_i] = cands[k].old_i;
		}
	}
	free(cands);

	struct dctx c = {.a = &r->arena};
	for (uint32_t j = 0; j < nn; j++) {
		const struct k8s_obj *n = &new_set->items[j];
		if (new_match[j] >= 0) {
			if (old_sm && new_sm && same_source(old_sm, new_sm, &old_set->items[new_match[j]], n))
				r->unchanged++;
			else if (diff_pair(&c, r, &old_set->items[new_match[j]], n, false))
				r->changed++;
			else
				r->unchanged++;
		} else if (renamed_from[j] >= 0) {
			diff_pair(&c, r, &old_set->items[renamed_from[j]], n, true);
			r->renamed++;
		} else {
			add_object(r, DIFF_ADDED, NULL, n);
			r->added++;
		}
	}
	for (uint32_t i = 0; i < no; i++) {
		if (old_match[i] >= 0 || renamed_to[i] >= 0)
			continue;
		const struct k8s_obj *o = &old_set->items[i];
		struct diff_object *d = add_object(r, DIFF_REMOVED, o, NULL);
		r->removed++;
		unsigned cls = kind_class(o->kind);
		if (cls & K_PDB)
			add_risk(r, d, DIFF_RISK_PROTECTION, "",
				 "PodDisruptionBudget removed: drains and upgrades may evict every replica at once");
		else if (cls & K_NETPOL)
			add_risk(r, d, DIFF_RISK_PROTECTION, "",
				 "NetworkPolicy removed: the traffic it isolated is no longer restricted");
	}
	free(old_match);
	free(new_match);
	free(renamed_to);
	free(renamed_from);
	buf_free(&c.path);
	buf_free(&c.gpath);
	free(c.segs);
	free(c.ch.items);

	check_references(r, new_set);
	/* every object's risks: its risky changes first, then its own */
	for (uint32_t i = 0; i < r->len; i++) {
		struct diff_object *d = &r->objects[i];
		uint32_t own = d->nrisks, nch = 0;
		for (uint32_t k = 0; k < d->nchanges; k++)
			nch += d->changes[k].risk != DIFF_RISK_NONE;
		if (nch) {
			struct diff_risk_note *n = arena_alloc(&r->arena, (own + nch) * sizeof *n);
			uint32_t m = 0;
			for (uint32_t k = 0; k < d->nchanges; k++)
				if (d->changes[k].risk != DIFF_RISK_NONE)
					n[m++] = (struct diff_risk_note){d->changes[k].risk, d->changes[k].path, d->changes[k].risk_msg};
			if (own)
				memcpy(n + m, d->risks, own * sizeof *n);
			d->risks = n;
			d->nrisks = own + nch;
		}
		r->risks += d->nrisks;
	}
	sort_objects(r);
}

void diff_result_free(struct diff_result *r)
{
	free(r->objects);
	arena_free(&r->arena);
	memset(r, 0, sizeof *r);
}

/* ------------------------------------------------------------------ */
/* Reports */

bool diff_format_parse(const char *s, enum diff_format *f)
{
	if (!strcmp(s, "text"))
		*f = DIFF_FORMAT_TEXT;
	else if (!strcmp(s, "markdown") || !strcmp(s, "md"))
		*f = DIFF_FORMAT_MARKDOWN;
	else if (!strcmp(s, "json"))
		*f = DIFF_FORMAT_JSON;
	else
		return false;
	return true;
}

static const char *const status_names[] = {"added", "removed", "changed", "renamed"};
static const char *const op_names[] = {"add", "remove", "change", "reorder"};

#define RENDER_MAX_DEPTH 64

static bool is_inline(const struct obj *o)
{
	return (o->kind != OBJ_MAP && o->kind != OBJ_SEQ) || (o->kind == OBJ_MAP && !o->map.len) ||
	       (o->kind == OBJ_SEQ && !o->seq.len);
}

/* A scalar as YAML would show it: strings plain when that reads back as
 * the same string, else double-quoted. */
static void put_scalar(struct buf *b, const struct obj *o)
{
	switch (o->kind) {
	case OBJ_NULL: buf_puts(b, "null"); break;
	case OBJ_BOOL: buf_puts(b, o->b ? "true" : "false"); break;
	case OBJ_INT: buf_printf(b, "%lld", (long long)o->i); break;
	case OBJ_STR:
		if (yaml_plain_safe(o->s))
			buf_putsv(b, o->s);
		else
			buf_json_str(b, o->s.p, o->s.len);
		break;
	case OBJ_MAP: buf_puts(b, "{}"); break;
	case OBJ_SEQ: buf_puts(b, "[]"); break;
	}
}

/* A reorder's identifiers: "a, b, c". */
static void put_ids(struct buf *b, const struct obj *seq)
{
	for (uint32_t i = 0; i < seq->seq.len; i++) {
		if (i)
			buf_puts(b, ", ");
		put_scalar(b, seq->seq.items[i]);
	}
}

/* A value as YAML lines, each after `prefix`. */
static void put_block(struct buf *b, const struct obj *o, const char *prefix)
{
	if (deeper_than(o, RENDER_MAX_DEPTH)) {
		buf_printf(b, "%s(a value nested more than %d levels deep)\n", prefix, RENDER_MAX_DEPTH);
		return;
	}
	struct buf y = {0};
	yaml_emit_obj(o, &y);
	size_t s = 0;
	for (size_t i = 0; i < y.len; i++) {
		if (y.data[i] != '\n')
			continue;
		buf_puts(b, prefix);
		buf_put(b, y.data + s, i - s);
		buf_putc(b, '\n');
		s = i + 1;
	}
	buf_free(&y);
}

static void put_size(struct buf *b, int64_t n)
{
	if (n < 0)
		buf_puts(b, "size unknown");
	else
		buf_printf(b, "%lld byte%s", (long long)n, n == 1 ? "" : "s");
}

/* "(secret, 12 bytes)" */
static void put_secret(struct buf *b, int64_t n)
{
	buf_puts(b, "(secret, ");
	put_size(b, n);
	buf_putc(b, ')');
}

static void put_ident(struct buf *b, const struct k8s_obj *k)
{
	buf_printf(b, "%s/%s%s%s", k->kind, k->ns, *k->ns ? "/" : "", k->name);
}

static void put_summary(struct buf *b, const struct diff_result *r)
{
	if (diff_result_equal(r)) {
		buf_printf(b, "no differences (%u object%s)", r->unchanged, r->unchanged == 1 ? "" : "s");
		return;
	}
	buf_printf(b, "%u changed, %u added, %u removed, %u renamed, %u unchanged; %u risk%s", r->changed, r->added, r->removed,
		   r->renamed, r->unchanged, r->risks, r->risks == 1 ? "" : "s");
}

/* --- text ---------------------------------------------------------- */

struct palette {
	const char *add, *del, *chg, *risk, *bold, *off;
};

static void text_value_line(struct buf *b, const struct diff_change *ch, const struct diff_render_opts *ro, const struct palette *p)
{
	bool hide = ch->secret && !ro->show_secrets;
	const struct obj *o = ch->old_val, *n = ch->new_val;
	if (ch->op == DIFF_OP_REORDER) {
		buf_printf(b, " (order): ");
		put_ids(b, o);
		buf_puts(b, " → ");
		put_ids(b, n);
		buf_putc(b, '\n');
		return;
	}
	if (hide) {
		buf_puts(b, ": ");
		if (ch->op == DIFF_OP_CHANGE) {
			buf_puts(b, "secret value changed (");
			put_size(b, ch->old_size);
			buf_puts(b, " → ");
			put_size(b, ch->new_size);
			buf_puts(b, ")\n");
		} else {
			buf_printf(b, "secret value %s (", ch->op == DIFF_OP_ADD ? "added" : "removed");
			put_size(b, ch->op == DIFF_OP_ADD ? ch->new_size : ch->old_size);
			buf_puts(b, ")\n");
		}
		return;
	}
	bool inl = (!o || is_inline(o)) && (!n || is_inline(n));
	if (inl) {
		buf_puts(b, ": ");
		if (o)
			put_scalar(b, o);
		if (o && n)
			buf_puts(b, " → ");
		if (n)
			put_scalar(b, n);
		buf_putc(b, '\n');
		return;
	}
	buf_puts(b, ":\n");
	char pre[64];
	if (o) {
		snprintf(pre, sizeof pre, "        %s-%s ", p->del, p->off);
		put_block(b, o, pre);
	}
	if (n) {
		snprintf(pre, sizeof pre, "        %s+%s ", p->add, p->off);
		put_block(b, n, pre);
	}
}

static void render_text(const struct diff_result *r, const struct diff_render_opts *ro, struct buf *b)
{
	struct palette p = {"", "", "", "", "", ""};
	if (ro->color)
		p = (struct palette){"\033[32m", "\033[31m", "\033[33m", "\033[1;31m", "\033[1m", "\033[0m"};
	buf_printf(b, "%s--- %s%s\n%s+++ %s%s\n", p.del, ro->old_label ? ro->old_label : "old", p.off, p.add,
		   ro->new_label ? ro->new_label : "new", p.off);
	put_summary(b, r);
	buf_putc(b, '\n');
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		const struct k8s_obj *k = d->new_obj ? d->new_obj : d->old_obj;
		const char *sym = d->status == DIFF_ADDED ? "+" : d->status == DIFF_REMOVED ? "-" : "~";
		const char *col = d->status == DIFF_ADDED ? p.add : d->status == DIFF_REMOVED ? p.del : p.chg;
		buf_printf(b, "\n%s%s%s %s", col, sym, p.off, p.bold);
		put_ident(b, k);
		if (d->status == DIFF_RENAMED)
			buf_printf(b, "%s ← %s", p.off, d->old_obj->name);
		buf_printf(b, "%s (%s): ", p.off, k->api_version);
		if (d->status == DIFF_CHANGED)
			buf_printf(b, "%u change%s\n", d->nchanges, d->nchanges == 1 ? "" : "s");
		else if (d->status == DIFF_RENAMED)
			buf_printf(b, "renamed, %u change%s\n", d->nchanges, d->nchanges == 1 ? "" : "s");
		else
			buf_printf(b, "%s\n", status_names[d->status]);
		for (uint32_t k2 = 0; k2 < d->nrisks; k2++)
			if (!*d->risks[k2].path)
				buf_printf(b, "    %s! %s: %s%s\n", p.risk, diff_risk_name(d->risks[k2].risk), d->risks[k2].msg, p.off);
		for (uint32_t c = 0; c < d->nchanges; c++) {
			const struct diff_change *ch = &d->changes[c];
			const char *cs = ch->op == DIFF_OP_ADD ? "+" : ch->op == DIFF_OP_REMOVE ? "-" : "~";
			const char *cc = ch->op == DIFF_OP_ADD ? p.add : ch->op == DIFF_OP_REMOVE ? p.del : p.chg;
			buf_printf(b, "    %s%s%s %s", cc, cs, p.off, ch->path);
			text_value_line(b, ch, ro, &p);
			if (ch->risk != DIFF_RISK_NONE)
				buf_printf(b, "      %s! %s: %s%s\n", p.risk, diff_risk_name(ch->risk), ch->risk_msg, p.off);
		}
	}
}

/* --- markdown ------------------------------------------------------ */

static void md_text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\`*_{}[]<>|#", *s))
			buf_putc(b, '\\');
		buf_putc(b, *s == '\n' ? ' ' : *s);
	}
}

/* Inline code that survives any content (and, in a table, pipes). */
static void md_code(struct buf *b, const char *s, bool in_table)
{
	int run = 0, max = 0;
	for (const char *q = s; *q; q++) {
		run = *q == '`' ? run + 1 : 0;
		max = run > max ? run : max;
	}
	int fence = max + 1;
	for (int i = 0; i < fence; i++)
		buf_putc(b, '`');
	bool pad = *s == '`' || (*s && s[strlen(s) - 1] == '`');
	if (pad)
		buf_putc(b, ' ');
	for (; *s; s++) {
		if (in_table && *s == '|')
			buf_putc(b, '\\');
		buf_putc(b, *s == '\n' ? ' ' : *s);
	}
	if (pad)
		buf_putc(b, ' ');
	for (int i = 0; i < fence; i++)
		buf_putc(b, '`');
}

static void md_ident(struct buf *b, const struct k8s_obj *k, bool in_table)
{
	struct buf t = {0};
	put_ident(&t, k);
	md_code(b, buf_cstr(&t), in_table);
	buf_free(&t);
}

static void md_change(struct buf *b, const struct diff_change *ch, const struct diff_render_opts *ro)
{
	bool hide = ch->secret && !ro->show_secrets;
	buf_printf(b, "@@ %s%s @@\n", ch->path, ch->op == DIFF_OP_REORDER ? " (order)" : "");
	if (ch->risk != DIFF_RISK_NONE)
		buf_printf(b, "! %s: %s\n", diff_risk_name(ch->risk), ch->risk_msg);
	if (ch->op == DIFF_OP_REORDER) {
		buf_puts(b, "- ");
		put_ids(b, ch->old_val);
		buf_puts(b, "\n+ ");
		put_ids(b, ch->new_val);
		buf_putc(b, '\n');
		return;
	}
	const struct obj *vals[2] = {ch->old_val, ch->new_val};
	const int64_t sizes[2] = {ch->old_size, ch->new_size};
	for (int side = 0; side < 2; side++) {
		if (!vals[side])
			continue;
		const char *pre = side ? "+ " : "- ";
		if (hide) {
			buf_puts(b, pre);
			put_secret(b, sizes[side]);
			buf_putc(b, '\n');
		} else if (is_inline(vals[side])) {
			buf_puts(b, pre);
			put_scalar(b, vals[side]);
			buf_putc(b, '\n');
		} else {
			put_block(b, vals[side], pre);
		}
	}
}

static void render_markdown(const struct diff_result *r, const struct diff_render_opts *ro, struct buf *b)
{
	buf_puts(b, "### kpc diff\n\n");
	md_code(b, ro->old_label ? ro->old_label : "old", false);
	buf_puts(b, " → ");
	md_code(b, ro->new_label ? ro->new_label : "new", false);
	buf_puts(b, ": ");
	if (diff_result_equal(r)) {
		buf_printf(b, "**no differences** (%u object%s)\n", r->unchanged, r->unchanged == 1 ? "" : "s");
		return;
	}
	buf_printf(b, "**%u changed, %u added, %u removed, %u renamed**, %u unchanged", r->changed, r->added, r->removed, r->renamed,
		   r->unchanged);
	if (r->risks)
		buf_printf(b, " · **⚠️ %u risk%s**", r->risks, r->risks == 1 ? "" : "s");
	buf_puts(b, "\n\n| | Object | API version | Status | Changes | Risks |\n|---|---|---|---|---:|---:|\n");
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		const struct k8s_obj *k = d->new_obj ? d->new_obj : d->old_obj;
		buf_printf(b, "| %s | ", d->nrisks ? "⚠️" : "");
		md_ident(b, k, true);
		if (d->status == DIFF_RENAMED) {
			buf_puts(b, " ← ");
			md_code(b, d->old_obj->name, true);
		}
		buf_puts(b, " | ");
		md_code(b, k->api_version, true);
		buf_printf(b, " | %s | %u | %u |\n", status_names[d->status], d->nchanges, d->nrisks);
	}
	if (r->risks) {
		buf_puts(b, "\n#### ⚠️ Risks\n\n");
		for (uint32_t i = 0; i < r->len; i++) {
			const struct diff_object *d = &r->objects[i];
			const struct k8s_obj *k = d->new_obj ? d->new_obj : d->old_obj;
			for (uint32_t j = 0; j < d->nrisks; j++) {
				buf_puts(b, "- ");
				md_ident(b, k, false);
				if (*d->risks[j].path) {
					buf_putc(b, ' ');
					md_code(b, d->risks[j].path, false);
				}
				buf_printf(b, " — **%s**: ", diff_risk_name(d->risks[j].risk));
				md_text(b, d->risks[j].msg);
				buf_putc(b, '\n');
			}
		}
	}
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		if (!d->nchanges)
			continue;
		const struct k8s_obj *k = d->new_obj;
		buf_puts(b, "\n#### ");
		md_ident(b, k, false);
		if (d->status == DIFF_RENAMED) {
			buf_puts(b, " ← ");
			md_code(b, d->old_obj->name, false);
		}
		buf_printf(b, " (%s)\n\n", status_names[d->status]);
		struct buf blk = {0};
		for (uint32_t c = 0; c < d->nchanges; c++)
			md_change(&blk, &d->changes[c], ro);
		int run = 0, max = 2;
		for (size_t q = 0; q < blk.len; q++) {
			run = blk.data[q] == '`' ? run + 1 : 0;
			max = run > max ? run : max;
		}
		for (int f = 0; f <= max; f++)
			buf_putc(b, '`');
		buf_puts(b, "diff\n");
		buf_put(b, blk.data, blk.len);
		for (int f = 0; f <= max; f++)
			buf_putc(b, '`');
		buf_putc(b, '\n');
		buf_free(&blk);
	}
}

/* --- json ---------------------------------------------------------- */

static void json_str(struct buf *b, const char *s)
{
	buf_json_str(b, s, strlen(s));
}

static void json_value(struct buf *b, const struct obj *o, bool show_secrets)
{
	if (deeper_than(o, RENDER_MAX_DEPTH))
		json_str(b, "(a value nested too deep to show)");
	else
		obj_dump_json(o, b, !show_secrets);
}

static void json_change(struct buf *b, const struct diff_change *ch, const struct diff_render_opts *ro)
{
	buf_printf(b, "{\"op\": \"%s\", \"path\": ", op_names[ch->op]);
	json_str(b, ch->path);
	buf_puts(b, ", \"segments\": [");
	for (uint32_t i = 0; i < ch->nsegs; i++) {
		const struct diff_seg *s = &ch->segs[i];
		if (i)
			buf_puts(b, ", ");
		if (s->kind == DIFF_SEG_KEY) {
			buf_json_str(b, s->key.p, s->key.len);
		} else if (s->kind == DIFF_SEG_INDEX) {
			buf_printf(b, "%u", s->index);
		} else {
			buf_putc(b, '{');
			buf_json_str(b, s->key.p, s->key.len);
			buf_puts(b, ": ");
			buf_json_str(b, s->value.p, s->value.len);
			buf_putc(b, '}');
		}
	}
	buf_putc(b, ']');
	if (ch->secret) {
		buf_puts(b, ", \"secret\": true, \"oldSize\": ");
		if (ch->old_size >= 0)
			buf_printf(b, "%lld", (long long)ch->old_size);
		else
			buf_puts(b, "null");
		buf_puts(b, ", \"newSize\": ");
		if (ch->new_size >= 0)
			buf_printf(b, "%lld", (long long)ch->new_size);
		else
			buf_puts(b, "null");
	}
	if (!ch->secret || ro->show_secrets) {
		if (ch->old_val) {
			buf_puts(b, ", \"old\": ");
			json_value(b, ch->old_val, ro->show_secrets);
		}
		if (ch->new_val) {
			buf_puts(b, ", \"new\": ");
			json_value(b, ch->new_val, ro->show_secrets);
		}
	}
	if (ch->risk != DIFF_RISK_NONE) {
		buf_printf(b, ", \"risk\": \"%s\", \"riskMessage\": ", diff_risk_name(ch->risk));
		json_str(b, ch->risk_msg);
	}
	buf_putc(b, '}');
}

static void render_json(const struct diff_result *r, const struct diff_render_opts *ro, struct buf *b)
{
	buf_puts(b, "{\n  \"version\": 1,\n  \"old\": ");
	json_str(b, ro->old_label ? ro->old_label : "old");
	buf_puts(b, ",\n  \"new\": ");
	json_str(b, ro->new_label ? ro->new_label : "new");
	buf_printf(b, ",\n  \"equal\": %s,\n", diff_result_equal(r) ? "true" : "false");
	buf_printf(b, "  \"summary\": {\"changed\": %u, \"added\": %u, \"removed\": %u, \"renamed\": %u, \"unchanged\": %u, \"risks\": %u},\n",
		   r->changed, r->added, r->removed, r->renamed, r->unchanged, r->risks);
	buf_puts(b, "  \"objects\": [");
	for (uint32_t i = 0; i < r->len; i++) {
		const struct diff_object *d = &r->objects[i];
		const struct k8s_obj *k = d->new_obj ? d->new_obj : d->old_obj;
		buf_puts(b, i ? ",\n    {\n" : "\n    {\n");
		buf_printf(b, "      \"status\": \"%s\",\n      \"apiVersion\": ", status_names[d->status]);
		json_str(b, k->api_version);
		buf_puts(b, ",\n      \"kind\": ");
		json_str(b, k->kind);
		if (*k->ns) {
			buf_puts(b, ",\n      \"namespace\": ");
			json_str(b, k->ns);
		}
		buf_puts(b, ",\n      \"name\": ");
		json_str(b, k->name);
		if (d->old_obj && d->new_obj && strcmp(d->old_obj->name, d->new_obj->name)) {
			buf_puts(b, ",\n      \"oldName\": ");
			json_str(b, d->old_obj->name);
		}
		if (d->old_obj && d->new_obj && strcmp(d->old_obj->api_version, d->new_obj->api_version)) {
			buf_puts(b, ",\n      \"oldApiVersion\": ");
			json_str(b, d->old_obj->api_version);
		}
		buf_puts(b, ",\n      \"risks\": [");
		for (uint32_t j = 0; j < d->nrisks; j++) {
			buf_printf(b, "%s\n        {\"risk\": \"%s\", \"path\": ", j ? "," : "", diff_risk_name(d->risks[j].risk));
			json_str(b, d->risks[j].path);
			buf_puts(b, ", \"message\": ");
			json_str(b, d->risks[j].msg);
			buf_putc(b, '}');
		}
		buf_puts(b, d->nrisks ? "\n      ],\n      \"changes\": [" : "],\n      \"changes\": [");
		for (uint32_t j = 0; j < d->nchanges; j++) {
			buf_puts(b, j ? ",\n        " : "\n        ");
			json_change(b, &d->changes[j], ro);
		}
		buf_puts(b, d->nchanges ? "\n      ]\n    }" : "]\n    }");
	}
	buf_puts(b, r->len ? "\n  ]\n}\n" : "]\n}\n");
}

void diff_render(const struct diff_result *r, enum diff_format f, const struct diff_render_opts *o, struct buf *out)
{
	static const struct diff_render_opts dflt = {0};
	if (!o)
		o = &dflt;
	switch (f) {
	case DIFF_FORMAT_TEXT: render_text(r, o, out); break;
	case DIFF_FORMAT_MARKDOWN: render_markdown(r, o, out); break;
	case DIFF_FORMAT_JSON: render_json(r, o, out); break;
	}
}
