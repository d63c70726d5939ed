/* helpers.c: shared helpers of the Criterion suites. */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <yaml.h>

const char *src_path(const char *rel)
{
	static char bufs[8][4096];
	static int next;
	char *b = bufs[next++ % 8];
	snprintf(b, sizeof bufs[0], "%s/%s", KPC_SOURCE_ROOT, rel);
	return b;
}

bool compile_string(struct kpc_unit *u, const char *name, const char *src, const struct kpc_options *opt)
{
	/* write to a temporary directory so imports and relative paths work */
	char dir[] = "/tmp/kpc-test-XXXXXX";
	if (!mkdtemp(dir))
		return false;
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	fputs(src, f);
	fclose(f);
	bool ok = kpc_compile(u, path, opt);
	unlink(path);
	rmdir(dir);
	return ok;
}

char *diag_text(struct kpc_unit *u)
{
	diags_sort(&u->diags);
	struct buf b = {0};
	diags_render_text(&u->diags, &b, false);
	buf_cstr(&b);
	return b.data;
}

char *yaml_text(struct kpc_unit *u)
{
	struct buf b = {0};
	yaml_emit_stream(&u->objects, &b);
	buf_cstr(&b);
	return b.data;
}

char *read_all(const char *path, size_t *len)
{
	char *d;
	size_t n;
	if (!kpc_read_file(path, &d, &n))
		return NULL;
	if (len)
		*len = n;
	return d;
}

void load_yaml(struct loaded_yaml *l, const char *name, char *data, size_t len)
{
	*l = (struct loaded_yaml){0};
	srcmgr_init(&l->sm);
	diags_init(&l->d, &l->sm);
	arena_init(&l->a);
	uint32_t fid = srcmgr_add(&l->sm, name, data, len);
	l->ok = yaml_load(&l->a, &l->sm, fid, &l->objs, &l->is, &l->d, 0);
}

void free_yaml(struct loaded_yaml *l)
{
	yaml_issues_free(&l->is);
	objset_free(&l->objs);
	arena_free(&l->a);
	diags_free(&l->d);
	srcmgr_free(&l->sm);
}

char *str_replace_all(const char *s, const char *from, const char *to)
{
	struct buf b = {0};
	size_t fl = strlen(from);
	const char *p;
	while ((p = strstr(s, from))) {
		buf_put(&b, s, (size_t)(p - s));
		buf_puts(&b, to);
		s = p + fl;
	}
	buf_puts(&b, s);
	buf_cstr(&b);
	return b.data;
}

/* ---- libyaml comparison ------------------------------------------------- */

struct cmp {
	yaml_document_t *doc;
	char *err;
	char path[1024];
};

static void fail(struct cmp *c, const char *fmt, ...) KPC_PRINTF(2, 3);
static void fail(struct cmp *c, const char *fmt, ...)
{
	if (c->err)
		return;
	struct buf b = {0};
	buf_printf(&b, "%s: ", c->path);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(&b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b.data + b.len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	c->err = b.data;
}

/* What a plain scalar resolves to under YAML 1.1's rules (the strictest of
 * the readers kpc's output meets). */
static const char *plain_type(const char *s)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	static const char *const bools[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True",
					    "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"};
	for (size_t i = 0; i < sizeof nulls / sizeof *nulls; i++)
		if (!strcmp(s, nulls[i]))
			return "null";
	for (size_t i = 0; i < sizeof bools / sizeof *bools; i++)
		if (!strcmp(s, bools[i]))
			return "bool";
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	if (*p >= '0' && *p <= '9') {
		bool num = true;
		for (const char *q = p; *q; q++)
			if (!strchr("0123456789abcdefABCDEFxXoO_.:eE+-", *q))
				num = false;
		if (num)
			return "number";
	}
	if (*p == '.' && (p[1] == 'i' || p[1] == 'I' || p[1] == 'n' || p[1] == 'N'))
		return "number";
	return "str";
}

