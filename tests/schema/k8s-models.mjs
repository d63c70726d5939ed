// k8s-models.mjs: the Kubernetes 1.32 object models, as the npm package
// @kubernetes/client-node generates them, read for two users: the offline
// schema check of the suite (validate.mjs) and the generator of the schema
// kpc compiles in (tools/gen-k8s-schema.mjs). One reader, so that both see
// the same models, kinds and Quantity fields.
import fs from 'node:fs';
import path from 'node:path';

export const SPEC_VERSION = 'v1.32.0';

// Fields whose OpenAPI type is io.k8s.apimachinery.pkg.api.resource.Quantity
// (or a map of them) in Kubernetes 1.32. The generator flattens Quantity to
// "string", so they are listed here; each entry is checked against the models
// at start-up, so a typo or a model change is an error, not a silent gap.
export const QUANTITY_FIELDS = {
  V1ContainerStatus: ['allocatedResources'],
  V1EmptyDirVolumeSource: ['sizeLimit'],
  V1LimitRangeItem: ['default', 'defaultRequest', 'max', 'maxLimitRequestRatio', 'min'],
  V1NodeStatus: ['allocatable', 'capacity'],
  V1PersistentVolumeClaimStatus: ['allocatedResources', 'capacity'],
  V1PersistentVolumeSpec: ['capacity'],
  V1PodSpec: ['overhead'],
  V1ResourceFieldSelector: ['divisor'],
  V1ResourceQuotaSpec: ['hard'],
  V1ResourceQuotaStatus: ['hard', 'used'],
  V1ResourceRequirements: ['limits', 'requests'],
  V1VolumeResourceRequirements: ['limits', 'requests'],
  V1Overhead: ['podFixed'],
  V1CSIStorageCapacity: ['capacity', 'maximumVolumeSize'],
  V2MetricTarget: ['averageValue', 'value'],
  V2MetricValueStatus: ['averageValue', 'value'],
  V1alpha3BasicDevice: ['capacity'],
  V1beta1DeviceCapacity: ['value'],
};

function isSpecFile(text) {
  return text.includes(`OpenAPI spec version: ${SPEC_VERSION}`);
}

export function loadModels(genDir) {
  const dir = path.join(genDir, 'models');
  const models = new Map(); // name -> { attrs: [{name, baseName, type, format}], required: Set(baseName) }
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.js')) continue;
    const name = f.slice(0, -3);
    const js = fs.readFileSync(path.join(dir, f), 'utf8');
    if (!isSpecFile(js)) continue;
    const m = js.match(/\.attributeTypeMap = (\[[\s\S]*?\n\]);/);
    if (!m) continue; // enums, ObjectSerializer, index files
    const attrs = JSON.parse(m[1]);
    const dts = fs.readFileSync(path.join(dir, `${name}.d.ts`), 'utf8');
    const required = new Set();
    const byTsName = new Map(attrs.map((a) => [a.name, a.baseName]));
    for (const r of dts.matchAll(/^ {4}'([^']+)'(\?)?:/gm)) {
      if (!r[2] && byTsName.has(r[1])) required.add(byTsName.get(r[1]));
    }
    models.set(name, { attrs, required });
  }
  for (const [model, fields] of Object.entries(QUANTITY_FIELDS)) {
    const m = models.get(model);
    for (const field of fields) {
      const a = m && m.attrs.find((x) => x.baseName === field);
      if (!a) throw new Error(`schema setup: Quantity field ${model}.${field} not found in the models`);
      a.quantity = true;
    }
  }
  return models;
}

// apiVersion + kind -> model, from POST bodies to collection paths.
export function loadKinds(genDir, models) {
  const dir = path.join(genDir, 'apis');
  const kinds = new Map(); // "apiVersion kind" -> model name
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('Api.js')) continue;
    // API classes carry no spec header; stale ones (APIs removed before 1.32)
    // only reference stale models, which loadModels() left out.
    const js = fs.readFileSync(path.join(dir, f), 'utf8');
    const requestFactory = js.split(/\nexport class \w+ResponseProcessor/)[0];
    for (const block of requestFactory.split(/\n {4}async /)) {
      const p = block.match(/const localVarPath = '([^']+)'/);
      const body = block.match(/ObjectSerializer\.serialize\(body, "(\w+)", ""\)/);
      if (!p || !body || !/HttpMethod\.POST\b/.test(block)) continue;
      const urlPath = p[1];
      if (urlPath.includes('{name}')) continue; // subresources (eviction, binding, token, ...)
      let apiVersion;
      let mm;
      if ((mm = urlPath.match(/^\/api\/(v1)\//))) apiVersion = mm[1];
      else if ((mm = urlPath.match(/^\/apis\/([^/]+)\/([^/]+)\//))) apiVersion = `${mm[1]}/${mm[2]}`;
      else continue;
      const model = body[1];
      const km = model.match(/^(?:[A-Z][a-z]*)*?V\d+(?:alpha\d+|beta\d+)?([A-Z]\w*)$/);
      if (!km || !models.has(model)) continue;
      const kind = km[1];
      kinds.set(`${apiVersion} ${kind}`, model);
      if (models.has(`${model}List`)) kinds.set(`${apiVersion} ${kind}List`, `${model}List`);
    }
  }
  return kinds;
}
