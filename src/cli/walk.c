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

/* 64 KiB: a path's place is its block and its offset in it, 16 bits each */
#define BLOCK (1u << 16)

static void paths_add(struct cli_paths *p, const char *path, size_t n)
{
	if (!p->nblocks || p->used + n + 1 > BLOCK) {
		/* 4 GiB of path text at least, far beyond any tree */
		if (p->nblocks == BLOCK || p->len == UINT32_MAX || n >= UINT32_MAX - BLOCK)
			kpc_die("too many input paths");
		p->blocks = xrealloc(p->blocks, (p->nblocks + 1) * sizeof *p->blocks);
		/* a path longer than a block (not one the walk makes: the
		 * system takes none longer than PATH_MAX) gets one of its own */
		p->blocks[p->nblocks++] = xmalloc(n + 1 > BLOCK ? n + 1 : BLOCK);
		p->used = 0;
	}
	if (p->len == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->at = xrealloc(p->at, p->cap * sizeof *p->at);
	}
	p->at[p->len++] = (p->nblocks - 1) << 16 | p->used;
	char *to = p->blocks[p->nblocks - 1] + p->used;
	memcpy(to, path, n);
	to[n] = 0;
	p->used += (uint32_t)n + 1;
}

void cli_paths_add(struct cli_paths *p, const char *path, size_t n)
{
	if (!p->lock) {
		paths_add(p, path, n);
		return;
	}
	pthread_mutex_lock(p->lock);
	paths_add(p, path, n);
	pthread_cond_broadcast(p->grown);
	pthread_mutex_unlock(p->lock);
}

void cli_paths_trim(struct cli_paths *p)
{
	if (p->len && p->cap > p->len) {
		p->at = xrealloc(p->at, p->len * sizeof *p->at);
		p->cap = p->len;
	}
}

void cli_paths_free(struct cli_paths *p)
{
	for (uint32_t i = 0; i < p->nblocks; i++)
		free(p->blocks[i]);
	free(p->blocks);
	free(p->at);
	*p = (struct cli_paths){0};
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_yaml_name(const char *n, size_t l)
{
	return (l > 5 && !strcmp(n + l - 5, ".yaml")) || (l > 4 && !strcmp(n + l - 4, ".yml"));
}

/* The directory whose path is in `path` (NUL-terminated; each entry's name
 * is appended to it and taken off again: no allocation per entry).  An
 * entry's type comes from the directory itself where it can (d_type): a
 * regular file or a directory is not stat'ed; a symbolic link, or a type
 * the file system does not give, is. */
static bool walk_dir(const char *cmd, struct buf *path, struct cli_paths *out, int depth, struct buf *msg)
{
	if (depth > 64)
		return true;
	DIR *d = opendir(path->data);
	if (!d) {
		buf_printf(msg, "kpc %s: cannot open '%s': %s\n", cmd, path->data, strerror(errno));
		return false;
	}
	/* the names in one buffer, each after its type, then sorted through
	 * pointers into it (offsets until the buffer stops growing) */
	struct buf text = {0};
	struct vec names = {0};
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, ".git") &&
		    strcmp(e->d_name, ".kpc.yaml")) {
			buf_putc(&text, (char)e->d_type);
			vec_push(&names, (void *)(uintptr_t)text.len);
			buf_put(&text, e->d_name, strlen(e->d_name) + 1);
		}
	for (uint32_t i = 0; i < names.len; i++)
		names.items[i] = text.data + (uintptr_t)names.items[i];
	if (names.len)
		qsort(names.items, names.len, sizeof(void *), cmp_str);
	bool ok = true;
	size_t pl = path->len;
	if (!pl || path->data[pl - 1] != '/')
		buf_putc(path, '/');
	size_t base = path->len;
	for (uint32_t i = 0; i < names.len; i++) {
		const char *name = names.items[i];
		unsigned char type = (unsigned char)name[-1];
		size_t nl = strlen(name);
		path->len = base;
		buf_put(path, name, nl + 1);
		path->len--; /* the NUL stays after the text */
		struct stat st;
		bool dir = type == DT_DIR, yaml = is_yaml_name(name, nl);
		if (type != DT_DIR && type != DT_REG) /* the target of a link, as stat(2) sees it */
			dir = fstatat(dirfd(d), name, &st, 0) == 0 && S_ISDIR(st.st_mode);
		if (dir)
			ok &= walk_dir(cmd, path, out, depth + 1, msg);
		else if (yaml)
			cli_paths_add(out, path->data, path->len);
	}
	closedir(d);
	path->len = pl;
	path->data[pl] = 0;
	vec_free(&names);
	buf_free(&text);
	return ok;
}

bool cli_walk_yaml(const char *cmd, const char *path, struct cli_paths *out, struct buf *msg)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		buf_printf(msg, "kpc %s: cannot read '%s': %s\n", cmd, path, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		cli_paths_add(out, path, strlen(path));
		return true;
	}
	struct buf b = {0};
	buf_puts(&b, path);
	buf_cstr(&b);
	bool ok = walk_dir(cmd, &b, out, 0, msg);
	buf_free(&b);
	return ok;
}
