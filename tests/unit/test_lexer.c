/* test_lexer.c: the .kp tokenizer: every token kind with its exact offset
 * and length, the word/number/path rules, string escapes and their decoding,
 * line-break flags, and the diagnostics of bad input with their spans. */
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#define MAXTOK 128

/* One lexing run over a source held by a source manager (file 1). */
struct lexrun {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	const char *src;
	struct token t[MAXTOK];
	int n; /* tokens, the EOF included */
};

static void lex_n(struct lexrun *r, const char *src, size_t len)
{
	srcmgr_init(&r->sm);
	diags_init(&r->d, &r->sm);
	arena_init(&r->a);
	char *copy = xmalloc(len + 1);
	memcpy(copy, src, len);
	copy[len] = 0;
	uint32_t f = srcmgr_add(&r->sm, "t.kp", copy, len);
	r->src = srcmgr_get(&r->sm, f)->data;
	struct lexer lx;
	lexer_init(&lx, f, r->src, len, &r->d);
	r->n = 0;
	for (;;) {
		cr_assert_lt(r->n, MAXTOK, "lexer does not reach the end of file");
		struct token t = lexer_next(&lx);
		r->t[r->n++] = t;
		if (t.kind == TOK_EOF)
			break;
	}
}

static void lex(struct lexrun *r, const char *src)
{
	lex_n(r, src, strlen(src));
}

static void lex_free(struct lexrun *r)
{
	diags_free(&r->d);
	srcmgr_free(&r->sm);
	arena_free(&r->a);
}

/* Token i has this kind, offset, length (and text when given). */
static void tok_is(struct lexrun *r, int i, enum tok_kind k, uint32_t off, uint32_t len, const char *text)
{
	cr_assert_lt(i, r->n, "only %d tokens", r->n);
	struct token t = r->t[i];
	cr_expect_eq(t.kind, k, "token %d: kind %s, expected %s", i, tok_kind_name(t.kind), tok_kind_name(k));
	cr_expect_eq(t.off, off, "token %d: offset %u, expected %u", i, t.off, off);
	cr_expect_eq(t.len, len, "token %d: length %u, expected %u", i, t.len, len);
	if (text) {
		cr_expect(t.len == strlen(text) && memcmp(r->src + t.off, text, t.len) == 0, "token %d: text '%.*s', expected '%s'", i,
			  (int)t.len, r->src + t.off, text);
	}
}

/* Diagnostic i has this code, span and message. */
static void diag_is(struct lexrun *r, uint32_t i, enum diag_code c, uint32_t off, uint32_t len, const char *msg)
{
	cr_assert_lt(i, r->d.len, "only %u diagnostics", r->d.len);
	const struct diag *g = &r->d.items[i];
	cr_expect_eq(g->code, c, "diag %u: code %s, expected %s", i, diag_code_name(g->code), diag_code_name(c));
	cr_expect_eq(g->span.file, 1);
	cr_expect_eq(g->span.off, off, "diag %u: offset %u, expected %u", i, g->span.off, off);
	cr_expect_eq(g->span.len, len, "diag %u: length %u, expected %u", i, g->span.len, len);
	if (msg)
		cr_expect_str_eq(g->msg, msg);
}

/* The decoded value of string token i. */
static struct sv strval(struct lexrun *r, int i)
{
	cr_assert_eq(r->t[i].kind, TOK_STRING);
	return lexer_string_value(&r->a, r->src, r->t[i]);
}

