/* lower.c: from the platform IR to Kubernetes objects.
 *
 * One function per declaration kind; an app becomes its workload(s) and the
 * objects around them (Service, Ingress, HPA, VPA, PDB, NetworkPolicy,
 * ServiceAccount, Role, RoleBinding).  Every object node takes the span of
 * the statement or argument that produced it. */
#include "lower.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define A (L->a)

/* A string node for `s`, which must outlive the tree (a literal, a
 * declaration's name or a string of the arena): no copy. */
static struct obj *str(struct lower *L, const char *s, struct span sp)
{
	return obj_str_nocopy(A, sv_from(s), sp);
}

static struct obj *strv(struct lower *L, struct sv s, struct span sp)
{
	return obj_str(A, s, sp);
}

static void set_str(struct lower *L, struct obj *m, const char *k, const char *v, struct span sp)
{
	obj_set(A, m, k, str(L, v, sp));
}

/* ---- metadata --------------------------------------------------------- */

/* Copies `KEY = VALUE` assignments of a map statement into `m`. */
static void map_assigns(struct lower *L, struct obj *m, const struct ast_stmt *s, bool labels)
{
	if (!s)
		return;
	for (uint32_t i = 0; i < s->nchildren; i++) {
		const struct ast_stmt *c = s->children[i];
		if (!c->assign || c->nargs == 0)
			continue;
		const struct ast_arg *v = c->args[0];
		if (c->nargs > 1 || v->kind == ARG_LIST || v->kind == ARG_RANGE) {
			struct diag *g = diag_error(L->d, E0301, v->span, "expected one value for '%.*s'", (int)c->key.len, c->key.p);
			diag_help(g, "quote the value: `%.*s = \"...\"`", (int)c->key.len, c->key.p);
			continue;
		}
		if (labels) {
			if (!label_key_ok(c->key)) {
				struct diag *g = diag_error(L->d, E0303, c->key_span, "invalid label key '%.*s'", (int)c->key.len, c->key.p);
				diag_help(g, "a key is an optional DNS prefix and '/', then at most 63 of [A-Za-z0-9._-]");
			}
			if (!label_value_ok(v->text)) {
				struct diag *g = diag_error(L->d, E0303, v->span, "invalid label value '%.*s'", (int)v->text.len, v->text.p);
				diag_help(g, "a value is at most 63 of [A-Za-z0-9._-], starting and ending with a letter or digit");
			}
		}
		obj_set_sv(A, m, c->key, strv(L, v->text, v->span));
	}
}

static struct obj *platform_map(struct lower *L, const char *key)
{
	struct obj *m = obj_map(A, (struct span){0});
	map_assigns(L, m, ir_stmt(&ir_platform(L->u)->body, key), strcmp(key, "labels") == 0);
	return m;
}

static struct obj *metadata(struct lower *L, const char *name, const char *ns, struct obj *labels, struct span sp)
{
	struct obj *md = obj_map(A, sp);
	set_str(L, md, "name", name, sp);
	if (ns)
		set_str(L, md, "namespace", ns, sp);
	if (labels && labels->map.len) {
		obj_sort_keys(labels);
		obj_set(A, md, "labels", labels);
	}
	/* the same for every object of the declaration: made once and shared
	 * (whoever adds to an object's annotations copies them first) */
	if (!L->annotations) {
		L->annotations = platform_map(L, "annotations");
		map_assigns(L, L->annotations, L->app_annotations, false);
		obj_sort_keys(L->annotations);
	}
	if (L->annotations->map.len)
		obj_set(A, md, "annotations", L->annotations);
	return md;
}

/* The annotations of metadata `md`, its own to change. */
static struct obj *own_annotations(struct lower *L, struct obj *md, struct span sp)
{
	struct obj *ann = obj_get(md, "annotations");
	ann = ann ? obj_copy(A, ann) : obj_map(A, sp);
	obj_set(A, md, "annotations", ann);
	return ann;
}

static struct obj *object(struct lower *L, const char *api, const char *kind, struct obj *md, struct span sp)
{
	struct obj *o = obj_map(A, sp);
	set_str(L, o, "apiVersion", api, sp);
	set_str(L, o, "kind", kind, sp);
	obj_set(A, o, "metadata", md);
	return o;
}

static void emit(struct lower *L, struct obj *o, struct span sp)
{
	objset_add(&L->u->objects, o, sp);
}

/* ---- namespaces, configs, secrets --------------------------------------- */

static void lower_namespace(struct lower *L, struct kp_decl *d)
{
	if (!check_dns_name(L, d->stmt->args[0], "namespace", 63))
		return;
	struct span sp = d->stmt->span;
	struct obj *labels = platform_map(L, "labels");
	map_assigns(L, labels, ir_stmt(&d->body, "labels"), true);
	struct obj *md = metadata(L, d->name, NULL, labels, d->stmt->args[0]->span);
	struct obj *ann = obj_map(A, sp);
	map_assigns(L, ann, ir_stmt(&d->body, "annotations"), false);
	if (ann->map.len) {
		struct obj *cur = own_annotations(L, md, sp);
		for (uint32_t i = 0; i < ann->map.len; i++)
			obj_set_sv(A, cur, ann->map.items[i].key, ann->map.items[i].val);
		obj_sort_keys(cur);
	}
	if (strcmp(d->name, "default") != 0 && strncmp(d->name, "kube-", 5) != 0)
		emit(L, object(L, "v1", "Namespace", md, d->stmt->args[0]->span), d->stmt->args[0]->span);

	struct ast_stmt *dd = ir_stmt(&d->body, "default_deny");
	if (dd) {
		static const char *const modes[] = {"ingress", "egress", "all"};
		int mode = 0;
		if (!want_args(L, dd, 0, 1) || (dd->nargs && !as_word(L, dd->args[0], "traffic direction", modes, 3, &mode)))
			return;
		struct obj *np = object(L, "networking.k8s.io/v1", "NetworkPolicy",
					metadata(L, "default-deny", d->name, platform_map(L, "labels"), dd->span), dd->span);
		struct obj *spec = obj_child_map(A, np, "spec", dd->span);
		obj_set(A, spec, "podSelector", obj_map(A, dd->span));
		struct obj *types = obj_child_seq(A, spec, "policyTypes", dd->span);
		if (mode != 1)
			obj_push(A, types, str(L, "Ingress", dd->span));
		if (mode != 0)
			obj_push(A, types, str(L, "Egress", dd->span));
		emit(L, np, dd->span);
	}
}

static int cmp_stmt_key(const void *a, const void *b)
{
	return sv_cmp((*(struct ast_stmt *const *)a)->key, (*(struct ast_stmt *const *)b)->key);
}

/* The config's name, then its key=value pairs in key order: what the pod
 * template checksum covers (the same data in any order, the same sum). */
static void config_data(const struct kp_decl *d, struct buf *out)
{
	buf_puts(out, d->name);
	buf_putc(out, 0);
	struct vec kv = {0};
	for (uint32_t i = 0; i < d->body.len; i++) {
		struct ast_stmt *c = d->body.items[i];
		if (c->assign && c->nargs)
			vec_push(&kv, c);
	}
	if (kv.len > 1)
		qsort(kv.items, kv.len, sizeof(void *), cmp_stmt_key);
	for (uint32_t i = 0; i < kv.len; i++) {
		const struct ast_stmt *c = kv.items[i];
		buf_putsv(out, c->key);
		buf_putc(out, 0);
		buf_putsv(out, c->args[0]->text);
		buf_putc(out, 0);
	}
	vec_free(&kv);
}

static bool secret_key_ok(struct sv k);

static void lower_config(struct lower *L, struct kp_decl *d)
{
	check_dns_name(L, d->stmt->args[0], "config", 253);
	struct span sp = d->stmt->args[0]->span;
	struct obj *cm = object(L, "v1", "ConfigMap", metadata(L, d->name, d->ns, platform_map(L, "labels"), sp), sp);
	struct obj *data = obj_map(A, d->stmt->span);
	for (uint32_t i = 0; i < d->body.len; i++) {
		const struct ast_stmt *c = d->body.items[i];
		if (!c->assign || !c->nargs)
			continue;
		const struct ast_arg *v = c->args[0];
		if (c->nargs > 1 || v->kind == ARG_LIST || v->kind == ARG_RANGE) {
			struct diag *g = diag_error(L->d, E0301, v->span, "expected one value for '%.*s'", (int)c->key.len, c->key.p);
			diag_help(g, "quote the value: `%.*s = \"...\"`", (int)c->key.len, c->key.p);
			continue;
		}
		if (!secret_key_ok(c->key)) {
			struct diag *g = diag_error(L->d, E0303, c->key_span, "invalid config key '%.*s'", (int)c->key.len, c->key.p);
			diag_help(g, "keys are letters, digits, '-', '_' and '.', and not '.' or '..'");
			continue;
		}
		obj_set_sv(A, data, c->key, strv(L, v->text, v->span));
	}
	obj_sort_keys(data);
	obj_set(A, cm, "data", data);
	emit(L, cm, sp);
}

static const char *secret_type(struct lower *L, const struct kp_decl *d)
{
	struct ast_stmt *t = ir_stmt(&d->body, "type");
	if (!t || !want_args(L, t, 1, 1))
		return "Opaque";
	const struct ast_arg *a = t->args[0];
	if (a->kind == ARG_STRING)
		return ir_sv_dup(L->u, a->text);
	static const char *const names[] = {"opaque", "tls", "basic-auth", "ssh-auth", "dockerconfigjson"};
	static const char *const types[] = {"Opaque", "kubernetes.io/tls", "kubernetes.io/basic-auth",
					    "kubernetes.io/ssh-auth", "kubernetes.io/dockerconfigjson"};
	int i = 0;
	if (!as_word(L, a, "secret type", names, KPC_ARRAY_LEN(names), &i))
		return "Opaque";
	return types[i];
}

/* The declared keys of a secret (the `keys` statement, or the type's). */
static void secret_keys(struct lower *L, const struct kp_decl *d, struct vec *out)
{
	struct ast_stmt *k = ir_stmt(&d->body, "keys");
	if (k) {
		for (uint32_t i = 0; i < k->nargs; i++) {
			struct ast_arg *a = k->args[i];
			if (a->kind == ARG_LIST) {
				for (uint32_t j = 0; j < a->nitems; j++)
					vec_push(out, a->items[j]);
			} else {
				vec_push(out, a);
			}
		}
		return;
	}
	(void)L;
}

static bool secret_key_ok(struct sv k)
{
	if (k.len == 0 || k.len > 253 || sv_eqc(k, ".") || sv_eqc(k, ".."))
		return false;
	for (size_t i = 0; i < k.len; i++) {
		char c = k.p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
			return false;
	}
	return true;
}

static bool secret_is_external(const struct kp_decl *d)
{
	return ir_stmt(&d->body, "external") != NULL;
}

static bool secret_has_key(struct lower *L, const struct kp_decl *d, struct sv key)
{
	const char *type = secret_type(L, d);
	struct vec keys = {0};
	secret_keys(L, d, &keys);
	bool found = false;
	for (uint32_t i = 0; i < keys.len; i++)
		if (sv_eq(((struct ast_arg *)keys.items[i])->text, key))
			found = true;
	if (!keys.len && strcmp(type, "kubernetes.io/tls") == 0)
		found = sv_eqc(key, "tls.crt") || sv_eqc(key, "tls.key");
	if (!keys.len && secret_is_external(d))
		found = true; /* an external secret's keys are not known */
	vec_free(&keys);
	return found;
}

/* KPC_SECRET_<NAME>_<KEY>, upper-cased, other characters as '_'. */
static char *secret_var(struct lower *L, const char *prefix, const char *name, struct sv key)
{
	struct buf b = {0};
	if (prefix)
		buf_puts(&b, prefix);
	else
		buf_printf(&b, "KPC_SECRET_%s_", name);
	buf_putsv(&b, key);
	size_t start = prefix ? strlen(prefix) : 0;
	for (size_t i = prefix ? start : 0; i < b.len; i++) {
		char c = b.data[i];
		if (c >= 'a' && c <= 'z')
			b.data[i] = (char)(c - 32);
		else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			b.data[i] = '_';
	}
	char *s = arena_strndup(A, b.data, b.len);
	buf_free(&b);
	return s;
}

/* Looks a KEY=VALUE up in an env-file buffer. */
static bool envfile_lookup(const char *data, size_t len, const char *key, struct sv *val)
{
	size_t kl = strlen(key);
	size_t i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && data[e] != '\n')
			e++;
		size_t s = i;
		while (s < e && (data[s] == ' ' || data[s] == '\t'))
			s++;
		if (e - s > 7 && memcmp(data + s, "export ", 7) == 0)
			s += 7;
		if (s < e && data[s] != '#' && e - s > kl && memcmp(data + s, key, kl) == 0 && data[s + kl] == '=') {
			size_t vs = s + kl + 1, ve = e;
			if (ve > vs && data[ve - 1] == '\r')
				ve--;
			if (ve - vs >= 2 && ((data[vs] == '"' && data[ve - 1] == '"') || (data[vs] == '\'' && data[ve - 1] == '\''))) {
				vs++;
				ve--;
			}
			*val = (struct sv){data + vs, ve - vs};
			return true;
		}
		i = e + 1;
	}
	return false;
}

