/* pack.c: loading and checking policy packs (see pack.h). */
#define _GNU_SOURCE
#include "kpc/pack.h"
#include "kpc/yaml.h"

#include <errno.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct builtin_pack {
	const char *name;
	const char *text;
};
extern const struct builtin_pack kpc_builtin_packs[];
extern const size_t kpc_nbuiltin_packs;

void pack_set_init(struct pack_set *ps)
{
	memset(ps, 0, sizeof *ps);
	srcmgr_init(&ps->sm);
	diags_init(&ps->diags, &ps->sm);
	arena_init(&ps->arena);
}

void pack_set_free(struct pack_set *ps)
{
	for (uint32_t i = 0; i < ps->regexes.len; i++)
		regex_free(ps->regexes.items[i]);
	vec_free(&ps->regexes);
	vec_free(&ps->loading);
	diags_free(&ps->diags);
	srcmgr_free(&ps->sm);
	arena_free(&ps->arena);
}

static const char *const profile_names[] = {"none", "minimal", "default", "restricted", "all"};
static const unsigned profile_bits[] = {0, PROFILE_MINIMAL, PROFILE_DEFAULT, PROFILE_RESTRICTED, PROFILE_ALL};

bool pack_profile_parse(const char *name, unsigned *profile)
{
	for (size_t i = 0; i < KPC_ARRAY_LEN(profile_names); i++) {
		if (!strcmp(name, profile_names[i])) {
			*profile = profile_bits[i];
			return true;
		}
	}
	return false;
}

const char *pack_builtin(const char *name)
{
	for (size_t i = 0; i < kpc_nbuiltin_packs; i++)
		if (!strcmp(kpc_builtin_packs[i].name, name))
			return kpc_builtin_packs[i].text;
	return NULL;
}

char *pack_find_config(const char *dir)
{
	char cur[PATH_MAX];
	if (!realpath(dir, cur))
		return NULL;
	for (;;) {
		char *p = NULL;
		if (asprintf(&p, "%s/.kpc.yaml", strcmp(cur, "/") ? cur : "") < 0)
			kpc_die("out of memory");
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			return p;
		free(p);
		char *slash = strrchr(cur, '/');
		if (!slash || slash == cur)
			break;
		*slash = 0;
	}
	return NULL;
}

const struct regex *lint_param_regex(const struct lint_ctx *cx, const char *name)
{
	const struct obj *o = lint_param(cx, name);
	return o ? o->aux : NULL;
}

/* ---- loading ------------------------------------------------------------- */

struct ploader {
	struct pack_set *ps;
	struct lint_config *cfg;
	const char *dir; /* of the pack file, for relative `extends` */
};

static struct diag *perr(struct ploader *P, enum diag_code code, const struct obj *at, const char *fmt, ...)
	KPC_PRINTF(4, 5);
static struct diag *perr(struct ploader *P, enum diag_code code, const struct obj *at, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return diag_add(&P->ps->diags, DIAG_SEV_ERROR, code, at ? at->span : (struct span){0}, "%s", msg);
}

static struct span key_span(const struct obj *map, const char *key)
{
	for (uint32_t i = 0; i < map->map.len; i++)
		if (sv_eqc(map->map.items[i].key, key))
			return map->map.items[i].kspan;
	return map->span;
}

static void unknown_field(struct ploader *P, const struct obj *map, uint32_t i, const char *where,
			  const char *const *known, size_t n)
{
	struct sv k = map->map.items[i].key;
	struct diag *g = diag_add(&P->ps->diags, DIAG_SEV_ERROR, DIAG_E0601, map->map.items[i].kspan,
				  "unknown field '%.*s' in %s", (int)k.len, k.p, where);
	const char *s = kpc_suggest(k, known, n);
	if (s)
		diag_label(g, "did you mean '%s'?", s);
	else {
		struct buf b = {0};
		for (size_t j = 0; j < n; j++)
			buf_printf(&b, "%s%s", j ? ", " : "", known[j]);
		diag_help(g, "known fields: %s", buf_cstr(&b));
		buf_free(&b);
	}
}

