/* emit.c: the deterministic YAML emitter.
 *
 * Block style with two-space indentation; sequences inside a map sit at the
 * map's indentation, as kubectl and kustomize print them.  A string is plain
 * only when no YAML 1.1 or 1.2 reader could take it for anything else;
 * otherwise it is double-quoted with JSON-compatible escapes. */
#include "kpc/yaml.h"

#include <string.h>

static bool is_reserved_word(struct sv s)
{
	/* every word below starts with one of these characters and is at most
	 * five long: most scalars are ruled out without a comparison */
	if (s.len > 5 || !strchr("~nNyYtTfFoO=<", s.p[0]))
		return false;
	static const char *const words[] = {
		"~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
		"true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
		"=", "<<",
	};
	for (size_t i = 0; i < KPC_ARRAY_LEN(words); i++)
		if (sv_eqc(s, words[i]))
			return true;
	return false;
}

/* Anything that starts like a number and is made only of number-ish
 * characters could resolve to an int or float in some YAML version. */
static bool looks_numeric(struct sv s)
{
	char c = s.p[0];
	if (!((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))
		return false;
	static const bool table[256] = {
		['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true, ['5'] = true, ['6'] = true, ['7'] = true,
		['8'] = true, ['9'] = true, ['a'] = true, ['b'] = true, ['c'] = true, ['d'] = true, ['e'] = true, ['f'] = true,
		['A'] = true, ['B'] = true, ['C'] = true, ['D'] = true, ['E'] = true, ['F'] = true, ['x'] = true, ['X'] = true,
		['o'] = true, ['O'] = true, ['_'] = true, ['.'] = true, [':'] = true, ['+'] = true, ['-'] = true, ['i'] = true,
		['n'] = true, ['I'] = true, ['N'] = true,
	};
	for (size_t i = 0; i < s.len; i++)
		if (!table[(unsigned char)s.p[i]])
			return false;
	return true;
}

bool yaml_plain_safe(struct sv s)
{
	if (s.len == 0 || is_reserved_word(s) || looks_numeric(s))
		return false;
	if (strchr("-?:,[]{}#&*!|>'\"%@` \t", s.p[0]))
		return false;
	if (s.p[s.len - 1] == ' ' || s.p[s.len - 1] == ':')
		return false;
	for (size_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.p[i];
		if (c < 0x20 || c >= 0x7f)
			return false;
		if (c == ':' && i + 1 < s.len && s.p[i + 1] == ' ')
			return false;
		if (c == '#' && s.p[i - 1] == ' ')
			return false;
	}
	return true;
}

static void emit_string(struct sv s, struct buf *out)
{
	if (yaml_plain_safe(s)) {
		buf_putsv(out, s);
		return;
	}
	buf_putc(out, '"');
	for (size_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.p[i];
		switch (c) {
		case '"': buf_puts(out, "\\\""); break;
		case '\\': buf_puts(out, "\\\\"); break;
		case '\n': buf_puts(out, "\\n"); break;
		case '\r': buf_puts(out, "\\r"); break;
		case '\t': buf_puts(out, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				buf_printf(out, "\\x%02x", c);
			} else if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.p[i + 1] == 0x85) {
				buf_puts(out, "\\N");
				i++;
			} else if (c == 0xE2 && i + 2 < s.len && (unsigned char)s.p[i + 1] == 0x80 &&
				   ((unsigned char)s.p[i + 2] == 0xA8 || (unsigned char)s.p[i + 2] == 0xA9)) {
				buf_puts(out, (unsigned char)s.p[i + 2] == 0xA8 ? "\\L" : "\\P");
				i += 2;
			} else if (c == 0xEF && i + 2 < s.len && (unsigned char)s.p[i + 1] == 0xBB &&
				   (unsigned char)s.p[i + 2] == 0xBF) {
				buf_puts(out, "\\uFEFF");
				i += 2;
			} else {
				buf_putc(out, (char)c);
			}
		}
	}
	buf_putc(out, '"');
}

static bool is_empty_coll(const struct obj *o)
{
	return (o->kind == OBJ_MAP && o->map.len == 0) || (o->kind == OBJ_SEQ && o->seq.len == 0);
}

static void emit_scalar(const struct obj *o, struct buf *out)
{
	switch (o->kind) {
	case OBJ_NULL: buf_puts(out, "null"); break;
	case OBJ_BOOL: buf_puts(out, o->b ? "true" : "false"); break;
	case OBJ_INT: buf_printf(out, "%lld", (long long)o->i); break;
	case OBJ_STR: emit_string(o->s, out); break;
	case OBJ_MAP: buf_puts(out, "{}"); break;
	case OBJ_SEQ: buf_puts(out, "[]"); break;
	}
}

static void emit_node(const struct obj *o, int ind, struct buf *out);

/* Emits the entries of a map; the first line's indentation has already been
 * written when `first_inline` is set (after "- "). */
static void emit_map(const struct obj *o, int ind, bool first_inline, struct buf *out)
{
	for (uint32_t i = 0; i < o->map.len; i++) {
		const struct obj_pair *p = &o->map.items[i];
		if (i > 0 || !first_inline)
			buf_indent(out, ind);
		emit_string(p->key, out);
		buf_putc(out, ':');
		const struct obj *v = p->val;
		if (v->kind == OBJ_MAP && v->map.len) {
			buf_putc(out, '\n');
			emit_map(v, ind + 2, false, out);
		} else if (v->kind == OBJ_SEQ && v->seq.len) {
			buf_putc(out, '\n');
			emit_node(v, ind, out);
		} else {
			buf_putc(out, ' ');
			emit_scalar(v, out);
			buf_putc(out, '\n');
		}
	}
}

static void emit_node(const struct obj *o, int ind, struct buf *out)
{
	if (o->kind == OBJ_MAP && o->map.len) {
		emit_map(o, ind, false, out);
		return;
	}
	if (o->kind == OBJ_SEQ && o->seq.len) {
		for (uint32_t i = 0; i < o->seq.len; i++) {
			const struct obj *v = o->seq.items[i];
			buf_indent(out, ind);
			buf_puts(out, "- ");
			if (v->kind == OBJ_MAP && v->map.len) {
				emit_map(v, ind + 2, true, out);
			} else if (v->kind == OBJ_SEQ && v->seq.len) {
				buf_putc(out, '\n');
				emit_node(v, ind + 2, out);
			} else {
				emit_scalar(v, out);
				buf_putc(out, '\n');
			}
		}
		return;
	}
	(void)is_empty_coll;
	buf_indent(out, ind);
	emit_scalar(o, out);
	buf_putc(out, '\n');
}

void yaml_emit_obj(const struct obj *o, struct buf *out)
{
	emit_node(o, 0, out);
}

void yaml_emit_stream(const struct objset *s, struct buf *out)
{
	for (uint32_t i = 0; i < s->len; i++) {
		if (i)
			buf_puts(out, "---\n");
		yaml_emit_obj(s->items[i].root, out);
	}
}
