import { mapCode, notes, type GpCodeModel } from './stu3.js';
import type { StuList } from './wire.js';

/** The clinical area a List answers for, as the graph names it. */
export type GpRecordAreaName =
  | 'ALLERGIES'
  | 'MEDICATIONS'
  | 'PROBLEMS'
  | 'IMMUNISATIONS'
  | 'CONSULTATIONS'
  | 'REFERRALS'
  | 'INVESTIGATIONS'
  | 'UNCATEGORISED'
  | 'DIARY'
  | 'OTHER';

/** The SNOMED CT codes of the area Lists (the List page's `code`, and the specification's examples). */
const AREA_OF_LIST_CODE: Record<string, GpRecordAreaName> = {
  '886921000000105': 'ALLERGIES',
  '1103671000000101': 'ALLERGIES',
  '933361000000108': 'MEDICATIONS',
  '717711000000103': 'PROBLEMS',
  '1102181000000102': 'IMMUNISATIONS',
  '1149501000000101': 'CONSULTATIONS',
  '886721000000107': 'REFERRALS',
  '792931000000107': 'REFERRALS',
  '887191000000108': 'INVESTIGATIONS',
  '826501000000100': 'UNCATEGORISED',
  // The Diary list ("Patient recall administration" in GP Connect's diary entries example).
  '714311000000108': 'DIARY',
};

/** The List warning codes (GP Connect List page, "Warning codes"), with the display the specification gives each. */
const WARNING_DISPLAY: Record<string, string> = {
  'confidential-items': 'Confidential Items',
  'data-in-transit': 'Data in Transit',
  'data-awaiting-filing': 'Data Awaiting Filing',
};

export interface GpRecordWarningModel {
  code: string;
  display: string | null;
}

export interface GpRecordListModel {
  area: GpRecordAreaName;
  title: string | null;
  code: GpCodeModel | null;
  emptyReason: GpCodeModel | null;
  warnings: GpRecordWarningModel[];
  notes: string[];
}

/**
 * The area Lists of a structured record with their warnings (extension ListWarningCode-1, `valueCode` in 1.6, a
 * `valueCodeableConcept` in earlier profiles) and `emptyReason`. The Lists that structure a consultation (they name
 * an encounter) are not area Lists and are left out. Pure.
 */
export function mapRecordLists(lists: readonly StuList[]): GpRecordListModel[] {
  return lists.filter((l) => !l.encounter).map(mapRecordList);
}

function mapRecordList(list: StuList): GpRecordListModel {
  const code = list.code?.coding?.find((c) => c.code && AREA_OF_LIST_CODE[c.code])?.code;
  const area = code ? (AREA_OF_LIST_CODE[code] as GpRecordAreaName) : /allerg/i.test(list.title ?? '') ? 'ALLERGIES' : 'OTHER';
  const warnings = (list.extension ?? [])
    .filter((e) => e.url.endsWith('ListWarningCode-1'))
    .flatMap((e) => {
      const value = (e as { valueCode?: string }).valueCode ?? e.valueCodeableConcept?.coding?.[0]?.code ?? e.valueCoding?.code;
      return value ? [{ code: value, display: WARNING_DISPLAY[value] ?? null }] : [];
    });
  return { area, title: list.title ?? null, code: mapCode(list.code), emptyReason: mapCode(list.emptyReason), warnings, notes: notes(list) };
}
