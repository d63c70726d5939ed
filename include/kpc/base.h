/* base.h: memory arenas, string views, growable buffers and small helpers.
 *
 * Ownership: everything allocated from a `struct arena` lives until
 * arena_free(); nothing in it is freed one by one.  String views never own
 * their bytes and are never assumed to be NUL-terminated. */
#ifndef KPC_BASE_H
#define KPC_BASE_H

#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define KPC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define KPC_NORETURN __attribute__((noreturn))
#define KPC_NOINLINE __attribute__((noinline))
#else
#define KPC_PRINTF(a, b)
#define KPC_NORETURN
#define KPC_NOINLINE
#endif

#define KPC_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* A bump allocator made of chunks. */
struct arena_chunk;
struct arena {
	struct arena_chunk *head;
	struct arena_chunk *spare; /* released chunks, reused before new ones */
	size_t total; /* bytes ever handed out (sizes new chunks) */
	size_t held;  /* bytes of the chunks it holds now */
	bool large;   /* see arena_init_large */
};

void arena_init(struct arena *a);
/* For an arena expected to hold tens of megabytes (a platform's syntax
 * tree, the YAML of all its objects): it takes huge-page chunks once it
 * holds 4 MiB instead of 16 MiB. */
void arena_init_large(struct arena *a);
void arena_free(struct arena *a);
/* `size` bytes, 8-byte aligned, not cleared. */
void *arena_bytes(struct arena *a, size_t size);
/* The same, zeroed; inline, so that clearing a node of a known size takes
 * a few stores instead of a call. */
static inline void *arena_alloc(struct arena *a, size_t size)
{
	return __builtin_memset(arena_bytes(a, size), 0, size);
}
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...) KPC_PRINTF(2, 3);
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap) KPC_PRINTF(2, 0);
/* A point to roll an arena back to: arena_release frees everything
 * allocated after arena_mark (a loader that checks one document at a time
 * reuses the same memory for each). */
struct arena_mark {
	struct arena_chunk *head, *next;
	size_t used;
};
struct arena_mark arena_mark(const struct arena *a);
void arena_release(struct arena *a, struct arena_mark m);
/* Moves every chunk of `from` into `into`; `from` is left empty. */
void arena_adopt(struct arena *into, struct arena *from);
#define arena_new(a, T) ((T *)arena_alloc((a), sizeof(T)))

/* Abort with a message on allocation failure: out of memory is not a
 * recoverable condition for a compiler run. */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
void *xcalloc(size_t n, size_t m);
KPC_NORETURN void kpc_die(const char *fmt, ...) KPC_PRINTF(1, 2);

/* String view. */
struct sv {
	const char *p;
	size_t len;
};
#define SV(lit) ((struct sv){(lit), sizeof(lit) - 1})
struct sv sv_from(const char *s);
/* Equal bytes; the same view is equal without comparing. */
static inline bool sv_eq(struct sv a, struct sv b)
{
	return a.len == b.len && (a.p == b.p || !a.len || !__builtin_memcmp(a.p, b.p, a.len));
}
/* Inline so that the length of a literal folds at compile time. */
static inline bool sv_eqc(struct sv a, const char *s)
{
	size_t n = __builtin_strlen(s);
	return a.len == n && (n == 0 || __builtin_memcmp(a.p, s, n) == 0);
}
bool sv_starts(struct sv a, const char *prefix);
int sv_cmp(struct sv a, struct sv b);

/* Growable byte buffer (heap, owned by the struct). */
struct buf {
	char *data;
	size_t len, cap;
};
void buf_reserve(struct buf *b, size_t extra);
/* Inline: the many short literals of the reports are then a few stores. */
static inline void buf_put(struct buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap)
		buf_reserve(b, n);
	if (n)
		__builtin_memcpy(b->data + b->len, p, n);
	b->len += n;
}
static inline void buf_puts(struct buf *b, const char *s)
{
	buf_put(b, s, __builtin_strlen(s));
}
static inline void buf_putc(struct buf *b, char c)
{
	if (b->len + 2 > b->cap)
		buf_reserve(b, 1);
	b->data[b->len++] = c;
}
/* Source text for a terminal: control characters (but tab) are shown as
 * their Unicode control pictures (NUL as U+2400), one column each. */
void buf_put_visible(struct buf *b, const char *p, size_t n);
/* An unsigned number in decimal. */
void buf_putu(struct buf *b, uint64_t v);
/* Writes v in decimal at `out` (at most 20 bytes, no NUL) and returns the
 * length: numbers without printf. */
static inline size_t u64_text(char *out, uint64_t v)
{
	char tmp[20];
	size_t i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	__builtin_memcpy(out, tmp + i, sizeof tmp - i);
	return sizeof tmp - i;
}
/* The same for a signed number (at most 20 bytes: INT64_MIN included). */
static inline size_t i64_text(char *out, int64_t v)
{
	if (v >= 0)
		return u64_text(out, (uint64_t)v);
	out[0] = '-';
	return 1 + u64_text(out + 1, -(uint64_t)v);
}
void buf_putsv(struct buf *b, struct sv s);
void buf_printf(struct buf *b, const char *fmt, ...) KPC_PRINTF(2, 3);
void buf_indent(struct buf *b, int n);
const char *buf_cstr(struct buf *b); /* NUL-terminates, does not change len */
void buf_free(struct buf *b);
/* JSON string literal with escapes. */
void buf_json_str(struct buf *b, const char *p, size_t n);

/* Growable vector of pointers (heap-owned array; elements not owned). */
struct vec {
	void **items;
	uint32_t len, cap;
};
void vec_push(struct vec *v, void *item);
void vec_free(struct vec *v);

/* Edit distance, bounded, for "did you mean" suggestions. */
size_t kpc_edit_distance(const char *a, size_t alen, const char *b, size_t blen);
/* Pick the closest candidate within a reasonable distance, or NULL. */
const char *kpc_suggest(struct sv word, const char *const *cands, size_t n);

/* Files. */
bool kpc_read_file(const char *path, char **data, size_t *len);
/* Write `len` bytes to `path` atomically: temp file in the same directory,
 * fsync, rename.  Returns false (errno set) on failure, leaving nothing. */
bool kpc_write_atomic(const char *path, const void *data, size_t len);
/* The same, written in pieces: open, write as often as needed, then commit
 * (renames into place; false with errno on any failure, leaving nothing) or
 * abort. */
struct kpc_atomic {
	const char *path;
	char *tmp;
	int fd, err;
	bool failed;
};
bool kpc_atomic_open(struct kpc_atomic *w, const char *path);
void kpc_atomic_write(struct kpc_atomic *w, const void *data, size_t len);
bool kpc_atomic_commit(struct kpc_atomic *w);
void kpc_atomic_abort(struct kpc_atomic *w);

/* Content hashes (XXH3). */
uint64_t kpc_hash64(const void *p, size_t n);

/* Base64 (standard alphabet, padded). */
void kpc_base64(struct buf *out, const unsigned char *p, size_t n);

#endif
