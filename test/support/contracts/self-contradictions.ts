import type { Operation } from 'openapi-backend';
import type { LoadedSpec } from './specs.js';

type Json = Record<string, any>;

/** The schema rules (ajv schema paths, see ruleOf) an operation's own published examples break: on the request, per response key. */
export interface Contradictions {
  request: ReadonlySet<string>;
  responses: ReadonlyMap<string, ReadonlySet<string>>;
}

const cache = new WeakMap<LoadedSpec, Map<string, Contradictions>>();

/**
 * Where a spec's examples and its schema disagree, the examples win (DESIGN.md: "the spec's examples win"): several NHS
 * documents publish examples their own schemas refuse (EPS: a prescription id pattern written as a regex literal with
 * its slashes, an example UUID made the only allowed Bundle id, FHIR codes typed as integers). Each operation's examples
 * (the `example`/`examples` of its request body and of each response) are run through the same validator, once, and
 * the rules they break are the rules the spec contradicts. Those rules are reported by `npm run contracts` as the
 * spec's, never silently: they are listed in docs/contracts-findings.md.
 */
export function selfContradictions(spec: LoadedSpec, operation: Operation): Contradictions {
  let perSpec = cache.get(spec);
  if (!perSpec) {
    perSpec = new Map();
    cache.set(spec, perSpec);
  }
  const id = operation.operationId as string;
  let found = perSpec.get(id);
  if (!found) {
    found = compute(spec, operation);
    perSpec.set(id, found);
  }
  return found;
}

function compute(spec: LoadedSpec, operation: Operation): Contradictions {
  const validator = spec.backend.validator;
  const request = new Set<string>();
  for (const example of examplesOf((operation.requestBody as Json | undefined)?.content?.['application/json'])) {
    const result = validator.validateRequest(
      {
        method: operation.method,
        path: spec.root + operation.path.split('#')[0],
        headers: { 'content-type': 'application/json' },
        body: example,
        query: {},
      } as never,
      operation,
    );
    for (const e of (result.errors ?? []) as RuleBreak[]) if (e.instancePath.startsWith('/requestBody')) request.add(ruleOf(e));
  }
  const responses = new Map<string, Set<string>>();
  for (const [key, response] of Object.entries((operation.responses ?? {}) as Json)) {
    const broken = new Set<string>();
    const status = /^\d{3}$/.test(key) ? Number(key) : /^\dXX$/.test(key) ? Number(key[0]) * 100 : undefined;
    if (status === undefined) continue;
    for (const example of examplesOf((response as Json).content?.['application/json'])) {
      for (const e of (validator.validateResponse(example, operation, status).errors ?? []) as RuleBreak[]) broken.add(ruleOf(e));
    }
    responses.set(key, broken);
  }
  return { request, responses };
}

interface RuleBreak {
  instancePath: string;
  schemaPath: string;
  params?: Record<string, unknown>;
}

/** A broken rule: the schema path, and for `required`/`additionalProperties` which property (one rule per property). */
export function ruleOf(e: RuleBreak): string {
  const property = e.params?.missingProperty ?? e.params?.additionalProperty;
  return property === undefined ? e.schemaPath : `${e.schemaPath}:${String(property)}`;
}

function examplesOf(media: Json | undefined): unknown[] {
  if (!media) return [];
  const out: unknown[] = [];
  if (media.example !== undefined) out.push(media.example);
  for (const e of Object.values((media.examples ?? {}) as Json)) if ((e as Json)?.value !== undefined) out.push((e as Json).value);
  return out;
}
