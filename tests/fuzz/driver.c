/* driver.c: a standalone fuzzing driver for compilers without libFuzzer.
 *
 *   fuzz-parser [--runs=N] [--seed=S] [--max-len=BYTES] [--timeout=SECONDS]
 *               [--rss-limit-mb=MB] [--report-slow=MS] [--artifact-prefix=PREFIX]
 *               PATH...
 *
 * Each PATH is a file, or a directory searched recursively for *.kp files
 * (in name order, so a run is the same on every machine).  Every seed file
 * is run as it is, then N inputs (default 0: only the files, which is how a
 * saved reproducer is replayed) are made by stacking a few mutations on a
 * seed (saved reproducers, files named crash-*, are only replayed): bit
 * flips, byte changes, insertions of the language's punctuation,
 * keywords and odd numbers, long runs, deep nesting of `{`, unicode escapes,
 * deletions, truncations, duplicated chunks and lines, and splices of two
 * seeds.  Mutations come from a xorshift generator seeded by --seed (default
 * 1), so the same arguments always run the same inputs.  Mutated inputs are
 * at most --max-len bytes (default 65536).
 *
 * A crash, an abort() from the harness, or a sanitizer report ends the
 * process with a non-zero status after printing the execution number and
 * the input (and writing it to PREFIX<kind>-<execution> when
 * --artifact-prefix is given).  --timeout=S (default 0, off) treats an input
 * running longer than S seconds as a hang (exit status 70), and a process
 * whose resident memory grows past --rss-limit-mb (default 2048; 0: no
 * limit) as running out of memory (status 71): a watchdog looks every
 * 100 ms.  An exit() in the middle of an input (kpc_die(), as when malloc
 * fails) is reported too.  --report-slow=MS lists (and saves as
 * PREFIXslow-<execution>) every input that took longer than MS
 * milliseconds, without stopping.  At the end the number of executions,
 * the rate and the slowest input are printed and the status is 0. */
#define _DEFAULT_SOURCE
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The program's name in messages: fuzz-parser or fuzz-yaml. */
static const char *prog = "fuzz";

/* ---- inputs ----------------------------------------------------------- */

struct input {
	char *path;
	unsigned char *data;
	size_t len;
};

static struct input *seeds;
static size_t nseeds, capseeds;
/* The seeds mutations start from or splice in: all but the saved
 * reproducers (crash-*.kp), which are only replayed as they are. */
static size_t *bases;
static size_t nbases;

static void *xalloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(2);
	}
	return p;
}

static bool read_all(const char *path, unsigned char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	unsigned char *d = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			d = xalloc(d, cap);
		}
		size_t r = fread(d + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	bool ok = !ferror(f);
	fclose(f);
	if (!ok) {
		free(d);
		return false;
	}
	*data = d;
	*len = n;
	return true;
}

static char *dup_str(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xalloc(NULL, n);
	memcpy(p, s, n);
	return p;
}

static void add_seed(const char *path)
{
	unsigned char *d;
	size_t n;
	if (!read_all(path, &d, &n)) {
		fprintf(stderr, "%s: cannot read '%s': %s\n", prog, path, strerror(errno));
		exit(2);
	}
	if (nseeds == capseeds) {
		capseeds = capseeds ? capseeds * 2 : 32;
		seeds = xalloc(seeds, capseeds * sizeof *seeds);
	}
	seeds[nseeds++] = (struct input){dup_str(path), d, n};
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the *.kp files under `dir`, in name order, without following
 * symbolic links to directories. */
static void add_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "%s: cannot open '%s': %s\n", prog, dir, strerror(errno));
		exit(2);
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xalloc(names, cap * sizeof *names);
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		names[n] = xalloc(NULL, len);
		snprintf(names[n], len, "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (lstat(names[i], &st) == 0) {
			if (S_ISDIR(st.st_mode))
				add_dir(names[i]);
			else if (ends_with(names[i], ".kp") && (S_ISREG(st.st_mode) || (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))))
				add_seed(names[i]);
		}
		free(names[i]);
	}
	free(names);
}

