/* gen_platform.c: writes a realistic .kp platform of N apps for `make bench`.
 *
 *   gen-platform N [-o FILE.kp] [--secrets-env FILE.env]
 *
 * The platform has five profiles (hardened security, rolling updates with
 * spreading, HTTP probes, a logging sidecar with its own probes, metrics
 * annotations), one namespace per 25 apps (4 to 400) each with a
 * default-deny policy, two configs, two secrets with keys and one external
 * TLS secret, and apps of varied kinds: 31 in 40 are deployments (rolling,
 * canary or blue-green; most rolling ones autoscale, some have an ingress
 * or a service account with RBAC rules), 4 statefulsets with a volume claim,
 * a headless service and a VPA, 4 cronjobs and 1 daemonset.  Every app has
 * ports, resources, recommended labels, env from configs and secrets, and
 * most have budgets and network allow rules.  Two environments, staging
 * and production, override replicas, autoscaling, images, resources and
 * config values.  The platform builds without a finding from the default
 * policy pack in either environment.
 *
 * The output depends only on N.  With --secrets-env, the values of the
 * secrets' keys are written as KPC_SECRET_<SECRET>_<KEY>=... lines, for
 * `kpc build --secrets-env`. */
#include "kpc/base.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum app_kind { APP_DEPLOYMENT, APP_STATEFULSET, APP_CRONJOB, APP_DAEMONSET };
enum rollout_kind { RO_ROLLING, RO_CANARY, RO_BLUE_GREEN };

static const char *const roles[] = {
	"orders", "billing", "catalog", "search", "checkout", "payments", "inventory", "shipping", "accounts",
	"reviews", "pricing", "ledger", "notify", "session", "gateway", "media", "reports", "loyalty",
};

static const char *const tiers[] = {"frontend", "backend", "api", "worker"};

static const char *const teams[] = {
	"commerce", "finance", "platform", "growth", "identity", "logistics", "content", "data",
};

static const char *const verbs[] = {"get, list, watch", "get, list", "get, watch", "get"};
static const char *const res_sets[] = {"pods, services", "configmaps", "pods", "endpoints, services"};

/* The shape of app `i`, a pure function of i and the platform size. */
struct app {
	uint32_t i, ns;
	enum app_kind kind;
	enum rollout_kind rollout;
	char name[48];
	const char *role, *tier;
	int replicas;
	int size; /* 0 small .. 3 large */
	bool autoscale, ingress, account, budget;
};

static uint32_t mix(uint32_t x)
{
	x ^= x >> 16;
	x *= 0x7feb352dU;
	x ^= x >> 15;
	x *= 0x846ca68bU;
	x ^= x >> 16;
	return x;
}

static uint32_t namespace_count(uint32_t n)
{
	uint32_t k = n / 25;
	return k < 4 ? 4 : k > 400 ? 400 : k;
}

static void ns_name(uint32_t ns, char *out, size_t cap)
{
	snprintf(out, cap, "%s-%03u", teams[ns % KPC_ARRAY_LEN(teams)], (unsigned)ns);
}

