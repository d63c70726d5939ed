/* test_base.c: the base library: arenas rolled back to a mark, JSON
 * string escaping, numbers (and the emitter's), files written atomically
 * in pieces and read back whole, and the line of an offset in a source
 * file. */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

Test(arena, release_keeps_what_came_before_the_mark)
{
	struct arena a;
	arena_init(&a);
	char *keep = arena_strdup(&a, "kept");
	struct arena_mark m = arena_mark(&a);
	for (int round = 0; round < 3; round++) {
		/* small blocks over several chunks, and big ones of their own */
		for (int i = 0; i < 5000; i++)
			cr_assert_not_null(arena_printf(&a, "item %d of round %d", i, round));
		unsigned char *big = arena_alloc(&a, 300 * 1024);
		for (size_t i = 0; i < 300 * 1024; i++)
			cr_assert_eq(big[i], 0, "arena_alloc hands out zeroed memory, even reused");
		memset(big, 0xAB, 300 * 1024);
		arena_release(&a, m);
		cr_assert_str_eq(keep, "kept");
	}
	/* after a release, allocation goes on where the mark was */
	char *next = arena_strdup(&a, "next");
	cr_assert_str_eq(next, "next");
	cr_assert_str_eq(keep, "kept");
	arena_free(&a);
}

Test(arena, release_to_an_empty_arena)
{
	struct arena a;
	arena_init(&a);
	struct arena_mark m = arena_mark(&a);
	for (int i = 0; i < 100; i++)
		arena_alloc(&a, 1000);
	arena_release(&a, m);
	cr_assert_null(a.head);
	cr_assert_str_eq(arena_strdup(&a, "again"), "again");
	arena_free(&a);
}

Test(buf, json_strings_escape_what_json_requires)
{
	struct buf b = {0};
	const char s[] = "plain \"quoted\" back\\slash\nnew\ttab\x01\x1f\x7f é";
	buf_json_str(&b, s, sizeof s - 1);
	cr_assert_str_eq(buf_cstr(&b), "\"plain \\\"quoted\\\" back\\\\slash\\nnew\\ttab\\u0001\\u001f\x7f é\"");
	b.len = 0;
	buf_json_str(&b, "", 0);
	cr_assert_str_eq(buf_cstr(&b), "\"\"");
	buf_free(&b);
}

Test(buf, unsigned_numbers)
{
	struct buf b = {0};
	buf_putu(&b, 0);
	buf_putc(&b, ' ');
	buf_putu(&b, 7);
	buf_putc(&b, ' ');
	buf_putu(&b, 18446744073709551615ull);
	cr_assert_str_eq(buf_cstr(&b), "0 7 18446744073709551615");
	buf_free(&b);
}

Test(atomic, pieces_appear_at_once_on_commit)
{
	char dir[] = "/tmp/kpc-atomic-XXXXXX";
	cr_assert_not_null(mkdtemp(dir));
	char path[64];
	snprintf(path, sizeof path, "%s/out.json", dir);
	struct kpc_atomic w;
	cr_assert(kpc_atomic_open(&w, path));
	kpc_atomic_write(&w, "{\"a\":", 5);
	cr_assert_neq(access(path, F_OK), 0, "nothing at the path before the commit");
	kpc_atomic_write(&w, "1}\n", 3);
	cr_assert(kpc_atomic_commit(&w));
	size_t n;
	char *got = read_all(path, &n);
	cr_assert_str_eq(got, "{\"a\":1}\n");
	free(got);
	/* an aborted write leaves the old file and no temporary */
	cr_assert(kpc_atomic_open(&w, path));
	kpc_atomic_write(&w, "partial", 7);
	kpc_atomic_abort(&w);
	got = read_all(path, &n);
	cr_assert_str_eq(got, "{\"a\":1}\n");
	free(got);
	unlink(path);
	cr_assert_eq(rmdir(dir), 0, "a temporary file was left behind: %s", strerror(errno));
}

Test(atomic, never_replaces_a_device)
{
	struct kpc_atomic w;
	cr_assert_not(kpc_atomic_open(&w, "/dev/null"));
	cr_assert_eq(errno, EINVAL);
}

/* The escaping reads eight bytes at a time: every character that needs an
 * escape is found at every position of a block, next to UTF-8 bytes. */
static void json_reference(struct buf *b, const char *p, size_t n)
{
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)c);
		} else if (c < 0x20) {
			const char *named = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
			if (named)
				buf_puts(b, named);
			else
				buf_printf(b, "\\u%04x", c);
		} else {
			buf_putc(b, (char)c);
		}
	}
	buf_putc(b, '"');
}

