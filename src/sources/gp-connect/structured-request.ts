import { BadUserInputError } from '../../errors.js';
import { NHS_NUMBER_SYSTEM } from '../fhir.js';
import { STRUCTURED_PARAMETERS_PROFILE, type StuParameter, type StuParameters } from './wire.js';

export interface DateWindow {
  from?: string;
  to?: string;
}

/** The clinical areas of a structured record request, each with its own part parameters. */
export interface RecordAreas {
  allergies?: { includeResolved: boolean };
  medications?: { from?: string; includeIssues: boolean };
  problems?: { status?: 'active' | 'inactive' };
  immunisations?: { includeNotGiven: boolean };
  consultations?: DateWindow & { mostRecent?: number };
  referrals?: DateWindow;
  investigations?: DateWindow;
  /** Uncategorised data (includeUncategorisedData): observations in an optional window (uncategorisedDataSearchPeriod). */
  observations?: DateWindow;
  /** Diary entries (includeDiaryEntries) planned up to `until` (diaryEntriesSearchDate, today or later). */
  diaryEntries?: { until?: string };
}
export type RecordArea = keyof RecordAreas;

/**
 * What a request that includes consultations, or problems, may not carry (the spec's "Not permitted parameter
 * combinations", Retrieve a patient's structured record, GP Connect 1.6): with consultations, medicationSearchFromDate,
 * filterStatus, referralSearchPeriod, includeNotGiven, uncategorisedDataSearchPeriod and diaryEntriesSearchDate; with
 * problems, the same but filterStatus. The parts the graph does not ask for (problem significance, immunisation status)
 * are never sent. investigationSearchPeriod is not in either list, so investigations may keep their window.
 */
function notPermittedParts(areas: RecordAreas, withConsultations: boolean): string[] {
  return [
    areas.medications?.from && 'medications(from)',
    withConsultations && areas.problems?.status && 'problems(status)',
    (areas.referrals?.from || areas.referrals?.to) && 'referrals(from, to)',
    areas.immunisations?.includeNotGiven && 'immunisations(includeNotGiven: true)',
    (areas.observations?.from || areas.observations?.to) && 'observations(from, to)',
    areas.diaryEntries?.until && 'diaryEntries(until)',
  ].filter((p): p is string => Boolean(p));
}

/**
 * Refuses, before any call, what the provider would refuse (gpc-structured/CONTRACT.md, "Request body"): dates after
 * today (a diary date before today), inverted windows, consultations filtered both by period and by count, and the clinical-risk rule's not
 * permitted parameter combinations (notPermittedParts). `today` is the UK calendar date.
 */
export function validateRecordAreas(areas: RecordAreas, today: string): void {
  const windows: [string, DateWindow | undefined][] = [
    ['consultations', areas.consultations],
    ['referrals', areas.referrals],
    ['investigations', areas.investigations],
    ['medications', areas.medications ? { from: areas.medications.from } : undefined],
    ['observations', areas.observations],
  ];
  for (const [area, window] of windows) {
    if (!window) continue;
    if ((window.from && window.from > today) || (window.to && window.to > today)) {
      throw new BadUserInputError('INVALID_DATE_RANGE', `${area}: dates may not be after today`);
    }
    if (window.from && window.to && window.from > window.to) throw new BadUserInputError('INVALID_DATE_RANGE', `${area}: from is after to`);
  }
  // Diary entries look forward: their search date is today or later (the spec's 4XX: "less than the current date").
  if (areas.diaryEntries?.until && areas.diaryEntries.until < today)
    throw new BadUserInputError('INVALID_DATE_RANGE', 'diaryEntries: until may not be before today');
  const consultations = areas.consultations;
  if (consultations?.mostRecent !== undefined) {
    if (consultations.from || consultations.to)
      throw new BadUserInputError('INVALID_SEARCH', 'consultations: give either a date window or mostRecent, not both');
    if (!Number.isInteger(consultations.mostRecent) || consultations.mostRecent < 1)
      throw new BadUserInputError('INVALID_SEARCH', 'consultations: mostRecent must be a positive whole number');
  }
  if (areas.consultations || areas.problems) {
    const refused = notPermittedParts(areas, Boolean(areas.consultations));
    if (refused.length > 0) {
      const with_ = areas.consultations ? 'consultations' : 'problems';
      throw new BadUserInputError(
        'INVALID_AREA_COMBINATION',
        `GP Connect does not permit ${refused.join(' or ')} in a request that includes ${with_}: ask for them separately`,
      );
    }
  }
}

/** The $gpc.getstructuredrecord Parameters for one patient and the areas asked for. Pure; validate first. */
export function buildStructuredRecordParameters(nhsNumber: string, areas: RecordAreas): StuParameters {
  const parameter: StuParameter[] = [{ name: 'patientNHSNumber', valueIdentifier: { system: NHS_NUMBER_SYSTEM, value: nhsNumber } }];
  const add = (name: string, part: (StuParameter | undefined)[]) => {
    const parts = part.filter((p): p is StuParameter => p !== undefined);
    parameter.push(parts.length > 0 ? { name, part: parts } : { name });
  };
  const period = (name: string, w: DateWindow | undefined) =>
    w && (w.from || w.to) ? { name, valuePeriod: { ...(w.from ? { start: w.from } : {}), ...(w.to ? { end: w.to } : {}) } } : undefined;

  if (areas.allergies) add('includeAllergies', [{ name: 'includeResolvedAllergies', valueBoolean: areas.allergies.includeResolved }]);
  if (areas.medications) {
    add('includeMedication', [
      { name: 'includePrescriptionIssues', valueBoolean: areas.medications.includeIssues },
      areas.medications.from ? { name: 'medicationSearchFromDate', valueDate: areas.medications.from } : undefined,
    ]);
  }
  if (areas.consultations) {
    const { mostRecent } = areas.consultations;
    add('includeConsultations', [
      period('consultationSearchPeriod', areas.consultations),
      mostRecent !== undefined ? { name: 'includeNumberOfMostRecent', valuePositiveInt: mostRecent } : undefined,
    ]);
  }
  if (areas.problems) add('includeProblems', [areas.problems.status ? { name: 'filterStatus', valueCode: areas.problems.status } : undefined]);
  // includeNotGiven defaults to false: sent only when asked for (it is not permitted beside consultations or problems).
  if (areas.immunisations) add('includeImmunisations', [areas.immunisations.includeNotGiven ? { name: 'includeNotGiven', valueBoolean: true } : undefined]);
  if (areas.investigations) add('includeInvestigations', [period('investigationSearchPeriod', areas.investigations)]);
  // referralSearchPeriod, as the OperationDefinition and the parameter tables spell it (one example file's
  // referralsSearchPeriod is a typo: gpc-structured/CONTRACT.md).
  if (areas.referrals) add('includeReferrals', [period('referralSearchPeriod', areas.referrals)]);
  if (areas.observations) add('includeUncategorisedData', [period('uncategorisedDataSearchPeriod', areas.observations)]);
  if (areas.diaryEntries)
    add('includeDiaryEntries', [areas.diaryEntries.until ? { name: 'diaryEntriesSearchDate', valueDate: areas.diaryEntries.until } : undefined]);
  return { resourceType: 'Parameters', meta: { profile: [STRUCTURED_PARAMETERS_PROFILE] }, parameter };
}