static void app_shape(struct app *a, uint32_t i, uint32_t n)
{
	memset(a, 0, sizeof *a);
	uint32_t h = mix(i + 1);
	a->i = i;
	a->ns = (uint32_t)((uint64_t)i * namespace_count(n) / n);
	a->role = roles[h % KPC_ARRAY_LEN(roles)];
	a->tier = tiers[(h >> 8) % KPC_ARRAY_LEN(tiers)];
	a->size = (int)((h >> 12) % 4);
	uint32_t r = i % 40;
	if (r == 3 || r == 11 || r == 23 || r == 31)
		a->kind = APP_STATEFULSET;
	else if (r == 7 || r == 17 || r == 27 || r == 37)
		a->kind = APP_CRONJOB;
	else if (r == 39)
		a->kind = APP_DAEMONSET;
	else
		a->kind = APP_DEPLOYMENT;
	const char *suffix = a->kind == APP_STATEFULSET ? "db" : a->kind == APP_CRONJOB ? "job"
							   : a->kind == APP_DAEMONSET ? "agent" : a->tier;
	snprintf(a->name, sizeof a->name, "%s-%s-%05u", a->role, suffix, (unsigned)i);
	if (a->kind == APP_DEPLOYMENT) {
		uint32_t q = (h >> 16) % 10;
		a->rollout = q < 2 ? RO_CANARY : q == 2 ? RO_BLUE_GREEN : RO_ROLLING;
		/* a canary of 20-30% keeps at least 2 replicas on each track;
		 * only rolling apps autoscale, and then set no replicas */
		a->replicas = a->rollout == RO_CANARY ? 8 + (int)((h >> 20) % 3) : 2 + (int)((h >> 20) % 5);
		a->autoscale = a->rollout == RO_ROLLING && (h >> 24) % 3 != 0;
		a->ingress = i % 10 == 1;
		a->account = i % 4 == 2;
		a->budget = true;
	} else if (a->kind == APP_STATEFULSET) {
		a->replicas = 3;
		a->budget = true;
	}
}

/* ---- declarations ------------------------------------------------------ */

static void gen_header(struct buf *b, uint32_t n)
{
	buf_printf(b,
		   "# A generated platform of %u apps for `make bench` (bench/gen_platform.c).\n"
		   "\n"
		   "platform bench-%u\n"
		   "\n"
		   "labels {\n"
		   "  project = \"bench\"\n"
		   "  owner = \"platform-team\"\n"
		   "  cost_center = \"engineering\"\n"
		   "}\n"
		   "\n"
		   "annotations {\n"
		   "  kpc.dev/generated-by = \"gen-platform\"\n"
		   "}\n"
		   "\n",
		   (unsigned)n, (unsigned)n);
	buf_puts(b, "profile hardened {\n"
		    "  security {\n"
		    "    user 10001  group 10001  fs_group 10001\n"
		    "    non_root\n"
		    "    seccomp runtime-default\n"
		    "    no_privilege_escalation\n"
		    "    read_only_root\n"
		    "    drop ALL\n"
		    "  }\n"
		    "  volume tmp empty at \"/tmp\"\n"
		    "}\n"
		    "\n"
		    "profile resilient {\n"
		    "  rollout rolling surge 25% unavailable 0\n"
		    "  placement { spread zone  anti_affinity host }\n"
		    "  grace 30s\n"
		    "}\n"
		    "\n"
		    "profile probed {\n"
		    "  liveness http /healthz on http after 15s every 10s timeout 2s failures 3\n"
		    "  readiness http /ready on http after 5s every 5s timeout 2s failures 3\n"
		    "  startup http /healthz on http every 5s failures 30\n"
		    "}\n"
		    "\n"
		    "# A fluent-bit sidecar shipping the app's logs from a shared volume.\n"
		    "profile logged {\n"
		    "  volume logs empty at \"/var/log/app\"\n"
		    "  sidecar logging {\n"
		    "    image \"fluent/fluent-bit:3.1.4\"\n"
		    "    resources { cpu 50m..200m  memory 64Mi..128Mi }\n"
		    "    port logs-http 2020\n"
		    "    mount logs at \"/var/log/app\" readonly\n"
		    "    liveness http /api/v1/health on logs-http after 10s every 30s failures 5\n"
		    "    readiness tcp on logs-http every 10s\n"
		    "    security { read_only_root  no_privilege_escalation  drop ALL }\n"
		    "  }\n"
		    "}\n"
		    "\n"
		    "profile metered : hardened {\n"
		    "  port metrics 9090\n"
		    "  pod_annotations {\n"
		    "    prometheus.io/scrape = \"true\"\n"
		    "    prometheus.io/port = \"9090\"\n"
		    "  }\n"
		    "}\n"
		    "\n");
}

