import { Client, fetchExchange } from '@urql/core';
import { errorCode, type ErrorCode } from '@nhs-graph/sdk';
import { graphql } from '../gql/index.js';

/** A small app on nhs-graph: urql, and operations typed by codegen's client preset with the SDK's scalar map. */

export const OrganisationQuery = graphql(`
  query AppOrganisation($odsCode: OdsCode!) {
    organisation(odsCode: $odsCode) {
      odsCode
      name
    }
  }
`);

export const PatientQuery = graphql(`
  query AppPatient($nhsNumber: NhsNumber!) {
    patient(nhsNumber: $nhsNumber) {
      nhsNumber
      birthDate
      registeredGp {
        odsCode
        name
      }
    }
  }
`);

/** A server-side app sends POST (a browser app on a CORS_ORIGINS origin may keep urql's GET). */
export function createAppClient(url: string, token?: string): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
}

export interface PatientCard {
  nhsNumber: string;
  born: string | null;
  practice: { odsCode: string; name: string | null } | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode | undefined; reason: string | undefined };

function failure(error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[] } | undefined): {
  ok: false;
  code: ErrorCode | undefined;
  reason: string | undefined;
} {
  const first = error?.graphQLErrors[0];
  const reason = first?.extensions?.reason;
  return { ok: false, code: errorCode(first), reason: typeof reason === 'string' ? reason : undefined };
}

export async function patientCard(client: Client, nhsNumber: string): Promise<Outcome<PatientCard>> {
  const r = await client.query(PatientQuery, { nhsNumber }).toPromise();
  const patient = r.data?.patient;
  if (!patient) return failure(r.error);
  // Without the SDK's scalar map these are `unknown` and do not type-check as strings.
  const number: string = patient.nhsNumber;
  const born: string | null = patient.birthDate ?? null;
  const gp = patient.registeredGp;
  const practice = gp ? { odsCode: gp.odsCode, name: gp.name ?? null } : null;
  return { ok: true, value: { nhsNumber: number, born, practice } };
}

export async function organisationName(client: Client, odsCode: string): Promise<Outcome<{ odsCode: string; name: string | null }>> {
  const r = await client.query(OrganisationQuery, { odsCode }).toPromise();
  const org = r.data?.organisation;
  if (!org) return failure(r.error);
  const code: string = org.odsCode;
  return { ok: true, value: { odsCode: code, name: org.name ?? null } };
}
