/* fmt.c: `kpc fmt`. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_fmt(int argc, char **argv)
{
	struct cli_common cc = {.color = -1};
	bool check = false, write = false, bad = false;
	int nfiles = 0, rc = EXIT_OK;
	for (int i = 1; i < argc; i++) {
		if (cli_common_opt(&cc, argc, argv, &i, &bad))
			continue;
		if (!strcmp(argv[i], "--check"))
			check = true;
		else if (!strcmp(argv[i], "-w") || !strcmp(argv[i], "--write"))
			write = true;
		else if (argv[i][0] == '-' && argv[i][1]) {
			cli_usage_error("fmt", "unknown option '%s'", argv[i]);
			return EXIT_INVALID;
		} else
			nfiles++;
	}
	if (bad)
		return EXIT_INVALID;
	if (!nfiles) {
		cli_usage_error("fmt", "missing the files to format");
		return EXIT_INVALID;
	}
	if (check && write) {
		cli_usage_error("fmt", "--check and -w do not go together");
		return EXIT_INVALID;
	}
	for (int i = 1; i < argc; i++) {
		const char *path = argv[i];
		if (path[0] == '-' && path[1])
			continue;
		if (!strcmp(path, "always") || !strcmp(path, "never") || !strcmp(path, "auto"))
			if (i > 1 && !strcmp(argv[i - 1], "--color"))
				continue;
		struct kpc_unit u;
		kpc_unit_init(&u);
		char *data;
		size_t len;
		if (!kpc_read_file(path, &data, &len)) {
			fprintf(stderr, "kpc fmt: cannot read '%s'\n", path);
			rc = EXIT_INVALID;
			kpc_unit_free(&u);
			continue;
		}
		uint32_t fid = srcmgr_add(&u.sm, path, data, len);
		struct ast_file *af = kp_parse(&u.arena, &u.sm, fid, &u.diags);
		if (u.diags.nerrors) {
			/* never rewrite a file that does not parse: comments could be lost */
			cli_print_diags(&u, &cc);
			rc = EXIT_INVALID;
			kpc_unit_free(&u);
			continue;
		}
		struct buf b = {0};
		kp_format(af, &u.sm, &b);
		const struct srcfile *f = srcmgr_get(&u.sm, fid);
		bool same = b.len == f->len && memcmp(b.data, f->data, b.len) == 0;
		if (check) {
			if (!same) {
				printf("%s\n", path);
				if (rc == EXIT_OK)
					rc = EXIT_FINDINGS;
			}
		} else if (write) {
			if (!same && !kpc_write_atomic(path, b.data, b.len)) {
				fprintf(stderr, "kpc fmt: cannot write '%s'\n", path);
				rc = EXIT_INVALID;
			}
		} else {
			fwrite(b.data, 1, b.len, stdout);
		}
		buf_free(&b);
		kpc_unit_free(&u);
	}
	return rc;
}
