/* obj.c: the object IR: construction, lookup, ordering and JSON dumps. */
#include "kpc/obj.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct obj *mk(struct arena *a, enum obj_kind k, struct span sp)
{
	struct obj *o = arena_new(a, struct obj);
	o->kind = k;
	o->span = sp;
	return o;
}

struct obj *obj_map(struct arena *a, struct span sp)
{
	return mk(a, OBJ_MAP, sp);
}

struct obj *obj_seq(struct arena *a, struct span sp)
{
	return mk(a, OBJ_SEQ, sp);
}

struct obj *obj_str(struct arena *a, struct sv s, struct span sp)
{
	struct obj *o = mk(a, OBJ_STR, sp);
	o->s.p = arena_strndup(a, s.p, s.len);
	o->s.len = s.len;
	return o;
}

struct obj *obj_str_nocopy(struct arena *a, struct sv s, struct span sp)
{
	struct obj *o = mk(a, OBJ_STR, sp);
	o->s = s;
	return o;
}

struct obj *obj_strc(struct arena *a, const char *s, struct span sp)
{
	return obj_str(a, sv_from(s), sp);
}

struct obj *obj_int(struct arena *a, int64_t v, struct span sp)
{
	struct obj *o = mk(a, OBJ_INT, sp);
	o->i = v;
	return o;
}

struct obj *obj_bool(struct arena *a, bool v, struct span sp)
{
	struct obj *o = mk(a, OBJ_BOOL, sp);
	o->b = v;
	return o;
}

void obj_set_sv(struct arena *a, struct obj *map, struct sv key, struct obj *val)
{
	for (uint32_t i = 0; i < map->map.len; i++) {
		if (sv_eq(map->map.items[i].key, key)) {
			map->map.items[i].val = val;
			return;
		}
	}
	obj_append(a, map, key, (struct span){0}, val);
}

void obj_append(struct arena *a, struct obj *map, struct sv key, struct span kspan, struct obj *val)
{
	obj_append_nocopy(a, map, (struct sv){arena_strndup(a, key.p, key.len), key.len}, kspan, val);
}

void obj_append_nocopy(struct arena *a, struct obj *map, struct sv key, struct span kspan, struct obj *val)
{
	if (map->map.len == map->map.cap) {
		/* two first: most maps of a lowered object hold one or two keys */
		uint32_t cap = map->map.cap ? map->map.cap * 2 : 2;
		/* not cleared: no pair is read before it is written */
		struct obj_pair *n = arena_bytes(a, cap * sizeof *n);
		if (map->map.len)
			memcpy(n, map->map.items, map->map.len * sizeof *n);
		map->map.items = n;
		map->map.cap = cap;
	}
	map->map.items[map->map.len].key = key;
	map->map.items[map->map.len].val = val;
	map->map.items[map->map.len].kspan = kspan;
	map->map.len++;
}

void obj_set_n(struct arena *a, struct obj *map, const char *key, size_t n, struct obj *val)
{
	struct sv k = {key, n};
	for (uint32_t i = 0; i < map->map.len; i++) {
		const struct sv m = map->map.items[i].key;
		if (m.len == k.len && (k.len == 0 || (m.p[0] == key[0] && memcmp(m.p, key, k.len) == 0))) {
			map->map.items[i].val = val;
			return;
		}
	}
	/* the key outlives the tree (a literal or an arena string): no copy */
	obj_append_nocopy(a, map, k, (struct span){0}, val);
}

struct obj *obj_get_n(const struct obj *map, const char *key, size_t n)
{
	if (!map || map->kind != OBJ_MAP)
		return NULL;
	for (uint32_t i = 0; i < map->map.len; i++) {
		const struct sv k = map->map.items[i].key;
		if (k.len == n && memcmp(k.p, key, n) == 0)
			return map->map.items[i].val;
	}
	return NULL;
}

struct obj *obj_child_map(struct arena *a, struct obj *map, const char *key, struct span sp)
{
	size_t n = strlen(key);
	struct obj *o = obj_get_n(map, key, n);
	if (o && o->kind == OBJ_MAP)
		return o;
	o = obj_map(a, sp);
	obj_set_n(a, map, key, n, o);
	return o;
}

struct obj *obj_child_seq(struct arena *a, struct obj *map, const char *key, struct span sp)
{
	size_t n = strlen(key);
	struct obj *o = obj_get_n(map, key, n);
	if (o && o->kind == OBJ_SEQ)
		return o;
	o = obj_seq(a, sp);
	obj_set_n(a, map, key, n, o);
	return o;
}