static void lower_secret(struct lower *L, struct kp_decl *d)
{
	check_dns_name(L, d->stmt->args[0], "secret", 253);
	if (secret_is_external(d))
		return;
	struct span sp = d->stmt->args[0]->span;
	const char *type = secret_type(L, d);
	struct vec keys = {0};
	secret_keys(L, d, &keys);
	struct ast_arg tlskeys[2];
	if (!keys.len && strcmp(type, "kubernetes.io/tls") == 0) {
		tlskeys[0] = (struct ast_arg){.kind = ARG_WORD, .span = sp, .text = SV("tls.crt")};
		tlskeys[1] = (struct ast_arg){.kind = ARG_WORD, .span = sp, .text = SV("tls.key")};
		vec_push(&keys, &tlskeys[0]);
		vec_push(&keys, &tlskeys[1]);
	}
	if (!keys.len) {
		struct diag *g = diag_error(L->d, E0208, sp, "secret '%s' declares no keys", d->name);
		diag_help(g, "add `keys KEY, ...`, or `external` if another system provides it");
		return;
	}
	/* where the values come from */
	struct ast_stmt *from = ir_stmt(&d->body, "from");
	const char *prefix = NULL;
	char *fdata = NULL;
	size_t flen = 0;
	const char *fpath = NULL;
	bool from_dir = false;
	if (from) {
		static const char *const srcs[] = {"env", "file", "dir"};
		int k = 0;
		if (!want_args(L, from, 1, 2) || !as_word(L, from->args[0], "secret source", srcs, 3, &k)) {
			vec_free(&keys);
			return;
		}
		if (k == 0 && from->nargs == 2 && as_string(L, from->args[1], "a variable prefix"))
			prefix = ir_sv_dup(L->u, from->args[1]->text);
		if (k >= 1) {
			if (from->nargs != 2 || !as_string(L, from->args[1], k == 1 ? "a file name" : "a directory name")) {
				if (from->nargs != 2)
					diag_error(L->d, E0202, from->key_span, "`from %s` needs a %s name", srcs[k],
						   k == 1 ? "file" : "directory");
				vec_free(&keys);
				return;
			}
			struct sv p = from->args[1]->text;
			fpath = p.len && p.p[0] == '/' ? ir_sv_dup(L->u, p) : arena_printf(A, "%s/%.*s", d->dir, (int)p.len, p.p);
			from_dir = k == 2;
			if (!L->opt->no_secret_values && !from_dir && !kpc_read_file(fpath, &fdata, &flen)) {
				struct diag *g = diag_error(L->d, E0402, from->args[1]->span, "cannot read secret values from '%s': %s",
							    fpath, strerror(errno));
				diag_help(g, "`from file` names a file of KEY=VALUE lines, one per key of the secret");
				vec_free(&keys);
				return;
			}
		}
	}
	struct obj *s = object(L, "v1", "Secret", metadata(L, d->name, d->ns, platform_map(L, "labels"), sp), sp);
	set_str(L, s, "type", type, sp);
	struct obj *data = obj_map(A, sp);
	for (uint32_t i = 0; i < keys.len; i++) {
		struct ast_arg *k = keys.items[i];
		struct sv val = {0};
		bool found = false;
		const char *var = NULL;
		if (!secret_key_ok(k->text)) {
			struct diag *g = diag_error(L->d, E0303, k->span, "invalid secret key '%.*s'", (int)k->text.len, k->text.p);
			diag_help(g, "keys are letters, digits, '-', '_' and '.', and not '.' or '..'");
			continue;
		}
		char *kfile = NULL, *kdata = NULL;
		if (L->opt->no_secret_values) {
			found = true;
		} else if (from_dir) {
			kfile = arena_printf(A, "%s/%.*s", fpath, (int)k->text.len, k->text.p);
			size_t klen;
			if (kpc_read_file(kfile, &kdata, &klen)) {
				val = (struct sv){kdata, klen};
				found = true;
			}
		} else if (fpath) {
			char *key = arena_strndup(A, k->text.p, k->text.len);
			found = envfile_lookup(fdata, flen, key, &val);
		} else {
			var = secret_var(L, prefix, d->name, k->text);
			/* the last line of a --secrets-env file wins, as in a shell */
			const char *v = kpc_secret_env_get(L->u, var);
			if (v) {
				val = sv_from(v);
				found = true;
			}
			if (!found) {
				const char *e = getenv(var);
				if (e) {
					val = sv_from(e);
					found = true;
				}
			}
		}
		if (!found) {
			struct diag *g = diag_error(L->d, E0401, k->span, "no value for key '%.*s' of secret '%s'",
						    (int)k->text.len, k->text.p, d->name);
			if (from_dir)
				diag_help(g, "create the file %s", kfile);
			else if (fpath)
				diag_help(g, "add a line `%.*s=...` to %s", (int)k->text.len, k->text.p, fpath);
			else if (L->opt->secrets_env)
				diag_help(g, "set the environment variable %s, or add it to %s", var, L->opt->secrets_env);
			else
				diag_help(g, "set the environment variable %s, or pass --secrets-env FILE", var);
			continue;
		}
		struct buf b64 = {0};
		kpc_base64(&b64, (const unsigned char *)val.p, val.len);
		struct obj *v = obj_str(A, (struct sv){b64.data ? b64.data : "", b64.len}, k->span);
		v->secret = true;
		buf_free(&b64);
		free(kdata);
		obj_set_sv(A, data, k->text, v);
	}
	free(fdata);
	obj_sort_keys(data);
	obj_set(A, s, "data", data);
	vec_free(&keys);
	emit(L, s, sp);
}

/* ---- containers -------------------------------------------------------- */

struct app_ctx {
	struct kp_decl *d;
	const char *name;
	const char *ns;
	int kind; /* enum below */
	struct vec configs; /* struct kp_decl * referenced (for the checksum) */
	struct obj *main_ports; /* container ports of the main container */
	struct span sp;
};

enum { K_DEPLOYMENT, K_STATEFULSET, K_DAEMONSET, K_JOB, K_CRONJOB };


/* A pod can only use configs and secrets of its own namespace. */
static bool same_namespace(struct lower *L, const struct app_ctx *ac, const struct kp_decl *d, struct span at)
{
	if (!d->ns || !ac->ns || strcmp(d->ns, ac->ns) == 0)
		return true;
	struct diag *g = diag_error(L->d, E0204, at, "%s '%s' is in namespace '%s', but app '%s' runs in '%s'",
				    d->kind == DECL_CONFIG ? "config" : "secret", d->name, d->ns, ac->name, ac->ns);
	diag_note(g, d->stmt->args[0]->span, "'%s' is declared here", d->name);
	diag_help(g, "declare the %s under `namespace %s`, or run the app in '%s'", d->kind == DECL_CONFIG ? "config" : "secret",
		  ac->ns, d->ns);
	return false;
}

static void note_config(struct app_ctx *ac, struct kp_decl *c)
{
	for (uint32_t i = 0; i < ac->configs.len; i++)
		if (ac->configs.items[i] == c)
			return;
	vec_push(&ac->configs, c);
}

static struct obj *string_list(struct lower *L, const struct ast_stmt *s)
{
	struct obj *seq = obj_seq(A, s->span);
	for (uint32_t i = 0; i < s->nargs; i++) {
		const struct ast_arg *a = s->args[i];
		if (a->kind == ARG_LIST) {
			for (uint32_t j = 0; j < a->nitems; j++)
				if (as_string(L, a->items[j], "an argument"))
					obj_push(A, seq, strv(L, a->items[j]->text, a->items[j]->span));
		} else if (as_string(L, a, "an argument")) {
			obj_push(A, seq, strv(L, a->text, a->span));
		}
	}
	return seq;
}

/* Items of a statement's arguments, flattening one level of lists. */
static uint32_t flat_args(const struct ast_stmt *s, uint32_t from, const struct ast_arg **out, uint32_t max)
{
	uint32_t n = 0;
	for (uint32_t i = from; i < s->nargs && n < max; i++) {
		const struct ast_arg *a = s->args[i];
		if (a->kind == ARG_LIST)
			for (uint32_t j = 0; j < a->nitems && n < max; j++)
				out[n++] = a->items[j];
		else
			out[n++] = a;
	}
	return n;
}

static void lower_resource(struct lower *L, struct obj *res, const struct ast_stmt *s, const char *name, enum qkind k)
{
	if (!want_args(L, s, 1, 1))
		return;
	const struct ast_arg *a = s->args[0];
	struct quantity lo, hi;
	if (a->kind == ARG_RANGE) {
		if (!as_quantity(L, a->lo, k, &lo) || !as_quantity(L, a->hi, k, &hi))
			return;
		if (lo.value > hi.value) {
			struct diag *g = diag_error(L->d, E0304, a->span, "%s request %.*s is larger than its limit %.*s", name,
						    (int)lo.text.len, lo.text.p, (int)hi.text.len, hi.text.p);
			diag_help(g, "write REQUEST..LIMIT with the request first");
			return;
		}
		obj_set(A, obj_child_map(A, res, "requests", s->span), name, quantity_obj(L, &lo));
		obj_set(A, obj_child_map(A, res, "limits", s->span), name, quantity_obj(L, &hi));
	} else {
		if (!as_quantity(L, a, k, &lo))
			return;
		obj_set(A, obj_child_map(A, res, "requests", s->span), name, quantity_obj(L, &lo));
	}
}

static struct obj *lower_resources(struct lower *L, const struct vec *body)
{
	struct obj *res = obj_map(A, (struct span){0});
	static const char *const names[] = {"cpu", "memory", "ephemeral-storage"};
	static const enum qkind kinds[] = {Q_CPU, Q_MEM, Q_MEM};
	struct ast_stmt *blk = ir_stmt(body, "resources");
	for (int i = 0; i < 3; i++) {
		const struct ast_stmt *s = NULL;
		if (blk)
			for (uint32_t j = 0; j < blk->nchildren; j++)
				if (sv_eqc(blk->children[j]->key, names[i]))
					s = blk->children[j];
		const struct ast_stmt *short_ = ir_stmt(body, names[i]);
		if (short_)
			s = short_;
		if (s)
			lower_resource(L, res, s, names[i], kinds[i]);
	}
	/* requests first, then limits, each in cpu, memory order */
	struct obj *out = obj_map(A, (struct span){0});
	struct obj *r = obj_get(res, "requests"), *l = obj_get(res, "limits");
	if (l && r) {
		obj_set(A, out, "limits", l);
		obj_set(A, out, "requests", r);
	} else if (r) {
		obj_set(A, out, "requests", r);
	} else if (l) {
		obj_set(A, out, "limits", l);
	}
	return out;
}

/* The port object for a probe or policy: a named port of the container, or
 * a number.  grpc probes need a number. */
static struct obj *port_ref(struct lower *L, const struct ast_arg *a, struct obj *ports, bool need_number)
{
	if (a->kind == ARG_NUMBER) {
		int64_t n;
		if (!as_int(L, a, "port", 1, 65535, &n))
			return NULL;
		return obj_int(A, n, a->span);
	}
	if (!as_name(L, a, "port"))
		return NULL;
	for (uint32_t i = 0; ports && i < ports->seq.len; i++) {
		struct obj *p = ports->seq.items[i];
		struct obj *nm = obj_get(p, "name");
		if (nm && sv_eq(nm->s, a->text)) {
			if (need_number)
				return obj_int(A, obj_get(p, "containerPort")->i, a->span);
			return strv(L, a->text, a->span);
		}
	}
	struct diag *g = diag_error(L->d, E0204, a->span, "no port named '%.*s'", (int)a->text.len, a->text.p);
	const char *names[32];
	size_t n = 0;
	for (uint32_t i = 0; ports && i < ports->seq.len && n < 32; i++)
		names[n++] = obj_get(ports->seq.items[i], "name")->s.p;
	const char *s = kpc_suggest(a->text, names, n);
	if (s)
		diag_label(g, "did you mean '%s'?", s);
	else
		diag_help(g, "declare it with `port %.*s NUMBER`", (int)a->text.len, a->text.p);
	return NULL;
}

static struct obj *lower_probe(struct lower *L, const struct ast_stmt *s, struct obj *ports, bool liveness_like)
{
	if (!want_args(L, s, 1, 64))
		return NULL;
	static const char *const handlers[] = {"http", "tcp", "grpc", "exec"};
	int h = 0;
	if (!as_word(L, s->args[0], "probe type", handlers, 4, &h))
		return NULL;
	struct obj *p = obj_map(A, s->span);
	struct obj *handler = obj_map(A, s->args[0]->span);
	uint32_t i = 1;
	if (h == 0) {
		if (i >= s->nargs || (s->args[i]->kind != ARG_PATH && s->args[i]->kind != ARG_STRING)) {
			struct diag *g = diag_error(L->d, E0202, s->args[0]->span, "an http probe needs a path");
			diag_help(g, "write `%.*s http /health on PORT`", (int)s->key.len, s->key.p);
			return NULL;
		}
		set_str(L, handler, "path", ir_sv_dup(L->u, s->args[i]->text), s->args[i]->span);
		i++;
	} else if (h == 3) {
		if (i >= s->nargs) {
			diag_error(L->d, E0202, s->args[0]->span, "an exec probe needs a command");
			return NULL;
		}
		struct obj *cmd = obj_seq(A, s->args[i]->span);
		const struct ast_arg *items[64];
		struct ast_stmt one = *s;
		one.args = (struct ast_arg **)&s->args[i];
		one.nargs = 1;
		uint32_t n = flat_args(&one, 0, items, 64);
		for (uint32_t j = 0; j < n; j++)
			if (as_string(L, items[j], "a command word"))
				obj_push(A, cmd, strv(L, items[j]->text, items[j]->span));
		obj_set(A, handler, "command", cmd);
		i++;
	}
	static const char *const opts[] = {"on", "after", "every", "timeout", "failures", "successes", "service"};
	struct obj *port = NULL;
	int64_t vals[7] = {-1, -1, -1, -1, -1, -1, -1};
	const struct ast_arg *service = NULL;
	for (; i < s->nargs; i += 2) {
		int o = 0;
		if (!as_word(L, s->args[i], "probe option", opts, KPC_ARRAY_LEN(opts), &o))
			return NULL;
		if (i + 1 >= s->nargs) {
			diag_error(L->d, E0202, s->args[i]->span, "'%s' needs a value", opts[o]);
			return NULL;
		}
		const struct ast_arg *v = s->args[i + 1];
		struct quantity q;
		switch (o) {
		case 0:
			if (h == 3) {
				diag_error(L->d, E0210, s->args[i]->span, "an exec probe has no port");
				return NULL;
			}
			port = port_ref(L, v, ports, h == 2);
			if (!port)
				return NULL;
			break;
		case 1: case 2: case 3:
			if (!as_quantity(L, v, Q_DURATION, &q))
				return NULL;
			if ((o == 2 || o == 3) && q.value < 1) {
				diag_error(L->d, E0302, v->span, "'%s' must be at least 1s", opts[o]);
				return NULL;
			}
			vals[o] = (int64_t)q.value;
			break;
		case 4: case 5:
			if (!as_int(L, v, opts[o], 1, 1000000, &vals[o]))
				return NULL;
			if (o == 5 && liveness_like && vals[o] != 1) {
				struct diag *g = diag_error(L->d, E0302, v->span, "'successes' must be 1 for %.*s probes",
							    (int)s->key.len, s->key.p);
				diag_help(g, "the API server rejects successThreshold other than 1 on liveness and startup probes");
				return NULL;
			}
			break;
		case 6:
			if (h != 2) {
				diag_error(L->d, E0210, s->args[i]->span, "'service' is only for grpc probes");
				return NULL;
			}
			if (!as_string(L, v, "a gRPC service name"))
				return NULL;
			service = v;
			break;
		}
	}
	if (h != 3 && !port) {
		if (ports && ports->seq.len) {
			struct obj *first = ports->seq.items[0];
			port = h == 2 ? obj_int(A, obj_get(first, "containerPort")->i, s->span)
				      : obj_get(first, "name");
		} else {
			struct diag *g = diag_error(L->d, E0208, s->key_span, "the probe needs a port and the container declares none");
			diag_help(g, "add `on PORT` or declare `port NAME NUMBER`");
			return NULL;
		}
	}
	if (port)
		obj_set(A, handler, "port", port);
	if (service)
		set_str(L, handler, "service", ir_sv_dup(L->u, service->text), service->span);
	static const char *const hkeys[] = {"httpGet", "tcpSocket", "grpc", "exec"};
	obj_set(A, p, hkeys[h], handler);
	static const char *const fields[] = {NULL, "initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold",
					     "successThreshold"};
	for (int k = 1; k <= 5; k++)
		if (vals[k] >= 0)
			obj_set(A, p, fields[k], obj_int(A, vals[k], s->span));
	if (vals[3] >= 0 && vals[2] >= 0 && vals[3] > vals[2]) {
		/* a timeout longer than the period is legal but never useful */
		struct diag *g = diag_add(L->d, DIAG_SEV_WARNING, DIAG_E0302, s->span,
					  "probe timeout (%llds) is longer than its period (%llds)", (long long)vals[3], (long long)vals[2]);
		(void)g;
	}
	return p;
}

