/* test_lower.c: lowering small platforms to Kubernetes objects: each
 * workload kind, ports and Services, env references, resources, probes,
 * security contexts, rollouts, autoscalers, budgets, network policies,
 * accounts, ingresses, secrets, the config checksum, the output order and
 * determinism.  Every successful build is also re-read with libyaml. */
#define _GNU_SOURCE
#include "helpers.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct out {
	struct kpc_unit u;
	bool ok;
	char *diag; /* rendered diagnostics */
	char *yaml; /* the stream, when the build succeeded */
};

/* Builds `src` (as main.kp); `secrets`, when given, is the content of a
 * --secrets-env file. */
static void build_full(struct out *o, const char *src, const struct kpc_options *opt_in, const char *secrets)
{
	struct kpc_options opt = opt_in ? *opt_in : (struct kpc_options){0};
	kpc_unit_init(&o->u);
	char spath[] = "/tmp/kpc-lower-secrets-XXXXXX";
	if (secrets) {
		int fd = mkstemp(spath);
		cr_assert_geq(fd, 0);
		cr_assert_eq(write(fd, secrets, strlen(secrets)), (ssize_t)strlen(secrets));
		close(fd);
		cr_assert(kpc_load_secrets_env(&o->u, spath));
		opt.secrets_env = "SECRETS.env";
	}
	o->ok = compile_string(&o->u, "main.kp", src, &opt);
	if (secrets)
		unlink(spath);
	o->diag = diag_text(&o->u);
	o->yaml = NULL;
	if (o->ok) {
		o->yaml = yaml_text(&o->u);
		char *err = libyaml_compare(o->yaml, strlen(o->yaml), &o->u.objects);
		cr_expect_null(err, "libyaml re-read: %s", err ? err : "");
		free(err);
	}
}

static void build(struct out *o, const char *src)
{
	build_full(o, src, NULL, NULL);
}

/* Builds and requires success without any diagnostic. */
static void build_ok(struct out *o, const char *src)
{
	build(o, src);
	cr_assert(o->ok, "build failed:\n%s", o->diag);
	cr_expect_str_eq(o->diag, "");
}

static void out_free(struct out *o)
{
	free(o->diag);
	free(o->yaml);
	kpc_unit_free(&o->u);
}

static struct obj *find(struct out *o, const char *kind, const char *name)
{
	for (uint32_t i = 0; i < o->u.objects.len; i++) {
		struct k8s_obj *k = &o->u.objects.items[i];
		if (!strcmp(k->kind, kind) && !strcmp(k->name, name))
			return k->root;
	}
	cr_assert_fail("no %s '%s' in the output", kind, name);
	return NULL;
}

static uint32_t count(struct out *o, const char *kind)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < o->u.objects.len; i++)
		n += !strcmp(o->u.objects.items[i].kind, kind);
	return n;
}

/* The node at a dotted path; numeric parts index sequences. */
static struct obj *at(struct obj *o, const char *path)
{
	char part[128];
	const char *p = path;
	while (o && *p) {
		const char *e = strchr(p, '.');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		cr_assert_lt(n, sizeof part);
		memcpy(part, p, n);
		part[n] = 0;
		if (o->kind == OBJ_SEQ) {
			char *end;
			unsigned long i = strtoul(part, &end, 10);
			o = *end == 0 && i < o->seq.len ? o->seq.items[i] : NULL;
		} else {
			o = obj_get(o, part);
		}
		p = e ? e + 1 : p + n;
	}
	return o;
}

static void str_at(struct obj *root, const char *path, const char *want)
{
	struct obj *o = at(root, path);
	cr_assert_not_null(o, "no %s", path);
	cr_assert_eq(o->kind, OBJ_STR, "%s is not a string", path);
	cr_expect(sv_eqc(o->s, want), "%s is '%s', expected '%s'", path, o->s.p, want);
}

static void int_at(struct obj *root, const char *path, int64_t want)
{
	struct obj *o = at(root, path);
	cr_assert_not_null(o, "no %s", path);
	cr_assert_eq(o->kind, OBJ_INT, "%s is not an integer", path);
	cr_expect_eq(o->i, want, "%s is %lld, expected %lld", path, (long long)o->i, (long long)want);
}

static void bool_at(struct obj *root, const char *path, bool want)
{
	struct obj *o = at(root, path);
	cr_assert_not_null(o, "no %s", path);
	cr_assert_eq(o->kind, OBJ_BOOL, "%s is not a boolean", path);
	cr_expect_eq(o->b, want, "%s", path);
}

static void expect_yaml(const struct obj *o, const char *want)
{
	struct buf b = {0};
	yaml_emit_obj(o, &b);
	buf_cstr(&b);
	cr_expect_str_eq(b.data, want);
	buf_free(&b);
}

/* The diagnostics with compile_string's temporary directory removed, so
 * that locations read `main.kp:LINE:COL`. */
static char *plain_diags(const char *d)
{
	static const char tmp[] = "/tmp/kpc-test-";
	struct buf b = {0};
	const char *p;
	while ((p = strstr(d, tmp))) {
		buf_put(&b, d, (size_t)(p - d));
		const char *slash = strchr(p + sizeof tmp - 1, '/');
		d = slash ? slash + 1 : p + sizeof tmp - 1;
	}
	buf_puts(&b, d);
	buf_cstr(&b);
	return b.data ? b.data : strdup("");
}

/* The build fails with exactly these diagnostics. */
static void build_err(struct out *o, const char *src, const char *want)
{
	build(o, src);
	cr_expect_not(o->ok, "the build succeeded");
	char *d = plain_diags(o->diag);
	cr_expect_str_eq(d, want);
	free(d);
}

/* ---- workloads ----------------------------------------------------------- */

Test(lower, deployment_basics)
{
	struct out o;
	build_ok(&o, "platform shop\n"
		     "labels { team = \"core\" }\n"
		     "namespace web\n"
		     "app api {\n"
		     "  image \"r/api:1\"\n"
		     "  replicas 3\n"
		     "  port http 8080 as 80\n"
		     "  labels { tier = \"backend\" }\n"
		     "  pull if-not-present\n"
		     "  command \"/bin/api\", \"--serve\"\n"
		     "  args \"--port\", \"8080\"\n"
		     "  workdir \"/srv\"\n"
		     "}\n");
	cr_assert_eq(o.u.objects.len, 3);
	expect_yaml(find(&o, "Namespace", "web"), "apiVersion: v1\n"
						  "kind: Namespace\n"
						  "metadata:\n"
						  "  name: web\n"
						  "  labels:\n"
						  "    team: core\n");
	expect_yaml(find(&o, "Deployment", "api"), "apiVersion: apps/v1\n"
						   "kind: Deployment\n"
						   "metadata:\n"
						   "  name: api\n"
						   "  namespace: web\n"
						   "  labels:\n"
						   "    app: api\n"
						   "    team: core\n"
						   "    tier: backend\n"
						   "spec:\n"
						   "  replicas: 3\n"
						   "  selector:\n"
						   "    matchLabels:\n"
						   "      app: api\n"
						   "  template:\n"
						   "    metadata:\n"
						   "      labels:\n"
						   "        app: api\n"
						   "        team: core\n"
						   "        tier: backend\n"
						   "    spec:\n"
						   "      containers:\n"
						   "      - name: api\n"
						   "        image: r/api:1\n"
						   "        imagePullPolicy: IfNotPresent\n"
						   "        command:\n"
						   "        - /bin/api\n"
						   "        - \"--serve\"\n"
						   "        args:\n"
						   "        - \"--port\"\n"
						   "        - \"8080\"\n"
						   "        workingDir: /srv\n"
						   "        ports:\n"
						   "        - name: http\n"
						   "          containerPort: 8080\n");
	expect_yaml(find(&o, "Service", "api"), "apiVersion: v1\n"
						"kind: Service\n"
						"metadata:\n"
						"  name: api\n"
						"  namespace: web\n"
						"  labels:\n"
						"    app: api\n"
						"    team: core\n"
						"    tier: backend\n"
						"spec:\n"
						"  ports:\n"
						"  - name: http\n"
						"    port: 80\n"
						"    targetPort: http\n"
						"  selector:\n"
						"    app: api\n"
						"  type: ClusterIP\n");
	out_free(&o);
}

