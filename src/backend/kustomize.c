/* kustomize.c: the Kustomize back end (see kustomize.h).
 *
 * For each environment the base objects B and the environment's objects E
 * are matched by apiVersion, kind, namespace and name.  Then, in the order
 * kustomize v5.5 runs its transformers (patches, labels, replicas, images):
 *
 *   labels    the label pairs every object of E has and not every object of
 *             B; kustomize puts them on metadata.labels and, with
 *             includeTemplates, on the template paths of templateLabels
 *             (volumeClaimTemplates and a CronJob's jobTemplate included).
 *             A template path kpc does not label leaves `fields` with the
 *             paths that are exact, and patches for the rest.
 *   replicas  a changed spec.replicas, when every workload of that name
 *             (kustomize matches by name, across kinds and namespaces) ends
 *             with that count.
 *   images    a changed image, when every image kustomize would match by
 *             that name (its name is a regular expression) ends as wanted.
 *   patches   for what is left: X = E's object with the transformers'
 *             fields put back to B's values; the ops are a structural diff
 *             of B's object and X.
 *
 * Before an overlay is written the transformers are simulated on X and the
 * result compared with E; on any difference the overlay falls back to
 * patches only, which are checked in turn. */
#define _GNU_SOURCE
#include "kpc/kustomize.h"
#include "kpc/yaml.h"

#include "../ir/ir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t kz_env_count(const struct kpc_unit *u)
{
	return u->envs.len;
}

const char *kz_env_name(const struct kpc_unit *u, uint32_t i)
{
	return i < u->envs.len ? ((const struct kp_decl *)u->envs.items[i])->name : NULL;
}

/* ---- trees ---------------------------------------------------------------- */

static const struct span nospan;

static bool map_remove(struct obj *map, struct sv key)
{
	if (!map || map->kind != OBJ_MAP)
		return false;
	for (uint32_t i = 0; i < map->map.len; i++) {
		if (sv_eq(map->map.items[i].key, key)) {
			memmove(&map->map.items[i], &map->map.items[i + 1], (map->map.len - i - 1) * sizeof *map->map.items);
			map->map.len--;
			return true;
		}
	}
	return false;
}

static void seq_insert(struct arena *a, struct obj *seq, uint32_t at, struct obj *v)
{
	obj_push(a, seq, v);
	memmove(&seq->seq.items[at + 1], &seq->seq.items[at], (seq->seq.len - 1 - at) * sizeof *seq->seq.items);
	seq->seq.items[at] = v;
}

static void seq_remove(struct obj *seq, uint32_t at)
{
	memmove(&seq->seq.items[at], &seq->seq.items[at + 1], (seq->seq.len - at - 1) * sizeof *seq->seq.items);
	seq->seq.len--;
}

static const char *str_of(const struct obj *o)
{
	return o && o->kind == OBJ_STR ? o->s.p : NULL;
}

/* ---- object identity ----------------------------------------------------- */

static int id_cmp(const struct k8s_obj *a, const struct k8s_obj *b)
{
	int c = strcmp(a->api_version, b->api_version);
	if (!c)
		c = strcmp(a->kind, b->kind);
	if (!c)
		c = strcmp(a->ns, b->ns);
	if (!c)
		c = strcmp(a->name, b->name);
	return c;
}

static int idp_cmp(const void *pa, const void *pb)
{
	return id_cmp(*(const struct k8s_obj *const *)pa, *(const struct k8s_obj *const *)pb);
}

/* group and version of an apiVersion */
static struct sv api_group(const char *av)
{
	const char *s = strchr(av, '/');
	return s ? (struct sv){av, (size_t)(s - av)} : (struct sv){"", 0};
}

static const char *api_version_part(const char *av)
{
	const char *s = strchr(av, '/');
	return s ? s + 1 : av;
}

/* ---- JSON pointers and patch ops ----------------------------------------- */

enum op_kind { OP_ADD, OP_REMOVE, OP_REPLACE };

struct op {
	enum op_kind kind;
	const char *path;
	struct obj *value;
};

static void ptr_push_key(struct buf *p, struct sv key)
{
	buf_putc(p, '/');
	for (size_t i = 0; i < key.len; i++) {
		if (key.p[i] == '~')
			buf_puts(p, "~0");
		else if (key.p[i] == '/')
			buf_puts(p, "~1");
		else
			buf_putc(p, key.p[i]);
	}
}

static void ptr_push_index(struct buf *p, uint32_t i)
{
	buf_printf(p, "/%u", i);
}

static void add_op(struct arena *a, struct vec *ops, enum op_kind k, struct buf *path, struct obj *value)
{
	struct op *o = arena_new(a, struct op);
	o->kind = k;
	o->path = arena_strndup(a, path->data ? path->data : "", path->len);
	o->value = value;
	vec_push(ops, o);
}

