/* engine.c: running the rules, making findings, waivers, fingerprints and
 * baselines.
 *
 * The pipeline per file is: every object's rules (object scope), then every
 * pod spec's, then every container's; then waivers from annotations; then
 * the object's entries in the cross-object index.  lint_finish runs the
 * cross-object rules once over the index, sorts, and fingerprints. */
#define _GNU_SOURCE
#include "index.h"
#include "schema.h"
#include "kpc/yaml.h"
#include "store.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *lint_sev_name(enum lint_sev s)
{
	static const char *const n[] = {"off", "info", "warning", "error"};
	return (unsigned)s <= LINT_ERROR ? n[s] : "off";
}

bool lint_sev_parse(const char *s, enum lint_sev *out)
{
	for (int i = LINT_OFF; i <= LINT_ERROR; i++) {
		if (strcmp(s, lint_sev_name((enum lint_sev)i)) == 0) {
			*out = (enum lint_sev)i;
			return true;
		}
	}
	return false;
}

void lint_config_init(struct lint_config *c, unsigned profile)
{
	memset(c, 0, sizeof *c);
	size_t n = rule_count();
	c->rules = xcalloc(n, sizeof *c->rules);
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		c->rules[i].sev = (r->profiles & profile) ? r->sev : LINT_OFF;
		c->rules[i].waivable = true;
	}
	c->k8s_minor = 32;
}

void lint_config_free(struct lint_config *c)
{
	free(c->rules);
	c->rules = NULL;
}

void lint_run_init(struct lint_run *r, const struct lint_config *cfg)
{
	lint_run_init_in(r, cfg, NULL);
}

void lint_run_init_in(struct lint_run *r, const struct lint_config *cfg, struct arena *a)
{
	memset(r, 0, sizeof *r);
	arena_init(&r->own);
	r->arena = &r->own;
	r->keep = a ? a : &r->own;
	r->cfg = cfg;
	r->index = xcalloc(1, sizeof *r->index);
}

/* A spilling run's index keeps this much of its pages in memory (pages.h):
 * the rest waits in a temporary file. */
static size_t index_memory(const struct lint_run *r)
{
	return !r->store ? SIZE_MAX : r->index_memory ? r->index_memory : 1u << 20;
}

void lint_run_free(struct lint_run *r)
{
	vec_free(&r->waivers);
	free(r->items);
	index_free(r->index);
	free(r->index);
	store_free(r->store);
	store_free(r->sealed);
	store_free(r->late);
	free(r->late_keys);
	if (r->late)
		arena_free(&r->late_strings);
	free(r->memo);
	free(r->active);
	free(r->active_obj);
	schema_cache_free(r->schema_cache);
	free(r->baseline);
	arena_free(&r->own);
	memset(r, 0, sizeof *r);
}

char *lint_printf(struct lint_run *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(r->arena, fmt, ap);
	va_end(ap);
	return p;
}

char *lint_ptr(struct lint_run *r, const char *base, const char *key, size_t keylen)
{
	struct buf b = {0};
	buf_puts(&b, base);
	buf_putc(&b, '/');
	for (size_t i = 0; i < keylen; i++) {
		if (key[i] == '~')
			buf_puts(&b, "~0");
		else if (key[i] == '/')
			buf_puts(&b, "~1");
		else
			buf_putc(&b, key[i]);
	}
	char *out = arena_strndup(r->arena, b.data, b.len);
	buf_free(&b);
	return out;
}

/* ---- locations ---------------------------------------------------------- */

struct loc lint_loc(struct lint_run *r, struct span sp)
{
	struct loc l = {0};
	const struct srcfile *f = r->sm ? srcmgr_get(r->sm, sp.file) : NULL;
	if (!f)
		return l;
	/* the caller's path, or a copy in the run, made again only when the
	 * file's name differs (a source manager may be freed and its memory
	 * reused, so the copy is matched by its text, not by address) */
	if (r->file_path) {
		l.file = r->file_path;
	} else {
		if (!r->path_copy || strcmp(r->path_copy, f->path))
			r->path_copy = arena_strdup(r->keep, f->path);
		l.file = r->path_copy;
	}
	l.file_index = r->file_index;
	l.off = sp.off;
	l.len = sp.len;
	if (!f->nlines) {
		srcmgr_linecol(r->sm, sp.file, sp.off, &l.line, &l.col);
		l.end_line = l.line;
		l.end_col = l.col + sp.len;
		return l;
	}
	/* from the last line found: the nodes of a document come in order */
	uint32_t at = r->line_hint = srcfile_line(f, sp.off, r->line_hint);
	l.line = at + 1;
	l.col = sp.off - f->lines[at] + 1;
	/* the line ends where the next begins: most spans end on their first */
	uint32_t next = l.line < f->nlines ? f->lines[l.line] : (uint32_t)f->len + 1;
	if (sp.off + sp.len < next) {
		l.end_line = l.line;
		l.end_col = l.col + sp.len;
	} else {
		srcmgr_linecol(r->sm, sp.file, sp.off + sp.len, &l.end_line, &l.end_col);
	}
	return l;
}

/* ---- reporting ---------------------------------------------------------- */

static struct finding *new_finding(struct lint_run *r)
{
	if (r->len == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->items = xrealloc(r->items, r->cap * sizeof *r->items);
	}
	struct finding *f = &r->items[r->len++];
	memset(f, 0, sizeof *f);
	return f;
}

