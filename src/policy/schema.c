/* schema.c: walks an object along the bundled Kubernetes schema (see
 * schema.h) and reports type, format, enum and required-field violations
 * (AP003) and unknown fields (AP004).
 *
 * How YAML values map to JSON types: the loader resolves plain scalars as
 * Kubernetes' reader does for null, booleans and decimal integers, and keeps
 * every other plain scalar as an unquoted OBJ_STR.  Kubernetes (go-yaml v2
 * under sigs.k8s.io/yaml) also reads octal (0644), hex, binary, `1_000` and
 * floats (1.5, 1e3, .inf) as numbers, so an unquoted string in that syntax is
 * a number here too.  Objects lowered from .kp (weight 0) have no unquoted
 * strings: every OBJ_STR of theirs is a string.  `field: null` counts as an
 * absent field, as the API server decodes it.
 *
 * The walk allocates nothing: the path lives in `struct seg` frames on the C
 * stack and is only turned into a JSON pointer and a readable path when a
 * finding is made. */
#include "schema.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting than this is not checked (the CRD JSONSchemaProps type is
 * recursive; real manifests stay far below). */
#define MAX_DEPTH 100

const struct k8s_type *schema_root(const char *api_version, const char *kind)
{
	size_t lo = 0, hi = k8s_kind_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct k8s_kind *k = &k8s_kinds[mid];
		int c = strcmp(k8s_str(k->kind), kind);
		if (!c)
			c = strcmp(k8s_str(k->api), api_version);
		if (!c)
			return &k8s_types[k->type];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Bytewise comparison of a NUL-terminated name with a key. */
static int name_cmp(const char *name, struct sv key)
{
	for (size_t i = 0; i < key.len; i++) {
		unsigned char a = (unsigned char)name[i], b = (unsigned char)key.p[i];
		if (!a)
			return -1;
		if (a != b)
			return a < b ? -1 : 1;
	}
	return name[key.len] ? 1 : 0;
}

static inline uint64_t le64(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 | (uint64_t)u[3] << 24 |
	       (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
	       (uint64_t)u[7] << 56;
}

static inline uint64_t le32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 | (uint64_t)u[3] << 24;
}

/* A key of up to 16 bytes in two words: its first and last 8 (or 4) bytes,
 * or three of a shorter key, which then are all of it. */
struct words {
	uint64_t a, c;
};

static inline struct words key_words(const char *p, size_t n)
{
	struct words w = {0, 0};
	if (n >= 8) {
		w.a = le64(p);
		w.c = le64(p + n - 8);
	} else if (n >= 4) {
		w.a = le32(p);
		w.c = le32(p + n - 4);
	} else if (n > 0) {
		w.a = (uint64_t)(unsigned char)p[0] | (uint64_t)(unsigned char)p[n >> 1] << 8 |
		      (uint64_t)(unsigned char)p[n - 1] << 16;
	}
	return w;
}

/* The hash of k8s_slots (tools/gen-k8s-schema.mjs fieldHash computes the
 * same): a key's words and length mixed by two multiplications. */
static inline uint64_t field_hash(struct words w, size_t n)
{
	return ((w.a * 0x9e3779b97f4a7c15u) ^ w.c ^ n) * 0xc2b2ae3d27d4eb4fu;
}

static inline const struct k8s_field *field_find(const struct k8s_type *t, struct sv key)
{
	const struct k8s_slot *slots = &k8s_slots[t->slots];
	size_t mask = ((size_t)1 << t->bits) - 1, n = key.len;
	struct words w = key_words(key.p, n);
	for (size_t at = (size_t)(field_hash(w, n) >> (64 - t->bits));; at = (at + 1) & mask) {
		const struct k8s_slot *sl = &slots[at];
		if (!sl->field)
			return NULL;
		if (sl->len != n)
			continue;
		/* same length: the same words, and the same bytes between them */
		const struct k8s_field *f = &k8s_fields[t->first + sl->field - 1];
		const char *name = k8s_str(f->name);
		struct words nw = key_words(name, n);
		if (nw.a == w.a && nw.c == w.c && (n <= 16 || !memcmp(name + 8, key.p + 8, n - 16)))
			return f;
	}
}

const struct k8s_field *schema_field(const struct k8s_type *t, struct sv key)
{
	return field_find(t, key);
}

/* ---- scalars ------------------------------------------------------------ */

enum num { NUM_NO, NUM_INT, NUM_FLOAT };

static bool all_digits(const char *p, size_t n, int base)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++) {
		int d = p[i] >= '0' && p[i] <= '9'   ? p[i] - '0'
		        : p[i] >= 'a' && p[i] <= 'f' ? p[i] - 'a' + 10
		        : p[i] >= 'A' && p[i] <= 'F' ? p[i] - 'A' + 10
		                                     : 99;
		if (d >= base)
			return false;
	}
	return true;
}

