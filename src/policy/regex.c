/* regex.c: PCRE2 behind regex.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "kpc/regex.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>

struct regex {
	pcre2_code *code;
};

struct regex *regex_compile(const char *pat, size_t len, char *err, size_t errlen, size_t *erroff)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, len, PCRE2_UTF, &ec, &off, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		snprintf(err, errlen, "%s", (const char *)msg);
		*erroff = off;
		return NULL;
	}
	pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* best effort */
	struct regex *re = xmalloc(sizeof *re);
	re->code = code;
	return re;
}

bool regex_match(const struct regex *re, const char *s, size_t n)
{
	/* match data per call: patterns are shared by the -j worker threads */
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	if (!md)
		kpc_die("out of memory");
	int rc = pcre2_match(re->code, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

void regex_free(struct regex *re)
{
	if (!re)
		return;
	pcre2_code_free(re->code);
	free(re);
}