static const char *const caps_known[] = {
	"ALL", "AUDIT_CONTROL", "AUDIT_READ", "AUDIT_WRITE", "BLOCK_SUSPEND", "BPF", "CHECKPOINT_RESTORE", "CHOWN",
	"DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE",
	"LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST",
	"NET_RAW", "PERFMON", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYSLOG", "SYS_ADMIN", "SYS_BOOT",
	"SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE", "SYS_TIME",
	"SYS_TTY_CONFIG", "WAKE_ALARM",
};

/* Container-level security context from the statements of a `security`
 * block; pod-level fields are handled by pod_security. */
static struct obj *pod_security(struct lower *L, const struct ast_stmt *sec);

static struct obj *container_security(struct lower *L, struct ast_stmt **kids, uint32_t n)
{
	struct obj *sc = obj_map(A, (struct span){0});
	struct obj *caps = NULL;
	for (uint32_t i = 0; i < n; i++) {
		const struct ast_stmt *s = kids[i];
		if (s->assign)
			continue;
		if (sv_eqc(s->key, "no_privilege_escalation") && want_args(L, s, 0, 0))
			obj_set(A, sc, "allowPrivilegeEscalation", obj_bool(A, false, s->span));
		else if (sv_eqc(s->key, "privileged") && want_args(L, s, 0, 0))
			obj_set(A, sc, "privileged", obj_bool(A, true, s->span));
		else if (sv_eqc(s->key, "read_only_root") && want_args(L, s, 0, 0))
			obj_set(A, sc, "readOnlyRootFilesystem", obj_bool(A, true, s->span));
		else if ((sv_eqc(s->key, "drop") || sv_eqc(s->key, "add")) && want_args(L, s, 1, 64)) {
			if (!caps)
				caps = obj_map(A, s->span);
			struct obj *seq = obj_seq(A, s->span);
			const struct ast_arg *items[64];
			uint32_t m = flat_args(s, 0, items, 64);
			for (uint32_t j = 0; j < m; j++) {
				int idx;
				if (as_word(L, items[j], "capability", caps_known, KPC_ARRAY_LEN(caps_known), &idx))
					obj_push(A, seq, str(L, caps_known[idx], items[j]->span));
			}
			obj_set(A, caps, sv_eqc(s->key, "drop") ? "drop" : "add", seq);
		}
	}
	if (caps) {
		/* add before drop, as the API documents them */
		struct obj *c2 = obj_map(A, caps->span);
		if (obj_get(caps, "add"))
			obj_set(A, c2, "add", obj_get(caps, "add"));
		if (obj_get(caps, "drop"))
			obj_set(A, c2, "drop", obj_get(caps, "drop"));
		obj_set(A, sc, "capabilities", c2);
	}
	return sc;
}

static struct obj *pod_security(struct lower *L, const struct ast_stmt *sec)
{
	struct obj *sc = obj_map(A, sec ? sec->span : (struct span){0});
	if (!sec)
		return sc;
	for (uint32_t i = 0; i < sec->nchildren; i++) {
		const struct ast_stmt *s = sec->children[i];
		int64_t v;
		if (sv_eqc(s->key, "user") && want_args(L, s, 1, 1) && as_int(L, s->args[0], "user id", 0, 2147483647, &v))
			obj_set(A, sc, "runAsUser", obj_int(A, v, s->span));
		else if (sv_eqc(s->key, "group") && want_args(L, s, 1, 1) && as_int(L, s->args[0], "group id", 0, 2147483647, &v))
			obj_set(A, sc, "runAsGroup", obj_int(A, v, s->span));
		else if (sv_eqc(s->key, "fs_group") && want_args(L, s, 1, 1) && as_int(L, s->args[0], "group id", 0, 2147483647, &v))
			obj_set(A, sc, "fsGroup", obj_int(A, v, s->span));
		else if (sv_eqc(s->key, "non_root") && want_args(L, s, 0, 0))
			obj_set(A, sc, "runAsNonRoot", obj_bool(A, true, s->span));
		else if (sv_eqc(s->key, "seccomp") && want_args(L, s, 1, 2)) {
			static const char *const modes[] = {"runtime-default", "unconfined", "localhost"};
			static const char *const types[] = {"RuntimeDefault", "Unconfined", "Localhost"};
			int m;
			if (!as_word(L, s->args[0], "seccomp profile", modes, 3, &m))
				continue;
			struct obj *p = obj_map(A, s->span);
			set_str(L, p, "type", types[m], s->args[0]->span);
			if (m == 2) {
				if (s->nargs != 2 || !as_string(L, s->args[1], "a profile path")) {
					if (s->nargs != 2)
						diag_error(L->d, E0202, s->args[0]->span, "`seccomp localhost` needs a profile path");
					continue;
				}
				set_str(L, p, "localhostProfile", ir_sv_dup(L->u, s->args[1]->text), s->args[1]->span);
			} else if (s->nargs == 2) {
				diag_error(L->d, E0202, s->args[1]->span, "only `seccomp localhost` takes a profile path");
			}
			obj_set(A, sc, "seccompProfile", p);
		}
	}
	return sc;
}

static bool app_has_volume(const struct vec *body, struct sv name)
{
	return ir_stmt_named(body, "volume", name) != NULL;
}

static struct obj *lower_mount(struct lower *L, const struct ast_stmt *s, const struct vec *app_body, uint32_t from)
{
	/* mount NAME at "/path" [readonly] [sub "path"]; for `volume`, options start at `from` */
	struct obj *m = obj_map(A, s->span);
	struct sv name = s->args[0]->text;
	set_str(L, m, "name", ir_sv_dup(L->u, name), s->args[0]->span);
	bool have_path = false;
	for (uint32_t i = from; i < s->nargs; i++) {
		const struct ast_arg *a = s->args[i];
		if (sv_eqc(a->text, "at") && a->kind == ARG_WORD && i + 1 < s->nargs) {
			const struct ast_arg *p = s->args[++i];
			if (p->kind != ARG_PATH && !as_string(L, p, "a mount path"))
				return NULL;
			set_str(L, m, "mountPath", ir_sv_dup(L->u, p->text), p->span);
			have_path = true;
		} else if (sv_eqc(a->text, "readonly") && a->kind == ARG_WORD) {
			obj_set(A, m, "readOnly", obj_bool(A, true, a->span));
		} else if (sv_eqc(a->text, "sub") && a->kind == ARG_WORD && i + 1 < s->nargs) {
			const struct ast_arg *p = s->args[++i];
			if (!as_string(L, p, "a sub-path"))
				return NULL;
			set_str(L, m, "subPath", ir_sv_dup(L->u, p->text), p->span);
		} else if (from != 1) {
			continue; /* volume source options, handled by the caller */
		} else {
			static const char *const opts[] = {"at", "readonly", "sub"};
			int idx;
			as_word(L, a, "mount option", opts, 3, &idx);
			return NULL;
		}
	}
	if (!have_path) {
		if (from == 1) {
			struct diag *g = diag_error(L->d, E0202, s->key_span, "a mount needs a path");
			diag_help(g, "write `mount %.*s at \"/PATH\"`", (int)name.len, name.p);
		}
		return NULL;
	}
	if (from == 1 && !app_has_volume(app_body, name)) {
		struct diag *g = diag_error(L->d, E0204, s->args[0]->span, "no volume named '%.*s'", (int)name.len, name.p);
		diag_help(g, "declare it in the app with `volume %.*s empty`", (int)name.len, name.p);
		return NULL;
	}
	return m;
}

static struct obj *lower_env(struct lower *L, struct app_ctx *ac, const struct vec *body, struct obj *c)
{
	struct obj *env = obj_seq(A, (struct span){0});
	struct obj *envfrom = obj_seq(A, (struct span){0});
	for (uint32_t i = 0; i < body->len; i++) {
		const struct ast_stmt *s = body->items[i];
		if (s->assign || !sv_eqc(s->key, "env"))
			continue;
		if (s->nargs && sv_eqc(s->args[0]->text, "from") && s->args[0]->kind == ARG_WORD) {
			const struct ast_arg *items[64];
			uint32_t n = flat_args(s, 1, items, 64);
			if (!n) {
				diag_error(L->d, E0202, s->args[0]->span, "`env from` needs config or secret names");
				continue;
			}
			for (uint32_t j = 0; j < n; j++) {
				const struct ast_arg *a = items[j];
				struct kp_decl *cfg = ir_find(L->u, DECL_CONFIG, a->text);
				struct kp_decl *sec = cfg ? NULL : ir_find(L->u, DECL_SECRET, a->text);
				if (!cfg && !sec) {
					struct diag *g = diag_error(L->d, E0204, a->span, "no config or secret named '%.*s'",
								    (int)a->text.len, a->text.p);
					const char *names[256];
					size_t nn = 0;
					for (uint32_t k = 1; k < L->u->decls.len && nn < 256; k++) {
						struct kp_decl *d = L->u->decls.items[k];
						if (d->kind == DECL_CONFIG || d->kind == DECL_SECRET)
							names[nn++] = d->name;
					}
					const char *sug = kpc_suggest(a->text, names, nn);
					if (sug)
						diag_label(g, "did you mean '%s'?", sug);
					continue;
				}
				if (!same_namespace(L, ac, cfg ? cfg : sec, a->span))
					continue;
				struct obj *e = obj_map(A, a->span);
				struct obj *ref = obj_map(A, a->span);
				set_str(L, ref, "name", cfg ? cfg->name : sec->name, a->span);
				obj_set(A, e, cfg ? "configMapRef" : "secretRef", ref);
				obj_push(A, envfrom, e);
				if (cfg)
					note_config(ac, cfg);
			}
			continue;
		}
		if (s->nargs) {
			struct diag *g = diag_error(L->d, E0202, s->args[0]->span, "unexpected argument to 'env'");
			diag_help(g, "write `env { NAME = VALUE }` or `env from CONFIG, ...`");
			continue;
		}
		for (uint32_t j = 0; j < s->nchildren; j++) {
			const struct ast_stmt *v = s->children[j];
			if (!v->assign || !v->nargs)
				continue;
			struct obj *e = obj_map(A, v->span);
			set_str(L, e, "name", ir_sv_dup(L->u, v->key), v->key_span);
			const struct ast_arg *a0 = v->args[0];
			if (v->nargs == 2 && a0->kind == ARG_WORD && (sv_eqc(a0->text, "config") || sv_eqc(a0->text, "secret"))) {
				bool is_cfg = sv_eqc(a0->text, "config");
				const struct ast_arg *ref = v->args[1];
				const char *dot = memchr(ref->text.p, '.', ref->text.len);
				if (ref->kind != ARG_WORD || !dot) {
					struct diag *g = diag_error(L->d, E0301, ref->span, "expected NAME.KEY");
					diag_help(g, "write `%.*s = %s NAME.KEY`", (int)v->key.len, v->key.p, is_cfg ? "config" : "secret");
					continue;
				}
				struct sv nm = {ref->text.p, (size_t)(dot - ref->text.p)};
				struct sv key = {dot + 1, ref->text.len - nm.len - 1};
				struct kp_decl *d = ir_find(L->u, is_cfg ? DECL_CONFIG : DECL_SECRET, nm);
				struct span nsp = {ref->span.file, ref->span.off, (uint32_t)nm.len};
				struct span ksp = {ref->span.file, ref->span.off + (uint32_t)nm.len + 1, (uint32_t)key.len};
				if (!d) {
					diag_error(L->d, E0204, nsp, "no %s named '%.*s'", is_cfg ? "config" : "secret", (int)nm.len, nm.p);
					continue;
				}
				if (!same_namespace(L, ac, d, nsp))
					continue;
				bool has = false;
				if (is_cfg) {
					for (uint32_t k = 0; k < d->body.len; k++) {
						const struct ast_stmt *cs = d->body.items[k];
						if (cs->assign && sv_eq(cs->key, key))
							has = true;
					}
					note_config(ac, d);
				} else {
					has = secret_has_key(L, d, key);
				}
				if (!has) {
					struct diag *g = diag_error(L->d, E0204, ksp, "%s '%s' has no key '%.*s'",
								    is_cfg ? "config" : "secret", d->name, (int)key.len, key.p);
					const char *cands[128];
					size_t nc = 0;
					if (is_cfg) {
						for (uint32_t k = 0; k < d->body.len && nc < 128; k++) {
							const struct ast_stmt *cs = d->body.items[k];
							if (cs->assign)
								cands[nc++] = arena_strndup(A, cs->key.p, cs->key.len);
						}
					} else {
						struct vec ks = {0};
						secret_keys(L, d, &ks);
						for (uint32_t k = 0; k < ks.len && nc < 128; k++) {
							struct ast_arg *ka = ks.items[k];
							cands[nc++] = arena_strndup(A, ka->text.p, ka->text.len);
						}
						vec_free(&ks);
					}
					const char *sug = kpc_suggest(key, cands, nc);
					if (sug)
						diag_label(g, "did you mean '%s'?", sug);
					diag_note(g, d->stmt->args[0]->span, "'%s' is defined here", d->name);
					continue;
				}
				struct obj *vf = obj_map(A, ref->span);
				struct obj *kr = obj_map(A, ref->span);
				set_str(L, kr, "name", d->name, nsp);
				obj_set(A, kr, "key", strv(L, key, ksp));
				obj_set(A, vf, is_cfg ? "configMapKeyRef" : "secretKeyRef", kr);
				obj_set(A, e, "valueFrom", vf);
			} else if (v->nargs == 1 && a0->kind != ARG_LIST && a0->kind != ARG_RANGE) {
				obj_set(A, e, "value", strv(L, a0->text, a0->span));
			} else {
				struct diag *g = diag_error(L->d, E0301, a0->span, "expected a value for '%.*s'", (int)v->key.len, v->key.p);
				diag_help(g, "write `NAME = \"value\"`, `NAME = config CONFIG.KEY` or `NAME = secret SECRET.KEY`");
				continue;
			}
			obj_push(A, env, e);
		}
	}
	if (env->seq.len)
		obj_set(A, c, "env", env);
	if (envfrom->seq.len)
		obj_set(A, c, "envFrom", envfrom);
	return c;
}