static void choose_bases(void)
{
	bases = xalloc(NULL, (nseeds ? nseeds : 1) * sizeof *bases);
	for (size_t i = 0; i < nseeds; i++) {
		const char *slash = strrchr(seeds[i].path, '/');
		if (strncmp(slash ? slash + 1 : seeds[i].path, "crash-", 6) != 0)
			bases[nbases++] = i;
	}
	if (!nbases)
		for (size_t i = 0; i < nseeds; i++)
			bases[nbases++] = i;
}

static const struct input *pick_base(void);

static void add_path(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: cannot open '%s': %s\n", prog, path, strerror(errno));
		exit(2);
	}
	if (S_ISDIR(st.st_mode))
		add_dir(path);
	else
		add_seed(path);
}

/* ---- crash reporting -------------------------------------------------- */

static const unsigned char *cur_data;
static size_t cur_len;
static unsigned long long cur_exec;
static const char *artifact_prefix;
static volatile sig_atomic_t reported;

static void put_err(const char *s)
{
	ssize_t r = write(2, s, strlen(s));
	(void)r;
}

static void ull_to_str(unsigned long long v, char *out)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*out++ = tmp[--n];
	*out = 0;
}

/* Prints the current input as a C string literal (at most 4 KiB of it) and
 * saves it under the artifact prefix.  Only async-signal-safe calls. */
static void report_input(const char *kind)
{
	if (reported)
		return;
	reported = 1;
	char num[24];
	ull_to_str(cur_exec, num);
	put_err("\n");
	put_err(prog);
	put_err(": ");
	put_err(kind);
	put_err(" in execution #");
	put_err(num);
	put_err(" on this input:\n\"");
	static const char hex[] = "0123456789abcdef";
	size_t shown = cur_len < 4096 ? cur_len : 4096;
	for (size_t i = 0; cur_data && i < shown; i++) {
		unsigned char c = cur_data[i];
		char e[5] = {0};
		if (c == '\n')
			memcpy(e, "\\n", 3);
		else if (c == '"' || c == '\\')
			e[0] = '\\', e[1] = (char)c;
		else if (c >= 0x20 && c < 0x7f)
			e[0] = (char)c;
		else
			e[0] = '\\', e[1] = 'x', e[2] = hex[c >> 4], e[3] = hex[c & 15];
		put_err(e);
	}
	put_err(cur_len > shown ? "\"...\n" : "\"\n");
	if (artifact_prefix && cur_data) {
		char path[4096];
		size_t pl = strlen(artifact_prefix), kl = strlen(kind), nl = strlen(num);
		if (pl + kl + nl + 2 < sizeof path) {
			memcpy(path, artifact_prefix, pl);
			memcpy(path + pl, kind, kl);
			path[pl + kl] = '-';
			memcpy(path + pl + kl + 1, num, nl + 1);
			int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (fd >= 0) {
				size_t off = 0;
				while (off < cur_len) {
					ssize_t w = write(fd, cur_data + off, cur_len - off);
					if (w <= 0)
						break;
					off += (size_t)w;
				}
				close(fd);
				put_err(prog);
				put_err(": input written to ");
				put_err(path);
				put_err("\n");
			}
		}
	}
}

static void on_signal(int sig)
{
	report_input("crash");
	signal(sig, SIG_DFL);
	raise(sig);
}

/* ---- watchdog: time and memory of the running input ------------------ */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned timeout_s;
static unsigned long long rss_limit_mb;
static long page_size;
static volatile double exec_start;

/* Resident set size in MiB from /proc/self/statm, or 0 when unknown. */
static unsigned long long rss_mb(void)
{
	int fd = open("/proc/self/statm", O_RDONLY);
	if (fd < 0)
		return 0;
	char b[128];
	ssize_t n = read(fd, b, sizeof b - 1);
	close(fd);
	if (n <= 0)
		return 0;
	b[n] = 0;
	const char *p = b;
	while (*p && *p != ' ')
		p++;
	unsigned long long pages = 0;
	while (*p == ' ')
		p++;
	while (*p >= '0' && *p <= '9')
		pages = pages * 10 + (unsigned long long)(*p++ - '0');
	return pages * (unsigned long long)page_size >> 20;
}

