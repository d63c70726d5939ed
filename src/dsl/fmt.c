/* fmt.c: the canonical layout of .kp files (`kpc fmt`).
 *
 * The formatter walks the syntax tree of a file that parsed without errors
 * and prints it back from the source text: keys, arguments and strings are
 * copied byte for byte from their spans (so string escapes and quoted keys
 * stay as written); only the white space, the `;` separators, carriage
 * returns and a UTF-8 byte-order mark change.
 *
 * Canonical layout:
 *   - One statement per line, indented two spaces per block level, even when
 *     the source put several on a line (`user 1000  group 1000`).
 *   - A statement is its key, then its arguments separated by single spaces,
 *     then ` : base, base` when it has bases, then ` {` when it has a block;
 *     the block's statements follow one level deeper and `}` closes it on a
 *     line of its own at the statement's indentation.  A block holding
 *     neither statements nor comments prints `key args {}`.  A short block
 *     written on one line stays on one line when its statements have no
 *     blocks, no comment lies inside it and the line fits in 100 columns:
 *     `resources { cpu 500m..1  memory 512Mi..1Gi }`.
 *   - An assignment prints `key = value`, a list `a, b, c`, a range
 *     `lo..hi` (`lo .. hi` when `lo` is a path: a path would swallow the
 *     `..`).  A list continued on the next line after a `,` is joined.
 *     Each base prints exactly as written (its raw text is its name).
 *   - Comments are never dropped.  A comment on a line of its own prints on
 *     its own line at the indentation of the statement that follows it; at
 *     the end of a block it stays inside the block, at the indentation of
 *     the block's statements; at the end of the file it stays at the end.
 *     A comment that follows a statement, a `{` or a `}` on the same source
 *     line prints after it on the same line, two spaces away.  A comment
 *     inside a statement's head (after a `,` that continues a list on the
 *     next line, or before a `{` written on a later line) moves onto its own
 *     line just above the statement.  Trailing blanks of comments go.
 *   - One or more blank lines between two statements or comments become a
 *     single blank line; there is none at the start of the file, right after
 *     a `{` or right before a `}`.  Lines end with LF and the output ends
 *     with exactly one newline (a file with nothing in it stays empty).
 *
 * The layout is a fixed point (formatting formatted text changes nothing)
 * and keeps the meaning: the output parses to the same statements with the
 * same arguments.
 *
 * How comments are placed: the parser hands over every comment token in
 * source order, and the printer walks the tree in source order too, so a
 * cursor into the comment array suffices.  Before each statement (and
 * before each closing brace, and at the end of the file) the comments that
 * start earlier are printed on their own lines.  After each printed line
 * that ends a source token (a statement's last argument, a `{`, a `}`) the
 * next comment is appended when nothing but blanks separates it from that
 * token in the source. */
#include "kpc/dsl.h"

#include <string.h>

#define FMT_INDENT 2
#define NO_TOKEN UINT32_MAX

struct fmt {
	const char *src;
	uint32_t len;
	uint32_t start; /* first byte after the byte-order mark */
	const struct token *comments;
	uint32_t ncomments;
	uint32_t next; /* first comment not printed yet */
	struct buf *out;
};

/* Where the printer stands in a block, for blank lines between items. */
struct level {
	uint32_t prev; /* source offset where the last printed item ended */
	bool first;    /* nothing printed in this block yet */
};

static uint32_t span_end(struct span s)
{
	return s.off + s.len;
}

static void put_span(struct fmt *f, struct span s)
{
	buf_put(f->out, f->src + s.off, s.len);
}