/* The ops that turn `a` into `x` (both maps at the root). */
static void diff(struct arena *ar, struct buf *path, const struct obj *a, struct obj *x, struct vec *ops)
{
	if (obj_deep_eq(a, x))
		return;
	size_t plen = path->len;
	if (a->kind == OBJ_MAP && x->kind == OBJ_MAP) {
		for (uint32_t i = 0; i < a->map.len; i++) {
			struct obj *xv = obj_get_sv(x, a->map.items[i].key);
			ptr_push_key(path, a->map.items[i].key);
			if (!xv)
				add_op(ar, ops, OP_REMOVE, path, NULL);
			else
				diff(ar, path, a->map.items[i].val, xv, ops);
			path->len = plen;
		}
		for (uint32_t i = 0; i < x->map.len; i++) {
			if (obj_get_sv(a, x->map.items[i].key))
				continue;
			ptr_push_key(path, x->map.items[i].key);
			add_op(ar, ops, OP_ADD, path, x->map.items[i].val);
			path->len = plen;
		}
		return;
	}
	if (a->kind == OBJ_SEQ && x->kind == OBJ_SEQ) {
		uint32_t n = a->seq.len, m = x->seq.len, p = 0, s = 0;
		if (n != m) {
			while (p < n && p < m && obj_deep_eq(a->seq.items[p], x->seq.items[p]))
				p++;
			while (s < n - p && s < m - p && obj_deep_eq(a->seq.items[n - 1 - s], x->seq.items[m - 1 - s]))
				s++;
		}
		uint32_t an = n - p - s, xn = m - p - s, c = an < xn ? an : xn;
		for (uint32_t i = 0; i < c; i++) {
			ptr_push_index(path, p + i);
			diff(ar, path, a->seq.items[p + i], x->seq.items[p + i], ops);
			path->len = plen;
		}
		for (uint32_t i = an; i > c; i--) {
			ptr_push_index(path, p + i - 1);
			add_op(ar, ops, OP_REMOVE, path, NULL);
			path->len = plen;
		}
		for (uint32_t i = c; i < xn; i++) {
			ptr_push_index(path, p + i);
			add_op(ar, ops, OP_ADD, path, x->seq.items[p + i]);
			path->len = plen;
		}
		return;
	}
	add_op(ar, ops, OP_REPLACE, path, x);
}

/* Splits a pointer into unescaped tokens (arena strings). */
static uint32_t ptr_tokens(struct arena *a, const char *ptr, struct sv *tok, uint32_t max)
{
	uint32_t n = 0;
	if (*ptr != '/')
		return 0;
	while (*ptr == '/' && n < max) {
		ptr++;
		const char *e = strchr(ptr, '/');
		size_t len = e ? (size_t)(e - ptr) : strlen(ptr);
		char *t = arena_alloc(a, len + 1);
		size_t k = 0;
		for (size_t i = 0; i < len; i++) {
			if (ptr[i] == '~' && i + 1 < len && (ptr[i + 1] == '0' || ptr[i + 1] == '1')) {
				t[k++] = ptr[i + 1] == '0' ? '~' : '/';
				i++;
			} else {
				t[k++] = ptr[i];
			}
		}
		tok[n++] = (struct sv){t, k};
		ptr += len;
	}
	return n;
}

static bool parse_index(struct sv t, uint32_t len, bool allow_end, uint32_t *out)
{
	if (allow_end && sv_eqc(t, "-")) {
		*out = len;
		return true;
	}
	if (!t.len || t.len > 9)
		return false;
	uint32_t v = 0;
	for (size_t i = 0; i < t.len; i++) {
		if (t.p[i] < '0' || t.p[i] > '9' || (i == 0 && t.p[i] == '0' && t.len > 1))
			return false;
		v = v * 10 + (uint32_t)(t.p[i] - '0');
	}
	*out = v;
	return v < len || (allow_end && v == len);
}

/* Applies one op as RFC 6902 (and evanphx/json-patch, which kustomize uses)
 * define it: add sets a map key or inserts into a list, remove and replace
 * need the target to exist. */
static bool apply_op(struct arena *a, struct obj *root, const struct op *op)
{
	struct sv tok[64];
	uint32_t n = ptr_tokens(a, op->path, tok, KPC_ARRAY_LEN(tok));
	if (n == 0)
		return false;
	struct obj *cur = root;
	for (uint32_t i = 0; i + 1 < n; i++) {
		if (cur->kind == OBJ_MAP) {
			cur = obj_get_sv(cur, tok[i]);
		} else if (cur->kind == OBJ_SEQ) {
			uint32_t ix;
			if (!parse_index(tok[i], cur->seq.len, false, &ix))
				return false;
			cur = cur->seq.items[ix];
		} else {
			return false;
		}
		if (!cur)
			return false;
	}
	struct sv last = tok[n - 1];
	struct obj *val = op->value ? obj_deep_copy(a, op->value) : NULL;
	if (cur->kind == OBJ_MAP) {
		bool has = obj_get_sv(cur, last) != NULL;
		switch (op->kind) {
		case OP_ADD: obj_set_sv(a, cur, last, val); return true;
		case OP_REPLACE:
			if (!has)
				return false;
			obj_set_sv(a, cur, last, val);
			return true;
		case OP_REMOVE: return map_remove(cur, last);
		}
	} else if (cur->kind == OBJ_SEQ) {
		uint32_t ix;
		if (!parse_index(last, cur->seq.len, op->kind == OP_ADD, &ix))
			return false;
		switch (op->kind) {
		case OP_ADD: seq_insert(a, cur, ix, val); return true;
		case OP_REPLACE: cur->seq.items[ix] = val; return true;
		case OP_REMOVE: seq_remove(cur, ix); return true;
		}
	}
	return false;
}

/* The node at a pointer (no "-"), or NULL. */
static struct obj *ptr_get(struct arena *a, struct obj *root, const char *ptr)
{
	struct sv tok[64];
	uint32_t n = ptr_tokens(a, ptr, tok, KPC_ARRAY_LEN(tok));
	struct obj *cur = root;
	for (uint32_t i = 0; cur && i < n; i++) {
		if (cur->kind == OBJ_MAP) {
			cur = obj_get_sv(cur, tok[i]);
		} else if (cur->kind == OBJ_SEQ) {
			uint32_t ix;
			if (!parse_index(tok[i], cur->seq.len, false, &ix))
				return NULL;
			cur = cur->seq.items[ix];
		} else {
			return NULL;
		}
	}
	return cur;
}

/* ---- kustomize's transformers, simulated --------------------------------- */

/* templateLabels of kustomize v5.5 (what `includeTemplates: true` adds to
 * metadata/labels), checked with kubectl v1.32: group and version empty
 * match any. */
