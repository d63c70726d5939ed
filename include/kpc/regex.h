/* regex.h: compiled patterns for policy packs (the only place that includes
 * PCRE2).  Patterns are compiled once per run, with JIT when available. */
#ifndef KPC_REGEX_H
#define KPC_REGEX_H

#include "kpc/base.h"

struct regex;

/* Returns NULL and fills `err` (and the byte offset of the problem) when the
 * pattern does not compile. */
struct regex *regex_compile(const char *pat, size_t len, char *err, size_t errlen, size_t *erroff);
/* Does the pattern match somewhere in the subject?  (Anchor with ^ and $.) */
bool regex_match(const struct regex *re, const char *s, size_t n);
void regex_free(struct regex *re);

#endif