static void on_tick(int sig)
{
	(void)sig;
	if (!cur_data)
		return;
	if (timeout_s && now() - exec_start > timeout_s) {
		report_input("timeout");
		_exit(70);
	}
	if (rss_limit_mb && rss_mb() > rss_limit_mb) {
		report_input("out-of-memory");
		_exit(71);
	}
}

static void on_sanitizer_death(void)
{
	report_input("crash");
}

/* exit() in the middle of an input: kpc_die(), e.g. out of memory. */
static void on_exit_during_input(void)
{
	if (cur_data)
		report_input("exit");
}

/* UBSan only prints by default: make its reports end the run (the
 * UBSAN_OPTIONS environment variable still wins). */
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void)
{
	return "halt_on_error=1:print_stacktrace=1";
}

/* Present when a sanitizer runtime is linked in. */
void __sanitizer_set_death_callback(void (*cb)(void)) __attribute__((weak));

static void install_handlers(void)
{
	atexit(on_exit_during_input);
	static char altstack[1 << 16];
	stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
	sigaltstack(&ss, NULL);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGABRT, &sa, NULL);
	if (timeout_s || rss_limit_mb) {
		page_size = sysconf(_SC_PAGESIZE);
		struct sigaction ta;
		memset(&ta, 0, sizeof ta);
		ta.sa_handler = on_tick;
		ta.sa_flags = SA_ONSTACK | SA_RESTART;
		sigemptyset(&ta.sa_mask);
		sigaction(SIGALRM, &ta, NULL);
		struct itimerval it = {{0, 100000}, {0, 100000}};
		setitimer(ITIMER_REAL, &it, NULL);
	}
	if (__sanitizer_set_death_callback) {
		/* the sanitizer reports faults itself, then calls us */
		__sanitizer_set_death_callback(on_sanitizer_death);
	} else {
		sigaction(SIGSEGV, &sa, NULL);
		sigaction(SIGBUS, &sa, NULL);
		sigaction(SIGFPE, &sa, NULL);
		sigaction(SIGILL, &sa, NULL);
	}
}

/* ---- mutations ---------------------------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* xorshift64* */
	uint64_t x = rng_state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static size_t below(size_t n)
{
	return n ? (size_t)(rnd() % n) : 0;
}

struct mbuf {
	unsigned char *d;
	size_t len, cap;
};

static void m_insert(struct mbuf *m, size_t pos, const void *p, size_t n)
{
	if (pos > m->len)
		pos = m->len;
	if (n > m->cap - m->len)
		n = m->cap - m->len;
	if (!n)
		return;
	memmove(m->d + pos + n, m->d + pos, m->len - pos);
	memcpy(m->d + pos, p, n);
	m->len += n;
}

static void m_erase(struct mbuf *m, size_t pos, size_t n)
{
	if (pos >= m->len)
		return;
	if (n > m->len - pos)
		n = m->len - pos;
	memmove(m->d + pos, m->d + pos + n, m->len - pos - n);
	m->len -= n;
}

static void m_puts(struct mbuf *m, size_t pos, const char *s)
{
	m_insert(m, pos, s, strlen(s));
}

static const char *const punct[] = {
	"{", "}", "\"", "..", "=", ",", ":", "#", "\n", ";", " ", "\t", "\\", "\r\n", "\r", "/", "%", ".", "-",
	"{}", "{\n", "\n}\n", "\"\"", "= ", ", ", " : ", "#x\n", "\xef\xbb\xbf", "\xc3\xa9", "\xff", "\xe2\x82",
	"\"\\u{", "\\u{", "\\u{1F600}", "\\u{110000}", "\\u{D800}", "\\u{}", "\\u{1234567}", "\\\"", "\\n",
	"\\q", "\\\n", "\"abc", "..\"", "/x..", "/..", "a..b", "a.", "a...b", "x,\n", "x : a,\n b",
};

