/* store.c: final findings, sorted, fingerprinted and kept compactly (see
 * store.h), and the cursor that reads them back. */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int finding_cmp(const struct finding *a, const struct finding *b)
{
	if (a->loc.file_index != b->loc.file_index)
		return a->loc.file_index < b->loc.file_index ? -1 : 1;
	if (a->loc.off != b->loc.off)
		return a->loc.off < b->loc.off ? -1 : 1;
	int c = strcmp(a->rule->id, b->rule->id);
	if (c)
		return c;
	c = strcmp(a->pointer, b->pointer);
	if (c)
		return c;
	return strcmp(a->message, b->message);
}

static int finding_ptr_cmp(const void *pa, const void *pb)
{
	const struct finding *a = *(const struct finding *const *)pa, *b = *(const struct finding *const *)pb;
	int c = finding_cmp(a, b);
	return c ? c : a < b ? -1 : a > b; /* ties keep the order of checking */
}

void findings_sort(struct finding *items, uint32_t len)
{
	if (len < 2)
		return;
	/* sort pointers, then move each finding once */
	struct finding **ps = xmalloc(len * sizeof *ps);
	for (uint32_t i = 0; i < len; i++)
		ps[i] = &items[i];
	qsort(ps, len, sizeof *ps, finding_ptr_cmp);
	struct finding *sorted = xmalloc(len * sizeof *sorted);
	for (uint32_t i = 0; i < len; i++)
		sorted[i] = *ps[i];
	memcpy(items, sorted, len * sizeof *items);
	free(sorted);
	free(ps);
}

void finding_fingerprint(struct finding *f, struct buf *b)
{
	static const char hex[] = "0123456789abcdef";
	b->len = 0;
	const char *parts[4] = {f->rule->id, f->object ? f->object : "", f->container ? f->container : "", f->pointer};
	for (int k = 0; k < 4; k++) {
		if (k)
			buf_putc(b, 0);
		buf_puts(b, parts[k]);
	}
	uint64_t h = kpc_hash64(b->data, b->len);
	for (int k = 15; k >= 0; k--, h >>= 4)
		f->fingerprint[k] = hex[h & 15];
	f->fingerprint[16] = 0;
}

static uint64_t fp_value(const char *hex16)
{
	uint64_t v = 0;
	for (int i = 0; i < 16; i++)
		v = v << 4 | (uint64_t)(hex16[i] <= '9' ? hex16[i] - '0' : hex16[i] - 'a' + 10);
	return v;
}

