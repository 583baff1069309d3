// Renders a Kustomize directory like `kubectl kustomize`, for the subset of Kustomize that deploy/k8s uses:
// resources (files and directories), namespace, labels (metadata only), images, JSON 6902 patches with a
// target, and configMapGenerator with disableNameSuffixHash. Anything else fails loudly, so the overlays
// cannot drift into features this renderer would silently get wrong. validate.mjs checks that this output
// equals kubectl's wherever kubectl exists.
//
// Usage: node render.mjs <kustomization dir>   (prints the rendered YAML stream)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches', 'configMapGenerator']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'PersistentVolume', 'StorageClass', 'PriorityClass', 'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration', 'APIService', 'IngressClass', 'RuntimeClass']);
// Kustomize's legacy output order; other kinds follow, by kind then name.
const ORDER = ['Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'ServiceAccount',
  'PodSecurityPolicy', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ConfigMap', 'Secret',
  'Endpoints', 'Service', 'LimitRange', 'PriorityClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget'];
const LAST = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

function readKustomization(dir) {
  for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return YAML.parse(fs.readFileSync(file, 'utf8'));
  }
  throw new Error(`no kustomization file in ${dir}`);
}

function readObjects(file) {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((obj) => obj !== null && obj !== undefined);
}

function groupOf(apiVersion) {
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

function matches(target, obj) {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  if (target.kind && target.kind !== obj.kind) return false;
  if (target.group !== undefined && target.group !== group) return false;
  if (target.version && target.version !== version) return false;
  if (target.name && !new RegExp(`^(?:${target.name})$`).test(obj.metadata.name)) return false;
  if (target.namespace && target.namespace !== obj.metadata.namespace) return false;
  for (const key of ['labelSelector', 'annotationSelector']) {
    if (target[key]) throw new Error(`patch target ${key} is not supported by render.mjs`);
  }
  return true;
}

function pointer(p) {
  return p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function applyOp(obj, op) {
  const parts = pointer(op.path);
  const last = parts.pop();
  let parent = obj;
  for (const part of parts) {
    if (parent[part] === undefined) throw new Error(`patch path ${op.path} not found in ${obj.kind}/${obj.metadata.name}`);
    parent = parent[part];
  }
  const index = Array.isArray(parent) ? (last === '-' ? parent.length : Number(last)) : last;
  switch (op.op) {
    case 'add':
      if (Array.isArray(parent)) parent.splice(index, 0, structuredClone(op.value));
      else parent[index] = structuredClone(op.value);
      break;
    case 'replace':
      if (!(index in parent)) throw new Error(`replace: ${op.path} missing in ${obj.kind}/${obj.metadata.name}`);
      parent[index] = structuredClone(op.value);
      break;
    case 'remove':
      if (!(index in parent)) throw new Error(`remove: ${op.path} missing in ${obj.kind}/${obj.metadata.name}`);
      if (Array.isArray(parent)) parent.splice(index, 1);
      else delete parent[index];
      break;
    default:
      throw new Error(`JSON patch op ${op.op} is not supported by render.mjs`);
  }
}

function podSpecs(obj) {
  const spec = obj.spec ?? {};
  if (obj.kind === 'Pod') return [spec];
  if (obj.kind === 'CronJob') return [spec.jobTemplate?.spec?.template?.spec].filter(Boolean);
  return [spec.template?.spec].filter(Boolean);
}

function setImages(obj, images) {
  for (const podSpec of podSpecs(obj)) {
    for (const container of [...(podSpec.containers ?? []), ...(podSpec.initContainers ?? [])]) {
      const m = /^(.*?)(?::([^:/@]+))?(?:@(.+))?$/.exec(container.image);
      const image = images.find((i) => i.name === m[1]);
      if (!image) continue;
      const name = image.newName ?? m[1];
      if (image.digest) container.image = `${name}@${image.digest}`;
      else if (image.newTag) container.image = `${name}:${image.newTag}`;
      else container.image = `${name}${m[2] ? `:${m[2]}` : ''}${m[3] ? `@${m[3]}` : ''}`;
    }
  }
}

export function build(dir) {
  const k = readKustomization(dir);
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new Error(`${dir}: kustomization field '${key}' is not supported by render.mjs`);
  }
  let objects = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    objects.push(...(fs.statSync(target).isDirectory() ? build(target) : readObjects(target)));
  }
  for (const gen of k.configMapGenerator ?? []) {
    if (!gen.options?.disableNameSuffixHash) throw new Error(`${dir}: configMapGenerator ${gen.name} needs disableNameSuffixHash`);
    const data = {};
    for (const file of gen.files ?? []) {
      const [key, source] = file.includes('=') ? file.split('=') : [path.basename(file), file];
      data[key] = fs.readFileSync(path.resolve(dir, source), 'utf8');
    }
    for (const literal of gen.literals ?? []) {
      const at = literal.indexOf('=');
      data[literal.slice(0, at)] = literal.slice(at + 1);
    }
    objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: gen.name }, data });
  }
  for (const patch of k.patches ?? []) {
    if (!patch.target || patch.path) throw new Error(`${dir}: only inline patches with a target are supported`);
    const ops = YAML.parse(patch.patch);
    if (!Array.isArray(ops)) throw new Error(`${dir}: only JSON 6902 patches (a list of operations) are supported`);
    const hits = objects.filter((obj) => matches(patch.target, obj));
    if (!hits.length) throw new Error(`${dir}: patch target ${JSON.stringify(patch.target)} matches nothing`);
    for (const obj of hits) ops.forEach((op) => applyOp(obj, op));
  }
  if (k.namespace) {
    for (const obj of objects) {
      if (!CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = k.namespace;
    }
  }
  for (const label of k.labels ?? []) {
    if (label.includeSelectors || label.includeTemplates) throw new Error(`${dir}: labels only on metadata are supported`);
    for (const obj of objects) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...label.pairs };
  }
  if (k.images) objects.forEach((obj) => setImages(obj, k.images));
  return objects;
}

function rank(kind) {
  if (ORDER.includes(kind)) return ORDER.indexOf(kind);
  if (LAST.includes(kind)) return 1000 + LAST.indexOf(kind);
  return ORDER.length;
}

export function sorted(objects) {
  return [...objects].sort((a, b) => rank(a.kind) - rank(b.kind)
    || (rank(a.kind) === ORDER.length ? a.kind.localeCompare(b.kind) : 0)
    || (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '')
    || a.metadata.name.localeCompare(b.metadata.name));
}

export function render(dir) {
  return sorted(build(dir)).map((obj) => YAML.stringify(obj, { lineWidth: 0 })).join('---\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: node render.mjs <kustomization dir>');
    process.exit(2);
  }
  process.stdout.write(render(process.argv[2]));
}
