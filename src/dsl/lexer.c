/* lexer.c: the .kp tokenizer.
 *
 * Words:   [A-Za-z_][A-Za-z0-9_.\-/]*   (a '.' followed by '.' ends the word)
 * Numbers: [0-9]+ ('.' [0-9]+)? unit?   where unit is [A-Za-z%]+ (500m, 1Gi, 30s, 25%)
 * Paths:   '/' followed by anything up to white space, ',', '{', '}' or '#'
 * Strings: "..." on one line, escapes \" \\ \n \t \r \0 \u{XXXX}
 * Punctuation: { } = , : ..     Comments: '#' to the end of the line. */
#include "kpc/dsl.h"

#include <string.h>

static const char *const tok_names[] = {
#define X(k, s) s,
	KP_TOKENS(X)
#undef X
};

const char *tok_kind_name(enum tok_kind k)
{
	return tok_names[k];
}

void lexer_init(struct lexer *lx, uint32_t file, const char *src, size_t len, struct diags *d)
{
	lx->src = src;
	lx->len = (uint32_t)len;
	lx->pos = 0;
	lx->file = file;
	lx->diags = d;
	lx->saw_nl = true;
	/* skip a UTF-8 byte-order mark */
	if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
		lx->pos = 3;
}

static bool is_word_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A character of a word, but '.' (which ends one when another follows). */
static bool is_word_char_nodot(char c)
{
	static const bool word[256] = {
#define W(c) [c] = true
		W('a'), W('b'), W('c'), W('d'), W('e'), W('f'), W('g'), W('h'), W('i'), W('j'), W('k'), W('l'), W('m'),
		W('n'), W('o'), W('p'), W('q'), W('r'), W('s'), W('t'), W('u'), W('v'), W('w'), W('x'), W('y'), W('z'),
		W('A'), W('B'), W('C'), W('D'), W('E'), W('F'), W('G'), W('H'), W('I'), W('J'), W('K'), W('L'), W('M'),
		W('N'), W('O'), W('P'), W('Q'), W('R'), W('S'), W('T'), W('U'), W('V'), W('W'), W('X'), W('Y'), W('Z'),
		W('0'), W('1'), W('2'), W('3'), W('4'), W('5'), W('6'), W('7'), W('8'), W('9'), W('_'), W('-'), W('/'),
#undef W
	};
	return word[(unsigned char)c];
}

static struct span sp(struct lexer *lx, uint32_t off, uint32_t len)
{
	return (struct span){lx->file, off, len};
}

/* Length of the UTF-8 sequence starting at p (at least 1). */
static uint32_t utf8_len(const char *p, uint32_t left)
{
	unsigned char c = (unsigned char)p[0];
	uint32_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
	if (n > left)
		return 1;
	/* a lead byte without its continuation bytes is one bad byte */
	for (uint32_t i = 1; i < n; i++)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			return 1;
	return n;
}

