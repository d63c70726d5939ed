/* lower_util.c: argument checking for the lowering: counts, words from a
 * fixed set, integers, quantities with units, durations and percentages,
 * each with a precise diagnostic at the offending argument. */
#include "lower.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

bool want_args(struct lower *L, const struct ast_stmt *s, uint32_t min, uint32_t max)
{
	if (s->nargs >= min && s->nargs <= max)
		return true;
	struct span sp = s->nargs > max ? s->args[max]->span : s->key_span;
	struct diag *g;
	if (s->nargs > max)
		g = diag_error(L->d, E0202, sp, "too many arguments to '%.*s'", (int)s->key.len, s->key.p);
	else
		g = diag_error(L->d, E0202, sp, "'%.*s' needs %s argument%s", (int)s->key.len, s->key.p,
			       min == 1 ? "an" : "more", min == 1 ? "" : "s");
	if (s->kw)
		diag_help(g, "write `%s`", s->kw->syntax);
	return false;
}

static const char *arg_kind_name(enum arg_kind k)
{
	static const char *const n[] = {"a word", "a string", "a number", "a path", "a range", "a list"};
	return n[k];
}

bool as_word(struct lower *L, const struct ast_arg *a, const char *what, const char *const *choices, size_t n, int *idx)
{
	if (a->kind == ARG_WORD || a->kind == ARG_STRING) {
		for (size_t i = 0; i < n; i++) {
			if (sv_eqc(a->text, choices[i])) {
				*idx = (int)i;
				return true;
			}
		}
	}
	struct diag *g = diag_error(L->d, E0301, a->span, "unknown %s '%.*s'", what, (int)a->text.len, a->text.p);
	const char *s = kpc_suggest(a->text, choices, n);
	if (s) {
		diag_label(g, "did you mean '%s'?", s);
	} else {
		struct buf b = {0};
		for (size_t i = 0; i < n; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", choices[i]);
		diag_help(g, "expected one of: %s", buf_cstr(&b));
		buf_free(&b);
	}
	return false;
}

bool as_name(struct lower *L, const struct ast_arg *a, const char *what)
{
	if (a->kind != ARG_WORD && a->kind != ARG_STRING) {
		diag_error(L->d, E0301, a->span, "expected %s name, found %s", what, arg_kind_name(a->kind));
		return false;
	}
	return true;
}

bool as_string(struct lower *L, const struct ast_arg *a, const char *what)
{
	if (a->kind == ARG_STRING || a->kind == ARG_PATH)
		return true;
	struct diag *g = diag_error(L->d, E0301, a->span, "expected %s in quotes, found %s", what, arg_kind_name(a->kind));
	diag_help(g, "write \"%.*s\"", (int)a->text.len, a->text.p);
	return false;
}

bool as_int(struct lower *L, const struct ast_arg *a, const char *what, int64_t lo, int64_t hi, int64_t *out)
{
	if (a->kind != ARG_NUMBER) {
		diag_error(L->d, E0301, a->span, "expected %s (a whole number), found %s", what, arg_kind_name(a->kind));
		return false;
	}
	int64_t v = 0;
	for (size_t i = 0; i < a->text.len; i++) {
		char c = a->text.p[i];
		if (c < '0' || c > '9') {
			struct diag *g = diag_error(L->d, E0301, a->span, "expected %s (a whole number), found '%.*s'", what,
						    (int)a->text.len, a->text.p);
			(void)g;
			return false;
		}
		if (v > (INT64_MAX - 9) / 10) {
			diag_error(L->d, E0302, a->span, "%s is too large", what);
			return false;
		}
		v = v * 10 + (c - '0');
	}
	if (v < lo || v > hi) {
		diag_error(L->d, E0302, a->span, "%s %lld is out of range (%lld to %lld)", what, (long long)v, (long long)lo,
			   (long long)hi);
		return false;
	}
	*out = v;
	return true;
}

/* Splits a number token into its numeric part and its unit. */
static bool split_number(struct sv t, double *num, struct sv *unit, bool *frac)
{
	size_t i = 0;
	while (i < t.len && ((t.p[i] >= '0' && t.p[i] <= '9') || t.p[i] == '.'))
		i++;
	if (i == 0)
		return false;
	*frac = memchr(t.p, '.', i) != NULL;
	if (!*frac && i < 16) {
		/* whole numbers below 2^53 are exact: strtod would give the same */
		uint64_t v = 0;
		for (size_t k = 0; k < i; k++)
			v = v * 10 + (uint64_t)(t.p[k] - '0');
		*num = (double)v;
	} else {
		char tmp[64];
		if (i >= sizeof tmp)
			return false;
		memcpy(tmp, t.p, i);
		tmp[i] = 0;
		*num = strtod(tmp, NULL);
	}
	*unit = (struct sv){t.p + i, t.len - i};
	return true;
}

static const char *const mem_units[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "k", "M", "G", "T", "P", "E"};
static const double mem_mult[] = {1, 1024.0, 1048576.0, 1073741824.0, 1099511627776.0, 1125899906842624.0,
				  1152921504606846976.0, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18};

bool as_quantity(struct lower *L, const struct ast_arg *a, enum qkind k, struct quantity *q)
{
	static const char *const what[] = {"cpu", "memory", "duration", "percentage", "count or percentage"};
	if (a->kind != ARG_NUMBER) {
		struct diag *g = diag_error(L->d, E0301, a->span, "expected a %s, found %s", what[k], arg_kind_name(a->kind));
		if (k == Q_CPU)
			diag_help(g, "cpu is written in cores (`1`, `0.5`) or millicores (`500m`)");
		else if (k == Q_MEM)
			diag_help(g, "memory is written with a unit: `512Mi`, `1Gi`");
		else if (k == Q_DURATION)
			diag_help(g, "durations are written `30s`, `5m` or `1h`");
		return false;
	}
	double num;
	struct sv unit;
	bool frac;
	if (!split_number(a->text, &num, &unit, &frac)) {
		diag_error(L->d, E0105, a->span, "invalid number '%.*s'", (int)a->text.len, a->text.p);
		return false;
	}
	q->text = a->text;
	q->span = a->span;
	switch (k) {
	case Q_CPU: {
		static const char *const u[] = {"", "m"};
		if (unit.len == 0) {
			q->value = num * 1000.0;
		} else if (sv_eqc(unit, "m")) {
			if (frac) {
				diag_error(L->d, E0105, a->span, "millicores are whole numbers: '%.*s'", (int)a->text.len, a->text.p);
				return false;
			}
			q->value = num;
		} else {
			struct span us = {a->span.file, a->span.off + (uint32_t)(unit.p - a->text.p), (uint32_t)unit.len};
			struct diag *g = diag_error(L->d, E0102, us, "unknown unit '%.*s' for cpu", (int)unit.len, unit.p);
			const char *s = kpc_suggest(unit, u, 2);
			if (s && *s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "cpu is written in cores (`1`, `0.5`) or millicores (`500m`)");
			return false;
		}
		return true;
	}
	case Q_MEM:
		for (size_t i = 0; i < KPC_ARRAY_LEN(mem_units); i++) {
			if (sv_eqc(unit, mem_units[i])) {
				q->value = num * mem_mult[i];
				return true;
			}
		}
		{
			struct span us = {a->span.file, a->span.off + (uint32_t)(unit.p - a->text.p), (uint32_t)unit.len};
			struct diag *g = diag_error(L->d, E0102, us, "unknown unit '%.*s' for memory", (int)unit.len, unit.p);
			const char *s = kpc_suggest(unit, mem_units + 1, KPC_ARRAY_LEN(mem_units) - 1);
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "memory units are Ki, Mi, Gi, Ti (powers of 1024) and k, M, G, T (powers of 1000)");
		}
		return false;
	case Q_DURATION: {
		static const char *const u[] = {"s", "m", "h"};
		static const double mult[] = {1, 60, 3600};
		for (size_t i = 0; i < 3; i++) {
			if (sv_eqc(unit, u[i])) {
				if (frac) {
					diag_error(L->d, E0105, a->span, "durations are whole numbers of seconds, minutes or hours");
					return false;
				}
				q->value = num * mult[i];
				return true;
			}
		}
		struct span us = {a->span.file, a->span.off + (uint32_t)(unit.p - a->text.p), (uint32_t)(unit.len ? unit.len : 0)};
		struct diag *g;
		if (!unit.len) {
			g = diag_error(L->d, E0102, a->span, "a duration needs a unit");
			diag_help(g, "write `%.*ss` for seconds", (int)a->text.len, a->text.p);
		} else {
			g = diag_error(L->d, E0102, us, "unknown unit '%.*s' for a duration", (int)unit.len, unit.p);
			const char *s = kpc_suggest(unit, u, 3);
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "durations are written `30s`, `5m` or `1h`");
		}
		return false;
	}
	case Q_PERCENT:
	case Q_INT_OR_PERCENT:
		if (sv_eqc(unit, "%") && !frac) {
			q->value = num;
			q->percent = true;
			return true;
		}
		if (k == Q_INT_OR_PERCENT && unit.len == 0 && !frac) {
			q->value = num;
			q->percent = false;
			return true;
		}
		{
			struct diag *g = diag_error(L->d, E0102, a->span, "expected %s, found '%.*s'",
						    k == Q_PERCENT ? "a whole percentage such as `70%`" : "a count or a percentage",
						    (int)a->text.len, a->text.p);
			(void)g;
		}
		return false;
	}
	return false;
}