static void put_arg(struct fmt *f, const struct ast_arg *a)
{
	switch (a->kind) {
	case ARG_RANGE:
		put_arg(f, a->lo);
		buf_puts(f->out, a->lo->kind == ARG_PATH ? " .. " : "..");
		put_arg(f, a->hi);
		break;
	case ARG_LIST:
		for (uint32_t i = 0; i < a->nitems; i++) {
			if (i)
				buf_puts(f->out, ", ");
			put_arg(f, a->items[i]);
		}
		break;
	case ARG_WORD:
	case ARG_STRING:
	case ARG_NUMBER:
	case ARG_PATH:
		put_span(f, a->span);
		break;
	}
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The comment text without trailing blanks. */
static void put_comment(struct fmt *f, const struct token *c)
{
	uint32_t n = c->len;
	while (n > 1 && is_blank(f->src[c->off + n - 1]))
		n--;
	buf_put(f->out, f->src + c->off, n);
}

/* The end offset of the token before comment `c` on the same source line,
 * or NO_TOKEN when the comment is alone on its line.  `;` counts as a
 * blank here, as it is only a separator. */
static uint32_t comment_follows(const struct fmt *f, const struct token *c)
{
	uint32_t p = c->off;
	while (p > f->start) {
		char ch = f->src[p - 1];
		if (ch == '\n')
			return NO_TOKEN;
		if (!is_blank(ch) && ch != ';')
			return p;
		p--;
	}
	return NO_TOKEN;
}

/* Does the source hold a blank line between offsets `from` and `to`?  Only
 * blanks, `;` and same-line comments lie between two printed items, so two
 * line breaks mean an empty line. */
static bool blank_between(const struct fmt *f, uint32_t from, uint32_t to)
{
	int nl = 0;
	for (uint32_t i = from; i < to && i < f->len; i++)
		if (f->src[i] == '\n' && ++nl == 2)
			return true;
	return false;
}

/* Ends the current output line, first appending the next comment if it
 * follows, on the same source line, the token that ends at `end`. */
static void end_line(struct fmt *f, uint32_t end)
{
	if (f->next < f->ncomments && comment_follows(f, &f->comments[f->next]) == end) {
		buf_puts(f->out, "  ");
		put_comment(f, &f->comments[f->next++]);
	}
	buf_putc(f->out, '\n');
}

/* Prints, each on its own line, the comments that start before `limit`. */
static void put_comments_before(struct fmt *f, uint32_t limit, int depth, struct level *lv)
{
	while (f->next < f->ncomments && f->comments[f->next].off < limit) {
		const struct token *c = &f->comments[f->next++];
		if (!lv->first && blank_between(f, lv->prev, c->off))
			buf_putc(f->out, '\n');
		buf_indent(f->out, depth * FMT_INDENT);
		put_comment(f, c);
		buf_putc(f->out, '\n');
		lv->prev = c->off + c->len;
		lv->first = false;
	}
}

/* End of a statement's head: its key, arguments and bases. */
static uint32_t head_end(const struct ast_stmt *s)
{
	uint32_t end = span_end(s->key_span);
	for (uint32_t i = 0; i < s->nargs; i++)
		if (span_end(s->args[i]->span) > end)
			end = span_end(s->args[i]->span);
	for (uint32_t i = 0; i < s->nbases; i++)
		if (span_end(s->bases[i]->span) > end)
			end = span_end(s->bases[i]->span);
	return end;
}

/* Offset of the `{` opening a block, searched from the end of the head:
 * only blanks, line breaks, `;` and comments may come between. */
static uint32_t find_lbrace(const struct fmt *f, uint32_t pos, uint32_t limit)
{
	while (pos < limit) {
		char c = f->src[pos];
		if (c == '{')
			return pos;
		if (c == '#') {
			while (pos < limit && f->src[pos] != '\n')
				pos++;
			continue;
		}
		pos++;
	}
	return limit;
}

static void put_stmts(struct fmt *f, struct ast_stmt *const *stmts, uint32_t n, int depth, uint32_t start,
		      uint32_t end);

/* A statement's key, arguments and bases. */
static void put_head(struct fmt *f, const struct ast_stmt *s)
{
	put_span(f, s->key_span);
	if (s->assign)
		buf_puts(f->out, " =");
	for (uint32_t i = 0; i < s->nargs; i++) {
		buf_putc(f->out, ' ');
		put_arg(f, s->args[i]);
	}
	if (s->nbases) {
		buf_puts(f->out, " :");
		for (uint32_t i = 0; i < s->nbases; i++) {
			buf_puts(f->out, i ? ", " : " ");
			/* as written: the parser takes a base's raw text as its
			 * name, even for a range such as `: a .. b` */
			put_span(f, s->bases[i]->span);
		}
	}
}

/* A short block the author wrote on one line stays on one line, its
 * statements two spaces apart (`resources { cpu 500m..1  memory 1Gi }`),
 * when none of them has a block, no comment lies inside it, and the line
 * fits in FMT_WIDTH columns.  Otherwise nothing is printed and the block is
 * expanded.  The rule reads only the source layout, so it is a fixed point. */
#define FMT_WIDTH 100
static bool inline_block(struct fmt *f, const struct ast_stmt *s, uint32_t lbrace, size_t line_start)
{
	uint32_t rbrace = ast_stmt_rbrace(s);
	if (!s->nchildren || memchr(f->src + lbrace, '\n', rbrace - lbrace))
		return false;
	if (f->next < f->ncomments && f->comments[f->next].off < rbrace)
		return false;
	enum kp_ctx ctx = s->kw && (s->kw->flags & KW_BLOCK) ? s->kw->child : CTX_NONE;
	for (uint32_t i = 0; i < s->nchildren; i++) {
		const struct ast_stmt *c = s->children[i];
		if (c->has_block)
			return false;
		/* on one line, a statement ends only where the next one's key is a
		 * keyword of the block and no option of the statement before it
		 * (`ingress "h"; port http 80` would become one statement) */
		if (i && !c->assign) {
			const struct ast_stmt *prev = s->children[i - 1];
			if (!kw_lookup(ctx, c->key) || c->key_quoted || (!prev->assign && kw_has_opt(prev->kw, c->key)))
				return false;
		}
	}
	size_t mark = f->out->len;
	buf_puts(f->out, " {");
	for (uint32_t i = 0; i < s->nchildren; i++) {
		buf_puts(f->out, i ? "  " : " ");
		put_head(f, s->children[i]);
	}
	buf_puts(f->out, " }");
	if (f->out->len - line_start > FMT_WIDTH) {
		f->out->len = mark;
		return false;
	}
	return true;
}

static void put_stmt(struct fmt *f, const struct ast_stmt *s, int depth, bool blank)
{
	uint32_t rbrace = ast_stmt_rbrace(s); /* with a block */
	uint32_t lbrace = s->has_block ? find_lbrace(f, head_end(s), rbrace) : 0;
	uint32_t head_limit = s->has_block ? lbrace : span_end(s->span);

	if (blank)
		buf_putc(f->out, '\n');
	/* comments inside the head go on their own lines above it */
	while (f->next < f->ncomments && f->comments[f->next].off < head_limit) {
		buf_indent(f->out, depth * FMT_INDENT);
		put_comment(f, &f->comments[f->next++]);
		buf_putc(f->out, '\n');
	}

	buf_indent(f->out, depth * FMT_INDENT);
	size_t line_start = f->out->len - (size_t)(depth * FMT_INDENT);
	put_head(f, s);
	if (s->has_block && inline_block(f, s, lbrace, line_start)) {
		end_line(f, rbrace + 1);
		return;
	}
	if (!s->has_block) {
		end_line(f, span_end(s->span));
		return;
	}

	bool has_comments = f->next < f->ncomments && f->comments[f->next].off < rbrace;
	if (!s->nchildren && !has_comments) {
		buf_puts(f->out, " {}");
		end_line(f, rbrace + 1);
		return;
	}
	buf_puts(f->out, " {");
	end_line(f, lbrace + 1);
	put_stmts(f, s->children, s->nchildren, depth + 1, lbrace + 1, rbrace);
	buf_indent(f->out, depth * FMT_INDENT);
	buf_putc(f->out, '}');
	end_line(f, rbrace + 1);
}

/* The statements of a block lying between source offsets `start` and `end`
 * (the braces), with the comments among them and those before the end. */
static void put_stmts(struct fmt *f, struct ast_stmt *const *stmts, uint32_t n, int depth, uint32_t start,
		      uint32_t end)
{
	struct level lv = {start, true};
	for (uint32_t i = 0; i < n; i++) {
		const struct ast_stmt *s = stmts[i];
		put_comments_before(f, s->key_span.off, depth, &lv);
		put_stmt(f, s, depth, !lv.first && blank_between(f, lv.prev, s->key_span.off));
		lv.prev = span_end(s->span);
		lv.first = false;
	}
	put_comments_before(f, end, depth, &lv);
}

void kp_format(const struct ast_file *af, const struct srcmgr *sm, struct buf *out)
{
	const struct srcfile *sf = srcmgr_get(sm, af->file);
	struct fmt f = {
		.src = sf->data,
		.len = (uint32_t)sf->len,
		.comments = af->comments,
		.ncomments = af->ncomments,
		.out = out,
	};
	if (f.len >= 3 && memcmp(f.src, "\xEF\xBB\xBF", 3) == 0)
		f.start = 3;
	/* the end is past every offset: the file's trailing comments come out
	 * at the end, and none is ever left behind */
	put_stmts(&f, af->stmts, af->nstmts, 0, f.start, NO_TOKEN);
}