static struct obj *lower_ports(struct lower *L, const struct vec *body)
{
	struct obj *ports = obj_seq(A, (struct span){0});
	for (uint32_t i = 0; i < body->len; i++) {
		const struct ast_stmt *s = body->items[i];
		if (s->assign || !sv_eqc(s->key, "port") || !want_args(L, s, 2, 5))
			continue;
		const struct ast_arg *nm = s->args[0];
		int64_t num;
		if (!as_name(L, nm, "port"))
			continue;
		if (!is_dns_label(nm->text, 15) || nm->text.len == 0) {
			struct diag *g = diag_error(L->d, E0303, nm->span, "invalid port name '%.*s'", (int)nm->text.len, nm->text.p);
			diag_help(g, "port names are at most 15 lowercase letters, digits and '-'");
			continue;
		}
		if (!as_int(L, s->args[1], "port number", 1, 65535, &num))
			num = 0; /* keep the name, so references to it do not cascade */
		struct obj *p = obj_map(A, s->span);
		set_str(L, p, "name", ir_sv_dup(L->u, nm->text), nm->span);
		obj_set(A, p, "containerPort", obj_int(A, num, s->args[1]->span));
		for (uint32_t j = 2; j < s->nargs; j++) {
			const struct ast_arg *a = s->args[j];
			static const char *const opts[] = {"tcp", "udp", "sctp", "as"};
			int o;
			if (!as_word(L, a, "port option", opts, 4, &o))
				break;
			if (o == 3) {
				int64_t sp;
				if (j + 1 >= s->nargs) {
					diag_error(L->d, E0202, a->span, "'as' needs the service port");
					break;
				}
				if (as_int(L, s->args[j + 1], "service port", 1, 65535, &sp))
					obj_set(A, p, "kpc:servicePort", obj_int(A, sp, s->args[j + 1]->span));
				j++;
			} else if (o != 0) {
				set_str(L, p, "protocol", o == 1 ? "UDP" : "SCTP", a->span);
			}
		}
		obj_push(A, ports, p);
	}
	return ports;
}

/* Strips kpc's private annotations on ports before they are emitted. */
static struct obj *public_ports(struct lower *L, struct obj *ports)
{
	struct obj *out = obj_seq(A, ports->span);
	for (uint32_t i = 0; i < ports->seq.len; i++) {
		struct obj *p = ports->seq.items[i], *q = obj_map(A, p->span);
		for (uint32_t j = 0; j < p->map.len; j++)
			if (!sv_starts(p->map.items[j].key, "kpc:"))
				obj_set_sv(A, q, p->map.items[j].key, p->map.items[j].val);
		obj_push(A, out, q);
	}
	return out;
}

static struct obj *lower_container(struct lower *L, struct app_ctx *ac, const char *name, struct span name_sp,
				   const struct vec *body, const struct vec *app_body, const struct vec *sec_base,
				   bool is_main, bool is_init)
{
	struct obj *c = obj_map(A, name_sp);
	set_str(L, c, "name", name, name_sp);
	struct ast_stmt *img = ir_stmt(body, "image");
	if (!img) {
		struct diag *g = diag_error(L->d, E0208, name_sp, "%s '%s' has no image", is_main ? "app" : "container", name);
		diag_help(g, "add `image \"REGISTRY/NAME:TAG\"`");
	} else if (want_args(L, img, 1, 1) && as_string(L, img->args[0], "an image reference")) {
		if (img->args[0]->text.len == 0)
			diag_error(L->d, E0301, img->args[0]->span, "the image reference is empty");
		obj_set(A, c, "image", strv(L, img->args[0]->text, img->args[0]->span));
	}
	struct ast_stmt *pull = ir_stmt(body, "pull");
	if (pull && want_args(L, pull, 1, 1)) {
		static const char *const p[] = {"always", "if-not-present", "never"};
		static const char *const v[] = {"Always", "IfNotPresent", "Never"};
		int i;
		if (as_word(L, pull->args[0], "pull policy", p, 3, &i))
			set_str(L, c, "imagePullPolicy", v[i], pull->args[0]->span);
	}
	struct ast_stmt *s;
	if ((s = ir_stmt(body, "command")) && want_args(L, s, 1, 256))
		obj_set(A, c, "command", string_list(L, s));
	if ((s = ir_stmt(body, "args")) && want_args(L, s, 1, 256))
		obj_set(A, c, "args", string_list(L, s));
	if ((s = ir_stmt(body, "workdir")) && want_args(L, s, 1, 1) &&
	    (s->args[0]->kind == ARG_PATH || as_string(L, s->args[0], "a directory")))
		obj_set(A, c, "workingDir", strv(L, s->args[0]->text, s->args[0]->span));
	struct obj *ports = lower_ports(L, body);
	if (ports->seq.len)
		obj_set(A, c, "ports", public_ports(L, ports));
	if (is_main)
		ac->main_ports = ports;
	lower_env(L, ac, body, c);
	struct obj *res = lower_resources(L, body);
	if (res->map.len)
		obj_set(A, c, "resources", res);
	static const char *const probes[] = {"liveness", "readiness", "startup"};
	static const char *const pkeys[] = {"livenessProbe", "readinessProbe", "startupProbe"};
	for (int i = 0; i < 3; i++) {
		if (!(s = ir_stmt(body, probes[i])))
			continue;
		if (is_init) {
			diag_error(L->d, E0210, s->key_span, "init containers have no %s probe", probes[i]);
			continue;
		}
		struct obj *p = lower_probe(L, s, ports, i != 1);
		if (p)
			obj_set(A, c, pkeys[i], p);
	}
	/* security: the app's container-level settings, then the container's own */
	struct vec sec = {0};
	if (sec_base)
		for (uint32_t i = 0; i < sec_base->len; i++)
			vec_push(&sec, sec_base->items[i]);
	if (!is_main && (s = ir_stmt(body, "security")))
		ir_merge(A, &sec, s->children, s->nchildren);
	struct obj *sc = container_security(L, (struct ast_stmt **)sec.items, sec.len);
	vec_free(&sec);
	if (!is_main && (s = ir_stmt(body, "security"))) {
		/* a sidecar's or init container's own user, group, non_root and
		 * seccomp are container-level fields; fs_group exists only for the pod */
		struct obj *own = pod_security(L, s);
		for (uint32_t i = 0; i < own->map.len; i++) {
			if (sv_eqc(own->map.items[i].key, "fsGroup")) {
				struct diag *g = diag_error(L->d, E0210, own->map.items[i].val->span,
							    "fs_group applies to the whole pod, not to one container");
				diag_help(g, "set it in the app's `security` block");
				continue;
			}
			obj_set_sv(A, sc, own->map.items[i].key, own->map.items[i].val);
		}
	}
	if (sc->map.len)
		obj_set(A, c, "securityContext", sc);
	/* mounts */
	struct obj *mounts = obj_seq(A, name_sp);
	if (is_main) {
		for (uint32_t i = 0; i < app_body->len; i++) {
			const struct ast_stmt *v = app_body->items[i];
			if (v->assign || !sv_eqc(v->key, "volume") || !v->nargs)
				continue;
			struct obj *m = lower_mount(L, v, app_body, 2);
			if (m)
				obj_push(A, mounts, m);
		}
	}
	for (uint32_t i = 0; i < body->len; i++) {
		const struct ast_stmt *v = body->items[i];
		if (v->assign || !sv_eqc(v->key, "mount") || !want_args(L, v, 3, 8))
			continue;
		struct obj *m = lower_mount(L, v, app_body, 1);
		if (m)
			obj_push(A, mounts, m);
	}
	if (mounts->seq.len)
		obj_set(A, c, "volumeMounts", mounts);
	return c;
}

/* ---- volumes ------------------------------------------------------------ */

static void lower_volumes(struct lower *L, struct app_ctx *ac, struct obj *pod, struct obj *claims)
{
	struct obj *vols = obj_seq(A, ac->sp);
	const struct vec *body = &ac->d->body;
	for (uint32_t i = 0; i < body->len; i++) {
		const struct ast_stmt *s = body->items[i];
		if (s->assign || !sv_eqc(s->key, "volume") || !want_args(L, s, 2, 16))
			continue;
		if (!as_name(L, s->args[0], "volume") || !check_dns_name(L, s->args[0], "volume", 63))
			continue;
		static const char *const kinds[] = {"empty", "config", "secret", "claim"};
		int k;
		if (!as_word(L, s->args[1], "volume type", kinds, 4, &k))
			continue;
		struct obj *v = obj_map(A, s->span);
		set_str(L, v, "name", ir_sv_dup(L->u, s->args[0]->text), s->args[0]->span);
		uint32_t opt = 2;
		if (k == 0) {
			struct obj *ed = obj_map(A, s->args[1]->span);
			for (; opt < s->nargs; opt++) {
				const struct ast_arg *a = s->args[opt];
				if (sv_eqc(a->text, "memory"))
					set_str(L, ed, "medium", "Memory", a->span);
				else if (sv_eqc(a->text, "size") && opt + 1 < s->nargs) {
					struct quantity q;
					if (as_quantity(L, s->args[++opt], Q_MEM, &q))
						obj_set(A, ed, "sizeLimit", quantity_obj(L, &q));
				} else if (sv_eqc(a->text, "at") || sv_eqc(a->text, "readonly") || sv_eqc(a->text, "sub")) {
					opt += sv_eqc(a->text, "readonly") ? 0 : 1;
				} else {
					static const char *const o[] = {"memory", "size", "at", "readonly", "sub"};
					int x;
					as_word(L, a, "volume option", o, 5, &x);
				}
			}
			obj_set(A, v, "emptyDir", ed);
		} else if (k == 1 || k == 2) {
			if (s->nargs < 3) {
				diag_error(L->d, E0202, s->args[1]->span, "'%s' needs the name of a %s", kinds[k], kinds[k]);
				continue;
			}
			const struct ast_arg *ref = s->args[2];
			struct kp_decl *d = ir_find(L->u, k == 1 ? DECL_CONFIG : DECL_SECRET, ref->text);
			if (!d) {
				diag_error(L->d, E0204, ref->span, "no %s named '%.*s'", kinds[k], (int)ref->text.len, ref->text.p);
				continue;
			}
			if (!same_namespace(L, ac, d, ref->span))
				continue;
			if (k == 1)
				note_config(ac, d);
			struct obj *src = obj_map(A, ref->span);
			set_str(L, src, k == 1 ? "name" : "secretName", d->name, ref->span);
			obj_set(A, v, k == 1 ? "configMap" : "secret", src);
		} else {
			if (s->nargs < 3) {
				diag_error(L->d, E0202, s->args[1]->span, "'claim' needs a claim name or a size");
				continue;
			}
			const struct ast_arg *ref = s->args[2];
			if (ref->kind == ARG_NUMBER) {
				/* a claim template */
				if (ac->kind != K_STATEFULSET) {
					struct diag *g = diag_error(L->d, E0210, ref->span, "a sized claim needs `kind statefulset`");
					diag_help(g, "name an existing PersistentVolumeClaim instead: `volume %.*s claim CLAIM`",
						  (int)s->args[0]->text.len, s->args[0]->text.p);
					continue;
				}
				struct quantity q;
				if (!as_quantity(L, ref, Q_MEM, &q))
					continue;
				struct obj *pvc = obj_map(A, s->span);
				struct obj *md = obj_map(A, s->span);
				set_str(L, md, "name", ir_sv_dup(L->u, s->args[0]->text), s->args[0]->span);
				obj_set(A, pvc, "metadata", md);
				struct obj *spec = obj_child_map(A, pvc, "spec", s->span);
				struct obj *modes = obj_seq(A, s->span);
				const char *mode = "ReadWriteOnce";
				const struct ast_arg *cls = NULL;
				for (uint32_t j = 3; j < s->nargs; j++) {
					const struct ast_arg *a = s->args[j];
					if (sv_eqc(a->text, "class") && j + 1 < s->nargs) {
						cls = s->args[++j];
					} else if (sv_eqc(a->text, "access") && j + 1 < s->nargs) {
						static const char *const am[] = {"rwo", "rox", "rwx", "rwop"};
						static const char *const av[] = {"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"};
						int x;
						if (as_word(L, s->args[++j], "access mode", am, 4, &x))
							mode = av[x];
					} else if (sv_eqc(a->text, "at") || sv_eqc(a->text, "sub")) {
						j++;
					} else if (!sv_eqc(a->text, "readonly")) {
						static const char *const o[] = {"class", "access", "at", "readonly", "sub"};
						int x;
						as_word(L, a, "claim option", o, 5, &x);
					}
				}
				obj_push(A, modes, str(L, mode, s->span));
				obj_set(A, spec, "accessModes", modes);
				if (cls)
					obj_set(A, spec, "storageClassName", strv(L, cls->text, cls->span));
				struct obj *req = obj_child_map(A, obj_child_map(A, spec, "resources", ref->span), "requests", ref->span);
				obj_set(A, req, "storage", quantity_obj(L, &q));
				obj_push(A, claims, pvc);
				continue;
			}
			if (!check_dns_name(L, ref, "claim", 253))
				continue;
			struct obj *src = obj_map(A, ref->span);
			set_str(L, src, "claimName", ir_sv_dup(L->u, ref->text), ref->span);
			obj_set(A, v, "persistentVolumeClaim", src);
		}
		obj_push(A, vols, v);
	}
	if (vols->seq.len)
		obj_set(A, pod, "volumes", vols);
}

static struct obj *match_labels(struct lower *L, struct obj *sel, struct span sp);

/* ---- placement ---------------------------------------------------------- */

