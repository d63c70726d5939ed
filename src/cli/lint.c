/* lint.c: `kpc lint`, `kpc rules` and `kpc explain`.
 *
 * Files are read, loaded, checked and freed one at a time (or by -j worker
 * threads, each into its own per-file run); the per-file runs are merged in
 * file order, the cross-object rules run once, and the findings are rendered
 * in every requested format.  Peak memory follows the largest file, not the
 * total input. */
#define _GNU_SOURCE
#include "cli.h"
#include "kpc/lint.h"
#include "kpc/pack.h"
#include "kpc/report.h"
#include "kpc/yaml.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A file being checked, or checked and waiting for the files before it:
 * only these have state of their own, not every input (a tree of a
 * hundred thousand files would otherwise cost that many of these). */
struct input {
	const char *path; /* in the job's list of paths */
	uint32_t index;
	struct lint_run run; /* this file's findings and index entries, until merged */
	struct buf diag;     /* rendered syntax errors */
	bool failed;	     /* unreadable or not YAML */
	bool pending;	     /* pieces wait in `run` (see merge_piece) */
};

struct job {
	struct cli_paths *files;
	atomic_uint next;
	const struct lint_config *cfg;
	bool color;
	int jobs;
	char *stdin_data;  /* standard input, kept to show its lines in the report */
	size_t stdin_len;
	/* files are merged into `run` in file order as soon as they and all
	 * before them are done, so finished files do not pile up; one done
	 * before its turn waits in `wait`, at its index modulo wait_cap (a
	 * power of two above the distance from `merged` to the last one) */
	pthread_mutex_t lock;
	struct input **wait;
	uint32_t wait_cap;
	uint32_t merged;
	struct lint_run *run;
	bool inputs_ok;
	/* with -j and a directory to walk, the threads start while the main
	 * thread walks: `files` grows under `lock` and `grown` wakes a thread
	 * waiting for a path; until the walk is done (`walking` false), the
	 * diagnostics of merged files wait in `held`, after the walk's own */
	pthread_cond_t grown;
	bool beside; /* the threads started before the walk (set before they start) */
	bool walking;
	struct buf held;
	/* input_reaches: the sizes of the first `sized` inputs add up to `size` */
	uint32_t sized;
	uint64_t size;
};

/* Under j->lock: a finished file joins those waiting for their turn. */
static void wait_put(struct job *j, struct input *in)
{
	uint32_t need = in->index - j->merged + 1;
	if (need > j->wait_cap) {
		uint32_t cap = j->wait_cap;
		while (cap < need)
			cap *= 2;
		struct input **w = xcalloc(cap, sizeof *w);
		for (uint32_t k = 0; k < j->wait_cap; k++)
			if (j->wait[k])
				w[j->wait[k]->index & (cap - 1)] = j->wait[k];
		free(j->wait);
		j->wait = w;
		j->wait_cap = cap;
	}
	j->wait[in->index & (j->wait_cap - 1)] = in;
}

/* Under j->lock: a merged file's rendered syntax errors, to standard
 * error (or, while the walk goes on, after its messages). */
static void emit_diag(struct job *j, const struct buf *diag)
{
	if (j->walking)
		buf_put(&j->held, diag->data, diag->len);
	else
		fwrite(diag->data, 1, diag->len, stderr);
}

/* Under j->lock: merges every finished file that is next in order. */
static void merge_ready(struct job *j)
{
	struct input **slot;
	while (*(slot = &j->wait[j->merged & (j->wait_cap - 1)])) {
		struct input *in = *slot;
		*slot = NULL;
		j->merged++;
		if (in->diag.len)
			emit_diag(j, &in->diag);
		j->inputs_ok &= !in->failed;
		lint_merge(j->run, &in->run);
		lint_run_free(&in->run);
		buf_free(&in->diag);
		free(in);
	}
}

/* A range of a file (all of it, or one piece of a big stream cut at
 * document boundaries), loaded and checked into its own run. */
struct piece {
	const struct job *j;
	struct arena *keep; /* what the run keeps (lint_run_init_in): its thread's arena */
	struct lint_strings *strs; /* its thread's strings, in `keep` */
	const struct srcmgr *sm;
	const char *path;
	uint32_t fid, index, off, len;
	struct lint_run run;
	struct buf diag; /* rendered syntax errors */
	bool failed;
};

