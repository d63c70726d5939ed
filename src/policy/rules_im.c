/* rules_im.c: the image rules (IM001-IM004).
 *
 * An image reference is [registry/]path[:tag][@digest].  The first path
 * component is a registry when it has a '.' or a ':' or is "localhost"
 * ("localhost:5000/app" has no tag); otherwise the registry is docker.io
 * (and one-component paths live under library/). */
#include "rules.h"

#include <stdio.h>

struct image_ref {
	const char *text;
	struct sv registry; /* empty: docker.io */
	struct sv path;	    /* without registry, tag or digest */
	struct sv tag;	    /* empty: none */
	struct sv digest;   /* "sha256:..." or empty */
	bool has_tag, has_digest;
};

static void image_parse(const char *s, struct image_ref *r)
{
	memset(r, 0, sizeof *r);
	r->text = s;
	size_t n = strlen(s);
	const char *at = memchr(s, '@', n);
	size_t name_len = at ? (size_t)(at - s) : n;
	if (at) {
		r->has_digest = true;
		r->digest = (struct sv){at + 1, n - name_len - 1};
	}
	/* the registry */
	const char *slash = memchr(s, '/', name_len);
	size_t start = 0;
	if (slash) {
		size_t fl = (size_t)(slash - s);
		if (memchr(s, '.', fl) || memchr(s, ':', fl) || (fl == 9 && !memcmp(s, "localhost", 9))) {
			r->registry = (struct sv){s, fl};
			start = fl + 1;
		}
	}
	/* the tag: a ':' after the last '/' */
	const char *last = s + start;
	for (const char *p = s + start; p < s + name_len; p++)
		if (*p == '/')
			last = p + 1;
	const char *colon = memchr(last, ':', (size_t)(s + name_len - last));
	size_t path_end = colon ? (size_t)(colon - s) : name_len;
	r->path = (struct sv){s + start, path_end - start};
	if (colon) {
		r->tag = (struct sv){colon + 1, name_len - path_end - 1};
		r->has_tag = r->tag.len > 0;
	}
}

static bool is_docker_hub(struct sv reg)
{
	return reg.len == 0 || sv_eqc(reg, "docker.io") || sv_eqc(reg, "index.docker.io") ||
	       sv_eqc(reg, "registry-1.docker.io");
}

/* "docker.io/library/nginx:1.27" for "nginx:1.27". */
static const char *image_normalized(struct lint_run *run, const struct image_ref *r)
{
	bool hub = is_docker_hub(r->registry);
	bool library = hub && !memchr(r->path.p, '/', r->path.len);
	return lint_printf(run, "%.*s/%s%.*s%s%.*s%s%.*s", hub ? 9 : (int)r->registry.len, hub ? "docker.io" : r->registry.p,
			   library ? "library/" : "", (int)r->path.len, r->path.p, r->has_tag ? ":" : "", (int)r->tag.len,
			   r->tag.p, r->has_digest ? "@" : "", (int)r->digest.len, r->digest.p);
}

/* Only [A-Za-z0-9._/:@+-] appear in an image reference; anything else is a
 * placeholder ("<image>", "${IMAGE}", "{{ .Values.image }}") to be filled in. */
static bool reference_chars(struct sv s)
{
	for (size_t i = 0; i < s.len; i++) {
		char c = s.p[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c && strchr("._/:@+-", c))))
			return false;
	}
	return true;
}

/* The image of the container being checked, or NULL (no image, one that is
 * not a string (AP003's business), or a placeholder). */
static const struct obj *image_of(const struct container_view *cv, struct image_ref *r)
{
	const struct obj *img = o_get(cv->c, "image");
	if (!img || img->kind != OBJ_STR || img->s.len == 0 || !reference_chars(img->s))
		return NULL;
	image_parse(img->s.p, r);
	return img;
}

static const char *image_ptr(struct lint_ctx *cx, const char *field)
{
	return lint_printf(cx->run, "%s/%s", cx->cv->pointer, field);
}

