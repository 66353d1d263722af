import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { CONTRACTS_DIR } from '../../sandbox/src/fixtures.js';
import { FHIR_MANDATORY, FHIR_MANDATORY_ELEMENTS } from './fhir-mandatory.js';

type Json = Record<string, any>;

/** A published NHS OpenAPI spec, bundled into one document, with response-body validators compiled from it. */
export class OpenApiSpec {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  private constructor(private readonly doc: Json) {
    // OpenAPI 3.0 schemas carry `example`, `xml`, `discriminator`...: not JSON Schema keywords, so not strict.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    // ajv-formats is CommonJS: under NodeNext its default import is the module object.
    const addFormats = (formatsPlugin as unknown as { default: (ajv: Ajv) => Ajv }).default;
    addFormats(this.ajv);
    // PDS's schemas say `format: datetime` (not JSON Schema's date-time) for Bundle.timestamp.
    this.ajv.addFormat('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
    this.ajv.addSchema(doc, 'spec');
  }

  /** Loads contracts/nhs/<relativePath> and every file it references. */
  static async load(relativePath: string): Promise<OpenApiSpec> {
    // Tests never fetch from the internet: a remote $ref (the EPS specs point at the platform's shared security
    // schemes) resolves to an empty schema.
    const offline = { order: 1, canRead: /^https?:\/\//i, read: () => '{}' };
    const doc = (await $RefParser.bundle(CONTRACTS_DIR + relativePath, { resolve: { http: false, offline } as never })) as Json;
    return new OpenApiSpec(doc);
  }

  /** The operation's response schema for a status (or `default`), and the JSON media type it is declared under. */
  responsePointer(method: string, path: string, status: number): string {
    const op = this.doc.paths?.[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`spec has no ${method} ${path}`);
    const responses = op.responses as Json;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k]);
    if (!key) throw new Error(`spec has no ${status} response for ${method} ${path}`);
    let response = responses[key] as Json;
    let pointer = `#/paths/${escape(path)}/${method.toLowerCase()}/responses/${key}`;
    if (response.$ref) {
      pointer = response.$ref as string;
      response = this.resolve(pointer);
    }
    const media = Object.keys(response.content ?? {}).find((m) => /json/.test(m));
    if (!media) throw new Error(`spec declares no JSON body for ${status} on ${method} ${path}`);
    return `${pointer}/content/${escape(media)}/schema`;
  }

  /** Validates a response body; resolves to the list of schema violations (empty when it conforms). */
  validate(method: string, path: string, status: number, body: unknown): string[] {
    const pointer = this.responsePointer(method, path, status);
    const validator = this.cache.get(pointer) ?? this.ajv.compile({ $ref: `spec${pointer}` });
    this.cache.set(pointer, validator);
    return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /** Validates a request body against the operation's JSON request schema; the list of violations. */
  validateRequest(method: string, path: string, body: unknown): string[] {
    const content = (this.doc.paths?.[path]?.[method.toLowerCase()]?.requestBody?.content ?? {}) as Json;
    const media = Object.keys(content).find((m) => /json/.test(m));
    if (!media) throw new Error(`spec declares no JSON request body for ${method} ${path}`);
    const pointer = `#/paths/${escape(path)}/${method.toLowerCase()}/requestBody/content/${escape(media)}/schema`;
    const validator = this.cache.get(pointer) ?? this.ajv.compile({ $ref: `spec${pointer}` });
    this.cache.set(pointer, validator);
    return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  /**
   * For specs whose responses carry examples but no schema (ODS, GP Connect): a schema derived from the spec's examples
   * for that status (shapeOf): every field the examples always carry is required, with the examples' JSON type,
   * recursively, and resourceType must match.
   */
  validateAgainstExample(method: string, path: string, status: number, body: unknown): string[] {
    const op = this.doc.paths?.[path]?.[method.toLowerCase()];
    const responses = (op?.responses ?? {}) as Json;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k]);
    const content = (key ? responses[key].content : undefined) as Json | undefined;
    const media = content && Object.keys(content).find((m) => /json/.test(m));
    const examples = media
      ? [content[media].example, ...(Object.values(content[media].examples ?? {}) as Json[]).map((e) => e.value)].filter((e) => e !== undefined)
      : [];
    if (examples.length === 0) throw new Error(`spec has no example for ${status} on ${method} ${path}`);
    return exampleShapeErrors(examples, body);
  }

