/** An identity provider whose tokens the graph accepts from callers. */
export interface IssuerSettings {
  /** `nhs-login` makes citizens, `cis2` makes healthcare workers. */
  kind: 'nhs-login' | 'cis2';
  /** The `iss` of its tokens, exactly as its discovery document states it. */
  issuer: string;
  /** Accepted `aud` values: our client ids registered with it. */
  audience: string[];
  /** Accepted signing algorithms: NHS login signs RS512, CIS2 RS256. Never `none`, never HMAC. */
  algorithms: string[];
  /** Its JWKS; when absent, the `jwks_uri` of its discovery document (`<issuer>/.well-known/openid-configuration`). */
  jwksUrl?: string;
}

/** NHS login issuers per environment (nhs-login/CONTRACT.md). Integration ("AOS") is to be confirmed from the onboarding pack. */
export const NHS_LOGIN_ISSUERS = {
  int: 'https://auth.aos.signin.nhs.uk',
  prod: 'https://auth.login.nhs.uk',
} as const;

/** CIS2 Authentication issuers (the Healthcare realm) per environment, from CIS2's discovery documents. */
export const CIS2_ISSUERS = {
  int: 'https://am.nhsint.auth-ptl.cis2.spineservices.nhs.uk:443/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
  prod: 'https://am.nhsidentity.spineservices.nhs.uk:443/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
} as const;