static void lint_doc(void *user, const struct objset *objs, const struct yaml_issues *issues)
{
	struct piece *p = user;
	lint_loader_issues(&p->run, p->sm, p->index, issues);
	lint_check_objects(&p->run, p->sm, p->index, objs);
}

static void *lint_piece(void *arg)
{
	struct piece *p = arg;
	struct diags d;
	diags_init(&d, p->sm);
	lint_run_init_in(&p->run, p->j->cfg, p->keep);
	lint_run_share_strings(&p->run, p->strs);
	/* the inputs' paths live as long as the job (the same text as the
	 * source manager's name for the file) */
	p->run.file_path = strcmp(p->path, "-") ? p->path : "<stdin>";
	/* one document at a time: the tree of each is dropped once checked */
	struct arena a;
	arena_init(&a);
	if (!yaml_load_each(&a, p->sm, p->fid, p->off, p->len, &d, 0, lint_doc, p))
		p->failed = true;
	/* the findings become records here, in this thread: merging them
	 * (under the job's lock) then only appends */
	lint_seal(&p->run, p->j->run);
	if (d.len) {
		diags_sort(&d);
		diags_render_text(&d, &p->diag, p->j->color);
	}
	arena_free(&a);
	diags_free(&d);
	return NULL;
}

#define PIECE_BYTES (4u << 20)
#define MIN_PIECE (256u << 10)

/* A piece of a file, done: straight into the merged run when the file is
 * the next to merge and nothing of it waits, else into the file's own run. */
static void merge_piece(struct job *j, struct input *in, struct piece *p)
{
	bool direct = false;
	if (!in->pending) {
		pthread_mutex_lock(&j->lock);
		direct = j->merged == in->index;
		if (direct) {
			if (p->diag.len)
				emit_diag(j, &p->diag);
			lint_merge(j->run, &p->run);
		}
		pthread_mutex_unlock(&j->lock);
	}
	if (!direct) {
		in->pending = true;
		lint_merge(&in->run, &p->run);
		buf_put(&in->diag, p->diag.data, p->diag.len);
	}
	in->failed = p->failed;
}

/* The pieces of one file, shared by the threads that check them. */
struct file_job {
	struct job *j;
	struct input *in;
	uint32_t n;
	struct piece *pieces;
	atomic_uint next;
	pthread_mutex_t lock;
	bool *done;
	uint32_t merged;
};

/* One thread checking pieces of a file: the worker's own thread keeps into
 * the worker's arena; another keeps into an arena of its own, handed to
 * the worker's at the end (one per file would waste a chunk each). */
struct piece_thread {
	struct file_job *fj;
	struct arena own;
	struct arena *keep;
	struct lint_strings *strs;
};

static void *piece_worker(void *arg)
{
	struct piece_thread *pt = arg;
	struct file_job *fj = pt->fj;
	struct input *in = fj->in;
	struct arena *keep = pt->keep;
	for (;;) {
		uint32_t k = atomic_fetch_add(&fj->next, 1);
		if (k >= fj->n)
			break;
		fj->pieces[k].keep = keep;
		fj->pieces[k].strs = pt->strs;
		lint_piece(&fj->pieces[k]);
		pthread_mutex_lock(&fj->lock);
		fj->done[k] = true;
		/* in order; a syntax error ends the file, as if it were read whole */
		while (fj->merged < fj->n && fj->done[fj->merged]) {
			struct piece *p = &fj->pieces[fj->merged++];
			if (!in->failed)
				merge_piece(fj->j, in, p);
			lint_run_free(&p->run);
			buf_free(&p->diag);
		}
		pthread_mutex_unlock(&fj->lock);
	}
	return NULL;
}

/* Whether the input files' sizes add up to `bound` bytes: a file of at
 * least 1 MiB that is more than one thread's share of the input (the
 * total over the threads, rounded down) is cut into pieces checked in
 * parallel.  Files are stat'ed only until the bound is reached, only for
 * such a file (a tree of small files costs no stat at all), and once: the
 * job keeps the sum so far.  While the walk goes on, the list may have to
 * grow first. */
