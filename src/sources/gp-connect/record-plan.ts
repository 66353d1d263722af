import type { RecordArea, RecordAreas } from './structured-request.js';

/**
 * What a GpRecord field asks of the structured record: one area with its options, or what rides on any call for the
 * patient (`record`: the practice, joins the patient's first call; `lists`: warnings and empty reasons, joins every call).
 */
export type RecordAreaKey =
  | { [A in RecordArea]: { nhsNumber: string; area: A; options: RecordAreas[A] } }[RecordArea]
  | { nhsNumber: string; area: 'record' | 'lists' };

/** Equal keys (same patient, area and options) share one load. */
export function recordCacheKey(key: RecordAreaKey): string {
  return `${key.nhsNumber}|${key.area}|${JSON.stringify(optionsOf(key))}`;
}

export interface PlannedRecordCall {
  nhsNumber: string;
  areas: RecordAreas;
  keys: RecordAreaKey[];
}

const optionsOf = (key: RecordAreaKey): object => ('options' in key ? (key.options ?? {}) : {});
const isJoiner = (key: RecordAreaKey): boolean => key.area === 'record' || key.area === 'lists';

/**
 * Groups area keys into calls: one per patient, unless the same area is asked twice with different options (two
 * aliases), which needs a second call. A record key joins the patient's first call and a lists key every call of the
 * patient; alone, they ask for active allergies, the lightest area (GP Connect refuses a request that names none). A
 * key may so belong to several calls. Pure.
 */
export function planRecordCalls(keys: readonly RecordAreaKey[]): PlannedRecordCall[] {
  const calls: (PlannedRecordCall & { options: Map<string, string> })[] = [];
  for (const key of keys.filter((k) => !isJoiner(k))) {
    const options = JSON.stringify(optionsOf(key));
    let call = calls.find((c) => c.nhsNumber === key.nhsNumber && (c.options.get(key.area) ?? options) === options);
    if (!call) {
      call = { nhsNumber: key.nhsNumber, areas: {}, options: new Map(), keys: [] };
      calls.push(call);
    }
    call.options.set(key.area, options);
    (call.areas as Record<string, unknown>)[key.area] = optionsOf(key);
    call.keys.push(key);
  }
  for (const key of keys.filter(isJoiner)) {
    const mine = calls.filter((c) => c.nhsNumber === key.nhsNumber);
    if (mine.length === 0) {
      const lightest = { includeResolved: false };
      calls.push({ nhsNumber: key.nhsNumber, areas: { allergies: lightest }, options: new Map([['allergies', JSON.stringify(lightest)]]), keys: [key] });
    } else {
      for (const call of key.area === 'record' ? mine.slice(0, 1) : mine) call.keys.push(key);
    }
  }
  return calls.map(({ nhsNumber, areas, keys: k }) => ({ nhsNumber, areas, keys: k }));
}
