/* emit.c: the deterministic YAML emitter.
 *
 * Block style with two-space indentation; sequences inside a map sit at the
 * map's indentation, as kubectl and kustomize print them.  A string is plain
 * only when no YAML 1.1 or 1.2 reader could take it for anything else;
 * otherwise it is double-quoted with JSON-compatible escapes. */
#include "kpc/yaml.h"

#include <string.h>

/* What a printable character means to yaml_plain_safe: the scan of a
 * string looks up one entry per byte, and only the rare non-zero ones need a
 * closer look.  Control and non-ASCII bytes are always quoted. */
enum {
	CH_COLON = 1,	  /* ": " starts a mapping value */
	CH_HASH = 2,	  /* " #" starts a comment */
	CH_INDICATOR = 4, /* not plain as the first character */
	CH_RESERVED = 8,  /* may start a reserved word (null, yes, on, ...) */
	CH_NUMBER = 16,	  /* may start a number */
};

static const unsigned char char_class[256] = {
	['\t'] = CH_INDICATOR, [' '] = CH_INDICATOR, ['!'] = CH_INDICATOR, ['"'] = CH_INDICATOR,
	['#'] = CH_HASH | CH_INDICATOR, ['%'] = CH_INDICATOR, ['&'] = CH_INDICATOR, ['\''] = CH_INDICATOR,
	['*'] = CH_INDICATOR, ['+'] = CH_NUMBER, [','] = CH_INDICATOR, ['-'] = CH_INDICATOR | CH_NUMBER,
	['.'] = CH_NUMBER, ['0'] = CH_NUMBER, ['1'] = CH_NUMBER, ['2'] = CH_NUMBER, ['3'] = CH_NUMBER,
	['4'] = CH_NUMBER, ['5'] = CH_NUMBER, ['6'] = CH_NUMBER, ['7'] = CH_NUMBER, ['8'] = CH_NUMBER,
	['9'] = CH_NUMBER, [':'] = CH_COLON | CH_INDICATOR, ['<'] = CH_RESERVED, ['='] = CH_RESERVED,
	['>'] = CH_INDICATOR, ['?'] = CH_INDICATOR, ['@'] = CH_INDICATOR, ['F'] = CH_RESERVED,
	['N'] = CH_RESERVED, ['O'] = CH_RESERVED, ['T'] = CH_RESERVED, ['Y'] = CH_RESERVED,
	['['] = CH_INDICATOR, [']'] = CH_INDICATOR, ['`'] = CH_INDICATOR, ['f'] = CH_RESERVED,
	['n'] = CH_RESERVED, ['o'] = CH_RESERVED, ['t'] = CH_RESERVED, ['y'] = CH_RESERVED,
	['{'] = CH_INDICATOR, ['|'] = CH_INDICATOR, ['}'] = CH_INDICATOR, ['~'] = CH_RESERVED,
};

static bool is_printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

/* The high bit of each of eight bytes that may be a control or non-ASCII
 * byte, ':' or '#' (the classic bit tricks: a false alarm costs a byte-wise
 * look, a miss is impossible). */
static inline uint64_t look_bits(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	uint64_t below = (x - ones * 0x20) & ~x; /* a byte < 0x20 */
	uint64_t above = (x + ones) | x;	 /* a byte >= 0x7f */
	uint64_t colon = x ^ (ones * ':'), hash = x ^ (ones * '#');
	colon = (colon - ones) & ~colon;
	hash = (hash - ones) & ~hash;
	return (below | above | colon | hash) & high;
}

/* Whether one of the `n` bytes at `p` may need a closer look: word-sized
 * loads, the last one overlapping the one before (and for fewer than eight
 * bytes, two overlapping halves or single bytes, the rest of the word
 * filled with a harmless letter). */
static bool any_needs_look(const char *p, size_t n)
{
	uint64_t x, bits = 0;
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, p + i, 8);
			bits |= look_bits(x);
		}
		memcpy(&x, p + n - 8, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
		x = a | (uint64_t)b << 32;
	} else {
		x = 0x6161616161000000u | (unsigned char)p[0] | (uint64_t)(unsigned char)p[n / 2] << 8 |
		    (uint64_t)(unsigned char)p[n - 1] << 16;
	}
	return (bits | look_bits(x)) != 0;
}

static bool is_reserved_word(struct sv s)
{
	/* by length, each comparison of a known size (compiled inline) */
#define IS(w) (memcmp(s.p, w, sizeof(w) - 1) == 0)
	switch (s.len) {
	case 1: return memchr("~yYnN=", s.p[0], 6) != NULL;
	case 2: return IS("no") || IS("No") || IS("NO") || IS("on") || IS("On") || IS("ON") || IS("<<");
	case 3: return IS("yes") || IS("Yes") || IS("YES") || IS("off") || IS("Off") || IS("OFF");
	case 4: return IS("null") || IS("Null") || IS("NULL") || IS("true") || IS("True") || IS("TRUE");
	case 5: return IS("false") || IS("False") || IS("FALSE");
	default: return false;
	}
#undef IS
}