static bool input_reaches(struct job *j, uint64_t bound)
{
	pthread_mutex_lock(&j->lock);
	while (j->size < bound) {
		if (j->sized < j->files->len) {
			struct stat st;
			const char *path = cli_paths_at(j->files, j->sized++);
			if (strcmp(path, "-") && stat(path, &st) == 0)
				j->size += (uint64_t)st.st_size;
		} else if (j->walking) {
			pthread_cond_wait(&j->grown, &j->lock);
		} else {
			break;
		}
	}
	bool reached = j->size >= bound;
	pthread_mutex_unlock(&j->lock);
	return reached;
}

/* The next input to check, its index in *i; NULL when there is none (a
 * thread waits for the walk to find one, or to end). */
static const char *next_input(struct job *j, uint32_t *i)
{
	uint32_t k = atomic_fetch_add(&j->next, 1);
	*i = k;
	if (!j->beside) /* the list was complete before the threads started */
		return k < j->files->len ? cli_paths_at(j->files, k) : NULL;
	pthread_mutex_lock(&j->lock);
	while (j->walking && k >= j->files->len)
		pthread_cond_wait(&j->grown, &j->lock);
	const char *path = k < j->files->len ? cli_paths_at(j->files, k) : NULL;
	pthread_mutex_unlock(&j->lock);
	return path;
}

static void lint_one(struct job *j, struct input *in, struct arena *wa, struct lint_strings *ws)
{
	struct srcmgr sm;
	srcmgr_init(&sm);
	char *data;
	size_t len;
	lint_run_init_in(&in->run, j->cfg, wa);
	if (!kpc_read_file(in->path, &data, &len)) {
		buf_printf(&in->diag, "kpc lint: cannot read '%s': %s\n", in->path, strerror(errno));
		in->failed = true;
		srcmgr_free(&sm);
		return;
	}
	uint32_t fid = srcmgr_add(&sm, strcmp(in->path, "-") ? in->path : "<stdin>", data, len);
	/* a big file is cut at document boundaries into pieces of about
	 * PIECE_BYTES (more for a file of over 512 MiB: 128 pieces), checked
	 * by `par` threads and merged in order as they are done: the findings
	 * of a piece leave memory then.  With threads (a file of at least 1
	 * MiB that is more than one thread's share of the input): eight pieces
	 * a thread at least, and each at most a quarter of what is left over
	 * the threads, down to MIN_PIECE.  The pieces shrink towards the end,
	 * so that the last leave no thread idle for long: with pieces of one
	 * size, one thread waited half a piece at the end (22 ms on average
	 * over the bench's stream at -j2; 5 ms now, with 24 pieces instead of
	 * 16).  Past 255 cuts (many threads on a huge file), the last piece
	 * takes the rest. */
	uint32_t par = j->jobs > 1 && len >= (1u << 20) && !input_reaches(j, ((uint64_t)len + 1) * (uint64_t)j->jobs)
			       ? (uint32_t)j->jobs
			       : 1;
	size_t most = len / 128 > PIECE_BYTES ? len / 128 : PIECE_BYTES;
	if (par > 1 && len / (8 * par) < most) /* eight a thread at least */
		most = len / (8 * par) > MIN_PIECE ? len / (8 * par) : MIN_PIECE;
	uint32_t cuts[255], ncuts = 0;
	for (size_t at = 0; ncuts < 255;) {
		size_t left = len - at, size = most;
		if (par > 1 && left / (2 * par) < size)
			size = left / (2 * par) > MIN_PIECE ? left / (2 * par) : MIN_PIECE;
		if (size >= left)
			break;
		at += size;
		cuts[ncuts++] = (uint32_t)at;
	}
	uint32_t starts[256];
	uint32_t n = yaml_split(data, len, cuts, ncuts, starts);
	struct file_job fj = {.j = j, .in = in, .n = n};
	fj.pieces = xcalloc(n, sizeof *fj.pieces);
	fj.done = xcalloc(n, sizeof *fj.done);
	for (uint32_t k = 0; k < n; k++) {
		fj.pieces[k] = (struct piece){.j = j, .sm = &sm, .path = in->path, .fid = fid, .index = in->index, .off = starts[k]};
		fj.pieces[k].len = (k + 1 < n ? starts[k + 1] : (uint32_t)len) - starts[k];
	}
	atomic_init(&fj.next, 0);
	pthread_mutex_init(&fj.lock, NULL);
	if (par > n)
		par = n;
	pthread_t threads[256];
	struct piece_thread pts[256];
	for (uint32_t t = 0; t < par; t++) {
		pts[t].fj = &fj;
		arena_init(&pts[t].own);
		pts[t].keep = t ? &pts[t].own : wa;
		pts[t].strs = t ? lint_strings_new(&pts[t].own) : ws;
		if (t && pthread_create(&threads[t], NULL, piece_worker, &pts[t]) != 0)
			kpc_die("cannot start a thread");
	}
	piece_worker(&pts[0]);
	for (uint32_t t = 1; t < par; t++) {
		pthread_join(threads[t], NULL);
		lint_strings_free(pts[t].strs);
		arena_adopt(wa, &pts[t].own);
	}
	pthread_mutex_destroy(&fj.lock);
	free(fj.done);
	free(fj.pieces);
	if (!strcmp(in->path, "-")) {
		/* standard input cannot be read twice: keep it for the report */
		j->stdin_data = sm.files[fid].data;
		j->stdin_len = len;
		sm.files[fid].data = NULL;
	}
	srcmgr_free(&sm);
}

