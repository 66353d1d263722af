import { isValidNhsNumber } from '../../../nhs/nhs-number.js';
import type { SandboxResponse } from '../../http.js';
import { gpcOutcome } from './outcome.js';

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
}

type Param = { name?: string; part?: Param[]; [key: string]: any };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AREAS = new Set([
  'includeAllergies',
  'includeMedication',
  'includeConsultations',
  'includeProblems',
  'includeImmunisations',
  'includeImmunizations',
  'includeUncategorisedData',
  'includeInvestigations',
  'includeReferrals',
  'includeDiaryEntries',
]);

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
  if (nhs?.valueIdentifier?.system !== 'https://fhir.nhs.uk/Id/nhs-number') refuse(422, 'INVALID_PARAMETER', 'patientNHSNumber must use the NHS number system');
  const nhsNumber = String(nhs?.valueIdentifier?.value ?? '');
  if (!isValidNhsNumber(nhsNumber)) refuse(400, 'INVALID_NHS_NUMBER', 'The NHS number is not valid');

  const request: RecordRequest = { nhsNumber };
  for (const p of list) {
    if (p.name === 'patientNHSNumber') continue;
    if (!p.name || !AREAS.has(p.name)) refuse(422, 'INVALID_PARAMETER', `Unknown parameter ${p.name ?? ''}`);
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
        request.medications = { from: date('medicationSearchFromDate', part('medicationSearchFromDate')?.valueDate), includeIssues: part('includePrescriptionIssues')?.valueBoolean !== false };
        break;
      case 'includeProblems': {
        const status = part('filterStatus')?.valueCode;
        if (status !== undefined && status !== 'active' && status !== 'inactive') refuse(422, 'INVALID_PARAMETER', 'filterStatus must be active or inactive');
        request.problems = { status };
        break;
      }
      case 'includeImmunisations':
      case 'includeImmunizations':
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
        request.referrals = period('referralsSearchPeriod') ?? period('referralSearchPeriod') ?? {};
        break;
      case 'includeInvestigations':
        request.investigations = period('investigationSearchPeriod') ?? {};
        break;
      case 'includeUncategorisedData':
        request.uncategorised = period('uncategorisedDataSearchPeriod') ?? {};
        break;
    }
  }
  if (Object.keys(request).length === 1) refuse(422, 'INVALID_PARAMETER', 'No recognised parameters are provided');
  checkClinicalRiskRule(request);
  return request;
}

/** With consultations or problems, no other area may carry a date filter (the clinical-risk rule). */
function checkClinicalRiskRule(r: RecordRequest): void {
  if (!r.consultations && !r.problems) return;
  const filtered = r.medications?.from || r.referrals?.start || r.referrals?.end || r.investigations?.start || r.investigations?.end || r.uncategorised?.start || r.uncategorised?.end;
  if (filtered) refuse(422, 'INVALID_PARAMETER', 'A combination of parameters is included that is not permitted');
}
