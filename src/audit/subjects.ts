import { NHS_NUMBER_SYSTEM } from '../sources/fhir-systems.js';
export { NHS_NUMBER_SYSTEM };
/** FHIR's identifier system for NHS numbers, the same in every NHS England API. */

/** Properties of our own models (mapped upstream answers) that name their patient, whether or not the schema shows them. */
const OWN_NHS_NUMBER_KEYS = ['nhsNumber', 'patientNhsNumber'] as const;
const NHS_NUMBER = /^\d{10}$/;
/** Enough for any message or answer within the request body and upstream size limits; the walk stops beyond it. */
const MAX_NODES = 200_000;

const memo = new WeakMap<object, readonly string[]>();

/**
 * The NHS numbers of the patients a value is about: an upstream answer as the graph mapped it, or a FHIR message a
 * client sent. It finds FHIR identifiers with the NHS-number system (a Patient's `identifier`, a resource's
 * `subject.identifier`, a participant's `actor.identifier`: every NHS API names patients so), and the `nhsNumber` /
 * `patientNhsNumber` of our models, where it stops (a model's verbatim `resource` names the same patient). The walk is
 * iterative (a deeply nested message cannot overflow the stack) and bounded. Objects are remembered, so the same
 * answer is walked once per process however many fields read from it.
 */
export function patientsNamedIn(value: unknown): readonly string[] {
  if (value === null || typeof value !== 'object') return [];
  const known = memo.get(value);
  if (known) return known;
  const found = new Set<string>();
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  for (let nodes = 0; stack.length > 0 && nodes < MAX_NODES; nodes++) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const o = v as Record<string, unknown>;
    const own = ownNhsNumber(o);
    if (own) {
      found.add(own);
      continue;
    }
    if (o.system === NHS_NUMBER_SYSTEM && typeof o.value === 'string') {
      const n = o.value.replace(/\s/g, '');
      if (NHS_NUMBER.test(n)) found.add(n);
      continue;
    }
    for (const key in o) {
      const child = o[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  const result = [...found];
  memo.set(value, result);
  return result;
}

function ownNhsNumber(o: Record<string, unknown>): string | undefined {
  for (const key of OWN_NHS_NUMBER_KEYS) {
    const v = o[key];
    if (typeof v === 'string') {
      const n = v.replace(/\s/g, '');
      if (NHS_NUMBER.test(n)) return n;
    }
  }
  return undefined;
}