  /** A bundled $ref's node. Its segments are JSON-pointer escaped and URI-encoded (`{id}` is written `%7Bid%7D`). */
  private resolve(pointer: string): Json {
    return pointer
      .replace(/^#\//, '')
      .split('/')
      .reduce((node: Json, part) => node[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
  }
}

function escape(segment: string): string {
  // A `#` inside a path (EPS documents `$process-message#prescription-order`) must be percent-encoded in a $ref.
  return segment.replace(/~/g, '~0').replace(/\//g, '~1').replace(/#/g, '%23');
}

/**
 * Violations of the shape of a spec's examples by a body, for APIs whose specs ship examples but no schema (ODS, GP
 * Connect, the tracker, whose schema files are not published). `examples` is one example or several of the same kind.
 */
export function exampleShapeErrors(examples: unknown, body: unknown): string[] {
  const all = Array.isArray(examples) && examples.every((e) => e && typeof e === 'object' && !Array.isArray(e)) ? examples : [examples];
  const schema = all.map((e) => shapeOf(e)).reduce((acc: Json | undefined, v) => (acc ? merge(acc, v) : v), undefined) ?? {};
  const first = all[0] as Json | undefined;
  if (typeof first?.resourceType === 'string' && all.every((e) => (e as Json).resourceType === first.resourceType))
    schema.properties.resourceType = { const: first.resourceType };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validator = ajv.compile(schema);
  return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/**
 * A JSON Schema of an example's shape: the types of the fields it has, recursively; arrays take the union of their
 * items (merge). The fields FHIR makes mandatory (test/support/fhir-mandatory.ts) that the example carries are
 * required, resourceType included, so `{}` or a Bundle without its `type` is not shaped like the spec; the fields the
 * example merely shows stay optional.
 */
function shapeOf(value: unknown, name = ''): Json {
  if (Array.isArray(value)) return { type: 'array', items: itemsShape(value, name) };
  if (value === null) return {};
  if (typeof value === 'object') {
    const object = value as Json;
    const properties: Json = {};
    for (const [k, v] of Object.entries(object)) properties[k] = shapeOf(v, k);
    const mandatory =
      typeof object.resourceType === 'string' ? ['resourceType', ...(FHIR_MANDATORY[object.resourceType] ?? [])] : (FHIR_MANDATORY_ELEMENTS[name] ?? []);
    return { type: 'object', properties, required: mandatory.filter((k) => k in object) };
  }
  return { type: typeof value === 'number' ? 'number' : typeof value };
}

/**
 * The shape of a list's items: their union (merge); for a list of FHIR resources of several types (a Bundle's
 * entries), one shape per type, each held to its own type's mandatory fields, and any type the examples do not show
 * left open.
 */
function itemsShape(items: unknown[], name: string): Json {
  const typeOf = (item: unknown) => ((item as Json)?.resourceType ?? (item as Json)?.resource?.resourceType) as string | undefined;
  const union = (list: unknown[]) => list.map((v) => shapeOf(v, name)).reduce((acc: Json | undefined, v) => (acc ? merge(acc, v) : v), undefined) ?? {};
  const types = [...new Set(items.map(typeOf))];
  if (types.length < 2 || types.includes(undefined)) return union(items);
  const direct = typeof (items[0] as Json).resourceType === 'string';
  return byType(Object.fromEntries(types.map((t) => [t as string, union(items.filter((i) => typeOf(i) === t))])), direct);
}

/** Items that are resources of several types: one shape per type (pinned to it), any other type open. */
function byType(shapes: Record<string, Json>, direct: boolean): Json {
  const types = Object.keys(shapes);
  const pin = (schema: Json, type: unknown) =>
    direct
      ? { ...schema, properties: { ...schema.properties, resourceType: type } }
      : {
          ...schema,
          properties: {
            ...schema.properties,
            resource: { ...schema.properties.resource, properties: { ...schema.properties.resource.properties, resourceType: type } },
          },
        };
  const anyOf = [
    ...types.map((t) => pin(shapes[t] as Json, { const: t })),
    pin({ type: 'object', properties: { resource: { properties: {} } } }, { not: { enum: types } }),
  ];
  return { anyOf, 'x-shapes': shapes, 'x-direct': direct };
}

/**
 * The shape both a and b fit: a field is required when both require it. `{}` (no type) admits
 * anything, and stays so: a field that is null in one item, or of another type in another (Patient.name is an array,
 * Organization.name a string), constrains nothing. Objects of different FHIR resource types (a Bundle's entries) share
 * no required field but `resourceType`.
 */
function merge(a: Json, b: Json): Json {
  if (!a.type || !b.type || a.type !== b.type) return {};
  if (a.type === 'object') {
    const properties: Json = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties as Json)) properties[k] = properties[k] ? merge(properties[k], v as Json) : v;
    const required = (a.required as string[]).filter((k) => (b.required as string[]).includes(k));
    return { type: 'object', properties, required };
  }
  if (a.type === 'array') return { type: 'array', items: mergeItems(a.items, b.items) };
  return a;
}

/** Merges list item shapes; lists of several resource types merge type by type (byType). */
function mergeItems(a: Json, b: Json): Json {
  if (!a['x-shapes'] && !b['x-shapes']) return merge(a, b);
  const shapesOf = (x: Json) => x['x-shapes'] as Record<string, Json> | undefined;
  const sa = shapesOf(a);
  const sb = shapesOf(b);
  if (!sa || !sb) return {};
  const merged: Record<string, Json> = { ...sa };
  for (const [t, shape] of Object.entries(sb)) merged[t] = merged[t] ? merge(merged[t] as Json, shape) : shape;
  return byType(merged, Boolean(a['x-direct']));
}
