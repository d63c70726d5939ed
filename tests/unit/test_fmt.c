/* test_fmt.c: the canonical layout (kp_format).
 *
 * Every case goes through check_fmt, which formats the input, compares it
 * with the expected text and then checks the formatter's promises on that
 * input: formatting the output again gives the same bytes, the output
 * parses without errors to the same tree (the --emit ast JSON with the
 * positions removed), and it holds the same comments in the same order. */
#include <criterion/criterion.h>

#include "kpc/dsl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parsed {
	struct srcmgr sm;
	struct diags d;
	struct arena a;
	struct ast_file *af;
};

static void parse_text(struct parsed *p, const char *text, size_t len)
{
	srcmgr_init(&p->sm);
	diags_init(&p->d, &p->sm);
	arena_init(&p->a);
	char *copy = malloc(len + 1);
	cr_assert_not_null(copy);
	memcpy(copy, text, len);
	copy[len] = 0;
	uint32_t fid = srcmgr_add(&p->sm, "test.kp", copy, len);
	p->af = kp_parse(&p->a, &p->sm, fid, &p->d);
}

static void parsed_free(struct parsed *p)
{
	diags_free(&p->d);
	arena_free(&p->a);
	srcmgr_free(&p->sm);
}

static void assert_no_diags(struct parsed *p, const char *what, const char *text)
{
	if (!p->d.len)
		return;
	struct buf b = {0};
	diags_render_text(&p->d, &b, false);
	cr_assert_fail("%s does not parse cleanly:\n%s\n--- text ---\n%s", what, buf_cstr(&b), text);
}

/* The JSON of the syntax tree without offsets, lengths, lines and columns. */
static char *tree_json(struct parsed *p)
{
	struct buf b = {0};
	ast_dump_json(p->af, &p->sm, &b);
	static const char *const keys[] = {"\"offset\":", "\"length\":", "\"line\":", "\"column\":"};
	char *out = malloc(b.len + 1);
	cr_assert_not_null(out);
	size_t n = 0;
	for (size_t i = 0; i < b.len;) {
		bool skipped = false;
		for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			size_t kl = strlen(keys[k]);
			if (b.len - i >= kl && !memcmp(b.data + i, keys[k], kl)) {
				memcpy(out + n, keys[k], kl);
				n += kl;
				i += kl;
				while (i < b.len && b.data[i] >= '0' && b.data[i] <= '9')
					i++;
				skipped = true;
				break;
			}
		}
		if (!skipped)
			out[n++] = b.data[i++];
	}
	out[n] = 0;
	buf_free(&b);
	return out;
}

/* The comments of a parsed file, one per line, trailing blanks removed. */
static char *comment_list(struct parsed *p)
{
	const struct srcfile *sf = srcmgr_get(&p->sm, p->af->file);
	struct buf b = {0};
	for (uint32_t i = 0; i < p->af->ncomments; i++) {
		struct token t = p->af->comments[i];
		uint32_t n = t.len;
		while (n > 1 && (sf->data[t.off + n - 1] == ' ' || sf->data[t.off + n - 1] == '\t' ||
				 sf->data[t.off + n - 1] == '\r'))
			n--;
		buf_put(&b, sf->data + t.off, n);
		buf_putc(&b, '\n');
	}
	char *out = malloc(b.len + 1);
	cr_assert_not_null(out);
	if (b.len)
		memcpy(out, b.data, b.len);
	out[b.len] = 0;
	buf_free(&b);
	return out;
}

/* Formats `len` bytes of `text` (which must parse without errors); the
 * result is malloc'd.  With `json`/`comments`, also returns the normalised
 * tree and the comments of the input. */
static char *format_text(const char *text, size_t len, char **json, char **comments)
{
	struct parsed p;
	parse_text(&p, text, len);
	assert_no_diags(&p, "the input", text);
	struct buf b = {0};
	kp_format(p.af, &p.sm, &b);
	char *out = malloc(b.len + 1);
	cr_assert_not_null(out);
	if (b.len)
		memcpy(out, b.data, b.len);
	out[b.len] = 0;
	cr_assert_eq(strlen(out), b.len, "the output holds a NUL byte");
	buf_free(&b);
	if (json)
		*json = tree_json(&p);
	if (comments)
		*comments = comment_list(&p);
	parsed_free(&p);
	return out;
}

