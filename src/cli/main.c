/* main.c: the kpc executable: a table of subcommands over libkpc. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool cli_use_color(const struct cli_common *c)
{
	if (c->color >= 0)
		return c->color == 1;
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if ((nc && *nc) || (term && strcmp(term, "dumb") == 0))
		return false;
	return isatty(STDERR_FILENO);
}

void cli_print_diags_raw(const struct srcmgr *sm, struct diags *d, const struct cli_common *c)
{
	(void)sm;
	diags_sort(d);
	struct buf b = {0};
	if (c->diag_json)
		diags_render_json(d, &b);
	else
		diags_render_text(d, &b, cli_use_color(c));
	if (b.len)
		fwrite(b.data, 1, b.len, stderr);
	if (!c->diag_json && d->nerrors)
		fprintf(stderr, "kpc: %u error%s\n", d->nerrors, d->nerrors == 1 ? "" : "s");
	buf_free(&b);
}

void cli_print_diags(struct kpc_unit *u, const struct cli_common *c)
{
	cli_print_diags_raw(&u->sm, &u->diags, c);
}

bool cli_opt(const char *name, int argc, char **argv, int *i, const char **v)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (!strcmp(a, name) && *i + 1 < argc) {
		*v = argv[++*i];
		return true;
	}
	if (!strncmp(a, name, n) && a[n] == '=') {
		*v = a + n + 1;
		return true;
	}
	return false;
}

bool cli_common_opt(struct cli_common *c, int argc, char **argv, int *i, bool *bad)
{
	const char *a = argv[*i];
	const char *v = NULL;
	if (cli_opt("--color", argc, argv, i, &v)) {
		if (!strcmp(v, "auto"))
			c->color = -1;
		else if (!strcmp(v, "always"))
			c->color = 1;
		else if (!strcmp(v, "never"))
			c->color = 0;
		else {
			fprintf(stderr, "kpc: --color takes auto, always or never, not '%s'\n", v);
			*bad = true;
		}
		return true;
	}
	if (strcmp(a, "--diagnostics=json") == 0) {
		c->diag_json = true;
		return true;
	}
	if (strcmp(a, "--diagnostics=text") == 0) {
		c->diag_json = false;
		return true;
	}
	return false;
}

void cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "kpc %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nrun 'kpc help %s' for usage\n", cmd);
}

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("kpc %s\n", KPC_VERSION);
	return EXIT_OK;
}

static int cmd_help(int argc, char **argv);
int cmd_diff(int argc, char **argv); /* src/cli/diff.c */

