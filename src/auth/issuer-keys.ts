import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTHeaderParameters, type FlattenedJWSInput, type CryptoKey } from 'jose';
import { request } from 'undici';

type LocalKeySet = ReturnType<typeof createLocalJWKSet>;

export interface IssuerKeysOptions {
  /** Least time between two fetches triggered by a `kid` the cached set does not hold. */
  unknownKidCooldownMs: number;
  /** The cached set is fetched again when older than this, whatever the tokens say. */
  maxAgeMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * One identity provider's signing keys, fetched from its JWKS and cached. A token whose `kid` the cached set does not
 * hold triggers one refetch at once (a provider that rotated its key a second ago is followed within that request), and
 * then no other such refetch for `unknownKidCooldownMs`, so tokens with made-up key ids cannot turn the graph into a
 * load generator against the provider. Concurrent fetches are shared; a failed fetch keeps the keys already held.
 */
export class IssuerKeys {
  private keys: LocalKeySet | undefined;
  private fetchedAt = 0;
  private lastUnknownKidFetch = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<LocalKeySet> | undefined;
  private readonly now: () => number;
  /** Counts the key sets fetched: a verdict reached under one generation is re-checked once the set has changed. */
  generation = 0;

  constructor(
    private readonly jwksUrl: string,
    private readonly options: IssuerKeysOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The key for a token's protected header, as jose's `jwtVerify` asks for it. */
  readonly resolve = async (header: JWTHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> => {
    const keys = await this.current();
    try {
      return await keys(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      const now = this.now();
      if (now - this.lastUnknownKidFetch < this.options.unknownKidCooldownMs) throw error;
      this.lastUnknownKidFetch = now;
      return (await this.reload())(header, token);
    }
  };

  /** Whether the set held now is the one of `generation` and still young enough to use without refetching it. */
  isCurrent(generation: number): boolean {
    return this.keys !== undefined && generation === this.generation && this.now() - this.fetchedAt < (this.options.maxAgeMs ?? 600_000);
  }

  private async current(): Promise<LocalKeySet> {
    if (this.keys && this.now() - this.fetchedAt < (this.options.maxAgeMs ?? 600_000)) return this.keys;
    try {
      return await this.reload();
    } catch (error) {
      // Stale keys beat none while the provider is briefly unreachable.
      if (this.keys) return this.keys;
      throw error;
    }
  }

  private reload(): Promise<LocalKeySet> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async fetchKeys(): Promise<LocalKeySet> {
    let jwks: JSONWebKeySet;
    try {
      const res = await request(this.jwksUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000) });
      if (res.statusCode !== 200) {
        await res.body.dump();
        throw new errors.JWKSInvalid(`The JSON Web Key Set answered HTTP ${res.statusCode}`);
      }
      jwks = (await res.body.json()) as JSONWebKeySet;
    } catch (error) {
      if (error instanceof errors.JOSEError) throw error;
      if ((error as Error).name === 'TimeoutError') throw new errors.JWKSTimeout();
      throw new errors.JWKSInvalid('The JSON Web Key Set could not be fetched');
    }
    const keys = createLocalJWKSet(jwks);
    this.keys = keys;
    this.generation += 1;
    this.fetchedAt = this.now();
    return keys;
  }
}
