/* test_schema.c: the bundled Kubernetes schema's tables (src/policy/
 * k8s_schema_data.c).  Each type's fields are sorted bytewise and also in a
 * hash table (k8s_slots) whose hash the generator and schema.c compute
 * separately: every field must be found through it, and a key that is not
 * a field (one byte changed, added or removed, the name of another type's
 * field) must not. */
#include "../../src/policy/schema.h"

#include <criterion/criterion.h>
#include <string.h>

/* What a linear scan of the sorted fields finds. */
static const struct k8s_field *scan(const struct k8s_type *t, const char *p, size_t n)
{
	for (uint8_t i = 0; i < t->n; i++) {
		const struct k8s_field *f = &k8s_fields[t->first + i];
		const char *name = k8s_str(f->name);
		if (strlen(name) == n && !memcmp(name, p, n))
			return f;
	}
	return NULL;
}

static void same(const struct k8s_type *t, const char *p, size_t n)
{
	const struct k8s_field *want = scan(t, p, n);
	const struct k8s_field *got = schema_field(t, (struct sv){p, n});
	cr_assert_eq(got, want, "type %u, key '%.*s': found %s", (unsigned)(t - k8s_types), (int)n, p,
		     got ? k8s_str(got->name) : "nothing");
}

Test(schema, tables_are_sorted_and_half_full)
{
	for (size_t ti = 0; ti < k8s_type_count; ti++) {
		const struct k8s_type *t = &k8s_types[ti];
		cr_assert(t->bits >= 1 && t->bits < 16);
		size_t size = (size_t)1 << t->bits, used = 0;
		cr_assert_geq(size, 2u * t->n, "type %zu: %zu slots for %u fields", ti, size, t->n);
		for (size_t i = 0; i < size; i++) {
			const struct k8s_slot *sl = &k8s_slots[t->slots + i];
			if (!sl->field)
				continue;
			used++;
			cr_assert_leq(sl->field, t->n);
			cr_assert_eq(sl->len, strlen(k8s_str(k8s_fields[t->first + sl->field - 1].name)));
		}
		cr_assert_eq(used, t->n, "type %zu", ti);
		for (uint8_t i = 1; i < t->n; i++)
			cr_assert_lt(strcmp(k8s_str(k8s_fields[t->first + i - 1].name),
					    k8s_str(k8s_fields[t->first + i].name)),
				     0);
	}
}

Test(schema, every_field_is_found_and_nothing_else)
{
	char key[300];
	for (size_t ti = 0; ti < k8s_type_count; ti++) {
		const struct k8s_type *t = &k8s_types[ti];
		for (uint8_t i = 0; i < t->n; i++) {
			const char *name = k8s_str(k8s_fields[t->first + i].name);
			size_t n = strlen(name);
			cr_assert_lt(n, sizeof key - 2);
			cr_assert_eq(schema_field(t, (struct sv){name, n}), &k8s_fields[t->first + i]);
			memcpy(key, name, n);
			same(t, key, n - 1);  /* a prefix */
			same(t, key + 1, n - 1); /* a suffix */
			key[n] = 's';
			same(t, key, n + 1);
			for (size_t k = 0; k < n; k++) { /* every byte changed */
				key[k] ^= 0x20;
				same(t, key, n);
				key[k] = name[k];
			}
		}
		/* every name of every other type */
		for (size_t f = 0; f < k8s_type_count; f += 7) {
			const struct k8s_type *u = &k8s_types[f];
			for (uint8_t i = 0; i < u->n; i++) {
				const char *name = k8s_str(k8s_fields[u->first + i].name);
				same(t, name, strlen(name));
			}
		}
		same(t, "", 0);
	}
}
