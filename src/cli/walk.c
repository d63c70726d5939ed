/* walk.c: the inputs of `kpc lint` and `kpc diff`: a file as given, or
 * every *.yaml and *.yml below a directory in sorted order (hidden
 * directories included, .git and kpc's own .kpc.yaml left out). */
#define _GNU_SOURCE
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml_name(const char *n)
{
	size_t l = strlen(n);
	return (l > 5 && !strcmp(n + l - 5, ".yaml")) || (l > 4 && !strcmp(n + l - 4, ".yml"));
}

static bool walk(const char *cmd, const char *path, struct vec *out, int depth, struct buf *msg)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		buf_printf(msg, "kpc %s: cannot read '%s': %s\n", cmd, path, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		vec_push(out, strdup(path));
		return true;
	}
	if (depth > 64)
		return true;
	DIR *d = opendir(path);
	if (!d) {
		buf_printf(msg, "kpc %s: cannot open '%s': %s\n", cmd, path, strerror(errno));
		return false;
	}
	struct vec names = {0};
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, ".git") &&
		    strcmp(e->d_name, ".kpc.yaml"))
			vec_push(&names, strdup(e->d_name));
	closedir(d);
	qsort(names.items, names.len, sizeof(void *), cmp_str);
	bool ok = true;
	size_t pl = strlen(path);
	for (uint32_t i = 0; i < names.len; i++) {
		char *p = NULL;
		if (asprintf(&p, "%s%s%s", path, pl && path[pl - 1] == '/' ? "" : "/", (char *)names.items[i]) < 0)
			kpc_die("out of memory");
		struct stat s2;
		if (stat(p, &s2) == 0 && S_ISDIR(s2.st_mode))
			ok &= walk(cmd, p, out, depth + 1, msg);
		else if (is_yaml_name(names.items[i]))
			vec_push(out, strdup(p));
		free(p);
		free(names.items[i]);
	}
	vec_free(&names);
	return ok;
}

bool cli_walk_yaml(const char *cmd, const char *path, struct vec *out, struct buf *msg)
{
	return walk(cmd, path, out, 0, msg);
}
