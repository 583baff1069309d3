// Offline validation of everything under deploy/ that a cluster would receive.
//
// 1. Renders deploy/k8s/overlays/{dev,prod} with render.mjs; where `kubectl kustomize` exists it renders them
//    with kubectl too and fails if the two differ (so render.mjs stays faithful to Kustomize).
// 2. Validates every rendered object against the Kubernetes OpenAPI schemas (npm kubernetes-models), Gateway API
//    (@kubernetes-models/gateway-api), Strimzi KafkaTopic (@kubernetes-models/strimzi-kafka-operator, generated from
//    Strimzi's CRDs) and every PrometheusRule in deploy/observability against the prometheus-operator schemas.
//    KeycloakRealmImport has no package: its CRD schema is vendored in schemas/ (crd-schemas.mjs). CloudNativePG
//    Cluster gets structural checks written here. An object of any other kind fails: nothing passes unvalidated.
//    The schemas accept unknown fields, so every object is also type-checked with tsc against the models'
//    TypeScript interfaces: excess-property checks reject a misspelt field (as `kubectl apply --validate=strict` would).
// 3. Checks the suite's own rules: hardened Deployments (non-root, read-only root fs, dropped capabilities,
//    probes on /q/health/*, 512Mi limit), each Deployment has its Service, HPA, PDB and NetworkPolicy, the
//    topics are exactly platform/events Topics.ALL plus their .dlq with the right partitions and policies,
//    two replicas in prod.
//
// Usage: node validate.mjs [repository root]   (exit 1 on any failure)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parser as promql } from '@prometheus-io/lezer-promql';
import { build } from './render.mjs';
import { crdErrors, hasCrdSchema } from './crd-schemas.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, '..', '..'));
const OVERLAYS = ['dev', 'prod'];
const failures = [];
let checks = 0;

function check(condition, message) {
  checks++;
  if (!condition) failures.push(message);
}

