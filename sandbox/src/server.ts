import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import FindMyWay from 'find-my-way';
import { publishExchange } from './exchange.js';
import { BarsResponder } from './routers/bars/responder.js';
import { applyFault, type FaultSpec } from './faults.js';
import type { SandboxHandler, SandboxRequest, SandboxResponse } from './http.js';
import { spineOutcome } from './http.js';
import { cis2Flavour, type TestStaff } from './identity/cis2.js';
import { nhsLoginFlavour } from './identity/nhs-login.js';
import { OidcProvider } from './identity/oidc-provider.js';
import type { TestCitizen } from './identity/test-citizens.js';
import { PlatformAuth, type RegisteredApp } from './platform-auth.js';
import { generatePopulation, type Population, type PopulationSize } from './population.js';
import type { RateLimitSpec, SandboxApi, SandboxApiFactory } from './api.js';
import { SANDBOX_APIS } from './apis.js';
import type { SignInClient } from './identity/sign-in.js';
import { applyRegistration, PERSONAS, signInTestUser, type Registration, type SandboxIdentity, type TestUser } from './registration.js';

export interface SandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  seed?: number;
  size?: PopulationSize;
  /** Added before every answer, in ms: one figure for every API, or per API id. */
  latencyMs?: number | Record<string, number>;
  /** Which API routers to mount; all by default. */
  apis?: readonly SandboxApiFactory[];
  /** Per-API rate limits replacing the APIs' own (the public sandbox's); `null` turns one off. */
  rateLimits?: Record<string, RateLimitSpec | null>;
}

/** What the sandbox received, for tests that assert headers. Bounded: the newest 2,000. */
export interface ReceivedRequest {
  api: string;
  method: string;
  path: string;
  /** The query string, with its `?` (empty when there is none). */
  search: string;
  headers: Record<string, string | string[] | undefined>;
  /** The request body as sent (empty for none): what a test checks a write carried. */
  body: string;
}

const MAX_RECEIVED = 2_000;

/** `{"staff": "<id>", "role"?: "<role profile>"}` or `{"citizen"?: "<NHS number>", "level"?: "P0" | "P5" | "P9"}`. */
function testUserOf(body: Record<string, unknown>): TestUser | undefined {
  if (typeof body.staff === 'string') return { staff: body.staff, ...(typeof body.role === 'string' ? { role: body.role } : {}) };
  const level = body.level ?? 'P9';
  if (level !== 'P0' && level !== 'P5' && level !== 'P9') return undefined;
  if (body.citizen !== undefined && typeof body.citizen !== 'string') return undefined;
  if (level !== 'P0' && !body.citizen) return undefined;
  return { level, ...(typeof body.citizen === 'string' ? { citizen: body.citizen } : {}) };
}
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * The embedded stand-in for the NHS API platform: one node:http server on loopback that mounts each NHS API at the
 * platform's base path, checks platform credentials like the platform, and counts what each API received.
 */
