/* rules.c: the rule catalogue, every family in order. */
#include "rules.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

static const struct {
	const struct rule *rules;
	const size_t *count;
} families[] = {
	{rules_md, &rules_md_count}, {rules_sc, &rules_sc_count}, {rules_pb, &rules_pb_count},
	{rules_rs, &rules_rs_count}, {rules_im, &rules_im_count}, {rules_av, &rules_av_count},
	{rules_sv, &rules_sv_count}, {rules_nw, &rules_nw_count}, {rules_rb, &rules_rb_count},
	{rules_ap, &rules_ap_count},
};

size_t rule_count(void)
{
	size_t n = 0;
	for (size_t i = 0; i < KPC_ARRAY_LEN(families); i++)
		n += *families[i].count;
	return n;
}

/* The catalogue as one array of pointers, made once (the engine asks for
 * every rule of every object). */
static const struct rule **catalogue;
static size_t catalogue_len;
static pthread_once_t catalogue_once = PTHREAD_ONCE_INIT;

static void make_catalogue(void)
{
	size_t n = rule_count();
	catalogue = xcalloc(n, sizeof *catalogue);
	for (size_t f = 0; f < KPC_ARRAY_LEN(families); f++)
		for (size_t i = 0; i < *families[f].count; i++)
			catalogue[catalogue_len++] = &families[f].rules[i];
}

const struct rule *rule_at(size_t i)
{
	pthread_once(&catalogue_once, make_catalogue);
	return i < catalogue_len ? catalogue[i] : NULL;
}

size_t rule_index(const struct rule *r)
{
	size_t base = 0;
	for (size_t f = 0; f < KPC_ARRAY_LEN(families); f++) {
		const struct rule *a = families[f].rules;
		if (r >= a && r < a + *families[f].count)
			return base + (size_t)(r - a);
		base += *families[f].count;
	}
	return (size_t)-1;
}

const struct rule *rule_find(const char *id_or_slug)
{
	size_t n = rule_count();
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		if (!strcmp(r->id, id_or_slug) || !strcmp(r->slug, id_or_slug))
			return r;
	}
	/* IDs are accepted in any case: "sc002" */
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		if (!strcasecmp(r->id, id_or_slug))
			return r;
	}
	return NULL;
}