/* Is the tag mutable: none, or one of the `mutableTags` parameter (default: latest)? */
static bool tag_mutable(const struct lint_ctx *cx, const struct image_ref *r)
{
	if (!r->has_tag)
		return true;
	const struct obj *list = lint_param(cx, "mutableTags");
	if (!list || list->kind != OBJ_SEQ)
		return sv_eqc(r->tag, "latest");
	for (uint32_t i = 0; i < list->seq.len; i++)
		if (list->seq.items[i]->kind == OBJ_STR && sv_eq(list->seq.items[i]->s, r->tag))
			return true;
	return false;
}

/* IM001 */
CHECK(image_tag_mutable)
{
	const struct container_view *cv = target;
	struct image_ref r;
	const struct obj *img = image_of(cv, &r);
	if (!img || r.has_digest || !tag_mutable(cx, &r))
		return;
	if (!r.has_tag)
		lint_report(cx, img, NULL, image_ptr(cx, "image"),
			    "container '%s' image '%s' has no tag, so it pulls whatever :latest is at the time; pin a version or a "
			    "digest",
			    cv->name, r.text);
	else
		lint_report(cx, img, NULL, image_ptr(cx, "image"),
			    "container '%s' image '%s' uses the mutable tag '%.*s'; pin a version or a digest", cv->name, r.text,
			    (int)r.tag.len, r.tag.p);
}

/* IM002: a mutable tag must be pulled Always; a pinned image need not be. */
CHECK(pull_policy)
{
	const struct container_view *cv = target;
	struct image_ref r;
	const struct obj *img = image_of(cv, &r);
	if (!img)
		return;
	const struct obj *pol = o_get(cv->c, "imagePullPolicy");
	const char *explicit_ = o_str(pol);
	/* the API default: Always for :latest or no tag (a digest alone: IfNotPresent) */
	bool latest = r.has_tag ? sv_eqc(r.tag, "latest") : !r.has_digest;
	const char *effective = explicit_ ? explicit_ : latest ? "Always" : "IfNotPresent";
	bool mutable_ = !r.has_digest && tag_mutable(cx, &r);
	if (mutable_ && strcmp(effective, "Always")) {
		lint_report(cx, pol, img, image_ptr(cx, "imagePullPolicy"),
			    "container '%s' image '%s' %s but imagePullPolicy %s %s; nodes keep running whatever they pulled "
			    "first",
			    cv->name, r.text,
			    r.has_tag ? lint_printf(cx->run, "has the mutable tag '%.*s'", (int)r.tag.len, r.tag.p) : "has no tag",
			    explicit_ ? "is" : "defaults to", effective);
	} else if (!mutable_ && explicit_ && !strcmp(explicit_, "Always")) {
		lint_report(cx, pol, img, image_ptr(cx, "imagePullPolicy"),
			    "container '%s' image '%s' is pinned (%s) but imagePullPolicy is Always; every pod start then "
			    "depends on the registry",
			    cv->name, r.text, r.has_digest ? "by digest" : "by tag");
	}
}

static bool hex_only(struct sv s)
{
	for (size_t i = 0; i < s.len; i++)
		if (!((s.p[i] >= '0' && s.p[i] <= '9') || (s.p[i] >= 'a' && s.p[i] <= 'f')))
			return false;
	return true;
}

/* IM003 */
CHECK(digest_required)
{
	const struct container_view *cv = target;
	struct image_ref r;
	const struct obj *img = image_of(cv, &r);
	if (!img)
		return;
	if (!r.has_digest) {
		lint_report(cx, img, NULL, image_ptr(cx, "image"),
			    "container '%s' image '%s' is not pinned by digest; append @sha256:<digest>", cv->name, r.text);
		return;
	}
	const char *colon = memchr(r.digest.p, ':', r.digest.len);
	struct sv alg = {r.digest.p, colon ? (size_t)(colon - r.digest.p) : r.digest.len};
	struct sv hex = colon ? (struct sv){colon + 1, r.digest.len - alg.len - 1} : (struct sv){"", 0};
	bool ok = colon && hex_only(hex) &&
		  ((sv_eqc(alg, "sha256") && hex.len == 64) || (sv_eqc(alg, "sha512") && hex.len == 128));
	if (!ok)
		lint_report(cx, img, NULL, image_ptr(cx, "image"),
			    "container '%s' image '%s' has a malformed digest: it is sha256: and 64 lowercase hex digits", cv->name,
			    r.text);
}