static void *worker(void *arg)
{
	struct job *j = arg;
	/* the findings and index entries of this worker's files, in one arena
	 * (a run per file would waste most of a chunk each), handed to the
	 * merged run at the end */
	struct arena wa;
	arena_init(&wa);
	struct lint_strings *ws = lint_strings_new(&wa);
	for (;;) {
		uint32_t i;
		const char *path = next_input(j, &i);
		if (!path)
			break;
		struct input *in = xcalloc(1, sizeof *in);
		in->path = path;
		in->index = i;
		lint_one(j, in, &wa, ws);
		pthread_mutex_lock(&j->lock);
		wait_put(j, in);
		merge_ready(j);
		pthread_mutex_unlock(&j->lock);
	}
	lint_strings_free(ws);
	pthread_mutex_lock(&j->lock);
	arena_adopt(j->run->arena, &wa);
	pthread_mutex_unlock(&j->lock);
	return NULL;
}

static pthread_t *start_workers(struct job *j, int n)
{
	pthread_t *t = xcalloc((size_t)n, sizeof *t);
	for (int k = 0; k < n; k++)
		if (pthread_create(&t[k], NULL, worker, j) != 0)
			kpc_die("cannot start a thread");
	return t;
}

struct output {
	enum report_format format;
	const char *path; /* NULL: standard output */
};

static bool parse_minor(const char *v, int *minor)
{
	/* "1.32", "v1.32" or "1.32.4" */
	if (*v == 'v')
		v++;
	if (strncmp(v, "1.", 2) != 0)
		return false;
	char *end;
	long m = strtol(v + 2, &end, 10);
	if (end == v + 2 || (*end && *end != '.') || m < 0 || m > 99)
		return false;
	*minor = (int)m;
	return true;
}

/* The report reads the lines it shows from the files again (the run keeps
 * no copy of their text): one file open at a time, as findings come in
 * file order. */
struct line_reader {
	const struct job *j;
	char *path; /* a copy: a finding's strings live only until the next */
	FILE *f;
	char line[401];
};

static const char *read_line(void *user, const struct loc *l, size_t *len)
{
	struct line_reader *lr = user;
	uint32_t start = l->off - (l->col ? l->col - 1 : 0);
	const char *text = NULL;
	size_t n = 0;
	if (!strcmp(l->file, "<stdin>")) {
		if (!lr->j->stdin_data || start > lr->j->stdin_len)
			return NULL;
		text = lr->j->stdin_data + start;
		n = lr->j->stdin_len - start;
	} else {
		if (!lr->path || strcmp(lr->path, l->file)) {
			if (lr->f)
				fclose(lr->f);
			free(lr->path);
			lr->path = strdup(l->file);
			if (!lr->path)
				kpc_die("out of memory");
			lr->f = fopen(l->file, "rb");
		}
		if (!lr->f || fseek(lr->f, start, SEEK_SET) != 0)
			return NULL;
		n = fread(lr->line, 1, sizeof lr->line - 1, lr->f);
		text = lr->line;
	}
	size_t k = 0;
	while (k < n && k < 400 && text[k] != '\n')
		k++;
	if (k && text[k - 1] == '\r')
		k--;
	*len = k;
	return text;
}