static void gen_namespace(struct buf *b, uint32_t ns)
{
	char nm[32];
	ns_name(ns, nm, sizeof nm);
	buf_printf(b,
		   "# ---- namespace %s\n"
		   "\n"
		   "namespace %s {\n"
		   "  labels { team = \"%s\" }\n"
		   "  default_deny ingress\n"
		   "}\n"
		   "\n"
		   "config %s-config {\n"
		   "  log_level = \"info\"\n"
		   "  db_host = \"%s-db\"\n"
		   "  db_port = \"5432\"\n"
		   "  cache_ttl = \"300s\"\n"
		   "  request_timeout = \"30s\"\n"
		   "}\n"
		   "\n"
		   "config %s-features {\n"
		   "  new_checkout = \"%s\"\n"
		   "  recommendations = \"true\"\n"
		   "  max_page_size = \"%u\"\n"
		   "}\n"
		   "\n"
		   "secret %s-db {\n"
		   "  keys username, password\n"
		   "}\n"
		   "\n"
		   "secret %s-api {\n"
		   "  keys api_key, signing_key\n"
		   "}\n"
		   "\n"
		   "secret %s-tls {\n"
		   "  type tls\n"
		   "  external\n"
		   "}\n"
		   "\n",
		   nm, nm, teams[ns % KPC_ARRAY_LEN(teams)], nm, nm, nm, ns % 2 ? "true" : "false",
		   (unsigned)(50 + ns % 4 * 50), nm, nm, nm);
}

static const char *const cpu_req[] = {"100m", "250m", "500m", "1"};
static const char *const cpu_lim[] = {"500m", "1", "2", "4"};
static const char *const mem_req[] = {"128Mi", "256Mi", "512Mi", "1Gi"};
static const char *const mem_lim[] = {"256Mi", "512Mi", "1Gi", "4Gi"};

static void gen_resources(struct buf *b, int size)
{
	buf_printf(b, "  resources { cpu %s..%s  memory %s..%s }\n", cpu_req[size], cpu_lim[size], mem_req[size],
		   mem_lim[size]);
}

static void gen_labels(struct buf *b, const struct app *a, const char *nm)
{
	buf_printf(b,
		   "  labels {\n"
		   "    app.kubernetes.io/name = \"%s\"\n"
		   "    app.kubernetes.io/instance = \"%s\"\n"
		   "    app.kubernetes.io/version = \"1.%u.%u\"\n"
		   "    component = \"%s\"  tier = \"%s\"  team = \"%s\"\n"
		   "  }\n",
		   a->role, a->name, (unsigned)(a->i % 17), (unsigned)(a->i % 7), a->role,
		   a->kind == APP_STATEFULSET ? "data" : a->tier, nm);
}

static void gen_image(struct buf *b, const struct app *a, const char *nm)
{
	buf_printf(b, "  image \"registry.example.com/%s/%s:1.%u.%u\"\n", nm, a->role, (unsigned)(a->i % 17),
		   (unsigned)(a->i % 7));
}

/* The closest deployment before `a` in its namespace, which calls it. */
static bool caller_of(const struct app *a, uint32_t n, struct app *out)
{
	for (uint32_t j = a->i; j-- > 0 && a->i - j < 8;) {
		app_shape(out, j, n);
		if (out->ns != a->ns)
			return false;
		if (out->kind == APP_DEPLOYMENT)
			return true;
	}
	return false;
}