static void lower_placement(struct lower *L, struct app_ctx *ac, struct obj *pod, struct obj *selector)
{
	struct ast_stmt *pl = ir_stmt(&ac->d->body, "placement");
	if (!pl)
		return;
	static const char *const topo[] = {"zone", "host"};
	static const char *const keys[] = {"topology.kubernetes.io/zone", "kubernetes.io/hostname"};
	struct obj *spread = obj_seq(A, pl->span);
	for (uint32_t i = 0; i < pl->nchildren; i++) {
		const struct ast_stmt *s = pl->children[i];
		int t;
		if (sv_eqc(s->key, "spread") && want_args(L, s, 1, 4)) {
			if (!as_word(L, s->args[0], "topology", topo, 2, &t))
				continue;
			int64_t skew = 1;
			bool hard = false;
			for (uint32_t j = 1; j < s->nargs; j++) {
				if (sv_eqc(s->args[j]->text, "skew") && j + 1 < s->nargs) {
					if (!as_int(L, s->args[++j], "skew", 1, 1000, &skew))
						break;
				} else if (sv_eqc(s->args[j]->text, "hard")) {
					hard = true;
				} else {
					static const char *const o[] = {"skew", "hard"};
					int x;
					as_word(L, s->args[j], "spread option", o, 2, &x);
				}
			}
			struct obj *c = obj_map(A, s->span);
			obj_set(A, c, "labelSelector", match_labels(L, selector, s->span));
			obj_set(A, c, "maxSkew", obj_int(A, skew, s->span));
			set_str(L, c, "topologyKey", keys[t], s->args[0]->span);
			set_str(L, c, "whenUnsatisfiable", hard ? "DoNotSchedule" : "ScheduleAnyway", s->span);
			obj_push(A, spread, c);
		} else if (sv_eqc(s->key, "anti_affinity") && want_args(L, s, 1, 2)) {
			if (!as_word(L, s->args[0], "topology", topo, 2, &t))
				continue;
			bool required = false;
			if (s->nargs == 2) {
				static const char *const o[] = {"required", "preferred"};
				int x;
				if (!as_word(L, s->args[1], "anti-affinity mode", o, 2, &x))
					continue;
				required = x == 0;
			}
			struct obj *term = obj_map(A, s->span);
			obj_set(A, term, "labelSelector", match_labels(L, selector, s->span));
			set_str(L, term, "topologyKey", keys[t], s->args[0]->span);
			struct obj *paa = obj_child_map(A, obj_child_map(A, pod, "affinity", s->span), "podAntiAffinity", s->span);
			if (required) {
				obj_push(A, obj_child_seq(A, paa, "requiredDuringSchedulingIgnoredDuringExecution", s->span), term);
			} else {
				struct obj *w = obj_map(A, s->span);
				obj_set(A, w, "podAffinityTerm", term);
				obj_set(A, w, "weight", obj_int(A, 100, s->span));
				obj_push(A, obj_child_seq(A, paa, "preferredDuringSchedulingIgnoredDuringExecution", s->span), w);
			}
		} else if (sv_eqc(s->key, "node")) {
			struct obj *ns = obj_map(A, s->span);
			map_assigns(L, ns, s, true);
			obj_sort_keys(ns);
			obj_set(A, pod, "nodeSelector", ns);
		}
	}
	if (spread->seq.len)
		obj_set(A, pod, "topologySpreadConstraints", spread);
}

/* ---- the app ---------------------------------------------------------- */

static struct obj *app_labels(struct lower *L, struct app_ctx *ac)
{
	struct obj *labels = platform_map(L, "labels");
	/* a finding about a missing label points at the app's `labels`, or the app */
	struct ast_stmt *ls = ir_stmt(&ac->d->body, "labels");
	labels->span = ls ? ls->key_span : ac->sp;
	map_assigns(L, labels, ir_stmt(&ac->d->body, "labels"), true);
	set_str(L, labels, "app", ac->name, ac->sp);
	return labels;
}

static int app_kind(struct lower *L, struct kp_decl *d)
{
	struct ast_stmt *k = ir_stmt(&d->body, "kind");
	static const char *const kinds[] = {"deployment", "statefulset", "daemonset", "job", "cronjob"};
	int i = 0;
	if (k && want_args(L, k, 1, 1))
		as_word(L, k->args[0], "workload kind", kinds, 5, &i);
	return i;
}

/* The pod template spec (without labels), shared by every workload kind. */
static struct obj *pod_spec(struct lower *L, struct app_ctx *ac, struct obj *selector, struct obj *claims)
{
	struct kp_decl *d = ac->d;
	struct obj *pod = obj_map(A, ac->sp);
	struct ast_stmt *acct = ir_stmt(&d->body, "account");
	if (acct && want_args(L, acct, 1, 1) && as_name(L, acct->args[0], "account") &&
	    check_dns_name(L, acct->args[0], "service account", 253)) {
		obj_set(A, pod, "serviceAccountName", strv(L, acct->args[0]->text, acct->args[0]->span));
		for (uint32_t i = 0; i < acct->nchildren; i++)
			if (sv_eqc(acct->children[i]->key, "automount") && want_args(L, acct->children[i], 1, 1)) {
				static const char *const b[] = {"false", "true"};
				int x;
				if (as_word(L, acct->children[i]->args[0], "boolean", b, 2, &x))
					obj_set(A, pod, "automountServiceAccountToken", obj_bool(A, x == 1, acct->children[i]->span));
			}
	}
	struct ast_stmt *sec = ir_stmt(&d->body, "security");
	struct obj *psc = pod_security(L, sec);
	if (psc->map.len)
		obj_set(A, pod, "securityContext", psc);
	struct vec sec_base = {0};
	if (sec)
		ir_stmts_to_vec(&sec_base, sec->children, sec->nchildren);
	struct ast_stmt *grace = ir_stmt(&d->body, "grace");
	if (grace && want_args(L, grace, 1, 1)) {
		struct quantity q;
		if (as_quantity(L, grace->args[0], Q_DURATION, &q))
			obj_set(A, pod, "terminationGracePeriodSeconds", obj_int(A, (int64_t)q.value, grace->span));
	}
	/* init containers, main container, sidecars */
	struct obj *inits = obj_seq(A, ac->sp), *containers = obj_seq(A, ac->sp);
	for (uint32_t i = 0; i < d->body.len; i++) {
		struct ast_stmt *s = d->body.items[i];
		if (s->assign || !sv_eqc(s->key, "init"))
			continue;
		if (!want_args(L, s, 1, 1) || !as_name(L, s->args[0], "container") || !check_dns_name(L, s->args[0], "container", 63))
			continue;
		struct vec body = {0};
		ir_stmts_to_vec(&body, s->children, s->nchildren);
		obj_push(A, inits, lower_container(L, ac, ir_sv_dup(L->u, s->args[0]->text), s->args[0]->span, &body, &d->body,
						   &sec_base, false, true));
		vec_free(&body);
	}
	obj_push(A, containers, lower_container(L, ac, ac->name, d->stmt->args[0]->span, &d->body, &d->body, &sec_base, true, false));
	for (uint32_t i = 0; i < d->body.len; i++) {
		struct ast_stmt *s = d->body.items[i];
		if (s->assign || !sv_eqc(s->key, "sidecar"))
			continue;
		if (!want_args(L, s, 1, 1) || !as_name(L, s->args[0], "container") || !check_dns_name(L, s->args[0], "container", 63))
			continue;
		if (sv_eqc(s->args[0]->text, ac->name)) {
			diag_error(L->d, E0203, s->args[0]->span, "a sidecar cannot share the app's name '%s'", ac->name);
			continue;
		}
		struct vec body = {0};
		ir_stmts_to_vec(&body, s->children, s->nchildren);
		obj_push(A, containers, lower_container(L, ac, ir_sv_dup(L->u, s->args[0]->text), s->args[0]->span, &body,
							&d->body, &sec_base, false, false));
		vec_free(&body);
	}
	vec_free(&sec_base);
	obj_set(A, pod, "containers", containers);
	if (inits->seq.len)
		obj_set(A, pod, "initContainers", inits);
	lower_placement(L, ac, pod, selector);
	lower_volumes(L, ac, pod, claims);
	if (ac->kind == K_JOB || ac->kind == K_CRONJOB) {
		struct ast_stmt *r = ir_stmt(&d->body, "restart");
		const char *policy = "Never";
		if (r && want_args(L, r, 1, 1)) {
			static const char *const rp[] = {"never", "on-failure"};
			static const char *const rv[] = {"Never", "OnFailure"};
			int x;
			if (as_word(L, r->args[0], "restart policy for a job", rp, 2, &x))
				policy = rv[x];
		}
		set_str(L, pod, "restartPolicy", policy, r ? r->span : ac->sp);
	} else if (ir_stmt(&d->body, "restart")) {
		struct ast_stmt *r = ir_stmt(&d->body, "restart");
		if (want_args(L, r, 1, 1) && !sv_eqc(r->args[0]->text, "always"))
			diag_error(L->d, E0210, r->args[0]->span, "only jobs and cronjobs may restart other than `always`");
	}
	return pod;
}

static int cmp_decl_name(const void *a, const void *b)
{
	return strcmp((*(struct kp_decl *const *)a)->name, (*(struct kp_decl *const *)b)->name);
}

static struct obj *template(struct lower *L, struct app_ctx *ac, struct obj *labels, struct obj *pod)
{
	struct obj *t = obj_map(A, ac->sp);
	struct obj *md = obj_map(A, ac->sp);
	struct obj *ann = obj_map(A, ac->sp);
	map_assigns(L, ann, ir_stmt(&ac->d->body, "pod_annotations"), false);
	if (ac->configs.len) {
		qsort(ac->configs.items, ac->configs.len, sizeof(void *), cmp_decl_name);
		struct buf b = {0};
		for (uint32_t i = 0; i < ac->configs.len; i++)
			config_data(ac->configs.items[i], &b);
		char hex[17];
		snprintf(hex, sizeof hex, "%016llx", (unsigned long long)kpc_hash64(b.data, b.len));
		buf_free(&b);
		set_str(L, ann, "kpc.dev/config-checksum", arena_strdup(A, hex), ac->sp);
	}
	if (ann->map.len) {
		obj_sort_keys(ann);
		obj_set(A, md, "annotations", ann);
	}
	obj_sort_keys(labels);
	obj_set(A, md, "labels", labels);
	obj_set(A, t, "metadata", md);
	obj_set(A, t, "spec", pod);
	return t;
}

static struct obj *match_labels(struct lower *L, struct obj *sel, struct span sp)
{
	struct obj *m = obj_map(A, sp);
	obj_sort_keys(sel);
	obj_set(A, m, "matchLabels", sel);
	return m;
}

struct rollout {
	int kind; /* 0 none, 1 rolling, 2 canary, 3 blue-green */
	struct quantity surge, unavail, canary;
	bool has_surge, has_unavail;
	int active; /* blue-green: 0 blue, 1 green */
	struct ast_stmt *s;
};

/* The `surge N|P%` and `unavailable N|P%` pairs from argument `i` on. */
static bool rolling_opts(struct lower *L, const struct ast_stmt *s, uint32_t i, struct rollout *r)
{
	for (; i < s->nargs; i += 2) {
		static const char *const o[] = {"surge", "unavailable"};
		int x;
		if (!as_word(L, s->args[i], "rolling option", o, 2, &x))
			return false;
		if (i + 1 >= s->nargs) {
			diag_error(L->d, E0202, s->args[i]->span, "'%s' needs a count or a percentage", o[x]);
			return false;
		}
		if (!as_quantity(L, s->args[i + 1], Q_INT_OR_PERCENT, x ? &r->unavail : &r->surge))
			return false;
		*(x ? &r->has_unavail : &r->has_surge) = true;
	}
	return true;
}

/* rollout rolling [surge X] [unavailable Y]
 * rollout canary P% [surge X] [unavailable Y]
 * rollout blue-green [active blue|green] [surge X] [unavailable Y]
 * Canary and blue-green Deployments update themselves with the rolling
 * parameters when given. */
static void parse_rollout(struct lower *L, struct app_ctx *ac, struct rollout *r)
{
	memset(r, 0, sizeof *r);
	struct ast_stmt *s = r->s = ir_stmt(&ac->d->body, "rollout");
	if (!s || !want_args(L, s, 1, 7))
		return;
	static const char *const kinds[] = {"rolling", "canary", "blue-green"};
	int k;
	if (!as_word(L, s->args[0], "rollout strategy", kinds, 3, &k))
		return;
	uint32_t opts = 1;
	if (k == 1) {
		if (s->nargs < 2 || s->args[1]->kind != ARG_NUMBER) {
			struct diag *g = diag_error(L->d, E0202, s->args[0]->span, "a canary needs its share of the replicas");
			diag_help(g, "write `rollout canary 10%%`");
			return;
		}
		if (!as_quantity(L, s->args[1], Q_PERCENT, &r->canary))
			return;
		if (r->canary.value < 1 || r->canary.value > 99) {
			diag_error(L->d, E0302, s->args[1]->span, "a canary share must be between 1%% and 99%%");
			return;
		}
		opts = 2;
	} else if (k == 2 && s->nargs >= 2 && sv_eqc(s->args[1]->text, "active")) {
		static const char *const slots[] = {"blue", "green"};
		if (s->nargs < 3) {
			diag_error(L->d, E0202, s->args[1]->span, "'active' needs a slot: blue or green");
			return;
		}
		if (!as_word(L, s->args[2], "slot", slots, 2, &r->active))
			return;
		opts = 3;
	}
	if (!rolling_opts(L, s, opts, r))
		return;
	r->kind = k + 1;
	if (r->kind >= 2 && ac->kind != K_DEPLOYMENT) {
		diag_error(L->d, E0210, s->args[0]->span, "%s rollouts need `kind deployment`", kinds[k]);
		r->kind = 0;
	}
}

/* strategy: RollingUpdate with the given parameters, or NULL. */
static struct obj *rolling_strategy(struct lower *L, struct app_ctx *ac, const struct rollout *r)
{
	if (!r->s || (r->kind != 1 && !r->has_surge && !r->has_unavail))
		return NULL;
	struct obj *st = obj_map(A, r->s->span);
	struct obj *ru = obj_map(A, r->s->span);
	if (r->has_surge) {
		if (ac->kind == K_STATEFULSET)
			diag_error(L->d, E0210, r->surge.span, "a statefulset cannot surge");
		else
			obj_set(A, ru, "maxSurge", int_or_percent_obj(L, &r->surge));
	}
	if (r->has_unavail)
		obj_set(A, ru, "maxUnavailable", int_or_percent_obj(L, &r->unavail));
	if (ru->map.len)
		obj_set(A, st, "rollingUpdate", ru);
	set_str(L, st, "type", "RollingUpdate", r->s->span);
	return st;
}

