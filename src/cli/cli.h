/* cli.h: shared pieces of the subcommands (private to the kpc executable). */
#ifndef KPC_CLI_H
#define KPC_CLI_H

#include "kpc/kpc.h"

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
/* Appends to `out` (malloc'd paths) `path` itself when it is a file, or its
 * YAML files in sorted order when it is a directory; problems go to `msg`. */
bool cli_walk_yaml(const char *cmd, const char *path, struct vec *out, struct buf *msg);
void cli_usage_error(const char *cmd, const char *fmt, ...) KPC_PRINTF(2, 3);

/* Prints a diagnostics store to stderr. */
void cli_print_diags_raw(const struct srcmgr *sm, struct diags *d, const struct cli_common *c);

int cmd_build(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_explain(int argc, char **argv);

#endif