/* "/spec/template/spec/containers/0/image" → "spec.template.spec.containers.app.image" */
void lint_dotted_path(const char *pointer, const char *container, struct buf *out)
{
	/* a segment at a time, copied whole unless it holds a '~' escape */
	size_t clen = container ? strlen(container) : 0;
	const char *p = pointer;
	bool after_containers = false;
	while (p && *p == '/') {
		p++;
		const char *e = strchr(p, '/');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		buf_reserve(out, 1 + (n > clen ? n : clen));
		char *o = out->data + out->len;
		if (out->len)
			*o++ = '.';
		bool digits = n > 0;
		for (size_t i = 0; i < n && digits; i++)
			digits = p[i] >= '0' && p[i] <= '9';
		if (after_containers && digits && container) {
			memcpy(o, container, clen);
			o += clen;
		} else if (!memchr(p, '~', n)) {
			memcpy(o, p, n);
			o += n;
		} else {
			for (size_t i = 0; i < n; i++) {
				if (p[i] == '~' && i + 1 < n) {
					*o++ = p[i + 1] == '1' ? '/' : '~';
					i++;
				} else {
					*o++ = p[i];
				}
			}
		}
		out->len = (size_t)(o - out->data);
		after_containers = (n == 10 && !memcmp(p, "containers", 10)) || (n == 14 && !memcmp(p, "initContainers", 14)) ||
				   (n == 19 && !memcmp(p, "ephemeralContainers", 19));
		p += n;
	}
	buf_cstr(out);
}

/* "Kind/ns/name": made once per object and arena (findings cluster on
 * objects). */
static const char *object_ident(struct lint_run *r, const struct k8s_obj *o)
{
	if (r->ident_of != o || r->ident_arena != r->arena) {
		r->ident = *o->ns ? lint_printf(r, "%s/%s/%s", o->kind, o->ns, o->name) : lint_printf(r, "%s/%s", o->kind, o->name);
		r->ident_of = o;
		r->ident_arena = r->arena;
	}
	return r->ident;
}

static void late_drain(struct lint_run *r);

static struct finding *vreport(struct lint_ctx *cx, struct loc loc, const char *object, const char *container,
			       const char *pointer, const char *fmt, va_list ap) KPC_PRINTF(6, 0);
static struct finding *vreport(struct lint_ctx *cx, struct loc loc, const char *object, const char *container,
			       const char *pointer, const char *fmt, va_list ap)
{
	struct lint_run *r = cx->run;
	enum lint_sev sev = cx->rc->sev;
	if (sev == LINT_OFF)
		return NULL;
	if (!r->cfg->closed_world && cx->rule->open_world == 2)
		return NULL;
	if (!r->cfg->closed_world && cx->rule->open_world == 1 && sev > LINT_INFO)
		sev = LINT_INFO;
	/* late findings: the batch made so far is complete (a rule changes a
	 * finding only before its next report) */
	if (r->late && r->len >= r->late_batch)
		late_drain(r);
	struct arena *a = r->late ? &r->late_strings : r->arena;
	struct finding *f = new_finding(r);
	f->rule = cx->rule;
	f->sev = sev;
	f->loc = loc;
	f->message = arena_vprintf(a, fmt, ap);
	f->object = !object ? NULL : object == r->ident && r->ident_arena == a ? object : arena_strdup(a, object);
	f->container = container ? arena_strdup(a, container) : NULL;
	f->pointer = arena_strdup(a, pointer ? pointer : "");
	return f;
}

struct finding *lint_report(struct lint_ctx *cx, const struct obj *node, const struct obj *fallback, const char *pointer,
			    const char *fmt, ...)
{
	const struct obj *at = node ? node : fallback ? fallback : cx->obj->root;
	/* compiled objects: a node kpc made up (a default, a merged map) has no
	 * span of its own; the fallback, then the object's statement, has one */
	if (!at->span.file && fallback && fallback->span.file)
		at = fallback;
	if (!at->span.file && cx->obj)
		at = cx->obj->root;
	struct loc loc = lint_loc(cx->run, at->span);
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = vreport(cx, loc, cx->obj ? object_ident(cx->run, cx->obj) : NULL, cx->cv ? cx->cv->name : NULL,
				    pointer, fmt, ap);
	va_end(ap);
	return f;
}

struct finding *lint_report_at(struct lint_ctx *cx, const struct loc *loc, const char *object, const char *container,
			       const char *pointer, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = vreport(cx, *loc, object, container, pointer, fmt, ap);
	va_end(ap);
	return f;
}

const struct obj *lint_param(const struct lint_ctx *cx, const char *name)
{
	return cx->rc->params ? obj_get(cx->rc->params, name) : NULL;
}

int64_t lint_param_int(const struct lint_ctx *cx, const char *name, int64_t dflt)
{
	int64_t v;
	return o_int(lint_param(cx, name), &v) ? v : dflt;
}

/* ---- accessors ---------------------------------------------------------- */


const struct obj *o_path(const struct obj *m, const char *dotted)
{
	const char *p = dotted;
	while (m && *p) {
		size_t n = 0;
		while (p[n] && p[n] != '.')
			n++;
		m = obj_get_n(m, p, n);
		p += n;
		if (*p == '.')
			p++;
	}
	return m;
}