Test(lower, deployment_defaults)
{
	/* one replica by default; no Service without ports; the namespace
	 * `default` gets no Namespace object */
	struct out o;
	build_ok(&o, "platform p\napp worker { image \"w\" }\n");
	cr_assert_eq(o.u.objects.len, 1);
	struct obj *d = find(&o, "Deployment", "worker");
	int_at(d, "spec.replicas", 1);
	str_at(d, "metadata.namespace", "default");
	str_at(d, "spec.selector.matchLabels.app", "worker");
	cr_expect_eq(at(d, "spec.selector.matchLabels")->map.len, 1, "the selector is only `app`");
	out_free(&o);
}

Test(lower, statefulset_with_claim_template)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app db {\n"
		     "  kind statefulset\n"
		     "  image \"pg:16\"\n"
		     "  replicas 2\n"
		     "  port pg 5432\n"
		     "  volume data claim 10Gi class fast at \"/data\"\n"
		     "}\n");
	cr_assert_eq(o.u.objects.len, 2);
	struct obj *s = find(&o, "StatefulSet", "db");
	str_at(s, "apiVersion", "apps/v1");
	int_at(s, "spec.replicas", 2);
	str_at(s, "spec.serviceName", "db");
	expect_yaml(at(s, "spec.volumeClaimTemplates"), "- metadata:\n"
							"    name: data\n"
							"  spec:\n"
							"    accessModes:\n"
							"    - ReadWriteOnce\n"
							"    storageClassName: fast\n"
							"    resources:\n"
							"      requests:\n"
							"        storage: 10Gi\n");
	str_at(s, "spec.template.spec.containers.0.volumeMounts.0.name", "data");
	str_at(s, "spec.template.spec.containers.0.volumeMounts.0.mountPath", "/data");
	cr_expect_null(at(s, "spec.template.spec.volumes"), "a claim template is not a pod volume");
	/* the governing Service is headless */
	expect_yaml(find(&o, "Service", "db"), "apiVersion: v1\n"
					       "kind: Service\n"
					       "metadata:\n"
					       "  name: db\n"
					       "  namespace: default\n"
					       "  labels:\n"
					       "    app: db\n"
					       "spec:\n"
					       "  clusterIP: None\n"
					       "  ports:\n"
					       "  - name: pg\n"
					       "    port: 5432\n"
					       "    targetPort: pg\n"
					       "  selector:\n"
					       "    app: db\n"
					       "  type: ClusterIP\n");
	out_free(&o);

	/* a sized claim on a deployment */
	build_err(&o, "platform p\napp db {\n  image \"pg\"\n  volume data claim 10Gi\n}\n",
		  "main.kp:4:21: error[E0210]: a sized claim needs `kind statefulset`\n"
		  "   4 |   volume data claim 10Gi\n"
		  "     |                     ^^^^\n"
		  "  = help: name an existing PersistentVolumeClaim instead: `volume data claim CLAIM`\n");
	out_free(&o);
}

Test(lower, daemonset)
{
	struct out o;
	build_ok(&o, "platform p\napp agent { kind daemonset  image \"a\"  port metrics 9100 }\n");
	struct obj *d = find(&o, "DaemonSet", "agent");
	str_at(d, "apiVersion", "apps/v1");
	cr_expect_null(at(d, "spec.replicas"));
	str_at(d, "spec.selector.matchLabels.app", "agent");
	str_at(d, "spec.template.spec.containers.0.image", "a");
	find(&o, "Service", "agent");
	out_free(&o);

	build_err(&o, "platform p\napp agent {\n  kind daemonset\n  image \"a\"\n  replicas 2\n}\n",
		  "main.kp:5:3: error[E0210]: a daemonset has no replicas\n"
		  "   5 |   replicas 2\n"
		  "     |   ^^^^^^^^\n");
	out_free(&o);
}

Test(lower, job)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app migrate { kind job  image \"m\"  backoff 3  completions 2  parallelism 1  port http 80 }\n"
		     "app retry { kind job  image \"m\"  restart on-failure }\n");
	cr_expect_eq(count(&o, "Service"), 0, "jobs get no Service");
	expect_yaml(at(find(&o, "Job", "migrate"), "spec"), "backoffLimit: 3\n"
							    "completions: 2\n"
							    "parallelism: 1\n"
							    "template:\n"
							    "  metadata:\n"
							    "    labels:\n"
							    "      app: migrate\n"
							    "  spec:\n"
							    "    containers:\n"
							    "    - name: migrate\n"
							    "      image: m\n"
							    "      ports:\n"
							    "      - name: http\n"
							    "        containerPort: 80\n"
							    "    restartPolicy: Never\n");
	struct obj *r = find(&o, "Job", "retry");
	str_at(r, "apiVersion", "batch/v1");
	str_at(r, "spec.template.spec.restartPolicy", "OnFailure");
	cr_expect_null(at(r, "spec.replicas"));
	cr_expect_null(at(r, "spec.selector"));
	out_free(&o);

	build_err(&o, "platform p\napp j {\n  kind job\n  image \"m\"\n  replicas 2\n  restart always\n}\n",
		  "main.kp:5:3: error[E0210]: a job has no replicas\n"
		  "   5 |   replicas 2\n"
		  "     |   ^^^^^^^^\n"
		  "main.kp:6:11: error[E0301]: unknown restart policy for a job 'always'\n"
		  "   6 |   restart always\n"
		  "     |           ^^^^^^\n"
		  "  = help: expected one of: never, on-failure\n");
	out_free(&o);
}

Test(lower, cronjob)
{
	struct out o;
	build_ok(&o, "platform p\napp nightly { kind cronjob  image \"n\"  schedule \"0 3 * * *\"  concurrency forbid  backoff 1 }\n");
	expect_yaml(at(find(&o, "CronJob", "nightly"), "spec"), "concurrencyPolicy: Forbid\n"
								"jobTemplate:\n"
								"  spec:\n"
								"    backoffLimit: 1\n"
								"    template:\n"
								"      metadata:\n"
								"        labels:\n"
								"          app: nightly\n"
								"      spec:\n"
								"        containers:\n"
								"        - name: nightly\n"
								"          image: \"n\"\n"
								"        restartPolicy: Never\n"
								"schedule: 0 3 * * *\n");
	str_at(find(&o, "CronJob", "nightly"), "apiVersion", "batch/v1");
	out_free(&o);

	build_err(&o, "platform p\napp nightly { kind cronjob  image \"n\" }\napp web {\n  image \"w\"\n  schedule \"* * * * *\"\n}\n",
		  "main.kp:2:5: error[E0208]: cronjob 'nightly' has no schedule\n"
		  "   2 | app nightly { kind cronjob  image \"n\" }\n"
		  "     |     ^^^^^^^\n"
		  "  = help: add `schedule \"0 3 * * *\"`\n"
		  "main.kp:5:3: error[E0210]: 'schedule' is only for cronjobs\n"
		  "   5 |   schedule \"* * * * *\"\n"
		  "     |   ^^^^^^^^\n");
	out_free(&o);
}

/* ---- containers ---------------------------------------------------------- */