Test(buf, json_escapes_at_every_position)
{
	static const char specials[] = {'"', '\\', '\n', '\x01', '\x1f', '\t'};
	for (size_t s = 0; s < sizeof specials; s++) {
		for (size_t len = 1; len <= 24; len++) {
			for (size_t at = 0; at < len; at++) {
				char text[24];
				for (size_t i = 0; i < len; i++)
					text[i] = (char)(i % 3 == 0 ? 0xC3 : i % 3 == 1 ? 0xA9 : 'a' + (char)i); /* é and letters */
				text[at] = specials[s];
				struct buf got = {0}, want = {0};
				buf_json_str(&got, text, len);
				json_reference(&want, text, len);
				cr_assert(got.len == want.len && !memcmp(got.data, want.data, got.len), "special %zu at %zu of %zu: %s vs %s", s,
					  at, len, buf_cstr(&got), buf_cstr(&want));
				buf_free(&got);
				buf_free(&want);
			}
		}
	}
	/* nothing but escapes (each one makes room for itself), from a buffer
	 * with just the room for the text as it is */
	for (size_t len = 1; len <= 40; len++) {
		char text[40];
		for (size_t i = 0; i < len; i++)
			text[i] = specials[i % sizeof specials];
		struct buf got = {0}, want = {0};
		buf_puts(&got, "x");
		buf_json_str(&got, text, len);
		buf_putc(&want, 'x');
		json_reference(&want, text, len);
		cr_assert(got.len == want.len && !memcmp(got.data, want.data, got.len), "%zu escapes: %s vs %s", len, buf_cstr(&got),
			  buf_cstr(&want));
		buf_free(&got);
		buf_free(&want);
	}
}

/* arena_printf writes simple formats (%s %.*s %u %d %zu %c %%) itself and
 * hands the rest to vsnprintf: both give what snprintf gives. */
Test(arena, printf_matches_snprintf)
{
	struct arena a;
	arena_init(&a);
	char want[512];
	const char *s = arena_printf(&a, "%s/%s/%u", "/spec/template/spec", "containers", 12u);
	snprintf(want, sizeof want, "%s/%s/%u", "/spec/template/spec", "containers", 12u);
	cr_expect_str_eq(s, want);
	s = arena_printf(&a, "%d %d %u %zu %c %% %.*s|%s", -2147483647 - 1, 0, 4294967295u, (size_t)18446744073709551615ull, 'x', 3,
			 "abcdef", "");
	snprintf(want, sizeof want, "%d %d %u %zu %c %% %.*s|%s", -2147483647 - 1, 0, 4294967295u, (size_t)18446744073709551615ull,
		 'x', 3, "abcdef", "");
	cr_expect_str_eq(s, want);
	s = arena_printf(&a, "%lld and %5s and %x", -5ll, "ab", 255u); /* not simple: vsnprintf */
	cr_expect_str_eq(s, "-5 and    ab and ff");
	char big[600];
	memset(big, 'q', sizeof big - 1);
	big[sizeof big - 1] = 0;
	s = arena_printf(&a, "<%s>", big);
	cr_expect_eq(strlen(s), sizeof big + 1);
	cr_expect_eq(s[0], '<');
	cr_expect_eq(s[sizeof big], '>');
	arena_free(&a);
}

/* srcfile_line searches outward from a hint (the line of the previous
 * location): from every hint, before or after the answer, near or far, and
 * with no hint, it finds the line a plain scan finds, including the last
 * line, an empty line and the byte past the end. */
Test(srcmgr, line_from_any_hint)
{
	struct srcmgr sm;
	srcmgr_init(&sm);
	const char *text = "a\n\nbb\nccc\n\n\nd\neeeee\nf";
	size_t len = strlen(text);
	char *data = xmalloc(len + 1);
	memcpy(data, text, len + 1);
	uint32_t fid = srcmgr_add(&sm, "t.yaml", data, len);
	const struct srcfile *f = srcmgr_get(&sm, fid);
	cr_assert_gt(f->nlines, 8);
	for (uint32_t off = 0; off <= len; off++) {
		uint32_t want = 0;
		for (uint32_t l = 0; l < f->nlines; l++)
			if (f->lines[l] <= off)
				want = l;
		cr_expect_eq(srcfile_line(f, off, UINT32_MAX), want, "offset %u, no hint", off);
		for (uint32_t h = 0; h < f->nlines + 2; h++)
			cr_expect_eq(srcfile_line(f, off, h), want, "offset %u, hint %u", off, h);
	}
	srcmgr_free(&sm);
}

/* The line table (16 bytes compared at a time, the tail byte by byte)
 * holds every line's start, as a byte-by-byte scan finds them: texts of
 * every length across the 16-byte steps, with newlines at either end of a
 * step and at the very end, carriage returns beside them, none at all,
 * and nothing else. */