static bool want_kind(struct ploader *P, const struct obj *v, enum obj_kind k, const char *what)
{
	static const char *const names[] = {"null", "a boolean", "an integer", "a string", "a mapping", "a list"};
	if (v->kind == k)
		return true;
	perr(P, DIAG_E0603, v, "%s must be %s, not %s", what, names[k], names[v->kind]);
	return false;
}

static void reset_profile(struct lint_config *cfg, unsigned profile)
{
	size_t n = rule_count();
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rule_at(i);
		cfg->rules[i].sev = (r->profiles & profile) ? r->sev : LINT_OFF;
	}
}

/* The declared type of parameter `name` of rule `r`, or NULL. */
static const char *param_type(const struct rule *r, struct sv name, char *buf, size_t buflen)
{
	if (!r->params)
		return NULL;
	const char *p = r->params;
	while (*p) {
		const char *sp = strchr(p, ' ');
		size_t n = sp ? (size_t)(sp - p) : strlen(p);
		const char *colon = memchr(p, ':', n);
		if (colon && (size_t)(colon - p) == name.len && !memcmp(p, name.p, name.len)) {
			size_t tl = n - (size_t)(colon - p) - 1;
			if (tl >= buflen)
				tl = buflen - 1;
			memcpy(buf, colon + 1, tl);
			buf[tl] = 0;
			return buf;
		}
		if (!sp)
			break;
		p = sp + 1;
	}
	return NULL;
}

static bool compile_pattern(struct ploader *P, struct obj *v)
{
	if (!want_kind(P, v, OBJ_STR, "a pattern"))
		return false;
	char err[256];
	size_t off = 0;
	struct regex *re = regex_compile(v->s.p, v->s.len, err, sizeof err, &off);
	if (!re) {
		/* point at the offending character inside the pattern when the
		 * scalar is written plainly or in quotes on one line */
		struct span sp = v->span;
		uint32_t start = v->quoted ? 1 : 0; /* the span of a quoted scalar includes its quotes */
		if (off < v->s.len && sp.len >= v->s.len + start) {
			sp.off += start + (uint32_t)off;
			sp.len = 1;
		}
		struct diag *g = diag_add(&P->ps->diags, DIAG_SEV_ERROR, DIAG_E0604, sp, "invalid pattern: %s", err);
		diag_help(g, "patterns are PCRE2 regular expressions, e.g. \"^[a-z0-9-]+$\"");
		return false;
	}
	v->aux = re;
	vec_push(&P->ps->regexes, re);
	return true;
}

static bool check_params(struct ploader *P, const struct rule *r, struct obj *params)
{
	bool ok = true;
	for (uint32_t i = 0; i < params->map.len; i++) {
		struct obj *v = params->map.items[i].val;
		char tb[16];
		const char *t = param_type(r, params->map.items[i].key, tb, sizeof tb);
		if (!t) {
			const char *names[16];
			char store[16][48];
			size_t n = 0;
			const char *p = r->params;
			while (p && *p && n < 16) {
				const char *colon = strchr(p, ':');
				if (!colon)
					break;
				size_t l = (size_t)(colon - p) < 47 ? (size_t)(colon - p) : 47;
				memcpy(store[n], p, l);
				store[n][l] = 0;
				names[n] = store[n];
				n++;
				p = strchr(colon, ' ');
				p = p ? p + 1 : NULL;
			}
			struct sv k = params->map.items[i].key;
			struct diag *g = diag_add(&P->ps->diags, DIAG_SEV_ERROR, DIAG_E0601, params->map.items[i].kspan,
						  "rule %s (%s) has no parameter '%.*s'", r->id, r->slug, (int)k.len, k.p);
			const char *s = kpc_suggest(k, names, n);
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else if (!n)
				diag_help(g, "this rule takes no parameters");
			ok = false;
			continue;
		}
		if (!strcmp(t, "int"))
			ok &= want_kind(P, v, OBJ_INT, "this parameter");
		else if (!strcmp(t, "bool"))
			ok &= want_kind(P, v, OBJ_BOOL, "this parameter");
		else if (!strcmp(t, "string"))
			ok &= want_kind(P, v, OBJ_STR, "this parameter");
		else if (!strcmp(t, "regex"))
			ok &= compile_pattern(P, v);
		else if (!strcmp(t, "list") || !strcmp(t, "regexlist")) {
			if (!want_kind(P, v, OBJ_SEQ, "this parameter")) {
				ok = false;
				continue;
			}
			for (uint32_t j = 0; j < v->seq.len; j++) {
				if (!strcmp(t, "regexlist"))
					ok &= compile_pattern(P, v->seq.items[j]);
				else
					ok &= want_kind(P, v->seq.items[j], OBJ_STR, "each item");
			}
		}
	}
	return ok;
}

