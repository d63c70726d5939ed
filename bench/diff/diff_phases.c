/* diff_phases.c: where the time of `kpc diff` goes, for bench/diff/run.sh.
 *
 *   diff-phases [-n RUNS] OLD.yaml NEW.yaml
 *
 * Loads both files with kpc's YAML loader (one thread, one after the other),
 * then diffs them RUNS times (default 5) two ways: as `kpc diff` does, with
 * the source-text shortcut (an object whose YAML text is the same on both
 * sides is equal without a walk), and with every matched pair compared
 * tree against tree (diff_objsets), and renders the text report once.  Times
 * are CPU time of this process (CLOCK_PROCESS_CPUTIME_ID), best of the runs,
 * so a busy machine inflates them less than wall time.
 *
 * Prints one line:
 *   OLD_OBJECTS NEW_OBJECTS CHANGED LOAD_S DIFF_S WALK_S RENDER_S REPORT_BYTES
 * Exits 2 if a file does not load. */
#define _POSIX_C_SOURCE 200809L
#include "kpc/diff.h"
#include "kpc/yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	int runs = 5, a = 1;
	if (argc > 2 && !strcmp(argv[1], "-n")) {
		runs = atoi(argv[2]);
		a = 3;
	}
	if (argc - a != 2 || runs < 1) {
		fprintf(stderr, "usage: diff-phases [-n RUNS] OLD.yaml NEW.yaml\n");
		return 2;
	}
	struct srcmgr sm;
	srcmgr_init(&sm);
	struct diags d;
	diags_init(&d, &sm);
	struct arena arena;
	arena_init(&arena);
	struct objset sets[2] = {{0}, {0}};
	double t0 = cpu_now();
	for (int i = 0; i < 2; i++) {
		char *data;
		size_t len;
		if (!kpc_read_file(argv[a + i], &data, &len)) {
			fprintf(stderr, "diff-phases: cannot read '%s'\n", argv[a + i]);
			return 2;
		}
		uint32_t f = srcmgr_add(&sm, argv[a + i], data, len);
		if (!yaml_load(&arena, &sm, f, &sets[i], NULL, &d, 0)) {
			fprintf(stderr, "diff-phases: '%s' does not load\n", argv[a + i]);
			return 2;
		}
	}
	double load = cpu_now() - t0, best_diff = 1e9, best_walk = 1e9;
	struct diff_result r;
	uint32_t changed = 0;
	for (int k = 0; k < runs; k++) {
		t0 = cpu_now();
		diff_objsets_src(&r, &sets[0], &sm, &sets[1], &sm);
		double t = cpu_now() - t0;
		best_diff = t < best_diff ? t : best_diff;
		diff_result_free(&r);
		t0 = cpu_now();
		diff_objsets(&r, &sets[0], &sets[1]);
		t = cpu_now() - t0;
		best_walk = t < best_walk ? t : best_walk;
		changed = r.changed;
		if (k + 1 < runs)
			diff_result_free(&r);
	}
	struct buf out = {0};
	t0 = cpu_now();
	diff_render(&r, DIFF_FORMAT_TEXT, NULL, &out);
	double render = cpu_now() - t0;
	printf("%u %u %u %.4f %.4f %.4f %.4f %zu\n", sets[0].len, sets[1].len, changed, load, best_diff, best_walk, render, out.len);
	buf_free(&out);
	diff_result_free(&r);
	objset_free(&sets[0]);
	objset_free(&sets[1]);
	arena_free(&arena);
	diags_free(&d);
	srcmgr_free(&sm);
	return 0;
}