struct fspec {
	const char *group, *version, *kind, *path;
};
static const struct fspec template_labels[] = {
	{NULL, "v1", "ReplicationController", "spec/template/metadata/labels"},
	{NULL, NULL, "Deployment", "spec/template/metadata/labels"},
	{NULL, NULL, "ReplicaSet", "spec/template/metadata/labels"},
	{NULL, NULL, "DaemonSet", "spec/template/metadata/labels"},
	{"apps", NULL, "StatefulSet", "spec/template/metadata/labels"},
	{"apps", NULL, "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels"},
	{"batch", NULL, "Job", "spec/template/metadata/labels"},
	{"batch", NULL, "CronJob", "spec/jobTemplate/metadata/labels"},
	{"batch", NULL, "CronJob", "spec/jobTemplate/spec/template/metadata/labels"},
};
#define NSPECS KPC_ARRAY_LEN(template_labels)

static bool fspec_matches(const struct fspec *f, const struct k8s_obj *k)
{
	if (strcmp(f->kind, k->kind))
		return false;
	if (f->group && !sv_eqc(api_group(k->api_version), f->group))
		return false;
	if (f->version && strcmp(api_version_part(k->api_version), f->version))
		return false;
	return true;
}

/* Sets `pairs` in the map at `path` below `n`, creating maps on the way;
 * a "[]" component walks every item of a list and creates nothing. */
static void set_labels_at(struct arena *a, struct obj *n, const char *path, const struct obj *pairs)
{
	if (!n || n->kind != OBJ_MAP)
		return;
	const char *slash = strchr(path, '/');
	size_t len = slash ? (size_t)(slash - path) : strlen(path);
	bool each = len > 2 && path[len - 2] == '[' && path[len - 1] == ']';
	struct sv key = {path, each ? len - 2 : len};
	if (each) {
		struct obj *s = obj_get_sv(n, key);
		if (s && s->kind == OBJ_SEQ && slash)
			for (uint32_t i = 0; i < s->seq.len; i++)
				set_labels_at(a, s->seq.items[i], slash + 1, pairs);
		return;
	}
	struct obj *c = obj_get_sv(n, key);
	if (!c) {
		c = obj_map(a, nospan);
		obj_set_sv(a, n, key, c);
	}
	if (c->kind != OBJ_MAP)
		return;
	if (slash) {
		set_labels_at(a, c, slash + 1, pairs);
		return;
	}
	for (uint32_t i = 0; i < pairs->map.len; i++)
		obj_set_sv(a, c, pairs->map.items[i].key, obj_deep_copy(a, pairs->map.items[i].val));
}

/* The inverse on X: the label keys of `pairs` at `path` get b's values back
 * (or go), and maps left empty that b does not have go too, so that
 * set_labels_at(X) gives E's object again.  Returns true when `x` itself
 * became an empty map that b lacks. */
static bool revert_labels_at(struct arena *a, struct obj *x, const struct obj *b, const char *path,
			     const struct obj *pairs)
{
	if (!x || x->kind != OBJ_MAP)
		return false;
	const char *slash = strchr(path, '/');
	size_t len = slash ? (size_t)(slash - path) : strlen(path);
	bool each = len > 2 && path[len - 2] == '[' && path[len - 1] == ']';
	struct sv key = {path, each ? len - 2 : len};
	struct obj *xc = obj_get_sv(x, key);
	const struct obj *bc = obj_get_sv(b, key);
	if (!xc)
		return false;
	if (each) {
		if (xc->kind == OBJ_SEQ && slash)
			for (uint32_t i = 0; i < xc->seq.len; i++)
				revert_labels_at(a, xc->seq.items[i],
						 bc && bc->kind == OBJ_SEQ && i < bc->seq.len ? bc->seq.items[i] : NULL, slash + 1,
						 pairs);
		return false;
	}
	if (xc->kind != OBJ_MAP)
		return false;
	bool empty;
	if (slash) {
		empty = revert_labels_at(a, xc, bc, slash + 1, pairs);
	} else {
		for (uint32_t i = 0; i < pairs->map.len; i++) {
			struct sv k = pairs->map.items[i].key;
			const struct obj *bv = obj_get_sv(bc, k);
			if (bv)
				obj_set_sv(a, xc, k, obj_deep_copy(a, bv));
			else
				map_remove(xc, k);
		}
		empty = xc->map.len == 0 && !bc;
	}
	if (empty)
		map_remove(x, key);
	return x->map.len == 0 && !b;
}

static bool is_replica_kind(const char *kind)
{
	return !strcmp(kind, "Deployment") || !strcmp(kind, "StatefulSet") || !strcmp(kind, "ReplicaSet") ||
	       !strcmp(kind, "ReplicationController");
}

struct replica {
	const char *name;
	int64_t count;
};

struct image {
	const char *name, *new_name, *new_tag; /* new_name NULL: unchanged */
	bool dropped;
};

/* kustomize's image.Split: name, tag and digest of an image reference; the
 * ':' of a tag is looked for after the first '/'. */
static void image_split(const char *s, struct sv *name, struct sv *tag, struct sv *digest)
{
	size_t off = 0;
	const char *slash = strchr(s, '/');
	if (slash && slash > s)
		off = (size_t)(slash - s);
	const char *at = strchr(s + off, '@'), *colon = strchr(s + off, ':');
	*tag = *digest = (struct sv){"", 0};
	if (!at && !colon) {
		*name = sv_from(s);
	} else if (at && (!colon || at < colon)) {
		*name = (struct sv){s, (size_t)(at - s)};
		*digest = sv_from(at + 1);
	} else if (at) {
		*name = (struct sv){s, (size_t)(colon - s)};
		*tag = (struct sv){colon + 1, (size_t)(at - colon - 1)};
		*digest = sv_from(at + 1);
	} else {
		*name = (struct sv){s, (size_t)(colon - s)};
		*tag = sv_from(colon + 1);
	}
}

