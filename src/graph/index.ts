import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { applyAccessRules } from '../access/access-rules.js';
import { buildSubgraph, type FederationOptions } from '../federation/subgraph.js';
import type { Resolvers } from '../generated/resolvers.js';
import { appointmentResolvers } from './appointment.js';
import { clinicalDocumentResolvers } from './clinical-document.js';
import { gpRecordResolvers } from './gp-record.js';
import { bookingReferralResolvers } from './booking-referral.js';
import { directoryResolvers } from './directory.js';
import { healthContentResolvers } from './health-content.js';
import { meResolvers } from './me.js';
import { organisationResolvers } from './organisation.js';
import { patientResolvers } from './patient.js';
import { prescriptionResolvers } from './prescription.js';
import { prescriptionDispensingResolvers } from './prescription-dispensing.js';
import { prescriptionOrderResolvers } from './prescription-orders.js';
import { referralResolvers } from './referral.js';
import { referralReferringResolvers } from './referral-referring.js';
import { scalarResolvers } from './scalars.js';
import { waitingListResolvers } from './waiting-list.js';
import { environmentOf, NHS_API_IDS } from './nhs-api.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The SDL files of schema/, common.graphql first (it declares the root types the others extend). */
export function loadTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(SCHEMA_DIR + f, 'utf8'));
}

const common: Resolvers & { NhsApi: typeof NHS_API_IDS } = {
  ...scalarResolvers,
  Query: {
    about: (_, __, ctx) => ({ version: process.env.npm_package_version ?? '0.1.0', environment: environmentOf(ctx.environment) }),
  },
  // @source's enum: each value's internal value is the API's id (src/upstream/apis.ts), which is what the access rules,
  // the audit trail and the readiness probes read from the directive.
  NhsApi: NHS_API_IDS,
};

/** Every domain's resolvers; one file per SDL file. */
export const RESOLVERS: Resolvers[] = [
  common,
  patientResolvers,
  organisationResolvers,
  directoryResolvers,
  healthContentResolvers,
  waitingListResolvers,
  gpRecordResolvers,
  clinicalDocumentResolvers,
  appointmentResolvers,
  meResolvers,
  prescriptionResolvers,
  prescriptionOrderResolvers,
  prescriptionDispensingResolvers,
  referralResolvers,
  referralReferringResolvers,
  bookingReferralResolvers,
];

export interface SchemaOptions {
  /** Also an Apollo Federation v2 subgraph: entity keys, `_service`, `_entities` (src/federation/subgraph.ts). */
  federation?: boolean | FederationOptions;
}

/** The executable schema with the access rules applied (src/access/access-rules.ts: the one place they are enforced). */
export function buildSchema(options: SchemaOptions = {}): GraphQLSchema {
  if (options.federation) {
    // The access rules wrap the resolvers before the subgraph is published (under prefixed type names, if asked).
    return buildSubgraph(loadTypeDefs(), RESOLVERS, options.federation === true ? {} : options.federation, applyAccessRules);
  }
  return applyAccessRules(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: RESOLVERS as never }));
}