const char *o_str(const struct obj *o)
{
	return o && o->kind == OBJ_STR ? o->s.p : NULL;
}

bool o_bool(const struct obj *o, bool *out)
{
	if (!o)
		return false;
	if (o->kind == OBJ_BOOL) {
		*out = o->b;
		return true;
	}
	if (o->kind == OBJ_STR && (sv_eqc(o->s, "true") || sv_eqc(o->s, "false"))) {
		*out = sv_eqc(o->s, "true");
		return true;
	}
	return false;
}

bool o_is_true(const struct obj *o)
{
	bool b;
	return o_bool(o, &b) && b;
}

bool o_int(const struct obj *o, int64_t *out)
{
	if (!o)
		return false;
	if (o->kind == OBJ_INT) {
		*out = o->i;
		return true;
	}
	if (o->kind == OBJ_STR && o->s.len && o->s.len < 19) {
		int64_t v = 0;
		size_t i = o->s.p[0] == '-' ? 1 : 0;
		if (i == o->s.len)
			return false;
		for (; i < o->s.len; i++) {
			if (o->s.p[i] < '0' || o->s.p[i] > '9')
				return false;
			v = v * 10 + (o->s.p[i] - '0');
		}
		*out = o->s.p[0] == '-' ? -v : v;
		return true;
	}
	return false;
}

const struct obj *effective_sc(const struct container_view *cv, const char *field)
{
	const struct obj *c = o_get(o_get(cv->c, "securityContext"), field);
	if (c && c->kind != OBJ_NULL)
		return c;
	/* fields that exist on both PodSecurityContext and SecurityContext */
	static const char *const both[] = {"runAsUser", "runAsGroup", "runAsNonRoot", "seccompProfile", "seLinuxOptions",
					   "windowsOptions", "appArmorProfile"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(both); i++)
		if (strcmp(both[i], field) == 0) {
			const struct obj *p = o_get(o_get(cv->pod->spec, "securityContext"), field);
			return p && p->kind != OBJ_NULL ? p : NULL;
		}
	return NULL;
}

bool selector_matches(const struct obj *selector, const struct obj *labels)
{
	if (!selector || selector->kind != OBJ_MAP)
		return false;
	const struct obj *ml = o_get(selector, "matchLabels");
	const struct obj *me = o_get(selector, "matchExpressions");
	if (!ml && !me)
		ml = selector; /* a Service's plain selector map */
	if (ml && ml->kind == OBJ_MAP) {
		for (uint32_t i = 0; i < ml->map.len; i++) {
			const struct obj *want = ml->map.items[i].val;
			const struct obj *have = labels && labels->kind == OBJ_MAP ? obj_get(labels, ml->map.items[i].key.p) : NULL;
			if (!have || !want || have->kind != OBJ_STR || want->kind != OBJ_STR || !sv_eq(have->s, want->s))
				return false;
		}
	}
	if (me && me->kind == OBJ_SEQ) {
		for (uint32_t i = 0; i < me->seq.len; i++) {
			const char *key = o_str(o_get(me->seq.items[i], "key"));
			const char *op = o_str(o_get(me->seq.items[i], "operator"));
			const struct obj *vals = o_get(me->seq.items[i], "values");
			if (!key || !op)
				return false;
			const struct obj *have = labels && labels->kind == OBJ_MAP ? obj_get(labels, key) : NULL;
			bool in = false;
			for (uint32_t j = 0; have && vals && vals->kind == OBJ_SEQ && j < vals->seq.len; j++)
				in |= vals->seq.items[j]->kind == OBJ_STR && have->kind == OBJ_STR && sv_eq(vals->seq.items[j]->s, have->s);
			if ((!strcmp(op, "In") && !in) || (!strcmp(op, "NotIn") && in) || (!strcmp(op, "Exists") && !have) ||
			    (!strcmp(op, "DoesNotExist") && have))
				return false;
		}
	}
	return true;
}

/* Kubernetes' quantity grammar (k8s.io/apimachinery resource.Quantity):
 *   [+-]? (digits [. digits?] | . digits) (exponent | suffix)?
 *   exponent: [eE] [+-]? digits; suffix: Ki Mi Gi Ti Pi Ei n u m "" k M G T P E
 * Anything else (0x10, inf, 1.5.0Gi, 500MB, "1 Gi") is not a quantity. */
