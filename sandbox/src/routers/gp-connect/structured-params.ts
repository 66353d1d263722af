import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import type { SandboxResponse } from '../../http.js';
import { gpcOutcome } from './outcome.js';
import { NHS_NUMBER_SYSTEM } from '../../fhir-systems.js';

export interface Window {
  start?: string;
  end?: string;
}

/** A $gpc.getstructuredrecord request as the provider understands it. */
export interface RecordRequest {
  nhsNumber: string;
  allergies?: { includeResolved: boolean };
  medications?: { from?: string; includeIssues: boolean };
  problems?: { status?: string };
  immunisations?: { includeNotGiven: boolean };
  consultations?: Window & { mostRecent?: number };
  referrals?: Window;
  investigations?: Window;
  uncategorised?: Window;
  /** Diary entries planned up to `searchDate` (today or later), and every active entry already past its date. */
  diary?: { searchDate?: string };
  /** Every part parameter sent, as `area.part` (includeProblems.filterStatus): the not-permitted check reads them. */
  parts: Set<string>;
}

type Param = { name?: string; part?: Param[]; [key: string]: any };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Each area parameter and its part parameters, as the OperationDefinition (GetStructuredRecord-Operation-1) names them. */
const AREAS: Record<string, readonly string[]> = {
  includeAllergies: ['includeResolvedAllergies'],
  includeMedication: ['includePrescriptionIssues', 'medicationSearchFromDate'],
  includeConsultations: ['consultationSearchPeriod', 'includeNumberOfMostRecent'],
  includeProblems: ['filterStatus', 'filterSignificance'],
  includeImmunisations: ['includeNotGiven', 'includeStatus'],
  includeUncategorisedData: ['uncategorisedDataSearchPeriod'],
  includeInvestigations: ['investigationSearchPeriod'],
  includeReferrals: ['referralSearchPeriod'],
  includeDiaryEntries: ['diaryEntriesSearchDate'],
};

class Refusal {
  constructor(readonly response: SandboxResponse) {}
}
const refuse = (status: number, code: string, diagnostics: string): never => {
  throw new Refusal(gpcOutcome(status, code, diagnostics));
};

/**
 * Reads and checks a Parameters body as a GP Connect provider does (gpc-structured/CONTRACT.md, "Request body" and
 * "Errors"): the refusal to send, or the request.
 */
export function parseRecordRequest(body: unknown, today: string): RecordRequest | SandboxResponse {
  try {
    return parse(body, today);
  } catch (error) {
    if (error instanceof Refusal) return error.response;
    throw error;
  }
}