/* IM004 */
CHECK(registry_allowlist)
{
	const struct container_view *cv = target;
	const struct obj *list = lint_param(cx, "registries");
	if (!list || list->kind != OBJ_SEQ || !list->seq.len)
		return; /* nothing configured: nothing to enforce */
	struct image_ref r;
	const struct obj *img = image_of(cv, &r);
	if (!img)
		return;
	const char *full = image_normalized(cx->run, &r);
	for (uint32_t i = 0; i < list->seq.len; i++) {
		const struct regex *re = list->seq.items[i]->aux;
		if (re && regex_match(re, full, strlen(full)))
			return;
	}
	bool hub = is_docker_hub(r.registry);
	lint_report(cx, img, NULL, image_ptr(cx, "image"),
		    "container '%s' image '%s' comes from %.*s, which is not an allowed registry (%s matches none of the patterns)",
		    cv->name, r.text, hub ? 9 : (int)r.registry.len, hub ? "docker.io" : r.registry.p, full);
}

const struct rule rules_im[] = {
	{"IM001", "image-tag-mutable", "images", LINT_ERROR, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER,
	 image_tag_mutable, 0, "Images are pinned to a version or a digest, not :latest",
	 "An image with no tag means :latest, and :latest (or any tag in mutableTags) is moved by every push: two pods of one "
	 "Deployment can run different code and a rollback does not roll back. A digest (@sha256:...) satisfies the rule "
	 "whatever the tag; a registry port (localhost:5000/app) is not a tag.",
	 "pin the image to a version tag (app:1.4.2) or a digest (app@sha256:...)",
	 "KL latest-tag; KS container-image-tag; PO tagNotSpecified; CK CKV_K8S_14; DT …IMAGE_VALUE_VERSION",
	 "mutableTags:list"},
	{"IM002", "pull-policy-mutable-tag", "images", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL,
	 SCOPE_CONTAINER, pull_policy, 0, "A mutable tag is pulled Always; a pinned image is not forced to",
	 "With a mutable tag (none, :latest or one in mutableTags) and imagePullPolicy IfNotPresent or Never, each node runs "
	 "whichever image it pulled first. The API default is already Always for :latest and untagged images, so only an "
	 "explicit other policy, or a mutableTags tag (which defaults to IfNotPresent), fires. Conversely Always on a pinned "
	 "tag or a digest only makes each start depend on the registry (kube-score #48), and is reported too.",
	 "set imagePullPolicy: Always for a mutable tag; for a pinned image drop it (IfNotPresent)",
	 "KS container-image-pull-policy; PO pullPolicyNotAlways; KSc C-0075", "mutableTags:list"},
	{"IM003", "image-digest-required", "images", LINT_WARNING, PROFILE_ALL, SCOPE_CONTAINER, digest_required, 0,
	 "Images are pinned by digest",
	 "A tag can be re-pushed; only a digest names exactly the bytes that were reviewed and scanned (supply-chain "
	 "pinning). A malformed digest is reported too.",
	 "append the image's digest: app:1.4.2@sha256:<64 hex digits>", "DT …IMAGE_VALUE_DIGEST; CK CKV_K8S_43", NULL},
	{"IM004", "image-registry-allowlist", "images", LINT_WARNING, PROFILE_ALL, SCOPE_CONTAINER, registry_allowlist, 0,
	 "Images come from approved registries",
	 "Only images from approved registries: each image, normalized to registry/path (nginx is docker.io/library/nginx), "
	 "must match one of the `registries` patterns, e.g. \"^registry\\.example\\.com/\". Without patterns the rule checks "
	 "nothing.",
	 "pull the image through an approved registry, or add the registry to `registries`",
	 "KSc C-0001/C-0078; Kyverno restrict-image-registries", "registries:regexlist"},
};
const size_t rules_im_count = KPC_ARRAY_LEN(rules_im);
