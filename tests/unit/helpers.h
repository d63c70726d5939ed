/* helpers.h: shared helpers of the Criterion suites. */
#ifndef KPC_TEST_HELPERS_H
#define KPC_TEST_HELPERS_H

#include "kpc/kpc.h"
#include "kpc/yaml.h"

/* Source tree root, from the build (KPC_SOURCE_ROOT). */
const char *src_path(const char *rel); /* static buffer rotation: use at once */

/* Compiles a .kp source given as a string (file name `name`); returns the
 * rendered diagnostics (no colour) in *diag_text (malloc'd). */
bool compile_string(struct kpc_unit *u, const char *name, const char *src, const struct kpc_options *opt);
/* Diagnostics of a unit as plain text (malloc'd). */
char *diag_text(struct kpc_unit *u);
/* The YAML stream of a unit (malloc'd). */
char *yaml_text(struct kpc_unit *u);
char *read_all(const char *path, size_t *len);
/* A YAML text loaded as kpc lint loads a file (yaml_load), and what it
 * gave: load_yaml takes `data` (malloc'd, NUL after `len` bytes) as file
 * `name`; free_yaml frees it all. */
struct loaded_yaml {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	struct objset objs;
	struct yaml_issues is;
	bool ok;
};
void load_yaml(struct loaded_yaml *l, const char *name, char *data, size_t len);
void free_yaml(struct loaded_yaml *l);
/* Re-parses `yaml` with libyaml and compares it to the object set: same
 * documents, same keys in the same order, same scalars, and every scalar's
 * plain/quoted form resolves to the type kpc meant.  Returns NULL when equal,
 * else a malloc'd description of the first difference. */
char *libyaml_compare(const char *yaml, size_t len, const struct objset *objs);
/* Runs a shell command line in `dir` (NULL: the source tree), its standard
 * output and error in *out and *err (malloc'd; either may be NULL to drop
 * it); returns the exit status (128: killed). */
int run_in(const char *dir, const char *cmdline, char **out, char **err);
/* A new empty directory under /tmp (malloc'd path), and its removal with
 * everything in it (the path is not freed). */
char *tmpdir(void);
void rmrf(const char *dir);
/* Writes `text` to dir/name. */
void put_file(const char *dir, const char *name, const char *text);
/* A string with every occurrence of `from` replaced (malloc'd). */
char *str_replace_all(const char *s, const char *from, const char *to);

#endif