Test(lexer, punctuation)
{
	struct lexrun r;
	lex(&r, "{}=,:..");
	cr_assert_eq(r.n, 7);
	tok_is(&r, 0, TOK_LBRACE, 0, 1, "{");
	tok_is(&r, 1, TOK_RBRACE, 1, 1, "}");
	tok_is(&r, 2, TOK_EQ, 2, 1, "=");
	tok_is(&r, 3, TOK_COMMA, 3, 1, ",");
	tok_is(&r, 4, TOK_COLON, 4, 1, ":");
	tok_is(&r, 5, TOK_DOTDOT, 5, 2, "..");
	tok_is(&r, 6, TOK_EOF, 7, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, every_kind_in_a_statement)
{
	struct lexrun r;
	lex(&r, "app web : base { cpu 500m..1 path /health \"h\" } # c");
	cr_assert_eq(r.n, 15);
	tok_is(&r, 0, TOK_WORD, 0, 3, "app");
	tok_is(&r, 1, TOK_WORD, 4, 3, "web");
	tok_is(&r, 2, TOK_COLON, 8, 1, ":");
	tok_is(&r, 3, TOK_WORD, 10, 4, "base");
	tok_is(&r, 4, TOK_LBRACE, 15, 1, "{");
	tok_is(&r, 5, TOK_WORD, 17, 3, "cpu");
	tok_is(&r, 6, TOK_NUMBER, 21, 4, "500m");
	tok_is(&r, 7, TOK_DOTDOT, 25, 2, "..");
	tok_is(&r, 8, TOK_NUMBER, 27, 1, "1");
	tok_is(&r, 9, TOK_WORD, 29, 4, "path");
	tok_is(&r, 10, TOK_PATH, 34, 7, "/health");
	tok_is(&r, 11, TOK_STRING, 42, 3, "\"h\"");
	tok_is(&r, 12, TOK_RBRACE, 46, 1, "}");
	tok_is(&r, 13, TOK_COMMENT, 48, 3, "# c");
	tok_is(&r, 14, TOK_EOF, 51, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, words_and_dots)
{
	struct lexrun r;
	lex(&r, "a-b.c/d _x9 Foo-Bar app-config.api_timeout kubernetes.io/name");
	cr_assert_eq(r.n, 6);
	tok_is(&r, 0, TOK_WORD, 0, 7, "a-b.c/d");
	tok_is(&r, 1, TOK_WORD, 8, 3, "_x9");
	tok_is(&r, 2, TOK_WORD, 12, 7, "Foo-Bar");
	tok_is(&r, 3, TOK_WORD, 20, 22, "app-config.api_timeout");
	tok_is(&r, 4, TOK_WORD, 43, 18, "kubernetes.io/name");
	tok_is(&r, 5, TOK_EOF, 61, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, word_followed_by_dotdot)
{
	struct lexrun r;
	lex(&r, "x.y..z a..b");
	cr_assert_eq(r.n, 7);
	tok_is(&r, 0, TOK_WORD, 0, 3, "x.y");
	tok_is(&r, 1, TOK_DOTDOT, 3, 2, "..");
	tok_is(&r, 2, TOK_WORD, 5, 1, "z");
	tok_is(&r, 3, TOK_WORD, 7, 1, "a");
	tok_is(&r, 4, TOK_DOTDOT, 8, 2, "..");
	tok_is(&r, 5, TOK_WORD, 10, 1, "b");
	tok_is(&r, 6, TOK_EOF, 11, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, trailing_dot_is_not_part_of_a_word)
{
	/* `abc.` is the word `abc`, and a lone '.' is not a token */
	struct lexrun r;
	lex(&r, "abc. def");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_WORD, 0, 3, "abc");
	tok_is(&r, 1, TOK_WORD, 5, 3, "def");
	tok_is(&r, 2, TOK_EOF, 8, 0, NULL);
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0101, 3, 1, "unexpected character '.'");
	lex_free(&r);
}

Test(lexer, numbers_with_units_and_fractions)
{
	struct lexrun r;
	lex(&r, "500m 1.5 1Gi 25% 30s 10 0.25 1.5Gi 512Mi");
	cr_assert_eq(r.n, 10);
	tok_is(&r, 0, TOK_NUMBER, 0, 4, "500m");
	tok_is(&r, 1, TOK_NUMBER, 5, 3, "1.5");
	tok_is(&r, 2, TOK_NUMBER, 9, 3, "1Gi");
	tok_is(&r, 3, TOK_NUMBER, 13, 3, "25%");
	tok_is(&r, 4, TOK_NUMBER, 17, 3, "30s");
	tok_is(&r, 5, TOK_NUMBER, 21, 2, "10");
	tok_is(&r, 6, TOK_NUMBER, 24, 4, "0.25");
	tok_is(&r, 7, TOK_NUMBER, 29, 5, "1.5Gi");
	tok_is(&r, 8, TOK_NUMBER, 35, 5, "512Mi");
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, numbers_have_no_exponent_or_second_dot)
{
	/* `1e3` is the number `1e` then `3`; `1.2.3` is `1.2`, a bad '.', `3` */
	struct lexrun r;
	lex(&r, "1e3 1.2.3 8080");
	cr_assert_eq(r.n, 6);
	tok_is(&r, 0, TOK_NUMBER, 0, 2, "1e");
	tok_is(&r, 1, TOK_NUMBER, 2, 1, "3");
	tok_is(&r, 2, TOK_NUMBER, 4, 3, "1.2");
	tok_is(&r, 3, TOK_NUMBER, 8, 1, "3");
	tok_is(&r, 4, TOK_NUMBER, 10, 4, "8080");
	tok_is(&r, 5, TOK_EOF, 14, 0, NULL);
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0101, 7, 1, "unexpected character '.'");
	lex_free(&r);
}

Test(lexer, number_ranges_are_three_tokens)
{
	struct lexrun r;
	lex(&r, "500m..1 1..2 1.5..2.5 256Mi..1Gi");
	cr_assert_eq(r.n, 13);
	tok_is(&r, 0, TOK_NUMBER, 0, 4, "500m");
	tok_is(&r, 1, TOK_DOTDOT, 4, 2, "..");
	tok_is(&r, 2, TOK_NUMBER, 6, 1, "1");
	tok_is(&r, 3, TOK_NUMBER, 8, 1, "1");
	tok_is(&r, 4, TOK_DOTDOT, 9, 2, "..");
	tok_is(&r, 5, TOK_NUMBER, 11, 1, "2");
	tok_is(&r, 6, TOK_NUMBER, 13, 3, "1.5");
	tok_is(&r, 7, TOK_DOTDOT, 16, 2, "..");
	tok_is(&r, 8, TOK_NUMBER, 18, 3, "2.5");
	tok_is(&r, 9, TOK_NUMBER, 22, 5, "256Mi");
	tok_is(&r, 10, TOK_DOTDOT, 27, 2, "..");
	tok_is(&r, 11, TOK_NUMBER, 29, 3, "1Gi");
	tok_is(&r, 12, TOK_EOF, 32, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, paths)
{
	struct lexrun r;
	lex(&r, "/health /a/b.c-d_e:8080,/x{/y}/z#c\n/w;/v\t/");
	cr_assert_eq(r.n, 13);
	tok_is(&r, 0, TOK_PATH, 0, 7, "/health");
	tok_is(&r, 1, TOK_PATH, 8, 15, "/a/b.c-d_e:8080");
	tok_is(&r, 2, TOK_COMMA, 23, 1, ",");
	tok_is(&r, 3, TOK_PATH, 24, 2, "/x");
	tok_is(&r, 4, TOK_LBRACE, 26, 1, "{");
	tok_is(&r, 5, TOK_PATH, 27, 2, "/y");
	tok_is(&r, 6, TOK_RBRACE, 29, 1, "}");
	tok_is(&r, 7, TOK_PATH, 30, 2, "/z");
	tok_is(&r, 8, TOK_COMMENT, 32, 2, "#c");
	tok_is(&r, 9, TOK_PATH, 35, 2, "/w");
	tok_is(&r, 10, TOK_PATH, 38, 2, "/v");
	cr_expect(r.t[10].nl_before, "';' ends the path and counts as a line break");
	tok_is(&r, 11, TOK_PATH, 41, 1, "/");
	tok_is(&r, 12, TOK_EOF, 42, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, string_escapes_decoded)
{
	struct lexrun r;
	lex(&r, "\"a\\\"b\\\\c\\nd\\te\\rf\\0g\" \"\" \"plain text\"");
	cr_assert_eq(r.n, 4);
	tok_is(&r, 0, TOK_STRING, 0, 21, NULL);
	tok_is(&r, 1, TOK_STRING, 22, 2, "\"\"");
	tok_is(&r, 2, TOK_STRING, 25, 12, "\"plain text\"");
	cr_expect_eq(r.d.len, 0);
	struct sv v = strval(&r, 0);
	static const char want[] = "a\"b\\c\nd\te\rf\0g";
	cr_assert_eq(v.len, sizeof want - 1, "decoded length %zu", v.len);
	cr_expect(memcmp(v.p, want, v.len) == 0);
	cr_expect_eq(v.p[v.len], 0, "the decoded value is NUL-terminated");
	v = strval(&r, 1);
	cr_expect_eq(v.len, 0);
	v = strval(&r, 2);
	cr_expect(sv_eqc(v, "plain text"));
	lex_free(&r);
}

Test(lexer, unicode_escapes_decoded)
{
	struct lexrun r;
	lex(&r, "\"\\u{41}\\u{e9}\\u{20AC}\\u{1F600}\\u{10FFFF}|\\u{D800}|\\u{110000}\" \"x\\u{0000041}\"");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_STRING, 0, 61, NULL);
	tok_is(&r, 1, TOK_STRING, 62, 14, NULL);
	struct sv v = strval(&r, 0);
	/* A, e-acute (2 bytes), euro (3 bytes), emoji (4 bytes), the last code
	 * point; a surrogate and a value past U+10FFFF become U+FFFD */
	static const char want[] = "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF|\xEF\xBF\xBD|\xEF\xBF\xBD";
	cr_assert_eq(v.len, sizeof want - 1, "decoded length %zu", v.len);
	cr_expect(memcmp(v.p, want, v.len) == 0);
	/* the surrogate and out-of-range values are decoded, not rejected */
	cr_assert_eq(r.d.len, 1, "only the 7-digit escape is invalid, got %u diagnostics", r.d.len);
	diag_is(&r, 0, DIAG_E0104, 64, 2, "invalid unicode escape");
	lex_free(&r);
}

Test(lexer, utf8_text_in_strings_kept)
{
	struct lexrun r;
	lex(&r, "\"caf\xC3\xA9 \xF0\x9F\x98\x80\" x");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_STRING, 0, 12, NULL);
	tok_is(&r, 1, TOK_WORD, 13, 1, "x");
	struct sv v = strval(&r, 0);
	cr_expect(sv_eqc(v, "caf\xC3\xA9 \xF0\x9F\x98\x80"));
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, invalid_escapes)
{
	struct lexrun r;
	lex(&r, "\"a\\qb\" \"\\u{}\" \"\\u41\" \"\\u{12x}\"");
	cr_assert_eq(r.n, 5);
	/* the string still ends at its closing quote */
	tok_is(&r, 0, TOK_STRING, 0, 6, NULL);
	tok_is(&r, 1, TOK_STRING, 7, 6, NULL);
	tok_is(&r, 2, TOK_STRING, 14, 6, NULL);
	tok_is(&r, 3, TOK_STRING, 21, 9, NULL);
	cr_assert_eq(r.d.len, 4);
	diag_is(&r, 0, DIAG_E0104, 2, 2, "invalid escape '\\q' in string");
	cr_expect_str_eq(r.d.items[0].help, "valid escapes are \\\" \\\\ \\n \\t \\r \\0 and \\u{XXXX}");
	diag_is(&r, 1, DIAG_E0104, 8, 2, "invalid unicode escape");
	diag_is(&r, 2, DIAG_E0104, 15, 2, "invalid unicode escape");
	diag_is(&r, 3, DIAG_E0104, 22, 2, "invalid unicode escape");
	lex_free(&r);
}

Test(lexer, unterminated_strings)
{
	struct lexrun r;
	lex(&r, "x \"abc\ny \"tail\\\"");
	cr_assert_eq(r.n, 5);
	tok_is(&r, 0, TOK_WORD, 0, 1, "x");
	tok_is(&r, 1, TOK_ERROR, 2, 4, "\"abc");
	tok_is(&r, 2, TOK_WORD, 7, 1, "y");
	cr_expect(r.t[2].nl_before, "the newline that ended the string is still a line break");
	tok_is(&r, 3, TOK_ERROR, 9, 7, "\"tail\\\"");
	tok_is(&r, 4, TOK_EOF, 16, 0, NULL);
	cr_assert_eq(r.d.len, 2);
	diag_is(&r, 0, DIAG_E0103, 2, 1, "unterminated string");
	diag_is(&r, 1, DIAG_E0103, 9, 1, "unterminated string");
	char *t = NULL;
	{
		struct buf b = {0};
		diags_render_text(&r.d, &b, false);
		buf_cstr(&b);
		t = b.data;
	}
	cr_expect_str_eq(t, "t.kp:1:3: error[E0103]: unterminated string\n"
			    "   1 | x \"abc\n"
			    "     |   ^\n"
			    "t.kp:2:3: error[E0103]: unterminated string\n"
			    "   2 | y \"tail\\\"\n"
			    "     |   ^\n");
	free(t);
	lex_free(&r);
}

Test(lexer, unterminated_string_before_crlf)
{
	struct lexrun r;
	lex(&r, "\"ab\r\nz");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_ERROR, 0, 3, "\"ab");
	tok_is(&r, 1, TOK_WORD, 5, 1, "z");
	cr_expect(r.t[1].nl_before);
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0103, 0, 1, "unterminated string");
	lex_free(&r);
}

