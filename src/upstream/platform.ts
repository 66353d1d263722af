import type { CryptoKey, KeyObject } from 'jose';
import { Agent, type Dispatcher } from 'undici';
import { APIS, API_IDS, type ApiId } from './apis.js';
import { apiKeyAuth, noAuth, SignedJwtAuth, type UpstreamAuth } from './auth.js';
import { UpstreamClient, type CallObserver, type UpstreamEndpoint } from './client.js';

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
  /** Keep-alive connections per origin. */
  connections?: number;
  observe?: CallObserver;
}

/** Every NHS API client the graph uses, sharing one undici Agent (a connection pool per origin) and one token cache. */
export interface Platform {
  clients: Record<ApiId, UpstreamClient>;
  appAuth: SignedJwtAuth | undefined;
  /** Adds a listener to every finished upstream call (metrics, tracing); returns its removal. */
  onCall(observer: CallObserver): () => void;
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
    const api = APIS[id];
    if (!creds) return noAuth;
    if (api.auth === 'apikey') return apiKeyAuth(settings.apiKeys?.[id] ?? creds.apiKey);
    return appAuth ?? noAuth;
  };

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
        baseUrl: settings.origin + APIS[id].basePath,
        auth: authFor(id),
        timeoutMs: settings.timeoutMs[id] ?? settings.timeoutMs.default,
      };
      return [id, new UpstreamClient(endpoint, dispatcher, observe)];
    }),
  ) as Record<ApiId, UpstreamClient>;

  return { clients, appAuth, onCall, close: () => dispatcher.close() };
}
