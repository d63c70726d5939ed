/* schema.c: which statements exist in which context, and how they merge.
 *
 * This table is the single source of truth for the language's vocabulary:
 * the parser uses it to end a statement at the next keyword, the resolver to
 * report unknown words with a suggestion, the merger (profiles, environments)
 * to decide between replacing and merging, and docs/language.md follows it. */
#include "kpc/dsl.h"

#include <pthread.h>
#include <string.h>

#define R KW_REPEAT
#define N KW_NAMED
#define B KW_BLOCK
#define S KW_BASES
#define M KW_MERGE

/* Statements shared by the main container of an app and its sidecars. */
#define CONTAINER_KWS(C) \
	{"image", C, CTX_NONE, 0, "image \"REF\"", "Container image reference."}, \
	{"pull", C, CTX_NONE, 0, "pull always|if-not-present|never", "Image pull policy."}, \
	{"command", C, CTX_NONE, 0, "command \"ARG\", ...", "Entrypoint override."}, \
	{"args", C, CTX_NONE, 0, "args \"ARG\", ...", "Arguments to the entrypoint."}, \
	{"workdir", C, CTX_NONE, 0, "workdir \"/PATH\"", "Working directory."}, \
	{"port", C, CTX_NONE, R | N, "port NAME NUMBER [udp|sctp] [as SERVICE_PORT]", "A named container port.", "tcp udp sctp as"}, \
	{"env", C, CTX_ENV_VARS, R | N | B | M, "env { NAME = VALUE ... } | env from CONFIG|SECRET, ...", \
	 "Environment variables: literals, `config NAME.KEY`, `secret NAME.KEY`, or whole configs and secrets.", "from"}, \
	{"mount", C, CTX_NONE, R | N, "mount VOLUME at \"/PATH\" [readonly] [sub \"PATH\"]", "Mount a volume of the app.", "at readonly sub"}, \
	{"resources", C, CTX_RESOURCES, B | M, "resources { cpu REQ..LIMIT memory REQ..LIMIT }", "Requests and limits."}, \
	{"cpu", C, CTX_NONE, 0, "cpu REQUEST[..LIMIT]", "CPU request and limit (shorthand for resources)."}, \
	{"memory", C, CTX_NONE, 0, "memory REQUEST[..LIMIT]", "Memory request and limit."}, \
	{"ephemeral-storage", C, CTX_NONE, 0, "ephemeral-storage REQUEST[..LIMIT]", "Ephemeral storage request and limit."}, \
	{"liveness", C, CTX_NONE, 0, "liveness http PATH|tcp|grpc|exec \"CMD\", ... [on PORT] [after D] [every D] [timeout D] [failures N]", "Liveness probe.", "http tcp grpc exec on after every timeout failures successes service"}, \
	{"readiness", C, CTX_NONE, 0, "readiness ...", "Readiness probe (same form as liveness).", "http tcp grpc exec on after every timeout failures successes service"}, \
	{"startup", C, CTX_NONE, 0, "startup ...", "Startup probe (same form as liveness).", "http tcp grpc exec on after every timeout failures successes service"}, \
	{"security", C, CTX_SECURITY, B | M, "security { ... }", "Security context."}

