/* rules_pb.c: the probes rules (PB001, PB002, PB003, PB004, PB005, PB006).
 *
 * Metadata from the rule catalogue; each rule's check is defined here. */
#include "rules.h"

const struct rule rules_pb[] = {
	{"PB001", "readiness-probe-missing", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Containers of pods selected by a Service need readiness, or traffic hits unready pods. Only info for non-Service pods",
	 "Containers of pods selected by a Service need readiness, or traffic hits unready pods. Only info for non-Service pods; Jobs, CronJobs and init containers are skipped",
	 NULL,
	 "KS pod-probes; PO readinessProbeMissing; KL no-readiness-probe; CK CKV_K8S_9"},
	{"PB002", "liveness-probe-missing", "probes", LINT_INFO, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Liveness is optional: a bad liveness probe causes restart storms",
	 "Liveness is optional: a bad liveness probe causes restart storms (kube-score README_PROBES)",
	 NULL,
	 "KL no-liveness-probe; PO livenessProbeMissing; CK CKV_K8S_8"},
	{"PB003", "liveness-equals-readiness", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "An identical probe makes readiness failures restart the container",
	 "An identical probe makes readiness failures restart the container",
	 NULL,
	 "KS pod-probes-identical"},
	{"PB004", "probe-port-unknown", "probes", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "A probe's named port must exist in the container, and a numeric port should be declared",
	 "A probe's named port must exist in the container, and a numeric port should be declared; otherwise the probe always fails",
	 NULL,
	 "KL liveness-port, readiness-port, startup-port"},
	{"PB005", "probe-invalid", "probes", LINT_ERROR, PROFILE_MINIMAL | PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "The API server rejects successThreshold ≠ 1 on liveness/startup probes, more than one handler per probe, and out-of-range values",
	 "The API server rejects successThreshold ≠ 1 on liveness/startup probes, more than one handler per probe, and out-of-range values",
	 NULL,
	 "none (opportunity)"},
	{"PB006", "probe-timing", "probes", LINT_WARNING, PROFILE_DEFAULT | PROFILE_RESTRICTED | PROFILE_ALL, SCOPE_OBJECT, NULL, 0,
	 "Flags timeoutSeconds ≥ periodSeconds, a liveness failureThreshold×period shorter than the readiness window, and a large liveness initialDelaySeconds without a startupProbe",
	 "Flags timeoutSeconds ≥ periodSeconds, a liveness failureThreshold×period shorter than the readiness window, and a large liveness initialDelaySeconds without a startupProbe",
	 NULL,
	 "DT probe-field rules (presence only); none relational"},
};
const size_t rules_pb_count = KPC_ARRAY_LEN(rules_pb);