static void gen_deployment(struct buf *b, const struct app *a, uint32_t n, const char *nm)
{
	bool logged = a->i % 3 == 0;
	buf_printf(b, "app %s : resilient, probed, metered%s {\n", a->name, logged ? ", logged" : "");
	gen_image(b, a, nm);
	if (!a->autoscale)
		buf_printf(b, "  replicas %d\n", a->replicas);
	buf_puts(b, "  port http 8080 as 80\n");
	if (a->i % 5 == 0)
		buf_puts(b, "  port grpc 9000\n");
	gen_labels(b, a, nm);
	gen_resources(b, a->size);
	if (a->i % 2)
		buf_printf(b, "  env from %s-config\n", nm);
	else
		buf_printf(b, "  env from %s-config, %s-features\n", nm, nm);
	buf_printf(b,
		   "  env {\n"
		   "    SERVICE_NAME = \"%s\"\n"
		   "    LOG_LEVEL = config %s-config.log_level\n"
		   "    DB_USER = secret %s-db.username\n"
		   "    DB_PASSWORD = secret %s-db.password\n"
		   "    API_KEY = secret %s-api.api_key\n"
		   "  }\n",
		   a->name, nm, nm, nm, nm);
	if (a->account)
		buf_printf(b,
			   "  account %s {\n"
			   "    allow %s on %s\n"
			   "  }\n",
			   a->name, verbs[a->i % 4], res_sets[(a->i / 4) % 4]);
	if (a->autoscale) {
		int lo = a->replicas, hi = a->replicas * 4;
		if (a->i % 2)
			buf_printf(b, "  autoscale %d..%d { cpu %u%% }\n", lo, hi, (unsigned)(60 + a->i % 3 * 10));
		else
			buf_printf(b,
				   "  autoscale %d..%d {\n"
				   "    cpu 70%%\n"
				   "    memory 80%%\n"
				   "    up { pods 2 per 60s  window 60s }\n"
				   "    down { pods 1 per 60s  window 300s }\n"
				   "  }\n",
				   lo, hi);
	}
	if (a->rollout == RO_CANARY)
		buf_printf(b, "  rollout canary %u%%\n", (unsigned)(20 + a->i % 3 * 5));
	else if (a->rollout == RO_BLUE_GREEN)
		buf_printf(b, "  rollout blue-green active %s\n", a->i % 2 ? "green" : "blue");
	if (a->budget)
		buf_puts(b, a->replicas >= 4 ? "  budget min_available 50%\n" : "  budget max_unavailable 1\n");
	struct app c;
	if (caller_of(a, n, &c))
		buf_printf(b, "  allow from app %s on http\n", c.name);
	if (a->ingress) {
		buf_puts(b, "  allow from namespace ingress-nginx on http\n");
		buf_printf(b, "  ingress \"%s.%s.example.com\" path \"/\" port http tls %s-tls class nginx\n", a->name, nm, nm);
	}
	buf_puts(b, "  allow from namespace monitoring on metrics\n");
	buf_puts(b, "}\n\n");
}

static void gen_statefulset(struct buf *b, const struct app *a, uint32_t n, const char *nm)
{
	buf_printf(b, "app %s : hardened {\n", a->name);
	buf_puts(b, "  kind statefulset\n");
	buf_printf(b, "  image \"registry.example.com/postgres:16.%u\"\n", (unsigned)(a->i % 5));
	buf_printf(b, "  replicas %d\n", a->replicas);
	buf_puts(b, "  port postgres 5432\n");
	gen_labels(b, a, nm);
	gen_resources(b, a->size < 2 ? a->size + 2 : a->size);
	buf_printf(b,
		   "  env {\n"
		   "    POSTGRES_USER = secret %s-db.username\n"
		   "    POSTGRES_PASSWORD = secret %s-db.password\n"
		   "    PGDATA = \"/var/lib/postgresql/data/pgdata\"\n"
		   "  }\n",
		   nm, nm);
	buf_printf(b, "  volume data claim %uGi class %s at \"/var/lib/postgresql/data\"\n", (unsigned)(10 << (a->i % 4)),
		   a->i % 2 ? "fast-ssd" : "standard");
	buf_puts(b, "  volume run empty at \"/var/run/postgresql\"\n"
		    "  liveness tcp on postgres after 30s every 10s timeout 5s failures 3\n"
		    "  readiness exec \"pg_isready\", \"-U\", \"postgres\" after 5s every 5s timeout 3s failures 3\n"
		    "  service headless\n"
		    "  vertical {\n"
		    "    mode auto\n"
		    "    cpu 250m..4\n"
		    "    memory 256Mi..8Gi\n"
		    "  }\n"
		    "  rollout rolling\n"
		    "  budget max_unavailable 1\n"
		    "  placement { spread zone hard  anti_affinity host required }\n");
	struct app c;
	if (caller_of(a, n, &c))
		buf_printf(b, "  allow from app %s on postgres\n", c.name);
	buf_puts(b, "}\n\n");
}

