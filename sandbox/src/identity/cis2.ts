import type { OidcFlavour, OidcUser, SignInSession } from './oidc-provider.js';

/** A national RBAC role a healthcare worker holds (CIS2 `nhsid_nrbac_roles` entry). */
export interface NrbacRole {
  /** The role profile id: what `selected_roleid` and NHSD-Session-URID carry. */
  roleProfileId: string;
  /** Job role code (the `R` part of role_code), e.g. R8000. */
  jobRoleCode: string;
  roleName: string;
  orgCode: string;
}

export interface TestStaff extends OidcUser {
  givenName: string;
  familyName: string;
  email: string;
  roles: NrbacRole[];
}

function staff(id: string, uid: string, givenName: string, familyName: string, roles: [string, string, string][]): TestStaff {
  return {
    id,
    subject: uid,
    givenName,
    familyName,
    label: `${givenName} ${familyName} (${roles.map(([code]) => code).join(', ') || 'no role'})`,
    email: `${id}@test.nhs-graph.example`,
    roles: roles.map(([jobRoleCode, roleName, orgCode], i) => ({ roleProfileId: `${uid.slice(0, 9)}${100 + i}`, jobRoleCode, roleName, orgCode })),
  };
}

/** The CIS2 stand-in's healthcare workers: one per kind of national RBAC role the access rules distinguish. */
export const TEST_STAFF: readonly TestStaff[] = [
  staff('clinician', '555000000101', 'Casey', 'Clinician', [['R8000', 'Clinical Practitioner Access Role', 'Y12345']]),
  staff('nurse', '555000000102', 'Nico', 'Nurse', [['R8001', 'Nurse Access Role', 'RR8']]),
  staff('pharmacist', '555000000103', 'Pat', 'Pharmacist', [['R8003', 'Health Professional Access Role', 'FA565']]),
  staff('student', '555000000107', 'Sam', 'Student', [['R8004', 'Healthcare Student Access Role', 'RR8']]),
  staff('admin', '555000000104', 'Alex', 'Admin', [['R8008', 'Admin/Clinical Support Access Role', 'Y12345']]),
  staff('clerical', '555000000108', 'Chris', 'Clerical', [['R8010', 'Clerical Access Role', 'Y12345']]),
  staff('manager', '555000000105', 'Morgan', 'Manager', [['R8013', 'Health Service Management Access Role', 'RR8']]),
  staff('no-role', '555000000106', 'Noel', 'Norole', []),
];

const SCOPES = [
  'openid',
  'profile',
  'email',
  'nhsperson',
  'associatedorgs',
  'nationalrbacaccess',
  'professionalmemberships',
  'organisationalmemberships',
  'selectedrole',
] as const;

function rolesClaim(user: TestStaff) {
  return user.roles.map((r) => ({
    person_orgid: `${user.subject.slice(0, 9)}${r.orgCode}`,
    person_roleid: r.roleProfileId,
    org_code: r.orgCode,
    role_name: `"Clinical":"Clinical Provision":"${r.roleName}"`,
    role_code: `S${r.jobRoleCode.slice(1)}:G${r.jobRoleCode.slice(1)}:${r.jobRoleCode}`,
  }));
}

/**
 * A stand-in for NHS CIS2 Authentication (the healthcare worker's identity provider): the real service's endpoint
 * layout (`/access_token`, `/connect/jwk_uri`, discovered from the issuer), ID tokens signed RS256 with assurance
 * levels, `selected_roleid` when `selectedrole` is asked for, and national RBAC roles. Deviation: real CIS2 returns
 * `nhsid_nrbac_roles` from UserInfo only; the stand-in also puts it in the ID token when `nationalrbacaccess` is
 * granted, because the graph receives only the ID token.
 */
export function cis2Flavour(): OidcFlavour<TestStaff> {
  const byId = new Map(TEST_STAFF.map((u) => [u.id, u]));
  return {
    name: 'CIS2 (stand-in)',
    path: '/cis2/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
    signingAlg: 'RS256',
    endpoints: { authorize: '/authorize', token: '/access_token', userinfo: '/userinfo', jwks: '/connect/jwk_uri' },
    scopes: SCOPES,
    lifetimes: { code: 120, accessToken: 3600, idToken: 3600, refreshToken: 12 * 3600 },
    discovery: (issuer, urls) => ({
      issuer,
      authorization_endpoint: urls.authorize,
      token_endpoint: urls.token,
      userinfo_endpoint: urls.userinfo,
      jwks_uri: urls.jwks,
      scopes_supported: SCOPES,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['RS512'],
      acr_values_supported: ['AAL3_ANY', 'AAL2_OR_ABOVE', 'AAL2_OR_ABOVE_WITH_GP', 'AAL1_USERPASS'],
      claims_supported: [
        'sub',
        'iss',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'nonce',
        'acr',
        'amr',
        'id_assurance_level',
        'authentication_assurance_level',
        'selected_roleid',
        'nhsid_nrbac_roles',
        'name',
        'given_name',
        'family_name',
        'uid',
        'email',
      ],
    }),
    findUser: (id) => byId.get(id),
    listUsers: () => [...TEST_STAFF],
    authenticate: (user, params) => {
      // A user with several roles picks one; the sandbox takes `role` from the form, else the first.
      const wanted = params.get('role');
      const selected = wanted ? user.roles.find((r) => r.roleProfileId === wanted) : user.roles[0];
      if (wanted && !selected) return { error: 'access_denied', description: 'The user holds no such role' };
      return selected ? { selectedRoleId: selected.roleProfileId } : {};
    },
    idTokenClaims: (user, session: SignInSession) => ({
      acr: 'AAL3_ANY',
      amr: ['SCAL'],
      id_assurance_level: '3',
      authentication_assurance_level: '3',
      ...(session.scopes.has('selectedrole') && session.extras.selectedRoleId ? { selected_roleid: session.extras.selectedRoleId } : {}),
      ...(session.scopes.has('nationalrbacaccess') ? { nhsid_nrbac_roles: rolesClaim(user) } : {}),
      ...(session.scopes.has('profile') ? { name: `${user.givenName} ${user.familyName}`, given_name: user.givenName, family_name: user.familyName } : {}),
    }),
    accessTokenClaims: () => ({ acr: 'AAL3_ANY' }),
    userinfo: (user, session) => ({
      ...(session.scopes.has('profile')
        ? { name: `${user.givenName} ${user.familyName}`, given_name: user.givenName, family_name: user.familyName, uid: user.subject }
        : {}),
      ...(session.scopes.has('email') ? { email: user.email } : {}),
      ...(session.scopes.has('nationalrbacaccess') ? { nhsid_useruid: user.subject, nhsid_nrbac_roles: rolesClaim(user) } : {}),
      ...(session.scopes.has('associatedorgs') ? { nhsid_user_orgs: [...new Set(user.roles.map((r) => r.orgCode))].map((org_code) => ({ org_code })) } : {}),
    }),
  };
}
