/* load.c: YAML into the object IR through libfyaml's event API, keeping a
 * span for every node (the only file that includes <libfyaml.h>).
 *
 * Events are folded into nodes with an explicit stack.  Aliases share the
 * anchored node (no copy); each node's `weight` counts its subtree with
 * aliases expanded, which bounds what later passes walk.  Merge keys (`<<`)
 * are applied when their mapping ends, so explicit keys win whatever their
 * order.  Duplicate keys keep the first value and are reported as issues. */
#include "kpc/yaml.h"

#include <libfyaml.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void yaml_issues_free(struct yaml_issues *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

static void issue(struct yaml_issues *v, enum yaml_issue_kind k, struct span a, struct span b, const char *detail)
{
	if (!v)
		return;
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->items = xrealloc(v->items, v->cap * sizeof *v->items);
	}
	v->items[v->len++] = (struct yaml_issue){k, a, b, detail};
}

struct frame {
	struct obj *node;
	bool have_key;
	struct sv key;
	bool key_quoted;
	struct span kspan;
	struct vec merges; /* struct obj * maps to merge at the end */
};

struct anchor {
	struct sv name;
	struct obj *node;
};

struct loader {
	struct arena *a;
	struct buf scratch; /* a block scalar's text while it is assembled */
	uint32_t text_mismatch; /* yaml_verify_scalars: 1 + offset of a scalar that differs */
	uint32_t bogus_block;	/* 1 + offset of the indicator of the first block scalar given lines it cannot hold */
	bool bogus_here;	/* the scalar being read is such a one (scalar_text) */
	uint32_t file;
	const char *src;
	struct diags *d;
	struct yaml_issues *issues;
	struct frame *stack;
	uint32_t depth, cap;
	struct anchor *anchors;
	uint32_t nanchors, capanchors;
	struct obj *root;
	uint32_t base; /* where the parsed range starts in the source */
	uint32_t last_end; /* where the last event with a position ended */
	size_t max_nodes;
	bool too_big;
	bool bad_doc;
	struct span too_big_at;
};

/* An event's span.  An empty scalar (`key:` with nothing after it) has no
 * marks: it sits where the event before it ended. */
static struct span mark_span(struct loader *L, struct fy_event *e)
{
	const struct fy_mark *s = fy_event_start_mark(e), *t = fy_event_end_mark(e);
	uint32_t off = s ? L->base + (uint32_t)s->input_pos : L->last_end;
	uint32_t end = t ? L->base + (uint32_t)t->input_pos : off;
	if (end > off)
		L->last_end = end;
	return (struct span){L->file, off, end > off ? end - off : 0};
}

static uint32_t add_weight(uint32_t a, uint32_t b)
{
	return a > UINT32_MAX - b ? UINT32_MAX : a + b;
}

/* What a plain scalar means, as sigs.k8s.io/yaml (go-yaml v2, YAML 1.1)
 * resolves it: 0 a string or a number, 1 null, 2 true, 3 false. */
static int plain_word(const char *s, size_t n)
{
	static const struct {
		const char *w;
		int what;
	} words[] = {
		{"~", 1}, {"null", 1}, {"Null", 1}, {"NULL", 1},
		{"y", 2}, {"Y", 2}, {"yes", 2}, {"Yes", 2}, {"YES", 2}, {"true", 2}, {"True", 2}, {"TRUE", 2}, {"on", 2}, {"On", 2}, {"ON", 2},
		{"n", 3}, {"N", 3}, {"no", 3}, {"No", 3}, {"NO", 3}, {"false", 3}, {"False", 3}, {"FALSE", 3}, {"off", 3}, {"Off", 3}, {"OFF", 3},
	};
	if (n == 0)
		return 1;
	if (n > 5 || !strchr("~nNyYtTfFoO", s[0]))
		return 0; /* most scalars: one comparison */
	for (size_t i = 0; i < KPC_ARRAY_LEN(words); i++)
		if (words[i].w[0] == s[0] && strlen(words[i].w) == n && memcmp(words[i].w, s, n) == 0)
			return words[i].what;
	return 0;
}

