/* lower.h: state and helpers of the lowering from platform IR to objects
 * (private to libkpc). */
#ifndef KPC_LOWER_H
#define KPC_LOWER_H

#include "ir.h"

struct lower {
	struct kpc_unit *u;
	struct arena *a;
	struct diags *d;
	const struct kpc_options *opt;
	struct vec accounts; /* struct ast_stmt *, namespace, and whether its rules were emitted */
	uint32_t *account_slots; /* index into accounts / 3, + 1; 0 empty */
	uint32_t account_cap;
	const struct ast_stmt *app_annotations; /* the app being lowered: its `annotations` */
	struct obj *annotations; /* every object's of the declaration being lowered, once made */
	/* where what outlives one declaration goes: the unit's arena, or (when
	 * objects are handed over one declaration at a time and the arena rolls
	 * back after each) a separate one */
	struct arena *keep;
};

enum qkind { Q_CPU, Q_MEM, Q_DURATION, Q_PERCENT, Q_INT_OR_PERCENT };

struct quantity {
	double value; /* millicores, bytes, seconds or the number */
	bool percent;
	struct sv text;
	struct span span;
};

bool want_args(struct lower *L, const struct ast_stmt *s, uint32_t min, uint32_t max);
bool as_word(struct lower *L, const struct ast_arg *a, const char *what, const char *const *choices, size_t n, int *idx);
bool as_name(struct lower *L, const struct ast_arg *a, const char *what);
bool as_string(struct lower *L, const struct ast_arg *a, const char *what);
bool as_int(struct lower *L, const struct ast_arg *a, const char *what, int64_t lo, int64_t hi, int64_t *out);
bool as_quantity(struct lower *L, const struct ast_arg *a, enum qkind k, struct quantity *q);
struct obj *quantity_obj(struct lower *L, const struct quantity *q);
struct obj *int_or_percent_obj(struct lower *L, const struct quantity *q);
bool is_dns_label(struct sv s, size_t max);
bool check_dns_name(struct lower *L, const struct ast_arg *a, const char *what, size_t max);
bool label_key_ok(struct sv s);
bool label_value_ok(struct sv s);

#endif
