/* fmt.c: the canonical layout of .kp files (being written). */
#include "kpc/dsl.h"

void kp_format(const struct ast_file *f, const struct srcmgr *sm, struct buf *out)
{
	const struct srcfile *sf = srcmgr_get(sm, f->file);
	buf_put(out, sf->data, sf->len);
}