/* Plain scalars resolve as sigs.k8s.io/yaml (go-yaml v2, YAML 1.1) does. */
static struct obj *plain_scalar(struct loader *L, const char *s, size_t n, struct span sp)
{
	switch (plain_word(s, n)) {
	case 1: {
		struct obj *o = obj_map(L->a, sp);
		o->kind = OBJ_NULL;
		return o;
	}
	case 2:
		return obj_bool(L->a, true, sp);
	case 3:
		return obj_bool(L->a, false, sp);
	default:
		break;
	}
	size_t i = 0;
	bool neg = false;
	if (n && (s[0] == '-' || s[0] == '+')) {
		neg = s[0] == '-';
		i = 1;
	}
	if (i < n && n - i <= 18 && s[i] >= '0' && s[i] <= '9') {
		int64_t v = 0;
		size_t j = i;
		for (; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			v = v * 10 + (s[j] - '0');
		/* decimal only; a leading 0 is octal in YAML 1.1: keep it as text */
		if (j == n && !(s[i] == '0' && n - i > 1))
			return obj_int(L->a, neg ? -v : v, sp);
	}
	return obj_str(L->a, (struct sv){s, n}, sp);
}

static void push(struct loader *L, struct obj *node)
{
	if (L->depth == L->cap) {
		L->cap = L->cap ? L->cap * 2 : 32;
		L->stack = xrealloc(L->stack, L->cap * sizeof *L->stack);
	}
	L->stack[L->depth++] = (struct frame){.node = node};
}

/* Places a finished node into its parent (or as the document root). */
static void place(struct loader *L, struct obj *node, bool is_alias)
{
	if (L->depth == 0) {
		L->root = node;
		return;
	}
	struct frame *f = &L->stack[L->depth - 1];
	struct obj *parent = f->node;
	parent->weight = add_weight(parent->weight, node->weight);
	if (parent->weight > L->max_nodes && !L->too_big) {
		L->too_big = true;
		L->too_big_at = node->span;
	}
	if (parent->kind == OBJ_SEQ) {
		obj_push(L->a, parent, node);
		return;
	}
	if (!f->have_key) {
		/* a key: scalars give their text; other keys are kept as text too */
		f->have_key = true;
		f->kspan = node->span;
		f->key_quoted = node->quoted;
		if (node->kind == OBJ_STR) {
			f->key = node->s;
		} else if (node->kind == OBJ_INT || node->kind == OBJ_BOOL || node->kind == OBJ_NULL) {
			f->key = (struct sv){L->src + node->span.off, node->span.len};
		} else {
			f->key = SV("?");
			struct diag *g = diag_error(L->d, E0501, node->span, "invalid YAML: a mapping key must be a scalar");
			diag_help(g, "an unquoted `{{ ... }}` template placeholder? render the template before linting");
			L->bad_doc = true;
		}
		return;
	}
	f->have_key = false;
	if (sv_eqc(f->key, "<<") && !f->key_quoted) {
		if (node->kind == OBJ_MAP) {
			vec_push(&f->merges, node);
			return;
		}
		if (node->kind == OBJ_SEQ) {
			for (uint32_t i = 0; i < node->seq.len; i++)
				if (node->seq.items[i]->kind == OBJ_MAP)
					vec_push(&f->merges, node->seq.items[i]);
			return;
		}
	}
	for (uint32_t i = 0; i < parent->map.len; i++) {
		if (sv_eq(parent->map.items[i].key, f->key)) {
			char *k = arena_strndup(L->a, f->key.p, f->key.len);
			issue(L->issues, YAML_ISSUE_DUPLICATE_KEY, f->kspan, parent->map.items[i].kspan, k);
			return;
		}
	}
	obj_append(L->a, parent, f->key, f->kspan, node);
}

static void finish_map(struct loader *L, struct frame *f)
{
	struct obj *m = f->node;
	/* merged maps, in order: earlier sources win over later ones, explicit
	 * keys win over all */
	for (uint32_t i = 0; i < f->merges.len; i++) {
		struct obj *src = f->merges.items[i];
		for (uint32_t j = 0; j < src->map.len; j++) {
			bool present = false;
			for (uint32_t k = 0; k < m->map.len && !present; k++)
				present = sv_eq(m->map.items[k].key, src->map.items[j].key);
			if (!present) {
				obj_append(L->a, m, src->map.items[j].key, src->map.items[j].kspan, src->map.items[j].val);
				m->weight = add_weight(m->weight, src->map.items[j].val->weight);
			}
		}
	}
	vec_free(&f->merges);
}

static void remember_anchor(struct loader *L, struct fy_token *anchor, struct obj *node)
{
	if (!anchor)
		return;
	size_t n;
	const char *t = fy_token_get_text(anchor, &n);
	if (!t)
		return;
	for (uint32_t i = 0; i < L->nanchors; i++) {
		if (sv_eq(L->anchors[i].name, (struct sv){t, n})) {
			L->anchors[i].node = node; /* a later anchor of the same name wins */
			return;
		}
	}
	if (L->nanchors == L->capanchors) {
		L->capanchors = L->capanchors ? L->capanchors * 2 : 16;
		L->anchors = xrealloc(L->anchors, L->capanchors * sizeof *L->anchors);
	}
	L->anchors[L->nanchors++] = (struct anchor){{arena_strndup(L->a, t, n), n}, node};
}

static const char *scalar_str(const struct obj *o)
{
	return o && o->kind == OBJ_STR ? o->s.p : NULL;
}

/* Adds a finished document: an object, the items of a List, or an issue. */
static void add_document(struct loader *L, struct obj *root, struct objset *objs, struct span docspan)
{
	if (!root || root->kind == OBJ_NULL)
		return; /* an empty document */
	if (root->kind != OBJ_MAP) {
		issue(L->issues, YAML_ISSUE_NOT_OBJECT, root->span, (struct span){0}, "the document is not a mapping");
		return;
	}
	const char *api = scalar_str(obj_get(root, "apiVersion"));
	const char *kind = scalar_str(obj_get(root, "kind"));
	if (kind && api && (strcmp(kind, "List") == 0 || (strlen(kind) > 4 && !strcmp(kind + strlen(kind) - 4, "List"))) &&
	    obj_get(root, "items") && obj_get(root, "items")->kind == OBJ_SEQ && !obj_get(root, "metadata")) {
		struct obj *items = obj_get(root, "items");
		for (uint32_t i = 0; i < items->seq.len; i++)
			add_document(L, items->seq.items[i], objs, items->seq.items[i]->span);
		return;
	}
	if (!api || !kind || !*api || !*kind) {
		const char *what = !api && !kind ? "apiVersion and kind" : !api || !*api ? "apiVersion" : "kind";
		issue(L->issues, YAML_ISSUE_NOT_OBJECT, root->span, (struct span){0}, what);
		return;
	}
	objset_add(objs, root, docspan);
}

/* Guards against a bug of libfyaml 0.7.12 (the version Debian ships), found
 * by fuzzing: an unknown directive with invalid UTF-8 loops forever.  YAML
 * is UTF-8, so invalid UTF-8 is reported here instead. */
/* Whether s is valid UTF-8 (else *bad is where it stops being), noting in
 * *nul where its first NUL byte is (SIZE_MAX: none), in one pass. */
static bool utf8_valid(const char *s, size_t n, size_t *bad, size_t *nul)
{
	const unsigned char *p = (const unsigned char *)s;
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	*nul = SIZE_MAX;
	for (size_t i = 0; i < n;) {
		/* ASCII without NUL, eight bytes at a time, is the common case */
		uint64_t w;
		if (i + 8 <= n && (memcpy(&w, p + i, 8), !(w & high) && !((w - ones) & ~w & high))) {
			i += 8;
			continue;
		}
		if (p[i] < 0x80) {
			if (!p[i] && *nul == SIZE_MAX)
				*nul = i;
			i++;
			continue;
		}
		unsigned char c = p[i];
		size_t len = (c >> 5) == 6 && c >= 0xC2 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 && c <= 0xF4 ? 4 : 0;
		if (!len || i + len > n) {
			*bad = i;
			return false;
		}
		/* the second byte's range (Unicode's table 3-7): no overlong
		 * form, no surrogate, nothing past U+10FFFF.  libfyaml 0.7.12
		 * takes F0 8C 8F 9A for the end of the input, silently: the
		 * documents after it went unchecked (found by fuzzing) */
		unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
		unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
		if (p[i + 1] < lo || p[i + 1] > hi) {
			*bad = i;
			return false;
		}
		for (size_t k = 2; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80) {
				*bad = i;
				return false;
			}
		}
		i += len;
	}
	return true;
}

