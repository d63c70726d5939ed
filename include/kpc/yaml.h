/* yaml.h: the deterministic YAML emitter (and, later, the libfyaml loader).
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

#endif