Test(lower, ports_and_service_ports)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app dns { image \"d\"  port dns 53 udp as 5353  port http 8080  port sctp-x 7000 sctp  service nodeport }\n"
		     "app quiet { image \"q\"  port http 80  service none }\n");
	expect_yaml(at(find(&o, "Deployment", "dns"), "spec.template.spec.containers.0.ports"), "- name: dns\n"
											       "  containerPort: 53\n"
											       "  protocol: UDP\n"
											       "- name: http\n"
											       "  containerPort: 8080\n"
											       "- name: sctp-x\n"
											       "  containerPort: 7000\n"
											       "  protocol: SCTP\n");
	expect_yaml(at(find(&o, "Service", "dns"), "spec"), "ports:\n"
							    "- name: dns\n"
							    "  port: 5353\n"
							    "  protocol: UDP\n"
							    "  targetPort: dns\n"
							    "- name: http\n"
							    "  port: 8080\n"
							    "  targetPort: http\n"
							    "- name: sctp-x\n"
							    "  port: 7000\n"
							    "  protocol: SCTP\n"
							    "  targetPort: sctp-x\n"
							    "selector:\n"
							    "  app: dns\n"
							    "type: NodePort\n");
	cr_expect_eq(count(&o, "Service"), 1, "`service none` emits no Service");
	out_free(&o);

	build_err(&o, "platform p\napp a {\n  image \"a\"\n  port HTTP 80\n  port web 70000\n}\n",
		  "main.kp:4:8: error[E0303]: invalid port name 'HTTP'\n"
		  "   4 |   port HTTP 80\n"
		  "     |        ^^^^\n"
		  "  = help: port names are at most 15 lowercase letters, digits and '-'\n"
		  "main.kp:5:12: error[E0302]: port number 70000 is out of range (1 to 65535)\n"
		  "   5 |   port web 70000\n"
		  "     |            ^^^^^\n");
	out_free(&o);
}

static const char env_platform[] = "platform p\n"
				   "config settings { log_level = \"info\"  timeout = \"30s\" }\n"
				   "secret creds { keys username, password  external }\n";

Test(lower, env_literals_and_references)
{
	struct out o;
	char *src = str_replace_all("@app api {\n"
				    "  image \"i\"\n"
				    "  env { MODE = \"prod\"  LEVEL = config settings.log_level  PASS = secret creds.password  N = 5 }\n"
				    "}\n",
				    "@", env_platform);
	build_ok(&o, src);
	expect_yaml(at(find(&o, "Deployment", "api"), "spec.template.spec.containers.0.env"), "- name: MODE\n"
											      "  value: prod\n"
											      "- name: LEVEL\n"
											      "  valueFrom:\n"
											      "    configMapKeyRef:\n"
											      "      name: settings\n"
											      "      key: log_level\n"
											      "- name: PASS\n"
											      "  valueFrom:\n"
											      "    secretKeyRef:\n"
											      "      name: creds\n"
											      "      key: password\n"
											      "- name: \"N\"\n"
											      "  value: \"5\"\n");
	out_free(&o);
	free(src);
}

Test(lower, env_reference_errors)
{
	struct out o;
	char *src = str_replace_all("@app api {\n"
				    "  image \"i\"\n"
				    "  env {\n"
				    "    A = config settings.log_levl\n"
				    "    B = secret creds.pasword\n"
				    "    C = config setings.timeout\n"
				    "    D = config settings\n"
				    "  }\n"
				    "}\n",
				    "@", env_platform);
	build_err(&o, src,
		  "main.kp:7:25: error[E0204]: config 'settings' has no key 'log_levl'\n"
		  "   7 |     A = config settings.log_levl\n"
		  "     |                         ^^^^^^^^ did you mean 'log_level'?\n"
		  "main.kp:2:8: note: 'settings' is defined here\n"
		  "   2 | config settings { log_level = \"info\"  timeout = \"30s\" }\n"
		  "     |        ^^^^^^^^\n"
		  "main.kp:8:22: error[E0204]: secret 'creds' has no key 'pasword'\n"
		  "   8 |     B = secret creds.pasword\n"
		  "     |                      ^^^^^^^ did you mean 'password'?\n"
		  "main.kp:3:8: note: 'creds' is defined here\n"
		  "   3 | secret creds { keys username, password  external }\n"
		  "     |        ^^^^^\n"
		  "main.kp:9:16: error[E0204]: no config named 'setings'\n"
		  "   9 |     C = config setings.timeout\n"
		  "     |                ^^^^^^^\n"
		  "main.kp:10:16: error[E0301]: expected NAME.KEY\n"
		  "  10 |     D = config settings\n"
		  "     |                ^^^^^^^^\n"
		  "  = help: write `D = config NAME.KEY`\n");
	out_free(&o);
	free(src);
}

Test(lower, env_from)
{
	struct out o;
	char *src = str_replace_all("@app api { image \"i\"  env from settings, creds }\n", "@", env_platform);
	build_ok(&o, src);
	expect_yaml(at(find(&o, "Deployment", "api"), "spec.template.spec.containers.0.envFrom"), "- configMapRef:\n"
												  "    name: settings\n"
												  "- secretRef:\n"
												  "    name: creds\n");
	out_free(&o);
	free(src);

	build_err(&o, "platform p\nconfig settings { a = \"1\" }\napp api {\n  image \"i\"\n  env from setings\n}\n",
		  "main.kp:5:12: error[E0204]: no config or secret named 'setings'\n"
		  "   5 |   env from setings\n"
		  "     |            ^^^^^^^ did you mean 'settings'?\n");
	out_free(&o);
}

Test(lower, resources)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app a { image \"a\"  resources { cpu 250m..500m  memory 256Mi..512Mi } }\n"
		     "app b { image \"b\"  cpu 100m  memory 1Gi  ephemeral-storage 1Gi..2Gi }\n"
		     "app c { image \"c\"  resources { cpu 1..2 }  cpu 0.5 }\n");
	expect_yaml(at(find(&o, "Deployment", "a"), "spec.template.spec.containers.0.resources"), "limits:\n"
												  "  cpu: 500m\n"
												  "  memory: 512Mi\n"
												  "requests:\n"
												  "  cpu: 250m\n"
												  "  memory: 256Mi\n");
	expect_yaml(at(find(&o, "Deployment", "b"), "spec.template.spec.containers.0.resources"), "limits:\n"
												  "  ephemeral-storage: 2Gi\n"
												  "requests:\n"
												  "  cpu: 100m\n"
												  "  memory: 1Gi\n"
												  "  ephemeral-storage: 1Gi\n");
	/* the shorthand wins over the block */
	expect_yaml(at(find(&o, "Deployment", "c"), "spec.template.spec.containers.0.resources"), "requests:\n"
												  "  cpu: \"0.5\"\n");
	out_free(&o);

	build_err(&o, "platform p\napp a {\n  image \"a\"\n  memory 1Gi..512Mi\n  cpu 2..1\n}\napp b {\n  image \"b\"\n  memory 512Mib\n  cpu 100x\n}\n",
		  "main.kp:4:10: error[E0304]: memory request 1Gi is larger than its limit 512Mi\n"
		  "   4 |   memory 1Gi..512Mi\n"
		  "     |          ^^^^^^^^^^\n"
		  "  = help: write REQUEST..LIMIT with the request first\n"
		  "main.kp:5:7: error[E0304]: cpu request 2 is larger than its limit 1\n"
		  "   5 |   cpu 2..1\n"
		  "     |       ^^^^\n"
		  "  = help: write REQUEST..LIMIT with the request first\n"
		  "main.kp:9:13: error[E0102]: unknown unit 'Mib' for memory\n"
		  "   9 |   memory 512Mib\n"
		  "     |             ^^^ did you mean 'Mi'?\n"
		  "main.kp:10:10: error[E0102]: unknown unit 'x' for cpu\n"
		  "  10 |   cpu 100x\n"
		  "     |          ^\n"
		  "  = help: cpu is written in cores (`1`, `0.5`) or millicores (`500m`)\n");
	out_free(&o);
}

