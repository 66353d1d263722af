import { decodeProtectedHeader, importJWK, jwtVerify, type JWK } from 'jose';

/** A client's registered public key: the JWK (with `kid`) and whose it is. */
export interface ClientKey {
  clientId: string;
  jwk: JWK & { kid: string };
}

/** An OAuth error to answer: HTTP status, `error` and `error_description`. */
export interface OAuthRefusal {
  status: number;
  error: string;
  description: string;
}

export interface AssertionCheck {
  /** The key registered under a `kid`, across every client. */
  keyFor(kid: string): ClientKey | undefined;
  /** The token endpoint URL: the only `aud` accepted. */
  audience: string;
  /** Longest accepted `exp - now`, in seconds. */
  maxLifetimeSeconds: number;
  usedJti: JtiRegister;
  now: number;
  /** The answer for an unknown `kid` (the platform says 401, NHS login 400). */
  unknownKidStatus?: number;
}

/** Remembers each client assertion's `jti` until its `exp`, so that no assertion is accepted twice. */
export class JtiRegister {
  private readonly seen = new Map<string, number>();

  /** False when the jti was already used; otherwise remembers it until `exp` (seconds). */
  claim(jti: string, exp: number, now: number): boolean {
    for (const [id, until] of this.seen) if (until < now) this.seen.delete(id);
    if (this.seen.has(jti)) return false;
    this.seen.set(jti, exp);
    return true;
  }
}

const refuse = (status: number, error: string, description: string): OAuthRefusal => ({ status, error, description });

/**
 * Checks a `private_key_jwt` client assertion as the NHS API platform and NHS login do: RS512 only, a `kid` naming a
 * registered key, a valid signature, `iss` = `sub` = the key's client, `aud` = the token URL exactly, `exp` no more
 * than five minutes ahead and a `jti` never seen before. Resolves with the client id, or the refusal to answer.
 */
export async function checkClientAssertion(assertion: string, check: AssertionCheck): Promise<{ clientId: string } | OAuthRefusal> {
  let kid: string | undefined;
  let alg: string | undefined;
  try {
    ({ kid, alg } = decodeProtectedHeader(assertion));
  } catch {
    return refuse(400, 'invalid_request', 'Malformed JWT in client_assertion');
  }
  if (alg !== 'RS512') return refuse(400, 'invalid_request', "Invalid 'alg' header in client_assertion JWT - unsupported JWT algorithm - must be 'RS512'");
  if (!kid) return refuse(400, 'invalid_request', "Missing 'kid' header in client_assertion JWT");
  const key = check.keyFor(kid);
  if (!key) return refuse(check.unknownKidStatus ?? 401, 'invalid_request', "Invalid 'kid' header in client_assertion JWT - no matching public key");
  let payload: { exp?: number; jti?: unknown };
  try {
    const publicKey = await importJWK(key.jwk, 'RS512');
    ({ payload } = await jwtVerify(assertion, publicKey, {
      algorithms: ['RS512'],
      audience: check.audience,
      issuer: key.clientId,
      subject: key.clientId,
      requiredClaims: ['exp', 'jti'],
      currentDate: new Date(check.now * 1000),
    }));
  } catch {
    return refuse(401, 'invalid_client', 'Invalid client_assertion JWT: signature, aud, iss, sub, exp or jti refused');
  }
  if (typeof payload.exp !== 'number' || payload.exp - check.now > check.maxLifetimeSeconds + 5) {
    return refuse(400, 'invalid_request', 'Invalid exp claim in JWT - more than 5 minutes in future');
  }
  if (typeof payload.jti !== 'string' || payload.jti === '') return refuse(400, 'invalid_request', 'Missing jti claim in JWT');
  if (!check.usedJti.claim(`${key.clientId} ${payload.jti}`, payload.exp, check.now)) return refuse(400, 'invalid_request', 'Non-unique jti claim in JWT');
  return { clientId: key.clientId };
}
