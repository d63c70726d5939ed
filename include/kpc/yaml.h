/* yaml.h: the deterministic YAML emitter and the libfyaml loader.
 *
 * emit: block style, two-space indentation, keys in the object's order,
 * strings quoted exactly when a YAML 1.1 or 1.2 reader could take them for
 * something else; the same tree gives the same bytes on every machine. */
#ifndef KPC_YAML_H
#define KPC_YAML_H

#include "kpc/obj.h"

void yaml_emit_obj(const struct obj *o, struct buf *out);
/* Objects separated by "---" lines. */
void yaml_emit_stream(const struct objset *s, struct buf *out);
/* Whether a plain scalar with this text would read back as a string. */
bool yaml_plain_safe(struct sv s);

/* What the loader notices in well-formed YAML that a linter reports. */
enum yaml_issue_kind {
	YAML_ISSUE_DUPLICATE_KEY, /* span: the repeated key; span2: the first one */
	YAML_ISSUE_NOT_OBJECT,	  /* a document without apiVersion or kind */
};

struct yaml_issue {
	enum yaml_issue_kind kind;
	struct span span, span2;
	const char *detail; /* the key, or what is missing */
};

struct yaml_issues {
	struct yaml_issue *items;
	uint32_t len, cap;
};
void yaml_issues_free(struct yaml_issues *v);

/* Loads every document of source file `file` (already in `sm`) into `objs`
 * (a `kind: List` adds its items), every node with its span.  Anchors,
 * aliases and merge keys are resolved; an alias expansion of more than
 * `max_nodes` nodes in one document is an error (E0502), so an alias bomb
 * cannot hang a run.  Scalars: quoted ones are strings; plain ones resolve as
 * Kubernetes' YAML reader does (null, bool with yes/no/on/off, int), others
 * stay strings.  A syntax error is reported (E0501) with its position and
 * ends the file; the documents before it are kept.  Returns false after an
 * error. */
bool yaml_load(struct arena *a, const struct srcmgr *sm, uint32_t file, struct objset *objs,
	       struct yaml_issues *issues, struct diags *d, size_t max_nodes);
/* Testing aid: most scalars' text is taken straight from the source (or, for
 * literal block scalars, assembled by the loader) rather than formatted by
 * libfyaml; when this is set, every such text is compared with libfyaml's
 * and a difference aborts.  The fuzz harness and the suite set it. */
extern bool yaml_verify_scalars;
extern unsigned long yaml_verified_scalars; /* how many were compared */
/* The same over bytes [off, off+len) of the file (a range that starts a
 * line; all of it: 0 and the file's length), one document at a time: after
 * each document `fn` sees the objects and issues it added; then they are
 * dropped and `a` rolls back to where it was when the document began, so
 * memory follows the largest document, not the file. */
typedef void (*yaml_doc_fn)(void *user, const struct objset *objs, const struct yaml_issues *issues);
bool yaml_load_each(struct arena *a, const struct srcmgr *sm, uint32_t file, uint32_t off, uint32_t len, struct diags *d,
		    size_t max_nodes, yaml_doc_fn fn, void *user);
/* Cuts a stream into ranges that can be loaded apart, each starting at a
 * "---" line (the first at 0): at the first such line at or after each of
 * the `ncuts` offsets in `cuts` (ascending).  Returns how many ranges, their
 * starts in `starts` (room for ncuts + 1).  A stream with directives is not
 * cut. */
uint32_t yaml_split(const char *src, size_t len, const uint32_t *cuts, uint32_t ncuts, uint32_t *starts);

#endif