bool quantity_parse(const struct obj *q, double *out)
{
	if (!q)
		return false;
	if (q->kind == OBJ_INT) {
		*out = (double)q->i;
		return true;
	}
	if (q->kind != OBJ_STR || q->s.len == 0 || q->s.len > 40)
		return false;
	const char *p = q->s.p, *end = q->s.p + q->s.len;
	double sign = 1, mant = 0, scale = 1;
	if (*p == '+' || *p == '-')
		sign = *p++ == '-' ? -1 : 1;
	bool digits = false;
	while (p < end && *p >= '0' && *p <= '9') {
		mant = mant * 10 + (*p++ - '0');
		digits = true;
	}
	if (p < end && *p == '.') {
		p++;
		while (p < end && *p >= '0' && *p <= '9') {
			scale /= 10;
			mant += (*p++ - '0') * scale;
			digits = true;
		}
	}
	if (!digits)
		return false;
	double mult = 1;
	size_t rest = (size_t)(end - p);
	if (rest && (*p == 'e' || *p == 'E') && rest > 1) {
		const char *e = p + 1;
		int esign = 1, ev = 0;
		if (*e == '+' || *e == '-')
			esign = *e++ == '-' ? -1 : 1;
		if (e == end)
			return false;
		for (; e < end; e++) {
			if (*e < '0' || *e > '9' || ev > 400)
				return false;
			ev = ev * 10 + (*e - '0');
		}
		for (int i = 0; i < ev; i++)
			mult = esign > 0 ? mult * 10 : mult / 10;
	} else if (rest) {
		/* a one-letter suffix, or a binary one (Ki ... Ei) */
		static const char units1[] = "mkMGTPEnu", units2[] = "KMGTPE";
		static const double mult1[] = {1e-3, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 1e-9, 1e-6};
		static const double mult2[] = {1024.0, 1048576.0, 1073741824.0, 1099511627776.0,
					       1125899906842624.0, 1152921504606846976.0};
		const char *u;
		if (rest == 1 && *p && (u = strchr(units1, *p)))
			mult = mult1[u - units1];
		else if (rest == 2 && p[1] == 'i' && *p && (u = strchr(units2, *p)))
			mult = mult2[u - units2];
		else
			return false;
	}
	*out = sign * mant * mult;
	return true;
}

/* ---- pod specs ---------------------------------------------------------- */

static size_t pods_of(const struct k8s_obj *o, struct pod_view *out);

size_t lint_pods(struct lint_run *r, const struct k8s_obj *o, struct pod_view *out, size_t max)
{
	if (!max)
		return 0;
	/* the rules of one object ask again and again: the last answer is kept */
	if (r && r->pods_of == o) {
		if (r->npods)
			out[0] = r->pods;
		return r->npods;
	}
	size_t n = pods_of(o, out);
	if (r) {
		r->pods_of = o;
		r->npods = n;
		if (n)
			r->pods = out[0];
	}
	return n;
}

/* The pod spec of a workload, by its kind. */
static size_t pods_of(const struct k8s_obj *o, struct pod_view *out)
{
	const struct obj *root = o->root;
	struct pod_view v = {.obj = o, .replicas = -1};
	const char *k = o->kind;
	/* most kinds have no pod: their first letter is not one of these */
	if (!k[0] || !strchr("PDSRJC", k[0]))
		return 0;
	if (!strcmp(k, "Pod")) {
		v.spec = o_get(root, "spec");
		v.meta = o_get(root, "metadata");
		v.prefix = "/spec";
	} else if (!strcmp(k, "Deployment") || !strcmp(k, "StatefulSet") || !strcmp(k, "DaemonSet") ||
		   !strcmp(k, "ReplicaSet") || !strcmp(k, "ReplicationController") || !strcmp(k, "Job") ||
		   !strcmp(k, "DeploymentConfig")) {
		v.template_ = o_get(o_get(root, "spec"), "template");
		v.spec = o_get(v.template_, "spec");
		v.meta = o_get(v.template_, "metadata");
		v.prefix = "/spec/template/spec";
		v.is_job = !strcmp(k, "Job");
		if (strcmp(k, "DaemonSet") && !v.is_job) {
			int64_t n;
			const struct obj *rep = o_get(o_get(root, "spec"), "replicas");
			v.replicas = o_int(rep, &n) ? n : rep ? -1 : 1; /* the API's default is 1 */
		}
	} else if (!strcmp(k, "CronJob")) {
		v.template_ = o_get(o_get(o_get(o_get(root, "spec"), "jobTemplate"), "spec"), "template");
		v.spec = o_get(v.template_, "spec");
		v.meta = o_get(v.template_, "metadata");
		v.prefix = "/spec/jobTemplate/spec/template/spec";
		v.is_job = true;
	} else if (!strcmp(k, "PodTemplate")) {
		v.template_ = o_get(root, "template");
		v.spec = o_get(v.template_, "spec");
		v.meta = o_get(v.template_, "metadata");
		v.prefix = "/template/spec";
	} else {
		return 0;
	}
	if (!v.spec || v.spec->kind != OBJ_MAP)
		return 0;
	out[0] = v;
	return 1;
}

/* ---- waivers ------------------------------------------------------------ */

/* A valid waiver, kept until the cross-object rules have run. */
struct kept_waiver {
	const struct rule *rule; /* NULL: ignore-all */
	const char *ident, *key, *reason, *containers;
	bool used, waivable;
	struct loc loc;
	uint32_t file_index, start, end; /* the object's source range */
};

struct waiver {
	const struct rule *rule; /* NULL: ignore-all */
	const char *key;
	char *reason;
	const char *containers; /* comma list or NULL */
	int until;		/* YYYYMMDD, 0 none */
	bool bad_date;
	const struct obj *node;
	struct loc loc;
	bool used;
};

