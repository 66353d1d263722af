import { accreditedSystemFor } from './mapper.js';
import type { SdsLoaders } from './loaders.js';
import { GP_CONNECT_INTERACTIONS, type GpConnectCapability } from './interactions.js';

/** Where to send a GP Connect call for one practice and capability. */
export interface GpConnectServiceRoot {
  odsCode: string;
  capability: GpConnectCapability;
  interaction: string;
  /** The provider's FHIR service root (SDS nhsMhsEndPoint), without a trailing slash as GP Connect builds URLs on it. */
  serviceRoot: string;
  partyKey: string | null;
  /** The provider's ASID (`Ssp-To`); null when SDS has no accredited system for the endpoint. */
  asid: string | null;
}

/**
 * A practice's GP Connect service root from SDS: the Endpoint search for (practice, capability interaction) gives the
 * address and party key, the Device search for the same key gives the ASID. Both go through the request's SDS
 * loaders, so a query that also reads `spineEndpoints` for the same practice and interaction makes no extra call.
 * Resolves to null when SDS has no endpoint for the practice; rejects with the coded SDS error when SDS fails.
 */
export async function findGpConnectServiceRoot(sds: SdsLoaders, odsCode: string, capability: GpConnectCapability): Promise<GpConnectServiceRoot | null> {
  const interaction = GP_CONNECT_INTERACTIONS[capability];
  const key = { odsCode: odsCode.toUpperCase(), interaction };
  const [endpoints, systems] = await Promise.all([sds.endpoints.load(key), sds.accreditedSystems.load(key)]);
  const endpoint = endpoints.find((e) => e.address);
  if (!endpoint?.address) return null;
  return {
    odsCode: key.odsCode,
    capability,
    interaction,
    serviceRoot: endpoint.address.replace(/\/+$/, ''),
    partyKey: endpoint.partyKey,
    asid: accreditedSystemFor(endpoint, systems)?.asid ?? null,
  };
}
