/* store.h: where a run keeps its findings once they are final (private to
 * the policy engine).
 *
 * A run over many files (kpc lint) merges each file's findings as the file
 * is done.  With lint_run_spill, they are then sorted, fingerprinted,
 * matched against the baseline, counted and written as compact records to
 * a store: a buffer that moves to an unlinked temporary file once it grows,
 * so memory does not grow with the number of findings.  The findings of
 * the cross-object rules, known only at the end, go to a second store as
 * they are made (lint_finish), with a sort key each (late_key), in memory
 * up to a bound and past it in sorted runs in another temporary file; a
 * cursor (lint.h) reads the stores (and a run's array, for a run that
 * keeps its findings) back in the final order, merging the runs. */
#ifndef KPC_POLICY_STORE_H
#define KPC_POLICY_STORE_H

#include "kpc/lint.h"

#include <stdio.h>

/* Reading records back by position (store_read_at: the cross-object
 * findings, in their final order) goes through a few windows of the file:
 * the findings were written rule by rule, and their order reads a few
 * places of the file in turn.  Over 8 copies of the corpus, 4 windows of
 * 16 KiB read the file about 1,000 times for 17,700 records, where a read
 * of each record's head and strings took 35,400 (8 windows: 560). */
enum { WIN_BYTES = 16384, WIN_N = 4, STORE_IOBUF = 32768 };
struct read_win {
	char *data; /* WIN_BYTES, NULL until used */
	uint64_t pos;
	uint32_t len, used;
};

struct lint_store {
	struct buf tail; /* records not yet written to the file */
	FILE *f;	 /* NULL until the records outgrow memory */
	char *iobuf;	 /* f's buffer, STORE_IOBUF bytes */
	uint64_t bytes;	 /* in the file */
	size_t memory;	 /* records kept in memory before the file is used */
	uint64_t rpos;	 /* where the file's stream is positioned for reading */
	uint32_t n;
	struct lint_counts counts;
	enum lint_sev worst;
	bool failed; /* the temporary file could not be written */
	unsigned char *used; /* per rule: has findings */
	/* a late store: the runs of sorted keys (late_push) in a second
	 * temporary file, one after another */
	FILE *keys;
	uint32_t *runs; /* keys in each run */
	uint32_t nruns;
	bool keys_failed; /* that file could not be written: keys stay in memory */
	struct read_win *wins; /* WIN_N, NULL until a record is read by position from the file */
	uint32_t wins_clock;
};

/* Sorts findings into their final order: file, offset, rule, pointer,
 * message; ties keep the order they were made in. */
void findings_sort(struct finding *items, uint32_t len);
int finding_cmp(const struct finding *a, const struct finding *b);
/* Fills f->fingerprint; `scratch` is reused between calls. */
void finding_fingerprint(struct finding *f, struct buf *scratch);
/* Whether the run's baseline (if any) holds the finding's fingerprint. */
bool run_in_baseline(const struct lint_run *r, const struct finding *f);

/* Moves findings (sorted, fingerprinted) into the store. */
void store_put(struct lint_store *s, const struct finding *items, uint32_t len);
/* Puts one finding, returning where its record starts (store_read_at). */
uint64_t store_put_one(struct lint_store *s, const struct finding *f);
/* Reads the record at `pos` into *f, its strings in `rec` (or in the
 * store's memory). */
void store_read_at(struct lint_store *s, uint64_t pos, struct buf *rec, struct finding *f);

/* A cross-object finding in a late store (lint.h): what sorts it, and
 * where its record is. */
struct late_key {
	uint32_t file_index, off;
	uint32_t rule; /* rule_index */
	uint32_t seq;  /* order made: ties keep it */
	uint64_t pos;
};
/* Keeps a late finding's key (its seq: r->nlate, which it counts); once
 * r->late_run keys are kept, they are sorted and written as a run first. */
void late_push(struct lint_run *r, struct late_key k);
/* Sorts the late keys still in memory (the last run) into the findings'
 * final order. */
void late_sort(struct lint_run *r);
/* Appends another store's records (which stays as it was). */
void store_append(struct lint_store *s, const struct lint_store *from);
/* A store that moves its records to a file past `memory` bytes (SIZE_MAX:
 * never). */
struct lint_store *store_new(size_t memory);
void store_free(struct lint_store *s);

#endif