static struct obj *workload(struct lower *L, struct app_ctx *ac, const char *api, const char *kind, const char *name,
			    struct obj *labels, struct obj *selector, struct span sp)
{
	return object(L, api, kind, metadata(L, name, ac->ns, labels, sp), sp);
}

static void lower_service(struct lower *L, struct app_ctx *ac, const char *name, struct obj *selector, int type,
			  struct span sp, struct obj *labels)
{
	static const char *const types[] = {"ClusterIP", "ClusterIP", "NodePort", "LoadBalancer"};
	struct obj *svc = object(L, "v1", "Service", metadata(L, name, ac->ns, labels, sp), sp);
	struct obj *spec = obj_child_map(A, svc, "spec", sp);
	if (type == 1)
		set_str(L, spec, "clusterIP", "None", sp);
	struct obj *ports = obj_seq(A, sp);
	for (uint32_t i = 0; i < ac->main_ports->seq.len; i++) {
		struct obj *cp = ac->main_ports->seq.items[i];
		struct obj *p = obj_map(A, cp->span);
		obj_set(A, p, "name", obj_get(cp, "name"));
		struct obj *sp2 = obj_get(cp, "kpc:servicePort");
		obj_set(A, p, "port", sp2 ? sp2 : obj_get(cp, "containerPort"));
		if (obj_get(cp, "protocol"))
			obj_set(A, p, "protocol", obj_get(cp, "protocol"));
		obj_set(A, p, "targetPort", obj_get(cp, "name"));
		obj_push(A, ports, p);
	}
	obj_set(A, spec, "ports", ports);
	obj_sort_keys(selector);
	obj_set(A, spec, "selector", selector);
	set_str(L, spec, "type", types[type], sp);
	emit(L, svc, sp);
}

static void lower_autoscale(struct lower *L, struct app_ctx *ac, const char *target_kind, const char *target,
			    struct obj *labels)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "autoscale");
	if (!s)
		return;
	if (ac->kind != K_DEPLOYMENT && ac->kind != K_STATEFULSET) {
		diag_error(L->d, E0210, s->key_span, "only deployments and statefulsets autoscale");
		return;
	}
	if (!want_args(L, s, 1, 1))
		return;
	const struct ast_arg *r = s->args[0];
	int64_t lo, hi;
	if (r->kind != ARG_RANGE) {
		struct diag *g = diag_error(L->d, E0301, r->span, "expected a replica range MIN..MAX");
		diag_help(g, "write `autoscale 3..20`");
		return;
	}
	if (!as_int(L, r->lo, "minimum replicas", 1, 100000, &lo) || !as_int(L, r->hi, "maximum replicas", 1, 100000, &hi))
		return;
	if (lo > hi) {
		diag_error(L->d, E0304, r->span, "minimum replicas %lld is larger than maximum %lld", (long long)lo, (long long)hi);
		return;
	}
	struct obj *hpa = object(L, "autoscaling/v2", "HorizontalPodAutoscaler",
				 metadata(L, ac->name, ac->ns, labels, s->span), s->span);
	struct obj *spec = obj_child_map(A, hpa, "spec", s->span);
	struct obj *behavior = obj_map(A, s->span);
	struct obj *metrics = obj_seq(A, s->span);
	for (uint32_t i = 0; i < s->nchildren; i++) {
		const struct ast_stmt *c = s->children[i];
		if (sv_eqc(c->key, "cpu") || sv_eqc(c->key, "memory")) {
			struct quantity q;
			if (!want_args(L, c, 1, 1) || !as_quantity(L, c->args[0], Q_PERCENT, &q))
				continue;
			if (q.value < 1 || q.value > 1000) {
				diag_error(L->d, E0302, c->args[0]->span, "utilization target must be between 1%% and 1000%%");
				continue;
			}
			struct obj *m = obj_map(A, c->span);
			set_str(L, m, "type", "Resource", c->span);
			struct obj *res = obj_child_map(A, m, "resource", c->span);
			set_str(L, res, "name", sv_eqc(c->key, "cpu") ? "cpu" : "memory", c->key_span);
			struct obj *t = obj_child_map(A, res, "target", c->span);
			obj_set(A, t, "averageUtilization", obj_int(A, (int64_t)q.value, c->args[0]->span));
			set_str(L, t, "type", "Utilization", c->span);
			obj_push(A, metrics, m);
		} else if (sv_eqc(c->key, "up") || sv_eqc(c->key, "down")) {
			struct obj *b = obj_map(A, c->span);
			struct obj *pols = obj_seq(A, c->span);
			for (uint32_t j = 0; j < c->nchildren; j++) {
				const struct ast_stmt *p = c->children[j];
				if (sv_eqc(p->key, "window")) {
					struct quantity q;
					if (want_args(L, p, 1, 1) && as_quantity(L, p->args[0], Q_DURATION, &q)) {
						if (q.value > 3600)
							diag_error(L->d, E0302, p->args[0]->span, "a stabilization window is at most 1h");
						else
							obj_set(A, b, "stabilizationWindowSeconds", obj_int(A, (int64_t)q.value, p->span));
					}
				} else if (sv_eqc(p->key, "select")) {
					static const char *const o[] = {"max", "min", "disabled"};
					static const char *const v[] = {"Max", "Min", "Disabled"};
					int x;
					if (want_args(L, p, 1, 1) && as_word(L, p->args[0], "policy selection", o, 3, &x))
						set_str(L, b, "selectPolicy", v[x], p->span);
				} else if (sv_eqc(p->key, "pods") || sv_eqc(p->key, "percent")) {
					bool pods = sv_eqc(p->key, "pods");
					if (!want_args(L, p, 3, 3))
						continue;
					if (!sv_eqc(p->args[1]->text, "per")) {
						struct diag *g = diag_error(L->d, E0202, p->args[1]->span, "expected 'per'");
						diag_help(g, "write `%s per 60s`", pods ? "pods 2" : "percent 50%");
						continue;
					}
					int64_t v;
					struct quantity q, period;
					if (pods ? !as_int(L, p->args[0], "pod count", 1, 100000, &v)
						 : !as_quantity(L, p->args[0], Q_PERCENT, &q))
						continue;
					if (!as_quantity(L, p->args[2], Q_DURATION, &period))
						continue;
					if (period.value < 1 || period.value > 1800) {
						diag_error(L->d, E0302, p->args[2]->span, "a policy period is between 1s and 30m");
						continue;
					}
					struct obj *po = obj_map(A, p->span);
					obj_set(A, po, "periodSeconds", obj_int(A, (int64_t)period.value, p->args[2]->span));
					set_str(L, po, "type", pods ? "Pods" : "Percent", p->key_span);
					obj_set(A, po, "value", obj_int(A, pods ? v : (int64_t)q.value, p->args[0]->span));
					obj_push(A, pols, po);
				}
			}
			if (pols->seq.len)
				obj_set(A, b, "policies", pols);
			obj_set(A, behavior, sv_eqc(c->key, "up") ? "scaleUp" : "scaleDown", b);
		}
	}
	if (behavior->map.len) {
		struct obj *b2 = obj_map(A, s->span);
		if (obj_get(behavior, "scaleDown"))
			obj_set(A, b2, "scaleDown", obj_get(behavior, "scaleDown"));
		if (obj_get(behavior, "scaleUp"))
			obj_set(A, b2, "scaleUp", obj_get(behavior, "scaleUp"));
		obj_set(A, spec, "behavior", b2);
	}
	obj_set(A, spec, "maxReplicas", obj_int(A, hi, r->hi->span));
	if (metrics->seq.len)
		obj_set(A, spec, "metrics", metrics);
	obj_set(A, spec, "minReplicas", obj_int(A, lo, r->lo->span));
	struct obj *ref = obj_child_map(A, spec, "scaleTargetRef", s->span);
	set_str(L, ref, "apiVersion", "apps/v1", s->span);
	set_str(L, ref, "kind", target_kind, s->span);
	set_str(L, ref, "name", target, s->span);
	emit(L, hpa, s->span);
}

static void lower_vertical(struct lower *L, struct app_ctx *ac, const char *target_kind, const char *target,
			   struct obj *labels)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "vertical");
	if (!s || !want_args(L, s, 0, 0))
		return;
	if (ac->kind == K_JOB) {
		diag_error(L->d, E0210, s->key_span, "a job cannot be scaled vertically");
		return;
	}
	struct obj *vpa = object(L, "autoscaling.k8s.io/v1", "VerticalPodAutoscaler",
				 metadata(L, ac->name, ac->ns, labels, s->span), s->span);
	struct obj *spec = obj_child_map(A, vpa, "spec", s->span);
	struct obj *cp = obj_map(A, s->span);
	set_str(L, cp, "containerName", ac->name, s->span);
	const char *mode = NULL;
	struct span mode_sp = s->span;
	for (uint32_t i = 0; i < s->nchildren; i++) {
		const struct ast_stmt *c = s->children[i];
		if (sv_eqc(c->key, "mode") && want_args(L, c, 1, 1)) {
			static const char *const m[] = {"auto", "off", "initial", "recreate"};
			static const char *const v[] = {"Auto", "Off", "Initial", "Recreate"};
			int x;
			if (as_word(L, c->args[0], "update mode", m, 4, &x)) {
				mode = v[x];
				mode_sp = c->span;
			}
		} else if ((sv_eqc(c->key, "cpu") || sv_eqc(c->key, "memory")) && want_args(L, c, 1, 1)) {
			const struct ast_arg *r = c->args[0];
			enum qkind k = sv_eqc(c->key, "cpu") ? Q_CPU : Q_MEM;
			const char *nm = k == Q_CPU ? "cpu" : "memory";
			struct quantity lo, hi;
			if (r->kind != ARG_RANGE) {
				struct diag *g = diag_error(L->d, E0301, r->span, "expected a range MIN..MAX");
				diag_help(g, "write `%s %s`", nm, k == Q_CPU ? "100m..2" : "128Mi..4Gi");
				continue;
			}
			if (!as_quantity(L, r->lo, k, &lo) || !as_quantity(L, r->hi, k, &hi))
				continue;
			if (lo.value > hi.value) {
				diag_error(L->d, E0304, r->span, "minimum %s is larger than the maximum", nm);
				continue;
			}
			obj_set(A, obj_child_map(A, cp, "maxAllowed", c->span), nm, quantity_obj(L, &hi));
			obj_set(A, obj_child_map(A, cp, "minAllowed", c->span), nm, quantity_obj(L, &lo));
		}
	}
	struct obj *cp2 = obj_map(A, s->span);
	static const char *const order[] = {"containerName", "maxAllowed", "minAllowed"};
	for (int i = 0; i < 3; i++)
		if (obj_get(cp, order[i]))
			obj_set(A, cp2, order[i], obj_get(cp, order[i]));
	struct obj *rp = obj_child_map(A, spec, "resourcePolicy", s->span);
	obj_push(A, obj_child_seq(A, rp, "containerPolicies", s->span), cp2);
	struct obj *ref = obj_child_map(A, spec, "targetRef", s->span);
	set_str(L, ref, "apiVersion", ac->kind == K_CRONJOB ? "batch/v1" : "apps/v1", s->span);
	set_str(L, ref, "kind", target_kind, s->span);
	set_str(L, ref, "name", target, s->span);
	if (mode)
		set_str(L, obj_child_map(A, spec, "updatePolicy", mode_sp), "updateMode", mode, mode_sp);
	emit(L, vpa, s->span);
}

static void lower_budget(struct lower *L, struct app_ctx *ac, struct obj *selector, struct obj *labels)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "budget");
	if (!s || !want_args(L, s, 2, 2))
		return;
	static const char *const kinds[] = {"min_available", "max_unavailable"};
	int k;
	struct quantity q;
	if (!as_word(L, s->args[0], "budget kind", kinds, 2, &k) || !as_quantity(L, s->args[1], Q_INT_OR_PERCENT, &q))
		return;
	if (q.percent && q.value > 100) {
		diag_error(L->d, E0302, s->args[1]->span, "a percentage is at most 100%%");
		return;
	}
	struct obj *pdb = object(L, "policy/v1", "PodDisruptionBudget", metadata(L, ac->name, ac->ns, labels, s->span),
				 s->span);
	struct obj *spec = obj_child_map(A, pdb, "spec", s->span);
	obj_set(A, spec, k == 0 ? "minAvailable" : "maxUnavailable", int_or_percent_obj(L, &q));
	obj_set(A, spec, "selector", match_labels(L, selector, s->span));
	emit(L, pdb, s->span);
}

