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
#include <stdio.h>
#include <yaml.h>
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
	uint32_t file;
	const char *src;
	struct diags *d;
	struct yaml_issues *issues;
	struct frame *stack;
	uint32_t depth, cap;
	struct anchor *anchors;
	uint32_t nanchors, capanchors;
	struct obj *root;
	size_t max_nodes;
	bool too_big;
	bool bad_doc;
	struct span too_big_at;
};

static struct span mark_span(struct loader *L, struct fy_event *e)
{
	const struct fy_mark *s = fy_event_start_mark(e), *t = fy_event_end_mark(e);
	uint32_t off = s ? (uint32_t)s->input_pos : 0;
	uint32_t end = t ? (uint32_t)t->input_pos : off;
	return (struct span){L->file, off, end > off ? end - off : 0};
}

static uint32_t add_weight(uint32_t a, uint32_t b)
{
	return a > UINT32_MAX - b ? UINT32_MAX : a + b;
}

static bool is_one_of(const char *s, size_t n, const char *const *words, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
			return true;
	return false;
}

/* Plain scalars resolve as sigs.k8s.io/yaml (go-yaml v2, YAML 1.1) does. */
static struct obj *plain_scalar(struct loader *L, const char *s, size_t n, struct span sp)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	static const char *const trues[] = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
	static const char *const falses[] = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
	if (is_one_of(s, n, nulls, KPC_ARRAY_LEN(nulls))) {
		struct obj *o = obj_map(L->a, sp);
		o->kind = OBJ_NULL;
		return o;
	}
	if (is_one_of(s, n, trues, KPC_ARRAY_LEN(trues)))
		return obj_bool(L->a, true, sp);
	if (is_one_of(s, n, falses, KPC_ARRAY_LEN(falses)))
		return obj_bool(L->a, false, sp);
	size_t i = 0;
	bool neg = false;
	if (n && (s[0] == '-' || s[0] == '+')) {
		neg = s[0] == '-';
		i = 1;
	}
	if (i < n && n - i <= 18) {
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

/* libfyaml 0.7.12 does not hand collected errors back through
 * fy_diag_errors_iterate, so the first "FILE:LINE:COL: error: MSG" line of
 * its output is captured and parsed here. */
struct fy_capture {
	bool have;
	int line, col;
	char msg[256];
};

static void diag_sink(struct fy_diag *diag, void *user, const char *buf, size_t len)
{
	struct fy_capture *c = user;
	(void)diag;
	if (c->have || !buf)
		return;
	const char *end = buf + len;
	const char *e = NULL;
	for (const char *p = buf; p + 9 <= end; p++) {
		if (memcmp(p, ": error: ", 9) == 0) {
			e = p;
			break;
		}
	}
	if (!e)
		return;
	/* walk back over ":COL" and ":LINE" */
	const char *q = e;
	int nums[2] = {0, 0};
	for (int k = 1; k >= 0; k--) {
		const char *dstart = q;
		while (dstart > buf && dstart[-1] >= '0' && dstart[-1] <= '9')
			dstart--;
		if (dstart == q || dstart == buf || dstart[-1] != ':')
			return;
		int v = 0;
		for (const char *r = dstart; r < q; r++)
			v = v * 10 + (*r - '0');
		nums[k] = v;
		q = dstart - 1;
	}
	c->line = nums[0];
	c->col = nums[1];
	const char *m = e + 9, *mend = m;
	while (mend < end && *mend != '\n')
		mend++;
	size_t n = (size_t)(mend - m);
	if (n >= sizeof c->msg)
		n = sizeof c->msg - 1;
	memcpy(c->msg, m, n);
	c->msg[n] = 0;
	c->have = true;
}

/* Guards against two bugs of libfyaml 0.7.12 (the version Debian ships),
 * both found by fuzzing: an unknown directive with invalid UTF-8 loops
 * forever, and formatting a syntax error whose token spans lines far to the
 * right overflows a stack buffer.  YAML is UTF-8, so invalid UTF-8 is
 * reported here; and a file with very long lines is first checked with
 * libyaml, whose error (if any) is reported instead of libfyaml's. */
static bool utf8_valid(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned char c = p[i];
		size_t len = c < 0x80 ? 1 : (c >> 5) == 6 && c >= 0xC2 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 && c <= 0xF4 ? 4 : 0;
		if (!len || i + len > n) {
			*bad = i;
			return false;
		}
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80) {
				*bad = i;
				return false;
			}
		}
		i += len;
	}
	return true;
}

static bool has_long_line(const char *s, size_t n, size_t limit)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		run = s[i] == '\n' ? 0 : run + 1;
		if (run > limit)
			return true;
	}
	return false;
}