/* The header of the block scalar (literal `|` or folded `>`, as `style`)
 * whose content starts at `off`, when its line has one of the plain shapes
 * `KEY: |`, `- |` or `- KEY: |` (a chomping indicator and a comment may
 * follow): the chomping indicator ('-' strip, '+' keep, 0 clip), the
 * indentation of the node that holds the scalar, which its content must
 * exceed, and the offset of the indicator.  False for anything else (quoted
 * or complex keys, flow collections, an explicit indentation). */
static bool block_header(const char *src, uint32_t off, char style, char *chomp, size_t *parent_indent, uint32_t *at)
{
	if (off == 0 || src[off - 1] != '\n')
		return false;
	uint32_t end = off - 1, start = end;
	while (start > 0 && src[start - 1] != '\n')
		start--;
	if (end > start && src[end - 1] == '\r') /* a CRLF line break */
		end--;
	uint32_t i = start;
	while (i < end && src[i] == ' ')
		i++;
	*parent_indent = i - start;
	while (i + 1 < end && src[i] == '-' && src[i + 1] == ' ') { /* sequence entries */
		*parent_indent = i - start;
		i += 2;
		while (i < end && src[i] == ' ')
			i++;
	}
	if (i < end && src[i] != style) {
		/* a plain key, then ": " */
		uint32_t key = i;
		while (i < end && !(src[i] == ':' && i + 1 < end && src[i + 1] == ' ')) {
			if (strchr("\"'#{}[]?|>&*!%@`,\t\r", src[i]) || (src[i] == ':' && i + 1 == end))
				return false;
			i++;
		}
		if (i == key || i >= end)
			return false;
		*parent_indent = key - start;
		i++;
		while (i < end && src[i] == ' ')
			i++;
	}
	if (i >= end || src[i] != style)
		return false;
	*at = i++;
	*chomp = 0;
	if (i < end && (src[i] == '-' || src[i] == '+'))
		*chomp = src[i++];
	if (i < end && src[i] != ' ')
		return false; /* an indentation indicator, or something else */
	while (i < end && src[i] == ' ')
		i++;
	return i == end || src[i] == '#';
}