static bool tag_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("_.{}-", c);
}

/* kustomize's image.IsImageMatched: the regular expression
 * ^NAME(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$ with NAME used as
 * written, so each '.' in it matches any character.  Names with other
 * regular-expression characters are never used as entries. */
static bool image_matches(const char *s, const char *name)
{
	size_t n = strlen(name);
	if (strlen(s) < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (name[i] != '.' && name[i] != s[i])
			return false;
	const char *p = s + n;
	if (*p == ':') {
		p++;
		while (*p && tag_char(*p))
			p++;
	}
	if (!strncmp(p, "@sha256:", 8)) {
		p += 8;
		while (*p && tag_char(*p))
			p++;
	}
	return *p == 0;
}

static bool regex_safe_name(const char *s)
{
	for (; *s; s++)
		if (strchr("\\^$*+?()[]{}|", *s))
			return false;
	return true;
}

/* An entry with newTag (and maybe newName) applied to a matched image. */
static char *image_apply(struct arena *a, const struct image *im, const char *s)
{
	struct sv name, tag, digest;
	image_split(s, &name, &tag, &digest);
	if (im->new_name)
		return arena_printf(a, "%s:%s", im->new_name, im->new_tag);
	return arena_printf(a, "%.*s:%s", (int)name.len, name.p, im->new_tag);
}

/* Every image of an entry list applied in order, as kustomize runs one
 * ImageTagTransformer per entry; *first gets the first entry that matched. */
static const char *images_chain(struct arena *a, struct image *ims, uint32_t n, const char *s, int *first)
{
	*first = -1;
	for (uint32_t i = 0; i < n; i++) {
		if (ims[i].dropped || !image_matches(s, ims[i].name))
			continue;
		if (*first < 0)
			*first = (int)i;
		s = image_apply(a, &ims[i], s);
	}
	return s;
}

/* One `image:` field under a containers or initContainers list. */
struct occ {
	uint32_t obj; /* index into E */
	const char *ptr;
	const char *bval, *eval, *xval;
};

static void collect_images(struct arena *a, struct vec *out, uint32_t obj, struct buf *path, const struct obj *e,
			   const struct obj *b)
{
	size_t plen = path->len;
	if (e->kind == OBJ_MAP) {
		for (uint32_t i = 0; i < e->map.len; i++) {
			struct sv k = e->map.items[i].key;
			const struct obj *v = e->map.items[i].val, *bv = obj_get_sv(b, k);
			ptr_push_key(path, k);
			if ((sv_eqc(k, "containers") || sv_eqc(k, "initContainers")) && v->kind == OBJ_SEQ) {
				for (uint32_t j = 0; j < v->seq.len; j++) {
					const struct obj *c = v->seq.items[j];
					const struct obj *bc = bv && bv->kind == OBJ_SEQ && j < bv->seq.len ? bv->seq.items[j] : NULL;
					const char *img = str_of(obj_get(c, "image"));
					if (!img)
						continue;
					struct occ *o = arena_new(a, struct occ);
					o->obj = obj;
					o->ptr = arena_printf(a, "%.*s/%u/image", (int)path->len, path->data, j);
					o->bval = str_of(obj_get(bc, "image"));
					o->eval = img;
					vec_push(out, o);
				}
			}
			collect_images(a, out, obj, path, v, bv);
			path->len = plen;
		}
	} else if (e->kind == OBJ_SEQ) {
		for (uint32_t i = 0; i < e->seq.len; i++) {
			ptr_push_index(path, i);
			collect_images(a, out, obj, path, e->seq.items[i],
				       b && b->kind == OBJ_SEQ && i < b->seq.len ? b->seq.items[i] : NULL);
			path->len = plen;
		}
	}
}

/* ---- one environment ----------------------------------------------------- */

struct overlay {
	struct arena *a;
	const struct objset *B, *E;
	const struct k8s_obj **match; /* per E object: its base object or NULL */
	bool *kept;		      /* per B object: still in E */
	struct obj *labels;	      /* the label pairs, a map; NULL: none */
	bool label_spec[NSPECS];      /* template paths labels cover */
	bool label_unfit[NSPECS];     /* template paths of E's kinds they must not */
	bool include_templates;
	struct replica *replicas;
	uint32_t nreplicas;
	struct image *images;
	uint32_t nimages;
	struct vec occs;   /* struct occ * */
	struct obj **x;	   /* per E object: what the patches must produce */
	struct vec *ops;   /* per E object: struct op * */
};

static const struct replica *replica_for(const struct overlay *ov, const struct k8s_obj *k)
{
	if (!is_replica_kind(k->kind))
		return NULL;
	for (uint32_t i = 0; i < ov->nreplicas; i++)
		if (!strcmp(ov->replicas[i].name, k->name))
			return &ov->replicas[i];
	return NULL;
}

static void choose_labels(struct overlay *ov)
{
	ov->labels = NULL;
	const struct objset *E = ov->E, *B = ov->B;
	if (!E->len)
		return;
	struct obj *first = obj_get(obj_get(E->items[0].root, "metadata"), "labels");
	if (!first || first->kind != OBJ_MAP)
		return;
	struct obj *pairs = obj_map(ov->a, nospan);
	for (uint32_t i = 0; i < first->map.len; i++) {
		struct sv k = first->map.items[i].key;
		const struct obj *v = first->map.items[i].val;
		if (v->kind != OBJ_STR)
			continue;
		bool everywhere = true;
		for (uint32_t j = 1; j < E->len && everywhere; j++)
			everywhere = obj_deep_eq(obj_get_sv(obj_get(obj_get(E->items[j].root, "metadata"), "labels"), k), v);
		if (!everywhere)
			continue;
		bool in_base = B->len > 0;
		for (uint32_t j = 0; j < B->len && in_base; j++)
			in_base = obj_deep_eq(obj_get_sv(obj_get(obj_get(B->items[j].root, "metadata"), "labels"), k), v);
		if (!in_base)
			obj_set_sv(ov->a, pairs, k, obj_deep_copy(ov->a, v));
	}
	if (!pairs->map.len)
		return;
	obj_sort_keys(pairs);
	ov->labels = pairs;
	/* a template path is exact when labelling E's objects there changes
	 * nothing: E already has the pairs wherever kustomize would put them */
	ov->include_templates = true;
	for (size_t f = 0; f < NSPECS; f++) {
		bool relevant = false, ok = true;
		for (uint32_t i = 0; i < E->len && ok; i++) {
			if (!fspec_matches(&template_labels[f], &E->items[i]))
				continue;
			relevant = true;
			struct obj *c = obj_deep_copy(ov->a, E->items[i].root);
			set_labels_at(ov->a, c, template_labels[f].path, pairs);
			ok = obj_deep_eq(c, E->items[i].root);
		}
		ov->label_spec[f] = relevant && ok;
		ov->label_unfit[f] = relevant && !ok;
		if (relevant && !ok)
			ov->include_templates = false;
	}
}

static void choose_replicas(struct overlay *ov)
{
	const struct objset *E = ov->E;
	ov->replicas = arena_alloc(ov->a, (E->len + 1) * sizeof *ov->replicas);
	ov->nreplicas = 0;
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *e = &E->items[i], *b = ov->match[i];
		if (!b || !is_replica_kind(e->kind))
			continue;
		const struct obj *er = obj_get(obj_get(e->root, "spec"), "replicas");
		const struct obj *br = obj_get(obj_get(b->root, "spec"), "replicas");
		if (!er || er->kind != OBJ_INT || obj_deep_eq(er, br))
			continue;
		bool seen = false;
		for (uint32_t r = 0; r < ov->nreplicas && !seen; r++)
			seen = !strcmp(ov->replicas[r].name, e->name);
		if (seen)
			continue;
		/* kustomize sets spec.replicas of every workload with this name */
		bool ok = true;
		for (uint32_t j = 0; j < E->len && ok; j++) {
			const struct k8s_obj *o = &E->items[j];
			if (!is_replica_kind(o->kind) || strcmp(o->name, e->name))
				continue;
			ok = obj_deep_eq(obj_get(obj_get(o->root, "spec"), "replicas"), er);
		}
		if (ok)
			ov->replicas[ov->nreplicas++] = (struct replica){e->name, er->i};
	}
}

