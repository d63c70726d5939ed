#!/usr/bin/env node
// Offline, strict validator of Kubernetes objects in YAML streams.
//
// Usage: node tests/schema/validate.mjs [--summary] FILE... ('-' reads stdin)
//
// Schema source: the Kubernetes v1.32.0 OpenAPI spec, as carried by the model
// classes of the npm package @kubernetes/client-node (pinned in package.json;
// every file it generated from the 1.32 spec says "OpenAPI spec version:
// v1.32.0"). For each model we take field names, JSON names, types and formats
// from its attributeTypeMap, and required fields from its .d.ts declaration
// ('field': T is required, 'field'?: T is optional). apiVersion/kind are mapped
// to models through the generated API classes (the body type of each POST to a
// collection path such as /apis/apps/v1/namespaces/{namespace}/deployments).
// Files the package still carries from older specs (header v1.30.x) are ignored,
// so APIs removed before 1.32 are unknown.
//
// The result is turned into JSON Schema and compiled with Ajv, once per kind:
//   * every object rejects unknown fields (like kubeconform -strict);
//   * required fields, JSON types, int32/int64 ranges, date-time, base64 (byte),
//     int-or-string and resource.Quantity (number, or string of quantity syntax);
//   * a null value of an object field counts as the field being absent (the API
//     server decodes it so): allowed for optional fields, an error for required.
// VerticalPodAutoscaler (autoscaling.k8s.io/v1, a CRD) comes from vpa-v1.json.
//
// Output: one line per problem, "FILE: doc N (Kind/name): /json/pointer: message".
// Exit: 0 all valid, 1 some object invalid, 2 usage or YAML parse error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import YAML from 'yaml';
import Ajv from 'ajv';
import { loadKinds, loadModels } from './k8s-models.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function clientNodeGenDir() {
  const pkg = require.resolve('@kubernetes/client-node/package.json', { paths: [HERE] });
  return path.join(path.dirname(pkg), 'dist', 'gen');
}

// ---------------------------------------------------------------- models ---

// ------------------------------------------------------------ JSON Schema ---

const QUANTITY_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))?$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function typeSchema(type, format, quantity) {
  let m;
  if ((m = type.match(/^Array<(.+)>$/))) return { type: 'array', items: typeSchema(m[1], format, quantity) };
  if ((m = type.match(/^\{ \[key: string\]: (.+); \}$/))) {
    return { type: 'object', additionalProperties: typeSchema(m[1], format, quantity) };
  }
  switch (type) {
    case 'string':
      if (quantity) return { type: ['string', 'number'], format: 'quantity' };
      if (format === 'byte') return { type: 'string', format: 'byte' };
      return { type: 'string' };
    case 'number':
      if (format === 'int32') return { type: 'integer', format: 'int32' };
      if (format === 'int64') return { type: 'integer', format: 'int64' };
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'Date':
    case 'V1MicroTime': // metav1.MicroTime, format date-time-micro
      return { type: 'string', format: 'date-time' };
    case 'IntOrString':
      return { type: ['integer', 'string'] };
    case 'any':
      return {};
    default:
      return { $ref: `#/definitions/${type}` };
  }
}

function buildK8sSchema(models) {
  const definitions = {};
  for (const [name, { attrs, required }] of models) {
    const properties = {};
    for (const a of attrs) properties[a.baseName] = typeSchema(a.type, a.format, a.quantity);
    definitions[name] = { type: 'object', properties, additionalProperties: false };
    if (required.size) definitions[name].required = [...required].sort();
  }
  // Every referenced model must exist (e.g. not be a stale pre-1.32 file).
  const missing = new Set();
  JSON.stringify(definitions, (k, v) => {
    if (k === '$ref' && typeof v === 'string' && !definitions[v.replace('#/definitions/', '')]) missing.add(v);
    return v;
  });
  if (missing.size) throw new Error(`schema setup: unresolved model types ${[...missing].join(', ')}`);
  return { $id: 'k8s', definitions };
}

