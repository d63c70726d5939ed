#!/usr/bin/env node
// gen-k8s-schema.mjs: generates src/policy/k8s_schema_data.c, the compact
// Kubernetes 1.32 schema that kpc's AP003 (schema-invalid) and AP004
// (unknown-field) rules validate objects against.
//
// Usage (from the repository root):
//   sh tests/schema/setup.sh                 # installs tests/schema/node_modules
//   node tools/gen-k8s-schema.mjs            # writes src/policy/k8s_schema_data.c
//   node tools/gen-k8s-schema.mjs --check    # exit 1 if the committed file is stale
//   node tools/gen-k8s-schema.mjs -o FILE    # writes FILE instead
//
// The source of truth is the same as tests/schema/validate.mjs (read its
// README): the model classes of the npm package @kubernetes/client-node
// (pinned in tests/schema/package.json; files generated from the v1.32.0
// OpenAPI spec only), with
//   * field names, types and formats from each model's attributeTypeMap,
//   * required fields from the model's .d.ts ('f': T required, 'f'?: T not),
//   * apiVersion/kind -> model from the POST bodies of the API classes,
//   * the 1.32 resource.Quantity fields from QUANTITY_FIELDS (the generator
//     flattens Quantity to string),
// plus the VerticalPodAutoscaler CRD (autoscaling.k8s.io/v1) from
// tests/schema/vpa-v1.json, and kubectl's generic `v1 List`.
// The model loading below mirrors validate.mjs (which runs its CLI on import,
// so it cannot be imported); keep the two in step.
//
// Output: const tables only (no relocations, no start-up work):
//   k8s_strtab   every name, NUL-terminated, in rows of 4096 bytes (so that no
//                string literal exceeds the 4095 characters ISO C guarantees);
//                a string's offset is row * 4096 + column
//   k8s_vts      value types: a scalar kind, or array/map of a value type, or
//                an object of a type, or an enum (VPA only)
//   k8s_fields   per type, sorted bytewise by name: name, value type, required
//   k8s_slots    per type, a hash table of its fields (field_hash() in
//                src/policy/schema.c, linear probing, at most half full)
//   k8s_types    first field, first slot, field count, required count,
//                flags, log2 of the slot count
//   k8s_kinds    (kind, apiVersion) -> root type, sorted for binary search

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { loadKinds, loadModels, SPEC_VERSION } from '../tests/schema/k8s-models.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = path.join(ROOT, 'tests', 'schema');
const OUT_DEFAULT = path.join(ROOT, 'src', 'policy', 'k8s_schema_data.c');


// Value kinds; must match enum k8s_vkind in src/policy/schema.h.
const VK = [
  'STRING', 'INT32', 'INT64', 'NUMBER', 'BOOL', 'DATETIME', 'BYTE', 'INTORSTR',
  'QUANTITY', 'CRDQUANTITY', 'ANY', 'ENUM', 'OBJECT', 'ARRAY', 'MAP', 'EMBEDDED',
];
// Type flags; must match src/policy/schema.h.
const TF_CONTAINER = 1;
const TF_SECRET = 2;
const TF_MEMO = 4;

// ------------------------------------------------------------- models ---

function die(msg) {
  process.stderr.write(`gen-k8s-schema: ${msg}\n`);
  process.exit(2);
}

const require = createRequire(path.join(SCHEMA_DIR, 'package.json'));
let pkgJsonPath;
try {
  pkgJsonPath = require.resolve('@kubernetes/client-node/package.json', { paths: [SCHEMA_DIR] });
} catch {
  die('@kubernetes/client-node not found: run `sh tests/schema/setup.sh` first');
}
const PKG_VERSION = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8')).version;
const GEN_DIR = path.join(path.dirname(pkgJsonPath), 'dist', 'gen');

// ------------------------------------------------------ internal form ---

// types: name -> { fields: [{ name, vt, required }], flags }
// value types are plain objects { kind, ref?, elem?, min?, values? } and are
// deduplicated when emitted.
const types = new Map();

function modelVt(type, format, quantity) {
  let m;
  if ((m = type.match(/^Array<(.+)>$/))) return { kind: 'ARRAY', elem: modelVt(m[1], format, quantity) };
  if ((m = type.match(/^\{ \[key: string\]: (.+); \}$/))) return { kind: 'MAP', elem: modelVt(m[1], format, quantity) };
  switch (type) {
    case 'string':
      if (quantity) return { kind: 'QUANTITY' };
      if (format === 'byte') return { kind: 'BYTE' };
      return { kind: 'STRING' };
    case 'number':
      if (format === 'int32') return { kind: 'INT32' };
      if (format === 'int64') return { kind: 'INT64' };
      return { kind: 'NUMBER' };
    case 'boolean':
      return { kind: 'BOOL' };
    case 'Date':
    case 'V1MicroTime':
      return { kind: 'DATETIME' };
    case 'IntOrString':
      return { kind: 'INTORSTR' };
    case 'any':
      return { kind: 'ANY' };
    default:
      return { kind: 'OBJECT', ref: type };
  }
}