/* Checks the formatter's promises on an input, returns the output. */
static char *check_promises(const char *src, size_t len)
{
	char *json_in, *comments_in;
	char *got = format_text(src, len, &json_in, &comments_in);

	char *json_out, *comments_out;
	char *again = format_text(got, strlen(got), &json_out, &comments_out);
	cr_assert_str_eq(again, got, "not idempotent:\n--- first ---\n%s--- second ---\n%s", got, again);
	cr_assert_str_eq(json_out, json_in, "the meaning changed:\n--- output ---\n%s", got);
	cr_assert_str_eq(comments_out, comments_in, "the comments changed:\n--- output ---\n%s", got);
	if (got[0])
		cr_assert(got[strlen(got) - 1] == '\n' && (strlen(got) < 2 || got[strlen(got) - 2] != '\n'),
			  "the output does not end with exactly one newline:\n%s", got);
	cr_assert_null(strchr(got, '\r'), "a carriage return in the output");
	cr_assert_null(strstr(got, " \n"), "trailing blanks in the output:\n%s", got);
	free(again);
	free(json_in);
	free(json_out);
	free(comments_in);
	free(comments_out);
	return got;
}

static void check_fmt_n(const char *src, size_t len, const char *want)
{
	char *got = check_promises(src, len);
	cr_assert_str_eq(got, want, "\n--- got ---\n%s--- want ---\n%s", got, want);
	free(got);
}

static void check_fmt(const char *src, const char *want)
{
	check_fmt_n(src, strlen(src), want);
}

Test(fmt, expands_one_line_blocks)
{
	/* a block with a block inside expands; a short simple one stays on its line */
	check_fmt("app web { security { user 1000  group 1000 drop ALL } }\n",
		  "app web {\n"
		  "  security { user 1000  group 1000  drop ALL }\n"
		  "}\n");
	/* a one-line block longer than 100 columns expands */
	check_fmt("labels { business_unit = \"ecommerce\"  owner = \"platform-team\"  cost_center = \"engineering-and-more\"  x = \"y\" }\n",
		  "labels {\n"
		  "  business_unit = \"ecommerce\"\n"
		  "  owner = \"platform-team\"\n"
		  "  cost_center = \"engineering-and-more\"\n"
		  "  x = \"y\"\n"
		  "}\n");
	/* a comment inside keeps the block expanded */
	check_fmt("labels { a = \"x\" }\nresources {\n  cpu 1  # one core\n}\n",
		  "labels { a = \"x\" }\nresources {\n  cpu 1  # one core\n}\n");
}

Test(fmt, reindents)
{
	check_fmt("namespace shop {\n"
		  "\t\t\tlabels {\n"
		  "team = \"a\"\n"
		  "        }\n"
		  "      default_deny   all\n"
		  "}\n"
		  "app   web   {\n"
		  "\timage    \"nginx\"\n"
		  "\t    sidecar log {\n"
		  "image \"fluentd\"\n"
		  "    }\n"
		  "}\n",
		  "namespace shop {\n"
		  "  labels {\n"
		  "    team = \"a\"\n"
		  "  }\n"
		  "  default_deny all\n"
		  "}\n"
		  "app web {\n"
		  "  image \"nginx\"\n"
		  "  sidecar log {\n"
		  "    image \"fluentd\"\n"
		  "  }\n"
		  "}\n");
}

Test(fmt, empty_blocks)
{
	check_fmt("app web {\n\n}\napp api {   }\nvertical\napp x {\n  vertical {\n  }\n}\n",
		  "app web {}\n"
		  "app api {}\n"
		  "vertical\n"
		  "app x {\n"
		  "  vertical {}\n"
		  "}\n");
}

Test(fmt, statements_sharing_a_line)
{
	check_fmt("platform demo; import \"a.kp\"\n"
		  "app web { replicas 3  kind deployment; image \"x\" }\n",
		  "platform demo\n"
		  "import \"a.kp\"\n"
		  "app web { replicas 3  kind deployment  image \"x\" }\n");
}

