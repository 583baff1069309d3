// Quality checks of the API documents under docs/.
//
// 1. Spectral with the `spectral:oas` ruleset on every docs/openapi/*.yaml: fails on any error or warning.
// 2. openapi-typescript generates the types of each document into generated/<service>.ts and a typed client
//    (openapi-fetch) into generated/<service>-client.ts; `tsc --strict` compiles them all.
// 3. If docs/asyncapi.yaml exists: `asyncapi validate` (@asyncapi/cli 4.1.1, installed from asyncapi/'s own
//    lockfile only then, because it is large), failing on errors and warnings.
//
// Usage: node check.mjs [repository root]   (exit 1 on any failure)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, '..', '..'));
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const failures = [];

function run(label, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: here, encoding: 'utf8', ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    failures.push(label);
    console.error(`api-checks: ${label} FAILED\n${output}`);
  }
  return output;
}

const openapiDir = path.join(root, 'docs', 'openapi');
const documents = fs.readdirSync(openapiDir).filter((f) => /\.ya?ml$/.test(f)).sort();
if (documents.length === 0) {
  console.error(`api-checks: no OpenAPI documents in ${openapiDir}`);
  process.exit(1);
}

// 1. Spectral
const files = documents.map((f) => path.join(openapiDir, f));
run('spectral', bin('spectral'), ['lint', '--ruleset', path.join(here, '.spectral.yaml'), '--fail-severity=warn',
  '--format=stylish', '--display-only-failures', ...files]);
if (!failures.includes('spectral')) {
  console.log(`api-checks: spectral:oas: ${documents.length} documents, 0 errors, 0 warnings`);
}

// 2. TypeScript clients
const generated = path.join(here, 'generated');
fs.rmSync(generated, { recursive: true, force: true });
fs.mkdirSync(generated);
for (const document of documents) {
  const name = document.replace(/\.ya?ml$/, '');
  const source = path.join(openapiDir, document);
  let types;
  try {
    types = astToString(await openapiTS(new URL(`file://${source}`), { alphabetize: true }));
  } catch (e) {
    failures.push(`openapi-typescript ${document}`);
    console.error(`api-checks: openapi-typescript ${document} FAILED: ${e.message}`);
    continue;
  }
  fs.writeFileSync(path.join(generated, `${name}.ts`), `// Generated from docs/openapi/${document} by openapi-typescript. Do not edit.\n${types}`);
  fs.writeFileSync(path.join(generated, `${name}-client.ts`), `// Typed client of docs/openapi/${document} (openapi-fetch).
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './${name}.js';

/** A client of ${name}; pass the base URL and a fetch that adds the bearer token. */
export function create${name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}Client(options: ClientOptions): Client<paths> {
  return createClient<paths>(options);
}
`);
}
run('tsc --strict', bin('tsc'), ['--strict', '--project', path.join(here, 'tsconfig.json')]);
if (!failures.some((f) => f === 'tsc --strict' || f.startsWith('openapi-typescript'))) {
  console.log(`api-checks: openapi-typescript: ${documents.length} clients generated, tsc --strict compiled them`);
}

// 3. AsyncAPI
const asyncapi = path.join(root, 'docs', 'asyncapi.yaml');
if (fs.existsSync(asyncapi)) {
  const dir = path.join(here, 'asyncapi');
  const env = { ...process.env, ASYNCAPI_ANALYTICS_DISABLED: 'true', DO_NOT_TRACK: '1' };
  // `npm install` (not `npm ci`) from the committed lockfile: npm's ci refuses this lockfile because of the
  // platform-specific optional packages of next (a dependency of @asyncapi/studio) that only some platforms
  // record (npm/cli#4828); install keeps every locked version and is quick when node_modules is current.
  run('npm install (asyncapi)', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env });
  if (!failures.length) {
    // The CLI asks once whether to send analytics; answer no before the first command.
    spawnSync(path.join(dir, 'node_modules', '.bin', 'asyncapi'), ['config', 'analytics', '--disable'], { cwd: dir, env });
    const out = run('asyncapi validate', path.join(dir, 'node_modules', '.bin', 'asyncapi'),
      ['validate', asyncapi, '--fail-severity=warn', '--diagnostics-format=stylish'], { cwd: dir, env });
    if (!failures.includes('asyncapi validate')) console.log('api-checks: asyncapi validate docs/asyncapi.yaml: valid, 0 errors, 0 warnings');
  }
} else {
  console.log('api-checks: docs/asyncapi.yaml does not exist yet: AsyncAPI validation skipped');
}

if (failures.length) {
  console.error(`api-checks: failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('api-checks: all checks passed');