function addModels(models) {
  for (const [name, { attrs, required }] of models) {
    const fields = attrs.map((a) => ({ name: a.baseName, vt: modelVt(a.type, a.format, a.quantity), required: required.has(a.baseName) }));
    let flags = 0;
    if (name === 'V1Container' || name === 'V1EphemeralContainer') flags = TF_CONTAINER;
    if (name === 'V1Secret') flags = TF_SECRET;
    if (name === 'V1PodSpec') flags = TF_MEMO;
    types.set(name, { fields, flags });
  }
}

// The VPA CRD, from its JSON Schema.  Inline object schemas become types
// named after their place ("vpa.VerticalPodAutoscalerSpec.resourcePolicy").
function addVpa(vpa) {
  const defs = vpa.definitions;
  const jsVt = (s, hint) => {
    if (s.$ref) {
      if (s.$ref.startsWith('k8s#/definitions/')) {
        const model = s.$ref.slice('k8s#/definitions/'.length);
        if (!types.has(model)) die(`vpa-v1.json: unknown model ${model}`);
        return { kind: 'OBJECT', ref: model };
      }
      if (!s.$ref.startsWith('#/definitions/')) die(`vpa-v1.json: unsupported $ref ${s.$ref}`);
      const name = s.$ref.slice('#/definitions/'.length);
      const d = defs[name];
      if (!d) die(`vpa-v1.json: unresolved $ref ${s.$ref}`);
      if (d.properties) return { kind: 'OBJECT', ref: vpaType(d, `vpa.${name}`) };
      return jsVt(d, `vpa.${name}`);
    }
    const t = s.type;
    if (Array.isArray(t)) {
      if (t.length === 2 && t.includes('integer') && t.includes('string') && s.pattern && s.pattern.includes('[KMGTPE]i')) {
        return { kind: 'CRDQUANTITY' };
      }
      die(`vpa-v1.json: unsupported type ${JSON.stringify(t)} at ${hint}`);
    }
    switch (t) {
      case 'string':
        if (s.enum) return { kind: 'ENUM', values: s.enum };
        if (s.format === 'date-time') return { kind: 'DATETIME' };
        if (s.format || s.pattern) die(`vpa-v1.json: unsupported string format at ${hint}`);
        return { kind: 'STRING' };
      case 'integer': {
        const vt = { kind: s.format === 'int32' ? 'INT32' : 'INT64' };
        if (s.minimum !== undefined) vt.min = s.minimum;
        return vt;
      }
      case 'number':
        return { kind: 'NUMBER' };
      case 'boolean':
        return { kind: 'BOOL' };
      case 'array':
        return { kind: 'ARRAY', elem: jsVt(s.items, `${hint}[]`) };
      case 'object':
        if (s.properties) return { kind: 'OBJECT', ref: vpaType(s, hint) };
        if (s.additionalProperties && typeof s.additionalProperties === 'object') {
          return { kind: 'MAP', elem: jsVt(s.additionalProperties, `${hint}{}`) };
        }
        if (s['x-kubernetes-preserve-unknown-fields']) return { kind: 'ANY' };
        die(`vpa-v1.json: free-form object at ${hint}`);
        break;
      default:
        die(`vpa-v1.json: unsupported schema at ${hint}`);
    }
    return null;
  };
  const vpaType = (s, name) => {
    if (types.has(name)) return name;
    if (s.additionalProperties !== false) die(`vpa-v1.json: ${name} does not set additionalProperties: false`);
    const t = { fields: [], flags: 0 };
    types.set(name, t);
    const req = new Set(s.required || []);
    for (const [f, fs_] of Object.entries(s.properties)) {
      t.fields.push({ name: f, vt: jsVt(fs_, `${name}.${f}`), required: req.has(f) });
    }
    return name;
  };
  const roots = [];
  for (const [key, ref] of Object.entries(vpa['x-kpc-kinds'])) {
    const name = ref.replace('#/definitions/', '');
    roots.push([key, vpaType(defs[name], `vpa.${name}`)]);
  }
  return roots;
}

