import { setTimeout as sleep } from 'node:timers/promises';
import { BrokenCircuitError, type CircuitBreakerPolicy } from 'cockatiel';
import { request, type Dispatcher } from 'undici';
import { GraphError, UpstreamError, UpstreamTimeoutError, UpstreamUnavailableError, type UpstreamInfo } from '../errors.js';
import type { CredentialOwner, UpstreamAuth } from './auth.js';
import { CallDeadline } from './call-deadline.js';
import { createRateLimiter, type RateLimiter, type RateLimitSettings } from './rate-limit.js';
import { errorFromStatus, outcomeCode, retryAfterSeconds } from './operation-outcome.js';
import {
  backoffDelays,
  breakerState,
  createBreaker,
  DEFAULT_RESILIENCE,
  isTransient,
  markCancelled,
  retryDelayMs,
  type BreakerState,
  type ResilienceSettings,
} from './resilience.js';
import type { CallContext, QueryValue, UpstreamCall, UpstreamCallEvent, UpstreamResponse } from './types.js';
import { traceableId } from '../ids.js';

/** Where one NHS API lives and how to reach it. Built by config; the only thing that differs between environments. */
export interface UpstreamEndpoint {
  /** Stable id used in errors, metrics and sandbox counts: 'pds', 'ods', ... */
  api: string;
  /** Human name for messages: 'PDS'. */
  label: string;
  baseUrl: string;
  auth: UpstreamAuth;
  timeoutMs: number;
  /** The API's per-app rate limit (PDS: 5 a second by default): calls beyond it wait their turn rather than draw 429s. */
  rateLimit?: RateLimitSettings;
}

export type CallObserver = (event: UpstreamCallEvent) => void;

/** 401s sent with a cached token that has since been forgotten: the call may be sent once more with a fresh one. */
const refusedCachedToken = new WeakSet<Error>();

/** An attempt is not started with less than this left of the call's budget: it could not finish. */
const MIN_ATTEMPT_MS = 50;

/**
 * One typed road to one NHS API over undici. Every call carries a fresh X-Request-ID (or the one given, for a retried
 * write), the graph request's X-Correlation-ID and the API's credentials; it is bounded by the API's timeout and by the
 * graph request's abort signal. Idempotent calls are retried after transient failures (backoff with jitter, or the
 * upstream's Retry-After when longer), all attempts inside that one timeout and with the same X-Request-ID. A circuit
 * breaker per API fails calls fast with UPSTREAM_UNAVAILABLE after repeated upstream faults, until a probe succeeds.
 * Failures come back as the graph's coded errors with `extensions.upstream`.
 */
export class UpstreamClient {
  private readonly breaker: CircuitBreakerPolicy | undefined;
  private readonly limiter: RateLimiter | undefined;

  constructor(
    readonly endpoint: UpstreamEndpoint,
    private readonly dispatcher: Dispatcher,
    private readonly observe: CallObserver = () => {},
    private readonly resilience: ResilienceSettings = DEFAULT_RESILIENCE,
  ) {
    this.breaker = createBreaker(resilience);
    this.limiter = endpoint.rateLimit && createRateLimiter(endpoint.rateLimit, endpoint.api, endpoint.label);
  }

  /** The API's circuit breaker: closed (calls flow), open (failing fast), half-open (one probe in flight). */
  get breakerState(): BreakerState {
    return breakerState(this.breaker);
  }