Test(fmt, lists_ranges_and_bases)
{
	check_fmt("profile base:a,b ,  c {\n"
		  "  security { drop A,B ,C }\n"
		  "  cpu 500m .. 1\n"
		  "  memory 256Mi..512Mi\n"
		  "  autoscale 2 ..10\n"
		  "}\n"
		  "app web   :   base {}\n"
		  "app api : base, other\n",
		  "profile base : a, b, c {\n"
		  "  security { drop A, B, C }\n"
		  "  cpu 500m..1\n"
		  "  memory 256Mi..512Mi\n"
		  "  autoscale 2..10\n"
		  "}\n"
		  "app web : base {}\n"
		  "app api : base, other\n");
}

Test(fmt, list_continued_on_the_next_line)
{
	check_fmt("app web {\n"
		  "  command \"sh\",\n"
		  "          \"-c\",\n"
		  "     \"run\"\n"
		  "}\n",
		  "app web {\n"
		  "  command \"sh\", \"-c\", \"run\"\n"
		  "}\n");
}

Test(fmt, assignments)
{
	check_fmt("labels { a = \"x\"  b = \"y\" }\n"
		  "config app-config {\n"
		  "  \"log.level\"=\"debug\"\n"
		  "  retries =3\n"
		  "}\n"
		  "app web { env { API = config app-config.api  B = \"1\" } }\n",
		  "labels { a = \"x\"  b = \"y\" }\n"
		  "config app-config {\n"
		  "  \"log.level\" = \"debug\"\n"
		  "  retries = 3\n"
		  "}\n"
		  "app web {\n"
		  "  env { API = config app-config.api  B = \"1\" }\n"
		  "}\n");
}

Test(fmt, tokens_keep_their_spelling)
{
	check_fmt("app web {\n"
		  "  image   \"reg/\\\"x\\\"\\\\y\\u{41}\\t\"\n"
		  "  liveness http /health?x=1 on http after 30s\n"
		  "  workdir /srv/app\n"
		  "}\n",
		  "app web {\n"
		  "  image \"reg/\\\"x\\\"\\\\y\\u{41}\\t\"\n"
		  "  liveness http /health?x=1 on http after 30s\n"
		  "  workdir /srv/app\n"
		  "}\n");
}

Test(fmt, path_range_keeps_apart)
{
	/* `/a..b` would lex as one path: the range keeps spaces around `..` */
	check_fmt("x /a ..5\n", "x /a .. 5\n");
	check_fmt("x /a..5\n", "x /a..5\n"); /* one path */
}

Test(fmt, bases_print_as_written)
{
	/* the parser names a base by its raw text, even a range */
	check_fmt("app web :b .. 5 {}\n", "app web : b .. 5 {}\n");
}

Test(fmt, own_line_comments_before_statements)
{
	check_fmt("# file header\n"
		  "      # second line\n"
		  "platform demo\n"
		  "app web {\n"
		  "# before image\n"
		  "        image \"x\"\n"
		  "    security {\n"
		  "# before user\n"
		  "user 1\n"
		  "    }\n"
		  "}\n",
		  "# file header\n"
		  "# second line\n"
		  "platform demo\n"
		  "app web {\n"
		  "  # before image\n"
		  "  image \"x\"\n"
		  "  security {\n"
		  "    # before user\n"
		  "    user 1\n"
		  "  }\n"
		  "}\n");
}

Test(fmt, trailing_comments_after_statements)
{
	check_fmt("platform demo   # the name\n"
		  "app web {\n"
		  "  replicas 3# three\n"
		  "  security { user 1000  group 1000  # ids\n"
		  "  }\n"
		  "  cpu 1; # semicolon\n"
		  "}\n",
		  "platform demo  # the name\n"
		  "app web {\n"
		  "  replicas 3  # three\n"
		  "  security {\n"
		  "    user 1000\n"
		  "    group 1000  # ids\n"
		  "  }\n"
		  "  cpu 1  # semicolon\n"
		  "}\n");
}