static void lower_network(struct lower *L, struct app_ctx *ac, struct obj *selector, struct obj *labels)
{
	struct obj *ingress = obj_seq(A, ac->sp);
	struct span first = {0};
	for (uint32_t i = 0; i < ac->d->body.len; i++) {
		const struct ast_stmt *s = ac->d->body.items[i];
		if (s->assign || !sv_eqc(s->key, "allow") || !want_args(L, s, 2, 8))
			continue;
		if (!first.file)
			first = s->span;
		if (!sv_eqc(s->args[0]->text, "from")) {
			struct diag *g = diag_error(L->d, E0202, s->args[0]->span, "expected 'from'");
			diag_help(g, "write `allow from app NAME on PORT`");
			continue;
		}
		static const char *const peers[] = {"app", "namespace", "any"};
		int p;
		if (!as_word(L, s->args[1], "traffic source", peers, 3, &p))
			continue;
		uint32_t i2 = 2;
		struct obj *rule = obj_map(A, s->span);
		if (p != 2) {
			if (s->nargs < 3) {
				diag_error(L->d, E0202, s->args[1]->span, "'%s' needs a name", peers[p]);
				continue;
			}
			const struct ast_arg *items[32];
			struct ast_stmt one = *s;
			one.args = (struct ast_arg **)&s->args[2];
			one.nargs = 1;
			uint32_t n = flat_args(&one, 0, items, 32);
			struct obj *from = obj_seq(A, s->span);
			for (uint32_t j = 0; j < n; j++) {
				struct obj *peer = obj_map(A, items[j]->span);
				if (p == 0) {
					struct kp_decl *other = ir_find(L->u, DECL_APP, items[j]->text);
					if (!other) {
						struct diag *g = diag_error(L->d, E0204, items[j]->span, "no app named '%.*s'",
									    (int)items[j]->text.len, items[j]->text.p);
						const char *names[256];
						size_t nn = 0;
						for (uint32_t k = 1; k < L->u->decls.len && nn < 256; k++) {
							struct kp_decl *d = L->u->decls.items[k];
							if (d->kind == DECL_APP)
								names[nn++] = d->name;
						}
						const char *sug = kpc_suggest(items[j]->text, names, nn);
						if (sug)
							diag_label(g, "did you mean '%s'?", sug);
						continue;
					}
					struct obj *ml = obj_map(A, items[j]->span);
					set_str(L, ml, "app", other->name, items[j]->span);
					obj_set(A, peer, "podSelector", match_labels(L, ml, items[j]->span));
					if (strcmp(other->ns, ac->ns) != 0) {
						struct obj *nl = obj_map(A, items[j]->span);
						set_str(L, nl, "kubernetes.io/metadata.name", other->ns, items[j]->span);
						obj_set(A, peer, "namespaceSelector", match_labels(L, nl, items[j]->span));
					}
				} else {
					if (!check_dns_name(L, items[j], "namespace", 63))
						continue;
					struct obj *nl = obj_map(A, items[j]->span);
					set_str(L, nl, "kubernetes.io/metadata.name", ir_sv_dup(L->u, items[j]->text), items[j]->span);
					obj_set(A, peer, "namespaceSelector", match_labels(L, nl, items[j]->span));
				}
				obj_push(A, from, peer);
			}
			obj_set(A, rule, "from", from);
			i2 = 3;
		}
		if (i2 < s->nargs) {
			if (!sv_eqc(s->args[i2]->text, "on") || i2 + 1 >= s->nargs) {
				struct diag *g = diag_error(L->d, E0202, s->args[i2]->span, "expected `on PORT, ...`");
				(void)g;
				continue;
			}
			const struct ast_arg *items[32];
			uint32_t n = flat_args(s, i2 + 1, items, 32);
			struct obj *ports = obj_seq(A, s->span);
			for (uint32_t j = 0; j < n; j++) {
				struct obj *pr = port_ref(L, items[j], ac->main_ports, false);
				if (!pr)
					continue;
				struct obj *po = obj_map(A, items[j]->span);
				obj_set(A, po, "port", pr);
				/* the protocol of the app's port of that name or number */
				const char *proto = "TCP";
				for (uint32_t k = 0; ac->main_ports && k < ac->main_ports->seq.len; k++) {
					struct obj *q = ac->main_ports->seq.items[k];
					if ((pr->kind == OBJ_STR && sv_eq(obj_get(q, "name")->s, pr->s)) ||
					    (pr->kind == OBJ_INT && obj_get(q, "containerPort")->i == pr->i))
						proto = obj_get(q, "protocol") ? obj_get(q, "protocol")->s.p : "TCP";
				}
				set_str(L, po, "protocol", proto, items[j]->span);
				obj_push(A, ports, po);
			}
			obj_set(A, rule, "ports", ports);
		}
		obj_push(A, ingress, rule);
	}
	if (!ingress->seq.len)
		return;
	struct obj *np = object(L, "networking.k8s.io/v1", "NetworkPolicy",
				metadata(L, arena_printf(A, "%s-ingress", ac->name), ac->ns, labels, first), first);
	struct obj *spec = obj_child_map(A, np, "spec", first);
	obj_set(A, spec, "ingress", ingress);
	obj_set(A, spec, "podSelector", match_labels(L, selector, first));
	obj_push(A, obj_child_seq(A, spec, "policyTypes", first), str(L, "Ingress", first));
	emit(L, np, first);
}

static void lower_account(struct lower *L, struct app_ctx *ac, struct obj *labels)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "account");
	if (!s || !s->nargs || !is_dns_label(s->args[0]->text, 253))
		return;
	struct sv name = s->args[0]->text;
	bool has_rules = false;
	for (uint32_t i = 0; i < s->nchildren; i++)
		if (sv_eqc(s->children[i]->key, "allow"))
			has_rules = true;
	/* an account named by several apps is emitted once; its rules may come
	 * with any one of them (or with a profile they share) */
	bool have_sa = false;
	/* accounts by (namespace, name) in a small open-addressing table */
	if ((L->accounts.len / 3 + 1) * 2 > L->account_cap) {
		uint32_t cap = L->account_cap ? L->account_cap * 2 : 64;
		uint32_t *slots = xcalloc(cap, sizeof *slots);
		for (uint32_t e = 0; e < L->accounts.len; e += 3) {
			struct ast_stmt *o = L->accounts.items[e];
			const char *ons = L->accounts.items[e + 1];
			uint32_t h = (uint32_t)(kpc_hash64(o->args[0]->text.p, o->args[0]->text.len) ^ kpc_hash64(ons, strlen(ons)));
			for (h &= cap - 1; slots[h]; h = (h + 1) & (cap - 1))
				;
			slots[h] = e / 3 + 1;
		}
		free(L->account_slots);
		L->account_slots = slots;
		L->account_cap = cap;
	}
	uint32_t hash = (uint32_t)(kpc_hash64(name.p, name.len) ^ kpc_hash64(ac->ns, strlen(ac->ns)));
	uint32_t slot = hash & (L->account_cap - 1);
	for (; L->account_slots[slot]; slot = (slot + 1) & (L->account_cap - 1)) {
		uint32_t i = (L->account_slots[slot] - 1) * 3;
		struct ast_stmt *o = L->accounts.items[i];
		const char *ns = L->accounts.items[i + 1];
		if (!sv_eq(o->args[0]->text, name) || strcmp(ns, ac->ns) != 0)
			continue;
		bool had_rules = L->accounts.items[i + 2] != NULL;
		if (!has_rules || o == s || (had_rules && o->origin && o->origin == s->origin))
			return;
		if (had_rules) {
			struct diag *g = diag_error(L->d, E0203, s->args[0]->span, "account '%.*s' is given rules twice",
						    (int)name.len, name.p);
			diag_note(g, o->args[0]->span, "first given here");
			diag_help(g, "give the rules in one app (or a profile) and name the account alone elsewhere");
			return;
		}
		L->accounts.items[i] = s;
		L->accounts.items[i + 2] = s;
		have_sa = true;
		break;
	}
	const char *n = ir_sv_dup(L->u, name);
	struct span sp = s->args[0]->span;
	if (!have_sa) {
		L->account_slots[slot] = L->accounts.len / 3 + 1;
		vec_push(&L->accounts, s);
		vec_push(&L->accounts, arena_strdup(L->keep, ac->ns));
		vec_push(&L->accounts, has_rules ? s : NULL);
		emit(L, object(L, "v1", "ServiceAccount", metadata(L, n, ac->ns, labels, sp), sp), sp);
	}
	if (!has_rules)
		return;
	struct obj *role = object(L, "rbac.authorization.k8s.io/v1", "Role", metadata(L, n, ac->ns, labels, sp), sp);
	struct obj *rules = obj_child_seq(A, role, "rules", s->span);
	for (uint32_t i = 0; i < s->nchildren; i++) {
		const struct ast_stmt *r = s->children[i];
		if (!sv_eqc(r->key, "allow") || !want_args(L, r, 3, 5))
			continue;
		if (!sv_eqc(r->args[1]->text, "on")) {
			struct diag *g = diag_error(L->d, E0202, r->args[1]->span, "expected 'on'");
			diag_help(g, "write `allow get, list on pods, services`");
			continue;
		}
		struct obj *rule = obj_map(A, r->span);
		struct obj *groups = obj_seq(A, r->span);
		if (r->nargs >= 4) {
			if (!sv_eqc(r->args[3]->text, "in") || r->nargs != 5) {
				struct diag *g = diag_error(L->d, E0202, r->args[3]->span, "expected `in GROUP`");
				diag_help(g, "write `allow get on deployments in apps`");
				continue;
			}
			obj_push(A, groups, strv(L, sv_eqc(r->args[4]->text, "core") ? SV("") : r->args[4]->text, r->args[4]->span));
		} else {
			obj_push(A, groups, str(L, "", r->span));
		}
		obj_set(A, rule, "apiGroups", groups);
		const struct ast_arg *items[64];
		struct ast_stmt one = *r;
		one.args = (struct ast_arg **)&r->args[2];
		one.nargs = 1;
		uint32_t nres = flat_args(&one, 0, items, 64);
		struct obj *res = obj_seq(A, r->args[2]->span);
		for (uint32_t j = 0; j < nres; j++)
			obj_push(A, res, strv(L, items[j]->text, items[j]->span));
		obj_set(A, rule, "resources", res);
		one.args = (struct ast_arg **)&r->args[0];
		uint32_t nverbs = flat_args(&one, 0, items, 64);
		struct obj *verbs = obj_seq(A, r->args[0]->span);
		static const char *const known[] = {"get", "list", "watch", "create", "update", "patch", "delete",
						    "deletecollection", "*", "use", "bind", "escalate", "impersonate", "approve", "sign"};
		for (uint32_t j = 0; j < nverbs; j++) {
			int x;
			if (as_word(L, items[j], "verb", known, KPC_ARRAY_LEN(known), &x))
				obj_push(A, verbs, str(L, known[x], items[j]->span));
		}
		obj_set(A, rule, "verbs", verbs);
		obj_push(A, rules, rule);
	}
	emit(L, role, sp);
	struct obj *rb = object(L, "rbac.authorization.k8s.io/v1", "RoleBinding", metadata(L, n, ac->ns, labels, sp), sp);
	struct obj *ref = obj_child_map(A, rb, "roleRef", sp);
	set_str(L, ref, "apiGroup", "rbac.authorization.k8s.io", sp);
	set_str(L, ref, "kind", "Role", sp);
	set_str(L, ref, "name", n, sp);
	struct obj *subj = obj_map(A, sp);
	set_str(L, subj, "kind", "ServiceAccount", sp);
	set_str(L, subj, "name", n, sp);
	set_str(L, subj, "namespace", ac->ns, sp);
	obj_push(A, obj_child_seq(A, rb, "subjects", sp), subj);
	emit(L, rb, sp);
}

static void lower_ingress(struct lower *L, struct app_ctx *ac, const char *svc, bool has_svc, struct obj *labels)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "ingress");
	if (!s || !want_args(L, s, 1, 9) || !as_string(L, s->args[0], "a host name"))
		return;
	if (!has_svc) {
		struct diag *g = diag_error(L->d, E0210, s->key_span, "an ingress needs the app's Service, and app '%s' has none",
					    ac->name);
		diag_help(g, ac->kind >= K_JOB ? "jobs and cronjobs have no Service" : "remove `service none`");
		return;
	}
	const struct ast_arg *path = NULL, *port = NULL, *tls = NULL, *cls = NULL;
	for (uint32_t i = 1; i < s->nargs; i += 2) {
		static const char *const o[] = {"path", "port", "tls", "class"};
		int x;
		if (!as_word(L, s->args[i], "ingress option", o, 4, &x))
			return;
		if (i + 1 >= s->nargs) {
			diag_error(L->d, E0202, s->args[i]->span, "'%s' needs a value", o[x]);
			return;
		}
		const struct ast_arg **slot[] = {&path, &port, &tls, &cls};
		*slot[x] = s->args[i + 1];
	}
	if (!ac->main_ports || !ac->main_ports->seq.len) {
		diag_error(L->d, E0208, s->key_span, "an ingress needs a port on the app");
		return;
	}
	struct obj *pref = port ? port_ref(L, port, ac->main_ports, false) : NULL;
	if (port && !pref)
		return;
	struct obj *sport = NULL;
	/* the Service port that fronts the chosen container port */
	struct obj *cp = ac->main_ports->seq.items[0];
	if (pref) {
		for (uint32_t i = 0; i < ac->main_ports->seq.len; i++) {
			struct obj *q = ac->main_ports->seq.items[i];
			if ((pref->kind == OBJ_STR && sv_eq(obj_get(q, "name")->s, pref->s)) ||
			    (pref->kind == OBJ_INT && obj_get(q, "containerPort")->i == pref->i))
				cp = q;
		}
		if (pref->kind == OBJ_INT && obj_get(cp, "containerPort")->i != pref->i) {
			struct diag *g = diag_error(L->d, E0204, port->span, "app '%s' has no port %lld", ac->name, (long long)pref->i);
			diag_help(g, "name one of the app's ports: `port NAME`");
			return;
		}
	}
	sport = obj_map(A, s->span);
	obj_set(A, sport, "name", obj_get(cp, "name"));
	struct obj *ing = object(L, "networking.k8s.io/v1", "Ingress", metadata(L, ac->name, ac->ns, labels, s->span), s->span);
	struct obj *spec = obj_child_map(A, ing, "spec", s->span);
	if (cls)
		obj_set(A, spec, "ingressClassName", strv(L, cls->text, cls->span));
	struct obj *rule = obj_map(A, s->span);
	obj_set(A, rule, "host", strv(L, s->args[0]->text, s->args[0]->span));
	struct obj *p = obj_map(A, s->span);
	struct obj *backend = obj_child_map(A, p, "backend", s->span);
	struct obj *bs = obj_child_map(A, backend, "service", s->span);
	set_str(L, bs, "name", svc, s->span);
	obj_set(A, bs, "port", sport);
	if (path && path->kind != ARG_PATH && !as_string(L, path, "a path"))
		return;
	obj_set(A, p, "path", path ? strv(L, path->text, path->span) : str(L, "/", s->span));
	set_str(L, p, "pathType", "Prefix", s->span);
	obj_push(A, obj_child_seq(A, obj_child_map(A, rule, "http", s->span), "paths", s->span), p);
	obj_push(A, obj_child_seq(A, spec, "rules", s->span), rule);
	if (tls) {
		struct kp_decl *sec = ir_find(L->u, DECL_SECRET, tls->text);
		if (!sec) {
			diag_error(L->d, E0204, tls->span, "no secret named '%.*s'", (int)tls->text.len, tls->text.p);
			return;
		}
		if (!same_namespace(L, ac, sec, tls->span))
			return;
		struct obj *t = obj_map(A, tls->span);
		obj_push(A, obj_child_seq(A, t, "hosts", tls->span), strv(L, s->args[0]->text, s->args[0]->span));
		set_str(L, t, "secretName", sec->name, tls->span);
		obj_push(A, obj_child_seq(A, spec, "tls", tls->span), t);
	}
	emit(L, ing, s->span);
}

static int64_t app_replicas(struct lower *L, struct app_ctx *ac, bool *given, struct span *sp)
{
	struct ast_stmt *s = ir_stmt(&ac->d->body, "replicas");
	*given = false;
	*sp = ac->sp;
	int64_t n = 1;
	if (!s || !want_args(L, s, 1, 1))
		return n;
	if (ac->kind == K_DAEMONSET || ac->kind == K_JOB || ac->kind == K_CRONJOB) {
		diag_error(L->d, E0210, s->key_span, "a %s has no replicas",
			   ac->kind == K_DAEMONSET ? "daemonset" : ac->kind == K_JOB ? "job" : "cronjob");
		return n;
	}
	if (as_int(L, s->args[0], "replicas", 0, 100000, &n)) {
		*given = true;
		*sp = s->args[0]->span;
	}
	return n;
}

