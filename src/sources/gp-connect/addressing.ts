import { NotFoundError } from '../../errors.js';
import { requestingPractitioner } from './auth.js';
import type { CallContext, SignedInUser, UpstreamCall } from '../../upstream/types.js';
import type { PdsLoaders } from '../pds/loaders.js';
import { findGpConnectServiceRoot } from '../sds/gp-connect-lookup.js';
import type { GpConnectCapability } from '../sds/interactions.js';
import type { SdsLoaders } from '../sds/loaders.js';

/**
 * How a healthcare worker's GP Connect call names its provider (GPC_PROVIDER_ADDRESSING):
 * - `sds` (the default everywhere): as the Spine Secure Proxy route does (gpc-structured/CONTRACT.md, route A): the
 *   practice's service root and ASID come from SDS per practice and capability; `Ssp-To` is that ASID and the audit
 *   JWT's `aud` that service root;
 * - `platform`: the call names one fixed provider (`GPC_PROVIDER_ASID`, `aud` = the API's base URL) and the platform
 *   finds the practice itself, as route B does. No SDS call.
 * Citizens always go the platform's patient-facing way, which finds their practice itself: never an SDS call for them.
 */
export type GpConnectAddressingMode = 'sds' | 'platform';

/** What a GP Connect call is about: a patient (addressed at their registered practice) or a practice. */
export type GpConnectTarget = { nhsNumber: string } | { practice: string };

/** Where one call goes: the practice, its provider ASID (Ssp-To) and its service root for the capability (JWT aud). */
export interface ProviderAddress {
  practice: string;
  asid: string;
  serviceRoot: string;
  /**
   * The URL the call is sent to, as route A requires (gpc-structured/CONTRACT.md): `{ssp}/{service root}`, below which
   * the call takes route A's path. Set by gpConnectForRequest.
   */
  baseUrl?: string;
}

/** Resolves a call's provider, or undefined when the call is not to be addressed (a citizen's call). */
export type GpConnectAddresser = (capability: GpConnectCapability, target: GpConnectTarget) => Promise<ProviderAddress | undefined>;

/**
 * The request's addresser: a patient's practice from PDS (the request's loader, so a patient already read costs nothing),
 * then the practice's endpoint and accredited system from SDS (the request's loaders: one Endpoint and one Device
 * search per practice and capability, de-duplicated, never kept across requests as GP Connect requires).
 * A patient without a registered practice, a practice SDS has no GP Connect endpoint for, or an endpoint without an
 * accredited system is NOT_FOUND (reasons NO_REGISTERED_PRACTICE, GP_CONNECT_ENDPOINT_NOT_FOUND,
 * GP_CONNECT_ASID_NOT_FOUND) and no GP Connect call is made.
 */
export function createGpConnectAddresser(loaders: { pds: PdsLoaders; sds: SdsLoaders }, ctx: CallContext): GpConnectAddresser {
  return async (capability, target) => {
    if (!isAddressed(ctx)) return undefined;
    // A worker GP Connect would refuse (no name in their token) is refused before anything is looked up for them.
    requestingPractitioner(ctx.user, ctx.staff?.roleProfileId);
    let practice: string;
    if ('practice' in target) {
      practice = target.practice.toUpperCase();
    } else {
      const patient = await loaders.pds.patient.load(target.nhsNumber);
      // A restricted patient's practice is withheld by PDS (and the mapper): src/access/restricted.ts refuses those first.
      if (!patient.registeredGpOdsCode) {
        throw new NotFoundError('PDS names no registered GP practice for this patient, so there is no GP Connect provider to ask', {
          reason: 'NO_REGISTERED_PRACTICE',
        });
      }
      practice = patient.registeredGpOdsCode;
    }
    const root = await findGpConnectServiceRoot(loaders.sds, practice, capability);
    if (!root) {
      throw new NotFoundError(`The Spine Directory has no GP Connect ${capability} endpoint for the practice`, {
        reason: 'GP_CONNECT_ENDPOINT_NOT_FOUND',
        upstream: { api: 'sds' },
      });
    }
    if (!root.asid) {
      throw new NotFoundError(`The Spine Directory has no accredited system (ASID) behind the practice's GP Connect ${capability} endpoint`, {
        reason: 'GP_CONNECT_ASID_NOT_FOUND',
        upstream: { api: 'sds' },
      });
    }
    return { practice: root.odsCode, asid: root.asid, serviceRoot: root.serviceRoot };
  };
}

/** Whether the request's GP Connect calls are addressed to a practice (a healthcare worker's; a citizen's never are). */
export function isAddressed(ctx: CallContext): ctx is CallContext & { user: Extract<SignedInUser, { kind: 'staff' }> } {
  return ctx.user?.kind === 'staff';
}

/**
 * What addresses one call, as typed call options: the provider (its ASID for `Ssp-To` and its service root for the
 * audit JWT's `aud`, which GpConnectAuth sets), and the URL base when the call goes through the Spine Secure Proxy
 * (route A). Nothing when the call is not addressed (the platform's base path and configured provider).
 */
export function addressOf(address: ProviderAddress | undefined): Pick<UpstreamCall, 'provider' | 'baseUrl'> {
  if (!address) return {};
  return { provider: { asid: address.asid, audience: address.serviceRoot }, ...(address.baseUrl ? { baseUrl: address.baseUrl } : {}) };
}