void obj_push(struct arena *a, struct obj *seq, struct obj *val)
{
	if (seq->seq.len == seq->seq.cap) {
		uint32_t cap = seq->seq.cap ? seq->seq.cap * 2 : 4;
		struct obj **n = arena_bytes(a, cap * sizeof *n);
		if (seq->seq.len)
			memcpy(n, seq->seq.items, seq->seq.len * sizeof *n);
		seq->seq.items = n;
		seq->seq.cap = cap;
	}
	seq->seq.items[seq->seq.len++] = val;
}

struct obj *obj_deep_copy(struct arena *a, const struct obj *o)
{
	struct obj *c = mk(a, o->kind, o->span);
	c->secret = o->secret;
	switch (o->kind) {
	case OBJ_NULL: break;
	case OBJ_BOOL: c->b = o->b; break;
	case OBJ_INT: c->i = o->i; break;
	case OBJ_STR: c->s = o->s; break;
	case OBJ_MAP:
		for (uint32_t i = 0; i < o->map.len; i++)
			obj_set_sv(a, c, o->map.items[i].key, obj_deep_copy(a, o->map.items[i].val));
		break;
	case OBJ_SEQ:
		for (uint32_t i = 0; i < o->seq.len; i++)
			obj_push(a, c, obj_deep_copy(a, o->seq.items[i]));
		break;
	}
	return c;
}

struct obj *obj_copy(struct arena *a, const struct obj *o)
{
	struct obj *c = mk(a, o->kind, o->span);
	*c = *o;
	if (o->kind == OBJ_MAP && o->map.len) {
		c->map.items = arena_alloc(a, o->map.len * sizeof *c->map.items);
		memcpy(c->map.items, o->map.items, o->map.len * sizeof *c->map.items);
		c->map.cap = o->map.len;
	} else if (o->kind == OBJ_SEQ && o->seq.len) {
		c->seq.items = arena_alloc(a, o->seq.len * sizeof *c->seq.items);
		memcpy(c->seq.items, o->seq.items, o->seq.len * sizeof *c->seq.items);
		c->seq.cap = o->seq.len;
	}
	return c;
}

static int pair_cmp(const void *a, const void *b)
{
	return sv_cmp(((const struct obj_pair *)a)->key, ((const struct obj_pair *)b)->key);
}

void obj_sort_keys(struct obj *map)
{
	if (!map || map->kind != OBJ_MAP || map->map.len < 2)
		return;
	struct obj_pair *it = map->map.items;
	if (map->map.len > 16) {
		qsort(it, map->map.len, sizeof *it, pair_cmp);
		return;
	}
	/* label maps are small and often sorted already: insertion sort, which
	 * keeps equal keys in order as qsort (a merge sort in glibc) does */
	for (uint32_t i = 1; i < map->map.len; i++) {
		struct obj_pair p = it[i];
		uint32_t j = i;
		for (; j > 0 && sv_cmp(it[j - 1].key, p.key) > 0; j--)
			it[j] = it[j - 1];
		it[j] = p;
	}
}

static const char *scalar_or(const struct obj *o, const char *dflt)
{
	return o && o->kind == OBJ_STR ? o->s.p : dflt;
}

void objset_add(struct objset *s, struct obj *root, struct span sp)
{
	if (s->len == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->items = xrealloc(s->items, s->cap * sizeof *s->items);
	}
	struct k8s_obj *k = &s->items[s->len++];
	k->root = root;
	k->span = sp;
	k->seq = s->len - 1;
	k->api_version = scalar_or(obj_get(root, "apiVersion"), "");
	k->kind = scalar_or(obj_get(root, "kind"), "");
	struct obj *md = obj_get(root, "metadata");
	k->ns = scalar_or(obj_get(md, "namespace"), "");
	k->name = scalar_or(obj_get(md, "name"), "");
}

void objset_free(struct objset *s)
{
	free(s->items);
	s->items = NULL;
	s->len = s->cap = 0;
}

/* kustomize's legacy order (api/internal/builtins/SortOrderTransformer.go). */
static const char *const kind_order[] = {
	"Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount",
	"PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap",
	"Secret", "Endpoints", "Service", "LimitRange", "PriorityClass", "PersistentVolume",
	"PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget",
};

int obj_kind_rank(const char *k)
{
	for (size_t i = 0; i < KPC_ARRAY_LEN(kind_order); i++)
		if (strcmp(kind_order[i], k) == 0)
			return (int)i;
	if (strcmp(k, "MutatingWebhookConfiguration") == 0 || strcmp(k, "ValidatingWebhookConfiguration") == 0)
		return 1000;
	return 500;
}

/* Appends kustomize's Gvk.String(), group_version_kind with "~G" and "~V"
 * for empty parts. */