Test(lexer, comments)
{
	struct lexrun r;
	lex(&r, "a # one, two { }\r\n#two\nb#c");
	cr_assert_eq(r.n, 6);
	tok_is(&r, 0, TOK_WORD, 0, 1, "a");
	tok_is(&r, 1, TOK_COMMENT, 2, 14, "# one, two { }");
	cr_expect_not(r.t[1].nl_before);
	tok_is(&r, 2, TOK_COMMENT, 18, 4, "#two");
	cr_expect(r.t[2].nl_before);
	tok_is(&r, 3, TOK_WORD, 23, 1, "b");
	cr_expect(r.t[3].nl_before);
	/* '#' is not a word character: it starts a comment right after a word */
	tok_is(&r, 4, TOK_COMMENT, 24, 2, "#c");
	cr_expect_not(r.t[4].nl_before);
	tok_is(&r, 5, TOK_EOF, 26, 0, NULL);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, semicolon_is_a_line_break)
{
	struct lexrun r;
	lex(&r, "user 1000; group 1000 ;; x");
	cr_assert_eq(r.n, 6);
	tok_is(&r, 0, TOK_WORD, 0, 4, "user");
	tok_is(&r, 1, TOK_NUMBER, 5, 4, "1000");
	cr_expect_not(r.t[1].nl_before);
	tok_is(&r, 2, TOK_WORD, 11, 5, "group");
	cr_expect(r.t[2].nl_before);
	tok_is(&r, 3, TOK_NUMBER, 17, 4, "1000");
	cr_expect_not(r.t[3].nl_before);
	tok_is(&r, 4, TOK_WORD, 25, 1, "x");
	cr_expect(r.t[4].nl_before);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, nl_before_flags)
{
	struct lexrun r;
	lex(&r, "a b\n  c\n\n\td e\n");
	cr_assert_eq(r.n, 6);
	bool want[] = {true, false, true, true, false, true};
	for (int i = 0; i < 6; i++)
		cr_expect_eq(r.t[i].nl_before, want[i], "token %d: nl_before %d", i, r.t[i].nl_before);
	tok_is(&r, 2, TOK_WORD, 6, 1, "c");
	tok_is(&r, 3, TOK_WORD, 10, 1, "d");
	tok_is(&r, 5, TOK_EOF, 14, 0, NULL);
	lex_free(&r);
}