static bool load_rules(struct ploader *P, const struct obj *rules)
{
	bool ok = true;
	size_t n = rule_count();
	for (uint32_t i = 0; i < rules->map.len; i++) {
		struct sv k = rules->map.items[i].key;
		struct obj *v = rules->map.items[i].val;
		char *key = arena_strndup(&P->ps->arena, k.p, k.len);
		const struct rule *r = rule_find(key);
		if (!r) {
			struct diag *g = diag_add(&P->ps->diags, DIAG_SEV_ERROR, DIAG_E0602, rules->map.items[i].kspan,
						  "unknown rule '%s'", key);
			const char **names = xcalloc(n * 2, sizeof *names);
			for (size_t j = 0; j < n; j++) {
				names[2 * j] = rule_at(j)->id;
				names[2 * j + 1] = rule_at(j)->slug;
			}
			const char *s = kpc_suggest(k, names, n * 2);
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "`kpc rules` lists every rule");
			free(names);
			ok = false;
			continue;
		}
		struct rule_config *rc = &P->cfg->rules[rule_index(r)];
		const struct obj *sevnode = NULL;
		if (v->kind == OBJ_STR) {
			sevnode = v;
		} else if (v->kind == OBJ_MAP) {
			static const char *const known[] = {"severity", "waivable", "params"};
			for (uint32_t j = 0; j < v->map.len; j++) {
				struct sv f = v->map.items[j].key;
				struct obj *fv = v->map.items[j].val;
				if (sv_eqc(f, "severity")) {
					sevnode = fv;
				} else if (sv_eqc(f, "waivable")) {
					if (want_kind(P, fv, OBJ_BOOL, "waivable"))
						rc->waivable = fv->b;
					else
						ok = false;
				} else if (sv_eqc(f, "params")) {
					if (!want_kind(P, fv, OBJ_MAP, "params") || !check_params(P, r, fv)) {
						ok = false;
						continue;
					}
					/* merge over the parameters of an extended pack */
					if (rc->params) {
						struct obj *m = obj_map(&P->ps->arena, fv->span);
						for (uint32_t q = 0; q < rc->params->map.len; q++)
							obj_append(&P->ps->arena, m, rc->params->map.items[q].key, rc->params->map.items[q].kspan,
								   rc->params->map.items[q].val);
						for (uint32_t q = 0; q < fv->map.len; q++)
							obj_set_sv(&P->ps->arena, m, fv->map.items[q].key, fv->map.items[q].val);
						rc->params = m;
					} else {
						rc->params = fv;
					}
				} else {
					unknown_field(P, v, j, "a rule's settings", known, 3);
					ok = false;
				}
			}
		} else {
			perr(P, DIAG_E0603, v, "rule %s takes a severity (error, warning, info, off) or a mapping", r->id);
			ok = false;
			continue;
		}
		if (sevnode) {
			enum lint_sev sev;
			if (sevnode->kind != OBJ_STR || !lint_sev_parse(sevnode->s.p, &sev)) {
				struct diag *g = perr(P, DIAG_E0603, sevnode, "invalid severity for rule %s", r->id);
				diag_help(g, "a severity is error, warning, info or off");
				ok = false;
			} else {
				rc->sev = sev;
				rc->where = sevnode->span;
			}
		}
	}
	return ok;
}

static bool load_file(struct ploader *P, const char *name, const struct obj *from);