struct obj *quantity_obj(struct lower *L, const struct quantity *q)
{
	return obj_str(L->a, q->text, q->span);
}

struct obj *int_or_percent_obj(struct lower *L, const struct quantity *q)
{
	if (q->percent)
		return obj_str(L->a, q->text, q->span);
	return obj_int(L->a, (int64_t)q->value, q->span);
}

/* RFC 1123 label: lowercase alphanumerics and '-', starting and ending
 * alphanumeric, at most `max` characters. */
bool is_dns_label(struct sv s, size_t max)
{
	if (s.len == 0 || s.len > max)
		return false;
	for (size_t i = 0; i < s.len; i++) {
		char c = s.p[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		if (!alnum && !(c == '-' && i > 0 && i + 1 < s.len))
			return false;
	}
	return true;
}

bool check_dns_name(struct lower *L, const struct ast_arg *a, const char *what, size_t max)
{
	if (is_dns_label(a->text, max))
		return true;
	struct diag *g = diag_error(L->d, E0303, a->span, "invalid %s name '%.*s'", what, (int)a->text.len, a->text.p);
	diag_help(g, "names are at most %zu lowercase letters, digits and '-', starting and ending with a letter or digit", max);
	return false;
}

/* A label value: empty, or at most 63 of [A-Za-z0-9._-] starting and ending
 * alphanumeric.  A key: an optional DNS-subdomain prefix and '/', then a
 * name of the same form. */
static bool label_name_ok(struct sv s, bool allow_empty)
{
	if (s.len == 0)
		return allow_empty;
	if (s.len > 63)
		return false;
	for (size_t i = 0; i < s.len; i++) {
		char c = s.p[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && !((c == '-' || c == '_' || c == '.') && i > 0 && i + 1 < s.len))
			return false;
	}
	return true;
}

bool label_key_ok(struct sv s)
{
	const char *slash = memchr(s.p, '/', s.len);
	if (!slash)
		return label_name_ok(s, false);
	struct sv prefix = {s.p, (size_t)(slash - s.p)};
	struct sv name = {slash + 1, s.len - prefix.len - 1};
	if (prefix.len == 0 || prefix.len > 253)
		return false;
	for (size_t i = 0; i < prefix.len; i++) {
		char c = prefix.p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
			return false;
	}
	return label_name_ok(name, false);
}

bool label_value_ok(struct sv s)
{
	return label_name_ok(s, true);
}