Test(lower, probes)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  port http 8080\n"
		     "  port rpc 9090\n"
		     "  liveness http /health after 10s every 5s timeout 2s failures 4\n"
		     "  readiness tcp on rpc successes 2\n"
		     "  startup grpc on rpc service \"health\"\n"
		     "}\n"
		     "app worker {\n"
		     "  image \"w\"\n"
		     "  liveness exec \"cat\", \"/tmp/ok\" every 1m\n"
		     "  readiness grpc on 7000\n"
		     "}\n");
	struct obj *c = at(find(&o, "Deployment", "api"), "spec.template.spec.containers.0");
	expect_yaml(obj_get(c, "livenessProbe"), "httpGet:\n"
						 "  path: /health\n"
						 "  port: http\n"
						 "initialDelaySeconds: 10\n"
						 "periodSeconds: 5\n"
						 "timeoutSeconds: 2\n"
						 "failureThreshold: 4\n");
	expect_yaml(obj_get(c, "readinessProbe"), "tcpSocket:\n"
						  "  port: rpc\n"
						  "successThreshold: 2\n");
	/* grpc needs the port number */
	expect_yaml(obj_get(c, "startupProbe"), "grpc:\n"
						"  port: 9090\n"
						"  service: health\n");
	c = at(find(&o, "Deployment", "worker"), "spec.template.spec.containers.0");
	expect_yaml(obj_get(c, "livenessProbe"), "exec:\n"
						 "  command:\n"
						 "  - cat\n"
						 "  - /tmp/ok\n"
						 "periodSeconds: 60\n");
	int_at(c, "readinessProbe.grpc.port", 7000);
	out_free(&o);

	build_err(&o, "platform p\napp api {\n  image \"i\"\n  port http 80\n  liveness tcp successes 2\n  startup http /s successes 3\n}\n"
		      "app bare {\n  image \"b\"\n  readiness http /ready\n}\n",
		  "main.kp:5:26: error[E0302]: 'successes' must be 1 for liveness probes\n"
		  "   5 |   liveness tcp successes 2\n"
		  "     |                          ^\n"
		  "  = help: the API server rejects successThreshold other than 1 on liveness and startup probes\n"
		  "main.kp:6:29: error[E0302]: 'successes' must be 1 for startup probes\n"
		  "   6 |   startup http /s successes 3\n"
		  "     |                             ^\n"
		  "  = help: the API server rejects successThreshold other than 1 on liveness and startup probes\n"
		  "main.kp:10:3: error[E0208]: the probe needs a port and the container declares none\n"
		  "  10 |   readiness http /ready\n"
		  "     |   ^^^^^^^^^\n"
		  "  = help: add `on PORT` or declare `port NAME NUMBER`\n");
	out_free(&o);
}

Test(lower, security_pod_and_container_levels)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  security { user 1000  group 2000  fs_group 3000  non_root  seccomp runtime-default\n"
		     "             no_privilege_escalation  read_only_root  drop ALL  add NET_BIND_SERVICE }\n"
		     "  sidecar proxy { image \"p\"  security { privileged  add NET_RAW } }\n"
		     "  init setup { image \"s\" }\n"
		     "}\n");
	struct obj *pod = at(find(&o, "Deployment", "api"), "spec.template.spec");
	expect_yaml(obj_get(pod, "securityContext"), "runAsUser: 1000\n"
						     "runAsGroup: 2000\n"
						     "fsGroup: 3000\n"
						     "runAsNonRoot: true\n"
						     "seccompProfile:\n"
						     "  type: RuntimeDefault\n");
	expect_yaml(at(pod, "containers.0.securityContext"), "allowPrivilegeEscalation: false\n"
							     "readOnlyRootFilesystem: true\n"
							     "capabilities:\n"
							     "  add:\n"
							     "  - NET_BIND_SERVICE\n"
							     "  drop:\n"
							     "  - ALL\n");
	/* the sidecar inherits the container-level settings and adds its own */
	str_at(pod, "containers.1.name", "proxy");
	expect_yaml(at(pod, "containers.1.securityContext"), "allowPrivilegeEscalation: false\n"
							     "readOnlyRootFilesystem: true\n"
							     "privileged: true\n"
							     "capabilities:\n"
							     "  add:\n"
							     "  - NET_RAW\n"
							     "  drop:\n"
							     "  - ALL\n");
	/* init containers too */
	str_at(pod, "initContainers.0.name", "setup");
	bool_at(pod, "initContainers.0.securityContext.readOnlyRootFilesystem", true);
	cr_expect_null(at(pod, "initContainers.0.securityContext.runAsUser"), "pod-level fields stay on the pod");
	out_free(&o);

	build_err(&o, "platform p\napp api {\n  image \"i\"\n  security { drop all, NET_RAWW }\n}\n",
		  "main.kp:4:19: error[E0301]: unknown capability 'all'\n"
		  "   4 |   security { drop all, NET_RAWW }\n"
		  "     |                   ^^^ did you mean 'ALL'?\n"
		  "main.kp:4:24: error[E0301]: unknown capability 'NET_RAWW'\n"
		  "   4 |   security { drop all, NET_RAWW }\n"
		  "     |                        ^^^^^^^^ did you mean 'NET_RAW'?\n");
	out_free(&o);
}

Test(lower, volumes_and_mounts)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "config conf { a = \"1\" }\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  volume tmp empty memory size 64Mi at \"/tmp\"\n"
		     "  volume cfg config conf at \"/etc/conf\" readonly\n"
		     "  volume shared claim shared-pvc\n"
		     "  mount shared at \"/srv\" sub \"api\"\n"
		     "}\n");
	struct obj *pod = at(find(&o, "Deployment", "api"), "spec.template.spec");
	expect_yaml(obj_get(pod, "volumes"), "- name: tmp\n"
					     "  emptyDir:\n"
					     "    medium: Memory\n"
					     "    sizeLimit: 64Mi\n"
					     "- name: cfg\n"
					     "  configMap:\n"
					     "    name: conf\n"
					     "- name: shared\n"
					     "  persistentVolumeClaim:\n"
					     "    claimName: shared-pvc\n");
	expect_yaml(at(pod, "containers.0.volumeMounts"), "- name: tmp\n"
							  "  mountPath: /tmp\n"
							  "- name: cfg\n"
							  "  mountPath: /etc/conf\n"
							  "  readOnly: true\n"
							  "- name: shared\n"
							  "  mountPath: /srv\n"
							  "  subPath: api\n");
	out_free(&o);
}

Test(lower, placement_and_grace)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  grace 45s\n"
		     "  placement { spread zone skew 2 hard  spread host  anti_affinity host required  node { disktype = \"ssd\" } }\n"
		     "}\n"
		     "app web { image \"w\"  placement { anti_affinity zone } }\n");
	struct obj *pod = at(find(&o, "Deployment", "api"), "spec.template.spec");
	int_at(pod, "terminationGracePeriodSeconds", 45);
	expect_yaml(obj_get(pod, "affinity"), "podAntiAffinity:\n"
					      "  requiredDuringSchedulingIgnoredDuringExecution:\n"
					      "  - labelSelector:\n"
					      "      matchLabels:\n"
					      "        app: api\n"
					      "    topologyKey: kubernetes.io/hostname\n");
	expect_yaml(obj_get(pod, "nodeSelector"), "disktype: ssd\n");
	expect_yaml(obj_get(pod, "topologySpreadConstraints"), "- labelSelector:\n"
							       "    matchLabels:\n"
							       "      app: api\n"
							       "  maxSkew: 2\n"
							       "  topologyKey: topology.kubernetes.io/zone\n"
							       "  whenUnsatisfiable: DoNotSchedule\n"
							       "- labelSelector:\n"
							       "    matchLabels:\n"
							       "      app: api\n"
							       "  maxSkew: 1\n"
							       "  topologyKey: kubernetes.io/hostname\n"
							       "  whenUnsatisfiable: ScheduleAnyway\n");
	expect_yaml(at(find(&o, "Deployment", "web"), "spec.template.spec.affinity"),
		    "podAntiAffinity:\n"
		    "  preferredDuringSchedulingIgnoredDuringExecution:\n"
		    "  - podAffinityTerm:\n"
		    "      labelSelector:\n"
		    "        matchLabels:\n"
		    "          app: web\n"
		    "      topologyKey: topology.kubernetes.io/zone\n"
		    "    weight: 100\n");
	out_free(&o);
}