function parse(body: unknown, today: string): RecordRequest {
  const params = body as { resourceType?: string; parameter?: Param[] };
  if (params?.resourceType !== 'Parameters' || !Array.isArray(params.parameter)) refuse(422, 'INVALID_RESOURCE', 'The body must be a Parameters resource');
  const list = params.parameter as Param[];
  const nhs = list.find((p) => p.name === 'patientNHSNumber');
  if (!nhs) refuse(422, 'INVALID_PARAMETER', 'patientNHSNumber is required');
  if (nhs?.valueIdentifier?.system !== NHS_NUMBER_SYSTEM) refuse(422, 'INVALID_PARAMETER', 'patientNHSNumber must use the NHS number system');
  const nhsNumber = String(nhs?.valueIdentifier?.value ?? '');
  if (!isValidNhsNumber(nhsNumber)) refuse(400, 'INVALID_NHS_NUMBER', 'The NHS number is not valid');

  const request: RecordRequest = { nhsNumber, parts: new Set() };
  for (const p of list) {
    if (p.name === 'patientNHSNumber') continue;
    const known = p.name ? AREAS[p.name] : undefined;
    if (!known) refuse(422, 'INVALID_PARAMETER', `Unknown parameter ${p.name ?? ''}`);
    for (const x of p.part ?? []) {
      if (!x.name || !known?.includes(x.name)) refuse(422, 'INVALID_PARAMETER', `Unknown part parameter ${p.name}.${x.name ?? ''}`);
      request.parts.add(`${p.name}.${x.name}`);
    }
    const part = (name: string) => p.part?.find((x) => x.name === name);
    const date = (name: string, value: unknown): string | undefined => {
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || !DATE.test(value)) refuse(422, 'INVALID_PARAMETER', `${name} must be a whole date (yyyy-mm-dd)`);
      if ((value as string) > today) refuse(422, 'INVALID_PARAMETER', `${name} may not be after today`);
      return value as string;
    };
    const period = (name: string): Window | undefined => {
      const value = part(name)?.valuePeriod;
      if (!value) return undefined;
      const w = { start: date(name, value.start), end: date(name, value.end) };
      if (w.start && w.end && w.start > w.end) refuse(422, 'INVALID_PARAMETER', `The start of ${name} is after its end`);
      return w;
    };
    switch (p.name) {
      case 'includeAllergies': {
        const resolved = part('includeResolvedAllergies')?.valueBoolean;
        if (typeof resolved !== 'boolean') refuse(422, 'INVALID_PARAMETER', 'includeAllergies needs includeResolvedAllergies');
        request.allergies = { includeResolved: resolved as boolean };
        break;
      }
      case 'includeMedication':
        request.medications = {
          from: date('medicationSearchFromDate', part('medicationSearchFromDate')?.valueDate),
          includeIssues: part('includePrescriptionIssues')?.valueBoolean !== false,
        };
        break;
      case 'includeProblems': {
        const status = part('filterStatus')?.valueCode;
        if (status !== undefined && status !== 'active' && status !== 'inactive') refuse(422, 'INVALID_PARAMETER', 'filterStatus must be active or inactive');
        request.problems = { status };
        break;
      }
      case 'includeImmunisations':
        request.immunisations = { includeNotGiven: part('includeNotGiven')?.valueBoolean === true };
        break;
      case 'includeConsultations': {
        const window = period('consultationSearchPeriod');
        const mostRecent = part('includeNumberOfMostRecent')?.valuePositiveInt;
        if (window && mostRecent !== undefined) refuse(422, 'INVALID_RESOURCE', 'consultationSearchPeriod and includeNumberOfMostRecent are both populated');
        request.consultations = { ...window, ...(mostRecent !== undefined ? { mostRecent } : {}) };
        break;
      }
      case 'includeReferrals':
        request.referrals = period('referralSearchPeriod') ?? {};
        break;
      case 'includeInvestigations':
        request.investigations = period('investigationSearchPeriod') ?? {};
        break;
      case 'includeUncategorisedData':
        request.uncategorised = period('uncategorisedDataSearchPeriod') ?? {};
        break;
      case 'includeDiaryEntries': {
        // The one forward-looking date: "less than the current date" is the refusal (the spec's 4XX table).
        const value = part('diaryEntriesSearchDate')?.valueDate;
        if (value !== undefined && (typeof value !== 'string' || !DATE.test(value)))
          refuse(422, 'INVALID_PARAMETER', 'diaryEntriesSearchDate must be a whole date (yyyy-mm-dd)');
        if (value !== undefined && value < today) refuse(422, 'INVALID_PARAMETER', 'diaryEntriesSearchDate may not be before today');
        request.diary = value !== undefined ? { searchDate: value } : {};
        break;
      }
    }
  }
  if (Object.keys(request).length === 2) refuse(422, 'INVALID_PARAMETER', 'No recognised parameters are provided');
  checkClinicalRiskRule(request);
  return request;
}

/**
 * The spec's "Not permitted parameter combinations" (Retrieve a patient's structured record, GP Connect 1.6): part
 * parameters a request that includes consultations, or problems, MUST NOT carry. investigationSearchPeriod is in
 * neither list.
 */
const NOT_WITH_CONSULTATIONS = [
  'includeMedication.medicationSearchFromDate',
  'includeUncategorisedData.uncategorisedDataSearchPeriod',
  'includeProblems.filterSignificance',
  'includeProblems.filterStatus',
  'includeReferrals.referralSearchPeriod',
  'includeDiaryEntries.diaryEntriesSearchDate',
  'includeImmunisations.includeNotGiven',
  'includeImmunisations.includeStatus',
];
const NOT_WITH_PROBLEMS = NOT_WITH_CONSULTATIONS.filter((p) => !p.startsWith('includeProblems.'));

function checkClinicalRiskRule(r: RecordRequest): void {
  const refused = [...(r.consultations ? NOT_WITH_CONSULTATIONS : []), ...(r.problems ? NOT_WITH_PROBLEMS : [])].find((p) => r.parts.has(p));
  if (refused) refuse(422, 'INVALID_PARAMETER', `A combination of parameters is included that is not permitted: ${refused}`);
}