static const struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
	const char *usage;
} commands[] = {
	{"build", cmd_build, "compile a platform to Kubernetes YAML",
	 "usage: kpc build FILE.kp [--env NAME] [-o DIR | -] [--check] [--emit ast|ir|objects]\n"
	 "                 [--format yaml|kustomize] [--secrets-env FILE] [--policy FILE|NAME | --no-policy]\n"
	 "                 [--color auto|always|never] [--diagnostics=text|json]\n"
	 "\n"
	 "  --env NAME          apply the overrides of `env NAME { ... }`\n"
	 "  -o DIR              write one file per object into DIR, atomically; DIR is\n"
	 "                      kpc's own (it holds a .kpc-output marker) and is replaced whole\n"
	 "  -o -                write a YAML stream to standard output (the default)\n"
	 "  --check             with -o DIR: compare DIR to what would be written, name\n"
	 "                      stale, missing and extra files, and exit 1 if any\n"
	 "  --format kustomize  with -o DIR: write a Kustomize tree for kubectl v1.32, DIR/base/\n"
	 "                      (the build without --env) and DIR/overlays/ENV/ for every\n"
	 "                      environment (labels, replicas, images and patches on top of\n"
	 "                      the base); `kubectl kustomize DIR/overlays/ENV` gives exactly\n"
	 "                      what --env ENV builds; --check compares the tree\n"
	 "  --emit STAGE        dump a stage as JSON: ast, ir or objects (secrets redacted)\n"
	 "  --secrets-env FILE  KEY=VALUE lines consulted before the environment for\n"
	 "                      secret values (KPC_SECRET_<SECRET>_<KEY>)\n"
	 "  --policy PACK       check the objects with this pack (default: .kpc.yaml found\n"
	 "                      upwards, else the default pack); findings point at the .kp\n"
	 "  --no-policy         skip the policy check\n"
	 "\n"
	 "exit status: 0 built, 1 --check found differences or a policy error,\n"
	 "             2 invalid input or usage\n"},
	{"lint", cmd_lint, "check Kubernetes YAML against the policy rules",
	 "usage: kpc lint PATH... [--policy FILE|NAME] [--profile minimal|default|restricted|all]\n"
	 "                [--world open|closed] [--k8s-version 1.N] [--fail-on error|warning|info|never]\n"
	 "                [--format FORMAT]... [--output FORMAT=PATH]... [--baseline FILE]\n"
	 "                [--write-baseline FILE] [-j N] [--no-config] [--color auto|always|never]\n"
	 "\n"
	 "  PATH                files, directories (every *.yaml and *.yml, in sorted order) or -\n"
	 "  --policy            a pack file, or a built-in pack: minimal, default, restricted,\n"
	 "                      ecommerce-production (default: .kpc.yaml found upwards, else default)\n"
	 "  --profile           start from a built-in rule set instead of a pack\n"
	 "  --world closed      every referenced object must be in the input\n"
	 "  --format            text (default), json, sarif, junit, github; several allowed\n"
	 "  --output F=PATH     write format F to PATH (atomically)\n"
	 "  --baseline FILE     report only findings that are not in FILE\n"
	 "  --write-baseline F  record the current findings' fingerprints in F\n"
	 "  -j N                check files on N threads\n"
	 "\n"
	 "waivers: annotation kpc.dev/ignore.<ID or slug>: \"<reason>[; containers=a,b][; until=YYYY-MM-DD]\"\n"
	 "         or kpc.dev/ignore-all: \"<reason>\", on the object or its pod template\n"
	 "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
	 "             2 usage, configuration or unparsable input\n"},
	{"diff", cmd_diff, "compare two renders object by object",
	 "usage: kpc diff OLD NEW [--format text|markdown|json] [--fail-on-risk] [--show-secrets]\n"
	 "                [--env NAME] [--old-env NAME] [--new-env NAME] [--secrets-env FILE]\n"
	 "                [--color auto|always|never] [--diagnostics=text|json]\n"
	 "\n"
	 "  OLD, NEW            a .kp platform (compiled), a YAML file, a directory (every\n"
	 "                      *.yaml and *.yml, in sorted order) or - (standard input, one side)\n"
	 "  --format            text (default), markdown (a pull-request comment) or json\n"
	 "                      (schemas/diff.schema.json)\n"
	 "  --fail-on-risk      exit 1 only for risky changes: immutable fields, fewer replicas,\n"
	 "                      lower limits, removed probes, budgets or network policies,\n"
	 "                      removed objects that NEW still references\n"
	 "  --show-secrets      print Secret values (by default only their sizes)\n"
	 "  --env NAME          the environment of both .kp inputs; --old-env and --new-env\n"
	 "                      set one side's\n"
	 "  --secrets-env FILE  KEY=VALUE lines for the secret values of .kp inputs\n"
	 "\n"
	 "objects are matched by group, kind, namespace and name; list items by name or key;\n"
	 "a renamed kustomize hash-suffixed ConfigMap or Secret is a rename (docs/diff.md)\n"
	 "exit status: 0 no differences, 1 differences (with --fail-on-risk: risky ones),\n"
	 "             2 usage or invalid input\n"},
	{"rules", cmd_rules, "list the policy rules", "usage: kpc rules [--format markdown]\n"},
	{"explain", cmd_explain, "explain a rule", "usage: kpc explain RULE...  (an ID such as SC002, or a slug)\n"},
	{"fmt", cmd_fmt, "print .kp files in the canonical layout",
	 "usage: kpc fmt [--check | -w] FILE...\n"
	 "\n"
	 "  (default)  print the formatted file to standard output\n"
	 "  -w         rewrite the files in place (atomically)\n"
	 "  --check    exit 1 and name each file that is not formatted\n"},
	{"version", cmd_version, "print the version", "usage: kpc version\n"},
	{"help", cmd_help, "show help for a command", "usage: kpc help [COMMAND]\n"},
};

static int cmd_help(int argc, char **argv)
{
	if (argc >= 2) {
		for (size_t i = 0; i < KPC_ARRAY_LEN(commands); i++) {
			if (strcmp(commands[i].name, argv[1]) == 0) {
				fputs(commands[i].usage, stdout);
				return EXIT_OK;
			}
		}
		fprintf(stderr, "kpc: unknown command '%s'\n", argv[1]);
		return EXIT_INVALID;
	}
	printf("kpc %s: a compiler and policy linter for Kubernetes platforms\n\n", KPC_VERSION);
	printf("usage: kpc COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < KPC_ARRAY_LEN(commands); i++)
		printf("  %-9s %s\n", commands[i].name, commands[i].summary);
	printf("\nrun 'kpc help COMMAND' for the options of a command\n");
	return EXIT_OK;
}

int main(int argc, char **argv)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
	/* kpc lint takes and frees about a file's worth of memory per file:
	 * by default glibc gives the top of its heap back after each, and
	 * moves its mmap threshold with the sizes it sees, so the next file
	 * faults the same pages in again (over 6,000 files, 27,000 page faults
	 * instead of 2,300; about 0.1 s of system time).  Fixed thresholds:
	 * up to 4 MiB of free heap kept, blocks from 1 MiB mapped on their own
	 * (and given back when freed). */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif
	if (argc < 2) {
		cmd_help(1, argv);
		return EXIT_INVALID;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h"))
		cmd = "help";
	if (!strcmp(cmd, "--version"))
		cmd = "version";
	for (size_t i = 0; i < KPC_ARRAY_LEN(commands); i++)
		if (strcmp(commands[i].name, cmd) == 0)
			return commands[i].run(argc - 1, argv + 1);
	const char *names[KPC_ARRAY_LEN(commands)];
	for (size_t i = 0; i < KPC_ARRAY_LEN(commands); i++)
		names[i] = commands[i].name;
	const char *s = kpc_suggest(sv_from(cmd), names, KPC_ARRAY_LEN(commands));
	fprintf(stderr, "kpc: unknown command '%s'%s%s%s\n", cmd, s ? "; did you mean '" : "", s ? s : "", s ? "'?" : "");
	fprintf(stderr, "run 'kpc help' for the list of commands\n");
	return EXIT_INVALID;
}