static void put_gvk(struct buf *b, const struct k8s_obj *o)
{
	const char *slash = strchr(o->api_version, '/');
	if (slash) {
		buf_put(b, o->api_version, (size_t)(slash - o->api_version));
		buf_putc(b, '_');
		buf_puts(b, slash + 1);
	} else {
		buf_puts(b, "~G_");
		buf_puts(b, *o->api_version ? o->api_version : "~V");
	}
	buf_putc(b, '_');
	buf_puts(b, o->kind);
}

/* An object's kind and group/version, which many objects share: the few
 * distinct ones are ordered once, and each object carries its ordinal. */
struct sort_group {
	const char *api_version, *kind;
	int rank;
	size_t off;	 /* of its GVK string, in the text of all groups */
	const char *gvk; /* that string, once the text is complete */
	uint32_t order;	 /* the same for groups of equal rank and GVK string */
};

struct sort_key {
	uint32_t group; /* sort_group.order */
	uint32_t pos;	/* in the set before sorting */
	const char *ns, *name; /* "~X", "~N" when empty */
};

static int group_cmp(const void *pa, const void *pb)
{
	const struct sort_group *a = *(struct sort_group *const *)pa, *b = *(struct sort_group *const *)pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return strcmp(a->gvk, b->gvk);
}

/* kustomize's legacy order: the listed kinds first, in that order, the
 * webhook configurations last, everything else between; ties by the
 * group_version_kind string, then namespace ("~X" when empty), then name
 * ("~N"); equal keys keep their order. */