Test(fmt, comments_after_braces)
{
	check_fmt("app web {   # open\n"
		  "  security { # inner open\n"
		  "    user 1 } # inner close\n"
		  "  labels {} # empty\n"
		  "  vertical { # only a comment\n"
		  "  }\n"
		  "} # close\n",
		  "app web {  # open\n"
		  "  security {  # inner open\n"
		  "    user 1\n"
		  "  }  # inner close\n"
		  "  labels {}  # empty\n"
		  "  vertical {  # only a comment\n"
		  "  }\n"
		  "}  # close\n");
}

Test(fmt, comments_at_the_end_of_blocks_and_file)
{
	check_fmt("app web {\n"
		  "  image \"x\"\n"
		  "  security {\n"
		  "    user 1\n"
		  "# end of security\n"
		  "  }\n"
		  "      # end of app\n"
		  "}\n"
		  "app empty {\n"
		  "  # only comments\n"
		  "  # here\n"
		  "}\n"
		  "# end of file\n"
		  "\n\n",
		  "app web {\n"
		  "  image \"x\"\n"
		  "  security {\n"
		  "    user 1\n"
		  "    # end of security\n"
		  "  }\n"
		  "  # end of app\n"
		  "}\n"
		  "app empty {\n"
		  "  # only comments\n"
		  "  # here\n"
		  "}\n"
		  "# end of file\n");
}

Test(fmt, comments_inside_a_head_move_above_it)
{
	check_fmt("app web {\n"
		  "  command \"a\", # first\n"
		  "    \"b\",   # second\n"
		  "    \"c\"    # last\n"
		  "}\n"
		  "app api # before the brace\n"
		  "{\n"
		  "  replicas 2\n"
		  "}\n",
		  "app web {\n"
		  "  # first\n"
		  "  # second\n"
		  "  command \"a\", \"b\", \"c\"  # last\n"
		  "}\n"
		  "# before the brace\n"
		  "app api {\n"
		  "  replicas 2\n"
		  "}\n");
}

Test(fmt, brace_on_the_next_line)
{
	check_fmt("app web\n{\nreplicas 2\n}\napp api\n\n{\n}\n",
		  "app web {\n"
		  "  replicas 2\n"
		  "}\n"
		  "app api {}\n");
}

Test(fmt, blank_lines)
{
	check_fmt("\n\n\nplatform demo\n"
		  "\n\n\n\n"
		  "app web {\n"
		  "\n\n"
		  "  image \"x\"\n"
		  "  \t \n"
		  "  replicas 2\n"
		  "  # group one\n"
		  "\n"
		  "  # group two\n"
		  "  kind deployment\n"
		  "\n\n"
		  "}\n"
		  "app api {\n"
		  "  replicas 1\n"
		  "\n"
		  "  # trailing group\n"
		  "\n"
		  "}\n"
		  "\n\n",
		  "platform demo\n"
		  "\n"
		  "app web {\n"
		  "  image \"x\"\n"
		  "\n"
		  "  replicas 2\n"
		  "  # group one\n"
		  "\n"
		  "  # group two\n"
		  "  kind deployment\n"
		  "}\n"
		  "app api {\n"
		  "  replicas 1\n"
		  "\n"
		  "  # trailing group\n"
		  "}\n");
}

Test(fmt, no_blank_line_after_an_opening_brace_comment)
{
	check_fmt("app web {  # open\n"
		  "\n"
		  "  # own\n"
		  "\n"
		  "  image \"x\"\n"
		  "}\n",
		  "app web {  # open\n"
		  "  # own\n"
		  "\n"
		  "  image \"x\"\n"
		  "}\n");
}

Test(fmt, blank_line_kept_before_a_moved_comment)
{
	check_fmt("platform demo\n\napp web {\n  command \"a\", # c\n    \"b\"\n}\n",
		  "platform demo\n\napp web {\n  # c\n  command \"a\", \"b\"\n}\n");
}

Test(fmt, crlf_input)
{
	check_fmt("# top  \r\n"
		  "platform demo\r\n"
		  "\r\n"
		  "\r\n"
		  "app web {\r\n"
		  "  image \"x\"   # trailing\r\n"
		  "}\r\n"
		  "# end\r\n",
		  "# top\n"
		  "platform demo\n"
		  "\n"
		  "app web {\n"
		  "  image \"x\"  # trailing\n"
		  "}\n"
		  "# end\n");
}