/* The indentation of a block scalar's content (the leading spaces of its
 * first line with content, in *indent) and the most spaces of the empty
 * lines before it (*leading), for a header block_header reads; false
 * when there is no content line or no such header.  A CR before a line
 * feed is part of the line break.  When libfyaml gave the scalar lines
 * less indented than its parent node, the document is marked broken
 * (bogus_block): those lines cannot be the scalar's content.  It happens to
 * valid YAML: libfyaml 0.7.12 gives an empty block scalar (`key: |` then a
 * sibling key) the lines after it, and the document's other keys are lost;
 * formatting such a token's text also leaks its buffer, literal or folded
 * (found by fuzzing; with CRLF line breaks too, which the check once
 * skipped). */
static bool block_indent(struct loader *L, struct span sp, char style, char *chomp, size_t *parent_indent, size_t *indent,
			 size_t *leading)
{
	uint32_t at;
	if (!block_header(L->src, sp.off, style, chomp, parent_indent, &at))
		return false;
	const char *p = L->src + sp.off, *end = p + sp.len;
	*leading = 0;
	for (const char *q = p;;) {
		const char *nl = memchr(q, '\n', (size_t)(end - q));
		const char *le = nl ? nl : end;
		if (nl && le > q && le[-1] == '\r')
			le--;
		size_t sp_ = 0;
		while (q + sp_ < le && q[sp_] == ' ')
			sp_++;
		if (q + sp_ < le) {
			*indent = sp_;
			break;
		}
		if (!nl)
			return false; /* no content line */
		if (sp_ > *leading)
			*leading = sp_;
		q = nl + 1;
	}
	if (*indent <= *parent_indent) {
		if (!L->bogus_block)
			L->bogus_block = at + 1;
		L->bogus_here = true;
		return false;
	}
	return true;
}

/* A literal block scalar (`|`, `|-`, `|+`, indentation detected) assembled
 * from its content lines; false for anything unusual (CR line breaks, tabs
 * or too little indentation, no content line), which libfyaml handles. */
static bool literal_text(struct loader *L, struct span sp, struct buf *out)
{
	char chomp;
	size_t parent_indent, indent, leading;
	if (!block_indent(L, sp, '|', &chomp, &parent_indent, &indent, &leading))
		return false;
	const char *p = L->src + sp.off, *end = p + sp.len;
	if (memchr(p, '\r', sp.len) || memchr(p, 0, sp.len))
		return false;
	if (leading > indent)
		return false;
	const char *q;
	out->len = 0;
	size_t content_end = 0; /* length of the text through the last content line */
	size_t breaks = 0;	/* line breaks after it */
	for (q = p; q < end;) {
		const char *nl = memchr(q, '\n', (size_t)(end - q));
		const char *le = nl ? nl : end;
		size_t n = (size_t)(le - q), sp_ = 0;
		if (!nl && n > indent && strspn(q, " ") >= n)
			return false; /* spaces, then the end of the input or an error */
		while (sp_ < n && sp_ < indent && q[sp_] == ' ')
			sp_++;
		if (sp_ == n && n <= indent) {
			/* an empty line; the last one (no break) is the next line's indentation */
			if (nl) {
				buf_putc(out, '\n');
				breaks++;
			}
		} else {
			if (sp_ < indent)
				return false;
			buf_put(out, q + indent, n - indent);
			content_end = out->len;
			/* a last line without its line break (at the end of the
			 * input) gets one when clipped, as libfyaml gives it */
			if (nl || chomp == 0) {
				buf_putc(out, '\n');
				breaks = 1;
			} else {
				breaks = 0;
			}
		}
		q = nl ? nl + 1 : end;
	}
	if (chomp == '-')
		out->len = content_end;
	else if (chomp == 0)
		out->len = content_end + (breaks ? 1 : 0);
	return true;
}

/* A scalar's text.  Most scalars are written exactly as their value: a
 * plain scalar on one line, a quoted one on one line without escapes (a
 * quoted scalar's marks cover its content).  Those are taken from the
 * source; the rest (folded lines, escapes, block scalars) from libfyaml,
 * whose formatting is the costliest part of reading values. */
bool yaml_verify_scalars;
unsigned long yaml_verified_scalars;

/* Appends a single-quoted scalar's text from p..e, one line's: '' is a
 * quote. */
static void put_unquoted(struct buf *out, const char *p, const char *e)
{
	for (const char *q; p < e && (q = memchr(p, '\'', (size_t)(e - p))) != NULL; p = q + 2) {
		buf_put(out, p, (size_t)(q + 1 - p));
		if (q + 1 == e)
			return; /* (a lone quote cannot end the content) */
	}
	buf_put(out, p, (size_t)(e - p));
}

