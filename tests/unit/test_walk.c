/* test_walk.c: the inputs of `kpc lint` and `kpc diff` (src/cli/walk.c):
 * the list of paths in one buffer, and the walk's order, exclusions and
 * messages. */
#define _GNU_SOURCE
#include "../../src/cli/cli.h"
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

Test(walk, paths_pool)
{
	struct cli_paths p = {0};
	cli_paths_trim(&p); /* empty: nothing to give back */
	cr_expect_eq(p.len, 0);
	cli_paths_add(&p, "", 0);
	cli_paths_add(&p, "abcdef", 3); /* only the first n bytes */
	cr_expect_str_eq(cli_paths_at(&p, 0), "");
	cr_expect_str_eq(cli_paths_at(&p, 1), "abc");
	const char *first = cli_paths_at(&p, 1);
	/* over several blocks and doublings of the offsets */
	char name[32];
	for (unsigned i = 0; i < 20000; i++) {
		int n = snprintf(name, sizeof name, "dir/%u.yaml", i);
		cli_paths_add(&p, name, (size_t)n);
	}
	cr_expect_gt(p.nblocks, 2);
	/* a block filled to its last byte, then one path too long for any
	 * block, then short ones again */
	static char fill[1u << 16], big[70000];
	size_t left = (1u << 16) - p.used - 1;
	memset(fill, 'f', left);
	fill[left] = 0;
	cli_paths_add(&p, fill, left);
	cr_expect_eq(p.used, 1u << 16);
	memset(big, 'b', sizeof big - 1);
	cli_paths_add(&p, big, sizeof big - 1);
	cli_paths_add(&p, "after", 5);
	cli_paths_trim(&p);
	cr_expect_eq(p.len, 20005);
	cr_expect_eq(p.cap, p.len);
	for (unsigned i = 0; i < 20000; i++) {
		snprintf(name, sizeof name, "dir/%u.yaml", i);
		cr_assert_str_eq(cli_paths_at(&p, i + 2), name);
	}
	cr_expect_str_eq(cli_paths_at(&p, 20002), fill);
	cr_expect_str_eq(cli_paths_at(&p, 20003), big);
	cr_expect_str_eq(cli_paths_at(&p, 20004), "after");
	/* the texts stay where they were as the list grew */
	cr_expect_eq(cli_paths_at(&p, 1), first);
	cli_paths_free(&p);
	cr_expect_eq(p.len, 0);
	cr_expect_null(p.at);
	cli_paths_add(&p, "again", 5); /* usable after free */
	cr_expect_str_eq(cli_paths_at(&p, 0), "again");
	cli_paths_free(&p);
}

static void mk(const char *d, const char *rel)
{
	char *p = NULL;
	cr_assert(asprintf(&p, "%s/%s", d, rel) > 0);
	cr_assert_eq(mkdir(p, 0755), 0, "mkdir %s", p);
	free(p);
}

/* The list as one string: the paths without the directory `d`, a line each. */
static char *listed(const struct cli_paths *p, const char *d)
{
	struct buf b = {0};
	size_t dl = strlen(d);
	for (uint32_t i = 0; i < p->len; i++) {
		const char *s = cli_paths_at(p, i);
		buf_puts(&b, strncmp(s, d, dl) ? s : s + dl);
		buf_putc(&b, '\n');
	}
	buf_cstr(&b);
	return b.data;
}

Test(walk, order_and_exclusions)
{
	char *d = tmpdir();
	mk(d, "b");
	mk(d, "b/.hidden");
	mk(d, ".git");
	mk(d, "a.yaml.d");
	put_file(d, "b/z.yml", "");
	put_file(d, "b/.hidden/h.yaml", "");
	put_file(d, ".git/g.yaml", "");
	put_file(d, ".kpc.yaml", "");
	put_file(d, "a.yaml.d/x.yaml", "");
	put_file(d, "c.yaml", "");
	put_file(d, "B.yaml", "");
	put_file(d, "notes.txt", "");
	put_file(d, "yml", "");
	put_file(d, ".yaml", "");
	put_file(d, "a.yaml", "");
	struct cli_paths p = {0};
	struct buf msg = {0};
	cr_assert(cli_walk_yaml("lint", d, &p, &msg));
	cr_expect_eq(msg.len, 0);
	char *got = listed(&p, d);
	/* byte order, directories in place, hidden ones included; .git,
	 * .kpc.yaml, names that only end in "yaml" and others left out */
	cr_expect_str_eq(got, "/B.yaml\n/a.yaml\n/a.yaml.d/x.yaml\n/b/.hidden/h.yaml\n/b/z.yml\n/c.yaml\n");
	free(got);
	/* a trailing slash is not doubled; a file is taken as given, YAML or
	 * not; a second walk appends */
	char *slash = NULL, *file = NULL;
	cr_assert(asprintf(&slash, "%s/b/", d) > 0);
	cr_assert(asprintf(&file, "%s/notes.txt", d) > 0);
	cli_paths_free(&p);
	cr_assert(cli_walk_yaml("diff", slash, &p, &msg));
	cr_assert(cli_walk_yaml("diff", file, &p, &msg));
	got = listed(&p, d);
	cr_expect_str_eq(got, "/b/.hidden/h.yaml\n/b/z.yml\n/notes.txt\n");
	free(got);
	cli_paths_free(&p);
	/* a missing path: the message names the command, nothing is added */
	char *missing = NULL;
	cr_assert(asprintf(&missing, "%s/missing", d) > 0);
	cr_expect_not(cli_walk_yaml("diff", missing, &p, &msg));
	cr_expect_eq(p.len, 0);
	char *want = NULL;
	cr_assert(asprintf(&want, "kpc diff: cannot read '%s': No such file or directory\n", missing) > 0);
	cr_expect_str_eq(buf_cstr(&msg), want);
	free(want);
	free(missing);
	free(slash);
	free(file);
	buf_free(&msg);
	cli_paths_free(&p);
	rmrf(d);
	free(d);
}