bool run_in_baseline(const struct lint_run *r, const struct finding *f)
{
	if (!r->nbaseline)
		return false;
	uint64_t v = fp_value(f->fingerprint);
	uint32_t lo = 0, hi = r->nbaseline;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (r->baseline[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nbaseline && r->baseline[lo] == v;
}

static int u64_cmp(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
	return a < b ? -1 : a > b;
}

bool lint_load_baseline(struct lint_run *r, const char *path, struct buf *err)
{
	char *data;
	size_t len;
	if (!kpc_read_file(path, &data, &len)) {
		buf_printf(err, "cannot read baseline '%s'", path);
		return false;
	}
	if (!strstr(data, "\"fingerprints\"")) {
		buf_printf(err, "'%s' is not a kpc baseline (no \"fingerprints\")", path);
		free(data);
		return false;
	}
	/* every 16-hex-digit string in quotes is a fingerprint */
	uint32_t cap = r->nbaseline;
	for (char *p = strchr(data, '"'); p; p = strchr(p + 1, '"')) {
		char *q = strchr(p + 1, '"');
		if (!q)
			break;
		if (q - p - 1 == 16) {
			bool hex = true;
			for (char *c = p + 1; c < q; c++)
				hex &= (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'f');
			if (hex) {
				if (r->nbaseline == cap) {
					cap = cap ? cap * 2 : 64;
					r->baseline = xrealloc(r->baseline, cap * sizeof *r->baseline);
				}
				r->baseline[r->nbaseline++] = fp_value(p + 1);
			}
		}
		p = q;
	}
	free(data);
	if (r->nbaseline)
		qsort(r->baseline, r->nbaseline, sizeof *r->baseline, u64_cmp);
	return true;
}

/* ---- records ---------------------------------------------------------------- */

enum { S_FILE, S_MESSAGE, S_OBJECT, S_CONTAINER, S_POINTER, S_REASON, S_NOTE, S_NOTE_FILE, NSTR };

struct rec_head {
	uint16_t rule;
	uint8_t sev;
	uint8_t flags; /* 1 waived, 2 baselined */
	uint32_t loc[7], note[7]; /* file_index, line, col, end_line, end_col, off, len */
	char fp[16];
	uint32_t lens[NSTR]; /* UINT32_MAX: NULL */
};

static void loc_out(uint32_t *v, const struct loc *l)
{
	uint32_t a[7] = {l->file_index, l->line, l->col, l->end_line, l->end_col, l->off, l->len};
	memcpy(v, a, sizeof a);
}

static void loc_in(struct loc *l, const uint32_t *v, const char *file)
{
	*l = (struct loc){.file = file, .file_index = v[0], .line = v[1], .col = v[2], .end_line = v[3], .end_col = v[4],
			  .off = v[5], .len = v[6]};
}

static void encode(struct buf *out, const struct finding *f)
{
	struct rec_head h = {.rule = (uint16_t)rule_index(f->rule), .sev = (uint8_t)f->sev,
			     .flags = (uint8_t)((f->waived ? 1 : 0) | (f->baselined ? 2 : 0))};
	loc_out(h.loc, &f->loc);
	loc_out(h.note, &f->note_loc);
	memcpy(h.fp, f->fingerprint, 16);
	const char *strs[NSTR] = {f->loc.file, f->message,	  f->object, f->container,
				  f->pointer,  f->waiver_reason, f->note,   f->note_loc.file};
	for (int k = 0; k < NSTR; k++)
		h.lens[k] = strs[k] ? (uint32_t)strlen(strs[k]) : UINT32_MAX;
	buf_put(out, &h, sizeof h);
	for (int k = 0; k < NSTR; k++)
		if (strs[k])
			buf_put(out, strs[k], h.lens[k] + 1);
}

static size_t strings_len(const struct rec_head *h)
{
	size_t n = 0;
	for (int k = 0; k < NSTR; k++)
		if (h->lens[k] != UINT32_MAX)
			n += (size_t)h->lens[k] + 1;
	return n;
}

/* Fills *f from a record's head and strings (which must outlive f). */
static void decode(struct finding *f, const struct rec_head *h, const char *p)
{
	const char *strs[NSTR];
	for (int k = 0; k < NSTR; k++) {
		strs[k] = h->lens[k] == UINT32_MAX ? NULL : p;
		if (strs[k])
			p += h->lens[k] + 1;
	}
	memset(f, 0, sizeof *f);
	f->rule = rule_at(h->rule);
	f->sev = (enum lint_sev)h->sev;
	f->waived = h->flags & 1;
	f->baselined = (h->flags & 2) != 0;
	loc_in(&f->loc, h->loc, strs[S_FILE]);
	loc_in(&f->note_loc, h->note, strs[S_NOTE_FILE]);
	memcpy(f->fingerprint, h->fp, 16);
	f->message = strs[S_MESSAGE];
	f->object = strs[S_OBJECT];
	f->container = strs[S_CONTAINER];
	f->pointer = strs[S_POINTER];
	f->waiver_reason = strs[S_REASON];
	f->note = strs[S_NOTE];
}

/* Writes records after those in the file (false: keep them in memory). */
static bool write_out(struct lint_store *s, const char *p, size_t n)
{
	if (s->failed)
		return false;
	if (!s->f && (s->f = tmpfile()) != NULL) {
		/* read back in order by the cursor: 32 KiB a read(2), not
		 * stdio's 4 KiB */
		s->iobuf = xmalloc(STORE_IOBUF);
		setvbuf(s->f, s->iobuf, _IOFBF, STORE_IOBUF);
	}
	if (!s->f || fwrite(p, 1, n, s->f) != n) {
		s->failed = true; /* keep everything in memory then */
		return false;
	}
	s->bytes += n;
	s->rpos = UINT64_MAX; /* written: the next read seeks */
	return true;
}

/* Moves the records to the file once they pass s->memory. */
static void spill(struct lint_store *s)
{
	if (s->tail.len >= s->memory && write_out(s, s->tail.data, s->tail.len))
		s->tail.len = 0;
}

static void put(struct lint_store *s, const struct finding *f)
{
	encode(&s->tail, f);
	s->n++;
	if (f->waived)
		s->counts.waived++;
	else if (f->baselined)
		s->counts.baselined++;
	else {
		s->counts.by_sev[f->sev]++;
		if (f->sev > s->worst)
			s->worst = f->sev;
	}
	s->used[rule_index(f->rule)] = 1;
}

void store_put(struct lint_store *s, const struct finding *items, uint32_t len)
{
	for (uint32_t i = 0; i < len; i++)
		put(s, &items[i]);
	spill(s);
}

uint64_t store_put_one(struct lint_store *s, const struct finding *f)
{
	uint64_t pos = s->bytes + s->tail.len;
	put(s, f);
	spill(s);
	return pos;
}

/* The window holding [pos, pos + n) of the file, read into the least
 * recently used one if none does; NULL for a record bigger than a window.
 * Records never change once written, so a window stays good as the file
 * grows (one read near its end is only shorter). */
static const char *window_at(struct lint_store *s, uint64_t pos, size_t n)
{
	if (n > WIN_BYTES)
		return NULL;
	if (!s->wins)
		s->wins = xcalloc(WIN_N, sizeof *s->wins);
	struct read_win *w = NULL, *lru = &s->wins[0];
	for (int k = 0; k < WIN_N && !w; k++) {
		struct read_win *x = &s->wins[k];
		if (x->data && pos >= x->pos && pos + n <= x->pos + x->len)
			w = x;
		else if (x->used < lru->used)
			lru = x;
	}
	if (!w) {
		w = lru;
		if (!w->data)
			w->data = xmalloc(WIN_BYTES);
		if (fflush(s->f) != 0)
			kpc_die("cannot read back the findings' temporary file");
		ssize_t got = pread(fileno(s->f), w->data, WIN_BYTES, (off_t)pos);
		if (got < 0 || (size_t)got < n)
			kpc_die("cannot read back the findings' temporary file");
		w->pos = pos;
		w->len = (uint32_t)got;
	}
	w->used = ++s->wins_clock;
	return w->data + (pos - w->pos);
}

void store_read_at(struct lint_store *s, uint64_t pos, struct buf *rec, struct finding *f)
{
	struct rec_head h;
	if (pos >= s->bytes) {
		const char *p = s->tail.data + (pos - s->bytes);
		memcpy(&h, p, sizeof h);
		decode(f, &h, p + sizeof h);
		return;
	}
	/* from the file, through the windows; reading by position leaves its
	 * stream as it was.  The strings are copied to `rec`: the window may
	 * be read over before the finding is done with. */
	const char *p = window_at(s, pos, sizeof h);
	memcpy(&h, p, sizeof h);
	size_t n = strings_len(&h);
	rec->len = 0;
	buf_reserve(rec, n);
	if ((p = window_at(s, pos, sizeof h + n)) != NULL)
		memcpy(rec->data, p + sizeof h, n);
	else if (pread(fileno(s->f), rec->data, n, (off_t)(pos + sizeof h)) != (ssize_t)n)
		kpc_die("cannot read back the findings' temporary file");
	decode(f, &h, rec->data);
}

/* late_sort's comparison reads records when two keys tie on place and
 * rule (rarely): qsort has no context argument */
static _Thread_local struct lint_store *sorting;
static _Thread_local struct buf sort_rec[2];

/* The findings' final order, over their keys; tied keys' records are read
 * into `rec`. */
static int key_cmp(struct lint_store *s, struct buf rec[2], const struct late_key *a, const struct late_key *b)
{
	if (a->file_index != b->file_index)
		return a->file_index < b->file_index ? -1 : 1;
	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	if (a->rule != b->rule) {
		int c = strcmp(rule_at(a->rule)->id, rule_at(b->rule)->id);
		if (c)
			return c;
	}
	struct finding fa, fb;
	store_read_at(s, a->pos, &rec[0], &fa);
	store_read_at(s, b->pos, &rec[1], &fb);
	int c = finding_cmp(&fa, &fb);
	return c ? c : a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int late_cmp(const void *pa, const void *pb)
{
	return key_cmp(sorting, sort_rec, pa, pb);
}

static void sort_keys(struct lint_store *s, struct late_key *keys, uint32_t n)
{
	if (n < 2)
		return;
	sorting = s;
	qsort(keys, n, sizeof *keys, late_cmp);
	buf_free(&sort_rec[0]);
	buf_free(&sort_rec[1]);
	sorting = NULL;
}

/* Writes the keys in memory as a sorted run (false: they stay in memory). */
static bool write_run(struct lint_run *r)
{
	struct lint_store *s = r->late;
	if (s->keys_failed)
		return false;
	sort_keys(s, r->late_keys, r->late_len);
	if (!s->keys)
		s->keys = tmpfile();
	/* flushed here, so that a run counts only once it is in the file */
	if (!s->keys || fwrite(r->late_keys, sizeof *r->late_keys, r->late_len, s->keys) != r->late_len ||
	    fflush(s->keys) != 0) {
		s->keys_failed = true; /* keep every key in memory then */
		return false;
	}
	s->runs = xrealloc(s->runs, (s->nruns + 1) * sizeof *s->runs);
	s->runs[s->nruns++] = r->late_len;
	r->late_len = 0;
	return true;
}

/* 384 KiB of keys (and as much for qsort's copy of them) */
enum { LATE_RUN = 16384 };

void late_push(struct lint_run *r, struct late_key k)
{
	uint32_t run = r->late_run ? r->late_run : LATE_RUN;
	if (r->late_len >= run)
		write_run(r);
	if (r->late_len == r->late_cap) {
		uint32_t cap = r->late_cap ? r->late_cap * 2 : 256;
		if (cap > run && r->late_len < run)
			cap = run;
		r->late_cap = cap;
		r->late_keys = xrealloc(r->late_keys, cap * sizeof *r->late_keys);
	}
	r->late_keys[r->late_len++] = k;
	r->nlate++;
}

void late_sort(struct lint_run *r)
{
	if (r->late)
		sort_keys(r->late, r->late_keys, r->late_len);
}

void store_append(struct lint_store *s, const struct lint_store *from)
{
	/* a big batch goes to the file as it is, not through the buffer */
	bool direct = s->tail.len + from->tail.len >= s->memory && s->memory != SIZE_MAX &&
		      (!s->tail.len || write_out(s, s->tail.data, s->tail.len));
	if (direct)
		s->tail.len = 0;
	if (!direct || !write_out(s, from->tail.data, from->tail.len))
		buf_put(&s->tail, from->tail.data, from->tail.len);
	s->n += from->n;
	for (int k = 0; k < 4; k++)
		s->counts.by_sev[k] += from->counts.by_sev[k];
	s->counts.waived += from->counts.waived;
	s->counts.baselined += from->counts.baselined;
	if (from->worst > s->worst)
		s->worst = from->worst;
	for (size_t k = 0, n = rule_count(); k < n; k++)
		s->used[k] |= from->used[k];
	spill(s);
}

struct lint_store *store_new(size_t memory)
{
	struct lint_store *s = xcalloc(1, sizeof *s);
	s->used = xcalloc(rule_count(), 1);
	s->memory = memory;
	s->rpos = UINT64_MAX;
	return s;
}

void store_free(struct lint_store *s)
{
	if (!s)
		return;
	if (s->f)
		fclose(s->f);
	free(s->iobuf);
	if (s->wins)
		for (int k = 0; k < WIN_N; k++)
			free(s->wins[k].data);
	free(s->wins);
	if (s->keys)
		fclose(s->keys);
	free(s->runs);
	buf_free(&s->tail);
	free(s->used);
	free(s);
}

void lint_run_spill(struct lint_run *r, size_t memory)
{
	if (r->store)
		return;
	/* 768 KiB: the buffer, grown by doubling, then holds 1 MiB at most */
	r->store = store_new(memory ? memory : 768u << 10);
}

/* ---- reading back ----------------------------------------------------------- */

/* The next stored record into c->spilled; false at the end. */
static bool next_stored(struct lint_cursor *c)
{
	struct lint_store *s = c->r->store;
	if (!s || c->stored == s->n)
		return false;
	struct rec_head h;
	if (c->pos < s->bytes) {
		/* from the file: read the head, then the strings */
		/* seek only when needed: a seek empties stdio's buffer */
		if ((s->rpos != c->pos && fseek(s->f, (long)c->pos, SEEK_SET) != 0) || fread(&h, sizeof h, 1, s->f) != 1)
			kpc_die("cannot read back the findings' temporary file");
		size_t n = strings_len(&h);
		c->rec.len = 0;
		buf_reserve(&c->rec, n);
		if (n && fread(c->rec.data, 1, n, s->f) != n)
			kpc_die("cannot read back the findings' temporary file");
		c->pos += sizeof h + n;
		s->rpos = c->pos;
		decode(&c->spilled, &h, c->rec.data);
	} else {
		const char *p = s->tail.data + (c->pos - s->bytes);
		memcpy(&h, p, sizeof h);
		/* the strings stay in the store's buffer */
		decode(&c->spilled, &h, p + sizeof h);
		c->pos += sizeof h + strings_len(&h);
	}
	c->stored++;
	return true;
}

/* A run of late keys being merged: its next keys, read a few KiB at a time
 * from the file (or, for the last run, the keys in memory). */
struct late_src {
	const struct late_key *keys;
	uint32_t i, n; /* the next of the `n` in keys */
	uint32_t left; /* the run's keys still in the file, from `pos` */
	uint64_t pos;
};

/* Keys read at a time from one run: a run's memory stays small however
 * many runs there are. */
enum { LATE_READ = 4096 / sizeof(struct late_key) };

struct late_merge {
	struct lint_store *s;
	struct buf rec[2]; /* key_cmp's */
	struct late_src *src;
	struct late_key *bufs; /* LATE_READ keys per run in the file */
	uint32_t *heap;	       /* runs by their next key, the least first */
	uint32_t nheap;
};

/* Reads a run's next keys into `buf`; false when the run is done. */
static bool src_fill(struct lint_store *s, struct late_src *x, struct late_key *buf)
{
	if (!x->left)
		return false;
	uint32_t n = x->left < LATE_READ ? x->left : LATE_READ;
	size_t bytes = n * sizeof *buf;
	if (pread(fileno(s->keys), buf, bytes, (off_t)x->pos) != (ssize_t)bytes)
		kpc_die("cannot read back the findings' temporary file");
	*x = (struct late_src){buf, 0, n, x->left - n, x->pos + bytes};
	return true;
}

static int src_cmp(struct late_merge *m, uint32_t a, uint32_t b)
{
	const struct late_src *x = &m->src[a], *y = &m->src[b];
	return key_cmp(m->s, m->rec, &x->keys[x->i], &y->keys[y->i]);
}

static void sift_down(struct late_merge *m, uint32_t i)
{
	for (;;) {
		uint32_t l = 2 * i + 1, least = i;
		if (l < m->nheap && src_cmp(m, m->heap[l], m->heap[least]) < 0)
			least = l;
		if (l + 1 < m->nheap && src_cmp(m, m->heap[l + 1], m->heap[least]) < 0)
			least = l + 1;
		if (least == i)
			return;
		uint32_t t = m->heap[i];
		m->heap[i] = m->heap[least];
		m->heap[least] = t;
		i = least;
	}
}

/* Merges the runs in the file and the keys in memory, which are sorted
 * with the same order: the keys come out as one qsort would put them. */
static struct late_merge *merge_new(const struct lint_run *r)
{
	struct lint_store *s = r->late;
	struct late_merge *m = xcalloc(1, sizeof *m);
	m->s = s;
	m->src = xcalloc(s->nruns + 1, sizeof *m->src);
	m->bufs = xmalloc((size_t)s->nruns * LATE_READ * sizeof *m->bufs);
	m->heap = xmalloc((s->nruns + 1) * sizeof *m->heap);
	uint64_t pos = 0;
	for (uint32_t i = 0; i < s->nruns; i++) {
		m->src[i] = (struct late_src){.left = s->runs[i], .pos = pos};
		pos += (uint64_t)s->runs[i] * sizeof(struct late_key);
		if (src_fill(s, &m->src[i], m->bufs + (size_t)i * LATE_READ))
			m->heap[m->nheap++] = i;
	}
	m->src[s->nruns] = (struct late_src){.keys = r->late_keys, .n = r->late_len};
	if (r->late_len)
		m->heap[m->nheap++] = s->nruns;
	for (uint32_t i = m->nheap / 2; i-- > 0;)
		sift_down(m, i);
	return m;
}

/* The least key left into *k; false when every run is done. */
static bool merge_next(struct late_merge *m, struct late_key *k)
{
	if (!m->nheap)
		return false;
	uint32_t top = m->heap[0];
	struct late_src *x = &m->src[top];
	*k = x->keys[x->i++];
	if (x->i == x->n && !src_fill(m->s, x, m->bufs + (size_t)top * LATE_READ))
		m->heap[0] = m->heap[--m->nheap];
	sift_down(m, 0);
	return true;
}

static void merge_free(struct late_merge *m)
{
	if (!m)
		return;
	buf_free(&m->rec[0]);
	buf_free(&m->rec[1]);
	free(m->src);
	free(m->bufs);
	free(m->heap);
	free(m);
}

/* The next late finding (in key order) into c->late_f. */
static bool next_late(struct lint_cursor *c)
{
	const struct lint_run *r = c->r;
	struct late_key k;
	if (c->merge) {
		if (!merge_next(c->merge, &k))
			return false;
	} else if (r->late && c->late < r->late_len)
		k = r->late_keys[c->late++];
	else
		return false;
	store_read_at(r->late, k.pos, &c->late_rec, &c->late_f);
	return true;
}

void lint_cursor_init(struct lint_cursor *c, const struct lint_run *r)
{
	memset(c, 0, sizeof *c);
	c->r = r;
	if (r->late && r->late->nruns)
		c->merge = merge_new(r);
	c->have = next_stored(c);
	c->late_have = next_late(c);
}

/* Hands out a record read into `rec`: its strings (when they came from a
 * file) stay in `keep` until the next call, and the next record is read
 * into the other buffer. */
static const struct finding *hand_out(struct lint_cursor *c, const struct finding *f, struct buf *rec)
{
	c->out = *f;
	struct buf t = c->keep;
	c->keep = *rec;
	*rec = t;
	return &c->out;
}

const struct finding *lint_cursor_next(struct lint_cursor *c)
{
	const struct lint_run *r = c->r;
	const struct finding *item = c->item < r->len ? &r->items[c->item] : NULL;
	const struct finding *late = c->late_have ? &c->late_f : NULL;
	/* three sorted sources; on ties: stored, then the run's, then late */
	if (c->have && (!item || finding_cmp(&c->spilled, item) <= 0) && (!late || finding_cmp(&c->spilled, late) <= 0)) {
		const struct finding *f = hand_out(c, &c->spilled, &c->rec);
		c->have = next_stored(c);
		return f;
	}
	if (item && (!late || finding_cmp(item, late) <= 0)) {
		c->item++;
		return item;
	}
	if (late) {
		const struct finding *f = hand_out(c, late, &c->late_rec);
		c->late_have = next_late(c);
		return f;
	}
	return NULL;
}

void lint_cursor_free(struct lint_cursor *c)
{
	buf_free(&c->rec);
	buf_free(&c->keep);
	buf_free(&c->late_rec);
	merge_free(c->merge);
}

struct lint_counts lint_count(const struct lint_run *r)
{
	struct lint_counts c = r->store ? r->store->counts : (struct lint_counts){0};
	if (r->late) {
		for (int k = 0; k < 4; k++)
			c.by_sev[k] += r->late->counts.by_sev[k];
		c.waived += r->late->counts.waived;
		c.baselined += r->late->counts.baselined;
	}
	for (uint32_t i = 0; i < r->len; i++) {
		const struct finding *f = &r->items[i];
		if (f->waived)
			c.waived++;
		else if (f->baselined)
			c.baselined++;
		else
			c.by_sev[f->sev]++;
	}
	return c;
}

bool lint_rule_used(const struct lint_run *r, size_t rule)
{
	if ((r->store && r->store->used[rule]) || (r->late && r->late->used[rule]))
		return true;
	for (uint32_t i = 0; i < r->len; i++)
		if (rule_index(r->items[i].rule) == rule)
			return true;
	return false;
}

uint32_t lint_total(const struct lint_run *r)
{
	return r->len + (r->store ? r->store->n : 0) + (r->late ? r->late->n : 0);
}
