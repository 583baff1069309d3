// Custom resources without an npm model package, validated against their CRDs' published openAPIV3Schema, vendored
// as JSON in schemas/ (one file per apiVersion and kind, with the URL it was taken from). Like the API server with
// strict field validation, a field a schema does not declare is an error unless the schema preserves unknown
// fields (x-kubernetes-preserve-unknown-fields).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schemas');
const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map();

// additionalProperties: false wherever an object schema declares properties and does not preserve unknown fields.
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties'
    ? Object.fromEntries(Object.entries(v).map(([name, s]) => [name, strict(s)])) : strict(v)]));
  if (out.type === 'object' && out.properties && !out['x-kubernetes-preserve-unknown-fields'] && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const crd = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!crd.source || !crd.openAPIV3Schema) throw new Error(`schemas/${file}: needs source and openAPIV3Schema`);
  validators.set(`${crd.apiVersion}/${crd.kind}`, ajv.compile(strict(crd.openAPIV3Schema)));
}

/** Whether a vendored CRD schema exists for this object's apiVersion and kind. */
export function hasCrdSchema(obj) {
  return validators.has(`${obj.apiVersion}/${obj.kind}`);
}

/** The schema errors of obj ([] when valid), as "path: message". */
export function crdErrors(obj) {
  const validate = validators.get(`${obj.apiVersion}/${obj.kind}`);
  if (validate(obj)) return [];
  return validate.errors.map((e) => `${e.instancePath || '/'}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
}