static const char *const keywords[] = {
	"platform", "import", "namespace", "labels", "annotations", "profile", "config", "secret", "app", "env",
	"default_deny", "kind", "replicas", "image", "pull", "command", "args", "workdir", "port", "mount",
	"resources", "cpu", "memory", "ephemeral-storage", "liveness", "readiness", "startup", "security",
	"volume", "sidecar", "init", "service", "ingress", "account", "placement", "autoscale", "vertical",
	"rollout", "budget", "allow", "schedule", "completions", "parallelism", "backoff", "restart",
	"concurrency", "grace", "pod_annotations", "user", "group", "fs_group", "non_root", "read_only_root",
	"no_privilege_escalation", "privileged", "drop", "add", "seccomp", "up", "down", "pods", "percent",
	"window", "select", "mode", "type", "keys", "from", "external", "automount", "spread", "anti_affinity",
	"node", "as", "at", "readonly", "sub", "tcp", "udp", "sctp", "http", "grpc", "exec", "on", "after",
	"every", "timeout", "failures", "successes", "empty", "claim", "class", "access", "size", "rolling",
	"canary", "blue-green", "surge", "unavailable", "active", "blue", "green", "min_available",
	"max_unavailable", "any", "headless", "nodeport", "loadbalancer", "clusterip", "none", "name", "path",
	"tls", "per", "zone", "host", "skew", "hard", "required", "preferred", "deployment", "statefulset",
	"daemonset", "job", "cronjob", "auto", "off", "initial", "recreate", "opaque", "basic-auth",
	"dockerconfigjson", "file", "always", "never", "if-not-present", "on-failure", "forbid", "replace",
	"runtime-default", "unconfined", "localhost", "ALL", "true", "false", "max", "min", "disabled",
	"get", "list", "watch", "pods", "services", "in", "hardened", "probed", "logged", "frontend", "web",
	"staging", "production", "app-config", "app-config.key", "frontend.replicas", "web.image",
	"secret db.password", "config app-config.key", "\"profiles.kp\"", "\"main.kp\"", "\"missing.kp\"",
};

static const char *const numbers[] = {
	"0", "1", "2", "3", "10", "-1", "007", "500m", "250m", "1Gi", "1.5Gi", "512Mi", "0.0001", "1e3", "1E",
	"99999999999999999999", "18446744073709551615", "18446744073709551616", "9223372036854775807",
	"9223372036854775808", "4294967295", "4294967296", "2147483647", "2147483648", "65535", "65536", "1%",
	"50%", "100%", "101%", "0%", "25%%", "%", "1Ki", "1Ti", "1Pi", "1Ei", "1ki", "1KB", "5xyz", "1.",
	"1.2.3", "0..0", "1..2", "2..1", "3..20", "10s", "0s", "1h30m", "1h", "1d", "999999h", "1m", "1ms",
	"1000000000000s", "1us", "1ns", "9999999999m", "0.5", "0.001m", "100000000000Ei", "1_000",
};

static const char *pick(const char *const *list, size_t n)
{
	return list[below(n)];
}

/* A position in the input, often at a line start or at a token boundary. */
static size_t pick_pos(const struct mbuf *m)
{
	size_t p = below(m->len + 1);
	switch (below(3)) {
	case 0: /* line start */
		while (p > 0 && m->d[p - 1] != '\n')
			p--;
		break;
	case 1: /* after a blank */
		while (p < m->len && m->d[p] != ' ' && m->d[p] != '\n')
			p++;
		break;
	default:
		break;
	}
	return p;
}

/* The line of `src` starting at or after offset `at`: [*b, *e). */
static void line_at(const unsigned char *src, size_t len, size_t at, size_t *b, size_t *e)
{
	size_t s = at;
	while (s > 0 && src[s - 1] != '\n')
		s--;
	size_t t = at;
	while (t < len && src[t] != '\n')
		t++;
	if (t < len)
		t++;
	*b = s;
	*e = t;
}

/* An exponent for a repetition count, 1..max: mostly small (a long input
 * is slow to diagnose), up to `max` one time in four. */
