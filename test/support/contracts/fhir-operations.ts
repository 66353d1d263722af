type Json = Record<string, any>;

/**
 * FHIR operations whose OpenAPI request schema is a bare `type: object`, judged by the OperationDefinition the spec
 * names instead. gp-connect-access-record-fhir.yaml: "Information on how the parameters resource is populated" links
 * GPConnect-GetStructuredRecord-Operation-1, and its 4XX table refuses a Parameters resource that "does not conform
 * to that specified in the GPConnect-GetStructuredRecord-Operation-1 OperationDefinition" and "a combination of
 * parameters ... that isn't permitted".
 */
export function fhirOperationViolations(api: string, operation: string, body: unknown, _search: string): string[] {
  if (api === 'gpc-access-record' && operation === 'POST /Patient/$gpc.getstructuredrecord') return structuredRecordViolations(body);
  return [];
}

/** One parameter (or part) of the OperationDefinition: its FHIR type (`value[x]`), or its parts when it has none. */
interface ParameterDefinition {
  min: number;
  max: number | '*';
  type?: 'Identifier' | 'Boolean' | 'Date' | 'Period' | 'PositiveInt' | 'Code';
  parts?: Record<string, ParameterDefinition>;
}

const one = (type?: ParameterDefinition['type'], parts?: ParameterDefinition['parts']): ParameterDefinition => ({
  min: 0,
  max: 1,
  ...(type ? { type } : {}),
  ...(parts ? { parts } : {}),
});

/**
 * GPConnect-GetStructuredRecord-Operation-1 (https://fhir.nhs.uk/STU3/OperationDefinition/GPConnect-GetStructuredRecord-Operation-1,
 * version 1.17.0, as the GP Connect Data Model guide on simplifier.net lists it): the in-parameters, their part
 * parameters, cardinalities and types. The immunisation parts are those of GP Connect 1.5+ (`includeNotGiven`,
 * `includeStatus`), as the platform spec's own example sends them.
 */
const GET_STRUCTURED_RECORD: Record<string, ParameterDefinition> = {
  patientNHSNumber: { min: 1, max: 1, type: 'Identifier' },
  includeAllergies: one(undefined, { includeResolvedAllergies: { min: 1, max: 1, type: 'Boolean' } }),
  includeMedication: one(undefined, {
    includePrescriptionIssues: one('Boolean'),
    medicationSearchFromDate: one('Date'),
    filterPrescriptionType: { min: 0, max: '*', type: 'Code' },
  }),
  includeConsultations: one(undefined, { consultationSearchPeriod: one('Period'), includeNumberOfMostRecent: one('PositiveInt') }),
  includeProblems: one(undefined, { filterStatus: one('Code'), filterSignificance: one('Code') }),
  includeImmunisations: one(undefined, { includeNotGiven: one('Boolean'), includeStatus: one('Boolean') }),
  includeUncategorisedData: one(undefined, { uncategorisedDataSearchPeriod: one('Period') }),
  includeInvestigations: one(undefined, { investigationSearchPeriod: one('Period') }),
  includeReferrals: one(undefined, { referralSearchPeriod: one('Period') }),
  includeDiaryEntries: one(undefined, { diaryEntriesSearchDate: one('Date') }),
};

/**
 * GP Connect's "Not permitted parameter combinations" (Access Record Structured 1.6, Retrieve a patient's structured
 * record; gpc-structured/CONTRACT.md: "With consultations or problems, most other areas' filter part-parameters are not
 * allowed"): the part parameters a request may not carry beside consultations, and beside problems.
 */
const NOT_PERMITTED: Record<string, ReadonlySet<string>> = {
  includeConsultations: new Set([
    'includeMedication.medicationSearchFromDate',
    'includeProblems.filterStatus',
    'includeReferrals.referralSearchPeriod',
    'includeImmunisations.includeNotGiven',
  ]),
  includeProblems: new Set(['includeMedication.medicationSearchFromDate', 'includeReferrals.referralSearchPeriod', 'includeImmunisations.includeNotGiven']),
};

