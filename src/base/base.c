/* base.c: arenas, string views, buffers, vectors, files and hashes. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* madvise */
#include "kpc/base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

KPC_NORETURN void kpc_die(const char *fmt, ...)
{
	va_list ap;
	fputs("kpc: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		kpc_die("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		kpc_die("out of memory");
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);
	if (!p)
		kpc_die("out of memory");
	return p;
}

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, cap;
	_Alignas(16) unsigned char data[];
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->spare = NULL;
	a->total = 0;
	a->held = 0;
	a->large = false;
}

void arena_init_large(struct arena *a)
{
	arena_init(a);
	a->large = true;
}

static void free_chunks(struct arena_chunk *c)
{
	while (c) {
		struct arena_chunk *n = c->next;
		free(c);
		c = n;
	}
}

void arena_free(struct arena *a)
{
	free_chunks(a->head);
	free_chunks(a->spare);
	a->head = a->spare = NULL;
	a->total = 0;
	a->held = 0;
}

#define ARENA_CHUNK (64 * 1024)
#define ARENA_HUGE (4u << 20)

/* A released chunk is kept for reuse (giving it back to malloc only to ask
 * again for the next document costs page faults); big ones are freed. */
static void release_chunk(struct arena *a, struct arena_chunk *c)
{
	a->held -= c->cap;
	if (c->cap == ARENA_CHUNK) {
		c->next = a->spare;
		a->spare = c;
	} else {
		free(c);
	}
}

/* Bytes from a new chunk (the current one is too small).  Never inlined:
 * arena_bytes, on every allocation, then needs no registers saved. */
KPC_NOINLINE static void *arena_grow(struct arena *a, size_t size)
{
	struct arena_chunk *c = a->head;
	/* chunks grow with the arena, so that the many small arenas (a run
	 * over one file with a few findings) stay small */
	size_t cap = ARENA_CHUNK;
	if (a->total < ARENA_CHUNK / 2) {
		cap = 4096 - sizeof *c;
		while (cap < a->total)
			cap = cap * 2 + sizeof *c;
	}
	/* an arena holding 16 MiB (4 MiB if it was made large: a large
	 * platform's syntax tree or objects) takes 4 MiB chunks the kernel may
	 * back with huge pages: a page fault every 2 MiB instead of every 4 KiB */
	bool huge = a->held >= (a->large ? 1 : 4) * ARENA_HUGE && size <= ARENA_HUGE - sizeof *c;
	if (huge)
		cap = ARENA_HUGE - sizeof *c;
	if (size > cap / 4)
		cap = size; /* big blocks get a chunk of their own */
	struct arena_chunk *n;
	if (cap == ARENA_CHUNK && a->spare) {
		n = a->spare;
		a->spare = n->next;
	} else if (huge) {
		n = aligned_alloc(2u << 20, ARENA_HUGE);
		if (!n)
			kpc_die("out of memory");
#ifdef MADV_HUGEPAGE
		madvise(n, ARENA_HUGE, MADV_HUGEPAGE); /* a hint: failure changes nothing */
#endif
		n->cap = cap;
	} else {
		n = xmalloc(sizeof *n + cap);
		n->cap = cap;
	}
	n->used = size;
	a->total += size;
	a->held += n->cap;
	if (c && size == cap && c->cap - c->used >= 1024) {
		/* keep the partly used chunk at the head */
		n->next = c->next;
		c->next = n;
	} else {
		n->next = c;
		a->head = n;
	}
	return n->data;
}

void *arena_bytes(struct arena *a, size_t size)
{
	size = (size + 7) & ~(size_t)7; /* 8: every type kpc allocates needs no more */
	struct arena_chunk *c = a->head;
	if (!c || c->cap - c->used < size)
		return arena_grow(a, size);
	void *p = c->data + c->used;
	c->used += size;
	a->total += size;
	return p;
}

struct arena_mark arena_mark(const struct arena *a)
{
	struct arena_chunk *c = a->head;
	return (struct arena_mark){c, c ? c->next : NULL, c ? c->used : 0};
}

void arena_release(struct arena *a, struct arena_mark m)
{
	/* chunks made after the mark sit before its head chunk, or (big
	 * blocks) right behind it */
	while (a->head != m.head) {
		struct arena_chunk *n = a->head->next;
		release_chunk(a, a->head);
		a->head = n;
	}
	if (m.head) {
		while (m.head->next != m.next) {
			struct arena_chunk *n = m.head->next->next;
			release_chunk(a, m.head->next);
			m.head->next = n;
		}
		m.head->used = m.used;
	}
}

