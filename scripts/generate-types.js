// Generates src/core/record-types.ts from schemas/*.schema.json, so that the record
// types are never kept by hand beside the schemas. Run: npm run generate:types
// (a unit test fails when the committed file is out of date).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kinds = [
  ['unit', 'UnitRecord'], ['site', 'SiteRecord'], ['requirement', 'RequirementRecord'],
  ['document', 'DocumentRecord'], ['risk', 'RiskRecord'], ['control', 'ControlRecord'],
  ['action', 'ActionRecord'], ['incident', 'IncidentRecord'], ['exercise', 'ExerciseRecord'],
  ['config', 'SakConfig'],
];

/** Builds the TypeScript source of every record type, in one pass so shared definitions are declared once. */
export async function generateTypes() {
  const readSchema = async (name) => JSON.parse(await readFile(path.join(root, 'schemas', name), 'utf8'));
  const wrapper = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'AllRecords', type: 'object', additionalProperties: false, properties: {} };
  for (const [kind, typeName] of kinds) {
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