static const struct kw kws[] = {
	/* top level */
	{"platform", CTX_TOP, CTX_NONE, 0, "platform NAME", "Names the platform."},
	{"import", CTX_TOP, CTX_NONE, R | N, "import \"FILE.kp\"", "Includes the declarations of another file."},
	{"namespace", CTX_TOP, CTX_NAMESPACE, R | N | B | M, "namespace NAME [{ ... }]",
	 "Declares a namespace; declarations below it belong to it."},
	{"labels", CTX_TOP, CTX_MAP, B | M, "labels { KEY = \"VALUE\" ... }", "Labels on every object."},
	{"annotations", CTX_TOP, CTX_MAP, B | M, "annotations { KEY = \"VALUE\" ... }", "Annotations on every object."},
	{"profile", CTX_TOP, CTX_APP, R | N | B | S | M, "profile NAME [: PROFILE, ...] { ... }",
	 "A reusable set of app statements."},
	{"config", CTX_TOP, CTX_MAP, R | N | B | M, "config NAME { KEY = \"VALUE\" ... }", "A ConfigMap."},
	{"secret", CTX_TOP, CTX_SECRET, R | N | B | M, "secret NAME { keys K, ... }", "A Secret; values come at build time."},
	{"app", CTX_TOP, CTX_APP, R | N | B | S | M, "app NAME [: PROFILE, ...] { ... }", "A workload."},
	{"env", CTX_TOP, CTX_ENVIRONMENT, R | N | B | M, "env NAME { ... }", "An environment and its overrides.", "from"},

	/* namespace */
	{"labels", CTX_NAMESPACE, CTX_MAP, B | M, "labels { ... }", "Labels of the Namespace object."},
	{"annotations", CTX_NAMESPACE, CTX_MAP, B | M, "annotations { ... }", "Annotations of the Namespace object."},
	{"default_deny", CTX_NAMESPACE, CTX_NONE, 0, "default_deny [ingress|egress|all]",
	 "A NetworkPolicy denying all traffic not allowed by an app's `allow` rules."},

	/* app (and profile) */
	{"kind", CTX_APP, CTX_NONE, 0, "kind deployment|statefulset|daemonset|job|cronjob", "Workload kind."},
	{"replicas", CTX_APP, CTX_NONE, 0, "replicas N", "Number of pods."},
	{"namespace", CTX_APP, CTX_NONE, 0, "namespace NAME", "Overrides the namespace."},
	{"labels", CTX_APP, CTX_MAP, B | M, "labels { ... }", "Labels on the app's objects and pods."},
	{"annotations", CTX_APP, CTX_MAP, B | M, "annotations { ... }", "Annotations on the app's objects."},
	{"pod_annotations", CTX_APP, CTX_MAP, B | M, "pod_annotations { ... }", "Annotations on the pod template only."},
	CONTAINER_KWS(CTX_APP),
	{"volume", CTX_APP, CTX_NONE, R | N,
	 "volume NAME empty|config NAME|secret NAME|claim NAME|claim SIZE [class NAME] [at \"/PATH\"] [readonly]",
	 "A volume, mounted in the main container when `at` is given.", "empty config secret claim memory size at readonly sub class access"},
	{"sidecar", CTX_APP, CTX_CONTAINER, R | N | B | M, "sidecar NAME { ... }", "An extra container in the pod."},
	{"init", CTX_APP, CTX_CONTAINER, R | N | B | M, "init NAME { ... }", "An init container."},
	{"service", CTX_APP, CTX_NONE, 0, "service clusterip|headless|nodeport|loadbalancer|none [name NAME]",
	 "How the app's ports are exposed.", "clusterip headless nodeport loadbalancer none name"},
	{"ingress", CTX_APP, CTX_NONE, 0, "ingress \"HOST\" [path \"/\"] [port NAME] [tls SECRET] [class NAME]",
	 "An Ingress to the app's Service.", "path port tls class"},
	{"account", CTX_APP, CTX_ACCOUNT, B | M, "account NAME [{ allow VERBS on RESOURCES ... }]",
	 "A ServiceAccount, with a Role and RoleBinding when rules are given."},
	{"placement", CTX_APP, CTX_PLACEMENT, B | M, "placement { ... }", "Spreading and affinity."},
	{"autoscale", CTX_APP, CTX_AUTOSCALE, B | M, "autoscale MIN..MAX [{ cpu P% memory P% up {..} down {..} }]",
	 "A HorizontalPodAutoscaler."},
	{"vertical", CTX_APP, CTX_VERTICAL, B | M, "vertical [{ mode auto|off|initial|recreate cpu MIN..MAX memory MIN..MAX }]",
	 "A VerticalPodAutoscaler."},
	{"rollout", CTX_APP, CTX_NONE, 0,
	 "rollout rolling|canary P%|blue-green [active blue|green] [surge N|P%] [unavailable N|P%]",
	 "Update strategy.", "rolling canary blue-green surge unavailable active"},
	{"budget", CTX_APP, CTX_NONE, 0, "budget min_available N|P% | max_unavailable N|P%", "A PodDisruptionBudget.", "min_available max_unavailable"},
	{"allow", CTX_APP, CTX_NONE, R, "allow from app NAME|namespace NAME|any [on PORT, ...]",
	 "Allowed ingress traffic (a NetworkPolicy).", "from app namespace any on"},
	{"schedule", CTX_APP, CTX_NONE, 0, "schedule \"CRON\"", "CronJob schedule."},
	{"completions", CTX_APP, CTX_NONE, 0, "completions N", "Job completions."},
	{"parallelism", CTX_APP, CTX_NONE, 0, "parallelism N", "Job parallelism."},
	{"backoff", CTX_APP, CTX_NONE, 0, "backoff N", "Job backoff limit."},
	{"restart", CTX_APP, CTX_NONE, 0, "restart never|on-failure|always", "Pod restart policy."},
	{"concurrency", CTX_APP, CTX_NONE, 0, "concurrency allow|forbid|replace", "CronJob concurrency policy."},
	{"grace", CTX_APP, CTX_NONE, 0, "grace DURATION", "Termination grace period."},

	/* sidecar and init containers */
	CONTAINER_KWS(CTX_CONTAINER),

	/* security context */
	{"user", CTX_SECURITY, CTX_NONE, 0, "user UID", "runAsUser (pod level)."},
	{"group", CTX_SECURITY, CTX_NONE, 0, "group GID", "runAsGroup (pod level)."},
	{"fs_group", CTX_SECURITY, CTX_NONE, 0, "fs_group GID", "fsGroup (pod level)."},
	{"non_root", CTX_SECURITY, CTX_NONE, 0, "non_root", "runAsNonRoot: true."},
	{"read_only_root", CTX_SECURITY, CTX_NONE, 0, "read_only_root", "readOnlyRootFilesystem: true."},
	{"no_privilege_escalation", CTX_SECURITY, CTX_NONE, 0, "no_privilege_escalation",
	 "allowPrivilegeEscalation: false."},
	{"privileged", CTX_SECURITY, CTX_NONE, 0, "privileged", "privileged: true."},
	{"drop", CTX_SECURITY, CTX_NONE, 0, "drop CAP, ...", "Capabilities to drop."},
	{"add", CTX_SECURITY, CTX_NONE, 0, "add CAP, ...", "Capabilities to add."},
	{"seccomp", CTX_SECURITY, CTX_NONE, 0, "seccomp runtime-default|unconfined|localhost \"PROFILE\"",
	 "Seccomp profile (pod level)."},

	/* resources */
	{"cpu", CTX_RESOURCES, CTX_NONE, 0, "cpu REQUEST[..LIMIT]", "CPU."},
	{"memory", CTX_RESOURCES, CTX_NONE, 0, "memory REQUEST[..LIMIT]", "Memory."},
	{"ephemeral-storage", CTX_RESOURCES, CTX_NONE, 0, "ephemeral-storage REQUEST[..LIMIT]", "Ephemeral storage."},

	/* autoscale */
	{"cpu", CTX_AUTOSCALE, CTX_NONE, 0, "cpu P%", "Target average CPU utilization."},
	{"memory", CTX_AUTOSCALE, CTX_NONE, 0, "memory P%", "Target average memory utilization."},
	{"up", CTX_AUTOSCALE, CTX_BEHAVIOR, B | M, "up { pods N per D  percent P% per D  window D }", "Scale-up behaviour."},
	{"down", CTX_AUTOSCALE, CTX_BEHAVIOR, B | M, "down { ... }", "Scale-down behaviour."},
	{"pods", CTX_BEHAVIOR, CTX_NONE, 0, "pods N per DURATION", "A policy: at most N pods per period.", "per"},
	{"percent", CTX_BEHAVIOR, CTX_NONE, 0, "percent P% per DURATION", "A policy: at most P% per period.", "per"},
	{"window", CTX_BEHAVIOR, CTX_NONE, 0, "window DURATION", "Stabilization window."},
	{"select", CTX_BEHAVIOR, CTX_NONE, 0, "select max|min|disabled", "How policies combine."},

	/* vertical */
	{"mode", CTX_VERTICAL, CTX_NONE, 0, "mode auto|off|initial|recreate", "VPA update mode."},
	{"cpu", CTX_VERTICAL, CTX_NONE, 0, "cpu MIN..MAX", "Allowed CPU range."},
	{"memory", CTX_VERTICAL, CTX_NONE, 0, "memory MIN..MAX", "Allowed memory range."},

	/* secret */
	{"type", CTX_SECRET, CTX_NONE, 0, "type opaque|tls|basic-auth|dockerconfigjson|\"TYPE\"", "Secret type."},
	{"keys", CTX_SECRET, CTX_NONE, 0, "keys KEY, ...", "The keys the secret holds."},
	{"from", CTX_SECRET, CTX_NONE, 0, "from env [\"PREFIX\"] | from file \"PATH\" | from dir \"PATH\"",
	 "Where values come from at build time.", "env file dir"},
	{"external", CTX_SECRET, CTX_NONE, 0, "external", "Provided by another system; kpc emits no object."},

	/* service account */
	{"allow", CTX_ACCOUNT, CTX_NONE, R, "allow VERB, ... on RESOURCE, ... [in GROUP]", "A Role rule.", "on in"},
	{"automount", CTX_ACCOUNT, CTX_NONE, 0, "automount true|false", "automountServiceAccountToken."},

	/* placement */
	{"spread", CTX_PLACEMENT, CTX_NONE, R | N, "spread zone|host [skew N] [hard]", "A topology spread constraint.", "zone host skew hard"},
	{"anti_affinity", CTX_PLACEMENT, CTX_NONE, 0, "anti_affinity host|zone [required]", "Pod anti-affinity.", "zone host required preferred"},
	{"node", CTX_PLACEMENT, CTX_MAP, B | M, "node { LABEL = \"VALUE\" }", "Node selector."},

	/* environment */
	{"labels", CTX_ENVIRONMENT, CTX_MAP, B | M, "labels { ... }", "Extra labels in this environment."},
	{"annotations", CTX_ENVIRONMENT, CTX_MAP, B | M, "annotations { ... }", "Extra annotations."},
	{"app", CTX_ENVIRONMENT, CTX_APP, R | N | B | M, "app NAME { ... }", "Overrides for an app."},
	{"config", CTX_ENVIRONMENT, CTX_MAP, R | N | B | M, "config NAME { ... }", "Overrides for a config."},
	{"secret", CTX_ENVIRONMENT, CTX_SECRET, R | N | B | M, "secret NAME { ... }", "Overrides for a secret."},
	{"namespace", CTX_ENVIRONMENT, CTX_NAMESPACE, R | N | B | M, "namespace NAME { ... }", "Overrides for a namespace."},
};

