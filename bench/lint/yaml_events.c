/* yaml_events.c: the parsing baseline of bench/lint/run.sh.
 *
 *   yaml-events [--text] PATH...
 *
 * Parses YAML with libfyaml's event API exactly as kpc's loader
 * (src/yaml/load.c) drives it, and does nothing else: each file is read
 * whole into memory, handed to fy_parser_set_string with the loader's flags
 * (quiet, YAML 1.1 by default), and every event is pulled and freed.  No
 * scalar text is fetched and no tree is built, so this is the least work
 * any libfyaml-based linter does on the same bytes.
 *
 * Each PATH is a file, or a directory searched recursively for *.yaml and
 * *.yml files (in name order, like `kpc lint`).  Files are parsed one at a
 * time and freed, so memory follows the largest file.  Prints
 * "FILES DOCUMENTS BYTES" on standard output; exits 1 on a read or parse
 * error (after parsing every file). */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libfyaml.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned long long nfiles, ndocs, nbytes, ntext;
static bool want_text;

static void text_of(struct fy_token *t)
{
	size_t n = 0;
	if (t && fy_token_get_text(t, &n))
		ntext += n;
}

static bool read_whole(const char *path, char **data, size_t *len)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return false;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return false;
	}
	size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, n = 0;
	char *d = malloc(cap);
	if (!d) {
		close(fd);
		return false;
	}
	for (;;) {
		if (n == cap) {
			char *nd = realloc(d, cap * 2);
			if (!nd) {
				free(d);
				close(fd);
				return false;
			}
			d = nd;
			cap *= 2;
		}
		ssize_t r = read(fd, d + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			free(d);
			close(fd);
			return false;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	*data = d;
	*len = n;
	return true;
}

static bool parse_file(const char *path)
{
	char *data;
	size_t len;
	if (!read_whole(path, &data, &len)) {
		fprintf(stderr, "yaml-events: cannot read '%s': %s\n", path, strerror(errno));
		return false;
	}
	struct fy_parse_cfg cfg = {.flags = FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_1};
	struct fy_parser *fyp = fy_parser_create(&cfg);
	if (!fyp || fy_parser_set_string(fyp, data, len) != 0) {
		fprintf(stderr, "yaml-events: cannot start the parser\n");
		exit(2);
	}
	struct fy_event *e;
	while ((e = fy_parser_parse(fyp))) {
		if (e->type == FYET_DOCUMENT_START)
			ndocs++;
		if (want_text) {
			switch (e->type) {
			case FYET_SCALAR:
				text_of(e->scalar.value);
				text_of(e->scalar.tag);
				text_of(e->scalar.anchor);
				break;
			case FYET_MAPPING_START:
				text_of(e->mapping_start.anchor);
				break;
			case FYET_SEQUENCE_START:
				text_of(e->sequence_start.anchor);
				break;
			case FYET_ALIAS:
				text_of(e->alias.anchor);
				break;
			default:
				break;
			}
		}
		fy_parser_event_free(fyp, e);
	}
	bool ok = !fy_parser_get_stream_error(fyp);
	if (!ok)
		fprintf(stderr, "yaml-events: '%s' is not valid YAML\n", path);
	fy_parser_destroy(fyp);
	free(data);
	nfiles++;
	nbytes += len;
	return ok;
}

static bool is_yaml_name(const char *n)
{
	size_t l = strlen(n);
	return (l > 5 && !strcmp(n + l - 5, ".yaml")) || (l > 4 && !strcmp(n + l - 4, ".yml"));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool walk(const char *path, bool top)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "yaml-events: cannot read '%s': %s\n", path, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode))
		return top || is_yaml_name(path) ? parse_file(path) : true;
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "yaml-events: cannot open '%s': %s\n", path, strerror(errno));
		return false;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = realloc(names, cap * sizeof *names);
			if (!nn)
				exit(2);
			names = nn;
		}
		size_t l = strlen(path) + strlen(e->d_name) + 2;
		names[n] = malloc(l);
		if (!names[n])
			exit(2);
		snprintf(names[n], l, "%s/%s", path, e->d_name);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		ok &= walk(names[i], false);
		free(names[i]);
	}
	free(names);
	return ok;
}

int main(int argc, char **argv)
{
	int first = 1;
	if (argc > 1 && !strcmp(argv[1], "--text")) {
		want_text = true;
		first = 2;
	}
	if (argc <= first) {
		fprintf(stderr, "usage: yaml-events [--text] PATH...\n");
		return 2;
	}
	bool ok = true;
	for (int i = first; i < argc; i++)
		ok &= walk(argv[i], true);
	printf("%llu %llu %llu\n", nfiles, ndocs, nbytes);
	return ok ? 0 : 1;
}
