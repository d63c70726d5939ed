/* pages.h: where the cross-object index keeps its entries once committed
 * (private to the policy engine).
 *
 * Entries are written once, each with its arrays in one piece, into
 * segments of 64 KiB, one open segment per stream (a kind of entry), so
 * entries of a kind sit together.  A segment's address never changes, so
 * the pointers inside an entry (its arrays) stay valid; but past `limit`
 * resident bytes, segments leave memory for an unlinked temporary file
 * (written once: entries never change) and come back, at the same
 * address, when an entry in them is asked for.  That keeps a run's memory
 * bounded however large its input, as the findings' stores do.
 *
 * The contract: a pointer that pages_get returned stays valid until the
 * next pages_step.  A loop over entries calls pages_step at the top of each
 * iteration and keeps no pointer into the pages across it (strings are
 * interned outside the pages and may be kept).  A segment used since the
 * last step is never evicted; one that is gone is mapped PROT_NONE, so a
 * pointer kept too long faults instead of reading something else. */
#ifndef KPC_POLICY_PAGES_H
#define KPC_POLICY_PAGES_H

#include "kpc/base.h"

#include <stdio.h>

#define PAGES_STREAMS 8

struct page_seg {
	char *mem;	   /* mmap'd; fixed for the segment's life */
	uint32_t size, used;
	uint64_t file_off; /* where it was written; UINT64_MAX: not yet */
	uint32_t stamp;	   /* the step it was last used in */
	bool resident, open;
	bool adopted; /* malloc'd memory given to the pages (pages_adopt): never leaves */
};

struct pages {
	struct page_seg *segs;
	uint32_t nsegs, cap;
	uint32_t open[PAGES_STREAMS]; /* 1 + the stream's open segment, 0: none */
	uint32_t *res;		      /* the resident segments */
	uint32_t nres, rescap;
	size_t resident, limit;
	uint32_t clock;
	FILE *f; /* NULL until a segment leaves memory */
	uint64_t fend;
	bool failed; /* a segment could not leave memory (the file could not be
		      * written, or its mapping changed): the rest stay */
	uint64_t loads, evictions, moves; /* moves: loads that took an evicted segment's pages */
	bool no_moves;			  /* tests: every load faults its pages in */
};

/* limit: resident bytes past which segments leave memory; SIZE_MAX: never. */
struct pages *pages_new(size_t limit);
void pages_free(struct pages *p);
/* `n` bytes (8-byte aligned, zeroed) for an entry of `stream`, and its
 * handle in *at.  The bytes may be written until pages_close. */
void *pages_alloc(struct pages *p, unsigned stream, size_t n, uint64_t *at);
/* Makes `n` bytes at `mem` (malloc'd, at most 4 GiB) a segment that never
 * leaves memory and is freed with the pages; returns its number (a handle
 * is its number << 32 | an offset in it). */
uint32_t pages_adopt(struct pages *p, void *mem, size_t n);
/* Closes the open segments: everything is read-only and may leave memory. */
void pages_close(struct pages *p);
void pages_load(struct pages *p, uint32_t seg);
/* Evicts what it can while over the limit. */
void pages_trim(struct pages *p);

static inline void *pages_get(struct pages *p, uint64_t at)
{
	struct page_seg *s = &p->segs[at >> 32];
	if (!s->resident)
		pages_load(p, (uint32_t)(at >> 32));
	s->stamp = p->clock;
	return s->mem + (uint32_t)at;
}

/* The pointers pages_get returned before may now go (and their segments
 * do, when over the limit). */
static inline void pages_step(struct pages *p)
{
	p->clock++;
	if (p->resident > p->limit)
		pages_trim(p);
}

#endif