static void sink_stdout(void *user, const void *p, size_t n)
{
	(void)user;
	if (n)
		fwrite(p, 1, n, stdout);
}

static void sink_atomic(void *user, const void *p, size_t n)
{
	kpc_atomic_write(user, p, n);
}

int cmd_lint(int argc, char **argv)
{
	struct cli_common cc = {.color = -1};
	const char *policy = NULL, *profile = NULL, *world = NULL, *baseline = NULL, *write_baseline = NULL;
	const char *fail_on = "error", *k8s = NULL;
	struct output outs[8];
	int nouts = 0, jobs = 1;
	bool bad = false, no_config = false;
	struct vec paths = {0};
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = NULL;
#define OPT(name) cli_opt(name, argc, argv, &i, &v)
		if (cli_common_opt(&cc, argc, argv, &i, &bad))
			continue;
		if (OPT("--policy"))
			policy = v;
		else if (OPT("--profile"))
			profile = v;
		else if (OPT("--world"))
			world = v;
		else if (OPT("--k8s-version"))
			k8s = v;
		else if (OPT("--fail-on"))
			fail_on = v;
		else if (OPT("--baseline"))
			baseline = v;
		else if (OPT("--write-baseline"))
			write_baseline = v;
		else if (OPT("--format") || OPT("-f")) {
			if (nouts == 8) {
				cli_usage_error("lint", "too many outputs");
				return EXIT_INVALID;
			}
			if (!report_format_parse(v, &outs[nouts].format)) {
				cli_usage_error("lint", "unknown format '%s' (text, json, sarif, junit, github)", v);
				return EXIT_INVALID;
			}
			outs[nouts++].path = NULL;
		} else if (OPT("--output") || OPT("-o")) {
			const char *eq = strchr(v, '=');
			char fmt[16];
			if (!eq || (size_t)(eq - v) >= sizeof fmt || nouts == 8) {
				cli_usage_error("lint", "--output takes FORMAT=PATH, e.g. sarif=kpc.sarif");
				return EXIT_INVALID;
			}
			memcpy(fmt, v, (size_t)(eq - v));
			fmt[eq - v] = 0;
			if (!report_format_parse(fmt, &outs[nouts].format)) {
				cli_usage_error("lint", "unknown format '%s' (text, json, sarif, junit, github)", fmt);
				return EXIT_INVALID;
			}
			outs[nouts++].path = eq + 1;
		} else if (OPT("-j") || OPT("--jobs")) {
			jobs = atoi(v);
			if (jobs < 1 || jobs > 256) {
				cli_usage_error("lint", "-j takes a number of threads from 1 to 256");
				return EXIT_INVALID;
			}
		} else if (!strncmp(a, "-j", 2) && a[2]) {
			jobs = atoi(a + 2);
			if (jobs < 1 || jobs > 256) {
				cli_usage_error("lint", "-j takes a number of threads from 1 to 256");
				return EXIT_INVALID;
			}
		} else if (!strcmp(a, "--no-config")) {
			no_config = true;
		} else if (!strcmp(a, "-")) {
			vec_push(&paths, argv[i]);
		} else if (a[0] == '-') {
			cli_usage_error("lint", "unknown option '%s'", a);
			vec_free(&paths);
			return EXIT_INVALID;
		} else {
			vec_push(&paths, argv[i]);
		}
#undef OPT
	}
	if (bad) {
		vec_free(&paths);
		return EXIT_INVALID;
	}
	if (!paths.len) {
		cli_usage_error("lint", "missing the files or directories to lint (or - for standard input)");
		return EXIT_INVALID;
	}
	enum lint_sev threshold;
	if (!lint_sev_parse(fail_on, &threshold) || threshold == LINT_OFF) {
		if (strcmp(fail_on, "never") == 0) {
			threshold = LINT_ERROR + 1;
		} else {
			cli_usage_error("lint", "--fail-on takes error, warning, info or never, not '%s'", fail_on);
			vec_free(&paths);
			return EXIT_INVALID;
		}
	}
	/* configuration: profile, then pack (explicit or .kpc.yaml), then flags */
	struct pack_set packs;
	pack_set_init(&packs);
	struct lint_config cfg;
	unsigned prof = PROFILE_DEFAULT;
	if (profile && !pack_profile_parse(profile, &prof)) {
		cli_usage_error("lint", "unknown profile '%s' (minimal, default, restricted, all)", profile);
		vec_free(&paths);
		pack_set_free(&packs);
		return EXIT_INVALID;
	}
	lint_config_init(&cfg, prof);
	const char *pack_path = policy;
	char *found = NULL;
	if (!pack_path && !no_config)
		pack_path = found = pack_find_config(".");
	if (pack_path && !pack_load(&packs, pack_path, &cfg)) {
		cli_print_diags_raw(&packs.sm, &packs.diags, &cc);
		free(found);
		lint_config_free(&cfg);
		pack_set_free(&packs);
		vec_free(&paths);
		return EXIT_INVALID;
	}
	free(found);
	if (world) {
		if (strcmp(world, "open") && strcmp(world, "closed")) {
			cli_usage_error("lint", "--world takes open or closed, not '%s'", world);
			lint_config_free(&cfg);
			pack_set_free(&packs);
			vec_free(&paths);
			return EXIT_INVALID;
		}
		cfg.closed_world = !strcmp(world, "closed");
	}
	if (k8s && !parse_minor(k8s, &cfg.k8s_minor)) {
		cli_usage_error("lint", "--k8s-version takes a version such as 1.32, not '%s'", k8s);
		lint_config_free(&cfg);
		pack_set_free(&packs);
		vec_free(&paths);
		return EXIT_INVALID;
	}
	struct lint_run run;
	lint_run_init(&run, &cfg);
	lint_run_spill(&run, 0); /* findings leave memory as files are merged */
	struct buf err = {0};
	if (baseline && !lint_load_baseline(&run, baseline, &err)) {
		fprintf(stderr, "kpc lint: %s\n", buf_cstr(&err));
		buf_free(&err);
		lint_run_free(&run);
		vec_free(&paths);
		lint_config_free(&cfg);
		pack_set_free(&packs);
		return EXIT_INVALID;
	}
	/* inputs: the engine's index entries point at these texts until
	 * lint_finish, so every path stays in memory (in one list: its text
	 * and four bytes) */
	struct cli_paths files = {0};
	struct job j = {.files = &files, .cfg = &cfg, .color = cli_use_color(&cc), .run = &run, .inputs_ok = true, .jobs = jobs};
	j.wait_cap = 16;
	j.wait = xcalloc(j.wait_cap, sizeof *j.wait);
	pthread_mutex_init(&j.lock, NULL);
	pthread_cond_init(&j.grown, NULL);
	atomic_init(&j.next, 0);
	/* with threads and a directory to walk, the threads check the files
	 * the walk finds while it goes on */
	pthread_t *threads = NULL;
	for (uint32_t i = 0; jobs > 1 && !threads && i < paths.len; i++) {
		struct stat st;
		if (strcmp(paths.items[i], "-") && stat(paths.items[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			j.beside = j.walking = true;
			files.lock = &j.lock;
			files.grown = &j.grown;
			threads = start_workers(&j, jobs);
		}
	}
	struct buf walkmsg = {0};
	bool inputs_ok = true;
	for (uint32_t i = 0; i < paths.len; i++) {
		if (!strcmp(paths.items[i], "-"))
			cli_paths_add(&files, "-", 1);
		else
			inputs_ok &= cli_walk_yaml("lint", paths.items[i], &files, &walkmsg);
	}
	vec_free(&paths);
	/* the walk's messages first, then those of the files merged so far */
	pthread_mutex_lock(&j.lock);
	cli_paths_trim(&files);
	files.lock = NULL;
	if (walkmsg.len)
		fwrite(walkmsg.data, 1, walkmsg.len, stderr);
	if (j.held.len)
		fwrite(j.held.data, 1, j.held.len, stderr);
	j.walking = false;
	pthread_cond_broadcast(&j.grown);
	pthread_mutex_unlock(&j.lock);
	buf_free(&walkmsg);
	buf_free(&j.held);
	if (!threads) {
		if (jobs > (int)files.len)
			jobs = files.len ? (int)files.len : 1;
		if (jobs > 1)
			threads = start_workers(&j, jobs);
		else
			worker(&j);
	}
	for (int k = 0; threads && k < jobs; k++)
		pthread_join(threads[k], NULL);
	free(threads);
	pthread_cond_destroy(&j.grown);
	pthread_mutex_destroy(&j.lock);
	free(j.wait);
	inputs_ok &= j.inputs_ok;
	lint_finish(&run);
	int rc = EXIT_OK;
	if (write_baseline && !lint_write_baseline(&run, write_baseline, &err)) {
		fprintf(stderr, "kpc lint: %s\n", buf_cstr(&err));
		rc = EXIT_INVALID;
	}
	buf_free(&err);
	if (!nouts) {
		outs[0].format = REPORT_TEXT;
		outs[0].path = NULL;
		nouts = 1;
	}
	struct line_reader lr = {.j = &j};
	struct report_opts ro = {.color = false, .fail_on = threshold <= LINT_ERROR ? threshold : LINT_ERROR, .nfiles = files.len,
				 .line = read_line, .line_user = &lr};
	for (int k = 0; k < nouts && rc == EXIT_OK; k++) {
		struct buf b = {0};
		ro.color = !outs[k].path && outs[k].format == REPORT_TEXT && cc.color != 0 &&
			   (cc.color == 1 || (cli_use_color(&cc) && isatty(STDOUT_FILENO)));
		/* written as it is rendered: to a temporary file renamed into
		 * place at the end, or to standard output */
		struct kpc_atomic w;
		if (outs[k].path) {
			if (!kpc_atomic_open(&w, outs[k].path)) {
				fprintf(stderr, "kpc lint: cannot write '%s': %s\n", outs[k].path, strerror(errno));
				rc = EXIT_INVALID;
				break;
			}
			ro.sink = sink_atomic;
			ro.sink_user = &w;
		} else {
			ro.sink = sink_stdout;
			ro.sink_user = NULL;
		}
		report_render(outs[k].format, &run, &ro, &b);
		ro.sink(ro.sink_user, b.data, b.len);
		buf_free(&b);
		if (outs[k].path && !kpc_atomic_commit(&w)) {
			fprintf(stderr, "kpc lint: cannot write '%s': %s\n", outs[k].path, strerror(errno));
			rc = EXIT_INVALID;
		}
	}
	if (rc == EXIT_OK) {
		if (!inputs_ok)
			rc = EXIT_INVALID;
		else if (threshold <= LINT_ERROR && lint_worst(&run) >= threshold)
			rc = EXIT_FINDINGS;
	}
	fflush(stdout);
	if (lr.f)
		fclose(lr.f);
	free(lr.path);
	free(j.stdin_data);
	lint_run_free(&run);
	cli_paths_free(&files);
	lint_config_free(&cfg);
	pack_set_free(&packs);
	return rc;
}

/* docs/rules.md: the catalogue as a reference page (a test keeps the
 * committed page equal to this output). */
static void rules_markdown(void)
{
	size_t n = rule_count();
	printf("# Rule reference\n\n"
	       "Generated by `kpc rules --format markdown`; do not edit.  Every rule has a\n"
	       "stable ID and a slug; both are accepted everywhere (packs, waivers,\n"
	       "`kpc explain`).  Profiles: m minimal, d default, r restricted, a all.\n"
	       "\"open world: info\" means that with `--world open` (the default) a finding is\n"
	       "at most info; \"closed world only\" means the rule runs only with `--world closed`.\n\n");
	const char *fam = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		if (!fam || strcmp(fam, r->family)) {
			fam = r->family;
			printf("## %s\n\n| ID | slug | severity | profiles | summary |\n|---|---|---|---|---|\n", fam);
			for (size_t k = i; k < n && !strcmp(rule_at(k)->family, fam); k++) {
				const struct rule *q = rule_at(k);
				char anchor[8];
				snprintf(anchor, sizeof anchor, "%s", q->id);
				for (char *c = anchor; *c; c++)
					*c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
				printf("| [%s](#%s) | %s | %s | %s%s%s%s | %s |\n", q->id, anchor, q->slug, lint_sev_name(q->sev),
				       q->profiles & PROFILE_MINIMAL ? "m" : "", q->profiles & PROFILE_DEFAULT ? "d" : "",
				       q->profiles & PROFILE_RESTRICTED ? "r" : "", q->profiles & PROFILE_ALL ? "a" : "", q->summary);
			}
			printf("\n");
		}
		printf("### %s\n\n**%s** — %s.%s\n\n%s\n\n", r->id, r->slug, r->summary,
		       r->open_world == 1 ? " Open world: info." : r->open_world == 2 ? " Closed world only." : "", r->rationale);
		if (r->fix)
			printf("Fix: %s.\n\n", r->fix);
		if (r->params)
			printf("Parameters: `%s`.\n\n", r->params);
		printf("Same as: %s.\n\n", r->anchors);
	}
}

