/* outdir.c: atomic output directories (see outdir.h). */
#define _GNU_SOURCE
#include "kpc/outdir.h"
#include "kpc/yaml.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MARKER ".kpc-output"

void out_set_add(struct out_set *s, const char *name, struct buf data)
{
	if (s->len == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->items = xrealloc(s->items, s->cap * sizeof *s->items);
	}
	size_t n = strlen(name);
	s->items[s->len].name = xmalloc(n + 1);
	memcpy(s->items[s->len].name, name, n + 1);
	s->items[s->len].data = data;
	s->len++;
}

void out_set_free(struct out_set *s)
{
	for (uint32_t i = 0; i < s->len; i++) {
		free(s->items[i].name);
		buf_free(&s->items[i].data);
	}
	free(s->items);
	s->items = NULL;
	s->len = s->cap = 0;
}

void out_safe_part(struct buf *b, const char *s)
{
	for (; *s; s++) {
		char c = *s;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
			c = '-';
		buf_putc(b, c);
	}
}

void out_object_file_name(struct buf *name, const struct k8s_obj *k)
{
	size_t start = name->len;
	if (*k->ns) {
		out_safe_part(name, k->ns);
		buf_putc(name, '_');
	}
	out_safe_part(name, k->kind);
	buf_putc(name, '_');
	out_safe_part(name, k->name);
	/* never a hidden file, never "." or ".." */
	if (name->data[start] == '.')
		name->data[start] = '-';
	buf_puts(name, ".yaml");
}

void out_set_from_objects(struct out_set *s, const struct objset *objs)
{
	for (uint32_t i = 0; i < objs->len; i++) {
		const struct k8s_obj *k = &objs->items[i];
		struct buf name = {0};
		out_object_file_name(&name, k);
		struct buf data = {0};
		yaml_emit_obj(k->root, &data);
		out_set_add(s, buf_cstr(&name), data);
		buf_free(&name);
	}
}

/* A relative path of '/'-separated components, none of them empty or
 * hidden (so no "." or ".."), and not the marker. */
static bool name_ok(const char *n)
{
	if (!*n || !strcmp(n, MARKER))
		return false;
	for (const char *c = n;;) {
		const char *e = strchr(c, '/');
		size_t len = e ? (size_t)(e - c) : strlen(c);
		if (len == 0 || *c == '.')
			return false;
		if (!e)
			return true;
		c = e + 1;
	}
}

/* Is `dir` (a path inside a file name) a leading part of `name`? */
static bool is_dir_of(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	return strncmp(dir, name, n) == 0 && name[n] == '/';
}

/* Creates the directories of `rel` (a checked name) under `root`. */
static bool make_parents(const char *root, const char *rel)
{
	for (const char *e = strchr(rel, '/'); e; e = strchr(e + 1, '/')) {
		char *p = NULL;
		if (asprintf(&p, "%s/%.*s", root, (int)(e - rel), rel) < 0)
			kpc_die("out of memory");
		int rc = mkdir(p, 0755);
		int err = errno;
		free(p);
		if (rc != 0 && err != EEXIST) {
			errno = err;
			return false;
		}
	}
	return true;
}

static int rm_tree(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return unlink(path);
	struct dirent *e;
	int rc = 0;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *p = NULL;
		if (asprintf(&p, "%s/%s", path, e->d_name) < 0)
			kpc_die("out of memory");
		struct stat st;
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rc |= rm_tree(p);
		else
			rc |= unlink(p);
		free(p);
	}
	closedir(d);
	return rc | rmdir(path);
}

/* Is `dir` missing, empty, or a kpc output directory? */
static bool dir_is_ours(const char *dir, bool *exists)
{
	DIR *d = opendir(dir);
	*exists = d != NULL;
	if (!d)
		return errno == ENOENT;
	struct dirent *e;
	bool empty = true, marker = false;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		empty = false;
		if (!strcmp(e->d_name, MARKER))
			marker = true;
	}
	closedir(d);
	return empty || marker;
}

static bool write_file(const char *path, const struct buf *b)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0)
		return false;
	const char *p = b->data;
	size_t left = b->len;
	while (left) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return false;
		}
		p += w;
		left -= (size_t)w;
	}
	if (fsync(fd) != 0) {
		close(fd);
		return false;
	}
	return close(fd) == 0;
}

