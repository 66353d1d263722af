import { randomUUID } from 'node:crypto';
import { UpstreamError } from '../errors.js';
import type { UpstreamAuth } from './auth.js';

/**
 * Who is asking, as GP Connect needs to know it (gpc-structured/CONTRACT.md, "Authorization JWT"): the consumer
 * system's ASID and endpoint, its device, the requesting organisation and the practitioner at the keyboard. Comes
 * from configuration (src/config.ts); the embedded defaults are the GP Connect demonstrator's test identities.
 */
export interface GpConnectConsumer {
  /** Ssp-From: the ASID of the system where the request originates. */
  asid: string;
  /** Ssp-To: the provider ASID the platform's GP Connect service answers to. */
  providerAsid: string;
  /** The JWT `iss`: the consumer system's endpoint URL. */
  endpointUrl: string;
  device: { system: string; value: string; model: string; version: string };
  organisation: {
    odsCode: string;
    name: string;
    /** GPConnect-OrganisationType-1 code (gp-practice, urgent-care, ...): which slots the consumer may book. */
    type: string;
    phone: string;
  };
  practitioner: {
    /** The consumer's local id of the user: the JWT `sub` and requesting_practitioner.id. */
    id: string;
    /** SDS user id (smartcard) and role profile id; `UNK` when the user has no smartcard. */
    sdsUserId: string;
    roleProfileId: string;
    family: string;
    given: string[];
    prefix: string[];
  };
}

type Scope = 'patient/*.read' | 'patient/*.write' | 'organization/*.read';

/**
 * Every interaction the graph sends, with the JWT `requested_scope` the contracts give it (gpc-appointments and
 * gpc-documents CONTRACT.md tables). An interaction missing here is a bug: the call is refused before it is sent.
 */
export const GPC_INTERACTION_SCOPES: Readonly<Record<string, Scope>> = {
  'urn:nhs:names:services:gpconnect:fhir:operation:gpc.getstructuredrecord-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:patient-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:documents:fhir:rest:search:documentreference-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:documents:fhir:rest:read:binary-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:fhir:rest:search:slot-1': 'organization/*.read',
  'urn:nhs:names:services:gpconnect:fhir:rest:create:appointment-1': 'patient/*.write',
  'urn:nhs:names:services:gpconnect:fhir:rest:read:appointment-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1': 'patient/*.write',
  'urn:nhs:names:services:gpconnect:fhir:rest:cancel:appointment-1': 'patient/*.write',
  'urn:nhs:names:services:gpconnect:fhir:rest:search:patient_appointments-1': 'patient/*.read',
  // Not a GP Connect interaction: the embedded platform's practice-appointments search (docs/gp-connect.md).
  'urn:nhs-graph:embedded:gpconnect:search:practice_appointments': 'patient/*.read',
};

const JWT_LIFETIME_SECONDS = 300;

export interface GpConnectAuthSettings {
  /** Absent when the deployment has no GP Connect identity: every call is then refused before it is sent. */
  consumer: GpConnectConsumer | undefined;
  /** The provider service root the JWT's `aud` names: the API's base URL. */
  audience: string;
  now?: () => number;
}

/**
 * GP Connect's request identity. The JWT is an audit record, not a credential: unsigned (`alg: none`, empty signature),
 * new per call, expiring 5 minutes after issue, `reason_for_request` directcare and the scope of the call's interaction.
 * The caller sets `ssp-interactionid` on the call; this adds Ssp-TraceID (a fresh UUID), Ssp-From, Ssp-To and the
 * `Authorization: Bearer <jwt>` header.
 */
export class GpConnectAuth implements UpstreamAuth {
  private readonly now: () => number;

  constructor(private readonly settings: GpConnectAuthSettings) {
    this.now = settings.now ?? Date.now;
  }

  async authorize(headers: Record<string, string>): Promise<void> {
    const consumer = this.settings.consumer;
    if (!consumer) {
      throw new UpstreamError('GP Connect is not configured for this deployment (GPC_CONSUMER_ASID and the other GPC_ settings)', { upstream: { api: 'gp-connect' } });
    }
    const interaction = headers['ssp-interactionid'];
    const scope = interaction ? GPC_INTERACTION_SCOPES[interaction] : undefined;
    if (!interaction || !scope) throw new Error(`GP Connect call without a known Ssp-InteractionID (${interaction ?? 'none'})`);
    headers['ssp-traceid'] = randomUUID();
    headers['ssp-from'] = consumer.asid;
    headers['ssp-to'] = consumer.providerAsid;
    headers.authorization = `Bearer ${unsignedJwt(gpConnectClaims(consumer, this.settings.audience, scope, Math.floor(this.now() / 1000)))}`;
  }
}

/** The JWT claims GP Connect requires, for one call. Pure. */
export function gpConnectClaims(consumer: GpConnectConsumer, audience: string, scope: Scope, issuedAt: number): Record<string, unknown> {
  const { device, organisation, practitioner } = consumer;
  return {
    iss: consumer.endpointUrl,
    sub: practitioner.id,
    aud: audience,
    exp: issuedAt + JWT_LIFETIME_SECONDS,
    iat: issuedAt,
    reason_for_request: 'directcare',
    requested_scope: scope,
    requesting_device: {
      resourceType: 'Device',
      identifier: [{ system: device.system, value: device.value }],
      model: device.model,
      version: device.version,
    },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: organisation.odsCode }],
      name: organisation.name,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: practitioner.id,
      identifier: [
        { system: 'https://fhir.nhs.uk/Id/sds-user-id', value: practitioner.sdsUserId },
        { system: 'https://fhir.nhs.uk/Id/sds-role-profile-id', value: practitioner.roleProfileId },
        { system: `${consumer.endpointUrl.replace(/\/$/, '')}/Id/local-user-id`, value: practitioner.id },
      ],
      name: [{ family: practitioner.family, given: practitioner.given, prefix: practitioner.prefix }],
    },
  };
}

/** `base64url(header).base64url(claims).` with an empty signature, as GP Connect specifies. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