Test(lexer, bom_skipped)
{
	struct lexrun r;
	lex(&r, "\xEF\xBB\xBFplatform x");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_WORD, 3, 8, "platform");
	cr_expect(r.t[0].nl_before);
	tok_is(&r, 1, TOK_WORD, 12, 1, "x");
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);

	/* a BOM anywhere else is an invalid character */
	lex(&r, "x \xEF\xBB\xBF");
	cr_assert_eq(r.n, 2);
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0101, 2, 3, "unexpected character '\xEF\xBB\xBF'");
	lex_free(&r);
}

Test(lexer, crlf_line_endings)
{
	struct lexrun r;
	lex(&r, "a 1\r\nb \"s\"\r\n");
	cr_assert_eq(r.n, 5);
	tok_is(&r, 0, TOK_WORD, 0, 1, "a");
	tok_is(&r, 1, TOK_NUMBER, 2, 1, "1");
	tok_is(&r, 2, TOK_WORD, 5, 1, "b");
	cr_expect(r.t[2].nl_before);
	tok_is(&r, 3, TOK_STRING, 7, 3, "\"s\"");
	tok_is(&r, 4, TOK_EOF, 12, 0, NULL);
	cr_expect(r.t[4].nl_before);
	cr_expect_eq(r.d.len, 0);
	lex_free(&r);
}