static int image_cmp(const void *pa, const void *pb)
{
	return strcmp(((const struct image *)pa)->name, ((const struct image *)pb)->name);
}

static void choose_images(struct overlay *ov)
{
	const struct objset *E = ov->E;
	struct buf path = {0};
	for (uint32_t i = 0; i < E->len; i++) {
		path.len = 0;
		collect_images(ov->a, &ov->occs, i, &path, E->items[i].root, ov->match[i] ? ov->match[i]->root : NULL);
	}
	buf_free(&path);
	ov->images = arena_alloc(ov->a, (ov->occs.len + 1) * sizeof *ov->images);
	ov->nimages = 0;
	/* candidates: a changed image, to a reference with a tag and no digest */
	for (uint32_t i = 0; i < ov->occs.len; i++) {
		struct occ *o = ov->occs.items[i];
		if (!o->bval || !strcmp(o->bval, o->eval))
			continue;
		struct sv bn, bt, bd, en, et, ed;
		image_split(o->bval, &bn, &bt, &bd);
		image_split(o->eval, &en, &et, &ed);
		if (!et.len || ed.len || !bn.len || !en.len)
			continue;
		struct image im = {
			.name = arena_strndup(ov->a, bn.p, bn.len),
			.new_name = sv_eq(bn, en) ? NULL : arena_strndup(ov->a, en.p, en.len),
			.new_tag = arena_strndup(ov->a, et.p, et.len),
		};
		if (!regex_safe_name(im.name) || !image_matches(o->bval, im.name))
			continue;
		bool dup = false;
		for (uint32_t j = 0; j < ov->nimages && !dup; j++) {
			struct image *c = &ov->images[j];
			if (strcmp(c->name, im.name))
				continue;
			dup = true;
			/* two different changes of one name: no entry */
			if (strcmp(c->new_tag, im.new_tag) || (c->new_name == NULL) != (im.new_name == NULL) ||
			    (c->new_name && strcmp(c->new_name, im.new_name)))
				c->dropped = true;
		}
		if (!dup)
			ov->images[ov->nimages++] = im;
	}
	qsort(ov->images, ov->nimages, sizeof *ov->images, image_cmp);
	/* drop entries until every image ends as E has it */
	for (bool changed = true; changed;) {
		changed = false;
		for (uint32_t i = 0; i < ov->occs.len && !changed; i++) {
			struct occ *o = ov->occs.items[i];
			int first;
			o->xval = o->eval;
			if (o->bval && strcmp(o->bval, o->eval) &&
			    !strcmp(images_chain(ov->a, ov->images, ov->nimages, o->bval, &first), o->eval))
				o->xval = o->bval;
			if (strcmp(images_chain(ov->a, ov->images, ov->nimages, o->xval, &first), o->eval) && first >= 0) {
				ov->images[first].dropped = true;
				changed = true;
			}
		}
	}
	uint32_t n = 0;
	for (uint32_t i = 0; i < ov->nimages; i++)
		if (!ov->images[i].dropped)
			ov->images[n++] = ov->images[i];
	ov->nimages = n;
}

/* Which template label specs apply to an object. */
static bool spec_applies(const struct overlay *ov, size_t f, const struct k8s_obj *k)
{
	return fspec_matches(&template_labels[f], k) && (ov->include_templates || ov->label_spec[f]);
}

