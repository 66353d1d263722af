import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../generated/resolvers.js';
import { bookingReferralResolvers } from './booking-referral.js';
import { directoryResolvers } from './directory.js';
import { healthContentResolvers } from './health-content.js';
import { organisationResolvers } from './organisation.js';
import { patientResolvers } from './patient.js';
import { referralResolvers } from './referral.js';
import { DateScalar, DateTimeScalar, JSONScalar, NhsNumberScalar, OdsCodeScalar, UbrnScalar } from './scalars.js';
import { waitingListResolvers } from './waiting-list.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The SDL files of schema/, common.graphql first (it declares the root types the others extend). */
export function loadTypeDefs(): string[] {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(SCHEMA_DIR + f, 'utf8'));
}

const common: Resolvers = {
  NhsNumber: NhsNumberScalar,
  OdsCode: OdsCodeScalar,
  Ubrn: UbrnScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    about: (_, __, ctx) => ({ version: process.env.npm_package_version ?? '0.1.0', environment: ctx.environment }),
  },
};

/** Every domain's resolvers; one file per SDL file. */
export const RESOLVERS: Resolvers[] = [common, patientResolvers, organisationResolvers, directoryResolvers, healthContentResolvers, waitingListResolvers, referralResolvers, bookingReferralResolvers];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: RESOLVERS as never });
}