function makeAjv() {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  ajv.addFormat('int32', { type: 'number', validate: (n) => n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('date-time', { type: 'string', validate: (s) => DATE_TIME_RE.test(s) });
  ajv.addFormat('byte', { type: 'string', validate: (s) => BASE64_RE.test(s.replace(/[\r\n]/g, '')) });
  ajv.addFormat('quantity', { type: 'string', validate: (s) => QUANTITY_RE.test(s) });
  return ajv;
}

// -------------------------------------------------------------- registry ---

class Registry {
  constructor() {
    const genDir = clientNodeGenDir();
    this.models = loadModels(genDir);
    this.kinds = loadKinds(genDir, this.models);
    this.ajv = makeAjv();
    this.ajv.addSchema(buildK8sSchema(this.models));
    this.extra = new Map(); // "apiVersion kind" -> schema ref
    const vpa = JSON.parse(fs.readFileSync(path.join(HERE, 'vpa-v1.json'), 'utf8'));
    this.ajv.addSchema(vpa);
    for (const [key, ref] of Object.entries(vpa['x-kpc-kinds'])) this.extra.set(key, `${vpa.$id}${ref}`);
    this.compiled = new Map();
  }

  validatorFor(apiVersion, kind) {
    const key = `${apiVersion} ${kind}`;
    if (this.compiled.has(key)) return this.compiled.get(key);
    let ref = null;
    if (this.kinds.has(key)) ref = `k8s#/definitions/${this.kinds.get(key)}`;
    else if (this.extra.has(key)) ref = this.extra.get(key);
    const fn = ref ? this.ajv.compile({ $ref: ref }) : null;
    this.compiled.set(key, fn);
    return fn;
  }
}

// ------------------------------------------------------------ validation ---

// The API server treats "field: null" as an absent field; drop such keys
// (not array elements, which stay and fail the type check).
function dropNullFields(v) {
  if (Array.isArray(v)) return v.map(dropNullFields);
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = dropNullFields(x);
    return out;
  }
  return v;
}

function escapePointer(s) {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

function formatError(e) {
  const at = e.instancePath || '';
  switch (e.keyword) {
    case 'additionalProperties':
      return [`${at}/${escapePointer(e.params.additionalProperty)}`, 'unknown field'];
    case 'required':
      return [`${at}/${escapePointer(e.params.missingProperty)}`, 'missing required field'];
    case 'type':
      return [at, `must be ${[].concat(e.params.type).join(' or ')}`];
    case 'format': {
      const what = {
        int32: 'a 32-bit integer',
        int64: 'a 64-bit integer',
        'date-time': 'an RFC 3339 date-time',
        byte: 'base64 data',
        quantity: 'a resource quantity (e.g. 500m, 1Gi)',
      }[e.params.format] || e.params.format;
      return [at, `must be ${what}`];
    }
    case 'enum':
      return [at, `must be one of ${e.params.allowedValues.map((x) => JSON.stringify(x)).join(', ')}`];
    case 'const':
      return [at, `must be ${JSON.stringify(e.params.allowedValue)}`];
    case 'pattern':
      if (e.params.pattern.includes('[KMGTPE]i')) return [at, 'must be a resource quantity (e.g. 500m, 1Gi)'];
      return [at, `must match ${e.params.pattern}`];
    default:
      return [at, e.message];
  }
}

function label(doc) {
  const kind = doc && typeof doc.kind === 'string' && doc.kind ? doc.kind : '?';
  const name = doc && doc.metadata && typeof doc.metadata === 'object' && doc.metadata.name != null
    ? String(doc.metadata.name)
    : (doc && doc.metadata && doc.metadata.generateName ? `${doc.metadata.generateName}*` : '?');
  return `${kind}/${name}`;
}

// Returns a list of [pointer, message].
function validateObject(reg, obj, prefix = '') {
  const problems = [];
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return [[prefix || '/', 'object must be a mapping']];
  }
  const { apiVersion, kind } = obj;
  if (apiVersion === undefined || apiVersion === null || apiVersion === '') {
    problems.push([`${prefix}/apiVersion`, "missing 'apiVersion' key"]);
  } else if (typeof apiVersion !== 'string') problems.push([`${prefix}/apiVersion`, 'must be string']);
  if (kind === undefined || kind === null || kind === '') problems.push([`${prefix}/kind`, "missing 'kind' key"]);
  else if (typeof kind !== 'string') problems.push([`${prefix}/kind`, 'must be string']);
  if (problems.length) return problems;

  if (apiVersion === 'v1' && kind === 'List') {
    // kubectl's generic list: validate each item as an object of its own.
    for (const k of Object.keys(obj)) {
      if (!['apiVersion', 'kind', 'metadata', 'items'].includes(k)) {
        problems.push([`${prefix}/${escapePointer(k)}`, 'unknown field']);
      }
    }
    if (obj.metadata != null) {
      const v = reg.ajv.getSchema('k8s#/definitions/V1ListMeta');
      if (!v(dropNullFields(obj.metadata))) {
        for (const e of v.errors) {
          const [p, msg] = formatError(e);
          problems.push([`${prefix}/metadata${p}`, msg]);
        }
      }
    }
    if (obj.items != null && !Array.isArray(obj.items)) problems.push([`${prefix}/items`, 'must be array']);
    else (obj.items || []).forEach((it, i) => problems.push(...validateObject(reg, it, `${prefix}/items/${i}`)));
    return problems;
  }

  const validate = reg.validatorFor(apiVersion, kind);
  if (!validate) {
    return [[prefix || '/', `unknown apiVersion/kind ${apiVersion} ${kind} (not in the Kubernetes 1.32 API schema, nor a known CRD)`]];
  }
  if (!validate(dropNullFields(obj))) {
    for (const e of validate.errors) {
      const [p, msg] = formatError(e);
      problems.push([`${prefix}${p}` || '/', msg]);
    }
  }
  // Ajv can report the same place twice (e.g. via shared definitions); dedupe.
  const seen = new Set();
  return problems.filter(([p, m]) => (seen.has(p + m) ? false : seen.add(p + m)));
}

// ------------------------------------------------------------------ main ---

function usage(msg) {
  if (msg) process.stderr.write(`validate.mjs: ${msg}\n`);
  process.stderr.write('usage: node tests/schema/validate.mjs [--summary] FILE... (- for stdin)\n       node tests/schema/validate.mjs --list-kinds\n');
  process.exit(2);
}

function main(argv) {
  const files = [];
  let summary = false;
  let listKinds = false;
  for (const a of argv) {
    if (a === '--summary') summary = true;
    else if (a === '--list-kinds') listKinds = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (!files.length && !listKinds) usage('no input files');

  let reg;
  try {
    reg = new Registry();
  } catch (e) {
    process.stderr.write(`validate.mjs: cannot load schemas: ${e.message}\n`);
    process.exit(2);
  }
  if (listKinds) {
    const keys = [...reg.kinds.keys(), ...reg.extra.keys(), 'v1 List'].sort();
    process.stdout.write(`${keys.join('\n')}\n`);
    process.exit(0);
  }

  let parseErrors = 0;
  let invalidDocs = 0;
  let docCount = 0;
  const out = [];
  for (const file of files) {
    let text;
    try {
      text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`validate.mjs: ${file}: ${e.message}\n`);
      parseErrors++;
      continue;
    }
    // Kubernetes reads YAML 1.1 (yes/no/on/off are booleans, 0644 is octal).
    const docs = YAML.parseAllDocuments(text, { version: '1.1', uniqueKeys: true, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [docs];
    list.forEach((doc, i) => {
      const n = i + 1;
      const fatal = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
      if (fatal.length) {
        for (const e of fatal) out.push(`${file}: doc ${n}: YAML parse error: ${e.message.split('\n')[0]}`);
        parseErrors++;
        return;
      }
      let value;
      try {
        value = doc.toJS({ maxAliasCount: 10000 });
      } catch (e) {
        out.push(`${file}: doc ${n}: YAML parse error: ${e.message.split('\n')[0]}`);
        parseErrors++;
        return;
      }
      if (value === null || value === undefined) return; // empty document
      docCount++;
      const problems = [];
      for (const e of doc.errors) problems.push(['/', `duplicate key: ${e.message.split('\n')[0]}`]);
      problems.push(...validateObject(reg, value));
      if (problems.length) {
        invalidDocs++;
        for (const [p, msg] of problems) out.push(`${file}: doc ${n} (${label(value)}): ${p || '/'}: ${msg}`);
      }
    });
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (summary) {
    process.stderr.write(`${docCount} objects, ${docCount - invalidDocs} valid, ${invalidDocs} invalid, ${parseErrors} parse errors\n`);
  }
  process.exit(parseErrors ? 2 : invalidDocs ? 1 : 0);
}

main(process.argv.slice(2));