  /**
   * Sends one call, retrying it when it is idempotent (`call.idempotent`, by default true for GET) and failed
   * transiently. Resolves with the parsed JSON body for 2xx and for `expectStatuses`; rejects with a GraphError for
   * every other status, a timeout, a refused connection, an open breaker, or a body that is not the JSON (or the FHIR
   * resource type) it should be.
   */
  async request<T>(route: string, call: UpstreamCall, ctx: CallContext): Promise<UpstreamResponse<T>> {
    const requestId = call.requestId ?? traceableId();
    const deadline = performance.now() + this.endpoint.timeoutMs;
    const retryable = call.idempotent ?? call.method === 'GET';
    const nextBackoff = backoffDelays(this.resilience);
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt<T>(route, call, ctx, requestId, deadline);
      } catch (error) {
        // A cached token the API refused (the platform restarted, or revoked it) was just forgotten: send the call once
        // more with a fresh one. A 401 means nothing was done, so this is safe for writes too; it is not a retry.
        if (!refreshed && refusedCachedToken.has(error as Error)) {
          refreshed = true;
          attempt--;
          continue;
        }
        if (!retryable || attempt >= this.resilience.retries || !isTransient(error)) throw error;
        // This failure opened the breaker: a retry would only be refused, so the caller gets the failure itself.
        if (this.breakerState === 'open') throw error;
        const wait = retryDelayMs(error as GraphError, nextBackoff());
        if (performance.now() + wait > deadline - MIN_ATTEMPT_MS) throw error;
        try {
          await sleep(wait, undefined, ctx.signal ? { signal: ctx.signal } : {});
        } catch {
          throw error;
        }
      }
    }
  }

  private async attempt<T>(route: string, call: UpstreamCall, ctx: CallContext, requestId: string, deadline: number): Promise<UpstreamResponse<T>> {
    const started = performance.now();
    const event = { api: this.endpoint.api, method: call.method, route, requestId };
    ctx.calls?.set(event.api, (ctx.calls.get(event.api) ?? 0) + 1);
    try {
      const send = () => this.send<T>(call, ctx, requestId, deadline);
      const response = this.breaker ? await this.breaker.execute(send) : await send();
      this.observe({ ...event, status: response.status, durationMs: performance.now() - started });
      return response;
    } catch (caught) {
      const error = caught instanceof BrokenCircuitError ? this.skipped(requestId) : caught;
      const coded = error instanceof GraphError;
      this.observe({
        ...event,
        status: coded ? error.upstream?.status : undefined,
        durationMs: performance.now() - started,
        errorCode: coded ? error.code : 'INTERNAL_SERVER_ERROR',
      });
      throw error;
    }
  }

  /**
   * Fetches a file from the temporary location an API redirected to (e-RS A042's object store, named by a 307's
   * Location). No credentials are sent: the location is not the API's host and carries its own authority. Bounded by
   * the API's timeout; a body over `maxBytes` is an error, never a truncated file; never retried (the location may be
   * single-use: a new download needs a new redirect). Observed as the API's call under `route`. Only http(s) locations.
   */
  async download(route: string, location: string, ctx: CallContext, maxBytes: number): Promise<{ contentType: string | undefined; bytes: Buffer }> {
    const { api, label, timeoutMs } = this.endpoint;
    const requestId = traceableId();
    const info: UpstreamInfo = { api, requestId };
    const started = performance.now();
    const observe = (status: number | undefined, errorCode?: string) =>
      this.observe({ api, method: 'GET', route, requestId, status, durationMs: performance.now() - started, ...(errorCode ? { errorCode } : {}) });
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      url = new URL('invalid:');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      observe(undefined, 'UPSTREAM_ERROR');
      throw new UpstreamError(`${label} redirected to a location that is not an http(s) URL`, { upstream: info });
    }
    const deadline = new CallDeadline(timeoutMs, ctx.signal);
    try {
      const res = await request(url, { method: 'GET', signal: deadline.signal, dispatcher: this.dispatcher });
      const headers = flattenHeaders(res.headers);
      const declared = Number(headers['content-length'] ?? '0');
      if (res.statusCode < 200 || res.statusCode >= 300 || declared > maxBytes) {
        await res.body.dump();
        const error =
          declared > maxBytes
            ? new UpstreamError(`${label}'s file is over ${maxBytes} bytes`, { upstream: { ...info, status: res.statusCode } })
            : errorFromStatus({ ...info, status: res.statusCode }, label);
        observe(res.statusCode, error.code);
        throw error;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          res.body.destroy();
          observe(res.statusCode, 'UPSTREAM_ERROR');
          throw new UpstreamError(`${label}'s file is over ${maxBytes} bytes`, { upstream: { ...info, status: res.statusCode } });
        }
        chunks.push(chunk as Buffer);
      }
      observe(res.statusCode);
      return { contentType: headers['content-type'], bytes: Buffer.concat(chunks) };
    } catch (error) {
      if (error instanceof GraphError) throw error;
      const failure = deadline.timedOut
        ? new UpstreamTimeoutError(`${label} did not answer within ${timeoutMs} ms`, { upstream: info })
        : new UpstreamUnavailableError(`${label} could not be reached (${connectionFailure(error)})`, { upstream: info });
      observe(undefined, failure.code);
      throw failure;
    } finally {
      deadline.end();
    }
  }

  /** The error of a call the open breaker did not send. */
  private skipped(requestId: string): GraphError {
    const { api, label } = this.endpoint;
    return new UpstreamUnavailableError(`${label} is failing repeatedly: calls are skipped until it recovers`, {
      upstream: { api, requestId, issueCode: 'CIRCUIT_OPEN' },
      retryAfterSeconds: Math.ceil(this.resilience.halfOpenAfterMs / 1000),
    });
  }

  private async send<T>(call: UpstreamCall, ctx: CallContext, requestId: string, deadline: number): Promise<UpstreamResponse<T>> {
    const { api, label, timeoutMs } = this.endpoint;
    const headers: Record<string, string> = {
      accept: call.accept ?? 'application/fhir+json',
      'x-request-id': requestId,
      'x-correlation-id': ctx.correlationId,
      ...call.headers,
    };
    let body: string | undefined;
    if (call.body !== undefined) {
      body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
      headers['content-type'] = call.contentType ?? 'application/fhir+json';
    }
    await this.endpoint.auth.authorize(headers, ctx, call.provider ? { provider: call.provider } : {});

    const callDeadline = new CallDeadline(Math.max(1, Math.round(deadline - performance.now())), ctx.signal);
    const signal = callDeadline.signal;
    const info: UpstreamInfo = { api, requestId };
    let res: Dispatcher.ResponseData;
    let text: string;
    try {
      const exchange = async () => {
        const answer = await request(this.url(call.path, call.query, call.baseUrl), {
          method: call.method,
          headers,
          body,
          signal,
          dispatcher: this.dispatcher,
        });
        return { answer, body: await answer.body.text() };
      };
      // Under the API's rate limit a call waits for its turn (inside its own timeout) instead of drawing a 429.
      const done = this.limiter ? await this.limiter.schedule(exchange) : await exchange();
      res = done.answer;
      text = done.body;
    } catch (error) {
      if (ctx.signal?.aborted) throw markCancelled(new UpstreamTimeoutError(`The request was cancelled before ${label} answered`, { upstream: info }));
      if (callDeadline.timedOut) throw new UpstreamTimeoutError(`${label} did not answer within ${timeoutMs} ms`, { upstream: info });
      throw new UpstreamUnavailableError(`${label} could not be reached (${connectionFailure(error)})`, { upstream: info });
    } finally {
      callDeadline.end();
    }

    const responseHeaders = flattenHeaders(res.headers);
    const status = res.statusCode;
    // Some APIs (e-RS) ignore our X-Request-ID and answer with their own transaction id: keep it for support.
    const theirs = responseHeaders['x-request-id'];
    if (theirs && theirs !== requestId) info.upstreamRequestId = theirs;
    const parsed = parseBody(text, responseHeaders['content-type']);
    const ok = (status >= 200 && status < 300) || call.expectStatuses?.includes(status);
    if (!ok) {
      const issueCode = parsed.ok ? outcomeCode(parsed.value) : undefined;
      const failure = { ...info, status, ...(issueCode ? { issueCode } : {}) };
      // A refused token (revoked, or lapsed early) is dropped so that the next call fetches a new one.
      if (status === 401) throw this.refused(failure, this.endpoint.auth.unauthorized?.(headers, ctx));
      throw errorFromStatus(failure, label, retryAfterSeconds(responseHeaders['retry-after']));
    }
    if (!parsed.ok) {
      throw new UpstreamError(`${label} answered ${status} with a body that is not valid JSON`, { upstream: { ...info, status } });
    }
    const wrongType = unexpectedResourceType(parsed.value, call.resourceType);
    if (wrongType !== undefined) {
      throw new UpstreamError(`${label} answered ${status} with a ${wrongType} where a ${[call.resourceType].flat().join(' or ')} was expected`, {
        upstream: { ...info, status },
      });
    }
    return { status, headers: responseHeaders, body: parsed.value as T, requestId };
  }

  /**
   * A 401. The signed-in user's exchanged token refused is that caller's UNAUTHENTICATED; the application's own token
   * refused is the graph's UPSTREAM_ERROR. Either way it says nothing of the API's health (never counted by the breaker).
   */
  private refused(failure: UpstreamInfo & { status: number }, owner: CredentialOwner | undefined): GraphError {
    const error =
      owner === 'user'
        ? new GraphError('UNAUTHENTICATED', `${this.endpoint.label} answered 401: the NHS platform refused the caller's credentials; sign in again`, {
            reason: 'CREDENTIALS_REFUSED',
            upstream: failure,
          })
        : errorFromStatus(failure, this.endpoint.label);
    if (owner) refusedCachedToken.add(error);
    return error;
  }

  private url(path: string, query: Record<string, QueryValue> | undefined, baseUrl = this.endpoint.baseUrl): string {
    const url = new URL(baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(v));
    }
    return url.toString();
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

type Parsed = { ok: true; value: unknown } | { ok: false };

/** An empty body is `undefined`; anything else must be JSON whatever the content type says (FHIR or plain JSON). */
function parseBody(text: string, contentType: string | undefined): Parsed {
  if (text.length === 0) return { ok: true, value: undefined };
  if (contentType && !/json/i.test(contentType)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The resource type found when it is not one of those expected (an empty body is let through); else undefined. */
function unexpectedResourceType(body: unknown, expected: string | readonly string[] | undefined): string | undefined {
  if (expected === undefined || body === undefined) return undefined;
  const found = typeof body === 'object' && body !== null ? (body as { resourceType?: unknown }).resourceType : undefined;
  const allowed = typeof expected === 'string' ? [expected] : expected;
  if (typeof found === 'string' && allowed.includes(found)) return undefined;
  return typeof found === 'string' && /^[A-Za-z]{1,64}$/.test(found) ? found : 'body without a FHIR resourceType';
}

function connectionFailure(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  return code || 'network error';
}
