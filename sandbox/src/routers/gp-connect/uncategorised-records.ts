import { addDays, daysBetween, toUkDateTime, ukWallClock } from '../../nhs/uk-time.js';
import { coded } from './clinical-codes.js';
import { randomFor, uuidFor } from './world.js';

type Res = Record<string, any> & { resourceType: string; id?: string };

const PROFILE = (name: string) => ({ profile: [`https://fhir.nhs.uk/STU3/StructureDefinition/${name}`] });
const DATA_ID = 'https://provider.nhs.uk/data-identifier';
const UCUM = 'http://unitsofmeasure.org';

/** Smoking status findings a practice records as uncategorised data (SNOMED CT). */
const SMOKING = [
  ['77176002', 'Smoker'],
  ['8517006', 'Ex-smoker'],
  ['266919005', 'Never smoked tobacco'],
] as const;
/** Planned activities of diary entries (SNOMED CT). */
const DIARY = [
  ['314529007', 'Medication review due'],
  ['185389009', 'Follow-up visit'],
  ['170777000', 'Annual review'],
] as const;

export interface UncategorisedRecord {
  /** Uncategorised data: blood pressure (with its two components), weight, BMI, smoking status. */
  observations: Res[];
  /** Diary entries: planned activities, some already past their planned date (still active). */
  diary: Res[];
}

/**
 * A patient's uncategorised data and diary entries, drawn from their own Random (so no other area of any record
 * changes). `earliest`..`today` bounds the observations; diary entries are planned from 30 days ago to 180 ahead.
 * Shapes follow GP Connect's Observation (uncategorised data, blood pressure) and Diary Entry (ProcedureRequest) pages.
 */
export function generateUncategorised(nhsNumber: string, patientRef: string, recorderRef: string, earliest: string, today: string): UncategorisedRecord {
  const rng = randomFor(`uncategorised:${nhsNumber}`);
  const at = (from: string, to: string, time = '10:00') => toUkDateTime(ukWallClock(addDays(from, rng.int(0, Math.max(0, daysBetween(from, to)))), time));
  const id = (kind: string, i: number) => uuidFor(`${kind}:${nhsNumber}:${i}`);
  const base = (kind: string, i: number, effective: string) => ({
    resourceType: 'Observation',
    id: id(kind, i),
    meta: PROFILE('CareConnect-GPC-Observation-1'),
    identifier: [{ system: DATA_ID, value: id(kind, i) }],
    status: 'final',
    subject: { reference: patientRef },
    effectiveDateTime: effective,
    issued: effective,
    performer: [{ reference: recorderRef }],
  });
  const quantity = (value: number, unit: string) => ({ value, unit, system: UCUM, code: unit });
  const observations: Res[] = [];
  for (let i = 0; i < rng.int(1, 3); i++) {
    observations.push({
      ...base('bp', i, at(earliest, today, '09:30')),
      code: coded(['75367002', 'Blood pressure']),
      component: [
        { code: coded(['72313002', 'Systolic arterial pressure']), valueQuantity: quantity(rng.int(105, 165), 'mm[Hg]') },
        { code: coded(['1091811000000102', 'Diastolic arterial pressure']), valueQuantity: quantity(rng.int(60, 100), 'mm[Hg]') },
      ],
    });
  }
  const weighed = at(earliest, today, '09:40');
  const kg = rng.int(450, 1100) / 10;
  observations.push({ ...base('weight', 0, weighed), code: coded(['27113001', 'Body weight']), valueQuantity: quantity(kg, 'kg') });
  observations.push({
    ...base('bmi', 0, weighed),
    code: coded(['60621009', 'Body mass index']),
    valueQuantity: quantity(Math.round((kg / 2.89) * 10) / 10, 'kg/m2'),
  });
  observations.push({ ...base('smoking', 0, at(earliest, today, '09:50')), code: coded(rng.pick(SMOKING)) });

  const diary: Res[] = Array.from({ length: rng.int(1, 3) }, (_, i) => {
    const planned = addDays(today, rng.int(-30, 180));
    const single = rng.chance(0.5);
    return {
      resourceType: 'ProcedureRequest',
      id: id('diary', i),
      meta: PROFILE('CareConnect-GPC-ProcedureRequest-1'),
      identifier: [{ system: DATA_ID, value: id('diary', i) }],
      status: 'active',
      intent: 'plan',
      code: coded(rng.pick(DIARY)),
      subject: { reference: patientRef },
      ...(single ? { occurrenceDateTime: planned } : { occurrencePeriod: { start: planned, end: addDays(planned, 14) } }),
      authoredOn: at(addDays(today, -365), today, '12:00'),
      requester: { agent: { reference: recorderRef } },
    };
  });
  return { observations, diary };
}

/** The planned date of a diary entry (its single date or the start of its period), as yyyy-mm-dd. */
export function plannedDate(entry: Res): string {
  return String(entry.occurrenceDateTime ?? entry.occurrencePeriod?.start ?? '').slice(0, 10);
}