Test(fmt, bom_input)
{
	check_fmt("\xEF\xBB\xBFplatform demo\n", "platform demo\n");
	check_fmt("\xEF\xBB\xBF# comment first\r\napp web {}", "# comment first\napp web {}\n");
}

Test(fmt, missing_final_newline_and_empty_files)
{
	check_fmt("platform demo", "platform demo\n");
	check_fmt("platform demo  # c", "platform demo  # c\n");
	check_fmt("", "");
	check_fmt("\n\n  \n", "");
	check_fmt("\n\n# only a comment", "# only a comment\n");
}

Test(fmt, unknown_statements_are_kept)
{
	check_fmt("frobnicate a b { c 1 { d = 2 } }\n",
		  "frobnicate a b {\n"
		  "  c 1 { d = 2 }\n"
		  "}\n");
}

Test(fmt, already_canonical_is_unchanged)
{
	const char *src = "# Demo.\n"
			  "platform demo\n"
			  "\n"
			  "namespace shop {\n"
			  "  labels {\n"
			  "    team = \"shop\"  # owner\n"
			  "  }\n"
			  "}\n"
			  "\n"
			  "app web : hardened, probed {\n"
			  "  image \"nginx:1.25\"\n"
			  "  port http 8080\n"
			  "  resources {\n"
			  "    cpu 250m..500m\n"
			  "    memory 256Mi..512Mi\n"
			  "  }\n"
			  "  autoscale 2..10 {\n"
			  "    cpu 70%\n"
			  "    up {\n"
			  "      pods 2 per 60s\n"
			  "    }\n"
			  "  }\n"
			  "\n"
			  "  # the end\n"
			  "}\n";
	check_fmt(src, src);
}

/* Property: a comment inserted at every line break and blank of an input
 * that still parses is kept, and every promise holds. */
Test(fmt, comment_inserted_anywhere)
{
	static const char *const inputs[] = {
		"platform demo\n"
		"app web : a, b {\n"
		"  security { user 1000  group 1000 drop ALL, SYS }\n"
		"  labels { a = \"x\"  b = \"y\" }\n"
		"\n"
		"  cpu 1..2\n"
		"  vertical {}\n"
		"}\n",
		"app web\n{\n  command \"a\",\n \"b\"\n}\n",
	};
	static const char *const inserts[] = {" # c\n", "# c\n", "\n# c\n\n", " # c\r\n"};
	for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
		const char *src = inputs[k];
		size_t len = strlen(src);
		for (size_t ins = 0; ins < sizeof inserts / sizeof inserts[0]; ins++) {
			size_t il = strlen(inserts[ins]);
			for (size_t i = 0; i <= len; i++) {
				if (i < len && src[i] != ' ' && src[i] != '\n')
					continue;
				char *m = malloc(len + il + 1);
				cr_assert_not_null(m);
				memcpy(m, src, i);
				memcpy(m + i, inserts[ins], il);
				memcpy(m + i + il, src + i, len - i + 1);
				struct parsed p;
				parse_text(&p, m, len + il);
				bool ok = p.d.len == 0;
				parsed_free(&p);
				if (ok)
					free(check_promises(m, len + il));
				free(m);
			}
		}
	}
}

#ifdef KPC_SOURCE_ROOT
static char *slurp(const char *rel, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", KPC_SOURCE_ROOT, rel);
	FILE *fp = fopen(path, "rb");
	cr_assert_not_null(fp, "cannot open %s", path);
	struct buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_put(&b, chunk, n);
	fclose(fp);
	char *out = malloc(b.len + 1);
	cr_assert_not_null(out);
	if (b.len)
		memcpy(out, b.data, b.len);
	out[b.len] = 0;
	*len = b.len;
	buf_free(&b);
	return out;
}

Test(fmt, examples)
{
	static const char *const files[] = {"examples/ecommerce/platform.kp", "examples/ecommerce/profiles.kp"};
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		size_t len;
		char *src = slurp(files[i], &len);
		free(check_promises(src, len));
		free(src);
	}
}
#endif