#undef R
#undef N
#undef B
#undef S
#undef M

/* The parser asks for every word it reads, so the table is indexed once:
 * the entries of a context that start with a given letter, chained in table
 * order (an index into kws + 1; 0 ends a chain). */
static uint8_t kw_first[CTX_COUNT][128], kw_next[KPC_ARRAY_LEN(kws)];
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static void kw_index(void)
{
	_Static_assert(KPC_ARRAY_LEN(kws) < 255, "kw_first and kw_next hold an index + 1 in a byte");
	for (size_t i = KPC_ARRAY_LEN(kws); i-- > 0;) {
		unsigned char c = (unsigned char)kws[i].name[0];
		kw_next[i] = kw_first[kws[i].ctx][c & 127];
		kw_first[kws[i].ctx][c & 127] = (uint8_t)(i + 1);
	}
}

const struct kw *kw_lookup(enum kp_ctx ctx, struct sv name)
{
	if (!name.len || (unsigned)ctx >= CTX_COUNT || (unsigned char)name.p[0] >= 128)
		return NULL;
	pthread_once(&kw_once, kw_index);
	for (unsigned i = kw_first[ctx][(unsigned char)name.p[0]]; i; i = kw_next[i - 1])
		if (sv_eqc(name, kws[i - 1].name))
			return &kws[i - 1];
	return NULL;
}