static int key_cmp(const void *pa, const void *pb)
{
	const struct sort_key *a = pa, *b = pb;
	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	int c = strcmp(a->ns, b->ns);
	if (c)
		return c;
	c = strcmp(a->name, b->name);
	if (c)
		return c;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* The index of the group of `o` in `groups`, or groups->len; the search
 * starts at `from`, the group of the object before (a platform's objects
 * come in runs of a few kinds). */
static uint32_t find_group(const struct vec *groups, uint32_t from, const struct k8s_obj *o)
{
	for (uint32_t n = 0, g = from; n < groups->len; n++, g = g + 1 < groups->len ? g + 1 : 0) {
		const struct sort_group *e = groups->items[g];
		if (!strcmp(e->kind, o->kind) && !strcmp(e->api_version, o->api_version))
			return g;
	}
	return (uint32_t)groups->len;
}

void objset_sort(struct objset *s)
{
	if (s->len < 2)
		return;
	/* the keys are computed once per object, not once per comparison */
	struct sort_key *keys = xmalloc(s->len * sizeof *keys);
	struct vec groups = {0}; /* struct sort_group * */
	struct buf text = {0};
	uint32_t g = 0;
	for (uint32_t i = 0; i < s->len; i++) {
		const struct k8s_obj *o = &s->items[i];
		g = find_group(&groups, g, o);
		if (g == groups.len) {
			struct sort_group *e = xcalloc(1, sizeof *e);
			e->api_version = o->api_version;
			e->kind = o->kind;
			e->rank = obj_kind_rank(o->kind);
			e->off = text.len;
			put_gvk(&text, o);
			buf_putc(&text, 0);
			vec_push(&groups, e);
		}
		keys[i].group = g; /* the group's index until the groups are ordered */
		keys[i].pos = i;
		keys[i].ns = *o->ns ? o->ns : "~X";
		keys[i].name = *o->name ? o->name : "~N";
	}
	struct sort_group **by_order = xmalloc(groups.len * sizeof *by_order);
	for (uint32_t i = 0; i < groups.len; i++) {
		by_order[i] = groups.items[i];
		by_order[i]->gvk = text.data + by_order[i]->off;
	}
	qsort(by_order, groups.len, sizeof *by_order, group_cmp);
	for (uint32_t i = 0; i < groups.len; i++)
		by_order[i]->order = i && !group_cmp(&by_order[i - 1], &by_order[i]) ? by_order[i - 1]->order : i;
	for (uint32_t i = 0; i < s->len; i++)
		keys[i].group = ((struct sort_group *)groups.items[keys[i].group])->order;
	qsort(keys, s->len, sizeof *keys, key_cmp);
	/* item i takes item keys[i].pos: the permutation is applied in place,
	 * one cycle at a time (a sorted copy of a large set is megabytes of
	 * fresh memory) */
	for (uint32_t i = 0; i < s->len; i++) {
		if (keys[i].pos == i)
			continue;
		struct k8s_obj first = s->items[i];
		uint32_t j = i;
		while (keys[j].pos != i) {
			uint32_t from = keys[j].pos;
			s->items[j] = s->items[from];
			keys[j].pos = j;
			j = from;
		}
		s->items[j] = first;
		keys[j].pos = j;
	}
	for (uint32_t i = 0; i < groups.len; i++)
		free(groups.items[i]);
	vec_free(&groups);
	free(by_order);
	buf_free(&text);
	free(keys);
}

void obj_dump_json(const struct obj *o, struct buf *out, bool redact)
{
	switch (o->kind) {
	case OBJ_NULL: buf_puts(out, "null"); break;
	case OBJ_BOOL: buf_puts(out, o->b ? "true" : "false"); break;
	case OBJ_INT: buf_printf(out, "%lld", (long long)o->i); break;
	case OBJ_STR:
		if (redact && o->secret)
			buf_puts(out, "\"<redacted>\"");
		else
			buf_json_str(out, o->s.p, o->s.len);
		break;
	case OBJ_MAP:
		buf_putc(out, '{');
		for (uint32_t i = 0; i < o->map.len; i++) {
			if (i)
				buf_putc(out, ',');
			buf_json_str(out, o->map.items[i].key.p, o->map.items[i].key.len);
			buf_putc(out, ':');
			obj_dump_json(o->map.items[i].val, out, redact);
		}
		buf_putc(out, '}');
		break;
	case OBJ_SEQ:
		buf_putc(out, '[');
		for (uint32_t i = 0; i < o->seq.len; i++) {
			if (i)
				buf_putc(out, ',');
			obj_dump_json(o->seq.items[i], out, redact);
		}
		buf_putc(out, ']');
		break;
	}
}

void objset_dump_json(const struct objset *s, const struct srcmgr *sm, struct buf *out)
{
	buf_puts(out, "[");
	for (uint32_t i = 0; i < s->len; i++) {
		const struct k8s_obj *k = &s->items[i];
		buf_puts(out, i ? ",\n" : "\n");
		buf_puts(out, " {\"source\":");
		const struct srcfile *f = srcmgr_get(sm, k->span.file);
		if (f) {
			uint32_t line, col;
			srcmgr_linecol(sm, k->span.file, k->span.off, &line, &col);
			buf_puts(out, "{\"file\":");
			buf_json_str(out, f->path, strlen(f->path));
			buf_printf(out, ",\"line\":%u,\"column\":%u}", line, col);
		} else {
			buf_puts(out, "null");
		}
		buf_puts(out, ",\"object\":");
		obj_dump_json(k->root, out, true);
		buf_putc(out, '}');
	}
	buf_puts(out, s->len ? "\n]\n" : "]\n");
}

/* ---- equality ------------------------------------------------------------ */

/* The pairs still to compare: a small array on the stack, on the heap when
 * a value is wide or deep. */
struct pair_stack {
	const struct obj **items;
	size_t len, cap;
	bool heap;
};

static void ps_push(struct pair_stack *s, const struct obj *a, const struct obj *b)
{
	if (s->len + 2 > s->cap) {
		const struct obj **n = xmalloc(s->cap * 2 * sizeof *n);
		memcpy(n, s->items, s->len * sizeof *n);
		if (s->heap)
			free(s->items);
		s->items = n;
		s->cap *= 2;
		s->heap = true;
	}
	s->items[s->len++] = a;
	s->items[s->len++] = b;
}

bool obj_deep_eq(const struct obj *a, const struct obj *b)
{
	const struct obj *local[64];
	struct pair_stack st = {local, 0, 64, false};
	ps_push(&st, a, b);
	bool eq = true;
	while (eq && st.len) {
		const struct obj *y = st.items[--st.len], *x = st.items[--st.len];
		if (x == y)
			continue;
		if (!x || !y || x->kind != y->kind) {
			eq = false;
			break;
		}
		switch (x->kind) {
		case OBJ_NULL: break;
		case OBJ_BOOL: eq = x->b == y->b; break;
		case OBJ_INT: eq = x->i == y->i; break;
		case OBJ_STR: eq = sv_eq(x->s, y->s); break;
		case OBJ_MAP:
			eq = x->map.len == y->map.len;
			for (uint32_t i = 0; i < x->map.len && eq; i++) {
				const struct obj *yv = obj_get_sv(y, x->map.items[i].key);
				if (yv)
					ps_push(&st, x->map.items[i].val, yv);
				else
					eq = false;
			}
			break;
		case OBJ_SEQ:
			eq = x->seq.len == y->seq.len;
			for (uint32_t i = 0; i < x->seq.len && eq; i++)
				ps_push(&st, x->seq.items[i], y->seq.items[i]);
			break;
		}
	}
	if (st.heap)
		free(st.items);
	return eq;
}