void arena_adopt(struct arena *into, struct arena *from)
{
	free_chunks(from->spare);
	from->spare = NULL;
	struct arena_chunk *c = from->head;
	if (!c)
		return;
	while (c->next)
		c = c->next;
	/* keep `into`'s current chunk at the head, where allocation continues */
	if (into->head) {
		c->next = into->head->next;
		into->head->next = from->head;
	} else {
		into->head = from->head;
	}
	into->total += from->total;
	into->held += from->held;
	from->held = 0;
	from->head = NULL;
	from->total = 0;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_bytes(a, n + 1); /* no need to zero what is copied over */
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

/* Whether fmt uses only %s, %.*s, %u, %d, %zu, %c and %%: the formats of
 * pointers and messages, which fast_format writes without vsnprintf. */
static bool simple_format(const char *fmt)
{
	for (const char *p = fmt; (p = strchr(p, '%')) != NULL;) {
		p++;
		if (*p == 's' || *p == 'u' || *p == 'd' || *p == 'c' || *p == '%')
			p++;
		else if (p[0] == '.' && p[1] == '*' && p[2] == 's')
			p += 3;
		else if (p[0] == 'z' && p[1] == 'u')
			p += 2;
		else
			return false;
	}
	return true;
}


/* A simple format's text at out, as much as fits in cap bytes; returns
 * its whole length (when that is cap or more, out holds a prefix). */
static size_t fast_format(char *out, size_t cap, const char *fmt, va_list ap)
{
	size_t n = 0;
#define PUT(src, len) \
	do { \
		size_t l_ = (len); \
		if (l_ && n + l_ <= cap) \
			memcpy(out + n, (src), l_); \
		n += l_; \
	} while (0)
	for (const char *p = fmt;;) {
		const char *q = strchr(p, '%');
		if (!q) {
			PUT(p, strlen(p));
			return n;
		}
		PUT(p, (size_t)(q - p));
		q++;
		if (*q == 's') {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			PUT(s, strlen(s));
			q++;
		} else if (*q == 'u' || *q == 'd') {
			int64_t v = *q == 'u' ? (int64_t)va_arg(ap, unsigned) : va_arg(ap, int);
			char digits[24];
			size_t dn = i64_text(digits, v);
			PUT(digits, dn);
			q++;
		} else if (*q == 'c') {
			char c = (char)va_arg(ap, int);
			PUT(&c, 1);
			q++;
		} else if (*q == '%') {
			PUT("%", 1);
			q++;
		} else if (*q == '.') {
			int len = va_arg(ap, int);
			const char *s = va_arg(ap, const char *);
			PUT(s, len > 0 ? (size_t)len : 0);
			q += 3;
		} else { /* zu */
			char digits[24];
			size_t dn = u64_text(digits, va_arg(ap, size_t));
			PUT(digits, dn);
			q += 2;
		}
		p = q;
	}
#undef PUT
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	if (simple_format(fmt)) {
		/* most formats are a few strings and numbers: written without
		 * vsnprintf, into a stack buffer when they fit (most do), else
		 * measured, then written in place */
		char tmp[256];
		va_list ap2;
		va_copy(ap2, ap);
		size_t n = fast_format(tmp, sizeof tmp, fmt, ap2);
		va_end(ap2);
		if (n < sizeof tmp)
			return arena_strndup(a, tmp, n);
		char *p = arena_bytes(a, n + 1);
		fast_format(p, n + 1, fmt, ap);
		p[n] = 0;
		return p;
	}
	/* one pass for what fits a line, two for longer texts */
	char tmp[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *p = arena_bytes(a, (size_t)n + 1);
	if ((size_t)n < sizeof tmp)
		memcpy(p, tmp, (size_t)n + 1);
	else
		vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return p;
}

struct sv sv_from(const char *s)
{
	return (struct sv){s, s ? strlen(s) : 0};
}

bool sv_starts(struct sv a, const char *prefix)
{
	size_t n = strlen(prefix);
	return a.len >= n && memcmp(a.p, prefix, n) == 0;
}

int sv_cmp(struct sv a, struct sv b)
{
	size_t n = a.len < b.len ? a.len : b.len;
	int c = n ? memcmp(a.p, b.p, n) : 0;
	if (c)
		return c;
	return a.len < b.len ? -1 : a.len > b.len;
}

void buf_reserve(struct buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_put_visible(struct buf *b, const char *p, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if ((c >= 0x20 && c != 0x7f) || c == '\t')
			continue;
		buf_put(b, p + run, i - run);
		run = i + 1;
		/* U+2400 + c, or U+2421 for DEL: the control pictures */
		unsigned cp = c == 0x7f ? 0x2421 : 0x2400 + c;
		char u[3] = {(char)(0xE0 | cp >> 12), (char)(0x80 | ((cp >> 6) & 0x3F)), (char)(0x80 | (cp & 0x3F))};
		buf_put(b, u, 3);
	}
	buf_put(b, p + run, n - run);
}

void buf_putu(struct buf *b, uint64_t v)
{
	char digits[24];
	buf_put(b, digits, u64_text(digits, v));
}

void buf_putsv(struct buf *b, struct sv s)
{
	buf_put(b, s.p, s.len);
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_reserve(b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void buf_indent(struct buf *b, int n)
{
	buf_reserve(b, (size_t)n);
	for (int i = 0; i < n; i++)
		b->data[b->len++] = ' ';
}

const char *buf_cstr(struct buf *b)
{
	buf_reserve(b, 1);
	b->data[b->len] = 0;
	return b->data;
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Whether none of the eight bytes of `w` is a control character, '"' or
 * '\\' (the classic "has a byte less than" bit trick). */
static inline bool json_plain8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
	return !((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs);
}

void buf_json_str(struct buf *b, const char *p, size_t n)
{
	/* room for the text and its quotes as they are: runs that need no
	 * escape are copied straight in, and each escape makes room for
	 * itself and the rest */
	buf_reserve(b, n + 2);
	char *o = b->data + b->len;
	*o++ = '"';
	size_t i = 0;
	for (;;) {
		size_t start = i;
#ifdef __SSE2__
		/* sixteen bytes at a time, to the first that needs an escape */
		for (; i + 16 <= n; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			__m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
			__m128i bs = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
			/* unsigned v < 0x20, as a signed comparison of v ^ 0x80 */
			__m128i ctl = _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8((char)0x80)), _mm_set1_epi8((char)(0x20 ^ 0x80)));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(q, bs), ctl));
			if (m) {
				i += (size_t)__builtin_ctz(m);
				goto escape;
			}
		}
#endif
		uint64_t w;
		while (i + 8 <= n && (memcpy(&w, p + i, 8), json_plain8(w)))
			i += 8;
		while (i < n && (unsigned char)p[i] >= 0x20 && p[i] != '"' && p[i] != '\\')
			i++;
#ifdef __SSE2__
	escape:
#endif
		memcpy(o, p + start, i - start);
		o += i - start;
		if (i == n)
			break;
		b->len = (size_t)(o - b->data);
		buf_reserve(b, 6 + (n - i - 1) + 1);
		o = b->data + b->len;
		unsigned char c = (unsigned char)p[i++];
		*o++ = '\\';
		switch (c) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\n': *o++ = 'n'; break;
		case '\r': *o++ = 'r'; break;
		case '\t': *o++ = 't'; break;
		case '\b': *o++ = 'b'; break;
		case '\f': *o++ = 'f'; break;
		default: {
			static const char hex[] = "0123456789abcdef";
			memcpy(o, "u00", 3);
			o[3] = hex[c >> 4];
			o[4] = hex[c & 15];
			o += 5;
		}
		}
	}
	*o++ = '"';
	b->len = (size_t)(o - b->data);
}