bool kw_has_opt(const struct kw *kw, struct sv word)
{
	if (!kw || !kw->opts || !word.len)
		return false;
	const char *p = kw->opts;
	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == word.len && memcmp(p, word.p, n) == 0)
			return true;
		if (!e)
			break;
		p = e + 1;
	}
	return false;
}

size_t kw_names(enum kp_ctx ctx, const char **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < KPC_ARRAY_LEN(kws) && n < max; i++)
		if (kws[i].ctx == ctx)
			out[n++] = kws[i].name;
	return n;
}

bool kp_ctx_is_map(enum kp_ctx ctx)
{
	return ctx == CTX_MAP || ctx == CTX_ENV_VARS;
}

const char *kp_ctx_name(enum kp_ctx ctx)
{
	static const char *const names[] = {
		[CTX_NONE] = "unknown",	    [CTX_TOP] = "file",
		[CTX_NAMESPACE] = "namespace", [CTX_APP] = "app",
		[CTX_CONTAINER] = "container", [CTX_MAP] = "map",
		[CTX_ENV_VARS] = "env",	    [CTX_SECURITY] = "security",
		[CTX_RESOURCES] = "resources", [CTX_AUTOSCALE] = "autoscale",
		[CTX_BEHAVIOR] = "scaling behaviour", [CTX_VERTICAL] = "vertical",
		[CTX_SECRET] = "secret",	    [CTX_ACCOUNT] = "account",
		[CTX_PLACEMENT] = "placement", [CTX_NETWORK] = "network",
		[CTX_ENVIRONMENT] = "env",
	};
	return (unsigned)ctx < CTX_COUNT ? names[ctx] : "unknown";
}
