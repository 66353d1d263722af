import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { request } from 'undici';
import { UnauthenticatedError, UpstreamUnavailableError } from '../errors.js';
import { IssuerKeys } from './issuer-keys.js';
import type { IssuerSettings } from './issuers.js';
import { ANONYMOUS, citizenFromClaims, ClaimsRefused, staffFromClaims, type Principal } from './principal.js';

export interface VerifierOptions {
  /**
   * Least time between two JWKS fetches triggered by an unknown `kid` (30 s unless given). The first unknown `kid` after
   * a quiet spell is always looked for at once: a key the provider just rotated to is accepted within seconds.
   */
  jwksCooldownMs?: number;
  /** Clock skew tolerated on `exp`/`iat`/`nbf`, in seconds. */
  clockToleranceSeconds?: number;
  /** The longest lifetime (`exp` - `iat`) a caller's token may claim: 12 hours unless given. */
  maxTokenLifetimeSeconds?: number;
  now?: () => number;
  /**
   * How many verified tokens are remembered (keyed by the SHA-256 of the token, least recently used dropped first): a
   * caller's next request with the same token skips the signature check. 10 000 unless given; 0 turns the cache off.
   */
  verifiedCacheMax?: number;
}

/** A token that verified: what it verified to, until when, and under which of its issuer's key sets. */
interface Verified {
  principal: Principal;
  expiresAtMs: number;
  keys: IssuerKeys;
  generation: number;
}

export interface Authenticated {
  principal: Principal;
  /** The caller's token, for user-restricted APIs (token exchange). Absent for anonymous callers. */
  token?: string;
}

/** RFC 6750: the scheme is case-insensitive (`bearer`, `BEARER`); the token is the JWT's three base64url parts. */
const BEARER = /^bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i;
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

/**
 * Turns a request's `Authorization` header into a principal. No header: anonymous. Otherwise the token must be a JWT
 * from a configured issuer, signed with one of that issuer's algorithms by a key in its JWKS (fetched once, cached,
 * refetched when a token names a `kid` it does not hold), for one of our client ids, unexpired, with an acceptable
 * identity level. Anything else is UNAUTHENTICATED with a `reason`; the messages never quote the token or its claims.
 */
export class TokenVerifier {
  private readonly keySets = new Map<string, Promise<IssuerKeys>>();
  private readonly now: () => number;
  /** Verified tokens by SHA-256, in least-recently-used order (a Map iterates in insertion order). Never a refusal. */
  private readonly verified = new Map<string, Verified>();
  private readonly verifiedMax: number;

  constructor(
    private readonly issuers: readonly IssuerSettings[],
    private readonly options: VerifierOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.verifiedMax = options.verifiedCacheMax ?? 10_000;
  }

