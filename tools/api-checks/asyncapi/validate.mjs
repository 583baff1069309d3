// Parses docs/asyncapi.yaml with @asyncapi/parser (the library behind `asyncapi validate`, without the CLI's
// hundreds of megabytes) and its default rulesets, resolving every $ref and validating every payload and header
// schema. Prints every diagnostic; exit 1 when there is an error or a warning (or the document does not parse).
//
// Usage: node validate.mjs [document]   (default: docs/asyncapi.yaml of this repository)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..', '..');
const file = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'asyncapi.yaml'));
const label = path.relative(root, file).startsWith('..') ? file : path.relative(root, file);

const SEVERITY = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };

let output;
try {
  output = await fromFile(new Parser(), file).parse();
} catch (e) {
  console.error(`${label}: cannot be parsed: ${e.message}`);
  process.exit(1);
}
const { document, diagnostics } = output;
for (const d of diagnostics) {
  const where = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '-';
  const at = d.path?.length ? ` at ${d.path.join('.')}` : '';
  console.log(`${label}:${where} ${SEVERITY[d.severity] ?? d.severity} ${d.code} ${d.message}${at}`);
}
const count = (severity) => diagnostics.filter((d) => d.severity === severity).length;
const errors = count(DiagnosticSeverity.Error);
const warnings = count(DiagnosticSeverity.Warning);
if (!document || errors || warnings) {
  console.error(`${label}: ${errors} errors, ${warnings} warnings${document ? '' : ', not a valid AsyncAPI document'}`);
  process.exit(1);
}
console.log(`${label}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, `
  + `${document.operations().length} operations, ${document.components().messages().length} messages; 0 errors, 0 warnings`);