/* go-yaml v2's float syntax: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? */
static bool yaml_float_syntax(const char *p, size_t n)
{
	size_t i = 0;
	if (i < n && (p[i] == '+' || p[i] == '-'))
		i++;
	size_t d0 = i;
	while (i < n && p[i] >= '0' && p[i] <= '9')
		i++;
	if (i == d0) {
		if (i >= n || p[i] != '.')
			return false;
		i++;
		size_t f0 = i;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == f0)
			return false;
	} else if (i < n && p[i] == '.') {
		i++;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	}
	if (i < n && (p[i] == 'e' || p[i] == 'E')) {
		i++;
		if (i < n && (p[i] == '+' || p[i] == '-'))
			i++;
		size_t e0 = i;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == e0)
			return false;
	}
	return i == n;
}

/* Is an unquoted YAML string a number to Kubernetes?  `*v` gets its value. */
static enum num plain_number(struct sv s, double *v)
{
	if (!s.len || s.len > 64)
		return NUM_NO;
	char c0 = s.p[0];
	if (!((c0 >= '0' && c0 <= '9') || c0 == '+' || c0 == '-' || c0 == '.'))
		return NUM_NO;
	char t[72];
	size_t n = 0;
	for (size_t i = 0; i < s.len; i++)
		if (s.p[i] != '_')
			t[n++] = s.p[i];
	t[n] = 0;
	static const char *const special[] = {".inf",  ".Inf",  ".INF",  "+.inf", "+.Inf", "+.INF",
	                                      "-.inf", "-.Inf", "-.INF", ".nan",  ".NaN",  ".NAN"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(special); i++)
		if (!strcmp(t, special[i])) {
			*v = t[0] == '-' ? -INFINITY : t[1] == 'n' || t[1] == 'N' ? NAN : INFINITY;
			return NUM_FLOAT;
		}
	/* strconv.ParseInt(s, 0, 64): sign, then 0x / 0o / 0b / 0 (octal) / decimal */
	size_t i = (t[0] == '+' || t[0] == '-') ? 1 : 0;
	const char *d = t + i;
	size_t dn = n - i;
	int base = 10;
	if (dn > 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'X'))
		base = 16, d += 2, dn -= 2;
	else if (dn > 2 && d[0] == '0' && (d[1] == 'o' || d[1] == 'O'))
		base = 8, d += 2, dn -= 2;
	else if (dn > 2 && d[0] == '0' && (d[1] == 'b' || d[1] == 'B'))
		base = 2, d += 2, dn -= 2;
	else if (dn > 1 && d[0] == '0')
		base = 8, d += 1, dn -= 1;
	if (all_digits(d, dn, base)) {
		double x = 0;
		for (size_t k = 0; k < dn; k++) {
			char ch = d[k];
			int dig = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
			x = x * base + dig;
		}
		*v = t[0] == '-' ? -x : x;
		/* beyond int64, ParseInt fails and the float syntax decides */
		if (x <= 9223372036854775807.0 || base != 10)
			return NUM_INT;
	}
	if (yaml_float_syntax(t, n)) {
		*v = strtod(t, NULL);
		return NUM_FLOAT;
	}
	return NUM_NO;
}

/* What a scalar is to Kubernetes. */
enum jtype { J_NULL, J_BOOL, J_INT, J_FLOAT, J_STRING, J_MAP, J_SEQ };

struct jval {
	enum jtype t;
	double v; /* J_INT, J_FLOAT */
};

static struct jval classify(const struct obj *o)
{
	struct jval j = {J_STRING, 0};
	switch (o->kind) {
	case OBJ_NULL:
		j.t = J_NULL;
		break;
	case OBJ_BOOL:
		j.t = J_BOOL;
		break;
	case OBJ_INT:
		j.t = J_INT;
		j.v = (double)o->i;
		break;
	case OBJ_MAP:
		j.t = J_MAP;
		break;
	case OBJ_SEQ:
		j.t = J_SEQ;
		break;
	case OBJ_STR:
		if (!o->quoted && o->weight) {
			enum num n = plain_number(o->s, &j.v);
			j.t = n == NUM_INT ? J_INT : n == NUM_FLOAT ? J_FLOAT : J_STRING;
		}
		break;
	}
	return j;
}