static unsigned big_exponent(unsigned max)
{
	unsigned e = 1 + (unsigned)below(max);
	return below(4) || e < 7 ? (e < 7 ? e : 1 + (unsigned)below(6)) : e;
}

static const struct input *pick_base(void)
{
	return &seeds[bases[below(nbases)]];
}

static void mutate_once(struct mbuf *m)
{
	switch (below(17)) {
	case 0: /* bit flip */
		if (m->len)
			m->d[below(m->len)] ^= (unsigned char)(1u << below(8));
		break;
	case 1: { /* a byte replaced by punctuation or anything */
		if (!m->len)
			break;
		static const char special[] = "{}\"=,:.#\n\\ ;/%\r\t";
		m->d[below(m->len)] = below(2) ? (unsigned char)special[below(sizeof special - 1)] : (unsigned char)rnd();
		break;
	}
	case 2:
	case 3: /* punctuation, now and then a NUL byte */
		if (below(16) == 0)
			m_insert(m, pick_pos(m), "", 1);
		else
			m_puts(m, pick_pos(m), pick(punct, sizeof punct / sizeof *punct));
		break;
	case 4: { /* a keyword, with a blank on each side */
		size_t p = pick_pos(m);
		m_puts(m, p, " ");
		m_puts(m, p, pick(keywords, sizeof keywords / sizeof *keywords));
		m_puts(m, p, below(2) ? " " : "\n");
		break;
	}
	case 5: { /* a number */
		size_t p = pick_pos(m);
		m_puts(m, p, " ");
		m_puts(m, p, pick(numbers, sizeof numbers / sizeof *numbers));
		break;
	}
	case 6: /* deletion */
		if (m->len) {
			size_t n = 1 + below(below(4) ? 8 : 256);
			m_erase(m, below(m->len), n);
		}
		break;
	case 7: /* truncation */
		if (m->len)
			m->len = below(m->len);
		break;
	case 8: { /* a long run of one byte or token */
		const char *t = below(2) ? pick(punct, sizeof punct / sizeof *punct) : pick(keywords, sizeof keywords / sizeof *keywords);
		size_t tl = strlen(t), n = 1 + below((size_t)1 << big_exponent(14));
		size_t p = pick_pos(m);
		if (!tl)
			break;
		for (size_t i = 0; i < n && m->len + tl <= m->cap; i++)
			m_insert(m, p, t, tl);
		break;
	}
	case 9: { /* deep nesting */
		size_t depth = 1 + below((size_t)1 << big_exponent(14));
		static const char *const openers[] = {"{", "a {", "app x {", "labels {", "env e { app a {", "{\n"};
		const char *o = pick(openers, sizeof openers / sizeof *openers);
		size_t p = pick_pos(m), ol = strlen(o);
		bool close = below(2);
		for (size_t i = 0; i < depth && m->len + ol + 1 <= m->cap; i++) {
			if (close)
				m_insert(m, p, "}", 1);
			m_insert(m, p, o, ol);
		}
		break;
	}
	case 10: { /* a chunk of the input copied elsewhere */
		if (!m->len)
			break;
		size_t a = below(m->len), n = 1 + below(m->len - a);
		if (n > 4096)
			n = 4096;
		unsigned char tmp[4096];
		memcpy(tmp, m->d + a, n);
		m_insert(m, below(m->len + 1), tmp, n);
		break;
	}
	case 11: { /* a line of another seed inserted at a line start */
		if (!nbases)
			break;
		const struct input *s = pick_base();
		if (!s->len)
			break;
		size_t b, e;
		line_at(s->data, s->len, below(s->len), &b, &e);
		size_t p = below(m->len + 1);
		while (p > 0 && m->d[p - 1] != '\n')
			p--;
		m_insert(m, p, s->data + b, e - b);
		break;
	}
	case 12: { /* a line deleted */
		if (!m->len)
			break;
		size_t b, e;
		line_at(m->d, m->len, below(m->len), &b, &e);
		m_erase(m, b, e - b);
		break;
	}
	case 13: { /* splice: this input's head, another seed's tail */
		if (!nbases)
			break;
		const struct input *s = pick_base();
		m->len = below(m->len + 1);
		size_t from = below(s->len + 1);
		m_insert(m, m->len, s->data + from, s->len - from);
		break;
	}
	case 14: { /* a string with odd contents */
		static const char *const strs[] = {
			"\"\\u{41}\"", "\"\\u{0}\"", "\"\\u{10FFFF}\"", "\"\\u{110000}\"", "\"\\u{DFFF}\"", "\"\\u{FFFFFF}\"",
			"\"\\u{\"", "\"\\u{}\"", "\"\\u41\"", "\"\\u{1F600\"", "\"\\0\"", "\"a\\\"b\"", "\"\\\\\"",
			"\"\xc3\"", "\"\xf0\x9f\x98\"", "\"\xf0\x9f\x98\x80\"", "\"\r\"", "\"\t\"", "\"\"", "\"a b\" = 1",
			"\"\\u{7FFFFFFF}\"", "\"\\u{0000041}\"",
		};
		m_puts(m, pick_pos(m), pick(strs, sizeof strs / sizeof *strs));
		break;
	}
	case 15: { /* swap two bytes */
		if (m->len < 2)
			break;
		size_t a = below(m->len), b = below(m->len);
		unsigned char t = m->d[a];
		m->d[a] = m->d[b];
		m->d[b] = t;
		break;
	}
	default: { /* a whole small statement */
		static const char *const stmts[] = {
			"app a { }\n", "app a : p { replicas 1 }\n", "profile p : q { }\n", "profile q : p { }\n",
			"env e { a.replicas 2 }\n", "env e { app a { replicas 3 } }\n", "config c { k = \"v\" }\n",
			"secret s { keys a, b }\n", "secret s { type tls\n external }\n", "namespace n { default_deny all }\n",
			"import \"profiles.kp\"\n", "import \"main.kp\"\n", "labels { a = \"b\" }\n", "platform p\n",
			"  port http 80 as 8080\n", "  resources { cpu 1..2 memory 1Gi..2Gi }\n", "  autoscale 1..3 { cpu 50% }\n",
			"  env { A = secret s.a  B = config c.k }\n", "  volume v claim 1Gi class x at \"/d\"\n",
			"  liveness http /h on http after 1s every 1s timeout 1s failures 1\n", "  kind cronjob\n",
			"  schedule \"* * * * *\"\n", "  account sa { allow get on pods }\n", "  sidecar s { image \"x\" }\n",
			"  ingress \"h\" path \"/\" port http tls t class c\n", "  allow from app b on http\n",
			"  rollout canary 10%\n", "  budget min_available 50%\n", "  vertical { mode auto cpu 1..2 }\n",
			"  placement { spread zone skew 2 hard\n anti_affinity host required }\n", "  image \"x:1\"\n",
		};
		m_puts(m, pick_pos(m), pick(stmts, sizeof stmts / sizeof *stmts));
		break;
	}
	}
}