static bool load_root(struct ploader *P, const struct obj *root)
{
	static const char *const known[] = {"apiVersion", "kind", "metadata", "extends", "profile", "settings", "rules"};
	bool ok = true;
	const char *api = o_str(obj_get(root, "apiVersion"));
	const char *kind = o_str(obj_get(root, "kind"));
	if (!api || strcmp(api, "kpc.dev/v1") || !kind || strcmp(kind, "PolicyPack")) {
		struct diag *g = perr(P, DIAG_E0606, root, "not a policy pack");
		diag_help(g, "a pack starts with `apiVersion: kpc.dev/v1` and `kind: PolicyPack`");
		return false;
	}
	for (uint32_t i = 0; i < root->map.len; i++) {
		bool found = false;
		for (size_t k = 0; k < KPC_ARRAY_LEN(known); k++)
			found |= sv_eqc(root->map.items[i].key, known[k]);
		if (!found) {
			unknown_field(P, root, i, "a policy pack", known, KPC_ARRAY_LEN(known));
			ok = false;
		}
	}
	const struct obj *ext = obj_get(root, "extends");
	if (ext) {
		if (!want_kind(P, ext, OBJ_STR, "extends"))
			return false;
		const char *saved = P->dir;
		ok &= load_file(P, ext->s.p, ext);
		P->dir = saved;
	}
	const struct obj *prof = obj_get(root, "profile");
	if (prof) {
		unsigned bits;
		if (!want_kind(P, prof, OBJ_STR, "profile"))
			ok = false;
		else if (!pack_profile_parse(prof->s.p, &bits)) {
			struct diag *g = perr(P, DIAG_E0603, prof, "unknown profile '%s'", prof->s.p);
			const char *s = kpc_suggest(prof->s, profile_names, KPC_ARRAY_LEN(profile_names));
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "profiles are none, minimal, default, restricted and all");
			ok = false;
		} else {
			reset_profile(P->cfg, bits);
		}
	}
	const struct obj *settings = obj_get(root, "settings");
	if (settings && want_kind(P, settings, OBJ_MAP, "settings")) {
		static const char *const sk[] = {"world", "k8sVersion"};
		for (uint32_t i = 0; i < settings->map.len; i++) {
			const struct obj *v = settings->map.items[i].val;
			if (sv_eqc(settings->map.items[i].key, "world")) {
				if (v->kind == OBJ_STR && (sv_eqc(v->s, "open") || sv_eqc(v->s, "closed")))
					P->cfg->closed_world = sv_eqc(v->s, "closed");
				else {
					perr(P, DIAG_E0603, v, "world is open or closed");
					ok = false;
				}
			} else if (sv_eqc(settings->map.items[i].key, "k8sVersion")) {
				const char *t = v->kind == OBJ_STR ? v->s.p : NULL;
				char tmp[32];
				if (!t && v->kind != OBJ_NULL && v->span.len < sizeof tmp) {
					/* 1.32 written plainly reads as text, not a number */
					t = tmp;
					snprintf(tmp, sizeof tmp, "%.*s", (int)v->span.len, srcmgr_get(&P->ps->sm, v->span.file)->data + v->span.off);
				}
				if (!t || strncmp(t, "1.", 2) || atoi(t + 2) < 16 || atoi(t + 2) > 99) {
					perr(P, DIAG_E0603, v, "k8sVersion is a Kubernetes version such as \"1.32\"");
					ok = false;
				} else {
					P->cfg->k8s_minor = atoi(t + 2);
				}
			} else {
				unknown_field(P, settings, i, "settings", sk, 2);
				ok = false;
			}
		}
	} else if (settings) {
		ok = false;
	}
	const struct obj *rules = obj_get(root, "rules");
	if (rules && rules->kind != OBJ_NULL) {
		if (want_kind(P, rules, OBJ_MAP, "rules"))
			ok &= load_rules(P, rules);
		else
			ok = false;
	}
	const struct obj *md = obj_get(root, "metadata");
	const char *name = o_str(obj_get(md, "name"));
	if (name)
		P->cfg->pack_name = arena_strdup(&P->ps->arena, name);
	(void)key_span;
	return ok;
}