/* X for each E object, then the ops from its base object. */
static void build_patches(struct overlay *ov)
{
	const struct objset *E = ov->E;
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *e = &E->items[i], *b = ov->match[i];
		struct obj *x = obj_deep_copy(ov->a, e->root);
		ov->x[i] = x;
		vec_free(&ov->ops[i]);
		if (!b)
			continue;
		if (ov->labels) {
			revert_labels_at(ov->a, x, b->root, "metadata/labels", ov->labels);
			for (size_t f = 0; f < NSPECS; f++)
				if (spec_applies(ov, f, e))
					revert_labels_at(ov->a, x, b->root, template_labels[f].path, ov->labels);
		}
		if (replica_for(ov, e)) {
			const struct obj *br = obj_get(obj_get(b->root, "spec"), "replicas");
			struct obj *spec = obj_get(x, "spec");
			if (br)
				obj_set(ov->a, spec, "replicas", obj_deep_copy(ov->a, br));
			else
				map_remove(spec, SV("replicas"));
		}
		for (uint32_t j = 0; j < ov->occs.len; j++) {
			struct occ *o = ov->occs.items[j];
			if (o->obj == i && o->xval != o->eval) {
				struct obj *n = ptr_get(ov->a, x, o->ptr);
				if (n && n->kind == OBJ_STR)
					n->s = sv_from(o->xval);
			}
		}
		struct buf path = {0};
		diff(ov->a, &path, b->root, x, &ov->ops[i]);
		buf_free(&path);
	}
}

/* Runs patches, labels, replicas and images as kustomize would and compares
 * with E. */
static bool verify(struct overlay *ov)
{
	const struct objset *E = ov->E;
	struct obj **res = arena_alloc(ov->a, (E->len + 1) * sizeof *res);
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *b = ov->match[i];
		if (b) {
			struct obj *r = obj_deep_copy(ov->a, b->root);
			for (uint32_t j = 0; j < ov->ops[i].len; j++)
				if (!apply_op(ov->a, r, ov->ops[i].items[j]))
					return false;
			if (!obj_deep_eq(r, ov->x[i]))
				return false;
			res[i] = r;
		} else {
			res[i] = obj_deep_copy(ov->a, ov->x[i]);
		}
	}
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *e = &E->items[i];
		struct obj *r = res[i];
		if (ov->labels) {
			set_labels_at(ov->a, r, "metadata/labels", ov->labels);
			for (size_t f = 0; f < NSPECS; f++)
				if (spec_applies(ov, f, e))
					set_labels_at(ov->a, r, template_labels[f].path, ov->labels);
		}
		const struct replica *rp = replica_for(ov, e);
		if (rp) {
			struct obj *spec = obj_get(r, "spec");
			if (!spec) {
				spec = obj_map(ov->a, nospan);
				obj_set(ov->a, r, "spec", spec);
			}
			obj_set(ov->a, spec, "replicas", obj_int(ov->a, rp->count, nospan));
		}
	}
	if (ov->nimages) {
		struct vec occs = {0};
		struct buf path = {0};
		for (uint32_t i = 0; i < E->len; i++) {
			path.len = 0;
			collect_images(ov->a, &occs, i, &path, res[i], NULL);
		}
		buf_free(&path);
		for (uint32_t j = 0; j < occs.len; j++) {
			struct occ *o = occs.items[j];
			int first;
			struct obj *n = ptr_get(ov->a, res[o->obj], o->ptr);
			n->s = sv_from(images_chain(ov->a, ov->images, ov->nimages, o->eval, &first));
		}
		vec_free(&occs);
	}
	for (uint32_t i = 0; i < E->len; i++)
		if (!obj_deep_eq(res[i], E->items[i].root))
			return false;
	return true;
}

/* ---- output -------------------------------------------------------------- */

static void put_header(struct buf *b, const char *platform, const char *env)
{
	buf_puts(b, "# Generated by kpc");
	if (platform) {
		buf_puts(b, " from platform '");
		for (const char *p = platform; *p; p++)
			buf_putc(b, (unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p);
		buf_putc(b, '\'');
	}
	if (env) {
		buf_puts(b, ": environment '");
		for (const char *p = env; *p; p++)
			buf_putc(b, (unsigned char)*p < 0x20 || *p == 0x7f ? '?' : *p);
		buf_puts(b, "' on top of ../../base.\n");
	} else {
		buf_puts(b, ": the objects every environment starts from.\n");
	}
	buf_puts(b, "# Do not edit: `kpc build --format kustomize -o DIR` rewrites this tree.\n");
}

static void add_file(struct out_set *out, const char *name, struct buf data)
{
	out_set_add(out, name, data);
}

static void add_yaml(struct out_set *out, const char *name, const struct obj *o)
{
	struct buf b = {0};
	yaml_emit_obj(o, &b);
	add_file(out, name, b);
}

static struct obj *kustomization(struct arena *a)
{
	struct obj *k = obj_map(a, nospan);
	obj_set(a, k, "apiVersion", obj_strc(a, "kustomize.config.k8s.io/v1beta1", nospan));
	obj_set(a, k, "kind", obj_strc(a, "Kustomization", nospan));
	return k;
}

static const char *regex_escape(struct arena *a, const char *s)
{
	struct buf b = {0};
	for (; *s; s++) {
		if (strchr("\\.+*?()|[]{}^$", *s))
			buf_putc(&b, '\\');
		buf_putc(&b, *s);
	}
	const char *r = arena_strndup(a, b.data ? b.data : "", b.len);
	buf_free(&b);
	return r;
}

/* Does a patch target naming `k` select `o` too?  (Group and namespace
 * left out of a target match any.) */
static bool target_selects(const struct k8s_obj *k, const struct k8s_obj *o)
{
	struct sv g = api_group(k->api_version);
	if (g.len && !sv_eq(api_group(o->api_version), g))
		return false;
	return !strcmp(api_version_part(o->api_version), api_version_part(k->api_version)) && !strcmp(o->kind, k->kind) &&
	       !strcmp(o->name, k->name) && (!*k->ns || !strcmp(o->ns, k->ns));
}

/* How many objects a patch target naming `k` selects when the patches run:
 * the base objects and the overlay's own. */
static uint32_t target_count(const struct overlay *ov, const struct k8s_obj *k)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < ov->B->len; i++)
		n += target_selects(k, &ov->B->items[i]);
	for (uint32_t i = 0; i < ov->E->len; i++)
		n += !ov->match[i] && target_selects(k, &ov->E->items[i]);
	return n;
}