static int today(void)
{
	const char *fake = getenv("KPC_TODAY"); /* tests pin the date */
	if (fake && strlen(fake) == 10)
		return atoi(fake) * 10000 + atoi(fake + 5) * 100 + atoi(fake + 8);
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static char *trim(struct lint_run *r, const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return arena_strndup(r->arena, s, n);
}

static void parse_waiver(struct lint_run *r, struct waiver *w, const char *value)
{
	const char *p = value;
	bool first = true;
	while (p) {
		const char *e = strchr(p, ';');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *part = trim(r, p, n);
		if (first) {
			w->reason = part;
			first = false;
		} else if (!strncmp(part, "containers=", 11)) {
			w->containers = part + 11;
		} else if (!strncmp(part, "until=", 6)) {
			const char *d = part + 6;
			if (strlen(d) == 10 && d[4] == '-' && d[7] == '-')
				w->until = atoi(d) * 10000 + atoi(d + 5) * 100 + atoi(d + 8);
			else
				w->bad_date = true;
		} else if (*part) {
			/* a ';' inside the reason */
			w->reason = lint_printf(r, "%s; %s", w->reason, part);
		}
		p = e ? e + 1 : NULL;
	}
}

static bool container_listed(const char *list, const char *name)
{
	if (!list)
		return true;
	if (!name)
		return false;
	size_t n = strlen(name);
	const char *p = list;
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		const char *e = p;
		while (*e && *e != ',')
			e++;
		const char *t = e;
		while (t > p && t[-1] == ' ')
			t--;
		if ((size_t)(t - p) == n && !memcmp(p, name, n))
			return true;
		p = e;
	}
	return false;
}

static const struct rule *meta_rule(const char *id)
{
	return rule_find(id);
}

/* Applies the waivers of object `o` to findings [from, r->len) and reports
 * the waivers' own problems. */
static void apply_waivers(struct lint_run *r, const struct k8s_obj *o, uint32_t from)
{
	struct waiver ws[32];
	size_t nw = 0;
	const struct obj *metas[2] = {o_get(o->root, "metadata"), NULL};
	struct pod_view pv;
	if (lint_pods(r, o, &pv, 1) && pv.meta && pv.meta != metas[0])
		metas[1] = pv.meta;
	for (int m = 0; m < 2; m++) {
		const struct obj *ann = o_get(metas[m], "annotations");
		if (!ann || ann->kind != OBJ_MAP)
			continue;
		for (uint32_t i = 0; i < ann->map.len && nw < KPC_ARRAY_LEN(ws); i++) {
			struct sv k = ann->map.items[i].key;
			const struct obj *v = ann->map.items[i].val;
			struct waiver w = {0};
			if (sv_eqc(k, "kpc.dev/ignore-all")) {
				w.rule = NULL;
			} else if (sv_starts(k, "kpc.dev/ignore.")) {
				char *id = arena_strndup(r->arena, k.p + 15, k.len - 15);
				w.rule = rule_find(id);
				if (!w.rule) {
					const struct rule *mr = meta_rule("MD009");
					if (mr) {
						struct lint_ctx cx = {r, mr, &r->cfg->rules[rule_index(mr)], o, NULL, NULL};
						lint_report(&cx, v, NULL, NULL, "waiver names no rule: '%s'", id);
					}
					continue;
				}
			} else {
				continue;
			}
			w.key = arena_strndup(r->arena, k.p, k.len);
			w.node = v;
			parse_waiver(r, &w, v->kind == OBJ_STR ? v->s.p : "");
			ws[nw++] = w;
		}
	}
	int now = nw ? today() : 0;
	for (size_t i = 0; i < nw; i++) {
		struct waiver *w = &ws[i];
		bool expired = w->until && w->until < now;
		bool reasonless = !w->reason || !*w->reason;
		for (uint32_t j = from; j < r->len; j++) {
			struct finding *f = &r->items[j];
			if (f->waived || (w->rule && f->rule != w->rule) || !strcmp(f->rule->family, "waivers"))
				continue;
			if (!container_listed(w->containers, f->container))
				continue;
			const struct rule_config *rc = &r->cfg->rules[rule_index(f->rule)];
			if (!rc->waivable) {
				w->used = true;
				continue; /* reported below */
			}
			if (expired || reasonless || w->bad_date)
				continue;
			f->waived = true;
			f->waiver_reason = w->reason;
			w->used = true;
		}
		struct lint_ctx cx = {r, NULL, NULL, o, NULL, NULL};
		const struct rule *mr = NULL;
		if (reasonless)
			mr = meta_rule("MD000");
		else if (w->bad_date)
			mr = meta_rule("MD009");
		else if (expired)
			mr = meta_rule("MD007");
		if (!reasonless && !w->bad_date && !expired) {
			/* kept for the cross-object rules, which run at the end; an
			 * unused waiver is reported then */
			struct kept_waiver *k = arena_new(r->arena, struct kept_waiver);
			k->rule = w->rule;
			k->ident = object_ident(r, o);
			k->key = w->key;
			k->reason = w->reason;
			k->containers = w->containers;
			k->used = w->used;
			k->waivable = !w->rule || r->cfg->rules[rule_index(w->rule)].waivable;
			k->loc = lint_loc(r, w->node->span);
			k->file_index = r->file_index;
			k->start = o->root->span.off;
			k->end = o->root->span.off + o->root->span.len;
			vec_push(&r->waivers, k);
		}
		if (mr) {
			cx.rule = mr;
			cx.rc = &r->cfg->rules[rule_index(mr)];
			if (reasonless)
				lint_report(&cx, w->node, NULL, NULL, "waiver '%s' gives no reason; it is not applied", w->key);
			else if (w->bad_date)
				lint_report(&cx, w->node, NULL, NULL, "waiver '%s' has an invalid date; write until=YYYY-MM-DD", w->key);
			else
				lint_report(&cx, w->node, NULL, NULL, "waiver '%s' expired on %04d-%02d-%02d; it is not applied", w->key,
					    w->until / 10000, w->until / 100 % 100, w->until % 100);
		}
		if (w->rule) {
			const struct rule_config *rc = &r->cfg->rules[rule_index(w->rule)];
			const struct rule *nr = meta_rule("MD009");
			if (!rc->waivable && nr) {
				cx.rule = nr;
				cx.rc = &r->cfg->rules[rule_index(nr)];
				lint_report(&cx, w->node, NULL, NULL, "rule %s (%s) may not be waived by this policy", w->rule->id,
					    w->rule->slug);
			}
		}
	}
}

