/* dump.c: --emit ir, the resolved platform as JSON.  Each statement names
 * the source position that wrote it (a profile, the app, or an
 * environment), which shows how profiles and environments were applied.
 * Secret values are never part of the IR. */
#include "ir.h"

#include <string.h>

static void stmt_json(const struct kpc_unit *u, const struct ast_stmt *s, struct buf *out, int ind);

static void list_json(const struct kpc_unit *u, struct ast_stmt *const *items, uint32_t n, struct buf *out, int ind)
{
	buf_putc(out, '[');
	for (uint32_t i = 0; i < n; i++) {
		buf_puts(out, i ? ",\n" : "\n");
		buf_indent(out, ind + 2);
		stmt_json(u, items[i], out, ind + 2);
	}
	if (n) {
		buf_putc(out, '\n');
		buf_indent(out, ind);
	}
	buf_putc(out, ']');
}

static void stmt_json(const struct kpc_unit *u, const struct ast_stmt *s, struct buf *out, int ind)
{
	uint32_t line, col;
	srcmgr_linecol(&u->sm, s->key_span.file, s->key_span.off, &line, &col);
	const struct srcfile *f = srcmgr_get(&u->sm, s->key_span.file);
	buf_puts(out, "{\"key\":");
	buf_json_str(out, s->key.p, s->key.len);
	if (s->assign)
		buf_puts(out, ",\"assign\":true");
	buf_puts(out, ",\"args\":[");
	for (uint32_t i = 0; i < s->nargs; i++) {
		if (i)
			buf_putc(out, ',');
		ast_arg_dump_json(s->args[i], out);
	}
	buf_puts(out, "],\"source\":");
	if (f) {
		struct buf loc = {0};
		buf_printf(&loc, "%s:%u:%u", f->path, line, col);
		buf_json_str(out, loc.data, loc.len);
		buf_free(&loc);
	} else {
		buf_puts(out, "null");
	}
	if (s->has_block) {
		buf_puts(out, ",\"block\":");
		list_json(u, s->children, s->nchildren, out, ind);
	}
	buf_putc(out, '}');
}

void kpc_dump_ir(const struct kpc_unit *u, struct buf *out)
{
	static const char *const kinds[] = {"namespace", "profile", "config", "secret", "app", "env"};
	buf_puts(out, "{\"platform\":");
	buf_json_str(out, u->platform, strlen(u->platform));
	buf_puts(out, ",\"env\":");
	if (u->env)
		buf_json_str(out, u->env, strlen(u->env));
	else
		buf_puts(out, "null");
	const struct kp_decl *plat = ir_platform(u);
	buf_puts(out, ",\n\"platform_statements\":");
	list_json(u, (struct ast_stmt *const *)plat->body.items, plat->body.len, out, 0);
	buf_puts(out, ",\n\"declarations\":[");
	bool first = true;
	for (uint32_t i = 1; i < u->decls.len; i++) {
		const struct kp_decl *d = u->decls.items[i];
		if (d->kind == DECL_PROFILE)
			continue; /* already applied to the apps */
		buf_puts(out, first ? "\n " : ",\n ");
		first = false;
		buf_printf(out, "{\"kind\":\"%s\",\"name\":", kinds[d->kind]);
		buf_json_str(out, d->name, strlen(d->name));
		if (d->ns) {
			buf_puts(out, ",\"namespace\":");
			buf_json_str(out, d->ns, strlen(d->ns));
		}
		buf_puts(out, ",\"statements\":");
		list_json(u, (struct ast_stmt *const *)d->body.items, d->body.len, out, 1);
		buf_putc(out, '}');
	}
	buf_puts(out, "\n]}\n");
}