  async authenticate(authorization: string | undefined): Promise<Authenticated> {
    if (authorization === undefined || authorization.trim() === '') return { principal: ANONYMOUS };
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) throw new UnauthenticatedError('The Authorization header must be "Bearer <JWT>"', 'MALFORMED_TOKEN');
    if (this.verifiedMax === 0) return (await this.authenticateToken(token)).authenticated;
    const hash = createHash('sha256').update(token).digest('base64url');
    const hit = this.verified.get(hash);
    if (hit) {
      this.verified.delete(hash);
      // Re-checked at every use: an expired token, or one verified under a key set since refetched (a key withdrawn from
      // the JWKS), goes through the full verification again, which refuses it as it would have without the cache.
      if (this.now() < hit.expiresAtMs && hit.keys.isCurrent(hit.generation)) {
        this.verified.set(hash, hit);
        return { principal: hit.principal, token };
      }
    }
    const { authenticated, verified } = await this.authenticateToken(token);
    this.verified.set(hash, verified);
    if (this.verified.size > this.verifiedMax) this.verified.delete(this.verified.keys().next().value as string);
    return authenticated;
  }

  /** The full check of a token: its issuer, algorithm, signature, claims and times; throws the refusal. */
  private async authenticateToken(token: string): Promise<{ authenticated: Authenticated; verified: Verified }> {
    let iss: unknown;
    let alg: unknown;
    try {
      ({ iss } = decodeJwt(token));
      ({ alg } = decodeProtectedHeader(token));
    } catch {
      throw new UnauthenticatedError('The bearer token is not a well-formed JWT', 'MALFORMED_TOKEN');
    }
    const issuer = this.issuers.find((i) => i.issuer === iss);
    if (!issuer) throw new UnauthenticatedError('The bearer token is not from a trusted identity provider', 'UNTRUSTED_ISSUER');
    if (typeof alg !== 'string' || !issuer.algorithms.includes(alg)) {
      throw new UnauthenticatedError(`The bearer token must be signed with ${issuer.algorithms.join(' or ')}`, 'ALGORITHM_NOT_ALLOWED');
    }
    const keys = await this.keysOf(issuer);
    // Taken before the check: when the set is refetched while it runs, the verdict is re-checked at its next use.
    const generation = keys.generation;
    const claims = await this.verify(token, issuer, keys);
    try {
      const principal = issuer.kind === 'nhs-login' ? citizenFromClaims(issuer.issuer, claims) : staffFromClaims(issuer.issuer, claims);
      return { authenticated: { principal, token }, verified: { principal, expiresAtMs: (claims.exp as number) * 1000, keys, generation } };
    } catch (error) {
      if (error instanceof ClaimsRefused) throw new UnauthenticatedError(error.message, error.reason);
      throw error;
    }
  }

  private async verify(token: string, issuer: IssuerSettings, keys: IssuerKeys): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, keys.resolve, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: issuer.algorithms,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
        currentDate: new Date(this.now()),
      });
      this.checkTimes(payload);
      return payload;
    } catch (error) {
      throw refusal(error, issuer);
    }
  }

  /**
   * A token issued in the future (beyond the clock tolerance) was minted by a clock we cannot trust or made to outlive
   * its stated life; one whose lifetime is over the maximum is a long-lived credential no identity provider issues.
   */
  private checkTimes(payload: JWTPayload): void {
    const iat = payload.iat as number;
    const exp = payload.exp as number;
    const now = Math.floor(this.now() / 1000);
    if (iat > now + (this.options.clockToleranceSeconds ?? 5))
      throw new UnauthenticatedError('The bearer token was issued in the future', 'TOKEN_ISSUED_IN_FUTURE');
    const max = this.options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    if (exp - iat > max) throw new UnauthenticatedError(`The bearer token's lifetime is over ${max} s`, 'TOKEN_LIFETIME_TOO_LONG');
  }

  /** The issuer's remote key set: from configuration, else from its discovery document (retried after a failure). */
  private keysOf(issuer: IssuerSettings): Promise<IssuerKeys> {
    let keys = this.keySets.get(issuer.issuer);
    if (!keys) {
      keys = this.jwksUrlOf(issuer).then(
        (url) => new IssuerKeys(url, { unknownKidCooldownMs: this.options.jwksCooldownMs ?? 30_000, timeoutMs: 5_000, now: this.now }),
      );
      keys.catch(() => this.keySets.delete(issuer.issuer));
      this.keySets.set(issuer.issuer, keys);
    }
    return keys;
  }

  private async jwksUrlOf(issuer: IssuerSettings): Promise<string> {
    if (issuer.jwksUrl) return issuer.jwksUrl;
    const unavailable = () =>
      new UpstreamUnavailableError(`The identity provider's discovery document (${issuer.issuer}/.well-known/openid-configuration) could not be read`, {
        upstream: { api: issuer.kind },
      });
    try {
      const res = await request(`${issuer.issuer}/.well-known/openid-configuration`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(5_000),
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        throw unavailable();
      }
      const doc = (await res.body.json()) as { issuer?: unknown; jwks_uri?: unknown };
      if (doc.issuer !== issuer.issuer || typeof doc.jwks_uri !== 'string') throw unavailable();
      return doc.jwks_uri;
    } catch (error) {
      throw error instanceof UpstreamUnavailableError ? error : unavailable();
    }
  }
}

/** jose's verdict as UNAUTHENTICATED with a reason; a JWKS we cannot fetch is the provider's failure, not the caller's. */
function refusal(error: unknown, issuer: IssuerSettings): Error {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('The bearer token has expired', 'TOKEN_EXPIRED');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reason = error.claim === 'aud' ? 'WRONG_AUDIENCE' : error.claim === 'iss' ? 'UNTRUSTED_ISSUER' : 'INVALID_CLAIM';
    return new UnauthenticatedError(`The bearer token's ${error.claim} claim is not acceptable`, reason);
  }
  if (error instanceof errors.JWKSNoMatchingKey)
    return new UnauthenticatedError("The bearer token's signing key (kid) is not in the identity provider's JWKS", 'UNKNOWN_KEY');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new UnauthenticatedError("The bearer token's signature does not verify", 'BAD_SIGNATURE');
  if (error instanceof errors.JOSEAlgNotAllowed)
    return new UnauthenticatedError('The bearer token is signed with an algorithm that is not accepted', 'ALGORITHM_NOT_ALLOWED');
  const keySetUnreadable = error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC' && /JSON Web Key Set/.test(error.message);
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    keySetUnreadable ||
    (error instanceof TypeError && /fetch/i.test(error.message))
  ) {
    return new UpstreamUnavailableError(`The identity provider's keys (${issuer.issuer}) could not be fetched`, { upstream: { api: issuer.kind } });
  }
  return new UnauthenticatedError('The bearer token is not valid', 'INVALID_TOKEN');
}
