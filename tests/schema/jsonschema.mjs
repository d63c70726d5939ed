#!/usr/bin/env node
// jsonschema.mjs SCHEMA FILE...: validates YAML or JSON documents against a
// JSON Schema (draft-04, e.g. SARIF 2.1.0, or draft-07).  SCHEMA may name a
// file or `sarif` for the SARIF 2.1.0 schema shipped by @microsoft/jest-sarif.
// Prints one line per problem; exit 0 valid, 1 invalid, 2 usage or parse error.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const [schemaArg, ...files] = process.argv.slice(2);
if (!schemaArg || !files.length) {
  console.error('usage: jsonschema.mjs SCHEMA|sarif FILE...');
  process.exit(2);
}
const schemaPath = schemaArg === 'sarif'
  ? require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  : schemaArg;
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const draft04 = String(schema.$schema || '').includes('draft-04');
// the SARIF schema's patterns are not valid with the `u` flag, and format
// checks (uri) are not what is being tested
const opts = { allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false };
const ajv = draft04 ? new AjvDraft04(opts) : new Ajv(opts);
const validate = ajv.compile(schema);
let bad = false;
for (const f of files) {
  let docs;
  try {
    const text = fs.readFileSync(f, 'utf8');
    docs = f.endsWith('.json') || f.endsWith('.sarif') ? [JSON.parse(text)]
      : YAML.parseAllDocuments(text).map((d) => d.toJS());
  } catch (e) {
    console.error(`${f}: ${e.message}`);
    process.exit(2);
  }
  docs.forEach((doc, i) => {
    if (!validate(doc)) {
      bad = true;
      for (const e of validate.errors)
        console.log(`${f}: doc ${i + 1}: ${e.instancePath || '/'}: ${e.message}`);
    }
  });
}
process.exit(bad ? 1 : 0);