/* ---- running ------------------------------------------------------------ */

/* The containers of a pod spec (init, regular, ephemeral), made once per
 * object for every container rule: names and JSON pointers are built here,
 * not once per rule. */
static uint32_t container_views(struct lint_run *r, const struct pod_view *pv, struct container_view **out)
{
	static const char *const lists[] = {"initContainers", "containers", "ephemeralContainers"};
	uint32_t n = 0, cap = 0;
	struct container_view *v = NULL;
	for (int l = 0; l < 3; l++) {
		const struct obj *seq = o_get(pv->spec, lists[l]);
		if (!seq || seq->kind != OBJ_SEQ)
			continue;
		for (uint32_t i = 0; i < seq->seq.len; i++) {
			const struct obj *c = seq->seq.items[i];
			if (c->kind != OBJ_MAP)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				v = xrealloc(v, cap * sizeof *v);
			}
			struct container_view *cv = &v[n++];
			*cv = (struct container_view){.pod = pv, .c = c, .init = l == 0, .ephemeral = l == 2};
			cv->name = o_str(o_get(c, "name"));
			if (!cv->name)
				cv->name = lint_printf(r, "#%u", i);
			cv->pointer = lint_printf(r, "%s/%s/%u", pv->prefix, lists[l], i); /* a simple format: no vsnprintf */
		}
	}
	*out = v;
	return n;
}

static uint32_t memo_slot(const struct lint_run *r, const void *rule, const void *key)
{
	uint64_t h = ((uint64_t)(uintptr_t)rule * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)(uintptr_t)key * 0xC2B2AE3D27D4EB4Full);
	uint32_t at = (uint32_t)(h >> 32) & (r->memo_cap - 1);
	while (r->memo[2 * at] && (r->memo[2 * at] != rule || r->memo[2 * at + 1] != key))
		at = (at + 1) & (r->memo_cap - 1);
	return at;
}

bool lint_memo_has(struct lint_ctx *cx, const void *key)
{
	struct lint_run *r = cx->run;
	return r->memo_len && r->memo[2 * memo_slot(r, cx->rule, key)];
}

void lint_memo_put(struct lint_ctx *cx, const void *key)
{
	struct lint_run *r = cx->run;
	if ((r->memo_len + 1) * 2 > r->memo_cap) {
		/* grow: rehash what is there */
		const void **old = r->memo;
		uint32_t cap = r->memo_cap;
		r->memo_cap = cap ? cap * 2 : 64;
		r->memo = xcalloc(2 * (size_t)r->memo_cap, sizeof *r->memo);
		for (uint32_t i = 0; i < cap; i++)
			if (old[2 * i]) {
				uint32_t at = memo_slot(r, old[2 * i], old[2 * i + 1]);
				r->memo[2 * at] = old[2 * i];
				r->memo[2 * at + 1] = old[2 * i + 1];
			}
		free(old);
	}
	uint32_t at = memo_slot(r, cx->rule, key);
	if (!r->memo[2 * at]) {
		r->memo[2 * at] = cx->rule;
		r->memo[2 * at + 1] = key;
		r->memo_len++;
	}
}

void lint_check_objects(struct lint_run *r, const struct srcmgr *sm, uint32_t file_index, const struct objset *objs)
{
	r->sm = sm;
	r->file_index = file_index;
	if (!r->active) {
		/* the rules that run on each object, in catalogue order */
		size_t n = rule_count();
		r->active = xcalloc(n ? n : 1, sizeof *r->active);
		r->active_obj = xcalloc(n ? n : 1, sizeof *r->active_obj);
		for (size_t k = 0; k < n; k++) {
			const struct rule *rule = rule_at(k);
			if (r->cfg->rules[k].sev == LINT_OFF || !rule->check || rule->scope == SCOPE_SET)
				continue;
			r->active[r->nactive++] = (struct lint_active){rule, &r->cfg->rules[k]};
			if (rule->scope == SCOPE_OBJECT)
				r->active_obj[r->nactive_obj++] = (struct lint_active){rule, &r->cfg->rules[k]};
		}
	}
	for (uint32_t i = 0; i < objs->len; i++) {
		const struct k8s_obj *o = &objs->items[i];
		uint32_t from = r->len;
		/* the rules' scratch (pointers, names) goes with the object when
		 * it has no finding */
		struct arena_mark scratch = arena_mark(r->arena);
		struct pod_view pv;
		size_t npods = lint_pods(r, o, &pv, 1);
		struct container_view *cvs = NULL;
		uint32_t ncv = npods ? container_views(r, &pv, &cvs) : 0;
		/* an object without a pod spec runs only the object rules */
		const struct lint_active *active = npods ? r->active : r->active_obj;
		uint32_t nactive = npods ? r->nactive : r->nactive_obj;
		for (uint32_t a = 0; a < nactive; a++) {
			const struct rule *rule = active[a].rule;
			const struct rule_config *rc = active[a].rc;
			struct lint_ctx cx = {r, rule, rc, o, NULL, NULL};
			if (rule->scope == SCOPE_OBJECT) {
				rule->check(&cx, o);
			} else if (npods) {
				cx.pv = &pv;
				cx.cvs = cvs;
				cx.ncv = ncv;
				if (rule->scope == SCOPE_POD)
					rule->check(&cx, &pv);
				else
					for (uint32_t c = 0; c < ncv; c++) {
						cx.cv = &cvs[c];
						rule->check(&cx, &cvs[c]);
						cx.cv = NULL;
					}
			}
		}
		/* waivers and index entries outlive the findings */
		struct arena *findings = r->arena;
		r->arena = r->keep;
		apply_waivers(r, o, from);
		index_add(r, o, cvs, ncv);
		r->arena = findings;
		free(cvs);
		r->nobjects++;
		if (r->len == from && r->arena != r->keep) {
			arena_release(r->arena, scratch);
			r->ident_of = NULL;
			r->pods_of = NULL;
		}
	}
	r->sm = NULL;
	r->ident_of = NULL;
	if (r->memo_len) {
		memset(r->memo, 0, 2 * (size_t)r->memo_cap * sizeof *r->memo);
		r->memo_len = 0;
	}
	r->pods_of = NULL;
}

