import { ALL_SOURCES, DEFAULT_CITIZEN_SOURCES, DEFAULT_STAFF_ROLES, type AccessPolicy } from '../access/policy.js';
import { CIS2_ISSUERS, NHS_LOGIN_ISSUERS, type IssuerSettings } from '../auth/issuers.js';
import { API_IDS } from '../upstream/apis.js';
import type { NhsEnv } from './platform.js';
import type { EnvReader } from './reader.js';

export interface AuthConfig {
  /** Identity providers whose tokens callers bring (with the local stand-in: its NHS login and CIS2, which `npm start` passes). */
  issuers: IssuerSettings[];
  jwksCooldownMs: number;
  /** Caller tokens: the longest lifetime (exp - iat) accepted. */
  tokenMaxLifetimeSeconds: number;
  access: AccessPolicy;
}

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,255}$/;
const ROLE = /^R\d{4}$/;

/** Who may call: the identity providers trusted, token limits, and which sources each staff role and citizens reach. */
export function readAuth(r: EnvReader, nhsEnv: NhsEnv): AuthConfig {
  const issuers = readIssuers(r, nhsEnv);
  return {
    issuers,
    jwksCooldownMs: r.int('JWKS_COOLDOWN_MS', 30_000, 0, 600_000),
    tokenMaxLifetimeSeconds: r.int('TOKEN_MAX_LIFETIME_SECONDS', 43_200, 60, 30 * 86_400),
    access: {
      staffRoles: readStaffRoles(r.env.STAFF_ROLE_SOURCES, r.problems),
      citizenSources: readSourceList('CITIZEN_SOURCES', r.env.CITIZEN_SOURCES, r.problems) ?? DEFAULT_CITIZEN_SOURCES,
    },
  };
}

/**
 * NHS login and CIS2, each enabled by its client id (the audience of the ID tokens the graph accepts). The issuer
 * defaults per environment; the JWKS comes from the issuer's discovery document unless given. In int and prod at
 * least one must be set, or no caller could sign in.
 */
function readIssuers(r: EnvReader, nhsEnv: NhsEnv): IssuerSettings[] {
  const { env, problems } = r;
  const url = (name: string, https: boolean) => r.url(name, https);
  const live = nhsEnv === 'int' || nhsEnv === 'prod';
  const issuers: IssuerSettings[] = [];
  const read = (kind: IssuerSettings['kind'], prefix: string, defaults: Record<'int' | 'prod', string>, algorithms: string[]): void => {
    const clientId = env[`${prefix}_CLIENT_ID`];
    const issuer = url(`${prefix}_ISSUER`, live) ?? (live ? defaults[nhsEnv as 'int' | 'prod'] : undefined);
    const jwksUrl = url(`${prefix}_JWKS_URL`, live);
    if (clientId === undefined || clientId === '') {
      if (env[`${prefix}_ISSUER`] || env[`${prefix}_JWKS_URL`])
        problems.push(`${prefix}_CLIENT_ID is required when ${prefix}_ISSUER or ${prefix}_JWKS_URL is set: the client id its ID tokens are issued to`);
      return;
    }
    if (!CLIENT_ID.test(clientId)) problems.push(`${prefix}_CLIENT_ID must be 1 to 255 letters, digits, ., _, : or -`);
    else if (!issuer) problems.push(`${prefix}_ISSUER is required outside int and prod: the issuer URL of its discovery document`);
    else issuers.push({ kind, issuer, audience: [clientId], algorithms, ...(jwksUrl ? { jwksUrl } : {}) });
  };
  read('nhs-login', 'NHS_LOGIN', NHS_LOGIN_ISSUERS, ['RS512']);
  read('cis2', 'CIS2', CIS2_ISSUERS, ['RS256', 'RS512']);
  if (live && issuers.length === 0 && !problems.some((p) => /^(NHS_LOGIN|CIS2)_/.test(p))) {
    problems.push('NHS_LOGIN_CLIENT_ID or CIS2_CLIENT_ID is required for int and prod: without an identity provider no caller can sign in');
  }
  return issuers;
}

/** `STAFF_ROLE_SOURCES="R8000=*;R8008=pds,ers"`: the sources each national RBAC job role reaches (replaces the defaults). */
function readStaffRoles(raw: string | undefined, problems: string[]): AccessPolicy['staffRoles'] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_STAFF_ROLES;
  const roles: Record<string, string[]> = {};
  for (const entry of raw
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [role = '', list = ''] = entry.split('=', 2).map((s) => s.trim());
    if (!ROLE.test(role)) {
      problems.push(`STAFF_ROLE_SOURCES: "${role}" is not a national RBAC job role code such as R8000`);
      continue;
    }
    const sources = readSourceList(`STAFF_ROLE_SOURCES (${role})`, list, problems, true);
    if (sources) roles[role] = [...sources];
  }
  return roles;
}

function readSourceList(name: string, raw: string | undefined, problems: string[], allowAll = false): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(API_IDS as string[]).includes(id) && !(allowAll && id === ALL_SOURCES));
  if (unknown.length > 0) {
    problems.push(`${name} names unknown sources ${unknown.join(', ')} (known: ${API_IDS.join(', ')}${allowAll ? ', or * for all' : ''})`);
    return undefined;
  }
  return ids;
}