static struct obj *target_of(struct arena *a, const struct k8s_obj *k)
{
	struct obj *t = obj_map(a, nospan);
	struct sv g = api_group(k->api_version);
	if (g.len)
		obj_set(a, t, "group", obj_str(a, g, nospan));
	obj_set(a, t, "version", obj_strc(a, api_version_part(k->api_version), nospan));
	obj_set(a, t, "kind", obj_strc(a, k->kind, nospan));
	obj_set(a, t, "name", obj_strc(a, regex_escape(a, k->name), nospan));
	if (*k->ns)
		obj_set(a, t, "namespace", obj_strc(a, regex_escape(a, k->ns), nospan));
	return t;
}

static const char *file_of(struct arena *a, const struct k8s_obj *k)
{
	struct buf b = {0};
	out_object_file_name(&b, k);
	const char *r = arena_strndup(a, b.data, b.len);
	buf_free(&b);
	return r;
}

static bool render_overlay(struct arena *a, const struct kz_input *in, const struct kz_env *env, const char *dir,
			   struct out_set *out, struct buf *err)
{
	struct overlay ov = {.a = a, .B = in->base, .E = env->objects};
	const struct objset *B = ov.B, *E = ov.E;
	ov.match = arena_alloc(a, (E->len + 1) * sizeof *ov.match);
	ov.kept = arena_alloc(a, (B->len + 1) * sizeof *ov.kept);
	ov.x = arena_alloc(a, (E->len + 1) * sizeof *ov.x);
	ov.ops = arena_alloc(a, (E->len + 1) * sizeof *ov.ops);
	const struct k8s_obj **sorted = arena_alloc(a, (B->len + 1) * sizeof *sorted);
	for (uint32_t i = 0; i < B->len; i++)
		sorted[i] = &B->items[i];
	qsort(sorted, B->len, sizeof *sorted, idp_cmp);
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *key = &E->items[i];
		const struct k8s_obj **hit = bsearch(&key, sorted, B->len, sizeof *sorted, idp_cmp);
		ov.match[i] = hit ? *hit : NULL;
		if (hit)
			ov.kept[*hit - B->items] = true;
	}

	choose_labels(&ov);
	choose_replicas(&ov);
	choose_images(&ov);
	build_patches(&ov);
	bool ok = verify(&ov);
	if (!ok) {
		/* patches only: nothing left to the transformers */
		ov.labels = NULL;
		ov.nreplicas = ov.nimages = 0;
		for (uint32_t j = 0; j < ov.occs.len; j++) {
			struct occ *o = ov.occs.items[j];
			o->xval = o->eval;
		}
		build_patches(&ov);
		ok = verify(&ov);
	}
	vec_free(&ov.occs);
	if (!ok) {
		for (uint32_t i = 0; i < E->len; i++)
			vec_free(&ov.ops[i]);
		buf_printf(err, "environment '%s': the overlay does not reproduce its objects (a kpc bug)", env->name);
		return false;
	}

	struct obj *k = kustomization(a);
	struct obj *res = obj_seq(a, nospan);
	obj_push(a, res, obj_strc(a, "../../base", nospan));
	struct obj *patches = obj_seq(a, nospan);
	bool good = true;
	for (uint32_t i = 0; i < E->len; i++) {
		const struct k8s_obj *e = &E->items[i];
		const char *f = file_of(a, e);
		if (!ov.match[i]) {
			obj_push(a, res, obj_strc(a, f, nospan));
			add_yaml(out, arena_printf(a, "%s/%s", dir, f), e->root);
		} else if (ov.ops[i].len) {
			if (good && target_count(&ov, e) != 1) {
				buf_printf(err, "environment '%s': no patch target selects only %s '%s'", env->name, e->kind, e->name);
				good = false;
			}
			struct obj *ops = obj_seq(a, nospan);
			for (uint32_t j = 0; j < ov.ops[i].len; j++) {
				const struct op *op = ov.ops[i].items[j];
				struct obj *m = obj_map(a, nospan);
				static const char *const names[] = {"add", "remove", "replace"};
				obj_set(a, m, "op", obj_strc(a, names[op->kind], nospan));
				obj_set(a, m, "path", obj_strc(a, op->path, nospan));
				if (op->value)
					obj_set(a, m, "value", op->value);
				obj_push(a, ops, m);
			}
			const char *pf = arena_printf(a, "patches/%s", f);
			add_yaml(out, arena_printf(a, "%s/%s", dir, pf), ops);
			struct obj *p = obj_map(a, nospan);
			obj_set(a, p, "path", obj_strc(a, pf, nospan));
			obj_set(a, p, "target", target_of(a, e));
			obj_push(a, patches, p);
		}
		vec_free(&ov.ops[i]);
	}
	/* objects the environment drops */
	for (uint32_t i = 0; i < B->len; i++) {
		if (ov.kept[i])
			continue;
		const struct k8s_obj *b = &B->items[i];
		const char *f = file_of(a, b);
		struct obj *del = obj_map(a, nospan);
		obj_set(a, del, "$patch", obj_strc(a, "delete", nospan));
		obj_set(a, del, "apiVersion", obj_strc(a, b->api_version, nospan));
		obj_set(a, del, "kind", obj_strc(a, b->kind, nospan));
		struct obj *md = obj_map(a, nospan);
		obj_set(a, md, "name", obj_strc(a, b->name, nospan));
		if (*b->ns)
			obj_set(a, md, "namespace", obj_strc(a, b->ns, nospan));
		obj_set(a, del, "metadata", md);
		const char *pf = arena_printf(a, "patches/%s", f);
		add_yaml(out, arena_printf(a, "%s/%s", dir, pf), del);
		struct obj *p = obj_map(a, nospan);
		obj_set(a, p, "path", obj_strc(a, pf, nospan));
		obj_push(a, patches, p);
	}
	if (!good)
		return false;

	obj_set(a, k, "resources", res);
	if (ov.labels) {
		struct obj *ls = obj_seq(a, nospan), *l = obj_map(a, nospan);
		obj_set(a, l, "pairs", ov.labels);
		if (ov.include_templates) {
			obj_set(a, l, "includeTemplates", obj_bool(a, true, nospan));
		} else {
			struct obj *fields = obj_seq(a, nospan);
			for (size_t f = 0; f < NSPECS; f++) {
				if (!ov.label_spec[f])
					continue;
				const struct fspec *s = &template_labels[f];
				struct obj *fs = obj_map(a, nospan);
				obj_set(a, fs, "path", obj_strc(a, s->path, nospan));
				if (s->group)
					obj_set(a, fs, "group", obj_strc(a, s->group, nospan));
				if (s->version)
					obj_set(a, fs, "version", obj_strc(a, s->version, nospan));
				obj_set(a, fs, "kind", obj_strc(a, s->kind, nospan));
				obj_set(a, fs, "create", obj_bool(a, true, nospan));
				obj_push(a, fields, fs);
			}
			if (fields->seq.len)
				obj_set(a, l, "fields", fields);
		}
		obj_push(a, ls, l);
		obj_set(a, k, "labels", ls);
	}
	if (patches->seq.len)
		obj_set(a, k, "patches", patches);
	if (ov.nreplicas) {
		struct obj *rs = obj_seq(a, nospan);
		for (uint32_t i = 0; i < ov.nreplicas; i++) {
			struct obj *r = obj_map(a, nospan);
			obj_set(a, r, "name", obj_strc(a, ov.replicas[i].name, nospan));
			obj_set(a, r, "count", obj_int(a, ov.replicas[i].count, nospan));
			obj_push(a, rs, r);
		}
		obj_set(a, k, "replicas", rs);
	}
	if (ov.nimages) {
		struct obj *is = obj_seq(a, nospan);
		for (uint32_t i = 0; i < ov.nimages; i++) {
			struct obj *m = obj_map(a, nospan);
			obj_set(a, m, "name", obj_strc(a, ov.images[i].name, nospan));
			if (ov.images[i].new_name)
				obj_set(a, m, "newName", obj_strc(a, ov.images[i].new_name, nospan));
			obj_set(a, m, "newTag", obj_strc(a, ov.images[i].new_tag, nospan));
			obj_push(a, is, m);
		}
		obj_set(a, k, "images", is);
	}
	struct buf kb = {0};
	put_header(&kb, in->platform, env->name);
	if (ov.labels && !ov.include_templates) {
		buf_puts(&kb, "# The labels name their template paths in `fields`: includeTemplates would also\n"
			      "# label these, which the environment's objects do not have labelled:\n");
		for (size_t f = 0; f < NSPECS; f++)
			if (ov.label_unfit[f])
				buf_printf(&kb, "#   %s of %s\n", template_labels[f].path, template_labels[f].kind);
	}
	yaml_emit_obj(k, &kb);
	add_file(out, arena_printf(a, "%s/kustomization.yaml", dir), kb);
	return true;
}