Test(lower, probe_timeout_longer_than_period_warns)
{
	struct out o;
	build(&o, "platform p\napp api {\n  image \"i\"\n  port http 80\n  readiness tcp every 5s timeout 10s\n}\n");
	cr_assert(o.ok, "a warning does not fail the build:\n%s", o.diag);
	cr_assert_eq(o.u.diags.len, 1);
	cr_expect_eq(o.u.diags.items[0].sev, DIAG_SEV_WARNING);
	char *d = plain_diags(o.diag);
	cr_expect_str_eq(d, "main.kp:5:3: warning[E0302]: probe timeout (10s) is longer than its period (5s)\n"
			    "   5 |   readiness tcp every 5s timeout 10s\n"
			    "     |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n");
	free(d);
	int_at(find(&o, "Deployment", "api"), "spec.template.spec.containers.0.readinessProbe.timeoutSeconds", 10);
	out_free(&o);
}

/* ---- rollouts -------------------------------------------------------------- */

Test(lower, rolling_update)
{
	struct out o;
	build_ok(&o, "platform p\napp a { image \"a\"  rollout rolling surge 25% unavailable 0 }\n");
	expect_yaml(at(find(&o, "Deployment", "a"), "spec.strategy"), "rollingUpdate:\n"
								      "  maxSurge: 25%\n"
								      "  maxUnavailable: 0\n"
								      "type: RollingUpdate\n");
	out_free(&o);
}

Test(lower, canary_split)
{
	struct out o;
	build_ok(&o, "platform p\napp api { image \"i\"  replicas 5  port http 80  rollout canary 10% }\n"
		     "app half { image \"h\"  replicas 3  rollout canary 50% }\n");
	struct obj *stable = find(&o, "Deployment", "api");
	struct obj *canary = find(&o, "Deployment", "api-canary");
	int_at(stable, "spec.replicas", 4);
	int_at(canary, "spec.replicas", 1);
	str_at(stable, "metadata.labels.track", "stable");
	str_at(stable, "spec.selector.matchLabels.track", "stable");
	str_at(stable, "spec.template.metadata.labels.track", "stable");
	str_at(canary, "metadata.labels.track", "canary");
	str_at(canary, "spec.selector.matchLabels.app", "api");
	str_at(canary, "spec.selector.matchLabels.track", "canary");
	str_at(canary, "spec.template.metadata.labels.track", "canary");
	str_at(canary, "spec.template.spec.containers.0.name", "api");
	/* one Service over both tracks */
	cr_expect_eq(count(&o, "Service"), 1);
	expect_yaml(at(find(&o, "Service", "api"), "spec.selector"), "app: api\n");
	int_at(find(&o, "Deployment", "half"), "spec.replicas", 1);
	int_at(find(&o, "Deployment", "half-canary"), "spec.replicas", 2);
	out_free(&o);

	build_err(&o, "platform p\napp api {\n  image \"i\"\n  rollout canary 10%\n}\n",
		  "main.kp:4:18: error[E0302]: a canary of 1 replica leaves no stable replica\n"
		  "   4 |   rollout canary 10%\n"
		  "     |                  ^^^\n"
		  "  = help: raise `replicas` to at least 2\n");
	out_free(&o);
}

Test(lower, blue_green)
{
	struct out o;
	build_ok(&o, "platform p\napp api { image \"i\"  replicas 2  port http 8080  autoscale 2..6  rollout blue-green }\n");
	struct obj *blue = find(&o, "Deployment", "api-blue");
	struct obj *green = find(&o, "Deployment", "api-green");
	cr_expect_eq(count(&o, "Deployment"), 2);
	/* the active slot is the HPA's; the preview slot keeps the app's count */
	cr_expect_null(at(blue, "spec.replicas"), "the HPA's target has no replicas");
	int_at(green, "spec.replicas", 2);
	str_at(blue, "metadata.labels.slot", "blue");
	str_at(blue, "spec.selector.matchLabels.slot", "blue");
	str_at(green, "spec.template.metadata.labels.slot", "green");
	expect_yaml(at(find(&o, "Service", "api"), "spec.selector"), "app: api\nslot: blue\n");
	expect_yaml(at(find(&o, "Service", "api-preview"), "spec.selector"), "app: api\nslot: green\n");
	str_at(find(&o, "HorizontalPodAutoscaler", "api"), "spec.scaleTargetRef.name", "api-blue");
	out_free(&o);

	build_ok(&o, "platform p\napp api { image \"i\"  port http 8080  vertical  autoscale 1..3  rollout blue-green active green }\n");
	expect_yaml(at(find(&o, "Service", "api"), "spec.selector"), "app: api\nslot: green\n");
	expect_yaml(at(find(&o, "Service", "api-preview"), "spec.selector"), "app: api\nslot: blue\n");
	str_at(find(&o, "HorizontalPodAutoscaler", "api"), "spec.scaleTargetRef.name", "api-green");
	str_at(find(&o, "VerticalPodAutoscaler", "api"), "spec.targetRef.name", "api-green");
	out_free(&o);
}

/* ---- scaling, availability, traffic, identity ---------------------------- */

Test(lower, hpa_fields_and_behaviour)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  autoscale 3..20 {\n"
		     "    cpu 70%\n"
		     "    memory 80%\n"
		     "    up { pods 2 per 60s  window 60s }\n"
		     "    down { window 5m  select min  percent 10% per 1m }\n"
		     "  }\n"
		     "}\n");
	cr_expect_null(at(find(&o, "Deployment", "api"), "spec.replicas"), "autoscale without replicas leaves the count out");
	expect_yaml(find(&o, "HorizontalPodAutoscaler", "api"), "apiVersion: autoscaling/v2\n"
								"kind: HorizontalPodAutoscaler\n"
								"metadata:\n"
								"  name: api\n"
								"  namespace: default\n"
								"  labels:\n"
								"    app: api\n"
								"spec:\n"
								"  behavior:\n"
								"    scaleDown:\n"
								"      stabilizationWindowSeconds: 300\n"
								"      selectPolicy: Min\n"
								"      policies:\n"
								"      - periodSeconds: 60\n"
								"        type: Percent\n"
								"        value: 10\n"
								"    scaleUp:\n"
								"      stabilizationWindowSeconds: 60\n"
								"      policies:\n"
								"      - periodSeconds: 60\n"
								"        type: Pods\n"
								"        value: 2\n"
								"  maxReplicas: 20\n"
								"  metrics:\n"
								"  - type: Resource\n"
								"    resource:\n"
								"      name: cpu\n"
								"      target:\n"
								"        averageUtilization: 70\n"
								"        type: Utilization\n"
								"  - type: Resource\n"
								"    resource:\n"
								"      name: memory\n"
								"      target:\n"
								"        averageUtilization: 80\n"
								"        type: Utilization\n"
								"  minReplicas: 3\n"
								"  scaleTargetRef:\n"
								"    apiVersion: apps/v1\n"
								"    kind: Deployment\n"
								"    name: api\n");
	out_free(&o);

	/* with replicas given too, the HPA still owns the count */
	build_ok(&o, "platform p\napp api { image \"i\"  replicas 4  autoscale 2..8 }\n");
	cr_expect_null(at(find(&o, "Deployment", "api"), "spec.replicas"), "the HPA's target has no replicas");
	cr_expect_null(at(find(&o, "HorizontalPodAutoscaler", "api"), "spec.metrics"));
	out_free(&o);

	build_err(&o, "platform p\napp api {\n  image \"i\"\n  autoscale 5..2\n}\napp b {\n  image \"i\"\n  autoscale 2..3 { cpu 0% }\n}\n",
		  "main.kp:4:13: error[E0304]: minimum replicas 5 is larger than maximum 2\n"
		  "   4 |   autoscale 5..2\n"
		  "     |             ^^^^\n"
		  "main.kp:8:24: error[E0302]: utilization target must be between 1% and 1000%\n"
		  "   8 |   autoscale 2..3 { cpu 0% }\n"
		  "     |                        ^^\n");
	out_free(&o);
}