// kubectl's generic List: apiVersion, kind, metadata, and items that are each
// an object of their own apiVersion/kind (validate.mjs does the same).
function addGenericList() {
  types.set('v1.List', {
    fields: [
      { name: 'apiVersion', vt: { kind: 'STRING' }, required: false },
      { name: 'kind', vt: { kind: 'STRING' }, required: false },
      { name: 'metadata', vt: { kind: 'OBJECT', ref: 'V1ListMeta' }, required: false },
      { name: 'items', vt: { kind: 'ARRAY', elem: { kind: 'EMBEDDED' } }, required: false },
    ],
    flags: 0,
  });
  return 'v1.List';
}

// ------------------------------------------------------------- emit ---

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const bytes = (s) => Buffer.from(s, 'utf8');
const bytesCmp = (a, b) => Buffer.compare(bytes(a), bytes(b));

// The hash of a field name; must match field_hash() in src/policy/schema.c.
// Little-endian loads of the first and last 8 (or 4) bytes, or three sampled
// bytes of a shorter name, mixed by two multiplications.
const M64 = (1n << 64n) - 1n;
function le(b, at, n) {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[at + i]);
  return v;
}
function fieldHash(name) {
  const b = bytes(name);
  const n = b.length;
  let a = 0n;
  let c = 0n;
  if (n >= 8) {
    a = le(b, 0, 8);
    c = le(b, n - 8, 8);
  } else if (n >= 4) {
    a = le(b, 0, 4);
    c = le(b, n - 4, 4);
  } else if (n > 0) {
    a = BigInt(b[0]) | (BigInt(b[n >> 1]) << 8n) | (BigInt(b[n - 1]) << 16n);
  }
  return (((((a * 0x9e3779b97f4a7c15n) & M64) ^ c ^ BigInt(n)) * 0xc2b2ae3d27d4eb4fn) & M64);
}

// Open addressing with linear probing, at most half full: 2^bits slots of
// [field index + 1 (0: empty), name length].
function fieldTable(names) {
  let bits = 1;
  while (1 << bits < 2 * names.length) bits++;
  const size = 1 << bits;
  const slots = Array.from({ length: size }, () => [0, 0]);
  names.forEach((name, i) => {
    let at = Number(fieldHash(name) >> BigInt(64 - bits));
    while (slots[at][0]) at = (at + 1) & (size - 1);
    slots[at] = [i + 1, bytes(name).length];
  });
  return { bits, slots };
}

