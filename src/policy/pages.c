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
	for (uint32_t i = 0; i < p->nsegs; i++)
		munmap(p->segs[i].mem, p->segs[i].size);
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
	s->resident = false;
	p->resident -= s->size;
	p->res[k] = p->res[--p->nres];
	p->evictions++;
}

/* Evicts the least recently used closed segments not used in this step
 * until the resident bytes are under the limit (or nothing can go). */
void pages_trim(struct pages *p)
{
	while (p->resident > p->limit && !p->failed) {
		uint32_t best = UINT32_MAX;
		for (uint32_t k = 0; k < p->nres; k++) {
			const struct page_seg *s = &p->segs[p->res[k]];
			if (s->open || s->stamp == p->clock)
				continue;
			/* the oldest step first (stamps count up, wrapping) */
			if (best == UINT32_MAX || p->clock - s->stamp > p->clock - p->segs[p->res[best]].stamp)
				best = k;
		}
		if (best == UINT32_MAX)
			return;
		evict(p, best);
	}
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
static void close_seg(struct pages *p, struct page_seg *s)
{
	s->open = false;
	mprotect(s->mem, s->size, PROT_READ);
	(void)p;
}

void *pages_alloc(struct pages *p, unsigned stream, size_t n, uint64_t *at)
{
	n = (n + 7) & ~(size_t)7;
	uint32_t k = p->open[stream];
	struct page_seg *s = k ? &p->segs[k - 1] : NULL;
	if (!s || s->size - s->used < n) {
		if (s) {
			close_seg(p, s);
			p->open[stream] = 0;
		}
		if (p->nsegs == p->cap) {
			p->cap = p->cap ? p->cap * 2 : 16;
			p->segs = xrealloc(p->segs, p->cap * sizeof *p->segs);
		}
		/* an entry larger than a segment gets a segment of its own */
		size_t size = n <= SEG_BYTES ? SEG_BYTES : (n + 4095) & ~(size_t)4095;
		if (size > UINT32_MAX)
			kpc_die("an entry of the cross-object index is too large (%zu bytes)", n);
		void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (mem == MAP_FAILED)
			kpc_die("out of memory");
		k = p->nsegs++;
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
			close_seg(p, &p->segs[p->open[i] - 1]);
			p->open[i] = 0;
		}
	pages_trim(p);
}