static void check_misplaced(struct lower *L, struct app_ctx *ac)
{
	static const char *const job_only[] = {"completions", "parallelism", "backoff"};
	for (size_t i = 0; i < 3; i++) {
		struct ast_stmt *s = ir_stmt(&ac->d->body, job_only[i]);
		if (s && ac->kind != K_JOB && ac->kind != K_CRONJOB)
			diag_error(L->d, E0210, s->key_span, "'%s' is only for jobs and cronjobs", job_only[i]);
	}
	struct ast_stmt *ro = ir_stmt(&ac->d->body, "rollout");
	if (ro && (ac->kind == K_JOB || ac->kind == K_CRONJOB))
		diag_error(L->d, E0210, ro->key_span, "jobs and cronjobs have no rollout strategy");
	static const char *const cron_only[] = {"schedule", "concurrency"};
	for (size_t i = 0; i < 2; i++) {
		struct ast_stmt *s = ir_stmt(&ac->d->body, cron_only[i]);
		if (s && ac->kind != K_CRONJOB)
			diag_error(L->d, E0210, s->key_span, "'%s' is only for cronjobs", cron_only[i]);
	}
}

static void job_fields(struct lower *L, struct app_ctx *ac, struct obj *spec)
{
	static const char *const keys[] = {"backoff", "completions", "parallelism"};
	static const char *const fields[] = {"backoffLimit", "completions", "parallelism"};
	for (int i = 0; i < 3; i++) {
		struct ast_stmt *s = ir_stmt(&ac->d->body, keys[i]);
		int64_t v;
		if (s && want_args(L, s, 1, 1) && as_int(L, s->args[0], keys[i], 0, 1000000, &v))
			obj_set(A, spec, fields[i], obj_int(A, v, s->span));
	}
}

static void lower_app(struct lower *L, struct kp_decl *d)
{
	struct app_ctx ac = {0};
	L->app_annotations = ir_stmt(&d->body, "annotations");
	ac.d = d;
	ac.name = d->name;
	ac.sp = d->stmt->args[0]->span;
	ac.ns = d->ns;
	if (!check_dns_name(L, d->stmt->args[0], "app", 63))
		return;
	struct ast_stmt *nss = ir_stmt(&d->body, "namespace");
	if (nss && want_args(L, nss, 1, 1) && check_dns_name(L, nss->args[0], "namespace", 63))
		ac.ns = ir_sv_dup(L->u, nss->args[0]->text);
	ac.kind = app_kind(L, d);
	check_misplaced(L, &ac);
	bool given;
	struct span rsp;
	int64_t replicas = app_replicas(L, &ac, &given, &rsp);
	struct rollout ro;
	parse_rollout(L, &ac, &ro);

	struct obj *labels = app_labels(L, &ac);
	struct obj *selector = obj_map(A, ac.sp);
	set_str(L, selector, "app", ac.name, ac.sp);
	struct obj *claims = obj_seq(A, ac.sp);
	struct obj *pod = pod_spec(L, &ac, selector, claims);

	static const char *const kinds[] = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"};
	const char *api = ac.kind >= K_JOB ? "batch/v1" : "apps/v1";
	const char *target = ac.name; /* what the HPA and VPA scale */

	/* the Service */
	int svc_type = ac.kind == K_STATEFULSET ? 1 : 0;
	const char *svc_name = ac.name;
	bool want_svc = ac.main_ports && ac.main_ports->seq.len && ac.kind <= K_DAEMONSET;
	struct ast_stmt *svc = ir_stmt(&d->body, "service");
	struct span svc_sp = ac.sp;
	if (svc && want_args(L, svc, 1, 3)) {
		static const char *const t[] = {"clusterip", "headless", "nodeport", "loadbalancer", "none"};
		int x;
		svc_sp = svc->span;
		if (as_word(L, svc->args[0], "service type", t, 5, &x)) {
			if (x == 4)
				want_svc = false;
			else
				svc_type = x;
		}
		if (svc->nargs == 3 && sv_eqc(svc->args[1]->text, "name") && check_dns_name(L, svc->args[2], "service", 63))
			svc_name = ir_sv_dup(L->u, svc->args[2]->text);
		else if (svc->nargs > 1 && !(svc->nargs == 3 && sv_eqc(svc->args[1]->text, "name")))
			diag_error(L->d, E0202, svc->args[1]->span, "expected `name NAME`");
		if (x != 4 && (!ac.main_ports || !ac.main_ports->seq.len)) {
			diag_error(L->d, E0208, svc->key_span, "a service needs the app to declare a port");
			want_svc = false;
		}
		if (ac.kind >= K_JOB) {
			diag_error(L->d, E0210, svc->key_span, "jobs are not exposed as services");
			want_svc = false;
		}
	}

	if (ac.kind == K_DEPLOYMENT && ro.kind >= 2) {
		int64_t counts[2];
		const char *names[2], *tags[2];
		const char *tagkey = ro.kind == 2 ? "track" : "slot";
		if (ro.kind == 2) {
			int64_t c = (replicas * (int64_t)ro.canary.value + 50) / 100;
			if (c < 1)
				c = 1;
			if (replicas - c < 1) {
				struct diag *g = diag_error(L->d, E0302, ro.s->args[1]->span,
							    "a canary of %lld replica%s leaves no stable replica", (long long)c, c == 1 ? "" : "s");
				diag_help(g, "raise `replicas` to at least 2");
				return;
			}
			counts[0] = replicas - c;
			counts[1] = c;
			names[0] = ac.name;
			names[1] = arena_printf(A, "%s-canary", ac.name);
			tags[0] = "stable";
			tags[1] = "canary";
		} else {
			counts[0] = counts[1] = replicas;
			names[0] = arena_printf(A, "%s-blue", ac.name);
			names[1] = arena_printf(A, "%s-green", ac.name);
			tags[0] = "blue";
			tags[1] = "green";
			target = names[ro.active];
		}
		for (int i = 0; i < 2; i++) {
			struct obj *lab = obj_copy(A, labels);
			set_str(L, lab, tagkey, tags[i], ro.s->span);
			struct obj *sel = obj_copy(A, selector);
			set_str(L, sel, tagkey, tags[i], ro.s->span);
			struct obj *w = workload(L, &ac, api, kinds[0], names[i], lab, sel, ro.s->span);
			struct obj *spec = obj_child_map(A, w, "spec", ac.sp);
			/* the Deployment an HPA scales has no replicas of its own: each
			 * apply would reset the count the HPA chose; `replicas` then sizes
			 * the canary share and the blue-green preview slot */
			bool hpa_owned = ir_stmt(&d->body, "autoscale") && names[i] == target;
			if (!hpa_owned)
				obj_set(A, spec, "replicas", obj_int(A, counts[i], given ? rsp : ro.s->span));
			if (ro.kind == 2 && i == 1 && counts[1] < 2) {
				/* a canary is small by design: say so where min-replicas looks */
				struct obj *md = obj_get(w, "metadata");
				struct obj *ann = own_annotations(L, md, ro.s->span);
				set_str(L, ann, "kpc.dev/ignore.min-replicas", "the canary track runs its share of the app's replicas",
					ro.s->span);
				obj_sort_keys(ann);
			}
			obj_set(A, spec, "selector", match_labels(L, sel, ro.s->span));
			struct obj *st = rolling_strategy(L, &ac, &ro);
			if (st)
				obj_set(A, spec, "strategy", st);
			obj_set(A, spec, "template", template(L, &ac, lab, pod));
			emit(L, w, ro.s->span);
		}
		if (want_svc) {
			if (ro.kind == 2) {
				lower_service(L, &ac, svc_name, selector, svc_type, svc_sp, labels);
			} else {
				struct obj *sel = obj_copy(A, selector);
				set_str(L, sel, "slot", tags[ro.active], ro.s->span);
				lower_service(L, &ac, svc_name, sel, svc_type, svc_sp, labels);
				sel = obj_copy(A, selector);
				set_str(L, sel, "slot", tags[1 - ro.active], ro.s->span);
				lower_service(L, &ac, arena_printf(A, "%s-preview", svc_name), sel, svc_type, svc_sp, labels);
			}
		}
	} else {
		struct obj *w = workload(L, &ac, api, kinds[ac.kind], ac.name, labels, selector, ac.sp);
		struct obj *spec = obj_child_map(A, w, "spec", ac.sp);
		struct obj *tmpl = template(L, &ac, labels, pod);
		if (ac.kind == K_JOB || ac.kind == K_CRONJOB) {
			struct obj *jspec = ac.kind == K_JOB ? spec : obj_map(A, ac.sp);
			job_fields(L, &ac, jspec);
			obj_set(A, jspec, "template", tmpl);
			if (ac.kind == K_CRONJOB) {
				struct ast_stmt *cs = ir_stmt(&d->body, "concurrency");
				if (cs && want_args(L, cs, 1, 1)) {
					static const char *const o[] = {"allow", "forbid", "replace"};
					static const char *const v[] = {"Allow", "Forbid", "Replace"};
					int x;
					if (as_word(L, cs->args[0], "concurrency policy", o, 3, &x))
						set_str(L, spec, "concurrencyPolicy", v[x], cs->span);
				}
				struct obj *jt = obj_child_map(A, spec, "jobTemplate", ac.sp);
				obj_set(A, jt, "spec", jspec);
				struct ast_stmt *sch = ir_stmt(&d->body, "schedule");
				if (!sch) {
					struct diag *g = diag_error(L->d, E0208, ac.sp, "cronjob '%s' has no schedule", ac.name);
					diag_help(g, "add `schedule \"0 3 * * *\"`");
				} else if (want_args(L, sch, 1, 1) && as_string(L, sch->args[0], "a cron schedule")) {
					obj_set(A, spec, "schedule", strv(L, sch->args[0]->text, sch->args[0]->span));
				}
			}
		} else {
			if (ac.kind != K_DAEMONSET && !ir_stmt(&d->body, "autoscale"))
				obj_set(A, spec, "replicas", obj_int(A, replicas, rsp));
			obj_set(A, spec, "selector", match_labels(L, selector, ac.sp));
			if (ac.kind == K_STATEFULSET)
				set_str(L, spec, "serviceName", svc_name, svc_sp);
			struct obj *st = rolling_strategy(L, &ac, &ro);
			if (st)
				obj_set(A, spec, ac.kind == K_DEPLOYMENT ? "strategy" : "updateStrategy", st);
			obj_set(A, spec, "template", tmpl);
			if (claims->seq.len)
				obj_set(A, spec, "volumeClaimTemplates", claims);
		}
		emit(L, w, ac.sp);
		if (want_svc)
			lower_service(L, &ac, svc_name, selector, svc_type, svc_sp, labels);
	}
	lower_autoscale(L, &ac, kinds[ac.kind], target, labels);
	lower_vertical(L, &ac, kinds[ac.kind], target, labels);
	lower_budget(L, &ac, selector, labels);
	lower_network(L, &ac, selector, labels);
	lower_account(L, &ac, labels);
	lower_ingress(L, &ac, svc_name, want_svc, labels);
	vec_free(&ac.configs);
	L->app_annotations = NULL;
}

static void lower_decl(struct lower *L, struct kp_decl *d)
{
	L->annotations = NULL;
	switch (d->kind) {
	case DECL_NAMESPACE: lower_namespace(L, d); break;
	case DECL_CONFIG: lower_config(L, d); break;
	case DECL_SECRET: lower_secret(L, d); break;
	case DECL_APP:
		lower_app(L, d);
		L->app_annotations = NULL;
		break;
	default: break;
	}
}

/* Lowers every declaration; with `fn`, hands each one's objects over and
 * keeps only their identities (copied into `keep`). */
static bool lower_all(struct kpc_unit *u, const struct kpc_options *opt, kpc_object_fn fn, void *user)
{
	static const struct kpc_options none = {0};
	struct arena keep;
	arena_init(&keep);
	struct lower L = {.u = u, .a = &u->arena, .d = &u->diags, .opt = opt ? opt : &none, .keep = fn ? &keep : &u->arena};
	uint32_t before = u->diags.nerrors;
	for (uint32_t i = 1; i < u->decls.len; i++) {
		struct kp_decl *d = u->decls.items[i];
		if (!fn) {
			lower_decl(&L, d);
			continue;
		}
		struct arena_mark m = arena_mark(&u->arena);
		uint32_t first = u->objects.len;
		lower_decl(&L, d);
		fn(user, &u->objects, first);
		for (uint32_t j = first; j < u->objects.len; j++) {
			struct k8s_obj *k = &u->objects.items[j];
			k->root = NULL;
			k->api_version = arena_strdup(&keep, k->api_version);
			k->kind = arena_strdup(&keep, k->kind);
			k->ns = arena_strdup(&keep, k->ns);
			k->name = arena_strdup(&keep, k->name);
		}
		arena_release(&u->arena, m);
	}
	arena_adopt(&u->arena, &keep);
	vec_free(&L.accounts);
	free(L.account_slots);
	objset_sort(&u->objects);
	/* two declarations that lower to the same object */
	for (uint32_t i = 1; i < u->objects.len; i++) {
		struct k8s_obj *a = &u->objects.items[i - 1], *b = &u->objects.items[i];
		if (!strcmp(a->kind, b->kind) && !strcmp(a->api_version, b->api_version) && !strcmp(a->ns, b->ns) &&
		    !strcmp(a->name, b->name)) {
			struct diag *g = diag_error(&u->diags, E0203, b->span, "two declarations produce %s '%s'%s%s", b->kind, b->name,
						    *b->ns ? " in namespace " : "", b->ns);
			diag_note(g, a->span, "the other one");
		}
	}
	return u->diags.nerrors == before;
}

bool kpc_lower(struct kpc_unit *u, const struct kpc_options *opt)
{
	return lower_all(u, opt, NULL, NULL);
}

bool kpc_compile_each(struct kpc_unit *u, const char *path, const struct kpc_options *opt, kpc_object_fn fn, void *user)
{
	return kpc_load(u, path) && kpc_resolve(u, opt) && lower_all(u, opt, fn, user);
}

bool kpc_compile(struct kpc_unit *u, const char *path, const struct kpc_options *opt)
{
	if (!kpc_load(u, path))
		return false;
	if (!kpc_resolve(u, opt))
		return false;
	return kpc_lower(u, opt);
}