Test(srcmgr, line_table_holds_every_line_start)
{
	uint32_t seed = 12345;
	for (size_t len = 0; len < 300; len++) {
		for (int density = 0; density < 5; density++) {
			char *data = xmalloc(len + 1);
			for (size_t i = 0; i < len; i++) {
				seed = seed * 1103515245u + 12345u;
				unsigned r = (seed >> 16) % 8;
				/* density 0: no newline; 4: only newlines */
				data[i] = (int)r < density * 2 ? '\n' : r == 7 ? '\r' : 'x';
			}
			data[len] = 0;
			struct srcmgr sm;
			srcmgr_init(&sm);
			const struct srcfile *f = srcmgr_get(&sm, srcmgr_add(&sm, "t.yaml", data, len));
			uint32_t n = 0;
			cr_assert_eq(f->lines[n++], 0);
			for (size_t i = 0; i < len; i++)
				if (data[i] == '\n') {
					cr_assert_lt(n, f->nlines, "length %zu: only %u lines", len, f->nlines);
					cr_assert_eq(f->lines[n], i + 1, "length %zu, line %u", len, n);
					n++;
				}
			cr_assert_eq(f->nlines, n, "length %zu: %u lines, not %u", len, f->nlines, n);
			srcmgr_free(&sm);
		}
	}
}

/* kpc_read_file stops at a regular file's end by a short read, but a file
 * whose size says 0 (as in /proc, read a page at a time) is read to its
 * real end. */
Test(files, read_whole_files_of_every_kind)
{
	char *data;
	size_t len;
	cr_assert(kpc_read_file("/proc/self/smaps", &data, &len));
	cr_expect_gt(len, 16384, "only %zu bytes of /proc/self/smaps", len);
	cr_expect_eq(data[len - 1], '\n');
	cr_expect_eq(data[len], 0);
	free(data);
	char path[] = "/tmp/kpc-read-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	for (size_t size = 0; size < 70000; size = size * 3 + 1) {
		cr_assert_eq(ftruncate(fd, 0), 0);
		char *text = xmalloc(size + 1);
		for (size_t i = 0; i < size; i++)
			text[i] = (char)('a' + i % 26);
		cr_assert_eq(pwrite(fd, text, size, 0), (ssize_t)size);
		cr_assert(kpc_read_file(path, &data, &len));
		cr_expect_eq(len, size);
		cr_expect(!memcmp(data, text, size), "a file of %zu bytes reads back differently", size);
		cr_expect_eq(data[len], 0);
		free(data);
		free(text);
	}
	close(fd);
	unlink(path);
}

/* u64_text writes decimal digits without printf (the emitter's and the
 * engine's numbers): the edges of the range, and the emitter's signs. */
Test(numbers, decimal_text_and_emitted_ints)
{
	char out[24];
	static const struct {
		uint64_t v;
		const char *text;
	} cases[] = {{0, "0"}, {9, "9"}, {10, "10"}, {4294967296u, "4294967296"}, {UINT64_MAX, "18446744073709551615"}};
	for (size_t i = 0; i < KPC_ARRAY_LEN(cases); i++) {
		size_t n = u64_text(out, cases[i].v);
		cr_expect(n == strlen(cases[i].text) && !memcmp(out, cases[i].text, n), "%s", cases[i].text);
	}
	static const struct {
		int64_t v;
		const char *text;
	} signed_cases[] = {{0, "0"}, {-1, "-1"}, {-10, "-10"}, {INT64_MAX, "9223372036854775807"},
			    {INT64_MIN, "-9223372036854775808"}};
	for (size_t i = 0; i < KPC_ARRAY_LEN(signed_cases); i++) {
		size_t n = i64_text(out, signed_cases[i].v);
		cr_expect(n == strlen(signed_cases[i].text) && !memcmp(out, signed_cases[i].text, n), "%s", signed_cases[i].text);
	}
	struct arena a;
	arena_init(&a);
	struct obj *m = obj_map(&a, (struct span){0});
	obj_set(&a, m, "a", obj_int(&a, -5, (struct span){0}));
	obj_set(&a, m, "b", obj_int(&a, INT64_MIN, (struct span){0}));
	obj_set(&a, m, "c", obj_int(&a, INT64_MAX, (struct span){0}));
	struct buf b = {0};
	yaml_emit_obj(m, &b);
	cr_expect_str_eq(buf_cstr(&b), "a: -5\nb: -9223372036854775808\nc: 9223372036854775807\n");
	buf_free(&b);
	arena_free(&a);
}