/**
 * Violations of the OperationDefinition by a $gpc.getstructuredrecord body: unknown or repeated parameters and parts,
 * missing mandatory ones, a value of the wrong type, dates that are not whole dates (gpc-structured/CONTRACT.md:
 * "Dates must be whole dates (yyyy-mm-dd)"), both consultation filters at once ("consultationSearchPeriod and
 * includeNumberOfMostRecent part parameters are both populated"), and the combinations the spec does not permit: with
 * consultations or problems, the part parameters GP Connect lists as not permitted (NOT_PERMITTED; the spec's 4XX
 * table: "A combination of parameters is included that isn't permitted").
 */
export function structuredRecordViolations(body: unknown): string[] {
  const b = body as Json | undefined;
  if (b?.resourceType !== 'Parameters' || !Array.isArray(b.parameter)) return ['fhir: the body is not a Parameters resource'];
  const v = checkList(b.parameter as Json[], GET_STRUCTURED_RECORD, '');
  const present = new Set((b.parameter as Json[]).map((p) => p.name as string));
  const consultation = (b.parameter as Json[]).find((p) => p.name === 'includeConsultations');
  const parts = (consultation?.part ?? []) as Json[];
  if (parts.some((p) => p.name === 'consultationSearchPeriod') && parts.some((p) => p.name === 'includeNumberOfMostRecent'))
    v.push('fhir: consultationSearchPeriod and includeNumberOfMostRecent are both populated');
  for (const anchor of ['includeConsultations', 'includeProblems'].filter((a) => present.has(a))) {
    for (const p of b.parameter as Json[]) {
      for (const part of (p.part ?? []) as Json[]) {
        if (NOT_PERMITTED[anchor]!.has(`${p.name}.${part.name}`)) v.push(`fhir: ${p.name}.${part.name} is not permitted with ${anchor}`);
      }
    }
  }
  return v;
}

function checkList(list: Json[], definitions: Record<string, ParameterDefinition>, prefix: string): string[] {
  const v: string[] = [];
  for (const [name, def] of Object.entries(definitions)) {
    const count = list.filter((p) => p?.name === name).length;
    if (count < def.min) v.push(`fhir: ${prefix}${name} is required`);
    if (def.max !== '*' && count > def.max) v.push(`fhir: ${prefix}${name} appears ${count} times (at most ${def.max})`);
  }
  for (const p of list) {
    const def = definitions[p?.name as string];
    if (!def) {
      v.push(`fhir: ${prefix}${String(p?.name)} is not a parameter of the operation`);
      continue;
    }
    const values = Object.keys(p).filter((k) => k.startsWith('value'));
    if (def.type) {
      if (values.length !== 1 || values[0] !== `value${def.type}`)
        v.push(`fhir: ${prefix}${p.name} must have value${def.type}${values.length ? ` (has ${values.join(', ')})` : ''}`);
      else v.push(...valueViolations(`${prefix}${p.name}`, def.type, p[values[0]]));
    } else if (values.length > 0) v.push(`fhir: ${prefix}${p.name} takes no value`);
    if (p.part !== undefined && !def.parts) v.push(`fhir: ${prefix}${p.name} takes no parts`);
    if (def.parts) v.push(...checkList((p.part ?? []) as Json[], def.parts, `${p.name}.`));
  }
  return v;
}

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueViolations(name: string, type: NonNullable<ParameterDefinition['type']>, value: unknown): string[] {
  const bad = (what: string) => [`fhir: ${name} ${what}`];
  switch (type) {
    case 'Boolean':
      return typeof value === 'boolean' ? [] : bad('must be a boolean');
    case 'PositiveInt':
      return Number.isInteger(value) && (value as number) > 0 ? [] : bad('must be a positive integer');
    case 'Code':
      return typeof value === 'string' && /^\S+( \S+)*$/.test(value) ? [] : bad('must be a code');
    case 'Date':
      return typeof value === 'string' && WHOLE_DATE.test(value) ? [] : bad('must be a whole date (yyyy-mm-dd)');
    case 'Period': {
      const period = value as Json;
      const ends = [period?.start, period?.end].filter((d) => d !== undefined);
      if (ends.length === 0) return bad('must have a start or an end');
      return ends.every((d) => typeof d === 'string' && WHOLE_DATE.test(d)) ? [] : bad('must have whole dates (yyyy-mm-dd)');
    }
    case 'Identifier': {
      const id = value as Json;
      return id?.system === 'https://fhir.nhs.uk/Id/nhs-number' && /^\d{10}$/.test(String(id.value ?? '')) ? [] : bad('must be an NHS number identifier');
    }
  }
}
