import { randomUUID } from 'node:crypto';
import { ForbiddenError, UpstreamError } from '../../errors.js';
import type { AuthCallOptions, CredentialOwner, TokenExchangeAuth, UpstreamAuth } from '../../upstream/auth.js';
import type { CallContext, SignedInUser } from '../../upstream/types.js';
import { ODS_CODE_SYSTEM, SDS_ROLE_PROFILE_ID_SYSTEM, SDS_USER_ID_SYSTEM } from '../fhir-systems.js';

/**
 * Who the consumer system is, as GP Connect needs to know it (gpc-structured/CONTRACT.md, "Authorization JWT"): its
 * ASID and endpoint, its device and the requesting organisation. Comes from configuration (src/config/gp-connect.ts); the embedded
 * defaults are the GP Connect demonstrator's test identities. The practitioner is never configured: GP Connect allows
 * no fixed or generic user, so the JWT names the signed-in healthcare worker (GpConnectAuth).
 */
export interface GpConnectConsumer {
  /** Ssp-From: the ASID of the system where the request originates. */
  asid: string;
  /**
   * Ssp-To of a call not addressed through SDS: the provider the platform's GP Connect service answers to (every call
   * with `addressing: 'platform'`; reads and writes by appointment id with `sds`).
   */
  providerAsid: string;
  /** How a worker's call finds its provider (GPC_PROVIDER_ADDRESSING, src/sources/gp-connect/addressing.ts). */
  addressing: 'sds' | 'platform';
  /**
   * The Spine Secure Proxy (GPC_SSP_URL): a worker's call addressed through SDS goes to `{sspUrl}/{provider service
   * root}/...`, as route A has it. Unset: the platform's origin + SSP_PATH (the embedded platform's proxy).
   */
  sspUrl?: string;
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
}

/** The practitioner at the keyboard, as the JWT's requesting_practitioner names them. */
export interface RequestingPractitioner {
  /** The consumer's local id of the user: the JWT `sub` and requesting_practitioner.id. */
  id: string;
  /** SDS user id (smartcard) and role profile id; `UNK` when the user has none. */
  sdsUserId: string;
  roleProfileId: string;
  family: string;
  given: string[];
  prefix: string[];
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
  'urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1': 'patient/*.read',
  'urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1': 'patient/*.read',
  // Not a GP Connect interaction: the embedded platform's practice-appointments search (docs/gp-connect.md).
  'urn:nhs-graph:embedded:gpconnect:search:practice_appointments': 'patient/*.read',
};

/** Interactions the patient-facing route (route B) does not offer: amend, and the embedded practice-appointments search. */
const NOT_PATIENT_FACING: ReadonlySet<string> = new Set([
  'urn:nhs:names:services:gpconnect:fhir:rest:update:appointment-1',
  'urn:nhs-graph:embedded:gpconnect:search:practice_appointments',
]);

const JWT_LIFETIME_SECONDS = 300;

export interface GpConnectAuthSettings {
  /** Absent when the deployment has no GP Connect identity: every call is then refused before it is sent. */
  consumer: GpConnectConsumer | undefined;
  /** The provider service root the JWT's `aud` names: the API's base URL. */
  audience: string;
  /** The platform's token exchange, for a signed-in citizen (patient-facing route); absent on NHS's open sandbox. */
  userAuth?: TokenExchangeAuth;
  now?: () => number;
}

/**
 * GP Connect's request identity, per signed-in user (gpc-structured/CONTRACT.md):
 * - a healthcare worker (CIS2): the Spine Secure Proxy route. The caller sets `ssp-interactionid`; this adds
 *   Ssp-TraceID (a fresh UUID), Ssp-From, Ssp-To and `Authorization: Bearer <jwt>`, an audit record, not a credential:
 *   unsigned (`alg: none`, empty signature), new per call, expiring 5 minutes after issue, `reason_for_request`
 *   directcare, the scope of the call's interaction, and the worker as requesting_practitioner (their SDS user id, the
 *   role profile id of their selected role or `UNK`, their name);
 * - a citizen (NHS login P9): the API platform's patient-facing route, "separate authentication": their ID token
 *   exchanged for a platform token (`Authorization: Bearer`), and no SSP header or JWT. What that route lacks (amend)
 *   is refused before it is sent (FORBIDDEN, `NOT_PATIENT_FACING`);
 * - nobody signed in: refused (FORBIDDEN, `GPC_USER_REQUIRED`) before anything is sent, since GP Connect allows no
 *   system or generic user. A worker whose token carries no name is refused too (`GPC_PRACTITIONER_NAME_REQUIRED`).
 */