static bool integral(struct jval j)
{
	return j.t == J_INT || (j.t == J_FLOAT && isfinite(j.v) && j.v == floor(j.v));
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+) from p[*i]; false if absent */
static bool quantity_number(const char *p, size_t n, size_t *i)
{
	size_t k = *i;
	if (k < n && (p[k] == '+' || p[k] == '-'))
		k++;
	size_t d0 = k;
	while (k < n && is_digit(p[k]))
		k++;
	if (k > d0) {
		if (k < n && p[k] == '.') {
			k++;
			while (k < n && is_digit(p[k]))
				k++;
		}
	} else {
		if (k >= n || p[k] != '.')
			return false;
		k++;
		size_t f0 = k;
		while (k < n && is_digit(p[k]))
			k++;
		if (k == f0)
			return false;
	}
	*i = k;
	return true;
}

/* The quantity syntax of resource.Quantity (and of the VPA CRD's pattern). */
static bool quantity_syntax(struct sv s)
{
	size_t i = 0, n = s.len;
	const char *p = s.p;
	if (!quantity_number(p, n, &i))
		return false;
	if (i == n)
		return true;
	if (n - i == 2 && p[i + 1] == 'i' && strchr("KMGTPE", p[i]))
		return true;
	if (n - i == 1 && strchr("numkMGTPE", p[i]))
		return true;
	if (p[i] == 'e' || p[i] == 'E') {
		i++;
		return quantity_number(p, n, &i) && i == n;
	}
	return false;
}

/* \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}) */
static bool datetime_syntax(struct sv s)
{
	static const char pat[] = "dddd-dd-ddTdd:dd:dd";
	const char *p = s.p;
	size_t n = s.len, i = 0;
	for (; pat[i]; i++) {
		if (i >= n || (pat[i] == 'd' ? !is_digit(p[i]) : p[i] != pat[i]))
			return false;
	}
	if (i < n && p[i] == '.') {
		size_t f0 = ++i;
		while (i < n && is_digit(p[i]))
			i++;
		if (i == f0)
			return false;
	}
	if (i < n && p[i] == 'Z')
		return i + 1 == n;
	return n - i == 6 && (p[i] == '+' || p[i] == '-') && is_digit(p[i + 1]) &&
	       is_digit(p[i + 2]) && p[i + 3] == ':' && is_digit(p[i + 4]) && is_digit(p[i + 5]);
}

/* Standard base64 with padding; line breaks are ignored. */
static bool base64_syntax(struct sv s)
{
	size_t n = 0, pad = 0;
	for (size_t i = 0; i < s.len; i++) {
		char c = s.p[i];
		if (c == '\n' || c == '\r')
			continue;
		if (c == '=') {
			pad++;
		} else if (pad || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		                    is_digit(c) || c == '+' || c == '/')) {
			return false;
		}
		n++;
	}
	return n % 4 == 0 && pad <= 2;
}

/* ---- paths and messages ------------------------------------------------- */

/* One step of the path from the object's root to the node being checked. */
struct seg {
	const struct seg *up;
	struct sv key;  /* a map key, or */
	uint32_t index; /* a list index when is_index */
	bool is_index;
	bool hide; /* inside a Secret's data or stringData: never show a value */
	/* the node is a container: "container", "init container", ... */
	const char *ctr_what;
	struct sv ctr_name; /* its name, if it has one */
};

struct walk {
	struct lint_ctx *tcx, *ucx;
	const struct k8s_obj *o;
	unsigned depth;
	unsigned reports; /* lint_report calls so far */
	bool capped;      /* MAX_DEPTH cut the walk short */
	struct schema_cache *cache; /* compiled objects: see cached_field */
};

/* The fields last found for (type, key address) pairs.  The keys of
 * compiled objects are mostly literals of the compiler, the same address
 * in every object, so a field is found by that address and one
 * comparison of the key's bytes with the field's name (which proves the
 * entry right whatever the memory at that address held before) instead of
 * hashing and probing.  Unknown fields are not kept. */
#define SCHEMA_CACHE_BITS 12
struct schema_cache {
	struct schema_cache_entry {
		const struct k8s_type *t;
		const char *key;
		const struct k8s_field *f;
		size_t len;
	} e[1u << SCHEMA_CACHE_BITS];
};

void schema_cache_free(struct schema_cache *c)
{
	free(c);
}

