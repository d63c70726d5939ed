/* pages.c: segments of index entries that may leave memory (see pages.h). */
#define _GNU_SOURCE
#include "pages.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define SEG_BYTES (64u << 10)

struct pages *pages_new(size_t limit)
{
	struct pages *p = xcalloc(1, sizeof *p);
	p->limit = limit;
	return p;
}

void pages_free(struct pages *p)
{
	if (!p)
		return;
	for (uint32_t i = 0; i < p->nsegs; i++) {
		if (p->segs[i].adopted)
			free(p->segs[i].mem);
		else
			munmap(p->segs[i].mem, p->segs[i].size);
	}
	free(p->segs);
	free(p->res);
	if (p->f)
		fclose(p->f);
	free(p);
}

/* Writes a segment to the file once; false when it cannot be. */
static bool write_out(struct pages *p, struct page_seg *s)
{
	if (s->file_off != UINT64_MAX)
		return true;
	if (p->failed)
		return false;
	if (!p->f && !(p->f = tmpfile())) {
		p->failed = true;
		return false;
	}
	int fd = fileno(p->f);
	for (uint32_t done = 0; done < s->used;) {
		ssize_t n = pwrite(fd, s->mem + done, s->used - done, (off_t)(p->fend + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			p->failed = true;
			return false;
		}
		done += (uint32_t)n;
	}
	s->file_off = p->fend;
	p->fend += s->used;
	return true;
}

/* Takes segment res[k] out of the resident list. */
static void gone(struct pages *p, uint32_t k)
{
	struct page_seg *s = &p->segs[p->res[k]];
	s->resident = false;
	p->resident -= s->size;
	p->res[k] = p->res[--p->nres];
	p->evictions++;
}

static void evict(struct pages *p, uint32_t k)
{
	struct page_seg *s = &p->segs[p->res[k]];
	if (!write_out(p, s))
		return;
	/* PROT_NONE first: a pointer kept past its step faults, and the pages
	 * are dropped only if it is so (else they would read back as zeros):
	 * a segment that cannot be protected stays, as does everything after */
	if (mprotect(s->mem, s->size, PROT_NONE) != 0 || madvise(s->mem, s->size, MADV_DONTNEED) != 0) {
		mprotect(s->mem, s->size, PROT_READ);
		p->failed = true;
		return;
	}
	gone(p, k);
}

/* The least recently used closed segment not used in this step (its
 * place in `res`), or UINT32_MAX. */
static uint32_t victim(const struct pages *p)
{
	uint32_t best = UINT32_MAX;
	for (uint32_t k = 0; k < p->nres; k++) {
		const struct page_seg *s = &p->segs[p->res[k]];
		if (s->open || s->stamp == p->clock)
			continue;
		/* the oldest step first (stamps count up, wrapping) */
		if (best == UINT32_MAX || p->clock - s->stamp > p->clock - p->segs[p->res[best]].stamp)
			best = k;
	}
	return best;
}

/* Evicts the least recently used segments until the resident bytes are
 * under the limit (or nothing can go). */
void pages_trim(struct pages *p)
{
	while (p->resident > p->limit && !p->failed) {
		uint32_t k = victim(p);
		if (k == UINT32_MAX)
			return;
		evict(p, k);
	}
}

/* Moves the pages of resident segment res[k] to the address of `to`, which
 * they are about to be overwritten for (its bytes are read from the file
 * next): no page of `to` is then faulted in and zeroed one at a time.  The
 * old range stays mapped, PROT_NONE and empty (MREMAP_DONTUNMAP, so that
 * no other mapping can take it meanwhile).  False when it cannot be done
 * (an older kernel): nothing has changed then. */
static bool move_pages(struct pages *p, uint32_t k, struct page_seg *to)
{
#ifdef MREMAP_DONTUNMAP
	struct page_seg *v = &p->segs[p->res[k]];
	if (p->no_moves || v->size != to->size || !write_out(p, v) || mprotect(v->mem, v->size, PROT_NONE) != 0)
		return false;
	if (mremap(v->mem, v->size, v->size, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP, to->mem) == MAP_FAILED) {
		mprotect(v->mem, v->size, PROT_READ);
		return false;
	}
	gone(p, k);
	p->moves++;
	return true;
#else
	(void)p, (void)k, (void)to;
	return false;
#endif
}

static void add_resident(struct pages *p, uint32_t seg)
{
	if (p->nres == p->rescap) {
		p->rescap = p->rescap ? p->rescap * 2 : 32;
		p->res = xrealloc(p->res, p->rescap * sizeof *p->res);
	}
	p->res[p->nres++] = seg;
	p->segs[seg].resident = true;
	p->resident += p->segs[seg].size;
}

void pages_load(struct pages *p, uint32_t seg)
{
	struct page_seg *s = &p->segs[seg];
	/* room made first, by the segment that goes giving its pages */
	if (p->resident + s->size > p->limit && !p->failed) {
		uint32_t k = victim(p);
		if (k != UINT32_MAX)
			move_pages(p, k, s);
	}
	if (mprotect(s->mem, s->size, PROT_READ | PROT_WRITE) != 0)
		kpc_die("cannot map the cross-object index back into memory: %s", strerror(errno));
	int fd = fileno(p->f);
	for (uint32_t done = 0; done < s->used;) {
		ssize_t n = pread(fd, s->mem + done, s->used - done, (off_t)(s->file_off + done));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			kpc_die("cannot read the cross-object index back from its temporary file: %s",
				n < 0 ? strerror(errno) : "it is shorter than written");
		done += (uint32_t)n;
	}
	mprotect(s->mem, s->size, PROT_READ);
	s->stamp = p->clock;
	add_resident(p, seg);
	p->loads++;
	pages_trim(p);
}

/* Closes a segment: nothing more is written to it. */
static void close_seg(struct page_seg *s)
{
	s->open = false;
	mprotect(s->mem, s->size, PROT_READ);
}

static uint32_t new_seg(struct pages *p)
{
	if (p->nsegs == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->segs = xrealloc(p->segs, p->cap * sizeof *p->segs);
	}
	return p->nsegs++;
}

uint32_t pages_adopt(struct pages *p, void *mem, size_t n)
{
	uint32_t k = new_seg(p);
	/* resident, but in no list: never a victim */
	p->segs[k] = (struct page_seg){.mem = mem, .size = (uint32_t)n, .used = (uint32_t)n, .file_off = UINT64_MAX,
				       .resident = true, .adopted = true};
	return k;
}

void *pages_alloc(struct pages *p, unsigned stream, size_t n, uint64_t *at)
{
	n = (n + 7) & ~(size_t)7;
	uint32_t k = p->open[stream];
	struct page_seg *s = k ? &p->segs[k - 1] : NULL;
	if (!s || s->size - s->used < n) {
		if (s) {
			close_seg(s);
			p->open[stream] = 0;
		}
		/* an entry larger than a segment gets a segment of its own */
		size_t size = n <= SEG_BYTES ? SEG_BYTES : (n + 4095) & ~(size_t)4095;
		if (size > UINT32_MAX)
			kpc_die("an entry of the cross-object index is too large (%zu bytes)", n);
		void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (mem == MAP_FAILED)
			kpc_die("out of memory");
		k = new_seg(p);
		s = &p->segs[k];
		*s = (struct page_seg){.mem = mem, .size = (uint32_t)size, .file_off = UINT64_MAX, .stamp = p->clock, .open = true};
		add_resident(p, k);
		p->open[stream] = k + 1;
		pages_trim(p);
		k++;
	}
	void *out = s->mem + s->used;
	*at = (uint64_t)(k - 1) << 32 | s->used;
	s->used += (uint32_t)n;
	s->stamp = p->clock;
	return out; /* fresh mmap'd memory: zero */
}

void pages_close(struct pages *p)
{
	for (unsigned i = 0; i < PAGES_STREAMS; i++)
		if (p->open[i]) {
			close_seg(&p->segs[p->open[i] - 1]);
			p->open[i] = 0;
		}
	pages_trim(p);
}
