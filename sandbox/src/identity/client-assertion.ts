import { randomUUID } from 'node:crypto';
import { type CryptoKey, type KeyObject, SignJWT } from 'jose';

/** RFC 7523's client assertion type, as the token endpoints of NHS login and the API platform take it. */
export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * A `private_key_jwt` client assertion for the stand-in's own sign-in client (NHS login's token endpoint
 * contract): header RS512 with `kid`; `iss` = `sub` = the client id, `aud` the token URL, a fresh `jti`, five minutes.
 */
export async function signClientAssertion(client: { clientId: string; audience: string; keyId: string; privateKey: CryptoKey | KeyObject }): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS512', typ: 'JWT', kid: client.keyId })
    .setIssuer(client.clientId)
    .setSubject(client.clientId)
    .setAudience(client.audience)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(client.privateKey);
}