function build() {
  let models;
  try {
    models = loadModels(GEN_DIR);
  } catch (e) {
    die(e.message);
  }
  const kindMap = loadKinds(GEN_DIR, models);
  addModels(models);
  const vpaRoots = addVpa(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'vpa-v1.json'), 'utf8')));
  const listType = addGenericList();

  const roots = [...kindMap.entries()].map(([k, m]) => [k, m]);
  roots.push(...vpaRoots);
  roots.push(['v1 List', listType]);

  // reachable types, in a stable order (breadth first from sorted roots)
  const order = [];
  const index = new Map();
  const visit = (name) => {
    if (index.has(name)) return;
    if (!types.has(name)) die(`unresolved type ${name}`);
    index.set(name, order.length);
    order.push(name);
  };
  const kinds = roots.map(([key, t]) => {
    const [api, kind] = key.split(' ');
    return { api, kind, type: t };
  });
  kinds.sort((a, b) => bytesCmp(a.kind, b.kind) || bytesCmp(a.api, b.api));
  for (const k of kinds) visit(k.type);
  const walkVt = (vt) => {
    if (vt.kind === 'OBJECT') visit(vt.ref);
    if (vt.elem) walkVt(vt.elem);
  };
  for (let i = 0; i < order.length; i++) for (const f of types.get(order[i]).fields) walkVt(f.vt);

  // strings
  const strings = new Map(); // string -> offset
  const rows = [[]];
  let col = 0;
  const str = (s) => {
    if (strings.has(s)) return strings.get(s);
    const n = bytes(s).length + 1;
    if (n > 4000) die(`string too long: ${s}`);
    if (col + n > 4095) {
      rows.push([]);
      col = 0;
    }
    const off = (rows.length - 1) * 4096 + col;
    rows[rows.length - 1].push(s);
    col += n;
    strings.set(s, off);
    return off;
  };

  // enums
  const enums = [];
  const enumIndex = new Map();
  const enumVals = [];
  const enumOf = (values) => {
    const key = JSON.stringify(values);
    if (enumIndex.has(key)) return enumIndex.get(key);
    const i = enums.length;
    enums.push({ first: enumVals.length, n: values.length, values });
    for (const v of values) enumVals.push({ off: str(v), v });
    enumIndex.set(key, i);
    return i;
  };

  // value types, deduplicated
  const vts = [];
  const vtIndex = new Map();
  const vtOf = (vt) => {
    let ref = 0;
    if (vt.kind === 'OBJECT') ref = index.get(vt.ref);
    else if (vt.kind === 'ARRAY' || vt.kind === 'MAP') ref = vtOf(vt.elem);
    else if (vt.kind === 'ENUM') ref = enumOf(vt.values);
    const hasMin = vt.min !== undefined ? 1 : 0;
    const min = hasMin ? vt.min : 0;
    const key = `${vt.kind} ${ref} ${hasMin} ${min}`;
    if (vtIndex.has(key)) return vtIndex.get(key);
    const i = vts.length;
    vts.push({ kind: vt.kind, ref, hasMin, min, desc: describeVt(vt) });
    vtIndex.set(key, i);
    return i;
  };
  const describeVt = (vt) => {
    switch (vt.kind) {
      case 'OBJECT': return vt.ref;
      case 'ARRAY': return `[]${describeVt(vt.elem)}`;
      case 'MAP': return `map[string]${describeVt(vt.elem)}`;
      case 'ENUM': return `enum(${vt.values.join('|')})`;
      default: return vt.kind.toLowerCase() + (vt.min !== undefined ? `>=${vt.min}` : '');
    }
  };

  // fields, and each type's hash table of them
  const fields = [];
  const typeRows = [];
  const slots = [];
  for (const name of order) {
    const t = types.get(name);
    const fs_ = [...t.fields].sort((a, b) => bytesCmp(a.name, b.name));
    for (let i = 1; i < fs_.length; i++) if (fs_[i].name === fs_[i - 1].name) die(`${name}: duplicate field ${fs_[i].name}`);
    if (fs_.length > 254) die(`${name}: more than 254 fields`);
    const nreq = fs_.filter((f) => f.required).length;
    const table = fieldTable(fs_.map((f) => f.name));
    typeRows.push({ name, first: fields.length, n: fs_.length, nreq, flags: t.flags, slots: slots.length, bits: table.bits });
    slots.push(...table.slots);
    for (const f of fs_) fields.push({ off: str(f.name), vt: vtOf(f.vt), required: f.required, name: f.name, desc: describeVt(f.vt) });
  }
  for (const k of kinds) {
    k.apiOff = str(k.api);
    k.kindOff = str(k.kind);
  }
  if (rows.length * 4096 > 65536) die('the string table outgrew 16-bit offsets');
  if (fields.length > 65535 || vts.length > 32767 || order.length > 65535 || slots.length > 65535) die('tables outgrew 16-bit indexes');
  return { order, typeRows, fields, slots, vts, enums, enumVals, kinds, rows, strings };
}