Test(lexer, invalid_characters)
{
	struct lexrun r;
	lex(&r, "a @ b $\nc");
	cr_assert_eq(r.n, 4);
	tok_is(&r, 0, TOK_WORD, 0, 1, "a");
	tok_is(&r, 1, TOK_WORD, 4, 1, "b");
	cr_expect_not(r.t[1].nl_before, "an invalid character is not a line break");
	tok_is(&r, 2, TOK_WORD, 8, 1, "c");
	cr_expect(r.t[2].nl_before);
	cr_assert_eq(r.d.len, 2);
	diag_is(&r, 0, DIAG_E0101, 2, 1, "unexpected character '@'");
	diag_is(&r, 1, DIAG_E0101, 6, 1, "unexpected character '$'");
	lex_free(&r);
}

Test(lexer, non_ascii_byte)
{
	struct lexrun r;
	/* a two-byte UTF-8 character is one diagnostic spanning both bytes and
	 * quoting the character; a control byte is shown in hex */
	lex(&r, "a \xC3\xA9 b\x01");
	cr_assert_eq(r.n, 3);
	tok_is(&r, 0, TOK_WORD, 0, 1, "a");
	tok_is(&r, 1, TOK_WORD, 5, 1, "b");
	tok_is(&r, 2, TOK_EOF, 7, 0, NULL);
	cr_assert_eq(r.d.len, 2);
	diag_is(&r, 0, DIAG_E0101, 2, 2, "unexpected character '\xC3\xA9'");
	diag_is(&r, 1, DIAG_E0101, 6, 1, "unexpected character (byte 0x01)");
	lex_free(&r);

	/* a four-byte character */
	lex(&r, "\xF0\x9F\x98\x80x");
	cr_assert_eq(r.n, 2);
	tok_is(&r, 0, TOK_WORD, 4, 1, "x");
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0101, 0, 4, "unexpected character '\xF0\x9F\x98\x80'");
	lex_free(&r);
}