int cmd_rules(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "--format") && !strcmp(argv[2], "markdown")) {
		rules_markdown();
		return EXIT_OK;
	}
	if (argc > 1) {
		cli_usage_error("rules", "unknown option '%s' (only --format markdown)", argv[1]);
		return EXIT_INVALID;
	}
	size_t n = rule_count();
	printf("%-6s %-32s %-8s %-13s %s\n", "ID", "SLUG", "SEVERITY", "PROFILES", "SUMMARY");
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		char prof[16] = "";
		snprintf(prof, sizeof prof, "%s%s%s%s", r->profiles & PROFILE_MINIMAL ? "m" : "-",
			 r->profiles & PROFILE_DEFAULT ? "d" : "-", r->profiles & PROFILE_RESTRICTED ? "r" : "-",
			 r->profiles & PROFILE_ALL ? "a" : "-");
		printf("%-6s %-32s %-8s %-13s %s%s\n", r->id, r->slug, lint_sev_name(r->sev), prof, r->summary,
		       r->check || !strcmp(r->id, "AP005") || !strcmp(r->id, "AP007") || !strncmp(r->id, "MD00", 4) ? "" : " [not implemented]");
	}
	printf("\nprofiles: m minimal, d default, r restricted, a all\n");
	return EXIT_OK;
}