/* ---- main --------------------------------------------------------------- */

static double slowest;
static unsigned long long slowest_exec;
static unsigned long long report_slow_ms, nslow;

/* Saves an input under the artifact prefix as KIND-EXECUTION. */
static void save_input(const char *kind, const unsigned char *data, size_t len)
{
	if (!artifact_prefix)
		return;
	char path[4096];
	snprintf(path, sizeof path, "%s%s-%llu", artifact_prefix, kind, cur_exec);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len)
		fprintf(stderr, "%s: cannot write '%s'\n", prog, path);
	if (f)
		fclose(f);
}

static void run(const unsigned char *data, size_t len)
{
	double t0 = now();
	cur_len = len;
	cur_exec++;
	exec_start = t0;
	cur_data = data;
	LLVMFuzzerTestOneInput(data, len);
	cur_data = NULL;
	double dt = now() - t0;
	if (report_slow_ms && dt * 1e3 > (double)report_slow_ms) {
		nslow++;
		fprintf(stderr, "%s: slow input: execution #%llu took %.0f ms (%zu bytes)\n", prog, cur_exec, dt * 1e3, len);
		save_input("slow", data, len);
	}
	if (dt > slowest) {
		slowest = dt;
		slowest_exec = cur_exec;
	}
}

static bool parse_num(const char *s, unsigned long long *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end || *s == '-')
		return false;
	*out = v;
	return true;
}