function cstr(s) {
  let out = '';
  for (const ch of bytes(s)) {
    if (ch === 0x22 || ch === 0x5c || ch === 0x3f) out += `\\${String.fromCharCode(ch)}`;
    else if (ch < 0x20 || ch > 0x7e) out += `\\${ch.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(ch);
  }
  return out;
}

// Pushes `words` as tab-indented lines of at most ~110 columns.
function wrap(L, head, words, tail) {
  let line = head;
  for (const w of words) {
    if (line.length + w.length + 1 > 110 && line.trim()) {
      L.push(`\t${line}`);
      line = head ? ' *' : '';
    }
    line += line ? ` ${w}` : w;
  }
  L.push(`\t${line}${tail}`);
}

function emit(d) {
  const L = [];
  L.push('/* k8s_schema_data.c: the Kubernetes 1.32 schema for AP003/AP004 (see schema.h).');
  L.push(' *');
  L.push(' * GENERATED FILE, do not edit.  Regenerate from the repository root with');
  L.push(' *     sh tests/schema/setup.sh && node tools/gen-k8s-schema.mjs');
  L.push(` * Source: the Kubernetes ${SPEC_VERSION} OpenAPI models of the npm package`);
  L.push(` * @kubernetes/client-node@${PKG_VERSION} (tests/schema/node_modules), the 1.32`);
  L.push(' * resource.Quantity fields listed in tools/gen-k8s-schema.mjs, the');
  L.push(' * VerticalPodAutoscaler CRD of tests/schema/vpa-v1.json, and kubectl\'s `v1 List`.');
  L.push(` * ${d.kinds.length} apiVersion/kinds, ${d.order.length} types, ${d.fields.length} fields, ${d.vts.length} value types. */`);
  L.push('#include "schema.h"');
  L.push('');
  L.push('/* NUL-terminated strings; offset = row * 4096 + column */');
  L.push(`const char k8s_strtab[${d.rows.length}][4096] = {`);
  for (const row of d.rows) {
    L.push('\t{');
    let line = '';
    for (const s of row) {
      const piece = `"${cstr(s)}\\0"`;
      if (line.length + piece.length + 1 > 110) {
        L.push(`\t\t${line.trimEnd()}`);
        line = '';
      }
      line += `${piece} `;
    }
    if (line) L.push(`\t\t${line.trimEnd()}`);
    L.push('\t},');
  }
  L.push('};');
  L.push('');
  L.push('const uint16_t k8s_enum_vals[] = {');
  L.push(`\t${d.enumVals.map((e) => e.off).join(', ') || '0'},`);
  L.push('};');
  L.push('const struct k8s_enum k8s_enums[] = {');
  for (const e of d.enums) L.push(`\t{${e.first}, ${e.n}}, /* ${e.values.join(' ')} */`);
  if (!d.enums.length) L.push('\t{0, 0},');
  L.push('};');
  L.push('');
  L.push('const struct k8s_vt k8s_vts[] = {');
  d.vts.forEach((v, i) => L.push(`\t{K8S_${v.kind}, ${v.hasMin}, ${v.min}, ${v.ref}}, /* ${i}: ${v.desc} */`));
  L.push('};');
  L.push('');
  L.push('/* per type: name, value type (| R: required; "!" in the comments) */');
  L.push('#define R K8S_REQUIRED');
  L.push('const struct k8s_field k8s_fields[] = {');
  d.typeRows.forEach((t, ti) => {
    const fs_ = d.fields.slice(t.first, t.first + t.n);
    wrap(L, `/* ${ti} ${t.name}:`, fs_.map((f) => `${f.name}${f.required ? '!' : ''}`), ' */');
    wrap(L, '', fs_.map((f) => `{${f.off}, ${f.vt}${f.required ? ' | R' : ''}},`), '');
  });
  L.push('};');
  L.push('#undef R');
  L.push('');
  L.push('/* per type, 2^bits slots: field index + 1 (0: empty), name length */');
  L.push('const struct k8s_slot k8s_slots[] = {');
  d.typeRows.forEach((t, ti) => {
    wrap(L, '', d.slots.slice(t.slots, t.slots + (1 << t.bits)).map(([f, n]) => `{${f}, ${n}},`), ` /* ${ti} */`);
  });
  L.push('};');
  L.push('');
  L.push('/* first field, first slot, field count, required fields, flags, slot bits */');
  L.push('const struct k8s_type k8s_types[] = {');
  const flagNames = (f) => [[TF_CONTAINER, 'K8S_TF_CONTAINER'], [TF_SECRET, 'K8S_TF_SECRET'], [TF_MEMO, 'K8S_TF_MEMO']].filter(([b]) => f & b).map(([, n]) => n).join(' | ') || '0';
  d.typeRows.forEach((t, i) => L.push(`\t{${t.first}, ${t.slots}, ${t.n}, ${t.nreq}, ${flagNames(t.flags)}, ${t.bits}}, /* ${i}: ${t.name} */`));
  L.push('};');
  L.push(`const size_t k8s_type_count = ${d.typeRows.length};`);
  L.push('');
  L.push('/* sorted by kind, then apiVersion (bytewise) */');
  L.push('const struct k8s_kind k8s_kinds[] = {');
  for (const k of d.kinds) L.push(`\t{${k.kindOff}, ${k.apiOff}, ${d.order.indexOf(k.type)}}, /* ${k.api} ${k.kind} */`);
  L.push('};');
  L.push(`const size_t k8s_kind_count = ${d.kinds.length};`);
  return `${L.join('\n')}\n`;
}

function main(argv) {
  let out = OUT_DEFAULT;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '-o' && i + 1 < argv.length) out = path.resolve(argv[++i]);
    else die(`usage: node tools/gen-k8s-schema.mjs [--check] [-o FILE]`);
  }
  const text = emit(build());
  if (check) {
    const cur = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (cur !== text) {
      process.stderr.write(`gen-k8s-schema: ${path.relative(ROOT, out)} is stale; run node tools/gen-k8s-schema.mjs\n`);
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(out, text);
  process.stderr.write(`gen-k8s-schema: wrote ${path.relative(ROOT, out)} (${text.length} bytes)\n`);
}

main(process.argv.slice(2));