static void cmp_node(struct cmp *c, yaml_node_t *n, const struct obj *o)
{
	size_t plen = strlen(c->path);
	switch (o->kind) {
	case OBJ_MAP: {
		if (n->type != YAML_MAPPING_NODE) {
			fail(c, "expected a mapping%s%s", "", "");
			return;
		}
		uint32_t i = 0;
		for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++, i++) {
			yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
			yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
			if (i >= o->map.len) {
				fail(c, "extra key '%s'%s", (const char *)k->data.scalar.value, "");
				return;
			}
			const struct obj_pair *op = &o->map.items[i];
			if (k->type != YAML_SCALAR_NODE || k->data.scalar.length != op->key.len ||
			    memcmp(k->data.scalar.value, op->key.p, op->key.len) != 0) {
				fail(c, "key '%s' where '%s' was expected", k->type == YAML_SCALAR_NODE ? (const char *)k->data.scalar.value : "?",
				     op->key.p);
				return;
			}
			snprintf(c->path + plen, sizeof c->path - plen, ".%s", op->key.p);
			cmp_node(c, v, op->val);
			c->path[plen] = 0;
		}
		if (i != o->map.len)
			fail(c, "missing key '%s'%s", o->map.items[i].key.p, "");
		return;
	}
	case OBJ_SEQ: {
		if (n->type != YAML_SEQUENCE_NODE) {
			fail(c, "expected a sequence%s%s", "", "");
			return;
		}
		uint32_t i = 0;
		for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++, i++) {
			if (i >= o->seq.len) {
				fail(c, "extra item%s%s", "", "");
				return;
			}
			snprintf(c->path + plen, sizeof c->path - plen, "[%u]", i);
			cmp_node(c, yaml_document_get_node(c->doc, *it), o->seq.items[i]);
			c->path[plen] = 0;
		}
		if (i != o->seq.len)
			fail(c, "missing items%s%s", "", "");
		return;
	}
	default:
		break;
	}
	if (n->type != YAML_SCALAR_NODE) {
		fail(c, "expected a scalar%s%s", "", "");
		return;
	}
	const char *text = (const char *)n->data.scalar.value;
	bool plain = n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	char want[64];
	switch (o->kind) {
	case OBJ_NULL:
		if (!plain || strcmp(plain_type(text), "null"))
			fail(c, "'%s' is not a null%s", text, "");
		break;
	case OBJ_BOOL:
		if (!plain || strcmp(text, o->b ? "true" : "false"))
			fail(c, "'%s' is not the boolean %s", text, o->b ? "true" : "false");
		break;
	case OBJ_INT:
		snprintf(want, sizeof want, "%lld", (long long)o->i);
		if (!plain || strcmp(text, want))
			fail(c, "'%s' is not the integer %s", text, want);
		break;
	case OBJ_STR:
		if (n->data.scalar.length != o->s.len || memcmp(text, o->s.p, o->s.len) != 0)
			fail(c, "string '%s' differs from '%s'", text, o->s.p);
		else if (plain && strcmp(plain_type(text), "str"))
			fail(c, "the string '%s' is plain and reads back as a %s", text, plain_type(text));
		break;
	default:
		break;
	}
}

char *libyaml_compare(const char *yaml, size_t len, const struct objset *objs)
{
	yaml_parser_t p;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)yaml, len);
	struct cmp c = {0};
	uint32_t i = 0;
	for (;;) {
		yaml_document_t doc;
		if (!yaml_parser_load(&p, &doc)) {
			if (asprintf(&c.err, "libyaml: %s at line %zu", p.problem ? p.problem : "error", p.problem_mark.line + 1) < 0)
				c.err = NULL;
			break;
		}
		yaml_node_t *root = yaml_document_get_root_node(&doc);
		if (!root) {
			yaml_document_delete(&doc);
			if (i != objs->len && asprintf(&c.err, "libyaml read %u documents, kpc emitted %u", i, objs->len) < 0)
				c.err = NULL;
			break;
		}
		if (i >= objs->len) {
			yaml_document_delete(&doc);
			c.err = strdup("libyaml read more documents than kpc emitted");
			break;
		}
		c.doc = &doc;
		snprintf(c.path, sizeof c.path, "doc %u (%s/%s)", i, objs->items[i].kind, objs->items[i].name);
		cmp_node(&c, root, objs->items[i].root);
		yaml_document_delete(&doc);
		i++;
		if (c.err)
			break;
	}
	yaml_parser_delete(&p);
	return c.err;
}

int run_in(const char *dir, const char *cmdline, char **out, char **err)
{
	char o[] = "/tmp/kpc-test-out-XXXXXX", e[] = "/tmp/kpc-test-err-XXXXXX";
	close(mkstemp(o));
	close(mkstemp(e));
	char *full = NULL;
	cr_assert(asprintf(&full, "cd '%s' && %s >%s 2>%s", dir ? dir : KPC_SOURCE_ROOT, cmdline, o, e) > 0);
	int st = system(full);
	free(full);
	if (out)
		*out = read_all(o, NULL);
	if (err)
		*err = read_all(e, NULL);
	unlink(o);
	unlink(e);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128;
}

char *tmpdir(void)
{
	char *d = strdup("/tmp/kpc-test-XXXXXX");
	cr_assert_not_null(d);
	cr_assert_not_null(mkdtemp(d));
	return d;
}

void rmrf(const char *dir)
{
	char *c = NULL;
	cr_assert(asprintf(&c, "rm -rf '%s'", dir) > 0);
	cr_assert_eq(system(c), 0);
	free(c);
}

void put_file(const char *dir, const char *name, const char *text)
{
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/%s", dir, name) > 0);
	FILE *f = fopen(p, "w");
	cr_assert_not_null(f, "cannot write %s", p);
	fputs(text, f);
	fclose(f);
	free(p);
}