function id(obj) {
  return `${obj.kind}/${obj.metadata?.namespace ?? '-'}/${obj.metadata?.name}`;
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

function kubectlRender(dir) {
  try {
    const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return YAML.parseAllDocuments(out).map((d) => d.toJS()).filter(Boolean);
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw new Error(`kubectl kustomize ${dir} failed: ${e.stderr || e.message}`);
  }
}

// --- schemas -------------------------------------------------------------------------------------------
const modelCache = new Map();
async function model(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    let mod = null;
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    try {
      if (group === 'monitoring.coreos.com') {
        mod = await import(`@kubernetes-models/prometheus-operator/${group}/${version}`);
      } else if (group === 'gateway.networking.k8s.io') {
        mod = await import(`@kubernetes-models/gateway-api/${group}/${version}`);
      } else if (group === 'kafka.strimzi.io') {
        mod = await import(`@kubernetes-models/strimzi-kafka-operator/${group}/${version}`);
      } else if (!group.includes('.') || group.endsWith('.k8s.io')) {
        mod = await import(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
      }
    } catch {
      mod = null;
    }
    modelCache.set(key, mod?.[kind] ?? null);
  }
  return modelCache.get(key);
}

const QUANTITY = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// Strimzi KafkaTopic (kafka.strimzi.io/v1, validated with @kubernetes-models/strimzi-kafka-operator, generated from
// Strimzi's published CRDs): what the schema cannot say.
function checkKafkaTopic(t) {
  const where = id(t);
  check(t.apiVersion === 'kafka.strimzi.io/v1', `${where}: apiVersion must be kafka.strimzi.io/v1 (v1beta2 is deprecated)`);
  check(typeof t.metadata.labels?.['strimzi.io/cluster'] === 'string', `${where}: needs label strimzi.io/cluster`);
  check(DNS_LABEL.test(t.metadata.name), `${where}: name must be a DNS label`);
  const s = t.spec ?? {};
  const allowed = ['topicName', 'partitions', 'replicas', 'config'];
  for (const k of Object.keys(s)) check(allowed.includes(k), `${where}: unknown spec field ${k}`);
  check(typeof s.topicName === 'string' && /^[a-zA-Z0-9._-]{1,249}$/.test(s.topicName), `${where}: topicName invalid`);
  check(Number.isInteger(s.partitions) && s.partitions >= 1, `${where}: partitions must be an integer ≥ 1`);
  check(Number.isInteger(s.replicas) && s.replicas >= 1 && s.replicas <= 32767, `${where}: replicas must be an integer ≥ 1`);
  for (const [k, v] of Object.entries(s.config ?? {})) {
    check(['string', 'number', 'boolean'].includes(typeof v), `${where}: config ${k} must be a scalar`);
  }
  const minIsr = Number(s.config?.['min.insync.replicas'] ?? 1);
  check(minIsr <= s.replicas, `${where}: min.insync.replicas ${minIsr} > replicas ${s.replicas}`);
  check(['compact', 'delete', 'compact,delete', undefined].includes(s.config?.['cleanup.policy']), `${where}: cleanup.policy invalid`);
}

// CloudNativePG Cluster (postgresql.cnpg.io/v1): required fields and types of what the suite sets.
function checkCnpgCluster(c) {
  const where = id(c);
  check(c.apiVersion === 'postgresql.cnpg.io/v1', `${where}: apiVersion must be postgresql.cnpg.io/v1`);
  const s = c.spec ?? {};
  const allowed = ['description', 'instances', 'imageName', 'primaryUpdateStrategy', 'postgresql', 'bootstrap', 'storage',
    'resources', 'monitoring', 'minSyncReplicas', 'maxSyncReplicas', 'affinity', 'backup'];
  for (const k of Object.keys(s)) check(allowed.includes(k), `${where}: unexpected spec field ${k}`);
  check(Number.isInteger(s.instances) && s.instances >= 1, `${where}: instances must be an integer ≥ 1`);
  check(typeof s.storage?.size === 'string' && QUANTITY.test(s.storage.size), `${where}: storage.size must be a quantity`);
  check(['unsupervised', 'supervised'].includes(s.primaryUpdateStrategy ?? 'unsupervised'), `${where}: primaryUpdateStrategy invalid`);
  const initdb = s.bootstrap?.initdb;
  check(typeof initdb?.database === 'string' && typeof initdb?.owner === 'string', `${where}: bootstrap.initdb needs database and owner`);
  for (const [k, v] of Object.entries(s.postgresql?.parameters ?? {})) {
    check(typeof v === 'string', `${where}: postgresql.parameters.${k} must be a string`);
  }
  if (s.maxSyncReplicas !== undefined) {
    check(s.maxSyncReplicas < s.instances && (s.minSyncReplicas ?? 0) <= s.maxSyncReplicas,
      `${where}: sync replicas must be fewer than instances`);
  }
  for (const [k, v] of Object.entries({ ...(s.resources?.requests ?? {}), ...(s.resources?.limits ?? {}) })) {
    check(QUANTITY.test(String(v)), `${where}: resources ${k} must be a quantity`);
  }
}

// KeycloakRealmImport: in Keycloak's namespace, every ${PLACEHOLDER} of the realm given from a Secret, and the
// audience mapper (PRESSINFO_TOKEN_AUDIENCE) on every client of the suite.
function checkRealmImport(r, origin) {
  const where = `${origin}: ${id(r)}`;
  check(r.metadata.namespace === 'keycloak', `${where}: must be in Keycloak's namespace keycloak`);
  const used = new Set([...JSON.stringify(r.spec.realm).matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]));
  for (const name of used) check(Boolean(r.spec.placeholders?.[name]?.secret?.name), `${where}: \${${name}} has no placeholder from a Secret`);
  for (const client of r.spec.realm.clients ?? []) {
    check((client.protocolMappers ?? []).some((m) => m.protocolMapper === 'oidc-audience-mapper'
      && m.config?.['included.custom.audience'] === 'pressinfo-api' && m.config?.['access.token.claim'] === 'true'),
    `${where}: client ${client.clientId} needs the audience mapper for pressinfo-api`);
  }
}

// Objects to type-check: the module of their model's interface, and where they come from.
const typed = [];

