/* cli.h: shared pieces of the subcommands (private to the kpc executable). */
#ifndef KPC_CLI_H
#define KPC_CLI_H

#include "kpc/kpc.h"

#include <pthread.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_INVALID = 2 };

struct cli_common {
	int color; /* -1 auto, 0 never, 1 always */
	bool diag_json;
};

bool cli_use_color(const struct cli_common *c);
/* Prints the unit's diagnostics to stderr. */
void cli_print_diags(struct kpc_unit *u, const struct cli_common *c);
/* Parses a common option at argv[*i]; returns true if it was one. */
bool cli_common_opt(struct cli_common *c, int argc, char **argv, int *i, bool *bad);
/* Whether argv[*i] is option `name` with a value, as `name VALUE` or
 * `name=VALUE`: the value in *v, and *i past it. */
bool cli_opt(const char *name, int argc, char **argv, int *i, const char **v);
/* A list of paths: their texts one after another, each NUL-terminated, in
 * blocks of 64 KiB, and where each begins.  A path costs its text and four
 * bytes (no malloc'd block of its own, no room doubled for growth); the
 * texts stay where they are while the list grows. */
struct cli_paths {
	char **blocks;
	uint32_t nblocks, used; /* bytes used in the last block */
	uint32_t *at;		/* a path's block << 16 | its offset in the block */
	uint32_t len, cap;
	/* when set, a path is added under `lock` and `grown` is broadcast:
	 * other threads read the list (under `lock`) while it is made */
	pthread_mutex_t *lock;
	pthread_cond_t *grown;
};
void cli_paths_add(struct cli_paths *p, const char *path, size_t n);
/* Gives back the room reserved for more paths. */
void cli_paths_trim(struct cli_paths *p);
void cli_paths_free(struct cli_paths *p);
static inline const char *cli_paths_at(const struct cli_paths *p, uint32_t i)
{
	return p->blocks[p->at[i] >> 16] + (p->at[i] & 0xffff);
}
/* Appends to `out` `path` itself when it is a file, or its YAML files in
 * sorted order when it is a directory; problems go to `msg`. */
bool cli_walk_yaml(const char *cmd, const char *path, struct cli_paths *out, struct buf *msg);
void cli_usage_error(const char *cmd, const char *fmt, ...) KPC_PRINTF(2, 3);

/* Prints a diagnostics store to stderr. */
void cli_print_diags_raw(const struct srcmgr *sm, struct diags *d, const struct cli_common *c);

int cmd_build(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_explain(int argc, char **argv);

#endif
