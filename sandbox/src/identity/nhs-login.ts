import { loadFixture } from '../fixtures.js';
import type { Population } from '../population.js';
import type { AuthorizeError, OidcFlavour, SignInSession } from './oidc-provider.js';
import { TestCitizens, type IdentityLevel, type TestCitizen } from './test-citizens.js';

/** NHS login's default when an authorize request carries no `vtr`. */
export const DEFAULT_VTR = ['P9.Cp.Cd', 'P9.Cp.Ck', 'P9.Cm'];
const VECTOR = /^(P0|P5|P9)\.(Cp\.Cd|Cp\.Ck|Cm)$/;
const RANK: Record<IdentityLevel, number> = { P0: 0, P5: 5, P9: 9 };

const SCOPES = [
  'openid',
  'profile',
  'basic_demographics',
  'profile_extended',
  'email',
  'phone',
  'landline',
  'gp_registration_details',
  'gp_integration_credentials',
  'client_metadata',
  'nhs_app_credentials',
] as const;

/** Parses `vtr` (a JSON array of vectors); undefined when it is not one. */
export function parseVtr(raw: string | null): string[] | undefined {
  if (raw === null) return DEFAULT_VTR;
  try {
    const value = JSON.parse(raw) as unknown;
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && VECTOR.test(v))) return value as string[];
  } catch {
    // Not JSON: refused below.
  }
  return undefined;
}

/**
 * The vector of trust a user at `level` achieves against the requested ones: the highest requested level they meet
 * (the first such vector in the request). Undefined when every vector asks for more than they have; real NHS login
 * would start an uplift journey there, the sandbox refuses.
 */
export function achievedVector(level: IdentityLevel, requested: string[]): string | undefined {
  const met = requested.filter((v) => RANK[v.slice(0, 2) as IdentityLevel] <= RANK[level]);
  const best = Math.max(...met.map((v) => RANK[v.slice(0, 2) as IdentityLevel]));
  return met.find((v) => RANK[v.slice(0, 2) as IdentityLevel] === best);
}

const proofed = (u: TestCitizen) => u.level !== 'P0';

/** Claims of `profile` (and `basic_demographics`, which is the same without the NHS number), P5 and P9 only. */
function demographics(user: TestCitizen, scopes: Set<string>): Record<string, unknown> {
  if (!proofed(user) || !(scopes.has('profile') || scopes.has('basic_demographics'))) return {};
  return {
    ...(scopes.has('profile') && user.nhsNumber ? { nhs_number: user.nhsNumber } : {}),
    ...(user.familyName ? { family_name: user.familyName } : {}),
    ...(user.birthDate ? { birthdate: user.birthDate } : {}),
    identity_proofing_level: user.level,
  };
}

/**
 * NHS login as the embedded sandbox serves it (nhs-login/CONTRACT.md): the discovery document is NHS England's own stub
 * with our issuer, ID tokens RS512 with `vot`/`vtm` and the `profile` claims, 5-minute access tokens, 60-minute ID
 * tokens, and test citizens at P0, P5 and P9.
 */
export function nhsLoginFlavour(population: Population): OidcFlavour<TestCitizen> {
  const citizens = new TestCitizens(population);
  const trustmark = (issuer: string) => `${issuer}/trustmark/${new URL(issuer).host}`;
  return {
    name: 'NHS login',
    path: '/nhs-login',
    signingAlg: 'RS512',
    endpoints: { authorize: '/authorize', token: '/token', userinfo: '/userinfo', jwks: '/.well-known/jwks.json' },
    scopes: SCOPES,
    lifetimes: { code: 600, accessToken: 300, idToken: 3600, refreshToken: 30 * 24 * 3600 },
    discovery: (issuer) => {
      const text = JSON.stringify(loadFixture('nhs-login/openid-configuration.json')).replaceAll('@@LOGIN_ROOT_URL@@', issuer);
      return JSON.parse(text) as Record<string, unknown>;
    },
    findUser: (id) => citizens.find(id),
    listUsers: () => citizens.list(),
    validateAuthorize(params): AuthorizeError | undefined {
      if (!parseVtr(params.get('vtr'))) return { error: 'invalid_request', description: 'vtr must be a JSON array of vectors such as ["P9.Cp.Cd"]' };
      return undefined;
    },
    authenticate(user, params) {
      const vot = achievedVector(user.level, parseVtr(params.get('vtr')) ?? DEFAULT_VTR);
      if (!vot) return { error: 'access_denied', description: 'The user is not proofed to the level requested (the sandbox does not simulate uplift)' };
      return { vot };
    },
    idTokenClaims: (user, session: SignInSession, issuer) => ({
      vot: session.extras.vot,
      vtm: trustmark(issuer),
      ...demographics(user, session.scopes),
    }),
    accessTokenClaims: (user, session, issuer) => ({
      vot: session.extras.vot,
      vtm: trustmark(issuer),
      ...(proofed(user) && user.nhsNumber && session.scopes.has('profile') ? { nhs_number: user.nhsNumber } : {}),
      reason_for_request: 'patientaccess',
      requesting_system: `${issuer}/client/${session.clientId}`,
      ...(proofed(user) && user.nhsNumber ? { requesting_patient: user.nhsNumber } : {}),
    }),
    userinfo: (user, session) => {
      const s = session.scopes;
      return {
        ...demographics(user, s),
        ...(s.has('profile_extended') && proofed(user) && user.givenName ? { given_name: user.givenName } : {}),
        ...(s.has('email') ? { email: user.email, email_verified: true } : {}),
        ...(s.has('phone') ? { phone_number: user.phone, phone_number_verified: true, ...(proofed(user) ? { phone_number_pds_matched: true } : {}) } : {}),
        ...(s.has('gp_registration_details') && proofed(user) && user.gpOdsCode ? { gp_registration_details: { gp_ods_code: user.gpOdsCode } } : {}),
      };
    },
  };
}
