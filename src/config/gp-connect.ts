import { isValidOdsCode, normaliseOdsCode } from '../nhs/ods-code.js';
import type { GpConnectConsumer } from '../sources/gp-connect/auth.js';
import type { NhsEnv } from './platform.js';
import type { EnvReader } from './reader.js';

/**
 * The GP Connect consumer in `embedded` and `sandbox`: the GP Connect demonstrator's test consumer ASID and requesting
 * organisation (gpc-appointments/gpconnect-swagger.yaml's JWT example). Never used in int or prod: there every GPC_
 * value comes from the environment. No practitioner is configured: the JWT names the signed-in CIS2 user.
 */
export const EMBEDDED_GP_CONNECT_CONSUMER: GpConnectConsumer = {
  asid: '200000000359',
  providerAsid: '918999198738',
  addressing: 'sds',
  endpointUrl: 'https://nhs-graph.invalid',
  device: { system: 'https://nhs-graph.invalid/Id/local-system-instance-id', value: 'nhs-graph', model: 'nhs-graph', version: '0.1.0' },
  organisation: { odsCode: 'A11111', name: 'TEST CONSUMER ORGANISATION A11111', type: 'gp-practice', phone: '01632 960001' },
};

/** GPC_ variable -> where it goes, and whether int/prod must set it. */
const GPC_VARIABLES = {
  GPC_CONSUMER_ASID: true,
  GPC_PROVIDER_ASID: true,
  GPC_CONSUMER_URL: true,
  GPC_CONSUMER_ODS_CODE: true,
  GPC_CONSUMER_ORG_NAME: true,
  GPC_CONSUMER_ORG_TYPE: false,
  GPC_CONSUMER_PHONE: true,
} as const;

/** Read by earlier versions: GP Connect allows no configured (fixed or generic) practitioner, so setting one is an error. */
const RETIRED_GPC_VARIABLES = [
  'GPC_PRACTITIONER_ID',
  'GPC_PRACTITIONER_SDS_USER_ID',
  'GPC_PRACTITIONER_ROLE_PROFILE_ID',
  'GPC_PRACTITIONER_FAMILY',
  'GPC_PRACTITIONER_GIVEN',
  'GPC_PRACTITIONER_PREFIX',
];

/**
 * The GP Connect consumer from GPC_ variables. `embedded` and `sandbox` fill gaps from EMBEDDED_GP_CONNECT_CONSUMER;
 * int and prod take none of it: no GPC_ variable leaves GP Connect off, some but not all is a configuration error.
 */
export function readGpConnect(r: EnvReader, nhsEnv: NhsEnv): GpConnectConsumer | undefined {
  const { env, problems } = r;
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const retired = RETIRED_GPC_VARIABLES.filter((name) => env[name]);
  if (retired.length > 0)
    problems.push(`${retired.join(', ')} are no longer read: GP Connect names the signed-in CIS2 user as the requesting practitioner (remove them)`);
  const given = Object.keys(GPC_VARIABLES).filter((name) => env[name]);
  if (live && given.length === 0) return undefined;
  if (live) {
    const missing = Object.entries(GPC_VARIABLES)
      .filter(([name, required]) => required && !env[name])
      .map(([name]) => name);
    if (missing.length > 0) problems.push(`GP Connect needs ${missing.join(', ')} in int and prod (or no GPC_ variable at all to leave it off)`);
  }
  const d = EMBEDDED_GP_CONNECT_CONSUMER;
  const value = (name: keyof typeof GPC_VARIABLES, fallback: string) => env[name] || fallback;
  const endpointUrl = value('GPC_CONSUMER_URL', d.endpointUrl).replace(/\/$/, '');
  const consumer: GpConnectConsumer = {
    asid: value('GPC_CONSUMER_ASID', d.asid),
    providerAsid: value('GPC_PROVIDER_ASID', d.providerAsid),
    // NHS's open sandbox has one mock provider and no SDS entry for it: only the platform's addressing can reach it.
    addressing: (env.GPC_PROVIDER_ADDRESSING as 'sds' | 'platform' | undefined) ?? (nhsEnv === 'sandbox' ? 'platform' : 'sds'),
    ...(env.GPC_SSP_URL ? { sspUrl: env.GPC_SSP_URL.replace(/\/$/, '') } : {}),
    endpointUrl,
    device: {
      system: `${endpointUrl}/Id/local-system-instance-id`,
      value: 'nhs-graph',
      model: 'nhs-graph',
      version: env.npm_package_version ?? d.device.version,
    },
    organisation: {
      odsCode: normaliseOdsCode(value('GPC_CONSUMER_ODS_CODE', d.organisation.odsCode)),
      name: value('GPC_CONSUMER_ORG_NAME', d.organisation.name),
      type: value('GPC_CONSUMER_ORG_TYPE', d.organisation.type),
      phone: value('GPC_CONSUMER_PHONE', d.organisation.phone),
    },
  };
  for (const [name, asid] of [
    ['GPC_CONSUMER_ASID', consumer.asid],
    ['GPC_PROVIDER_ASID', consumer.providerAsid],
  ] as const) {
    if (!/^\d{12}$/.test(asid)) problems.push(`${name} must be a 12-digit Spine ASID (got "${asid}")`);
  }
  if (env.GPC_PROVIDER_ADDRESSING && !['sds', 'platform'].includes(env.GPC_PROVIDER_ADDRESSING)) {
    problems.push(`GPC_PROVIDER_ADDRESSING must be sds or platform (got "${env.GPC_PROVIDER_ADDRESSING}")`);
  }
  if (env.GPC_SSP_URL && !/^https?:\/\/[^/\s]+/.test(env.GPC_SSP_URL))
    problems.push(`GPC_SSP_URL must be the Spine Secure Proxy's URL (got "${env.GPC_SSP_URL}")`);
  if (live && consumer.addressing === 'sds' && !env.GPC_SSP_URL)
    problems.push('GP Connect addressed through SDS needs GPC_SSP_URL (the Spine Secure Proxy) in int and prod');
  if (!/^https?:\/\/[^/\s]+/.test(endpointUrl)) problems.push(`GPC_CONSUMER_URL must be the consumer system's endpoint URL (got "${endpointUrl}")`);
  if (!isValidOdsCode(consumer.organisation.odsCode)) problems.push(`GPC_CONSUMER_ODS_CODE must be an ODS code (got "${consumer.organisation.odsCode}")`);
  return consumer;
}
