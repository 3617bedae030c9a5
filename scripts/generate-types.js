// Generates src/core/record-types.ts from schemas/*.schema.json, so that the record
// types are never kept by hand beside the schemas. Run: npm run generate:types
// (a unit test fails when the committed file is out of date).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The kinds and their type names: every schemas/<kind>.schema.json but common (`incident` →
 * IncidentRecord), in the order of the kinds table (src/core/kinds.ts, read as text since this
 * script runs before the build), then config (SakConfig) and a report folder's report.yaml (ReportDocumentFile). A unit test checks that the table and
 * the schemas name the same kinds.
 */
async function kindsOfSchemas() {
  const files = await readdir(path.join(root, 'schemas'));
  const names = files.filter((f) => f.endsWith('.schema.json')).map((f) => f.slice(0, -'.schema.json'.length)).filter((n) => n !== 'common' && n !== 'config' && n !== 'report');
  const table = await readFile(path.join(root, 'src/core/kinds.ts'), 'utf8');
  const order = [...table.matchAll(/^ {4}name: '([a-z_]+)',$/gm)].map((m) => m[1]);
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const typeName = (name) => name.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()) + 'Record';
  return [...names.map((n) => [n, typeName(n)]), ['config', 'SakConfig'], ['report', 'ReportDocumentFile']];
}

/** Builds the TypeScript source of every record type, in one pass so shared definitions are declared once. */
export async function generateTypes() {
  const readSchema = async (name) => JSON.parse(await readFile(path.join(root, 'schemas', name), 'utf8'));
  const wrapper = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'AllRecords', type: 'object', additionalProperties: false, properties: {} };
  for (const [kind, typeName] of await kindsOfSchemas()) {
    const schema = await readSchema(`${kind}.schema.json`);
    schema.title = typeName;
    delete schema.$id;
    delete schema.$schema;
    wrapper.properties[kind] = schema;
  }
  const ts = await compile(wrapper, 'AllRecords', {
    bannerComment: '// Generated from schemas/*.schema.json by scripts/generate-types.js. Do not edit.',
    cwd: path.join(root, 'schemas'),
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    $refOptions: { resolve: { file: { read: (file) => readFile(path.join(root, 'schemas', path.basename(file.url))) } } },
  });
  return ts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(path.join(root, 'src/core/record-types.ts'), await generateTypes());
}