static const struct k8s_field *cached_field(struct schema_cache *c, const struct k8s_type *t, struct sv key)
{
	uint64_t h = ((uint64_t)(uintptr_t)key.p ^ ((uint64_t)(uintptr_t)t << 16)) * 0x9E3779B97F4A7C15ull;
	struct schema_cache_entry *e = &c->e[h >> (64 - SCHEMA_CACHE_BITS)];
	if (e->key == key.p && e->t == t && e->len == key.len &&
	    !memcmp(k8s_str(e->f->name), key.p, key.len))
		return e->f;
	const struct k8s_field *f = field_find(t, key);
	if (f)
		*e = (struct schema_cache_entry){t, key.p, f, key.len};
	return f;
}

static struct lint_run *walk_run(const struct walk *w)
{
	return w->tcx ? w->tcx->run : w->ucx->run;
}

static void put_pointer_step(struct buf *b, struct sv key)
{
	buf_putc(b, '/');
	for (size_t i = 0; i < key.len; i++) {
		if (key.p[i] == '~')
			buf_puts(b, "~0");
		else if (key.p[i] == '/')
			buf_puts(b, "~1");
		else
			buf_putc(b, key.p[i]);
	}
}

/* The JSON pointer of a frame, plus "/key" when key.p is set. */
static char *seg_pointer(struct walk *w, const struct seg *s, struct sv key)
{
	const struct seg *chain[MAX_DEPTH + 8];
	size_t n = 0;
	for (const struct seg *t = s; t && t->up && n < KPC_ARRAY_LEN(chain); t = t->up)
		chain[n++] = t;
	struct buf b = {0};
	for (size_t i = n; i-- > 0;) {
		if (chain[i]->is_index)
			buf_printf(&b, "/%u", chain[i]->index);
		else
			put_pointer_step(&b, chain[i]->key);
	}
	if (key.p)
		put_pointer_step(&b, key);
	char *out = arena_strndup(walk_run(w)->arena, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

static bool simple_key(struct sv k)
{
	if (!k.len)
		return false;
	for (size_t i = 0; i < k.len; i++) {
		char c = k.p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' ||
		      c == '-'))
			return false;
	}
	return true;
}

/* Appends text for a message: at most `max` bytes, stopping at a control
 * character, with '"' and '\' escaped when `quote`. */
static void put_clipped(struct buf *b, const char *p, size_t n, size_t max, bool quote)
{
	size_t end = n;
	if (end > max) {
		end = max;
		while (end > 0 && ((unsigned char)p[end] & 0xc0) == 0x80)
			end--; /* do not cut a UTF-8 sequence */
	}
	size_t i = 0;
	for (; i < end; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c < 0x20 || c == 0x7f)
			break;
		if (quote && (c == '"' || c == '\\'))
			buf_putc(b, '\\');
		buf_putc(b, (char)c);
	}
	if (i < n)
		buf_puts(b, "...");
}

/* A readable path: "spec.template.spec.containers[0]", or relative to the
 * nearest container: "livenessProbe.httpGet of container 'web'"; the root is
 * the object's kind. */