struct token lexer_next(struct lexer *lx)
{
	const char *s = lx->src;
	struct token t;
again:
	t = (struct token){0};
	/* the hot loops work on locals: stores through `s` (a char pointer)
	 * could otherwise change lx->pos as far as the compiler knows */
	uint32_t pos = lx->pos, len = lx->len;
	/* 1: a blank; 2: a line break (';' is an optional separator, treated
	 * as one) */
	static const unsigned char space[256] = {[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 2, [';'] = 2};
	unsigned k;
	while (pos < len && (k = space[(unsigned char)s[pos]]) != 0) {
		if (k == 2)
			lx->saw_nl = true;
		pos++;
	}
	lx->pos = pos;
	t.nl_before = lx->saw_nl;
	t.off = pos;
	if (pos >= len) {
		t.kind = TOK_EOF;
		return t;
	}
	lx->saw_nl = false;
	char c = s[pos];
	uint32_t start = pos;
	if (c == '#') {
		const char *nl = memchr(s + pos, '\n', len - pos);
		lx->pos = pos = nl ? (uint32_t)(nl - s) : len;
		uint32_t end = pos;
		if (end > start && s[end - 1] == '\r')
			end--;
		t.kind = TOK_COMMENT;
		t.len = end - start;
		return t;
	}
	if (is_word_start(c)) {
		pos++;
		for (;;) {
			while (pos < len && is_word_char_nodot(s[pos]))
				pos++;
			if (pos >= len || s[pos] != '.' || (pos + 1 < len && s[pos + 1] == '.'))
				break;
			pos++;
		}
		/* a trailing '.' is not part of the word */
		while (pos - 1 > start && s[pos - 1] == '.')
			pos--;
		lx->pos = pos;
		t.kind = TOK_WORD;
		t.len = pos - start;
		return t;
	}
	if (is_digit(c)) {
		while (lx->pos < lx->len && is_digit(s[lx->pos]))
			lx->pos++;
		if (lx->pos + 1 < lx->len && s[lx->pos] == '.' && is_digit(s[lx->pos + 1])) {
			lx->pos++;
			while (lx->pos < lx->len && is_digit(s[lx->pos]))
				lx->pos++;
		}
		while (lx->pos < lx->len && (is_word_start(s[lx->pos]) || s[lx->pos] == '%'))
			lx->pos++;
		t.kind = TOK_NUMBER;
		t.len = lx->pos - start;
		return t;
	}
	if (c == '/') {
		while (lx->pos < lx->len) {
			char d = s[lx->pos];
			if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || d == ',' || d == '{' || d == '}' ||
			    d == '#' || d == ';')
				break;
			lx->pos++;
		}
		t.kind = TOK_PATH;
		t.len = lx->pos - start;
		return t;
	}
	if (c == '"') {
		lx->pos++;
		for (;;) {
			/* printable ASCII but '"' and '\\', most of a string, in a
			 * tight loop on a local */
			pos = lx->pos;
			while (pos < len && (unsigned char)(s[pos] - 0x20) < 0x5f && s[pos] != '"' && s[pos] != '\\')
				pos++;
			lx->pos = pos;
			if (lx->pos >= lx->len || s[lx->pos] == '\n') {
				diag_error(lx->diags, E0103, sp(lx, start, 1), "unterminated string");
				t.kind = TOK_ERROR;
				t.len = lx->pos - start;
				if (t.len && s[start + t.len - 1] == '\r')
					t.len--;
				return t;
			}
			char d = s[lx->pos];
			if (d == '"')
				break;
			if (d == '\\' && lx->pos + 1 < lx->len && s[lx->pos + 1] != '\n') {
				char e = s[lx->pos + 1];
				if (e == 'u') {
					uint32_t p = lx->pos + 2;
					bool ok = p < lx->len && s[p] == '{';
					uint32_t ndig = 0;
					if (ok) {
						p++;
						while (p < lx->len && ndig < 7 &&
						       (is_digit(s[p]) || (s[p] >= 'a' && s[p] <= 'f') ||
							(s[p] >= 'A' && s[p] <= 'F'))) {
							p++;
							ndig++;
						}
						ok = ndig >= 1 && ndig <= 6 && p < lx->len && s[p] == '}';
					}
					if (!ok) {
						diag_error(lx->diags, E0104, sp(lx, lx->pos, 2),
							   "invalid unicode escape");
						lx->pos += 2;
						continue;
					}
					lx->pos = p + 1;
					continue;
				}
				if (!strchr("\"\\ntr0", e)) {
					struct diag *g = diag_error(lx->diags, E0104, sp(lx, lx->pos, 2),
								    "invalid escape '\\%c' in string", e);
					diag_help(g, "valid escapes are \\\" \\\\ \\n \\t \\r \\0 and \\u{XXXX}");
				}
				lx->pos += 2;
				continue;
			}
			lx->pos += utf8_len(s + lx->pos, lx->len - lx->pos);
		}
		lx->pos++;
		t.kind = TOK_STRING;
		t.len = lx->pos - start;
		return t;
	}
	lx->pos++;
	t.len = 1;
	switch (c) {
	case '{': t.kind = TOK_LBRACE; return t;
	case '}': t.kind = TOK_RBRACE; return t;
	case '=': t.kind = TOK_EQ; return t;
	case ',': t.kind = TOK_COMMA; return t;
	case ':': t.kind = TOK_COLON; return t;
	case '.':
		if (lx->pos < lx->len && s[lx->pos] == '.') {
			lx->pos++;
			t.kind = TOK_DOTDOT;
			t.len = 2;
			return t;
		}
		break;
	default:
		break;
	}
	lx->pos = start + utf8_len(s + start, lx->len - start);
	if ((unsigned char)c >= 0x20 && (unsigned char)c < 0x7f)
		diag_error(lx->diags, E0101, sp(lx, start, lx->pos - start), "unexpected character '%c'", c);
	else if ((unsigned char)c >= 0xC2 && lx->pos - start > 1)
		diag_error(lx->diags, E0101, sp(lx, start, lx->pos - start), "unexpected character '%.*s'",
			   (int)(lx->pos - start), s + start);
	else
		diag_error(lx->diags, E0101, sp(lx, start, lx->pos - start),
			   "unexpected character (byte 0x%02x)", (unsigned char)c);
	lx->saw_nl = false;
	goto again;
}

static void put_utf8(char *out, size_t *n, uint32_t cp)
{
	if (cp < 0x80) {
		out[(*n)++] = (char)cp;
	} else if (cp < 0x800) {
		out[(*n)++] = (char)(0xC0 | (cp >> 6));
		out[(*n)++] = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		out[(*n)++] = (char)(0xE0 | (cp >> 12));
		out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[(*n)++] = (char)(0x80 | (cp & 0x3F));
	} else {
		out[(*n)++] = (char)(0xF0 | (cp >> 18));
		out[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[(*n)++] = (char)(0x80 | (cp & 0x3F));
	}
}

struct sv lexer_string_value(struct arena *a, const char *src, struct token t)
{
	const char *p = src + t.off + 1;
	size_t len = t.len >= 2 ? t.len - 2 : 0;
	if (!memchr(p, '\\', len))
		return (struct sv){p, len}; /* nothing to decode: the source's own bytes */
	char *out = arena_bytes(a, len * 2 + 1);
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		char c = p[i];
		if (c != '\\' || i + 1 >= len) {
			out[n++] = c;
			continue;
		}
		char e = p[++i];
		switch (e) {
		case 'n': out[n++] = '\n'; break;
		case 't': out[n++] = '\t'; break;
		case 'r': out[n++] = '\r'; break;
		case '0': out[n++] = '\0'; break;
		case '"': out[n++] = '"'; break;
		case '\\': out[n++] = '\\'; break;
		case 'u': {
			uint32_t cp = 0;
			size_t j = i + 2;
			while (j < len && p[j] != '}') {
				char h = p[j++];
				cp = cp * 16 + (uint32_t)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
			}
			if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
				cp = 0xFFFD;
			put_utf8(out, &n, cp);
			i = j;
			break;
		}
		default:
			out[n++] = e;
		}
	}
	out[n] = 0;
	return (struct sv){out, n};
}
