/* rules_im.c: the images rules (IM001, IM002, IM003, IM004).
 *
 * Metadata from the rule catalogue; each rule's check is defined here. */
#include "rules.h"

const struct rule rules_im[] = {
	{"IM001", "image-tag-mutable", "images", LINT_ERROR, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "No tag or :latest",
	 "No tag or :latest (configurable block list) makes deploys non-reproducible; a digest satisfies the rule",
	 NULL,
	 "KL latest-tag; KS container-image-tag; PO tagNotSpecified; CK CKV_K8S_14; DT …IMAGE_VALUE_VERSION"},
	{"IM002", "pull-policy-mutable-tag", "images", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Only a *mutable* tag needs imagePullPolicy: Always",
	 "Only a *mutable* tag needs imagePullPolicy: Always; pinned tags and digests should not be forced to Always (kube-score #48)",
	 NULL,
	 "KS container-image-pull-policy; PO pullPolicyNotAlways; KSc C-0075"},
	{"IM003", "image-digest-required", "images", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Supply-chain pinning",
	 "Supply-chain pinning",
	 NULL,
	 "DT …IMAGE_VALUE_DIGEST; CK CKV_K8S_43"},
	{"IM004", "image-registry-allowlist", "images", LINT_WARNING, PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Only approved registries",
	 "Only approved registries",
	 NULL,
	 "KSc C-0001/C-0078; Kyverno restrict-image-registries"},
};
const size_t rules_im_count = KPC_ARRAY_LEN(rules_im);