/* Waivers for the findings of the cross-object rules, then the waivers
 * that matched nothing at all (MD008). */
static bool waiver_covers(const struct kept_waiver *w, const struct finding *f)
{
	return f->loc.file_index == w->file_index && f->loc.off >= w->start && f->loc.off < w->end;
}

static void waive(struct lint_run *r, struct finding *f)
{
	for (uint32_t i = 0; i < r->waivers.len; i++) {
		struct kept_waiver *w = r->waivers.items[i];
		if (f->waived || !f->object || strcmp(f->object, w->ident) || (w->rule && f->rule != w->rule))
			continue;
		/* two objects of one identity (a duplicate): the waiver of the
		 * one whose source holds the finding */
		if (!waiver_covers(w, f)) {
			bool other = false;
			for (uint32_t k = 0; k < r->waivers.len && !other; k++) {
				const struct kept_waiver *x = r->waivers.items[k];
				other = x != w && !strcmp(x->ident, w->ident) && waiver_covers(x, f);
			}
			if (other)
				continue;
		}
		if (!container_listed(w->containers, f->container))
			continue;
		w->used = true;
		if (!r->cfg->rules[rule_index(f->rule)].waivable)
			continue;
		f->waived = true;
		f->waiver_reason = w->reason;
	}
}

/* The waivers that matched nothing at all (MD008). */
static void unused_waivers(struct lint_run *r)
{
	const struct rule *mr = meta_rule("MD008");
	for (uint32_t i = 0; mr && i < r->waivers.len; i++) {
		struct kept_waiver *w = r->waivers.items[i];
		/* a waiver for a rule this policy does not run is not dead */
		if (w->used || (w->rule && r->cfg->rules[rule_index(w->rule)].sev == LINT_OFF))
			continue;
		struct lint_ctx cx = {r, mr, &r->cfg->rules[rule_index(mr)], NULL, NULL, NULL};
		lint_report_at(&cx, &w->loc, w->ident, NULL, NULL, "waiver '%s' matches no finding", w->key);
	}
}

/* A late batch (lint.h) becomes records. */
static void late_drain(struct lint_run *r)
{
	struct buf b = {0};
	for (uint32_t i = 0; i < r->len; i++) {
		struct finding *f = &r->items[i];
		waive(r, f);
		finding_fingerprint(f, &b);
		f->baselined |= run_in_baseline(r, f);
		late_push(r, (struct late_key){f->loc.file_index, f->loc.off, (uint32_t)rule_index(f->rule), r->nlate,
					       store_put_one(r->late, f)});
	}
	buf_free(&b);
	r->len = 0;
	arena_free(&r->late_strings);
	arena_init(&r->late_strings);
}

/* Sorts, fingerprints and matches against the baseline of `target`. */
static void finalize(struct lint_run *r, const struct lint_run *target)
{
	findings_sort(r->items, r->len);
	struct buf b = {0};
	for (uint32_t i = 0; i < r->len; i++) {
		finding_fingerprint(&r->items[i], &b);
		r->items[i].baselined |= run_in_baseline(target, &r->items[i]);
	}
	buf_free(&b);
}

void lint_finish(struct lint_run *r)
{
	size_t n = rule_count();
	uint32_t from = r->len;
	/* a spilling run (its findings so far are records): the cross-object
	 * findings become records too, a batch at a time */
	if (r->store && !r->len && !r->late) {
		r->late = store_new(r->store->memory);
		arena_init(&r->late_strings);
		if (!r->late_batch)
			r->late_batch = 1024;
	}
	index_prepare(r->index, index_memory(r));
	for (size_t k = 0; k < n; k++) {
		const struct rule *rule = rule_at(k);
		const struct rule_config *rc = &r->cfg->rules[k];
		if (rc->sev == LINT_OFF || !rule->check || rule->scope != SCOPE_SET)
			continue;
		struct lint_ctx cx = {r, rule, rc, NULL, NULL, NULL};
		struct arena_mark scratch = arena_mark(r->arena);
		rule->check(&cx, r->index);
		if (r->late) {
			late_drain(r);
			arena_release(r->arena, scratch); /* the rule's own strings */
		}
	}
	if (r->late) {
		unused_waivers(r);
		late_drain(r);
		late_sort(r);
		return;
	}
	for (uint32_t j = from; j < r->len; j++)
		waive(r, &r->items[j]);
	unused_waivers(r);
	finalize(r, r);
}