void vec_push(struct vec *v, void *item)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->items = xrealloc(v->items, v->cap * sizeof *v->items);
	}
	v->items[v->len++] = item;
}

void vec_free(struct vec *v)
{
	free(v->items);
	v->items = NULL;
	v->len = v->cap = 0;
}

size_t kpc_edit_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	if (alen > 64 || blen > 64)
		return 64;
	size_t row[65];
	for (size_t j = 0; j <= blen; j++)
		row[j] = j;
	for (size_t i = 1; i <= alen; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= blen; j++) {
			size_t cur = row[j];
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev + cost;
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[blen];
}

const char *kpc_suggest(struct sv word, const char *const *cands, size_t n)
{
	const char *best = NULL;
	size_t bestd = (size_t)-1;
	size_t limit = word.len <= 3 ? 1 : word.len <= 6 ? 2 : 3;
	for (size_t i = 0; i < n; i++) {
		size_t d = kpc_edit_distance(word.p, word.len, cands[i], strlen(cands[i]));
		/* case-only differences count as one edit */
		if (d > 0 && strlen(cands[i]) == word.len && strncasecmp(cands[i], word.p, word.len) == 0)
			d = 1;
		if (d < bestd) {
			bestd = d;
			best = cands[i];
		}
	}
	return bestd <= limit && bestd > 0 ? best : NULL;
}