static void gen_cronjob(struct buf *b, const struct app *a, const char *nm)
{
	buf_printf(b, "app %s : hardened {\n", a->name);
	buf_puts(b, "  kind cronjob\n");
	gen_image(b, a, nm);
	buf_printf(b, "  schedule \"%u %u * * *\"\n", (unsigned)(a->i % 60), (unsigned)(a->i % 24));
	buf_puts(b, "  concurrency forbid\n"
		    "  restart on-failure\n"
		    "  backoff 3\n");
	gen_labels(b, a, nm);
	gen_resources(b, a->size);
	buf_printf(b, "  args \"--batch\", \"--since\", \"24h\"\n"
		      "  env from %s-config\n"
		      "  env { DB_PASSWORD = secret %s-db.password }\n",
		   nm, nm);
	buf_puts(b, "}\n\n");
}

static void gen_daemonset(struct buf *b, const struct app *a, const char *nm)
{
	buf_printf(b, "app %s : metered, logged {\n", a->name);
	buf_puts(b, "  kind daemonset\n");
	gen_image(b, a, nm);
	gen_labels(b, a, nm);
	gen_resources(b, 0);
	buf_puts(b, "  liveness http /healthz on metrics after 10s every 10s\n"
		    "  readiness http /ready on metrics every 5s\n"
		    "  volume host-logs empty at \"/host/logs\" readonly\n"
		    "  allow from namespace monitoring on metrics\n"
		    "}\n\n");
}

/* ---- environments ------------------------------------------------------ */

static void gen_env(struct buf *b, uint32_t n, bool prod)
{
	buf_printf(b,
		   "env %s {\n"
		   "  labels { environment = \"%s\" }\n",
		   prod ? "production" : "staging", prod ? "production" : "staging");
	uint32_t nns = namespace_count(n);
	for (uint32_t ns = 0; ns < nns; ns++) {
		char nm[32];
		ns_name(ns, nm, sizeof nm);
		buf_printf(b, "  %s-config.log_level \"%s\"\n", nm, prod ? "warn" : "debug");
	}
	for (uint32_t i = 0; i < n; i++) {
		struct app a;
		app_shape(&a, i, n);
		if (a.kind == APP_DEPLOYMENT) {
			if (prod && i % 10 == 4) {
				int up = a.size < 3 ? a.size + 1 : 3;
				buf_printf(b, "  app %s {\n", a.name);
				if (a.autoscale)
					buf_printf(b, "    autoscale %d..%d\n", a.replicas + 2, a.replicas * 6);
				else
					buf_printf(b, "    replicas %d\n", a.replicas + 2);
				buf_printf(b,
					   "    resources { cpu %s..%s  memory %s..%s }\n"
					   "  }\n",
					   cpu_req[up], cpu_lim[up], mem_req[up], mem_lim[up]);
			} else if (prod && i % 25 == 9) {
				buf_printf(b, "  %s.image \"registry.example.com/%s:1.%u.%u-hotfix\"\n", a.name, a.role,
					   (unsigned)(i % 17), (unsigned)(i % 7 + 1));
			} else if (!prod && i % 5 == 0 && a.rollout == RO_ROLLING) {
				if (a.autoscale)
					buf_printf(b, "  %s.autoscale 2..4\n", a.name);
				else
					buf_printf(b, "  %s.replicas 2\n", a.name);
			}
		} else if (a.kind == APP_STATEFULSET) {
			if (prod && i % 80 == 3)
				buf_printf(b, "  %s.replicas 5\n", a.name);
			else if (!prod)
				buf_printf(b, "  %s.replicas 2\n", a.name);
		}
	}
	buf_puts(b, "}\n\n");
}

