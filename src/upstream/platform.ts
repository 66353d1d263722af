import type { CryptoKey, KeyObject } from 'jose';
import { Agent, type Dispatcher } from 'undici';
import { APIS, API_IDS, type ApiDefinition, type ApiId } from './apis.js';
import { apiKeyAuth, noAuth, SignedJwtAuth, type UpstreamAuth } from './auth.js';
import { UpstreamClient, type CallObserver, type UpstreamEndpoint } from './client.js';
import { GpConnectAuth, type GpConnectConsumer } from './gp-connect-auth.js';

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
  timeoutMs: Partial<Record<ApiId, number>> & { default: number };
  /** Who the graph is to GP Connect (ASIDs, device, organisation, practitioner); without it GP Connect calls are refused. */
  gpConnect?: GpConnectConsumer;
  /** Keep-alive connections per origin. */
  connections?: number;
  observe?: CallObserver;
}

/** Every NHS API client the graph uses, sharing one undici Agent (a connection pool per origin) and one token cache. */
export interface Platform {
  clients: Record<ApiId, UpstreamClient>;
  appAuth: SignedJwtAuth | undefined;
  /** The GP Connect consumer identity (sources put the booking organisation in appointments they book). */
  gpConnect: GpConnectConsumer | undefined;
  close(): Promise<void>;
}

export function createPlatform(settings: PlatformSettings): Platform {
  const dispatcher: Dispatcher = new Agent({
    connections: settings.connections ?? 64,
    keepAliveTimeout: 30_000,
    pipelining: 1,
  });
  const creds = settings.credentials;
  const appAuth = creds
    ? new SignedJwtAuth({ tokenUrl: `${settings.origin}/oauth2/token`, apiKey: creds.apiKey, keyId: creds.keyId, privateKey: creds.privateKey, dispatcher })
    : undefined;

  const authFor = (id: ApiId): UpstreamAuth => {
    const api = APIS[id] as ApiDefinition;
    if (api.auth === 'gp-connect') return new GpConnectAuth({ consumer: settings.gpConnect, audience: settings.origin + api.basePath });
    if (!creds) return noAuth;
    if (api.auth === 'apikey') return apiKeyAuth(settings.apiKeys?.[id] ?? creds.apiKey);
    return appAuth ?? noAuth;
  };

  const clients = Object.fromEntries(
    API_IDS.map((id) => {
      const endpoint: UpstreamEndpoint = {
        api: id,
        label: APIS[id].label,
        baseUrl: settings.origin + APIS[id].basePath,
        auth: authFor(id),
        timeoutMs: settings.timeoutMs[id] ?? settings.timeoutMs.default,
      };
      return [id, new UpstreamClient(endpoint, dispatcher, settings.observe)];
    }),
  ) as Record<ApiId, UpstreamClient>;

  return { clients, appAuth, gpConnect: settings.gpConnect, close: () => dispatcher.close() };
}
