/* bench_exec.c: runs a command several times and reports its best wall time
 * and its peak resident memory, for bench/run.sh.
 *
 *   bench-exec [-n RUNS] [-o OUT] [-e ERR] -- COMMAND [ARG...]
 *
 * Each run forks, sends the child's standard output to OUT (default
 * /dev/null) and its standard error to ERR (default: kept), and executes
 * COMMAND; OUT and ERR hold what the last run wrote.  Wall time is
 * CLOCK_MONOTONIC from just before fork() to the return of wait4(), so it
 * includes process creation, as a shell's `time` does.  Peak memory is the
 * child's ru_maxrss from wait4(): the kernel's high-water mark of its
 * resident set (what GNU time's %M prints), exact however short the run,
 * with no package to install.  CPU pinning is inherited: run.sh starts this
 * program under `taskset -c 0`.
 *
 * Prints one line:  BEST_NS MEDIAN_NS MAXRSS_KB USER_NS SYS_NS
 * (user and system CPU time of the best run; MAXRSS_KB the largest of all
 * runs).  Exits 1 if a run fails, after printing its status to stderr. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_RUNS 100

struct run {
	int64_t wall_ns, user_ns, sys_ns;
	long maxrss_kb;
};

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t tv_ns(struct timeval tv)
{
	return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
}

static bool redirect(const char *path, int to)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || dup2(fd, to) < 0) {
		fprintf(stderr, "bench-exec: cannot write '%s': %s\n", path, strerror(errno));
		return false;
	}
	close(fd);
	return true;
}

static bool run_once(char **cmd, const char *out, const char *err, struct run *r)
{
	int64_t t0 = now_ns();
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "bench-exec: fork: %s\n", strerror(errno));
		return false;
	}
	if (pid == 0) {
		if (!redirect(out, STDOUT_FILENO) || (err && !redirect(err, STDERR_FILENO)))
			_exit(126);
		execvp(cmd[0], cmd);
		fprintf(stderr, "bench-exec: cannot run '%s': %s\n", cmd[0], strerror(errno));
		_exit(127);
	}
	int status;
	struct rusage ru;
	while (wait4(pid, &status, 0, &ru) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "bench-exec: wait4: %s\n", strerror(errno));
			return false;
		}
	}
	r->wall_ns = now_ns() - t0;
	r->user_ns = tv_ns(ru.ru_utime);
	r->sys_ns = tv_ns(ru.ru_stime);
	r->maxrss_kb = ru.ru_maxrss;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return true;
	if (WIFEXITED(status))
		fprintf(stderr, "bench-exec: '%s' exited with status %d\n", cmd[0], WEXITSTATUS(status));
	else
		fprintf(stderr, "bench-exec: '%s' killed by signal %d\n", cmd[0], WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return false;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static int usage(void)
{
	fprintf(stderr, "usage: bench-exec [-n RUNS] [-o OUT] [-e ERR] -- COMMAND [ARG...]\n");
	return 2;
}

int main(int argc, char **argv)
{
	int runs = 5;
	const char *out = "/dev/null", *err = NULL;
	int i = 1;
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strcmp(argv[i], "-n") && i + 1 < argc) {
			char *end;
			long n = strtol(argv[++i], &end, 10);
			if (*end || n < 1 || n > MAX_RUNS)
				return usage();
			runs = (int)n;
		} else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
		} else if (!strcmp(argv[i], "-e") && i + 1 < argc) {
			err = argv[++i];
		} else {
			return usage();
		}
	}
	if (i >= argc)
		return usage();
	char **cmd = &argv[i];
	struct run r[MAX_RUNS];
	int64_t walls[MAX_RUNS];
	int best = 0;
	long maxrss = 0;
	for (int k = 0; k < runs; k++) {
		if (!run_once(cmd, out, err, &r[k]))
			return 1;
		walls[k] = r[k].wall_ns;
		if (r[k].wall_ns < r[best].wall_ns)
			best = k;
		if (r[k].maxrss_kb > maxrss)
			maxrss = r[k].maxrss_kb;
	}
	qsort(walls, (size_t)runs, sizeof *walls, cmp_i64);
	printf("%lld %lld %ld %lld %lld\n", (long long)r[best].wall_ns, (long long)walls[runs / 2], maxrss,
	       (long long)r[best].user_ns, (long long)r[best].sys_ns);
	return 0;
}
