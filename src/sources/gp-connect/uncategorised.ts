import { mapCode, notes, type GpCodeModel } from './stu3.js';
import type { StuList, StuObservationComponent, StuProcedureRequest } from './wire.js';

/** The SNOMED CT codes of the Lists of these areas (GP Connect's List page, and the specification's examples). */
export const UNCATEGORISED_LIST_CODE = '826501000000100';
export const DIARY_LIST_CODE = '714311000000108';

export interface GpObservationComponentModel {
  code: GpCodeModel | null;
  value: string | null;
  unit: string | null;
  interpretation: GpCodeModel | null;
}

export interface GpDiaryEntryModel {
  id: string | null;
  status: string | null;
  code: GpCodeModel | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  authoredOn: string | null;
  reasons: GpCodeModel[];
  notes: string[];
  resource: StuProcedureRequest;
}

/** A value as recorded: a quantity's number, a text, or a coded value's display. Pure. */
export function observedValue(o: Pick<StuObservationComponent, 'valueQuantity' | 'valueString' | 'valueCodeableConcept'>): string | null {
  if (o.valueQuantity?.value !== undefined) return String(o.valueQuantity.value);
  return o.valueString ?? mapCode(o.valueCodeableConcept)?.display ?? null;
}

export function mapObservationComponent(c: StuObservationComponent): GpObservationComponentModel {
  return { code: mapCode(c.code), value: observedValue(c), unit: c.valueQuantity?.unit ?? null, interpretation: mapCode(c.interpretation) };
}

/**
 * A diary entry in the graph's shape. Pure. The planned date is a single date (occurrenceDateTime) or a period; a
 * completed-action code still means a planned action (GP Connect's diary entry guidance).
 */
export function mapDiaryEntry(p: StuProcedureRequest): GpDiaryEntryModel {
  return {
    id: p.id ?? null,
    status: p.status ?? null,
    code: mapCode(p.code),
    plannedStart: p.occurrenceDateTime ?? p.occurrencePeriod?.start ?? null,
    plannedEnd: p.occurrencePeriod?.end ?? null,
    authoredOn: p.authoredOn ?? null,
    reasons: (p.reasonCode ?? []).flatMap((c) => mapCode(c) ?? []),
    notes: notes(p),
    resource: p,
  };
}

/** The references an area's List names (its entries), for the area whose List code is `code`. */
export function listedReferences(lists: readonly StuList[], code: string): Set<string> {
  const refs = new Set<string>();
  for (const list of lists) {
    if (list.encounter || !list.code?.coding?.some((c) => c.code === code)) continue;
    for (const e of list.entry ?? []) if (e.item?.reference) refs.add(e.item.reference);
  }
  return refs;
}
