import $RefParser from '@apidevtools/json-schema-ref-parser';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { CONTRACTS_DIR } from '../../src/sandbox/fixtures.js';

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
   * For specs whose responses carry examples but no schema (ODS): a schema derived from the spec's example, so every
   * field we send that the example has must have the example's JSON type, recursively, and resourceType must match.
   */
  validateAgainstExample(method: string, path: string, status: number, body: unknown): string[] {
    const op = this.doc.paths?.[path]?.[method.toLowerCase()];
    const responses = (op?.responses ?? {}) as Json;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses[k]);
    const content = (key ? responses[key].content : undefined) as Json | undefined;
    const media = content && Object.keys(content).find((m) => /json/.test(m));
    const example = media ? (content[media].example ?? (Object.values(content[media].examples ?? {}) as Json[])[0]?.value) : undefined;
    if (example === undefined) throw new Error(`spec has no example for ${status} on ${method} ${path}`);
    const schema = shapeOf(example);
    if (example.resourceType) schema.properties.resourceType = { const: example.resourceType };
    const validator = this.ajv.compile(schema);
    return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  private resolve(pointer: string): Json {
    return pointer
      .replace(/^#\//, '')
      .split('/')
      .reduce((node: Json, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
  }
}

function escape(segment: string): string {
  // A `#` inside a path (EPS documents `$process-message#prescription-order`) must be percent-encoded in a $ref.
  return segment.replace(/~/g, '~0').replace(/\//g, '~1').replace(/#/g, '%23');
}

/** Violations of an example's shape (see validateAgainstExample) by a body, for APIs whose specs ship example files only. */
export function exampleShapeErrors(example: unknown, body: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validator = ajv.compile(shapeOf(example));
  return validator(body) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** A lenient JSON Schema of an example's shape: the types of the fields it has; arrays take the union of their items. */
function shapeOf(value: unknown): Json {
  if (Array.isArray(value)) return { type: 'array', items: value.map(shapeOf).reduce((acc: Json | undefined, v) => (acc ? merge(acc, v) : v), undefined) ?? {} };
  if (value === null) return {};
  if (typeof value === 'object') {
    const properties: Json = {};
    for (const [k, v] of Object.entries(value as Json)) properties[k] = shapeOf(v);
    return { type: 'object', properties };
  }
  return { type: typeof value === 'number' ? 'number' : typeof value };
}

/** The shape both a and b fit. `{}` (no type) admits anything, and stays so: a field that is null in one item, or
 * of another type in another (Patient.name is an array, Organization.name a string), constrains nothing. */
function merge(a: Json, b: Json): Json {
  if (!a.type || !b.type || a.type !== b.type) return {};
  if (a.type === 'object') {
    const properties: Json = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties as Json)) properties[k] = properties[k] ? merge(properties[k], v as Json) : v;
    return { type: 'object', properties };
  }
  if (a.type === 'array') return { type: 'array', items: merge(a.items, b.items) };
  return a;
}