export class Sandbox {
  readonly population: Population;
  readonly auth: PlatformAuth;
  /** NHS login (OpenID Connect) at /nhs-login: the citizens' identity provider. */
  readonly nhsLogin: OidcProvider<TestCitizen>;
  /** A stand-in for CIS2 Authentication: the healthcare workers' identity provider. */
  readonly cis2: OidcProvider<TestStaff>;
  /**
   * The BaRS receivers' way back to the sender (routers/bars/responder.ts): once configured with the sender's
   * $process-message URL, each referral received is answered there asynchronously.
   */
  readonly barsResponder = new BarsResponder();
  private readonly apis: SandboxApi[];
  private readonly router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ignoreTrailingSlash: true, ignoreDuplicateSlashes: true });
  private readonly calls = new Map<string, number>();
  /**
   * The platform's object store behind temporary redirects (e-RS A042 answers 307 to a file there): each file is served
   * once at `/_object-store/{key}`, without credentials, and then forgotten, as a temporary location is single-use. Not
   * an NHS API: not counted, not judged against a spec.
   */
  readonly objectStore = new Map<string, { contentType: string; bytes: Buffer }>();
  private readonly latency = new Map<string, number>();
  private readonly faults = new Map<string, FaultSpec>();
  private readonly rateLimits = new Map<string, RateLimitSpec>();
  private readonly recentCalls = new Map<string, number[]>();
  private readonly refused = new Map<string, number>();
  private received: ReceivedRequest[] = [];
  private inFlight = 0;
  private peakInFlight = 0;
  private server: Server | undefined;
  origin = '';

  constructor(private readonly options: SandboxOptions = {}) {
    this.population = generatePopulation(options.seed, options.size);
    this.auth = new PlatformAuth(
      () => `${this.origin}/oauth2/token`,
      () => this.apis.map((api) => api.id),
    );
    this.nhsLogin = new OidcProvider(nhsLoginFlavour(this.population), () => this.origin);
    this.cis2 = new OidcProvider(cis2Flavour(), () => this.origin);
    const { nhsLogin, cis2 } = this;
    this.auth.trustIssuer({
      kind: 'nhs-login',
      get issuer() {
        return nhsLogin.issuer;
      },
      verifyIdToken: (t) => nhsLogin.verifyIdToken(t),
    });
    this.auth.trustIssuer({
      kind: 'cis2',
      get issuer() {
        return cis2.issuer;
      },
      verifyIdToken: (t) => cis2.verifyIdToken(t),
    });
    this.apis = (options.apis ?? SANDBOX_APIS).map((factory) => factory(this));
    const latency = options.latencyMs ?? 0;
    if (typeof latency === 'number') this.setAllLatency(latency);
    else for (const [api, ms] of Object.entries(latency)) this.latency.set(api, ms);
    for (const api of this.apis) {
      const limit = options.rateLimits && api.id in options.rateLimits ? options.rateLimits[api.id] : api.rateLimit;
      if (limit) this.rateLimits.set(api.id, limit);
      for (const route of api.routes) {
        this.router.on(route.method, api.basePath + route.path, () => {}, { api: api.id, handler: route.handler });
      }
    }
  }

  async listen(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve);
    });
    const { address, port } = server.address() as AddressInfo;
    this.origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
    this.server = server;
    await Promise.all([this.nhsLogin.init(), this.cis2.init()]);
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  registerApp(app: RegisteredApp): void {
    this.auth.registerApp(app);
  }

  /** The relying party registered by `useRegistration`: the client test users sign in for at `/_sandbox/`. */
  private signInClients: { nhsLogin: SignInClient; cis2: SignInClient } | undefined;

  /**
   * Registers the app, the identity providers' keys and the relying party (registration.ts), and opens the stand-in's
   * own endpoints for them: GET /_sandbox/identity, GET and POST /_sandbox/personas, POST /_sandbox/sign-in.
   */
  async useRegistration(registration: Registration): Promise<void> {
    this.signInClients = await applyRegistration(this, registration);
  }

  /**
   * Makes the BaRS receivers answer each new referral at `url` (the sender's $process-message, e.g. the graph's
   * `http://127.0.0.1:4000/booking-and-referral/FHIR/R4/$process-message`), calling as the CIS2 test clinician signed in
   * through the registered relying party. Needs a registration.
   */
  respondToBarsSenders(url: string): void {
    const clients = this.signInClients;
    if (!clients) throw new Error('answering BaRS senders needs a registration (--registration): the receiver signs in as a test clinician');
    this.barsResponder.configure({ url, bearer: () => signInTestUser(this, clients, { staff: 'clinician' }) });
  }

  /** The stand-in's own endpoints (no NHS API has them): where the relying party signs test users in. */
  private async sandboxEndpoint(method: string, path: string, rawBody: string): Promise<SandboxResponse> {
    const answer = (status: number, body: unknown): SandboxResponse => ({
      status,
      body,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
    const clients = this.signInClients;
    if (!clients) return answer(404, { error: 'this stand-in was started without a registration (--registration)' });
    if (method === 'GET' && path === '/_sandbox/identity') {
      const identity: SandboxIdentity = {
        sandbox: this.origin,
        nhsLogin: { issuer: this.nhsLogin.issuer, clientId: clients.nhsLogin.clientId, redirectUri: clients.nhsLogin.redirectUri },
        cis2: { issuer: this.cis2.issuer, clientId: clients.cis2.clientId, redirectUri: clients.cis2.redirectUri },
      };
      return answer(200, identity);
    }
    if (method === 'GET' && path === '/_sandbox/personas') return answer(200, { personas: [...PERSONAS].map(([id, { label }]) => ({ id, label })) });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(rawBody || '{}') as Record<string, unknown>;
    } catch {
      return answer(400, { error: 'the body must be JSON' });
    }
    let user: TestUser | undefined;
    if (method === 'POST' && path === '/_sandbox/personas') user = PERSONAS.get(String(body.persona))?.user;
    else if (method === 'POST' && path === '/_sandbox/sign-in') user = testUserOf(body);
    else return answer(404, { error: 'nothing at this path' });
    if (!user) return answer(400, { error: 'unknown persona or test user' });
    try {
      return answer(200, { idToken: await signInTestUser(this, clients, user) });
    } catch (error) {
      return answer(400, { error: (error as Error).message });
    }
  }

  /** Requests received per API id since the last reset. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.calls);
  }

  count(api: string): number {
    return this.calls.get(api) ?? 0;
  }

  resetCounts(): void {
    this.calls.clear();
    this.refused.clear();
    this.recentCalls.clear();
    this.received = [];
    this.peakInFlight = this.inFlight;
  }

  /** The most API requests the sandbox was handling at once since the last reset: how concurrently the graph calls. */
  maxConcurrentCalls(): number {
    return this.peakInFlight;
  }

  /** Requests an API refused with 429 for being over its rate limit, since the last reset. */
  rateLimitedCount(api: string): number {
    return this.refused.get(api) ?? 0;
  }

  setRateLimit(api: string, limit: RateLimitSpec | undefined): void {
    if (limit) this.rateLimits.set(api, limit);
    else this.rateLimits.delete(api);
    this.recentCalls.delete(api);
  }

  /** Seconds to wait when the call is over the API's limit (counted as refused); undefined when it is let through. */
  private overRateLimit(api: string): number | undefined {
    const limit = this.rateLimits.get(api);
    if (!limit) return undefined;
    const now = Date.now();
    const recent = (this.recentCalls.get(api) ?? []).filter((t) => t > now - limit.windowMs);
    this.recentCalls.set(api, recent);
    if (recent.length >= limit.limit) {
      this.refused.set(api, (this.refused.get(api) ?? 0) + 1);
      return Math.max(1, Math.ceil(((recent[0] as number) + limit.windowMs - now) / 1000));
    }
    recent.push(now);
    return undefined;
  }

  receivedRequests(api?: string): ReceivedRequest[] {
    return api ? this.received.filter((r) => r.api === api) : [...this.received];
  }

  setLatency(api: string, ms: number): void {
    this.latency.set(api, ms);
  }

  setAllLatency(ms: number): void {
    for (const api of this.apis) this.latency.set(api.id, ms);
  }

  setFault(api: string, fault: FaultSpec | undefined): void {
    if (fault) this.faults.set(api, fault);
    else this.faults.delete(api);
  }

  private apiFor(path: string): SandboxApi | undefined {
    return this.apis.find((api) => path === api.basePath || path.startsWith(`${api.basePath}/`));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    let rawBody: string;
    try {
      rawBody = await readBody(req);
    } catch {
      send(res, { status: 413, body: { error: 'payload too large' }, headers: { 'content-type': 'application/json' } });
      return;
    }
    const base = { method: req.method ?? 'GET', query: url.searchParams, headers: req.headers, rawBody, params: {} };

    if (url.pathname === '/oauth2/token') {
      send(res, await this.auth.handleTokenRequest({ ...base, api: 'oauth2', path: '/oauth2/token' }));
      return;
    }
    const provider = [this.nhsLogin, this.cis2].find((p) => url.pathname.startsWith(`${p.path}/`));
    if (provider) {
      send(res, await provider.handle({ ...base, api: provider.path.slice(1), path: url.pathname.slice(provider.path.length) }));
      return;
    }
    if (url.pathname.startsWith('/_sandbox/')) {
      send(res, await this.sandboxEndpoint(base.method, url.pathname, rawBody));
      return;
    }
    if (url.pathname.startsWith('/_object-store/') && base.method === 'GET') {
      const key = url.pathname.slice('/_object-store/'.length);
      const file = this.objectStore.get(key);
      this.objectStore.delete(key);
      send(
        res,
        file
          ? { status: 200, body: file.bytes, headers: { 'content-type': file.contentType, 'cache-control': 'no-store' } }
          : { status: 404, body: { error: 'no such object, or its temporary location has been used' }, headers: { 'content-type': 'application/json' } },
      );
      return;
    }
    if (url.pathname === '/_ping') {
      send(res, { status: 200, body: { status: 'pass' }, headers: { 'content-type': 'application/json' } });
      return;
    }
    let api = this.apiFor(url.pathname);
    let pathname = url.pathname;
    let sspRoot: string | undefined;
    for (const candidate of api ? [] : this.apis) {
      const proxied = candidate.proxied?.(url.pathname);
      if (proxied) [api, pathname, sspRoot] = [candidate, proxied.pathname, proxied.sspRoot];
    }
    if (!api) {
      send(res, { status: 404, body: { error: 'no API at this path' }, headers: { 'content-type': 'application/json' } });
      return;
    }
    if (pathname === `${api.basePath}/_ping`) {
      // Every API proxy of the platform answers _ping without credentials; it is not a call to the API (not counted).
      send(res, { status: 200, body: { status: 'pass' }, headers: { 'content-type': 'application/json' } });
      return;
    }
    this.calls.set(api.id, (this.calls.get(api.id) ?? 0) + 1);
    this.received.push({ api: api.id, method: base.method, path: url.pathname, search: url.search, headers: req.headers, body: rawBody });
    if (this.received.length > MAX_RECEIVED) this.received.splice(0, this.received.length - MAX_RECEIVED);
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    try {
      // Through the Spine Secure Proxy the exchange is judged at the platform path the proxy forwards to.
      const exchange = { api: api.id, method: base.method, path: pathname, search: url.search, headers: req.headers, rawBody, ...(sspRoot ? { sspRoot } : {}) };
      const answer = await this.serve(api, { ...base, api: api.id, path: pathname.slice(api.basePath.length), ...(sspRoot ? { sspRoot } : {}) }, pathname, res);
      if ('fault' in answer) {
        publishExchange(() => ({ ...exchange, status: res.statusCode, responseHeaders: {}, body: undefined, fault: answer.fault }));
        return;
      }
      publishExchange(() => ({ ...exchange, status: answer.status, responseHeaders: answer.headers ?? {}, body: answer.body }));
      send(res, answer);
    } finally {
      this.inFlight -= 1;
    }
  }

  /**
   * Answers one counted API request: latency, faults, rate limit, platform access, then the API's router. The answer to
   * send, or the kind of the test fault that answered (or dropped) the request itself.
   */
  private async serve(
    api: SandboxApi,
    request: SandboxRequest,
    pathname: string,
    res: ServerResponse,
  ): Promise<SandboxResponse | { fault: FaultSpec['kind'] }> {
    const delay = this.latency.get(api.id) ?? 0;
    if (delay > 0) await sleep(delay);

    const fault = this.faults.get(api.id);
    if (fault && (await applyFault(fault, api.id, this.count(api.id), res))) return { fault: fault.kind };

    const retryAfter = this.overRateLimit(api.id);
    if (retryAfter !== undefined) {
      const limited = api.tooManyRequests?.(request) ?? spineOutcome(429, 'TOO_MANY_REQUESTS', 'Too many requests', { issueType: 'throttled' });
      return mirror(request, { ...limited, headers: { 'retry-after': String(retryAfter), ...limited.headers } });
    }
    const refusal = api.checkAccess(request, this.auth);
    if (refusal) return mirror(request, refusal);
    const found = this.router.find(request.method as FindMyWay.HTTPMethod, pathname);
    const store = found?.store as { handler: SandboxHandler } | undefined;
    let response: SandboxResponse;
    try {
      // The request object itself (made for this request alone), so what checkAccess noted about it reaches the route.
      response = store ? await store.handler(Object.assign(request, { params: (found?.params ?? {}) as Record<string, string> })) : api.notFound(request);
    } catch (error) {
      response = spineOutcome(500, 'SERVER_ERROR', 'Internal sandbox error', { issueType: 'exception', diagnostics: (error as Error).message });
    }
    return mirror(request, response);
  }
}

/** Every NHS API mirrors X-Request-ID and X-Correlation-ID back, unless its router answers with its own (e-RS). */
function mirror(req: SandboxRequest, response: SandboxResponse): SandboxResponse {
  const headers = { ...response.headers };
  for (const name of ['x-request-id', 'x-correlation-id']) {
    const value = req.headers[name];
    if (typeof value === 'string' && headers[name] === undefined) headers[name] = value;
  }
  return { ...response, headers };
}

function send(res: ServerResponse, response: SandboxResponse): void {
  const body =
    response.body === undefined ? '' : typeof response.body === 'string' || Buffer.isBuffer(response.body) ? response.body : JSON.stringify(response.body);
  res.writeHead(response.status, { 'content-length': Buffer.byteLength(body), ...response.headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a sandbox on loopback (a free port unless told otherwise). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return new Sandbox(options).listen();
}