/* A single-quoted scalar's text: '' is a quote, and across lines the line
 * breaks (LF, CRLF or CR) fold as in every flow scalar: a space, or a
 * newline per empty line between, the spaces and tabs around them dropped.
 * libfyaml 0.7.12 leaks the buffer of its own formatting of a scalar with
 * runs of '' (found by fuzzing).  False for what is left to libfyaml: YAML
 * 1.1's other line breaks (NEL, LS, PS). */
static bool single_quoted_text(const char *p, size_t len, struct buf *out)
{
	const char *end = p + len;
	for (const char *q = p; (q = memchr(q, 0xC2, (size_t)(end - q))) != NULL; q++)
		if (q + 1 < end && (unsigned char)q[1] == 0x85)
			return false;
	for (const char *q = p; (q = memchr(q, 0xE2, (size_t)(end - q))) != NULL; q++)
		if (q + 2 < end && (unsigned char)q[1] == 0x80 && ((unsigned char)q[2] == 0xA8 || (unsigned char)q[2] == 0xA9))
			return false;
	out->len = 0;
	size_t empty = 0; /* empty lines since the last text */
	for (const char *q = p, *lb;; q = lb + (lb[0] == '\r' && lb + 1 < end && lb[1] == '\n' ? 2 : 1)) {
		lb = q; /* the line's break, or its end */
		while (lb < end && *lb != '\n' && *lb != '\r')
			lb++;
		bool broken = lb < end;
		const char *s = q, *e = lb;
		if (q != p) /* a line after a break: its leading white space goes */
			while (s < e && (*s == ' ' || *s == '\t'))
				s++;
		if (broken) /* a line before a break: the white space before it goes */
			while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
		if (q != p && s == e && broken) {
			empty++;
		} else {
			if (q != p) {
				if (empty)
					while (empty--)
						buf_putc(out, '\n');
				else
					buf_putc(out, ' ');
				empty = 0;
			}
			put_unquoted(out, s, e);
		}
		if (!broken)
			break;
	}
	return true;
}

static const char *scalar_text_fast(struct loader *L, enum fy_scalar_style st, struct span sp, size_t *n)
{
	const char *p = L->src + sp.off;
	if (st == FYSS_PLAIN || st == FYSS_DOUBLE_QUOTED || st == FYSS_SINGLE_QUOTED) {
		/* no line break (nor, quoted, an escape or a doubled quote) */
		int stop = st == FYSS_DOUBLE_QUOTED ? '\\' : st == FYSS_SINGLE_QUOTED ? '\'' : 0;
		if (!memchr(p, '\n', sp.len) && !memchr(p, '\r', sp.len) && (!stop || !memchr(p, stop, sp.len))) {
			*n = sp.len;
			return p;
		}
	}
	if ((st == FYSS_LITERAL && literal_text(L, sp, &L->scratch)) ||
	    (st == FYSS_SINGLE_QUOTED && single_quoted_text(p, sp.len, &L->scratch))) {
		*n = L->scratch.len;
		return L->scratch.len ? L->scratch.data : "";
	}
	if (st == FYSS_FOLDED) {
		/* its text comes from libfyaml, once the check is made */
		char chomp;
		size_t parent_indent, indent, leading;
		block_indent(L, sp, '>', &chomp, &parent_indent, &indent, &leading);
	}
	return NULL;
}

/* Whether p holds two '' in a row. */
static bool quote_run(const char *p, size_t len)
{
	for (const char *q = p, *end = p + len; (q = memchr(q, '\'', (size_t)(end - q))) != NULL; q++)
		if (end - q >= 4 && q[1] == '\'' && q[2] == '\'' && q[3] == '\'')
			return true;
	return false;
}

static const char *scalar_text(struct loader *L, struct fy_event *e, enum fy_scalar_style st, struct span sp, size_t *n)
{
	L->bogus_here = false;
	const char *t = scalar_text_fast(L, st, sp, n);
	if (!t && L->bogus_here) {
		*n = 0;
		return ""; /* the document is reported when it ends, if libfyaml does not */
	}
	/* (not a single-quoted one with a run of '', whose formatting by
	 * libfyaml leaks: see single_quoted_text) */
	if (t && yaml_verify_scalars && !(st == FYSS_SINGLE_QUOTED && quote_run(L->src + sp.off, sp.len))) {
		yaml_verified_scalars++;
		size_t m;
		const char *want = fy_token_get_text(e->scalar.value, &m);
		if (!want || m != *n || memcmp(want, t, m) != 0)
			L->text_mismatch = sp.off + 1; /* checked when the document ends well */
	}
	if (t)
		return t;
	t = fy_token_get_text(e->scalar.value, n);
	if (!t) {
		*n = 0;
		return "";
	}
	return t;
}

/* libfyaml's default diagnostics configuration asks whether standard
 * error is a terminal, an ioctl(2) per file checked: the defaults are the
 * same for every file, and taken once. */
static struct fy_diag_cfg diag_defaults;
static pthread_once_t diag_once = PTHREAD_ONCE_INIT;