async function validateSchema(obj, origin) {
  if (hasCrdSchema(obj)) {
    for (const error of crdErrors(obj)) failures.push(`${origin}: ${id(obj)}: ${error}`);
    checks++;
  } else if (obj.kind === 'KeycloakRealmImport') {
    failures.push(`${origin}: ${id(obj)}: no schema for ${obj.apiVersion} ${obj.kind}`);
    return;
  }
  if (obj.kind === 'KeycloakRealmImport') return checkRealmImport(obj, origin);
  if (obj.kind === 'KafkaTopic') checkKafkaTopic(obj);
  if (obj.kind === 'Cluster' && obj.apiVersion?.startsWith('postgresql.cnpg.io/')) return checkCnpgCluster(obj);
  const Model = await model(obj.apiVersion, obj.kind);
  check(Model !== null, `${origin}: ${id(obj)}: no schema for ${obj.apiVersion} ${obj.kind}`);
  if (!Model) return;
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  const module = group === 'monitoring.coreos.com'
    ? `@kubernetes-models/prometheus-operator/${group}/${version}/${obj.kind}`
    : group === 'gateway.networking.k8s.io'
      ? `@kubernetes-models/gateway-api/${group}/${version}/${obj.kind}`
      : group === 'kafka.strimzi.io'
        ? `@kubernetes-models/strimzi-kafka-operator/${group}/${version}/${obj.kind}`
        : `kubernetes-models/${group ? `${group}/` : ''}${version}/${obj.kind}`;
  typed.push({ where: `${origin}: ${id(obj)}`, module, type: `I${obj.kind}`, obj });
  try {
    new Model(obj).validate();
    checks++;
  } catch (e) {
    failures.push(`${origin}: ${id(obj)}: ${e.message}`);
  }
}