Test(lower, vpa)
{
	struct out o;
	build_ok(&o, "platform p\napp api { image \"i\"  kind statefulset  vertical { mode auto  cpu 100m..2  memory 128Mi..4Gi } }\n");
	expect_yaml(find(&o, "VerticalPodAutoscaler", "api"), "apiVersion: autoscaling.k8s.io/v1\n"
							      "kind: VerticalPodAutoscaler\n"
							      "metadata:\n"
							      "  name: api\n"
							      "  namespace: default\n"
							      "  labels:\n"
							      "    app: api\n"
							      "spec:\n"
							      "  resourcePolicy:\n"
							      "    containerPolicies:\n"
							      "    - containerName: api\n"
							      "      maxAllowed:\n"
							      "        cpu: \"2\"\n"
							      "        memory: 4Gi\n"
							      "      minAllowed:\n"
							      "        cpu: 100m\n"
							      "        memory: 128Mi\n"
							      "  targetRef:\n"
							      "    apiVersion: apps/v1\n"
							      "    kind: StatefulSet\n"
							      "    name: api\n"
							      "  updatePolicy:\n"
							      "    updateMode: Auto\n");
	out_free(&o);

	build_err(&o, "platform p\napp j {\n  kind job\n  image \"i\"\n  vertical\n}\n",
		  "main.kp:5:3: error[E0210]: a job cannot be scaled vertically\n"
		  "   5 |   vertical\n"
		  "     |   ^^^^^^^^\n");
	out_free(&o);
}

Test(lower, pdb)
{
	struct out o;
	build_ok(&o, "platform p\napp a { image \"a\"  budget min_available 2 }\napp b { image \"b\"  budget max_unavailable 25% }\n");
	expect_yaml(find(&o, "PodDisruptionBudget", "a"), "apiVersion: policy/v1\n"
							  "kind: PodDisruptionBudget\n"
							  "metadata:\n"
							  "  name: a\n"
							  "  namespace: default\n"
							  "  labels:\n"
							  "    app: a\n"
							  "spec:\n"
							  "  minAvailable: 2\n"
							  "  selector:\n"
							  "    matchLabels:\n"
							  "      app: a\n");
	struct obj *mu = at(find(&o, "PodDisruptionBudget", "b"), "spec.maxUnavailable");
	cr_assert_not_null(mu);
	cr_expect_eq(mu->kind, OBJ_STR);
	cr_expect(sv_eqc(mu->s, "25%"));
	out_free(&o);

	build_err(&o, "platform p\napp a {\n  image \"a\"\n  budget min_available 150%\n}\n",
		  "main.kp:4:24: error[E0302]: a percentage is at most 100%\n"
		  "   4 |   budget min_available 150%\n"
		  "     |                        ^^^^\n");
	out_free(&o);
}

Test(lower, network_policy)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "namespace shop\n"
		     "app web { image \"w\"  port http 80 }\n"
		     "app api {\n"
		     "  image \"i\"\n"
		     "  port http 8080\n"
		     "  allow from app web, admin on http, 9090\n"
		     "}\n"
		     "app metrics { image \"m\"  allow from namespace monitoring }\n"
		     "namespace ops\n"
		     "app admin { image \"a\" }\n");
	expect_yaml(find(&o, "NetworkPolicy", "api-ingress"), "apiVersion: networking.k8s.io/v1\n"
							      "kind: NetworkPolicy\n"
							      "metadata:\n"
							      "  name: api-ingress\n"
							      "  namespace: shop\n"
							      "  labels:\n"
							      "    app: api\n"
							      "spec:\n"
							      "  ingress:\n"
							      "  - from:\n"
							      "    - podSelector:\n"
							      "        matchLabels:\n"
							      "          app: web\n"
							      "    - podSelector:\n"
							      "        matchLabels:\n"
							      "          app: admin\n"
							      "      namespaceSelector:\n"
							      "        matchLabels:\n"
							      "          kubernetes.io/metadata.name: ops\n"
							      "    ports:\n"
							      "    - port: http\n"
							      "      protocol: TCP\n"
							      "    - port: 9090\n"
							      "      protocol: TCP\n"
							      "  podSelector:\n"
							      "    matchLabels:\n"
							      "      app: api\n"
							      "  policyTypes:\n"
							      "  - Ingress\n");
	expect_yaml(at(find(&o, "NetworkPolicy", "metrics-ingress"), "spec.ingress"),
		    "- from:\n"
		    "  - namespaceSelector:\n"
		    "      matchLabels:\n"
		    "        kubernetes.io/metadata.name: monitoring\n");
	out_free(&o);

	build_err(&o, "platform p\napp web { image \"w\" }\napp api {\n  image \"i\"\n  port http 80\n  allow from app webb on htp\n}\n",
		  "main.kp:6:18: error[E0204]: no app named 'webb'\n"
		  "   6 |   allow from app webb on htp\n"
		  "     |                  ^^^^ did you mean 'web'?\n"
		  "main.kp:6:26: error[E0204]: no port named 'htp'\n"
		  "   6 |   allow from app webb on htp\n"
		  "     |                          ^^^ did you mean 'http'?\n");
	out_free(&o);
}

Test(lower, account_role_and_binding)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "namespace shop\n"
		     "app a {\n"
		     "  image \"a\"\n"
		     "  account robot {\n"
		     "    allow get, list on pods\n"
		     "    allow get on deployments in apps\n"
		     "    automount false\n"
		     "  }\n"
		     "}\n"
		     "app b { image \"b\"  account robot }\n");
	cr_expect_eq(count(&o, "ServiceAccount"), 1, "the shared account is emitted once");
	cr_expect_eq(count(&o, "Role"), 1);
	cr_expect_eq(count(&o, "RoleBinding"), 1);
	str_at(find(&o, "ServiceAccount", "robot"), "metadata.namespace", "shop");
	expect_yaml(at(find(&o, "Role", "robot"), "rules"), "- apiGroups:\n"
							    "  - \"\"\n"
							    "  resources:\n"
							    "  - pods\n"
							    "  verbs:\n"
							    "  - get\n"
							    "  - list\n"
							    "- apiGroups:\n"
							    "  - apps\n"
							    "  resources:\n"
							    "  - deployments\n"
							    "  verbs:\n"
							    "  - get\n");
	struct obj *rb = find(&o, "RoleBinding", "robot");
	expect_yaml(obj_get(rb, "roleRef"), "apiGroup: rbac.authorization.k8s.io\n"
					    "kind: Role\n"
					    "name: robot\n");
	expect_yaml(obj_get(rb, "subjects"), "- kind: ServiceAccount\n"
					     "  name: robot\n"
					     "  namespace: shop\n");
	struct obj *pa = at(find(&o, "Deployment", "a"), "spec.template.spec");
	str_at(pa, "serviceAccountName", "robot");
	bool_at(pa, "automountServiceAccountToken", false);
	str_at(find(&o, "Deployment", "b"), "spec.template.spec.serviceAccountName", "robot");
	out_free(&o);
}