static void take_diag_defaults(void)
{
	fy_diag_cfg_default(&diag_defaults);
	diag_defaults.fp = NULL;
	diag_defaults.colorize = false;
}

/* Whether the '?' at q is an explicit key's indicator in block context: at
 * the start of its line but for indentation and sequence entries' dashes,
 * and followed by white space or the end of the line. */
static bool explicit_key_at(const char *p, const char *q, const char *end)
{
	if (q + 1 < end && q[1] != ' ' && q[1] != '\t' && q[1] != '\n' && q[1] != '\r')
		return false;
	const char *b = q;
	while (b > p && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '-'))
		b--;
	return b == p || b[-1] == '\n';
}

/* libfyaml 0.7.12 writes through a bad pointer when it destroys a parser
 * that met, in an explicit key (`? `), a mapping value indicator followed
 * by white space with a tab and a block indicator (`? a:\t:`, `?\n  a:\t-`:
 * six bytes crash it; found by fuzzing a policy pack).  Where in p..end
 * such a ':' follows an explicit key in the same document, or NULL.  Most
 * inputs have no explicit key, and cost one memchr(3) pass. */
static const char *explicit_key_tab(const char *p, const char *end)
{
	const char *q = p;
	while ((q = memchr(q, '?', (size_t)(end - q))) != NULL && !explicit_key_at(p, q, end))
		q++;
	if (!q)
		return NULL;
	while (q > p && q[-1] != '\n')
		q--;
	bool explicit = false;
	for (const char *line = q, *nl; line < end; line = nl ? nl + 1 : end) {
		nl = memchr(line, '\n', (size_t)(end - line));
		const char *le = nl ? nl : end;
		if (le - line >= 3 && !memcmp(line, "---", 3) && (le - line == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r'))
			explicit = false; /* a new document */
		for (const char *c = line; !explicit && (c = memchr(c, '?', (size_t)(le - c))) != NULL; c++)
			explicit = explicit_key_at(p, c, end);
		for (const char *c = line; explicit && (c = memchr(c, ':', (size_t)(le - c))) != NULL; c++) {
			const char *r = c + 1;
			bool tab = false;
			while (r < le && (*r == ' ' || *r == '\t'))
				tab |= *r++ == '\t';
			if (tab && r < le && *r && strchr(":-?|>", *r))
				return c;
		}
	}
	return NULL;
}

static bool load(struct arena *a, const struct srcmgr *sm, uint32_t file, uint32_t base, uint32_t len, struct objset *objs,
		 struct yaml_issues *issues, struct diags *d, size_t max_nodes, yaml_doc_fn fn, void *user)
{
	const struct srcfile *sf = srcmgr_get(sm, file);
	size_t bad;
	size_t nul;
	if (!utf8_valid(sf->data + base, len, &bad, &nul)) {
		struct diag *g = diag_error(d, E0501, ((struct span){file, base + (uint32_t)bad, 1}), "invalid YAML: not valid UTF-8");
		diag_help(g, "YAML files are UTF-8 text");
		return false;
	}
	/* libfyaml stops at a NUL byte as if the input ended there: YAML text
	 * cannot contain one, and nothing after it may go unchecked */
	if (nul != SIZE_MAX) {
		struct diag *g = diag_error(d, E0501, ((struct span){file, base + (uint32_t)nul, 1}),
					    "invalid YAML: a NUL byte");
		diag_help(g, "YAML is text; is this a binary file?");
		return false;
	}
	const char *bad_key = explicit_key_tab(sf->data + base, sf->data + base + len);
	if (bad_key) {
		struct diag *g = diag_error(d, E0501, ((struct span){file, (uint32_t)(bad_key - sf->data), 1}),
					    "a tab after ':' in an explicit key (`? `), before a block indicator: libfyaml 0.7.12 "
					    "crashes on it");
		diag_help(g, "write spaces there (a tab cannot indent YAML)");
		return false;
	}
	/* libfyaml 0.7.12 takes time quadratic in the length of an unknown
	 * directive (found by fuzzing: 8 s for 64 KiB); real ones are short */
	for (const char *p = sf->data + base, *end = p + len; (p = memchr(p, '%', (size_t)(end - p))) != NULL; p++) {
		if (p > sf->data + base && p[-1] != '\n')
			continue;
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if ((nl ? nl : end) - p > 1024) {
			struct diag *g = diag_error(d, E0501, ((struct span){file, (uint32_t)(p - sf->data), 1}),
						    "invalid YAML: a directive line longer than 1024 bytes");
			diag_help(g, "a directive is a short line such as `%%YAML 1.2` or `%%TAG ! tag:example.com,2000:`");
			return false;
		}
	}
	/* libfyaml's errors are collected, not printed: printing one formats
	 * the offending source lines, which in 0.7.12 overflows a stack buffer
	 * when a token spans lines far to the right (found by fuzzing) */
	pthread_once(&diag_once, take_diag_defaults);
	struct fy_diag_cfg dcfg = diag_defaults;
	struct fy_diag *fd = fy_diag_create(&dcfg);
	if (!fd)
		kpc_die("cannot create a YAML diagnostics object");
	fy_diag_set_collect_errors(fd, true);
	struct fy_parse_cfg cfg = {.flags = FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_1_1, .diag = fd};
	struct fy_parser *fyp = fy_parser_create(&cfg);
	if (!fyp)
		kpc_die("cannot create a YAML parser");
	struct loader L = {.a = a, .file = file, .src = sf->data, .base = base, .last_end = base, .d = d, .issues = issues,
			   .max_nodes = max_nodes ? max_nodes : 1000000};
	bool ok = true;
	if (fy_parser_set_string(fyp, sf->data + base, len) != 0)
		kpc_die("cannot start the YAML parser");
	struct fy_event *e;
	struct arena_mark mark = arena_mark(a);
	struct span docspan = {file, base, 0};
	bool skip_doc = false;
	while ((e = fy_parser_parse(fyp))) {
		struct span sp = mark_span(&L, e);
		switch (e->type) {
		case FYET_DOCUMENT_START:
			L.text_mismatch = 0;
			L.bogus_block = 0;
			if (fn)
				mark = arena_mark(a);
			L.root = NULL;
			L.nanchors = 0;
			L.too_big = false;
			L.bad_doc = false;
			skip_doc = false;
			docspan = sp;
			break;
		case FYET_DOCUMENT_END:
			if (L.bogus_block && !L.bad_doc) {
				struct diag *g = diag_error(
					d, E0501, ((struct span){file, L.bogus_block - 1, 1}),
					"a block scalar followed by lines indented no deeper than its key: libfyaml 0.7.12 "
					"takes them as its text");
				diag_help(g, "indent the scalar's text deeper than its key; an empty value followed by other "
					     "keys is valid YAML that libfyaml misreads: write it as \"\"");
				L.bad_doc = true;
			}
			if (L.text_mismatch) {
				/* only in a well-formed document: libfyaml's texts of a
				 * document it is giving up on are not a reference */
				fprintf(stderr, "kpc: the text of the scalar at byte %u differs from libfyaml's\n", L.text_mismatch - 1);
				abort();
			}
			if (L.too_big) {
				struct diag *g = diag_error(d, E0502, L.too_big_at,
							    "aliases expand this document to more than %zu nodes", L.max_nodes);
				diag_help(g, "an alias bomb? the document is skipped");
				ok = false;
			} else if (L.bad_doc) {
				ok = false;
			} else if (!skip_doc) {
				add_document(&L, L.root, objs, L.root ? L.root->span : docspan);
			}
			L.root = NULL;
			if (fn) {
				fn(user, objs, issues);
				objs->len = 0;
				issues->len = 0;
				arena_release(a, mark);
			}
			break;
		case FYET_MAPPING_START:
		case FYET_SEQUENCE_START: {
			struct obj *n = e->type == FYET_MAPPING_START ? obj_map(a, sp) : obj_seq(a, sp);
			n->weight = 1;
			remember_anchor(&L, e->type == FYET_MAPPING_START ? e->mapping_start.anchor : e->sequence_start.anchor, n);
			push(&L, n);
			break;
		}
		case FYET_MAPPING_END:
		case FYET_SEQUENCE_END: {
			struct frame *f = &L.stack[L.depth - 1];
			struct obj *n = f->node;
			n->span.len = sp.off + sp.len > n->span.off ? sp.off + sp.len - n->span.off : n->span.len;
			if (n->kind == OBJ_MAP)
				finish_map(&L, f);
			L.depth--;
			place(&L, n, false);
			break;
		}
		case FYET_SCALAR: {
			size_t n;
			enum fy_scalar_style st = fy_token_scalar_style(e->scalar.value);
			const char *t = scalar_text(&L, e, st, sp, &n);
			struct obj *o;
			const char *tag = NULL;
			size_t taglen = 0;
			if (e->scalar.tag)
				tag = fy_token_get_text(e->scalar.tag, &taglen);
			bool str_tag = tag && taglen >= 3 && !memcmp(tag + taglen - 3, "str", 3);
			if (st == FYSS_PLAIN && !str_tag) {
				o = plain_scalar(&L, t, n, sp);
			} else {
				o = obj_str(a, (struct sv){t, n}, sp);
				o->quoted = st != FYSS_PLAIN || str_tag; /* `!!str 1.5` is a string */
				/* libfyaml marks a quoted scalar's content: widen the span
				 * to the quotes, so a finding underlines the token as written */
				if ((st == FYSS_SINGLE_QUOTED || st == FYSS_DOUBLE_QUOTED) && o->span.off > 0 &&
				    (L.src[o->span.off - 1] == '"' || L.src[o->span.off - 1] == '\'')) {
					o->span.off--;
					o->span.len += 1;
					if (o->span.off + o->span.len < sf->len && L.src[o->span.off + o->span.len] == L.src[o->span.off])
						o->span.len++;
				}
			}
			o->weight = 1;
			remember_anchor(&L, e->scalar.anchor, o);
			place(&L, o, false);
			break;
		}
		case FYET_ALIAS: {
			size_t n;
			const char *t = fy_token_get_text(e->alias.anchor, &n);
			struct obj *target = NULL;
			for (uint32_t i = 0; t && i < L.nanchors; i++)
				if (sv_eq(L.anchors[i].name, (struct sv){t, n}))
					target = L.anchors[i].node;
			bool open_node = false;
			for (uint32_t i = 0; target && i < L.depth; i++)
				open_node |= L.stack[i].node == target;
			if (open_node) {
				diag_error(d, E0502, sp, "alias '%.*s' refers to a node that contains it", (int)n, t);
				L.bad_doc = true;
				target = NULL;
			}
			if (!target) {
				/* libfyaml reports unknown aliases itself; stay safe */
				target = obj_strc(a, "", sp);
				target->kind = OBJ_NULL;
				target->weight = 1;
			}
			place(&L, target, true);
			break;
		}
		default:
			break;
		}
		fy_parser_event_free(fyp, e);
	}
	if (fy_parser_get_stream_error(fyp)) {
		ok = false;
		void *it = NULL;
		struct fy_diag_error *err = fy_diag_errors_iterate(fd, &it);
		uint32_t end = base + len;
		if (err && err->line >= 1) {
			/* libfyaml counts lines from the start of the range, which
			 * starts a line */
			uint32_t first, col;
			srcmgr_linecol(sm, file, base, &first, &col);
			uint32_t line = first - 1 + (uint32_t)err->line - 1;
			uint32_t off = line < sf->nlines ? sf->lines[line] : end;
			off += err->column > 1 ? (uint32_t)err->column - 1 : 0;
			if (off > end)
				off = end;
			diag_error(d, E0501, ((struct span){file, off, 1}), "invalid YAML: %s", err->msg ? err->msg : "syntax error");
		} else {
			diag_error(d, E0501, ((struct span){file, end, 0}), "invalid YAML");
		}
	}
	for (uint32_t i = 0; i < L.depth; i++)
		vec_free(&L.stack[i].merges);
	free(L.stack);
	free(L.anchors);
	buf_free(&L.scratch);
	fy_parser_destroy(fyp);
	fy_diag_set_collect_errors(fd, false); /* frees the collected errors */
	fy_diag_unref(fd);
	return ok;
}

bool yaml_load(struct arena *a, const struct srcmgr *sm, uint32_t file, struct objset *objs,
	       struct yaml_issues *issues, struct diags *d, size_t max_nodes)
{
	const struct srcfile *sf = srcmgr_get(sm, file);
	return load(a, sm, file, 0, (uint32_t)sf->len, objs, issues, d, max_nodes, NULL, NULL);
}

bool yaml_load_each(struct arena *a, const struct srcmgr *sm, uint32_t file, uint32_t off, uint32_t len, struct diags *d,
		    size_t max_nodes, yaml_doc_fn fn, void *user)
{
	struct objset objs = {0};
	struct yaml_issues issues = {0};
	bool ok = load(a, sm, file, off, len, &objs, &issues, d, max_nodes, fn, user);
	objset_free(&objs);
	yaml_issues_free(&issues);
	return ok;
}

/* A line that starts a document: "---" then a blank, a line break or the
 * end.  At the start of a line it always is one (YAML forbids it at the
 * start of a line inside any scalar). */
static bool doc_marker(const char *p, const char *end)
{
	return end - p >= 3 && p[0] == '-' && p[1] == '-' && p[2] == '-' &&
	       (end - p == 3 || p[3] == ' ' || p[3] == '\t' || p[3] == '\n' || p[3] == '\r');
}

uint32_t yaml_split(const char *src, size_t len, const uint32_t *cuts, uint32_t ncuts, uint32_t *starts)
{
	starts[0] = 0;
	if (!ncuts || len > UINT32_MAX)
		return 1;
	/* directives (%YAML, %TAG) belong to the document after them: a
	 * stream with any is not split */
	for (const char *p = src; (p = memchr(p, '%', len - (size_t)(p - src))) != NULL; p++)
		if (p == src || p[-1] == '\n')
			return 1;
	uint32_t n = 1;
	const char *end = src + len;
	for (uint32_t k = 0; k < ncuts; k++) {
		size_t at = cuts[k];
		if (at <= starts[n - 1] || at >= len)
			continue;
		/* the next line that starts a document */
		const char *p = src + at;
		for (;;) {
			p = memchr(p, '\n', (size_t)(end - p));
			if (!p)
				break;
			p++;
			if (doc_marker(p, end))
				break;
		}
		if (!p || p >= end)
			break;
		starts[n++] = (uint32_t)(p - src);
	}
	return n;
}