static bool load_file(struct ploader *P, const char *name, const struct obj *from)
{
	struct pack_set *ps = P->ps;
	char *data = NULL;
	size_t len = 0;
	const char *display = NULL;
	char *path = NULL;
	bool has_slash = strchr(name, '/') || strstr(name, ".yaml") || strstr(name, ".yml");
	if (has_slash) {
		if (name[0] == '/' || !P->dir)
			path = arena_strdup(&ps->arena, name);
		else
			path = arena_printf(&ps->arena, "%s/%s", P->dir, name);
		if (!kpc_read_file(path, &data, &len)) {
			int e = errno;
			if (from) {
				struct diag *g = diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0605, from->span, "cannot read pack '%s': %s",
							  path, strerror(e));
				diag_help(g, "a relative path is taken from the directory of the pack that extends it");
			} else {
				diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0605, (struct span){0}, "cannot read pack '%s': %s", path,
					 strerror(e));
			}
			return false;
		}
		display = path;
	} else {
		const char *text = pack_builtin(name);
		if (!text) {
			const char *names[16];
			size_t n = 0;
			for (size_t i = 0; i < kpc_nbuiltin_packs && n < 16; i++)
				names[n++] = kpc_builtin_packs[i].name;
			struct diag *g = diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0605, from ? from->span : (struct span){0},
						  "no built-in pack named '%s'", name);
			const char *s = kpc_suggest(sv_from(name), names, n);
			if (s)
				diag_label(g, "did you mean '%s'?", s);
			else
				diag_help(g, "built-in packs: minimal, default, restricted, ecommerce-production; or give a path");
			return false;
		}
		len = strlen(text);
		data = xmalloc(len + 1);
		memcpy(data, text, len + 1);
		char *shown = arena_printf(&ps->arena, "<builtin>/%s.yaml", name);
		display = shown;
		path = shown;
	}
	char real[PATH_MAX];
	if (has_slash && realpath(path, real))
		path = arena_strdup(&ps->arena, real); /* one name per file, for the cycle check */
	for (uint32_t i = 0; i < ps->loading.len; i++) {
		if (!strcmp(ps->loading.items[i], path)) {
			diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0605, from ? from->span : (struct span){0},
				 "pack '%s' extends itself", name);
			free(data);
			return false;
		}
	}
	if (ps->loading.len > 16) {
		diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0605, from ? from->span : (struct span){0}, "packs extend too deeply");
		free(data);
		return false;
	}
	vec_push(&ps->loading, path);
	uint32_t fid = srcmgr_add(&ps->sm, display, data, len);
	struct objset objs = {0};
	struct yaml_issues issues = {0};
	bool ok = yaml_load(&ps->arena, &ps->sm, fid, &objs, &issues, &ps->diags, 0);
	for (uint32_t i = 0; i < issues.len; i++) {
		struct diag *g;
		if (issues.items[i].kind == YAML_ISSUE_DUPLICATE_KEY) {
			g = diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0603, issues.items[i].span, "duplicate key '%s'",
				     issues.items[i].detail);
			diag_note(g, issues.items[i].span2, "first written here");
		} else {
			g = diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0606, issues.items[i].span, "not a policy pack: no %s",
				     issues.items[i].detail);
			diag_help(g, "a pack starts with `apiVersion: kpc.dev/v1` and `kind: PolicyPack`");
		}
		ok = false;
	}
	if (ok && objs.len != 1) {
		diag_add(&ps->diags, DIAG_SEV_ERROR, DIAG_E0606, (struct span){fid, 0, 0},
			 objs.len ? "a pack file holds one document" : "the pack file is empty");
		ok = false;
	}
	if (ok) {
		char *slash = strrchr(path, '/');
		P->dir = has_slash ? (slash ? arena_strndup(&ps->arena, path, (size_t)(slash - path)) : ".") : P->dir;
		ok = load_root(P, objs.items[0].root);
	}
	yaml_issues_free(&issues);
	objset_free(&objs);
	ps->loading.len--;
	return ok;
}

bool pack_load(struct pack_set *ps, const char *name_or_path, struct lint_config *cfg)
{
	struct ploader P = {ps, cfg, NULL};
	return load_file(&P, name_or_path, NULL) && ps->diags.nerrors == 0;
}