bool kpc_read_file(const char *path, char **data, size_t *len)
{
	/* plain read(2), no stdio: no buffer of its own to fill and copy
	 * from, no second fstat (kpc lint reads thousands of files) */
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct buf b = {0};
	/* a regular file is read in one piece into a buffer of its size */
	struct stat st;
	bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	if (regular && st.st_size > 0) {
		/* its size, a byte to see the end by a short read, and the NUL */
		b.cap = (size_t)st.st_size + 2;
		b.data = xmalloc(b.cap);
#ifdef MADV_HUGEPAGE
		/* a large file (a platform of thousands of apps) is read into
		 * huge pages where the buffer allows: a page fault every 2 MiB
		 * instead of every 4 KiB */
		uintptr_t huge = 2u << 20;
		uintptr_t lo = ((uintptr_t)b.data + huge - 1) & ~(huge - 1);
		uintptr_t hi = ((uintptr_t)b.data + b.cap) & ~(huge - 1);
		if (b.cap >= 4 * huge && hi > lo)
			madvise((void *)lo, hi - lo, MADV_HUGEPAGE); /* a hint: failure changes nothing */
#endif
	}
	bool ok = true;
	for (;;) {
		if (b.cap - b.len < 2)
			buf_reserve(&b, 65536);
		size_t want = b.cap - b.len - 1;
		ssize_t n = read(fd, b.data + b.len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			ok = n == 0;
			break;
		}
		b.len += (size_t)n;
		/* a regular file read to its size by a short read is at its end:
		 * no read(2) more to see it return 0 (a file of size 0, as in
		 * /proc, has its length known only by that 0) */
		if (regular && st.st_size > 0 && (size_t)n < want && b.len >= (size_t)st.st_size)
			break;
	}
	int saved = errno;
	if (!is_stdin)
		close(fd);
	if (!ok) {
		buf_free(&b);
		errno = saved;
		return false;
	}
	buf_cstr(&b);
	*data = b.data ? b.data : xcalloc(1, 1);
	*len = b.len;
	return true;
}

bool kpc_atomic_open(struct kpc_atomic *w, const char *path)
{
	w->tmp = NULL;
	w->fd = -1;
	w->failed = false;
	/* never rename a file over a device, a pipe or a directory (`-o
	 * json=/dev/null` as root would replace /dev/null) */
	struct stat st;
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return false;
	}
	size_t n = strlen(path);
	w->path = path;
	w->tmp = xmalloc(n + 16);
	snprintf(w->tmp, n + 16, "%s.kpc-XXXXXX", path);
	w->fd = mkstemp(w->tmp);
	if (w->fd < 0) {
		free(w->tmp);
		w->tmp = NULL;
		return false;
	}
	return true;
}

void kpc_atomic_write(struct kpc_atomic *w, const void *data, size_t len)
{
	const char *p = data;
	while (len && !w->failed) {
		ssize_t n = write(w->fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			w->failed = true;
			w->err = errno;
			break;
		}
		p += n;
		len -= (size_t)n;
	}
}

bool kpc_atomic_commit(struct kpc_atomic *w)
{
	if (!w->failed && (fchmod(w->fd, 0644) != 0 || fsync(w->fd) != 0)) {
		w->failed = true;
		w->err = errno;
	}
	if (close(w->fd) != 0 && !w->failed) {
		w->failed = true;
		w->err = errno;
	}
	w->fd = -1;
	if (!w->failed && rename(w->tmp, w->path) != 0) {
		w->failed = true;
		w->err = errno;
	}
	if (w->failed)
		unlink(w->tmp);
	free(w->tmp);
	w->tmp = NULL;
	if (w->failed)
		errno = w->err;
	return !w->failed;
}

void kpc_atomic_abort(struct kpc_atomic *w)
{
	if (w->fd >= 0)
		close(w->fd);
	if (w->tmp) {
		unlink(w->tmp);
		free(w->tmp);
	}
	w->fd = -1;
	w->tmp = NULL;
}

bool kpc_write_atomic(const char *path, const void *data, size_t len)
{
	struct kpc_atomic w;
	if (!kpc_atomic_open(&w, path))
		return false;
	kpc_atomic_write(&w, data, len);
	return kpc_atomic_commit(&w);
}

uint64_t kpc_hash64(const void *p, size_t n)
{
	return (uint64_t)XXH3_64bits(p, n);
}

void kpc_base64(struct buf *out, const unsigned char *p, size_t n)
{
	static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t i = 0;
	for (; i + 2 < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
		char q[4] = {tab[v >> 18], tab[(v >> 12) & 63], tab[(v >> 6) & 63], tab[v & 63]};
		buf_put(out, q, 4);
	}
	if (i < n) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);
		char q[4] = {tab[v >> 18], tab[(v >> 12) & 63], i + 1 < n ? tab[(v >> 6) & 63] : '=', '='};
		buf_put(out, q, 4);
	}
}