Test(lower, ingress_with_tls)
{
	struct out o;
	build_ok(&o, "platform p\n"
		     "secret site-tls { type tls  external }\n"
		     "app web { image \"w\"  port admin 9000  port http 8080 as 80\n"
		     "  ingress \"shop.example.com\" path \"/api\" port http tls site-tls class nginx }\n");
	cr_expect_eq(count(&o, "Secret"), 0, "an external secret is not emitted");
	expect_yaml(at(find(&o, "Ingress", "web"), "spec"), "ingressClassName: nginx\n"
							    "rules:\n"
							    "- host: shop.example.com\n"
							    "  http:\n"
							    "    paths:\n"
							    "    - backend:\n"
							    "        service:\n"
							    "          name: web\n"
							    "          port:\n"
							    "            name: http\n"
							    "      path: /api\n"
							    "      pathType: Prefix\n"
							    "tls:\n"
							    "- hosts:\n"
							    "  - shop.example.com\n"
							    "  secretName: site-tls\n");
	out_free(&o);

	build_err(&o, "platform p\napp web {\n  image \"w\"\n  port http 80\n  ingress \"h.example.com\" tls nope\n}\n",
		  "main.kp:5:31: error[E0204]: no secret named 'nope'\n"
		  "   5 |   ingress \"h.example.com\" tls nope\n"
		  "     |                               ^^^^\n");
	out_free(&o);
}

/* ---- secrets and configs ------------------------------------------------- */

Test(lower, secrets_from_secrets_env)
{
	unsetenv("KPC_SECRET_CREDS_TOKEN");
	unsetenv("KPC_SECRET_CREDS_USERNAME");
	unsetenv("KPC_SECRET_CREDS_PASSWORD");
	struct out o;
	build_full(&o, "platform p\nsecret creds { keys username, password }\n", NULL,
		   "# dev values\nKPC_SECRET_CREDS_USERNAME=admin\n\nexport KPC_SECRET_CREDS_PASSWORD=\"s3cr3t value\"\n");
	cr_assert(o.ok, "%s", o.diag);
	expect_yaml(find(&o, "Secret", "creds"), "apiVersion: v1\n"
						 "kind: Secret\n"
						 "metadata:\n"
						 "  name: creds\n"
						 "  namespace: default\n"
						 "type: Opaque\n"
						 "data:\n"
						 "  password: czNjcjN0IHZhbHVl\n"
						 "  username: YWRtaW4=\n");
	cr_expect(find(&o, "Secret", "creds")->kind == OBJ_MAP);
	cr_expect(at(find(&o, "Secret", "creds"), "data.username")->secret);
	out_free(&o);

	/* a missing value is an error that shows no value */
	build_full(&o, "platform p\nsecret creds { keys username, password, token }\n", NULL,
		   "KPC_SECRET_CREDS_USERNAME=admin\nKPC_SECRET_CREDS_PASSWORD=s3cr3t\n");
	cr_expect_not(o.ok);
	cr_expect_eq(o.u.diags.nerrors, 1);
	cr_assert_eq(o.u.diags.len, 1);
	cr_expect_eq(o.u.diags.items[0].code, DIAG_E0401);
	cr_expect_str_eq(o.u.diags.items[0].msg, "no value for key 'token' of secret 'creds'");
	cr_expect_str_eq(o.u.diags.items[0].help, "set the environment variable KPC_SECRET_CREDS_TOKEN, or add it to SECRETS.env");
	cr_expect_null(strstr(o.diag, "admin"), "a secret value in a diagnostic:\n%s", o.diag);
	cr_expect_null(strstr(o.diag, "s3cr3t"), "a secret value in a diagnostic:\n%s", o.diag);
	cr_expect_null(strstr(o.diag, "YWRtaW4"), "an encoded secret value in a diagnostic:\n%s", o.diag);
	out_free(&o);

	/* a prefix */
	build_full(&o, "platform p\nsecret db { keys pass  from env \"MYAPP_\" }\n", NULL, "MYAPP_PASS=x\n");
	cr_assert(o.ok, "%s", o.diag);
	str_at(find(&o, "Secret", "db"), "data.pass", "eA==");
	out_free(&o);
}

static char *checksum_of(const char *src)
{
	struct out o;
	build_ok(&o, src);
	struct obj *ann = at(find(&o, "Deployment", "api"), "spec.template.metadata.annotations");
	struct obj *c = obj_get(ann, "kpc.dev/config-checksum");
	cr_assert_not_null(c, "no checksum annotation");
	cr_assert_eq(c->kind, OBJ_STR);
	cr_expect_eq(c->s.len, 16);
	char *r = strndup(c->s.p, c->s.len);
	out_free(&o);
	return r;
}

Test(lower, config_checksum)
{
	const char *base = "platform p\nconfig used { k = \"1\"  j = \"2\" }\nconfig other { z = \"1\" }\n"
			   "app api { image \"i\"  env { K = config used.k } }\n";
	char *a = checksum_of(base);
	char *changed_src = str_replace_all(base, "k = \"1\"", "k = \"9\"");
	char *b = checksum_of(changed_src);
	char *unrelated_src = str_replace_all(base, "z = \"1\"", "z = \"9\"");
	char *c = checksum_of(unrelated_src);
	char *other_key_src = str_replace_all(base, "j = \"2\"", "j = \"3\"");
	char *d = checksum_of(other_key_src);
	cr_expect_str_neq(a, b, "changing a value of the referenced config changes the checksum");
	cr_expect_str_eq(a, c, "changing an unrelated config leaves the checksum");
	cr_expect_str_neq(a, d, "the checksum covers the whole referenced config");
	free(a);
	free(b);
	free(c);
	free(d);
	free(changed_src);
	free(unrelated_src);
	free(other_key_src);

	/* configs used through env from and volumes count too; an app with
	 * no config has no annotation */
	struct out o;
	build_ok(&o, "platform p\nconfig c { k = \"1\" }\n"
		     "app api { image \"i\"  volume v config c at \"/c\"  pod_annotations { note = \"x\" } }\n"
		     "app plain { image \"i\" }\n");
	struct obj *ann = at(find(&o, "Deployment", "api"), "spec.template.metadata.annotations");
	cr_assert_not_null(ann);
	cr_assert_eq(ann->map.len, 2);
	cr_expect(sv_eqc(ann->map.items[0].key, "kpc.dev/config-checksum"));
	cr_expect(sv_eqc(ann->map.items[1].key, "note"));
	cr_expect_null(at(find(&o, "Deployment", "plain"), "spec.template.metadata.annotations"));
	out_free(&o);
}

/* ---- the whole output ---------------------------------------------------- */

static const char order_platform[] = "platform p\n"
				     "namespace zeta\n"
				     "config cfg { a = \"1\" }\n"
				     "secret sec { keys k  type opaque }\n"
				     "app web { image \"w\"  port http 80  account bot { allow get on pods }  budget min_available 1\n"
				     "  autoscale 1..3  vertical  allow from any  ingress \"w.example.com\" }\n"
				     "app db { kind statefulset  image \"d\"  port pg 5432 }\n"
				     "app cron { kind cronjob  image \"c\"  schedule \"* * * * *\" }\n"
				     "app once { kind job  image \"o\" }\n"
				     "app agent { kind daemonset  image \"a\" }\n"
				     "namespace alpha\n"
				     "app web { image \"w\" }\n";

