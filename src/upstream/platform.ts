import type { CryptoKey, KeyObject } from 'jose';
import { Agent, type Dispatcher } from 'undici';
import { APIS, API_IDS, type ApiDefinition, type ApiId } from './apis.js';
import { apiKeyAuth, noAuth, sandboxPlaceholderAuth, TokenExchangeAuth, type UpstreamAuth } from './auth.js';
import { UpstreamClient, type CallObserver, type UpstreamEndpoint } from './client.js';
import type { RateLimitSettings } from './rate-limit.js';
import { DEFAULT_RESILIENCE, type BreakerState, type ResilienceSettings } from './resilience.js';
import { GpConnectAuth, type GpConnectConsumer } from '../sources/gp-connect/auth.js';

/** Where the embedded platform serves its Spine Secure Proxy: `{origin}/spine-secure-proxy/{provider service root}/...`. */
export const SSP_PATH = '/spine-secure-proxy';

export interface AppCredentials {
  apiKey: string;
  keyId: string;
  privateKey: CryptoKey | KeyObject;
}

export interface PlatformSettings {
  /** Origin of the NHS API platform (or the embedded sandbox), without a trailing slash. */
  origin: string;
  /** Absent for NHS's open-access public sandbox; required everywhere else. */
  credentials?: AppCredentials;
  /** API keys for `apikey`-header APIs, by API; falls back to the app's API key. */
  apiKeys?: Partial<Record<ApiId, string>>;
  /** Full base URLs that replace `origin + basePath` for some APIs (a path that differs in one environment, say). */
  baseUrls?: Partial<Record<ApiId, string>>;
  /**
   * Per-call timeouts in ms: an API's own entry, else the default its contract sets (APIS[id].timeoutMs: EPS waits 30 s
   * before its own 504), else `default`.
   */
  timeoutMs: Partial<Record<ApiId, number>> & { default: number };
  /** Who the graph is to GP Connect (ASIDs, device, organisation); without it GP Connect calls are refused. */
  gpConnect?: GpConnectConsumer;
  /** Keep-alive connections per origin. */
  connections?: number;
  observe?: CallObserver;
  /** Per-API rate limits, calls per second (PDS: 5 per app by default on the platform); absent = not limited here. */
  rateLimitsPerSecond?: Partial<Record<ApiId, number>>;
  /**
   * NHS's public sandbox with no application credentials: send each API the placeholder its sandbox requires
   * (SANDBOX_PLACEHOLDERS) instead of nothing.
   */
  sandboxPlaceholders?: boolean;
  /** Retries and circuit breaking, the same for every API; DEFAULT_RESILIENCE when absent. */
  resilience?: Partial<ResilienceSettings>;
}

/** Every NHS API client the graph uses, sharing one undici Agent (a connection pool per origin) and one token cache. */
export interface Platform {
  clients: Record<ApiId, UpstreamClient>;
  /** The platform's OAuth2 side: application-restricted tokens, and token exchange for signed-in users. */
  appAuth: TokenExchangeAuth | undefined;
  /** Each API's circuit breaker state, for metrics and health: read-only. */
  breakerStates(): Record<ApiId, BreakerState>;
  /** Adds a listener to every finished upstream call (metrics, tracing); returns its removal. */
  onCall(observer: CallObserver): () => void;
  /** The GP Connect consumer identity (sources put the booking organisation in appointments they book). */
  gpConnect: GpConnectConsumer | undefined;
  close(): Promise<void>;
}

/**
 * Keep-alive connections per upstream origin (most NHS APIs share one: api.service.nhs.uk). A call finds one free or
 * waits for one, so they bound the calls in flight: 128 at 20 ms a call is 6,400 calls a second; at 64 the bench's
 * patient query (4 calls, 3 of them in turn) was held to about 650 operations a second by the pool alone.
 */
export const DEFAULT_UPSTREAM_CONNECTIONS = 128;

export function createPlatform(settings: PlatformSettings): Platform {
  const dispatcher: Dispatcher = new Agent({
    connections: settings.connections ?? DEFAULT_UPSTREAM_CONNECTIONS,
    keepAliveTimeout: 30_000,
    pipelining: 1,
  });
  const creds = settings.credentials;
  const appAuth = creds
    ? new TokenExchangeAuth({ tokenUrl: `${settings.origin}/oauth2/token`, apiKey: creds.apiKey, keyId: creds.keyId, privateKey: creds.privateKey, dispatcher })
    : undefined;
  // Application-restricted APIs always use the application's token, even when a user is signed in.
  const applicationOnly: UpstreamAuth | undefined = appAuth && {
    authorize: (headers) => appAuth.authorize(headers),
    unauthorized: (headers) => appAuth.unauthorized(headers),
  };

  const authFor = (id: ApiId): UpstreamAuth => {
    const api: ApiDefinition = APIS[id];
    if (api.auth === 'gp-connect')
      return new GpConnectAuth({ consumer: settings.gpConnect, audience: settings.origin + api.basePath, ...(appAuth ? { userAuth: appAuth } : {}) });
    if (!creds || !appAuth || !applicationOnly)
      return settings.sandboxPlaceholders ? sandboxPlaceholderAuth(api.auth === 'apikey' ? 'apikey' : 'bearer') : noAuth;
    if (api.auth === 'apikey') return apiKeyAuth(settings.apiKeys?.[id] ?? creds.apiKey);
    if (api.auth === 'user-restricted') return appAuth;
    return applicationOnly;
  };

  const resilience: ResilienceSettings = { ...DEFAULT_RESILIENCE, ...settings.resilience };

  const observers = new Set<CallObserver>(settings.observe ? [settings.observe] : []);
  const observe: CallObserver = (event) => {
    for (const observer of observers) observer(event);
  };
  const onCall = (observer: CallObserver) => {
    observers.add(observer);
    return () => void observers.delete(observer);
  };

  const clients = Object.fromEntries(
    API_IDS.map((id) => {
      const endpoint: UpstreamEndpoint = {
        api: id,
        label: APIS[id].label,
        baseUrl: settings.baseUrls?.[id] ?? settings.origin + APIS[id].basePath,
        auth: authFor(id),
        timeoutMs: timeoutFor(id, settings.timeoutMs),
        ...(settings.rateLimitsPerSecond?.[id] ? { rateLimit: perSecond(settings.rateLimitsPerSecond[id]) } : {}),
      };
      return [id, new UpstreamClient(endpoint, dispatcher, observe, resilience)];
    }),
  ) as Record<ApiId, UpstreamClient>;

  const breakerStates = () => Object.fromEntries(API_IDS.map((id) => [id, clients[id].breakerState])) as Record<ApiId, BreakerState>;
  const gpConnect = settings.gpConnect && { ...settings.gpConnect, sspUrl: settings.gpConnect.sspUrl ?? settings.origin + SSP_PATH };
  return { clients, appAuth, breakerStates, onCall, gpConnect, close: () => dispatcher.close() };
}

/** An API's per-call timeout: its own setting, else its contract's (APIS[id].timeoutMs), else the general default. */
export function timeoutFor(id: ApiId, timeouts: PlatformSettings['timeoutMs']): number {
  const contract: number | undefined = (APIS[id] as { timeoutMs?: number }).timeoutMs;
  return timeouts[id] ?? contract ?? timeouts.default;
}

/** A per-second limit as the limiter takes it: every call queues (each within its own timeout), none is refused here. */
function perSecond(limit: number): RateLimitSettings {
  return { limit, intervalMs: 1000, maxQueue: Number.POSITIVE_INFINITY };
}