int cmd_explain(int argc, char **argv)
{
	if (argc < 2) {
		cli_usage_error("explain", "missing the rule (an ID such as SC002 or a slug)");
		return EXIT_INVALID;
	}
	int rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		const struct rule *r = rule_find(argv[i]);
		if (!r) {
			size_t n = rule_count();
			const char **names = xcalloc(n * 2, sizeof *names);
			for (size_t k = 0; k < n; k++) {
				names[2 * k] = rule_at(k)->id;
				names[2 * k + 1] = rule_at(k)->slug;
			}
			const char *s = kpc_suggest(sv_from(argv[i]), names, n * 2);
			fprintf(stderr, "kpc explain: no rule '%s'%s%s%s\n", argv[i], s ? "; did you mean '" : "", s ? s : "", s ? "'?" : "");
			free(names);
			rc = EXIT_INVALID;
			continue;
		}
		printf("%s %s (%s, default severity %s)\n\n", r->id, r->slug, r->family, lint_sev_name(r->sev));
		printf("%s\n\nWhy: %s\n", r->summary, r->rationale);
		if (r->fix)
			printf("\nFix: %s\n", r->fix);
		printf("\nProfiles:%s%s%s%s\n", r->profiles & PROFILE_MINIMAL ? " minimal" : "", r->profiles & PROFILE_DEFAULT ? " default" : "",
		       r->profiles & PROFILE_RESTRICTED ? " restricted" : "", r->profiles & PROFILE_ALL ? " all" : "");
		if (r->open_world == 1)
			printf("In the open world (--world open, the default) a finding of this rule is at most info.\n");
		else if (r->open_world == 2)
			printf("This rule runs only in the closed world (--world closed).\n");
		printf("Waive it with the annotation kpc.dev/ignore.%s: \"<reason>[; containers=a,b][; until=YYYY-MM-DD]\".\n", r->id);
		printf("\nSame as: %s\n", r->anchors);
		if (i + 1 < argc)
			printf("\n");
	}
	return rc;
}