/* ---- secrets ----------------------------------------------------------- */

static void secret_var(struct buf *b, const char *secret, const char *key)
{
	buf_puts(b, "KPC_SECRET_");
	size_t from = b->len;
	buf_printf(b, "%s_%s", secret, key);
	for (size_t i = from; i < b->len; i++) {
		char c = b->data[i];
		if (c >= 'a' && c <= 'z')
			b->data[i] = (char)(c - 32);
		else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			b->data[i] = '_';
	}
}

static void gen_secrets(struct buf *b, uint32_t n)
{
	static const char *const kv[][2] = {
		{"db", "username"}, {"db", "password"}, {"api", "api_key"}, {"api", "signing_key"},
	};
	buf_puts(b, "# Placeholder secret values for the generated bench platform.\n");
	uint32_t nns = namespace_count(n);
	for (uint32_t ns = 0; ns < nns; ns++) {
		char nm[32], sec[48];
		ns_name(ns, nm, sizeof nm);
		for (size_t k = 0; k < KPC_ARRAY_LEN(kv); k++) {
			snprintf(sec, sizeof sec, "%s-%s", nm, kv[k][0]);
			secret_var(b, sec, kv[k][1]);
			buf_printf(b, "=bench-%s-%s-%u\n", kv[k][0], kv[k][1], (unsigned)ns);
		}
	}
}

static void gen_platform(struct buf *b, uint32_t n)
{
	gen_header(b, n);
	uint32_t cur = UINT32_MAX;
	for (uint32_t i = 0; i < n; i++) {
		struct app a;
		app_shape(&a, i, n);
		if (a.ns != cur) {
			cur = a.ns;
			gen_namespace(b, cur);
		}
		char nm[32];
		ns_name(a.ns, nm, sizeof nm);
		switch (a.kind) {
		case APP_DEPLOYMENT: gen_deployment(b, &a, n, nm); break;
		case APP_STATEFULSET: gen_statefulset(b, &a, n, nm); break;
		case APP_CRONJOB: gen_cronjob(b, &a, nm); break;
		case APP_DAEMONSET: gen_daemonset(b, &a, nm); break;
		}
	}
	gen_env(b, n, false);
	gen_env(b, n, true);
}

/* ---- main -------------------------------------------------------------- */

static bool write_out(const char *path, const struct buf *b)
{
	FILE *f = path && strcmp(path, "-") ? fopen(path, "w") : stdout;
	if (!f) {
		fprintf(stderr, "gen-platform: cannot write '%s': %s\n", path, strerror(errno));
		return false;
	}
	bool ok = fwrite(b->data, 1, b->len, f) == b->len;
	ok = (f == stdout ? fflush(f) : fclose(f)) == 0 && ok;
	if (!ok)
		fprintf(stderr, "gen-platform: cannot write '%s'\n", path ? path : "standard output");
	return ok;
}

static int usage(void)
{
	fprintf(stderr, "usage: gen-platform N [-o FILE.kp] [--secrets-env FILE.env]\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *out = NULL, *secrets = NULL;
	long n = -1;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
		} else if (!strcmp(argv[i], "--secrets-env") && i + 1 < argc) {
			secrets = argv[++i];
		} else if (n < 0 && argv[i][0] >= '0' && argv[i][0] <= '9') {
			char *end;
			n = strtol(argv[i], &end, 10);
			if (*end || n < 1 || n > 99999)
				return usage();
		} else {
			return usage();
		}
	}
	if (n < 1)
		return usage();
	struct buf b = {0};
	gen_platform(&b, (uint32_t)n);
	bool ok = write_out(out, &b);
	buf_free(&b);
	if (ok && secrets) {
		struct buf s = {0};
		gen_secrets(&s, (uint32_t)n);
		ok = write_out(secrets, &s);
		buf_free(&s);
	}
	return ok ? 0 : 1;
}