Test(lower, output_order)
{
	struct out o;
	/* `web` in two namespaces is an error: name the second one `web2` */
	char *src = str_replace_all(order_platform, "namespace alpha\napp web {", "namespace alpha\napp web2 {");
	struct kpc_options opt = {.no_secret_values = true};
	build_full(&o, src, &opt, NULL);
	cr_assert(o.ok, "%s", o.diag);
	static const char *const want[][3] = {
		{"Namespace", "", "alpha"},
		{"Namespace", "", "zeta"},
		{"ServiceAccount", "zeta", "bot"},
		{"Role", "zeta", "bot"},
		{"RoleBinding", "zeta", "bot"},
		{"ConfigMap", "zeta", "cfg"},
		{"Secret", "zeta", "sec"},
		{"Service", "zeta", "db"},
		{"Service", "zeta", "web"},
		{"Deployment", "alpha", "web2"},
		{"Deployment", "zeta", "web"},
		{"StatefulSet", "zeta", "db"},
		{"CronJob", "zeta", "cron"},
		{"PodDisruptionBudget", "zeta", "web"},
		/* the rest by group_version_kind, as kustomize sorts them */
		{"DaemonSet", "zeta", "agent"},
		{"VerticalPodAutoscaler", "zeta", "web"},
		{"HorizontalPodAutoscaler", "zeta", "web"},
		{"Job", "zeta", "once"},
		{"Ingress", "zeta", "web"},
		{"NetworkPolicy", "zeta", "web-ingress"},
	};
	cr_assert_eq(o.u.objects.len, KPC_ARRAY_LEN(want), "%u objects", o.u.objects.len);
	for (uint32_t i = 0; i < o.u.objects.len; i++) {
		const struct k8s_obj *k = &o.u.objects.items[i];
		cr_expect(!strcmp(k->kind, want[i][0]) && !strcmp(k->ns, want[i][1]) && !strcmp(k->name, want[i][2]),
			  "object %u is %s %s/%s, expected %s %s/%s", i, k->kind, k->ns, k->name, want[i][0], want[i][1],
			  want[i][2]);
	}
	out_free(&o);
	free(src);
}

Test(lower, determinism)
{
	char *src = str_replace_all(order_platform, "namespace alpha\napp web {", "namespace alpha\napp web2 {");
	struct kpc_options opt = {.no_secret_values = true};
	char *outs[2];
	for (int i = 0; i < 2; i++) {
		struct out o;
		build_full(&o, src, &opt, NULL);
		cr_assert(o.ok, "%s", o.diag);
		outs[i] = o.yaml;
		o.yaml = NULL;
		out_free(&o);
	}
	cr_expect_str_eq(outs[0], outs[1]);
	free(outs[0]);
	free(outs[1]);
	free(src);
}

Test(lower, same_object_twice)
{
	struct out o;
	build_err(&o, "platform p\napp x {\n  image \"x\"\n  port http 80\n  service clusterip name web\n}\n"
		      "app web {\n  image \"w\"\n  port http 80\n}\n",
		  "main.kp:7:5: error[E0203]: two declarations produce Service 'web' in namespace default\n"
		  "   7 | app web {\n"
		  "     |     ^^^\n"
		  "main.kp:5:3: note: the other one\n"
		  "   5 |   service clusterip name web\n"
		  "     |   ^^^^^^^^^^^^^^^^^^^^^^^^^^\n");
	out_free(&o);
}

/* The emitter checks eight bytes at a time: a character that needs quotes
 * is found at every position of strings of every length around a word. */
Test(lower, plain_scalar_check_at_every_position)
{
	static const char *const bad[] = {": ", " #", "\x01", "\t", "\x7f", "\xc3\xa9", "\n"};
	char s[40];
	for (size_t len = 1; len <= 24; len++) {
		memset(s, 'a', len);
		cr_assert(yaml_plain_safe((struct sv){s, len}), "%zu letters", len);
		for (size_t b = 0; b < KPC_ARRAY_LEN(bad); b++) {
			size_t n = strlen(bad[b]);
			for (size_t at = 1; at + n < len; at++) {
				memset(s, 'a', len);
				memcpy(s + at, bad[b], n);
				cr_assert(!yaml_plain_safe((struct sv){s, len}), "bad %zu at %zu of %zu", b, at, len);
			}
		}
		/* ':' and '#' alone are plain inside a word */
		for (size_t at = 1; at + 1 < len; at++) {
			memset(s, 'a', len);
			s[at] = at % 2 ? ':' : '#';
			cr_assert(yaml_plain_safe((struct sv){s, len}), "'%c' at %zu of %zu", s[at], at, len);
		}
	}
	static const char *const quoted[] = {"yes", "No", "ON", "null", "~", "true", "FALSE", "<<", "=", "1", "0x1F",
					     "1e3", "-1", ".5", "1:30", "-", "a:", "a ", " a", "#a", "&a", "*a", "!a", "%a"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(quoted); i++)
		cr_assert(!yaml_plain_safe(sv_from(quoted[i])), "'%s' is plain", quoted[i]);
	static const char *const plain[] = {"y1", "nope", "yesterday", "online", "trueish", "1Gi", "500m", "a:b", "a#b",
					    "registry.example.com/app:1.0.0", "kubernetes.io/hostname", "Opaque"};
	for (size_t i = 0; i < KPC_ARRAY_LEN(plain); i++)
		cr_assert(yaml_plain_safe(sv_from(plain[i])), "'%s' is quoted", plain[i]);
}

/* obj_deep_eq (kustomize's and diff's equality): maps compare as sets of
 * keys, sequences in order, scalars by kind and value; a value deeper than
 * its small stack of pairs is compared the same way. */
Test(obj, deep_equality)
{
	struct arena a;
	arena_init(&a);
	struct span sp = {0};
	struct obj *m1 = obj_map(&a, sp), *m2 = obj_map(&a, sp);
	obj_set(&a, m1, "x", obj_int(&a, 1, sp));
	obj_set(&a, m1, "y", obj_str(&a, sv_from("v"), sp));
	obj_set(&a, m2, "y", obj_str(&a, sv_from("v"), sp));
	obj_set(&a, m2, "x", obj_int(&a, 1, sp));
	cr_expect(obj_deep_eq(m1, m2), "key order does not matter");
	cr_expect(obj_deep_eq(NULL, NULL));
	cr_expect(!obj_deep_eq(m1, NULL));
	cr_expect(!obj_deep_eq(obj_int(&a, 1, sp), obj_str(&a, sv_from("1"), sp)), "an int is not a string");
	struct obj *s1 = obj_seq(&a, sp), *s2 = obj_seq(&a, sp);
	obj_push(&a, s1, obj_int(&a, 1, sp));
	obj_push(&a, s1, obj_int(&a, 2, sp));
	obj_push(&a, s2, obj_int(&a, 2, sp));
	obj_push(&a, s2, obj_int(&a, 1, sp));
	cr_expect(!obj_deep_eq(s1, s2), "sequence order matters");
	obj_set(&a, m2, "z", obj_bool(&a, true, sp));
	cr_expect(!obj_deep_eq(m1, m2), "an extra key differs");
	/* 200 levels and 100 wide: past the 64 pairs kept on the stack */
	struct obj *d1 = obj_int(&a, 7, sp), *d2 = obj_int(&a, 7, sp);
	for (int i = 0; i < 200; i++) {
		struct obj *n1 = obj_seq(&a, sp), *n2 = obj_seq(&a, sp);
		for (int k = 0; k < 100; k++) {
			obj_push(&a, n1, k ? obj_int(&a, k, sp) : d1);
			obj_push(&a, n2, k ? obj_int(&a, k, sp) : d2);
		}
		d1 = n1;
		d2 = n2;
	}
	cr_expect(obj_deep_eq(d1, d2));
	struct obj *leaf = d2;
	for (int i = 0; i < 200; i++)
		leaf = leaf->seq.items[0];
	leaf->i = 8;
	cr_expect(!obj_deep_eq(d1, d2), "the deepest leaf differs");
	arena_free(&a);
}