/* Anything that starts like a number and is made only of number-ish
 * characters could resolve to an int or float in some YAML version. */
static bool looks_numeric(struct sv s)
{
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
	if (s.len == 0)
		return false;
	unsigned first = char_class[(unsigned char)s.p[0]];
	if ((first & CH_INDICATOR) || !is_printable((unsigned char)s.p[0]))
		return false;
	if ((first & CH_RESERVED) && is_reserved_word(s))
		return false;
	if ((first & CH_NUMBER) && looks_numeric(s))
		return false;
	if (s.p[s.len - 1] == ' ' || s.p[s.len - 1] == ':')
		return false;
	if (!any_needs_look(s.p, s.len))
		return true;
	for (size_t i = 1; i < s.len; i++) {
		unsigned char c = (unsigned char)s.p[i];
		if (!is_printable(c))
			return false;
		if (!(char_class[c] & (CH_COLON | CH_HASH)))
			continue;
		if (c == ':' && i + 1 < s.len && s.p[i + 1] == ' ')
			return false;
		if (c == '#' && s.p[i - 1] == ' ')
			return false;
	}
	return true;
}

/* The double-quoted form, with JSON-compatible escapes. */
static void emit_quoted(struct sv s, struct buf *out)
{
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

/* What the emitter remembers of a short string it has checked: its bytes
 * (as three words that cover them) and whether they print plain.  The
 * objects of a platform repeat the same keys and many values (labels,
 * names, ports), and most checks repeat one made for an earlier object.
 * One table per thread, so that threads never share one. */
#define MEMO_SLOTS 512
#define MEMO_TEXT 24
struct plain_memo {
	uint64_t w[3];
	uint32_t len;
	bool plain;
};
static _Thread_local struct plain_memo memo_table[MEMO_SLOTS];

/* The emitter's state: the output and the memo of this thread. */
struct emitter {
	struct buf *out;
	struct plain_memo *memo;
};

/* The bytes of a string of 1 to MEMO_TEXT bytes as three words, loaded
 * overlapping: two strings of the same length have the same words exactly
 * when they have the same bytes. */
static inline void short_words(struct sv s, uint64_t w[3])
{
	size_t n = s.len;
	if (n >= 8) {
		memcpy(&w[0], s.p, 8);
		memcpy(&w[1], s.p + n / 2 - 4, 8);
		memcpy(&w[2], s.p + n - 8, 8);
	} else if (n >= 4) {
		uint32_t x, y;
		memcpy(&x, s.p, 4);
		memcpy(&y, s.p + n - 4, 4);
		w[0] = x;
		w[1] = 0;
		w[2] = y;
	} else {
		w[0] = (unsigned char)s.p[0] | (uint64_t)(unsigned char)s.p[n / 2] << 8 |
		       (uint64_t)(unsigned char)s.p[n - 1] << 16;
		w[1] = w[2] = 0;
	}
}

static bool same_words(const struct plain_memo *m, const uint64_t w[3], size_t len)
{
	return m->len == len && ((m->w[0] ^ w[0]) | (m->w[1] ^ w[1]) | (m->w[2] ^ w[2])) == 0;
}

static bool plain_safe(struct emitter *e, struct sv s)
{
	if (s.len == 0 || s.len > MEMO_TEXT)
		return yaml_plain_safe(s);
	uint64_t w[3];
	short_words(s, w);
	/* a pair of slots by the text, not the address: the same word read
	 * from the source for every app takes one; a new text goes first in
	 * its pair, moving the one there to the second (two texts on the same
	 * pair in every object would otherwise take turns) */
	uint64_t h = (w[0] ^ (w[2] * 0x9E3779B97F4A7C15u) ^ s.len) * 0xC2B2AE3D27D4EB4Fu;
	struct plain_memo *m = &e->memo[(h >> (64 - 8)) * 2];
	if (same_words(&m[0], w, s.len))
		return m[0].plain;
	if (same_words(&m[1], w, s.len))
		return m[1].plain;
	m[1] = m[0];
	memcpy(m->w, w, sizeof w);
	m->len = (uint32_t)s.len;
	m->plain = yaml_plain_safe(s);
	return m->plain;
}

/* The text of a scalar that prints as it is (a plain string, a number, a
 * boolean, null or an empty collection) in `tmp` or the node, or false when
 * it needs quotes. */
static inline bool plain_text(struct emitter *e, const struct obj *o, char tmp[24], struct sv *t)
{
	switch (o->kind) {
	case OBJ_NULL: *t = SV("null"); return true;
	case OBJ_BOOL: *t = o->b ? SV("true") : SV("false"); return true;
	case OBJ_INT: {
		/* without printf: it is most of the cost of a small number */
		*t = (struct sv){tmp, i64_text(tmp, o->i)};
		return true;
	}
	case OBJ_STR: *t = o->s; return plain_safe(e, o->s);
	case OBJ_MAP: *t = SV("{}"); return true;
	case OBJ_SEQ: *t = SV("[]"); return true;
	}
	return false;
}

static void emit_scalar(struct emitter *e, const struct obj *o)
{
	char tmp[24];
	struct sv t;
	if (plain_text(e, o, tmp, &t))
		buf_putsv(e->out, t);
	else
		emit_quoted(o->s, e->out);
}

/* Copies `n` bytes to `w` and returns the end: for a short string (the
 * usual key or value) two overlapping word-sized moves, which cost less
 * than a call to memcpy. */
static inline char *put_bytes(char *w, struct sv s)
{
	size_t n = s.len;
	if (n > 16) {
		memcpy(w, s.p, n);
	} else if (n >= 8) {
		uint64_t x, y;
		memcpy(&x, s.p, 8);
		memcpy(&y, s.p + n - 8, 8);
		memcpy(w, &x, 8);
		memcpy(w + n - 8, &y, 8);
	} else if (n >= 4) {
		uint32_t x, y;
		memcpy(&x, s.p, 4);
		memcpy(&y, s.p + n - 4, 4);
		memcpy(w, &x, 4);
		memcpy(w + n - 4, &y, 4);
	} else if (n) {
		w[0] = s.p[0];
		w[n / 2] = s.p[n / 2];
		w[n - 1] = s.p[n - 1];
	}
	return w + n;
}

/* Starts a line of `ind` spaces and `n` more bytes: one bounds check for
 * the whole line.  Returns where its text goes; the caller sets out->len
 * when done. */
static inline char *line_start(struct buf *out, int ind, size_t n)
{
	/* 32 more: the spaces of a usual line go in one fixed-size move of 32,
	 * what runs over is written over next */
	if (out->len + (size_t)ind + n + 32 > out->cap)
		buf_reserve(out, (size_t)ind + n + 32);
	char *w = out->data + out->len;
	if (ind <= 32)
		memcpy(w, "                                ", 32);
	else
		memset(w, ' ', (size_t)ind);
	return w + ind;
}

static void line_end(struct buf *out, char *w)
{
	out->len = (size_t)(w - out->data);
}

static void emit_node(struct emitter *e, const struct obj *o, int ind);

/* Emits the entries of a map; the first line's indentation has already been
 * written when `first_inline` is set (after "- "). */
static void emit_map(struct emitter *e, const struct obj *o, int ind, bool first_inline)
{
	struct buf *out = e->out;
	for (uint32_t i = 0; i < o->map.len; i++) {
		const struct obj_pair *p = &o->map.items[i];
		const struct obj *v = p->val;
		int pad = i > 0 || !first_inline ? ind : 0;
		bool nested = (v->kind == OBJ_MAP && v->map.len) || (v->kind == OBJ_SEQ && v->seq.len);
		if (plain_safe(e, p->key)) {
			char tmp[24];
			struct sv t;
			/* the common line, `key: value`, in one piece */
			if (!nested && plain_text(e, v, tmp, &t)) {
				char *w = put_bytes(line_start(out, pad, p->key.len + t.len + 3), p->key);
				*w++ = ':';
				*w++ = ' ';
				w = put_bytes(w, t);
				*w++ = '\n';
				line_end(out, w);
				continue;
			}
			char *w = put_bytes(line_start(out, pad, p->key.len + 1), p->key);
			*w++ = ':';
			line_end(out, w);
		} else {
			buf_indent(out, pad);
			emit_quoted(p->key, out);
			buf_putc(out, ':');
		}
		if (v->kind == OBJ_MAP && v->map.len) {
			buf_putc(out, '\n');
			emit_map(e, v, ind + 2, false);
		} else if (v->kind == OBJ_SEQ && v->seq.len) {
			buf_putc(out, '\n');
			emit_node(e, v, ind);
		} else {
			buf_putc(out, ' ');
			emit_scalar(e, v);
			buf_putc(out, '\n');
		}
	}
}

static void emit_node(struct emitter *e, const struct obj *o, int ind)
{
	struct buf *out = e->out;
	if (o->kind == OBJ_MAP && o->map.len) {
		emit_map(e, o, ind, false);
		return;
	}
	if (o->kind == OBJ_SEQ && o->seq.len) {
		for (uint32_t i = 0; i < o->seq.len; i++) {
			const struct obj *v = o->seq.items[i];
			char *w = line_start(out, ind, 2);
			*w++ = '-';
			*w++ = ' ';
			line_end(out, w);
			if (v->kind == OBJ_MAP && v->map.len) {
				emit_map(e, v, ind + 2, true);
			} else if (v->kind == OBJ_SEQ && v->seq.len) {
				buf_putc(out, '\n');
				emit_node(e, v, ind + 2);
			} else {
				emit_scalar(e, v);
				buf_putc(out, '\n');
			}
		}
		return;
	}
	buf_indent(out, ind);
	emit_scalar(e, o);
	buf_putc(out, '\n');
}

void yaml_emit_obj(const struct obj *o, struct buf *out)
{
	struct emitter e = {out, memo_table};
	emit_node(&e, o, 0);
}

void yaml_emit_stream(const struct objset *s, struct buf *out)
{
	for (uint32_t i = 0; i < s->len; i++) {
		if (i)
			buf_puts(out, "---\n");
		yaml_emit_obj(s->items[i].root, out);
	}
}