/* libyaml's verdict on the whole stream: false with its message and mark. */
static bool libyaml_ok(const char *s, size_t n, char *msg, size_t msglen, size_t *line, size_t *col)
{
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		return true;
	yaml_parser_set_input_string(&p, (const unsigned char *)s, n);
	bool ok = true;
	for (;;) {
		yaml_event_t e;
		if (!yaml_parser_parse(&p, &e)) {
			snprintf(msg, msglen, "%s", p.problem ? p.problem : "syntax error");
			*line = p.problem_mark.line;
			*col = p.problem_mark.column;
			ok = false;
			break;
		}
		bool end = e.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&e);
		if (end)
			break;
	}
	yaml_parser_delete(&p);
	return ok;
}

bool yaml_load(struct arena *a, const struct srcmgr *sm, uint32_t file, struct objset *objs,
	       struct yaml_issues *issues, struct diags *d, size_t max_nodes)
{
	const struct srcfile *sf = srcmgr_get(sm, file);
	size_t bad;
	if (!utf8_valid(sf->data, sf->len, &bad)) {
		struct diag *g = diag_error(d, E0501, ((struct span){file, (uint32_t)bad, 1}), "invalid YAML: not valid UTF-8");
		diag_help(g, "YAML files are UTF-8 text");
		return false;
	}
	if (has_long_line(sf->data, sf->len, 1000)) {
		char msg[256];
		size_t line = 0, col = 0;
		if (!libyaml_ok(sf->data, sf->len, msg, sizeof msg, &line, &col)) {
			uint32_t off = line < sf->nlines ? sf->lines[line] + (uint32_t)col : (uint32_t)sf->len;
			if (off > sf->len)
				off = (uint32_t)sf->len;
			diag_error(d, E0501, ((struct span){file, off, 1}), "invalid YAML: %s", msg);
			return false;
		}
	}
	/* collect libfyaml's messages instead of letting it print them */
	struct fy_capture capture = {0};
	struct fy_diag_cfg dcfg;
	fy_diag_cfg_default(&dcfg);
	dcfg.fp = NULL;
	dcfg.output_fn = diag_sink;
	dcfg.user = &capture;
	dcfg.show_source = false;
	dcfg.colorize = false;
	struct fy_diag *fd = fy_diag_create(&dcfg);
	if (!fd)
		kpc_die("cannot create a YAML diagnostics object");
	struct fy_parse_cfg cfg = {.flags = FYPCF_QUIET | FYPCF_COLLECT_DIAG | FYPCF_DEFAULT_VERSION_1_1, .diag = fd};
	struct fy_parser *fyp = fy_parser_create(&cfg);
	if (!fyp)
		kpc_die("cannot create a YAML parser");
	struct loader L = {.a = a, .file = file, .src = sf->data, .d = d, .issues = issues,
			   .max_nodes = max_nodes ? max_nodes : 1000000};
	bool ok = true;
	if (fy_parser_set_string(fyp, sf->data, sf->len) != 0)
		kpc_die("cannot start the YAML parser");
	struct fy_event *e;
	struct span docspan = {file, 0, 0};
	bool skip_doc = false;
	while ((e = fy_parser_parse(fyp))) {
		struct span sp = mark_span(&L, e);
		switch (e->type) {
		case FYET_DOCUMENT_START:
			L.root = NULL;
			L.nanchors = 0;
			L.too_big = false;
			L.bad_doc = false;
			skip_doc = false;
			docspan = sp;
			break;
		case FYET_DOCUMENT_END:
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
			const char *t = fy_token_get_text(e->scalar.value, &n);
			if (!t) {
				t = "";
				n = 0;
			}
			struct obj *o;
			enum fy_scalar_style st = fy_token_scalar_style(e->scalar.value);
			const char *tag = NULL;
			size_t taglen = 0;
			if (e->scalar.tag)
				tag = fy_token_get_text(e->scalar.tag, &taglen);
			bool str_tag = tag && taglen >= 3 && !memcmp(tag + taglen - 3, "str", 3);
			if (st == FYSS_PLAIN && !str_tag) {
				o = plain_scalar(&L, arena_strndup(a, t, n), n, sp);
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
		bool reported = false;
		if (capture.have && capture.line >= 1) {
			const struct srcfile *f = srcmgr_get(sm, file);
			uint32_t line = (uint32_t)capture.line - 1;
			uint32_t off = line < f->nlines ? f->lines[line] : (uint32_t)sf->len;
			off += capture.col > 1 ? (uint32_t)capture.col - 1 : 0;
			if (off > sf->len)
				off = (uint32_t)sf->len;
			diag_error(d, E0501, ((struct span){file, off, 1}), "invalid YAML: %s", capture.msg);
			reported = true;
		}
		if (!reported)
			diag_error(d, E0501, ((struct span){file, (uint32_t)sf->len, 0}), "invalid YAML");
	}
	for (uint32_t i = 0; i < L.depth; i++)
		vec_free(&L.stack[i].merges);
	free(L.stack);
	free(L.anchors);
	fy_parser_destroy(fyp);
	fy_diag_unref(fd);
	return ok;
}