Test(lexer, invalid_utf8_lead_byte_alone)
{
	/* a lead byte without its continuation bytes is one bad byte: the
	 * ASCII that follows is not swallowed into it */
	struct lexrun r;
	lex(&r, "a \xC3x \xE2yz");
	cr_assert_eq(r.n, 4);
	tok_is(&r, 0, TOK_WORD, 0, 1, "a");
	tok_is(&r, 1, TOK_WORD, 3, 1, "x");
	tok_is(&r, 2, TOK_WORD, 6, 2, "yz");
	cr_assert_eq(r.d.len, 2);
	diag_is(&r, 0, DIAG_E0101, 2, 1, "unexpected character (byte 0xc3)");
	diag_is(&r, 1, DIAG_E0101, 5, 1, "unexpected character (byte 0xe2)");
	lex_free(&r);
}

Test(lexer, eof_handling)
{
	struct lexrun r;
	lex(&r, "");
	cr_assert_eq(r.n, 1);
	tok_is(&r, 0, TOK_EOF, 0, 0, NULL);
	cr_expect(r.t[0].nl_before);
	lex_free(&r);

	lex(&r, "  \t ");
	cr_assert_eq(r.n, 1);
	tok_is(&r, 0, TOK_EOF, 4, 0, NULL);
	lex_free(&r);

	lex(&r, "x");
	cr_assert_eq(r.n, 2);
	tok_is(&r, 1, TOK_EOF, 1, 0, NULL);
	cr_expect_not(r.t[1].nl_before);
	lex_free(&r);

	/* the lexer keeps returning EOF, and stops at `len` even when the buffer
	 * goes on */
	struct srcmgr sm;
	struct diags d;
	srcmgr_init(&sm);
	diags_init(&d, &sm);
	struct lexer lx;
	lexer_init(&lx, 0, "ab cd", 2, &d);
	struct token t = lexer_next(&lx);
	cr_expect_eq(t.kind, TOK_WORD);
	cr_expect_eq(t.len, 2);
	for (int i = 0; i < 3; i++) {
		t = lexer_next(&lx);
		cr_expect_eq(t.kind, TOK_EOF);
		cr_expect_eq(t.off, 2);
	}
	diags_free(&d);
	srcmgr_free(&sm);
}