static void usage(void)
{
	fprintf(stderr, "usage: %s [--runs=N] [--seed=S] [--max-len=BYTES] [--timeout=SECONDS]\n"
			"                   [--rss-limit-mb=MB] [--report-slow=MS] [--artifact-prefix=PREFIX] PATH...\n", prog);
}

int main(int argc, char **argv)
{
	if (argc > 0 && argv[0]) {
		const char *slash = strrchr(argv[0], '/');
		prog = slash ? slash + 1 : argv[0];
	}
	unsigned long long runs = 0, seed = 1, max_len = 65536, timeout = 0;
	rss_limit_mb = 2048;
	int npaths = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool ok = true;
		if (!strncmp(a, "--runs=", 7))
			ok = parse_num(a + 7, &runs);
		else if (!strncmp(a, "--seed=", 7))
			ok = parse_num(a + 7, &seed);
		else if (!strncmp(a, "--max-len=", 10))
			ok = parse_num(a + 10, &max_len) && max_len > 0 && max_len <= (1u << 30);
		else if (!strncmp(a, "--timeout=", 10))
			ok = parse_num(a + 10, &timeout) && timeout < 100000;
		else if (!strncmp(a, "--rss-limit-mb=", 15))
			ok = parse_num(a + 15, &rss_limit_mb) && rss_limit_mb < (1ull << 30);
		else if (!strncmp(a, "--report-slow=", 14))
			ok = parse_num(a + 14, &report_slow_ms);
		else if (!strncmp(a, "--artifact-prefix=", 18))
			artifact_prefix = a + 18;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage();
			return 0;
		} else if (a[0] == '-' && a[1]) {
			ok = false;
		} else {
			npaths++;
			continue;
		}
		if (!ok) {
			fprintf(stderr, "%s: bad option '%s'\n", prog, a);
			usage();
			return 2;
		}
	}
	if (!npaths) {
		usage();
		return 2;
	}
	for (int i = 1; i < argc; i++)
		if (argv[i][0] != '-' || !argv[i][1])
			add_path(argv[i]);

	choose_bases();
	timeout_s = (unsigned)timeout;
	install_handlers();
	rng_state = seed * 0x9E3779B97F4A7C15ULL + 0x1234567;
	if (!rng_state)
		rng_state = 1;

	double t0 = now();
	for (size_t i = 0; i < nseeds; i++)
		run(seeds[i].data, seeds[i].len);

	struct mbuf m = {xalloc(NULL, (size_t)max_len), 0, (size_t)max_len};
	bool have_prev = false;
	for (unsigned long long r = 0; r < runs; r++) {
		/* mostly a fresh seed; sometimes keep mutating the last input */
		if (!have_prev || below(4) != 0) {
			m.len = 0;
			if (nbases) {
				const struct input *s = pick_base();
				m.len = s->len < m.cap ? s->len : m.cap;
				memcpy(m.d, s->data, m.len);
			}
		}
		size_t n = (size_t)1 << below(4);
		for (size_t k = 0; k < n; k++)
			mutate_once(&m);
		run(m.d, m.len);
		have_prev = true;
	}
	double dt = now() - t0;

	printf("%s: %zu seed file%s, %llu executions in %.2f s (%.0f exec/s), seed %llu, slowest %.1f ms (execution #%llu)", prog,
	       nseeds, nseeds == 1 ? "" : "s", cur_exec, dt, dt > 0 ? (double)cur_exec / dt : 0.0, seed, slowest * 1e3,
	       slowest_exec);
	if (report_slow_ms)
		printf(", %llu slower than %llu ms", nslow, report_slow_ms);
	printf("\n");
	free(m.d);
	for (size_t i = 0; i < nseeds; i++) {
		free(seeds[i].path);
		free(seeds[i].data);
	}
	free(seeds);
	free(bases);
	return 0;
}