enum lint_sev lint_worst(const struct lint_run *r)
{
	enum lint_sev w = r->store ? r->store->worst : LINT_OFF;
	if (r->late && r->late->worst > w)
		w = r->late->worst;
	for (uint32_t i = 0; i < r->len; i++)
		if (!r->items[i].waived && !r->items[i].baselined && r->items[i].sev > w)
			w = r->items[i].sev;
	return w;
}

/* ---- baselines ---------------------------------------------------------- */

/* The baseline file is JSON: {"version":1,"fingerprints":["<16 hex>",...]},
 * one fingerprint per line so that diffs of it read well. */
bool lint_write_baseline(const struct lint_run *r, const char *path, struct buf *err)
{
	struct buf b = {0};
	buf_puts(&b, "{\"version\":1,\"fingerprints\":[");
	uint32_t n = 0;
	struct lint_cursor c;
	lint_cursor_init(&c, r);
	for (const struct finding *f; (f = lint_cursor_next(&c));) {
		if (f->waived)
			continue;
		buf_printf(&b, "%s\n  \"%s\"", n ? "," : "", f->fingerprint);
		n++;
	}
	lint_cursor_free(&c);
	buf_puts(&b, n ? "\n]}\n" : "]}\n");
	bool ok = kpc_write_atomic(path, b.data, b.len);
	if (!ok)
		buf_printf(err, "cannot write baseline '%s'", path);
	buf_free(&b);
	return ok;
}

bool lint_apply_baseline(struct lint_run *r, const char *path, struct buf *err)
{
	if (!lint_load_baseline(r, path, err))
		return false;
	for (uint32_t i = 0; i < r->len; i++)
		r->items[i].baselined |= run_in_baseline(r, &r->items[i]);
	return true;
}

void lint_loader_issues(struct lint_run *r, const struct srcmgr *sm, uint32_t file_index, const struct yaml_issues *is)
{
	r->sm = sm;
	r->file_index = file_index;
	for (uint32_t i = 0; i < is->len; i++) {
		const struct yaml_issue *y = &is->items[i];
		const struct rule *rule = rule_find(y->kind == YAML_ISSUE_DUPLICATE_KEY ? "AP005" : "AP007");
		if (!rule)
			continue;
		struct lint_ctx cx = {r, rule, &r->cfg->rules[rule_index(rule)], NULL, NULL, NULL};
		struct loc loc = lint_loc(r, y->span);
		struct finding *f = NULL;
		if (y->kind == YAML_ISSUE_DUPLICATE_KEY)
			f = lint_report_at(&cx, &loc, NULL, NULL, NULL, "duplicate key '%s'; YAML readers disagree on which value wins",
					   y->detail);
		else if (!strcmp(y->detail, "the document is not a mapping"))
			lint_report_at(&cx, &loc, NULL, NULL, NULL, "this document is not a Kubernetes object: it is not a mapping");
		else
			lint_report_at(&cx, &loc, NULL, NULL, NULL, "this document is not a Kubernetes object: it has no %s",
				       y->detail);
		if (f && y->span2.file) {
			f->note_loc = lint_loc(r, y->span2);
			f->note = "the first value, which is kept";
		}
	}
	r->sm = NULL;
	r->ident_of = NULL;
	r->pods_of = NULL;
}

void lint_seal(struct lint_run *r, const struct lint_run *target)
{
	finalize(r, target);
	if (!r->sealed)
		r->sealed = store_new(SIZE_MAX);
	store_put(r->sealed, r->items, r->len);
	r->len = 0;
	/* the findings' strings are in the records now */
	arena_free(&r->own);
	r->ident_of = NULL;
}

void lint_merge(struct lint_run *into, struct lint_run *from)
{
	if (from->sealed) {
		/* records already: appended as they are, in order */
		if (!into->store && !into->sealed)
			into->sealed = store_new(SIZE_MAX);
		store_append(into->store ? into->store : into->sealed, from->sealed);
	}
	if (into->store) {
		/* final already: the cross-object rules only add findings */
		finalize(from, into);
		store_put(into->store, from->items, from->len);
	} else {
		for (uint32_t i = 0; i < from->len; i++)
			*new_finding(into) = from->items[i];
	}
	if (into->store)
		index_commit(into->index, from->index, index_memory(into)); /* to the pages, as records go to the store */
	else
		index_move(into->index, from->index);
	into->nobjects += from->nobjects;
	for (uint32_t i = 0; i < from->waivers.len; i++)
		vec_push(&into->waivers, from->waivers.items[i]);
	if (!into->store)
		arena_adopt(into->arena, &from->own); /* the findings' memory, unless stored */
	const struct lint_config *cfg = from->cfg;
	lint_run_free(from);
	lint_run_init(from, cfg);
}