Test(lexer, eof_after_invalid_character_is_empty)
{
	/* the end-of-file token is empty even right after a skipped character */
	struct lexrun r;
	lex(&r, "a @");
	cr_assert_eq(r.n, 2);
	tok_is(&r, 1, TOK_EOF, 3, 0, NULL);
	cr_assert_eq(r.d.len, 1);
	diag_is(&r, 0, DIAG_E0101, 2, 1, "unexpected character '@'");
	lex_free(&r);
}

Test(lexer, token_kind_names)
{
	cr_expect_str_eq(tok_kind_name(TOK_EOF), "end of file");
	cr_expect_str_eq(tok_kind_name(TOK_WORD), "word");
	cr_expect_str_eq(tok_kind_name(TOK_STRING), "string");
	cr_expect_str_eq(tok_kind_name(TOK_NUMBER), "number");
	cr_expect_str_eq(tok_kind_name(TOK_PATH), "path");
	cr_expect_str_eq(tok_kind_name(TOK_LBRACE), "'{'");
	cr_expect_str_eq(tok_kind_name(TOK_RBRACE), "'}'");
	cr_expect_str_eq(tok_kind_name(TOK_EQ), "'='");
	cr_expect_str_eq(tok_kind_name(TOK_COMMA), "','");
	cr_expect_str_eq(tok_kind_name(TOK_COLON), "':'");
	cr_expect_str_eq(tok_kind_name(TOK_DOTDOT), "'..'");
	cr_expect_str_eq(tok_kind_name(TOK_COMMENT), "comment");
	cr_expect_str_eq(tok_kind_name(TOK_ERROR), "invalid token");
}