static char *seg_desc(struct walk *w, const struct seg *s)
{
	const struct seg *chain[MAX_DEPTH + 8];
	size_t n = 0;
	const struct seg *ctr = NULL;
	for (const struct seg *t = s; t && t->up && n < KPC_ARRAY_LEN(chain); t = t->up) {
		if (t->ctr_what && t->ctr_name.p) {
			ctr = t;
			break;
		}
		chain[n++] = t;
	}
	struct buf b = {0};
	for (size_t i = n; i-- > 0;) {
		const struct seg *t = chain[i];
		if (t->is_index) {
			buf_printf(&b, "[%u]", t->index);
		} else if (simple_key(t->key)) {
			if (b.len)
				buf_putc(&b, '.');
			put_clipped(&b, t->key.p, t->key.len, 80, false);
		} else {
			buf_puts(&b, "[\"");
			put_clipped(&b, t->key.p, t->key.len, 80, true);
			buf_puts(&b, "\"]");
		}
	}
	if (ctr) {
		if (b.len)
			buf_puts(&b, " of ");
		buf_printf(&b, "%s '", ctr->ctr_what);
		put_clipped(&b, ctr->ctr_name.p, ctr->ctr_name.len, 80, false);
		buf_putc(&b, '\'');
	} else if (!b.len) {
		buf_puts(&b, w->o->kind);
	}
	char *out = arena_strndup(walk_run(w)->arena, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

/* "the string \"asd\"", "the integer 5", "a map"; only the type when `hide` */
static char *got_desc(struct walk *w, const struct obj *v, struct jval j, bool hide)
{
	struct buf b = {0};
	hide |= v->secret;
	switch (j.t) {
	case J_NULL:
		buf_puts(&b, "null");
		break;
	case J_BOOL:
		if (hide)
			buf_puts(&b, "a boolean");
		else
			buf_printf(&b, "the boolean %s", v->b ? "true" : "false");
		break;
	case J_MAP:
		buf_puts(&b, "a map");
		break;
	case J_SEQ:
		buf_puts(&b, "a list");
		break;
	case J_INT:
	case J_FLOAT:
	case J_STRING:
		if (hide) {
			buf_puts(&b, j.t == J_STRING ? "a string" : "a number");
		} else if (v->kind == OBJ_INT) {
			buf_printf(&b, "the integer %lld", (long long)v->i);
		} else {
			buf_puts(&b, j.t == J_INT     ? "the integer "
			             : j.t == J_FLOAT ? "the number "
			                              : "the string \"");
			put_clipped(&b, v->s.p, v->s.len, 40, j.t == J_STRING);
			if (j.t == J_STRING)
				buf_putc(&b, '"');
		}
		break;
	}
	char *out = arena_strndup(walk_run(w)->arena, b.data ? b.data : "", b.len);
	buf_free(&b);
	return out;
}

/* A finding inside a container names it (for waivers' containers= and the
 * dotted path), as container rules' findings do: `base` with a container
 * view of the nearest enclosing named container, if any. */
struct rctx {
	struct lint_ctx cx;
	struct container_view cv;
};

static struct lint_ctx *report_ctx(struct lint_ctx *base, const struct seg *s, struct rctx *out)
{
	for (const struct seg *t = s; t; t = t->up) {
		if (t->ctr_what && t->ctr_name.p) {
			out->cx = *base;
			memset(&out->cv, 0, sizeof out->cv);
			out->cv.name = t->ctr_name.p; /* an OBJ_STR: NUL-terminated */
			out->cx.cv = &out->cv;
			return &out->cx;
		}
	}
	return base;
}

static void bad_type(struct walk *w, const struct seg *s, const struct obj *v, struct jval j,
                     const char *want)
{
	if (!w->tcx)
		return;
	struct rctx rc;
	w->reports++;
	lint_report(report_ctx(w->tcx, s, &rc), v, NULL, seg_pointer(w, s, (struct sv){0}),
	            "%s must be %s, not %s", seg_desc(w, s), want, got_desc(w, v, j, s->hide));
}

/* A value of the right JSON type in the wrong form (format, range, enum). */
static void bad_value(struct walk *w, const struct seg *s, const struct obj *v, const char *want,
                      bool show)
{
	if (!w->tcx)
		return;
	struct buf b = {0};
	if (show && !v->secret && !s->hide) {
		buf_puts(&b, ", not ");
		if (v->kind == OBJ_INT) {
			buf_printf(&b, "%lld", (long long)v->i);
		} else if (v->kind == OBJ_STR) {
			buf_putc(&b, '"');
			put_clipped(&b, v->s.p, v->s.len, 40, true);
			buf_putc(&b, '"');
		}
	}
	struct rctx rc;
	w->reports++;
	lint_report(report_ctx(w->tcx, s, &rc), v, NULL, seg_pointer(w, s, (struct sv){0}),
	            "%s must be %s%s", seg_desc(w, s), want, b.data ? buf_cstr(&b) : "");
	buf_free(&b);
}

static void enum_want(const struct k8s_enum *e, struct buf *b)
{
	buf_puts(b, "one of ");
	for (uint16_t i = 0; i < e->n; i++)
		buf_printf(b, "%s\"%s\"", i ? ", " : "", k8s_str(k8s_enum_vals[e->first + i]));
}

/* ---- the walk ------------------------------------------------------------ */

static void check_object(struct walk *w, const struct seg *s, const struct obj *m,
                         const struct k8s_type *t);

static void report_unknown(struct walk *w, const struct seg *s, const struct obj *m,
                           const struct obj_pair *p, const struct k8s_type *t)
{
	const char *cands[256];
	size_t n = 0;
	for (uint8_t i = 0; i < t->n; i++)
		cands[n++] = k8s_str(k8s_fields[t->first + i].name);
	const char *best = kpc_suggest(p->key, cands, n);
	struct buf key = {0};
	put_clipped(&key, p->key.p, p->key.len, 80, false);
	struct rctx rc;
	struct lint_ctx *cx = report_ctx(w->ucx, s, &rc);
	w->reports++;
	struct finding *f =
	    lint_report(cx, p->val, m, seg_pointer(w, s, p->key), "unknown field '%s' in %s%s%s%s",
	                buf_cstr(&key), seg_desc(w, s), best ? "; did you mean '" : "",
	                best ? best : "", best ? "'?" : "");
	if (f && p->kspan.file)
		f->loc = lint_loc(cx->run, p->kspan);
	buf_free(&key);
}

static void report_missing(struct walk *w, const struct seg *s, const struct obj *m,
                           const struct k8s_type *t)
{
	for (uint8_t i = 0; i < t->n; i++) {
		const struct k8s_field *f = &k8s_fields[t->first + i];
		if (!(f->vt & K8S_REQUIRED))
			continue;
		const char *name = k8s_str(f->name);
		const struct obj *v = obj_get(m, name);
		if (v && v->kind != OBJ_NULL)
			continue;
		struct rctx rc;
		w->reports++;
		lint_report(report_ctx(w->tcx, s, &rc), m, NULL, seg_pointer(w, s, sv_from(name)),
		            "%s is missing the required field '%s'", seg_desc(w, s), name);
	}
}

/* Can a value of this type hold a map with fields (where AP004 may fire)? */
static bool has_fields(uint16_t vti)
{
	const struct k8s_vt *vt = &k8s_vts[vti];
	switch ((enum k8s_vkind)vt->kind) {
	case K8S_OBJECT:
	case K8S_EMBEDDED:
		return true;
	case K8S_ARRAY:
	case K8S_MAP:
		return has_fields(vt->ref);
	default:
		return false;
	}
}

/* Can a plain scalar starting with `c` be a number (plain_number's first
 * test)? */
static bool number_start(char c)
{
	return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

/* Is `v` what AP003 wants of a scalar type, by a quick look (false: let
 * check_value decide and explain)?  Most values are: a string where a
 * string goes, an integer where an integer goes. */
static bool is_string(const struct obj *v)
{
	if (v->kind != OBJ_STR)
		return false;
	if (v->quoted || !v->weight || !v->s.len)
		return true;
	if (!number_start(v->s.p[0]))
		return true;
	double x;
	return plain_number(v->s, &x) == NUM_NO;
}

static bool scalar_ok(const struct k8s_vt *vt, const struct obj *v)
{
	switch ((enum k8s_vkind)vt->kind) {
	case K8S_STRING:
		return is_string(v);
	case K8S_BOOL:
		return v->kind == OBJ_BOOL;
	case K8S_INT32:
		return v->kind == OBJ_INT && v->i >= INT32_MIN && v->i <= INT32_MAX &&
		       (!vt->has_min || v->i >= vt->min);
	case K8S_INT64: /* beyond 2^53 the double comparisons of check_value decide */
		return v->kind == OBJ_INT && v->i > -(INT64_C(1) << 53) && v->i < (INT64_C(1) << 53) &&
		       (!vt->has_min || v->i >= vt->min);
	case K8S_NUMBER:
		return v->kind == OBJ_INT;
	case K8S_INTORSTR:
		return v->kind == OBJ_INT || is_string(v);
	case K8S_QUANTITY:
	case K8S_CRDQUANTITY:
		return v->kind == OBJ_INT || (is_string(v) && quantity_syntax(v->s));
	case K8S_DATETIME:
		return is_string(v) && datetime_syntax(v->s);
	case K8S_ANY:
		return true;
	default:
		return false;
	}
}

/* Does checking `v` against value type `vt` have nothing to find?  (AP004
 * looks only inside maps and lists.) */
static inline bool skip_value(const struct walk *w, const struct k8s_vt *vt, const struct obj *v)
{
	/* the commonest case first: a string of a compiled object, in quotes,
	 * or plain but not starting like a number */
	if (vt->kind == K8S_STRING && v->kind == OBJ_STR &&
	    (!v->weight || v->quoted || !v->s.len || !number_start(v->s.p[0])))
		return true;
	switch ((enum k8s_vkind)vt->kind) {
	case K8S_OBJECT:
	case K8S_ARRAY:
	case K8S_MAP:
	case K8S_EMBEDDED:
		return false;
	default:
		return !w->tcx || scalar_ok(vt, v);
	}
}

static void check_value(struct walk *w, const struct seg *s, const struct obj *v, uint16_t vti)
{
	const struct k8s_vt *vt = &k8s_vts[vti];
	struct jval j;
	switch ((enum k8s_vkind)vt->kind) {
	case K8S_ANY:
		return;
	case K8S_OBJECT:
	case K8S_EMBEDDED:
		if (v->kind != OBJ_MAP) {
			bad_type(w, s, v, classify(v), "a map");
			return;
		}
		if (vt->kind == K8S_OBJECT) {
			const struct k8s_type *t = &k8s_types[vt->ref];
			if ((t->flags & K8S_TF_CONTAINER) && s->is_index && s->up &&
			    !s->up->is_index) {
				struct seg c = *s;
				struct sv list = s->up->key;
				c.ctr_what = sv_eqc(list, "initContainers") ? "init container"
				             : sv_eqc(list, "ephemeralContainers")
				                 ? "ephemeral container"
				                 : "container";
				const struct obj *name = obj_get(v, "name");
				if (name && name->kind == OBJ_STR)
					c.ctr_name = name->s;
				check_object(w, &c, v, t);
			} else {
				check_object(w, s, v, t);
			}
		} else {
			const struct obj *api = obj_get(v, "apiVersion"),
			                 *kind = obj_get(v, "kind");
			const struct k8s_type *t =
			    api && kind && api->kind == OBJ_STR && kind->kind == OBJ_STR
			        ? schema_root(api->s.p, kind->s.p)
			        : NULL;
			if (t)
				check_object(w, s, v, t);
		}
		return;
	case K8S_ARRAY:
		if (v->kind != OBJ_SEQ) {
			bad_type(w, s, v, classify(v), "a list");
			return;
		}
		if (!w->tcx && !has_fields(vt->ref))
			return;
		if (++w->depth <= MAX_DEPTH) {
			const struct k8s_vt *et = &k8s_vts[vt->ref];
			for (uint32_t i = 0; i < v->seq.len; i++) {
				if (skip_value(w, et, v->seq.items[i]))
					continue;
				struct seg c = {
				    .up = s, .index = i, .is_index = true, .hide = s->hide};
				check_value(w, &c, v->seq.items[i], vt->ref);
			}
		} else {
			w->capped = true;
		}
		w->depth--;
		return;
	case K8S_MAP:
		if (v->kind != OBJ_MAP) {
			bad_type(w, s, v, classify(v), "a map");
			return;
		}
		if (!w->tcx && !has_fields(vt->ref))
			return; /* nothing for AP004 to find in there */
		if (++w->depth <= MAX_DEPTH) {
			const struct k8s_vt *et = &k8s_vts[vt->ref];
			for (uint32_t i = 0; i < v->map.len; i++) {
				const struct obj_pair *p = &v->map.items[i];
				if (p->val->kind == OBJ_NULL || skip_value(w, et, p->val))
					continue;
				struct seg c = {.up = s, .key = p->key, .hide = s->hide};
				check_value(w, &c, p->val, vt->ref);
			}
		} else {
			w->capped = true;
		}
		w->depth--;
		return;
	default:
		break;
	}
	/* scalars: only AP003 has something to say */
	if (!w->tcx)
		return;
	j = classify(v);
	switch ((enum k8s_vkind)vt->kind) {
	case K8S_STRING:
		if (j.t != J_STRING)
			bad_type(w, s, v, j, "a string");
		break;
	case K8S_DATETIME:
		if (j.t != J_STRING)
			bad_type(w, s, v, j, "a string");
		else if (!datetime_syntax(v->s))
			bad_value(w, s, v, "an RFC 3339 date-time such as 2024-01-31T12:00:00Z",
			          true);
		break;
	case K8S_BYTE:
		if (j.t != J_STRING)
			bad_type(w, s, v, j, "a string");
		else if (!base64_syntax(v->s))
			bad_value(w, s, v, "base64 data", false);
		break;
	case K8S_ENUM:
		if (j.t != J_STRING) {
			bad_type(w, s, v, j, "a string");
		} else {
			const struct k8s_enum *e = &k8s_enums[vt->ref];
			bool ok = false;
			for (uint16_t i = 0; i < e->n && !ok; i++)
				ok = name_cmp(k8s_str(k8s_enum_vals[e->first + i]), v->s) == 0;
			if (!ok) {
				struct buf want = {0};
				enum_want(e, &want);
				bad_value(w, s, v, buf_cstr(&want), true);
				buf_free(&want);
			}
		}
		break;
	case K8S_INT32:
	case K8S_INT64:
		if (!integral(j)) {
			bad_type(w, s, v, j, "an integer");
		} else if (vt->kind == K8S_INT32 && (j.v < -2147483648.0 || j.v > 2147483647.0)) {
			bad_value(w, s, v, "a 32-bit integer", true);
		} else if (vt->kind == K8S_INT64 &&
		           (j.v < -9223372036854775808.0 || j.v >= 9223372036854775808.0)) {
			bad_value(w, s, v, "a 64-bit integer", true);
		} else if (vt->has_min && j.v < vt->min) {
			char want[48];
			snprintf(want, sizeof want, "at least %d", vt->min);
			bad_value(w, s, v, want, true);
		}
		break;
	case K8S_NUMBER:
		if (j.t != J_INT && j.t != J_FLOAT)
			bad_type(w, s, v, j, "a number");
		break;
	case K8S_BOOL:
		if (j.t != J_BOOL)
			bad_type(w, s, v, j, "a boolean");
		break;
	case K8S_INTORSTR:
		if (j.t != J_STRING && !integral(j))
			bad_type(w, s, v, j, "an integer or a string");
		break;
	case K8S_QUANTITY:
	case K8S_CRDQUANTITY:
		if (j.t == J_STRING) {
			if (!quantity_syntax(v->s))
				bad_value(w, s, v, "a resource quantity (e.g. 500m, 1Gi)", true);
		} else if (vt->kind == K8S_QUANTITY ? j.t != J_INT && j.t != J_FLOAT
		                                    : !integral(j)) {
			bad_type(w, s, v, j,
			         vt->kind == K8S_QUANTITY
			             ? "a resource quantity (e.g. 500m, 1Gi)"
			             : "an integer or a quantity string (e.g. 500m, 1Gi)");
		}
		break;
	default:
		break;
	}
}

static void check_object(struct walk *w, const struct seg *s, const struct obj *m,
                         const struct k8s_type *t)
{
	if (++w->depth > MAX_DEPTH) {
		w->capped = true;
		w->depth--;
		return;
	}
	/* A subtree found clean (no report, not cut short) is clean wherever
	 * it is shared: its path only shapes the messages.  The memo lives as
	 * long as the objects of the batch. */
	struct lint_ctx *memo = NULL;
	unsigned reports = w->reports;
	bool capped = w->capped;
	if (t->flags & K8S_TF_MEMO) {
		memo = w->tcx ? w->tcx : w->ucx;
		if (lint_memo_has(memo, m)) {
			w->depth--;
			return;
		}
		w->capped = false;
	}
	unsigned found = 0;
	for (uint32_t i = 0; i < m->map.len; i++) {
		const struct obj_pair *p = &m->map.items[i];
		const struct k8s_field *f = w->cache ? cached_field(w->cache, t, p->key) : field_find(t, p->key);
		if (!f) {
			if (w->ucx)
				report_unknown(w, s, m, p, t);
			continue;
		}
		if (p->val->kind == OBJ_NULL)
			continue;
		if (f->vt & K8S_REQUIRED)
			found++;
		uint16_t vti = (uint16_t)(f->vt & ~K8S_REQUIRED);
		const struct k8s_vt *vt = &k8s_vts[vti];
		if (skip_value(w, vt, p->val))
			continue;
		struct seg c = {.up = s, .key = p->key, .hide = s->hide};
		if ((t->flags & K8S_TF_SECRET) &&
		    (sv_eqc(p->key, "data") || sv_eqc(p->key, "stringData")))
			c.hide = true;
		/* a field's object is no list's container: check_value would
		 * only pass it on */
		if (vt->kind == K8S_OBJECT && p->val->kind == OBJ_MAP)
			check_object(w, &c, p->val, &k8s_types[vt->ref]);
		else
			check_value(w, &c, p->val, vti);
	}
	if (w->tcx && found < t->nreq)
		report_missing(w, s, m, t);
	if (memo) {
		if (w->reports == reports && !w->capped)
			lint_memo_put(memo, m);
		w->capped |= capped;
	}
	w->depth--;
}

void schema_check(struct lint_ctx *types, struct lint_ctx *unknown, const struct k8s_obj *o)
{
	if ((!types && !unknown) || !o->root || o->root->kind != OBJ_MAP || !o->api_version ||
	    !o->kind)
		return;
	const struct k8s_type *t = schema_root(o->api_version, o->kind);
	if (!t)
		return;
	struct walk w = {types, unknown, o, 0, 0, false, NULL};
	if (!o->root->weight) {
		struct lint_run *r = walk_run(&w);
		if (!r->schema_cache)
			r->schema_cache = xcalloc(1, sizeof *r->schema_cache);
		w.cache = r->schema_cache;
	}
	struct seg root = {0};
	check_object(&w, &root, o->root, t);
}
