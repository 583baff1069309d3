// Quality checks of the API documents under docs/.
//
// 1. Spectral with the `spectral:oas` ruleset on every docs/openapi/*.yaml: fails on any error or warning; then with the
//    OWASP ruleset (@stoplight/spectral-owasp-ruleset, .spectral-owasp.yaml): fails on any error, prints the warnings.
// 2. openapi-typescript generates the types of each document into generated/<service>.ts and a typed client
//    (openapi-fetch) into generated/<service>-client.ts; `tsc --strict` compiles them all.
// 3. docs/asyncapi.yaml, with the small asyncapi/ package (@asyncapi/parser and js-yaml, its own lockfile, `npm ci`):
//    `generate.mjs --check` fails when the document is not what the generator writes from the current sources, and
//    `validate.mjs` parses it with @asyncapi/parser (the library behind `asyncapi validate`, without the CLI's
//    ~1.5 GB), failing on any error or warning.
//
// 4. Flyway migrations never change once committed: docs/migrations.sha256 lists the SHA-256 of every
//    src/main/resources/db/**/V*.sql; a listed file whose bytes differ (a comment counts: Flyway's checksum covers the
//    whole text, and an applied migration that changed stops the service at start) fails, and so does a new migration
//    not listed yet. `node check.mjs [root] --add-migrations` appends the new ones (never rewrites a listed one).
//
// Usage: node check.mjs [repository root] [--add-migrations]   (exit 1 on any failure)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const addMigrations = args.includes('--add-migrations');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(here, '..', '..'));
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

// 1b. Spectral with the OWASP API Security ruleset (.spectral-owasp.yaml): fails on any error, prints the warnings' count.
//     PRESSINFO_OWASP_SKIP=rule1,rule2 turns rules off for a local run (never in the build).
const owaspRuleset = (() => {
  const skip = (process.env.PRESSINFO_OWASP_SKIP ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const base = path.join(here, '.spectral-owasp.yaml');
  if (skip.length === 0) return base;
  const local = path.join(here, '.spectral-owasp-local.yaml');  // beside the base, so the package resolves; not committed
  fs.writeFileSync(local, `extends: ["${base}"]\nrules:\n${skip.map((r) => `  ${r}: off`).join('\n')}\n`);
  console.log(`api-checks: OWASP rules off for this run: ${skip.join(', ')}`);
  return local;
})();
const owasp = spawnSync(bin('spectral'), ['lint', '--ruleset', owaspRuleset, '--format=json', '--quiet', '--fail-severity=error',
  ...files], { cwd: here, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (owaspRuleset !== path.join(here, '.spectral-owasp.yaml')) fs.rmSync(owaspRuleset, { force: true });
let findings;
try {
  findings = JSON.parse(owasp.stdout);
} catch (e) {
  failures.push('spectral owasp');
  console.error(`api-checks: spectral owasp FAILED\n${owasp.stdout ?? ''}${owasp.stderr ?? ''}`);
}
if (findings) {
  const errors = findings.filter((f) => f.severity === 0);
  const warnings = findings.filter((f) => f.severity === 1);
  const byRule = (list) => Object.entries(list.reduce((m, f) => ({ ...m, [f.code]: (m[f.code] ?? 0) + 1 }), {}))
    .sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  for (const e of errors) {
    console.error(`${path.relative(root, e.source)}:${e.range.start.line + 1} ${e.code} ${e.message} (${e.path.join('.')})`);
  }
  const summary = `owasp: ${documents.length} documents, ${errors.length} errors, ${warnings.length} warnings`;
  if (errors.length) {
    failures.push('spectral owasp');
    console.error(`api-checks: ${summary} FAILED (errors: ${byRule(errors)})`);
  } else {
    console.log(`api-checks: ${summary}${warnings.length ? ` (${byRule(warnings)})` : ''}`);
  }
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
const asyncapiDir = path.join(here, 'asyncapi');
run('npm ci (asyncapi)', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: asyncapiDir });
if (!failures.includes('npm ci (asyncapi)')) {
  const current = run('asyncapi generate --check', 'node', ['generate.mjs', '--check', root], { cwd: asyncapiDir });
  if (!failures.includes('asyncapi generate --check')) console.log(`api-checks: ${current}`);
  const valid = run('asyncapi validate', 'node', ['validate.mjs', path.join(root, 'docs', 'asyncapi.yaml')], { cwd: asyncapiDir });
  if (!failures.includes('asyncapi validate')) console.log(`api-checks: ${valid.split('\n').pop()}`);
}

// 4. Migrations
{
  const listFile = path.join(root, 'docs', 'migrations.sha256');
  const listed = new Map(fs.existsSync(listFile)
    ? fs.readFileSync(listFile, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
      const [hash, ...file] = l.trim().split(/\s+/);
      return [file.join(' '), hash];
    })
    : []);
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'target', '.git', '.local'].includes(entry.name)) walk(full);
      } else if (/^V[^/]*\.sql$/.test(entry.name) && full.includes(`${path.sep}src${path.sep}main${path.sep}resources${path.sep}db${path.sep}`)) {
        found.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  found.sort();
  const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');
  const changed = found.filter((f) => listed.has(f) && listed.get(f) !== sha(f));
  const unlisted = found.filter((f) => !listed.has(f));
  const missing = [...listed.keys()].filter((f) => !found.includes(f));
  if (addMigrations && unlisted.length) {
    fs.appendFileSync(listFile, unlisted.map((f) => `${sha(f)}  ${f}\n`).join(''));
    console.log(`api-checks: migrations: ${unlisted.length} new migrations added to docs/migrations.sha256`);
  }
  const problems = [
    ...changed.map((f) => `${f} changed after it was committed (add a new migration instead)`),
    ...missing.map((f) => `${f} is listed but gone (a migration applied somewhere cannot be removed)`),
    ...(addMigrations ? [] : unlisted.map((f) => `${f} is new: list it with node check.mjs --add-migrations`)),
  ];
  if (problems.length) {
    problems.forEach((p) => console.error(`api-checks: migrations: ${p}`));
    failures.push('migrations');
  } else {
    console.log(`api-checks: migrations: ${found.length} Flyway migrations, none changed since listed`);
  }
}

if (failures.length) {
  console.error(`api-checks: failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('api-checks: all checks passed');