bool kustomize_render(const struct kz_input *in, struct out_set *out, struct buf *err)
{
	struct arena a;
	arena_init(&a);
	bool ok = true;
	/* base */
	struct obj *k = kustomization(&a);
	struct obj *res = obj_seq(&a, nospan);
	for (uint32_t i = 0; i < in->base->len; i++) {
		const struct k8s_obj *b = &in->base->items[i];
		const char *f = file_of(&a, b);
		obj_push(&a, res, obj_strc(&a, f, nospan));
		add_yaml(out, arena_printf(&a, "base/%s", f), b->root);
	}
	obj_set(&a, k, "resources", res);
	struct buf kb = {0};
	put_header(&kb, in->platform, NULL);
	yaml_emit_obj(k, &kb);
	add_file(out, "base/kustomization.yaml", kb);
	/* overlays */
	const char **dirs = arena_alloc(&a, (in->nenvs + 1) * sizeof *dirs);
	for (uint32_t i = 0; ok && i < in->nenvs; i++) {
		struct buf d = {0};
		out_safe_part(&d, in->envs[i].name);
		if (!d.len)
			buf_putc(&d, '-');
		if (d.data[0] == '.') /* never hidden, never "." or ".." */
			d.data[0] = '-';
		dirs[i] = arena_printf(&a, "overlays/%s", buf_cstr(&d));
		buf_free(&d);
		for (uint32_t j = 0; j < i; j++) {
			if (!strcmp(dirs[i], dirs[j])) {
				buf_printf(err, "environments '%s' and '%s' would both be written to '%s'", in->envs[j].name,
					   in->envs[i].name, dirs[i]);
				ok = false;
			}
		}
		if (ok)
			ok = render_overlay(&a, in, &in->envs[i], dirs[i], out, err);
	}
	arena_free(&a);
	return ok;
}