bool outdir_write(const char *dir, const struct out_set *s, struct buf *err)
{
	for (uint32_t i = 0; i < s->len; i++) {
		if (!name_ok(s->items[i].name)) {
			buf_printf(err, "refusing to write file '%s' (not a relative path of plain names inside the directory)",
				   s->items[i].name);
			return false;
		}
		for (uint32_t j = 0; j < i; j++) {
			if (!strcmp(s->items[i].name, s->items[j].name)) {
				buf_printf(err, "two objects would be written to '%s'", s->items[i].name);
				return false;
			}
			if (is_dir_of(s->items[i].name, s->items[j].name) || is_dir_of(s->items[j].name, s->items[i].name)) {
				buf_printf(err, "'%s' and '%s' would be both a file and a directory", s->items[j].name,
					   s->items[i].name);
				return false;
			}
		}
	}
	bool exists;
	if (!dir_is_ours(dir, &exists)) {
		if (errno && !exists)
			buf_printf(err, "cannot open '%s': %s", dir, strerror(errno));
		else
			buf_printf(err, "'%s' is not empty and is not a kpc output directory (no %s); refusing to replace it", dir, MARKER);
		return false;
	}
	/* stage beside DIR so the final rename stays on one file system */
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	char *stage = NULL;
	if (asprintf(&stage, "%.*s.kpc-tmp-XXXXXX", (int)n, dir) < 0)
		kpc_die("out of memory");
	if (!mkdtemp(stage)) {
		buf_printf(err, "cannot create a staging directory beside '%s': %s", dir, strerror(errno));
		free(stage);
		return false;
	}
	bool ok = true;
	for (uint32_t i = 0; ok && i < s->len; i++) {
		char *p = NULL;
		if (asprintf(&p, "%s/%s", stage, s->items[i].name) < 0)
			kpc_die("out of memory");
		if (!make_parents(stage, s->items[i].name) || !write_file(p, &s->items[i].data)) {
			buf_printf(err, "cannot write '%s': %s", p, strerror(errno));
			ok = false;
		}
		free(p);
	}
	if (ok) {
		char *p = NULL;
		if (asprintf(&p, "%s/%s", stage, MARKER) < 0)
			kpc_die("out of memory");
		struct buf m = {0};
		buf_puts(&m, "This directory is written by `kpc build -o`; its contents are replaced on every build.\n");
		ok = write_file(p, &m);
		if (!ok)
			buf_printf(err, "cannot write '%s': %s", p, strerror(errno));
		buf_free(&m);
		free(p);
	}
	if (ok) {
		chmod(stage, 0755);
		if (exists) {
			/* swap atomically, then remove the old set */
			if (renameat2(AT_FDCWD, stage, AT_FDCWD, dir, RENAME_EXCHANGE) != 0) {
				buf_printf(err, "cannot replace '%s': %s", dir, strerror(errno));
				ok = false;
			}
		} else if (rename(stage, dir) != 0) {
			buf_printf(err, "cannot create '%s': %s", dir, strerror(errno));
			ok = false;
		}
	}
	rm_tree(stage); /* the old set after a swap, or the failed staging */
	free(stage);
	return ok;
}

/* Adds to `extra` the path (DIR/REL) of every file under DIR/REL that is not
 * in `s`, walking subdirectories; hidden entries (the marker) are skipped.
 * Returns -1 with errno set when DIR itself cannot be read. */
static int collect_extra(const char *dir, const char *rel, const struct out_set *s, struct vec *extra)
{
	char *path = NULL;
	if ((rel ? asprintf(&path, "%s/%s", dir, rel) : asprintf(&path, "%s", dir)) < 0)
		kpc_die("out of memory");
	DIR *d = opendir(path);
	if (!d) {
		int e = errno;
		free(path);
		errno = e;
		return rel ? 0 : -1;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char *r = NULL, *full = NULL;
		if ((rel ? asprintf(&r, "%s/%s", rel, e->d_name) : asprintf(&r, "%s", e->d_name)) < 0 ||
		    asprintf(&full, "%s/%s", dir, r) < 0)
			kpc_die("out of memory");
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			collect_extra(dir, r, s, extra);
			free(full);
		} else {
			bool known = false;
			for (uint32_t i = 0; i < s->len && !known; i++)
				known = !strcmp(s->items[i].name, r);
			if (known)
				free(full);
			else
				vec_push(extra, full);
		}
		free(r);
	}
	closedir(d);
	free(path);
	return 0;
}

int outdir_check(const char *dir, const struct out_set *s, struct buf *report, struct buf *err)
{
	int diffs = 0;
	for (uint32_t i = 0; i < s->len; i++) {
		char *p = NULL, *data;
		size_t len;
		if (asprintf(&p, "%s/%s", dir, s->items[i].name) < 0)
			kpc_die("out of memory");
		if (!kpc_read_file(p, &data, &len)) {
			buf_printf(report, "missing: %s\n", p);
			diffs++;
		} else {
			if (len != s->items[i].data.len || (len && memcmp(data, s->items[i].data.data, len) != 0)) {
				buf_printf(report, "stale: %s\n", p);
				diffs++;
			}
			free(data);
		}
		free(p);
	}
	struct vec extra = {0};
	int rc = collect_extra(dir, NULL, s, &extra);
	if (rc < 0) {
		for (uint32_t i = 0; i < extra.len; i++)
			free(extra.items[i]);
		vec_free(&extra);
		if (errno == ENOENT)
			return diffs;
		buf_printf(err, "cannot open '%s': %s", dir, strerror(errno));
		return -1;
	}
	/* readdir order is not stable: sort the report */
	for (uint32_t i = 1; i < extra.len; i++)
		for (uint32_t j = i; j > 0 && strcmp(extra.items[j - 1], extra.items[j]) > 0; j--) {
			void *t = extra.items[j];
			extra.items[j] = extra.items[j - 1];
			extra.items[j - 1] = t;
		}
	for (uint32_t i = 0; i < extra.len; i++) {
		buf_printf(report, "extra: %s\n", (char *)extra.items[i]);
		free(extra.items[i]);
		diffs++;
	}
	vec_free(&extra);
	return diffs;
}
