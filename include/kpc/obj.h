/* obj.h: the object IR, a tree of Kubernetes objects.
 *
 * Nodes are maps (ordered key/value pairs), sequences and scalars; every node
 * keeps the span of the source that produced it (a .kp statement or a YAML
 * node), so a finding on compiled output points back at the .kp line.
 * Scalars keep their text; `OBJ_STR` is always a string, while `OBJ_INT`,
 * `OBJ_BOOL` and `OBJ_NULL` print plain.  All nodes live in one arena. */
#ifndef KPC_OBJ_H
#define KPC_OBJ_H

#include "kpc/base.h"
#include "kpc/diag.h"

#include <string.h>

enum obj_kind { OBJ_NULL, OBJ_BOOL, OBJ_INT, OBJ_STR, OBJ_MAP, OBJ_SEQ };

struct obj;
struct obj_pair {
	struct sv key;
	struct obj *val;
	struct span kspan; /* the key's own span (YAML input); may be empty */
};

struct obj {
	enum obj_kind kind;
	uint32_t weight; /* YAML loader: nodes in the subtree with aliases expanded */
	struct span span;
	bool secret; /* a Secret's data value: never shown in dumps or diagnostics */
	bool quoted; /* a scalar read from YAML in quotes or block style */
	/* (fields ordered so that a node takes 48 bytes: a large platform
	 * lowers to millions of them) */
	void *aux; /* policy packs: the compiled regex of a pattern parameter */
	union {
		bool b;
		int64_t i;
		struct sv s;
		struct {
			struct obj_pair *items;
			uint32_t len, cap;
		} map;
		struct {
			struct obj **items;
			uint32_t len, cap;
		} seq;
	};
};

struct obj *obj_map(struct arena *a, struct span sp);
struct obj *obj_seq(struct arena *a, struct span sp);
struct obj *obj_str(struct arena *a, struct sv s, struct span sp);
struct obj *obj_strc(struct arena *a, const char *s, struct span sp);
/* A string node pointing at `s` itself, which must be followed by a NUL and
 * outlive the tree (a literal, a string of the same arena). */
struct obj *obj_str_nocopy(struct arena *a, struct sv s, struct span sp);
struct obj *obj_int(struct arena *a, int64_t v, struct span sp);
struct obj *obj_bool(struct arena *a, bool v, struct span sp);

/* Map operations: set replaces an existing key in place.  obj_set keeps the
 * key pointer (a literal or a string of the same arena); obj_set_sv copies. */
void obj_set_n(struct arena *a, struct obj *map, const char *key, size_t n, struct obj *val);
void obj_set_sv(struct arena *a, struct obj *map, struct sv key, struct obj *val);
struct obj *obj_get_n(const struct obj *map, const char *key, size_t n);
/* Inline, so that the length of a literal key is known when compiling
 * (obj_get's scan then compares without a call). */
static inline void obj_set(struct arena *a, struct obj *map, const char *key, struct obj *val)
{
	obj_set_n(a, map, key, strlen(key), val);
}
static inline struct obj *obj_get(const struct obj *map, const char *key)
{
	if (!map || map->kind != OBJ_MAP)
		return NULL;
	size_t n = strlen(key);
	for (uint32_t i = 0; i < map->map.len; i++)
		if (map->map.items[i].key.len == n && memcmp(map->map.items[i].key.p, key, n) == 0)
			return map->map.items[i].val;
	return NULL;
}
static inline struct obj *obj_get_sv(const struct obj *map, struct sv key)
{
	return obj_get_n(map, key.p, key.len);
}
/* Structural equality: the same kinds and scalars, maps with the same keys
 * (in any order), sequences in order; NULL equals NULL only.  Without
 * recursion, so any depth is safe. */
bool obj_deep_eq(const struct obj *a, const struct obj *b);
/* Get the map at `key`, creating it (with span sp) when absent. */
struct obj *obj_child_map(struct arena *a, struct obj *map, const char *key, struct span sp);
struct obj *obj_child_seq(struct arena *a, struct obj *map, const char *key, struct span sp);
void obj_push(struct arena *a, struct obj *seq, struct obj *val);
struct obj *obj_deep_copy(struct arena *a, const struct obj *o);
/* A copy of the node alone: a map's or sequence's entries are copied, the
 * nodes they point to are shared. */
struct obj *obj_copy(struct arena *a, const struct obj *o);
/* Adds a pair without looking for an existing key (the YAML loader checks
 * duplicates itself). */
void obj_append(struct arena *a, struct obj *map, struct sv key, struct span kspan, struct obj *val);
/* The same without copying the key, which must outlive the tree. */
void obj_append_nocopy(struct arena *a, struct obj *map, struct sv key, struct span kspan, struct obj *val);
/* Sort a map's keys bytewise (for label and data maps). */
void obj_sort_keys(struct obj *map);

/* A Kubernetes object with its identity cached. */
struct k8s_obj {
	struct obj *root;
	const char *api_version, *kind, *ns, *name;
	struct span span; /* the statement that produced it */
	uint32_t seq;	  /* the order it was added in (objset_add counts) */
};

struct objset {
	struct k8s_obj *items;
	uint32_t len, cap;
};
void objset_add(struct objset *s, struct obj *root, struct span sp);
void objset_free(struct objset *s);
/* Sort into a deterministic order: kustomize's legacy kind order, then
 * namespace, then name. */
void objset_sort(struct objset *s);
/* A kind's place in that order (kustomize's legacy order; unknown kinds in
 * the middle, webhook configurations last). */
int obj_kind_rank(const char *kind);

/* JSON dump of the object set (--emit objects); Secret data is redacted. */
void objset_dump_json(const struct objset *s, const struct srcmgr *sm, struct buf *out);
void obj_dump_json(const struct obj *o, struct buf *out, bool redact);

#endif
