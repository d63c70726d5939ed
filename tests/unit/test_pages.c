/* test_pages.c: the cross-object index's pages (src/policy/pages.h):
 * entries that leave memory past the limit come back whole, at the same
 * address, and a pointer kept past its step does not read other bytes. */
#define _GNU_SOURCE
#include "../../src/policy/pages.h"

#include <criterion/criterion.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Entry i: its size and its bytes, a pattern of i. */
static size_t entry_size(uint32_t i)
{
	return i == 777 ? 200u << 10 : 24 + (i * 37) % 300; /* one larger than a segment */
}

static void fill(unsigned char *p, uint32_t i)
{
	for (size_t k = 0; k < entry_size(i); k++)
		p[k] = (unsigned char)(i * 31 + k * 7);
}

static bool holds(const unsigned char *p, uint32_t i)
{
	for (size_t k = 0; k < entry_size(i); k++)
		if (p[k] != (unsigned char)(i * 31 + k * 7))
			return false;
	return true;
}

enum { N = 3000 };

/* With a limit of four segments (of the dozen written), reading the
 * entries back, in order and out of it, loads them from the file, into
 * pages taken from the segment that goes (moved with mremap) or faulted in
 * afresh; with a limit of one byte, every segment not used since the last
 * step leaves memory at each step. */
static void come_back_whole(size_t limit, bool moves)
{
	struct pages *p = pages_new(limit);
	p->no_moves = !moves;
	static uint64_t at[N];
	for (uint32_t i = 0; i < N; i++) {
		pages_step(p);
		unsigned char *e = pages_alloc(p, i % 3, entry_size(i), &at[i]);
		for (size_t k = 0; k < entry_size(i); k++)
			cr_assert_eq(e[k], 0, "entry %u is not zeroed", i);
		fill(e, i);
	}
	pages_close(p);
	cr_expect_gt(p->evictions, 4, "only %llu segments left memory", (unsigned long long)p->evictions);
	for (uint32_t i = 0; i < N; i++) {
		pages_step(p);
		cr_assert(holds(pages_get(p, at[i]), i), "entry %u differs", i);
	}
	/* out of order: a stride through every stream */
	for (uint32_t k = 0, i = 0; k < N; k++, i = (i + 1237) % N) {
		pages_step(p);
		cr_assert(holds(pages_get(p, at[i]), i), "entry %u differs (out of order)", i);
	}
	cr_expect_gt(p->loads, 100, "only %llu loads", (unsigned long long)p->loads);
	if (moves && limit > 1)
		cr_expect_gt(p->moves, p->loads / 2, "%llu of %llu loads moved pages", (unsigned long long)p->moves,
			     (unsigned long long)p->loads);
	else if (!moves)
		cr_expect_eq(p->moves, 0);
	/* within one step nothing goes: two entries of different segments at once */
	pages_step(p);
	const unsigned char *a = pages_get(p, at[0]), *b = pages_get(p, at[N - 1]);
	cr_expect(holds(a, 0) && holds(b, N - 1));
	pages_free(p);
}

Test(pages, entries_come_back_whole)
{
	come_back_whole(256u << 10, true);
}

Test(pages, entries_come_back_whole_without_moving_pages)
{
	come_back_whole(256u << 10, false);
}

Test(pages, entries_come_back_whole_when_none_stays)
{
	come_back_whole(1, true);
}

/* Without a limit nothing leaves memory and no file is made. */
Test(pages, unlimited_pages_stay)
{
	struct pages *p = pages_new(SIZE_MAX);
	static uint64_t at[N];
	for (uint32_t i = 0; i < N; i++) {
		pages_step(p);
		fill(pages_alloc(p, i % 2, entry_size(i), &at[i]), i);
	}
	pages_close(p);
	for (uint32_t i = 0; i < N; i++) {
		pages_step(p);
		cr_assert(holds(pages_get(p, at[i]), i));
	}
	cr_expect_eq(p->evictions, 0);
	cr_expect_null(p->f);
	pages_free(p);
}

/* Whether the process may read `n` bytes at `mem`: the kernel copies them
 * into a pipe, or fails with EFAULT. */
static bool readable(const void *mem, size_t n)
{
	int fd[2];
	cr_assert_eq(pipe(fd), 0);
	ssize_t w = write(fd[1], mem, n);
	int e = errno;
	close(fd[0]);
	close(fd[1]);
	cr_assert(w == (ssize_t)n || (w < 0 && e == EFAULT), "write: %s", strerror(e));
	return w == (ssize_t)n;
}

/* A pointer kept past its step, into a segment that left memory, faults
 * (the segment is mapped PROT_NONE) instead of reading zeros; asked for
 * again, the entry is back at the same address. */
static void stale_pointer(size_t limit)
{
	struct pages *p = pages_new(limit);
	uint64_t first, at;
	fill(pages_alloc(p, 0, entry_size(1), &first), 1);
	for (uint32_t i = 2; i < 1000; i++) /* several segments */
		fill(pages_alloc(p, 0, entry_size(i), &at), i);
	pages_close(p);
	pages_step(p);
	const unsigned char *e = pages_get(p, first);
	cr_assert(readable(e, 16));
	pages_step(p);
	cr_assert(holds(pages_get(p, at), 999)); /* another segment: the first one goes */
	cr_expect_not(readable(e, 16), "the segment is still mapped readable");
	pages_step(p);
	cr_expect_eq(pages_get(p, first), e);
	cr_expect(holds(e, 1));
	if (limit > 1)
		cr_expect_gt(p->moves, 0, "no load took the pages of the segment that went");
	pages_free(p);
}

Test(pages, a_stale_pointer_does_not_read)
{
	stale_pointer(1);
}

/* The same when the segment's pages move to the one loaded in its place
 * (a limit of one segment). */
Test(pages, a_stale_pointer_does_not_read_after_a_move)
{
	stale_pointer(64u << 10);
}