// --- the suite's rules ---------------------------------------------------------------------------------
function topicsFromSource() {
  const file = path.join(root, 'platform/events/src/main/java/vn/gov/pressinfo/events/Topics.java');
  const src = fs.readFileSync(file, 'utf8');
  const constants = Object.fromEntries([...src.matchAll(/static final String (\w+) = "([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const list = (name) => {
    const m = new RegExp(`List<String> ${name} = List\\.of\\(([^)]*)\\)`).exec(src);
    return m ? m[1].split(',').map((s) => constants[s.trim()]).filter(Boolean) : [];
  };
  return { all: list('ALL'), compacted: list('COMPACTED'), single: list('SINGLE_PARTITION') };
}

function checkSuiteRules(overlay, objects) {
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  for (const d of byKind('Deployment')) {
    const where = `${overlay}: ${id(d)}`;
    const pod = d.spec.template.spec;
    const name = d.metadata.name;
    check(pod.securityContext?.runAsNonRoot === true, `${where}: pod must runAsNonRoot`);
    check(pod.automountServiceAccountToken === false, `${where}: must not mount a service account token`);
    for (const c of pod.containers) {
      const sc = c.securityContext ?? {};
      check(sc.readOnlyRootFilesystem === true, `${where}: ${c.name} needs readOnlyRootFilesystem`);
      check(sc.allowPrivilegeEscalation === false, `${where}: ${c.name} must not allow privilege escalation`);
      check(JSON.stringify(sc.capabilities?.drop) === '["ALL"]', `${where}: ${c.name} must drop ALL capabilities`);
      check(c.startupProbe?.httpGet?.path === '/q/health/started', `${where}: startup probe on /q/health/started`);
      check(c.readinessProbe?.httpGet?.path === '/q/health/ready', `${where}: readiness probe on /q/health/ready`);
      check(c.livenessProbe?.httpGet?.path === '/q/health/live', `${where}: liveness probe on /q/health/live`);
      check(c.resources?.limits?.memory === '512Mi', `${where}: memory limit 512Mi`);
      check(Boolean(c.resources?.requests?.cpu && c.resources?.requests?.memory), `${where}: cpu and memory requests`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      check(Boolean(tmp && pod.volumes?.find((v) => v.name === tmp.name)?.emptyDir), `${where}: emptyDir on /tmp`);
      check(!(c.env ?? []).some((e) => e.value !== undefined && /PASSWORD|SECRET/.test(e.name)), `${where}: secrets only by reference`);
    }
    const selects = (o) => Object.entries(o).every(([k, v]) => d.spec.template.metadata.labels[k] === v);
    check(byKind('Service').some((s) => s.spec.selector && selects(s.spec.selector)), `${where}: no Service selects it`);
    check(byKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === name), `${where}: no HPA`);
    check(byKind('PodDisruptionBudget').some((p) => selects(p.spec.selector.matchLabels)), `${where}: no PDB`);
    check(byKind('NetworkPolicy').some((n) => selects(n.spec.podSelector.matchLabels ?? {})
      && n.spec.policyTypes.includes('Ingress') && n.spec.policyTypes.includes('Egress')), `${where}: no NetworkPolicy for ingress and egress`);
    if (overlay === 'prod') check(d.spec.replicas === 2, `${where}: prod runs 2 replicas`);
  }
  check(byKind('Deployment').length === 4, `${overlay}: expected 4 Deployments, found ${byKind('Deployment').length}`);

  // Into the cluster: one HTTPRoute per API Service, all on one Gateway and one host, the API under /<prefix>/api
  // rewritten to /api, never /q/health or /q/metrics; each API's NetworkPolicy admits the Gateway's namespace.
  const routes = byKind('HTTPRoute');
  const parents = new Set(routes.map((r) => JSON.stringify(r.spec.parentRefs)));
  const hosts = new Set(routes.map((r) => JSON.stringify(r.spec.hostnames)));
  check(parents.size === 1 && hosts.size === 1, `${overlay}: HTTPRoutes must share one Gateway and one host`);
  for (const d of byKind('Deployment')) {
    const name = d.metadata.name;
    const route = routes.find((r) => r.spec.rules.some((rule) => rule.backendRefs?.some((b) => b.name === name)));
    check(Boolean(route), `${overlay}: no HTTPRoute reaches ${name}`);
    if (!route) continue;
    const prefix = `/${name.replace(/-service$/, '')}/api`;
    check(route.spec.rules.some((rule) => rule.matches.some((m) => m.path?.type === 'PathPrefix' && m.path.value === prefix)
      && rule.filters?.some((f) => f.urlRewrite?.path?.replacePrefixMatch === '/api')), `${overlay}: ${name} route needs ${prefix} → /api`);
    check(!JSON.stringify(route.spec.rules).match(/\/q\/(health|metrics)/), `${overlay}: ${name} route must not expose /q/health or /q/metrics`);
    const gatewayNs = route.spec.parentRefs[0].namespace;
    const policy = byKind('NetworkPolicy').find((n) => n.metadata.name === name);
    check(Boolean(policy?.spec.ingress?.some((rule) => rule.from?.some((f) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === gatewayNs))),
      `${overlay}: NetworkPolicy ${name} must admit the Gateway's namespace ${gatewayNs}`);
    check(!JSON.stringify(policy ?? {}).includes('ingress-nginx'), `${overlay}: NetworkPolicy ${name} still admits ingress-nginx`);
  }
  check(byKind('KeycloakRealmImport').length === 1, `${overlay}: expected the realm as one KeycloakRealmImport`);
  check(!byKind('ConfigMap').some((c) => c.metadata.name === 'pressinfo-keycloak-realm'), `${overlay}: the realm is no ConfigMap any more`);
  check(byKind('Cluster').length === 4, `${overlay}: expected 4 PostgreSQL clusters`);

  const topics = topicsFromSource();
  check(topics.all.length >= 5, `Topics.java: could not read Topics.ALL`);
  const rendered = new Map(byKind('KafkaTopic').map((t) => [t.spec.topicName, t]));
  const expected = topics.all.flatMap((t) => [t, `${t}.dlq`]);
  check(JSON.stringify([...rendered.keys()].sort()) === JSON.stringify([...expected].sort()),
    `${overlay}: KafkaTopics ${[...rendered.keys()].sort()} != Topics.ALL + .dlq ${[...expected].sort()}`);
  for (const t of topics.compacted) check(rendered.get(t)?.spec.config['cleanup.policy'] === 'compact', `${overlay}: ${t} must be compacted`);
  for (const t of topics.single) check(rendered.get(t)?.spec.partitions === 1, `${overlay}: ${t} must have exactly 1 partition`);
}

// --- observability ---------------------------------------------------------------------------------------
// PromQL syntax of alert rules and dashboard queries (the Prometheus UI's own grammar); Grafana's
// $__interval-style variables are replaced by a duration first.
function checkPromql(expr, where) {
  const text = String(expr).replace(/\$__\w+/g, '5m');
  const tree = promql.parse(text);
  let error = -1;
  tree.iterate({ enter: (node) => { if (node.type.isError && error < 0) error = node.from; } });
  check(error < 0, `${where}: PromQL syntax error at ${error}: ${text.slice(Math.max(0, error - 20), error + 20)}`);
}

const BUSINESS_METRICS = ['pressinfo_outbox_backlog', 'pressinfo_outbox_oldest_age_seconds', 'pressinfo_dlq_messages',
  'pressinfo_assignments_overdue', 'pressinfo_press_cases_open', 'pressinfo_notification_deliveries_total'];

function checkDashboard(file) {
  const dashboard = JSON.parse(fs.readFileSync(file, 'utf8'));
  const where = path.relative(root, file);
  const ids = new Set();
  let queries = 0;
  for (const panel of dashboard.panels ?? []) {
    check(!ids.has(panel.id), `${where}: duplicate panel id ${panel.id}`);
    ids.add(panel.id);
    check(Boolean(panel.gridPos && panel.title), `${where}: panel ${panel.id} needs gridPos and title`);
    for (const target of panel.targets ?? []) {
      queries++;
      checkPromql(target.expr, `${where}: panel "${panel.title}" ${target.refId}`);
    }
  }
  const all = JSON.stringify(dashboard);
  for (const metric of BUSINESS_METRICS) check(all.includes(metric), `${where}: no panel shows ${metric}`);
  return queries;
}

// --- run -----------------------------------------------------------------------------------------------
for (const overlay of OVERLAYS) {
  const dir = path.join(root, 'deploy/k8s/overlays', overlay);
  const objects = build(dir);
  const kubectl = kubectlRender(dir);
  if (kubectl) {
    const a = new Map(objects.map((o) => [id(o), JSON.stringify(canonical(o))]));
    const b = new Map(kubectl.map((o) => [id(o), JSON.stringify(canonical(o))]));
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      check(a.get(key) === b.get(key), `${overlay}: render.mjs and kubectl kustomize differ on ${key}`);
    }
  }
  for (const obj of objects) await validateSchema(obj, overlay);
  checkSuiteRules(overlay, objects);
  console.log(`k8s-validate: ${overlay}: ${objects.length} objects rendered${kubectl ? ' (identical to kubectl kustomize)' : ' (kubectl not installed: render.mjs only)'}`);
}

const observability = path.join(root, 'deploy/observability');
if (fs.existsSync(observability)) {
  for (const file of fs.readdirSync(observability).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const docs = YAML.parseAllDocuments(fs.readFileSync(path.join(observability, file), 'utf8')).map((d) => d.toJS()).filter(Boolean);
    let rules = 0;
    for (const obj of docs) {
      await validateSchema(obj, `deploy/observability/${file}`);
      for (const group of obj.kind === 'PrometheusRule' ? obj.spec.groups : []) {
        for (const rule of group.rules) {
          rules++;
          checkPromql(rule.expr, `deploy/observability/${file}: ${rule.alert ?? rule.record}`);
        }
      }
    }
    console.log(`k8s-validate: deploy/observability/${file}: ${docs.length} objects${rules ? `, ${rules} rules parsed` : ''}`);
  }
  for (const file of fs.readdirSync(observability).filter((f) => f.endsWith('.json')).sort()) {
    const queries = checkDashboard(path.join(observability, file));
    console.log(`k8s-validate: deploy/observability/${file}: ${queries} queries parsed`);
  }
}

// Unknown fields: one TypeScript file, one typed constant per object, compiled with excess-property checks.
{
  const dir = path.join(here, '.typecheck');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  const modules = [...new Set(typed.map((t) => t.module))];
  const lines = modules.map((m, i) => `import type { ${typed.find((t) => t.module === m).type} as T${i} } from '${m}';`);
  const lineOf = [];
  typed.forEach((t, i) => {
    lineOf.push(lines.length + 1);
    lines.push(`export const o${i}: T${modules.indexOf(t.module)} = ${JSON.stringify(t.obj)};`);
  });
  fs.writeFileSync(path.join(dir, 'objects.ts'), `${lines.join('\n')}\n`);
  const tsc = spawnSync(path.join(here, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--strict', '--skipLibCheck',
    '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', path.join(dir, 'objects.ts')],
  { encoding: 'utf8' });
  const errors = [...`${tsc.stdout}${tsc.stderr}`.matchAll(/objects\.ts\((\d+),\d+\): error (TS\d+: .*)/g)];
  for (const [, line, message] of errors) {
    const index = lineOf.indexOf(Number(line));
    failures.push(`${index >= 0 ? typed[index].where : `objects.ts line ${line}`}: ${message}`);
  }
  if (tsc.status !== 0 && errors.length === 0) failures.push(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  checks += typed.length;
  console.log(`k8s-validate: ${typed.length} objects type-checked for unknown fields (tsc)`);
}

if (failures.length) {
  for (const f of failures) console.error(`FAILED ${f}`);
  console.error(`k8s-validate: ${failures.length} of ${checks} checks failed`);
  process.exit(1);
}
console.log(`k8s-validate: all ${checks} checks passed`);
