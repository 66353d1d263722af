import type { Population } from '../../population.js';
import { Random } from '../../random.js';

/** One open RTT pathway as WLMDS returns it (elective-waiting-list.yaml's example, keys as the spec writes them). */
export interface WlmdsRecord {
  PATIENT_PATHWAY_IDENTIFIER: string;
  ACTIVITY_TREATMENT_FUNCTION_CODE: number;
  REFERRAL_TO_TREATMENT_PERIOD_START_DATE: string;
  ReportingOrganisation: string;
  derWeekEnding: string;
}

/** The census every synthetic entry belongs to: WLMDS is a weekly snapshot (a Sunday week-ending). */
export const CENSUS_WEEK_ENDING = '2026-11-22T00:00:00';

/** The spec's example entry, served for PDS's test patient 9000000009. */
const SPEC_EXAMPLE: WlmdsRecord = {
  PATIENT_PATHWAY_IDENTIFIER: 'EBY23435667509',
  ACTIVITY_TREATMENT_FUNCTION_CODE: 314,
  REFERRAL_TO_TREATMENT_PERIOD_START_DATE: '2020-04-04T00:00:00',
  ReportingOrganisation: 'RXE',
  derWeekEnding: '2023-03-05T00:00:00',
};

const TREATMENT_FUNCTIONS = [100, 101, 110, 120, 130, 160, 300, 301, 320, 330, 340, 400, 410, 502];
const SEED = 0x3e1;
const DAY_MS = 86_400_000;

function seedOf(nhsNumber: string): number {
  let h = SEED;
  for (const c of nhsNumber) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/**
 * The waiting-list entries WLMDS holds for a patient: the spec's example for 9000000009; for about a third of the
 * synthetic population, one to three open pathways at the trusts ODS knows, derived from the NHS number alone (so
 * the same on every machine and independent of the population's order). Unknown patients have none.
 */
export function waitingListFor(population: Population, nhsNumber: string, known: ReadonlySet<string>): WlmdsRecord[] {
  if (nhsNumber === '9000000009') return [SPEC_EXAMPLE];
  if (!known.has(nhsNumber)) return [];
  const rng = new Random(seedOf(nhsNumber));
  if (!rng.chance(0.35)) return [];
  const trusts = population.organisations.filter((o) => o.kind === 'trust').map((o) => o.odsCode);
  const census = Date.parse(`${CENSUS_WEEK_ENDING}Z`);
  return Array.from({ length: rng.int(1, 3) }, () => {
    const provider = rng.pick(trusts);
    const start = new Date(census - rng.int(7, 104 * 7) * DAY_MS).toISOString().slice(0, 10);
    return {
      PATIENT_PATHWAY_IDENTIFIER: `${provider.slice(0, 3)}${rng.int(10_000_000_000, 99_999_999_999)}`,
      ACTIVITY_TREATMENT_FUNCTION_CODE: rng.pick(TREATMENT_FUNCTIONS),
      REFERRAL_TO_TREATMENT_PERIOD_START_DATE: `${start}T00:00:00`,
      ReportingOrganisation: provider,
      derWeekEnding: CENSUS_WEEK_ENDING,
    };
  });
}
