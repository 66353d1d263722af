import { randomUUID } from 'node:crypto';
import { SignJWT, type CryptoKey, type KeyObject } from 'jose';

/** The longest life the NHS API platform (and NHS login) accepts for a client assertion. */
export const MAX_ASSERTION_LIFETIME_S = 300;

export interface ClientAssertionSettings {
  /** `iss` and `sub`: the API key on the NHS API platform, the client_id at NHS login or CIS2. */
  clientId: string;
  /** `aud`: the token endpoint URL, exactly. */
  audience: string;
  /** `kid`: the key's id in the client's registered JWKS. */
  keyId: string;
  privateKey: CryptoKey | KeyObject;
  /** RS512 for the platform and NHS login. */
  alg?: string;
  nowMs?: number;
  /** Seconds until `exp`; never more than 5 minutes. */
  lifetimeSeconds?: number;
}

/**
 * A `private_key_jwt` client assertion (RFC 7523) as the NHS API platform and NHS login take it: header `alg` RS512 and
 * `kid`; claims `iss` = `sub` = the client id, `aud` = the token URL, a fresh `jti`, `iat` now and `exp` at most five
 * minutes later.
 */
export async function signClientAssertion(settings: ClientAssertionSettings): Promise<string> {
  const now = Math.floor((settings.nowMs ?? Date.now()) / 1000);
  const lifetime = Math.min(settings.lifetimeSeconds ?? MAX_ASSERTION_LIFETIME_S, MAX_ASSERTION_LIFETIME_S);
  return new SignJWT({})
    .setProtectedHeader({ alg: settings.alg ?? 'RS512', typ: 'JWT', kid: settings.keyId })
    .setIssuer(settings.clientId)
    .setSubject(settings.clientId)
    .setAudience(settings.audience)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(settings.privateKey);
}

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