export class GpConnectAuth implements UpstreamAuth {
  private readonly now: () => number;

  constructor(private readonly settings: GpConnectAuthSettings) {
    this.now = settings.now ?? Date.now;
  }

  async authorize(headers: Record<string, string>, ctx?: CallContext, options: AuthCallOptions = {}): Promise<void> {
    // A call addressed through SDS (addressing.ts) names its provider: the audit JWT's `aud` is that service root.
    const audience = options.provider?.audience ?? this.settings.audience;
    const consumer = this.settings.consumer;
    if (!consumer) {
      throw new UpstreamError('GP Connect is not configured for this deployment (GPC_CONSUMER_ASID and the other GPC_ settings)', {
        upstream: { api: 'gp-connect' },
      });
    }
    const interaction = headers['ssp-interactionid'];
    const scope = interaction ? GPC_INTERACTION_SCOPES[interaction] : undefined;
    if (!interaction || !scope) throw new Error(`GP Connect call without a known Ssp-InteractionID (${interaction ?? 'none'})`);
    const user = ctx?.user;
    if (user?.kind === 'citizen') {
      if (NOT_PATIENT_FACING.has(interaction)) {
        throw new ForbiddenError('The patient-facing GP Connect does not offer this to patients (appointments can be cancelled, not amended)', {
          reason: 'NOT_PATIENT_FACING',
        });
      }
      delete headers['ssp-interactionid'];
      if (this.settings.userAuth && ctx?.userToken) headers.authorization = `Bearer ${await this.settings.userAuth.userToken(ctx.userToken)}`;
      return;
    }
    if (user?.kind !== 'staff') {
      throw new ForbiddenError('GP Connect needs a signed-in user: it allows no system or generic user as the requesting practitioner', {
        reason: 'GPC_USER_REQUIRED',
      });
    }
    headers['ssp-traceid'] = randomUUID();
    headers['ssp-from'] = consumer.asid;
    // The provider's ASID from SDS when the call was addressed to a practice (addressing.ts), else the configured one.
    headers['ssp-to'] = options.provider?.asid ?? consumer.providerAsid;
    const practitioner = requestingPractitioner(user, ctx?.staff?.roleProfileId);
    headers.authorization = `Bearer ${unsignedJwt(gpConnectClaims(consumer, practitioner, audience, scope, Math.floor(this.now() / 1000)))}`;
  }

  /** A citizen's platform token the API refused is forgotten, so the next call exchanges again. */
  unauthorized(headers: Record<string, string>, ctx?: CallContext): CredentialOwner | undefined {
    if (ctx?.user?.kind === 'citizen' && ctx.userToken) return this.settings.userAuth?.unauthorized(headers, ctx);
    // Staff calls carry a fresh unsigned JWT: nothing cached to forget, nothing a second attempt would change.
    return undefined;
  }
}

/** The signed-in healthcare worker as GP Connect's requesting practitioner; refused when their token gave no name. */
export function requestingPractitioner(user: Extract<SignedInUser, { kind: 'staff' }>, roleProfileId: string | undefined): RequestingPractitioner {
  if (!user.familyName) {
    throw new ForbiddenError('GP Connect must name the requesting practitioner: sign in to CIS2 with the profile scope', {
      reason: 'GPC_PRACTITIONER_NAME_REQUIRED',
    });
  }
  return {
    id: user.userId,
    sdsUserId: user.sdsUserId || 'UNK',
    roleProfileId: roleProfileId ?? 'UNK',
    family: user.familyName,
    given: user.givenNames,
    prefix: [],
  };
}

/** The JWT claims GP Connect requires, for one call. Pure. */
export function gpConnectClaims(
  consumer: GpConnectConsumer,
  practitioner: RequestingPractitioner,
  audience: string,
  scope: Scope,
  issuedAt: number,
): Record<string, unknown> {
  const { device, organisation } = consumer;
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
      identifier: [{ system: ODS_CODE_SYSTEM, value: organisation.odsCode }],
      name: organisation.name,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: practitioner.id,
      identifier: [
        { system: SDS_USER_ID_SYSTEM, value: practitioner.sdsUserId },
        { system: SDS_ROLE_PROFILE_ID_SYSTEM, value: practitioner.roleProfileId },
        { system: `${consumer.endpointUrl.replace(/\/$/, '')}/Id/local-user-id`, value: practitioner.id },
      ],
      name: [{ family: practitioner.family, given: practitioner.given, ...(practitioner.prefix.length > 0 ? { prefix: practitioner.prefix } : {}) }],
    },
  };
}

/** `base64url(header).base64url(claims).` with an empty signature, as GP Connect specifies. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
