import { randomUUID } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import {
  GraphError,
  UpstreamError,
  UpstreamTimeoutError,
  UpstreamUnavailableError,
  type UpstreamInfo,
} from '../errors.js';
import type { UpstreamAuth } from './auth.js';
import { errorFromStatus, outcomeCode, retryAfterSeconds } from './operation-outcome.js';
import type { CallContext, QueryValue, UpstreamCall, UpstreamCallEvent, UpstreamResponse } from './types.js';

/** Where one NHS API lives and how to reach it. Built by config; the only thing that differs between environments. */
export interface UpstreamEndpoint {
  /** Stable id used in errors, metrics and sandbox counts: 'pds', 'ods', ... */
  api: string;
  /** Human name for messages: 'PDS'. */
  label: string;
  baseUrl: string;
  auth: UpstreamAuth;
  timeoutMs: number;
}

export type CallObserver = (event: UpstreamCallEvent) => void;

/**
 * One typed road to one NHS API over undici. Every call carries a fresh X-Request-ID (or the one given, for a retried
 * write), the graph request's X-Correlation-ID and the API's credentials; it is bounded by the API's timeout and by the
 * graph request's abort signal. Failures come back as the graph's coded errors with `extensions.upstream`.
 */
export class UpstreamClient {
  constructor(
    readonly endpoint: UpstreamEndpoint,
    private readonly dispatcher: Dispatcher,
    private readonly observe: CallObserver = () => {},
  ) {}

  /**
   * Sends one call. Resolves with the parsed JSON body for 2xx and for `expectStatuses`; rejects with a GraphError
   * for every other status, a timeout, a refused connection or a body that is not the JSON it claims to be.
   */
  async request<T>(route: string, call: UpstreamCall, ctx: CallContext): Promise<UpstreamResponse<T>> {
    const requestId = call.requestId ?? randomUUID();
    const started = performance.now();
    const event = { api: this.endpoint.api, method: call.method, route, requestId };
    try {
      const response = await this.send<T>(call, ctx, requestId);
      this.observe({ ...event, status: response.status, durationMs: performance.now() - started });
      return response;
    } catch (error) {
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

  private async send<T>(call: UpstreamCall, ctx: CallContext, requestId: string): Promise<UpstreamResponse<T>> {
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
    await this.endpoint.auth.authorize(headers, ctx);

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout;
    const info: UpstreamInfo = { api, requestId };
    let res: Dispatcher.ResponseData;
    let text: string;
    try {
      res = await request(this.url(call.path, call.query), {
        method: call.method,
        headers,
        body,
        signal,
        dispatcher: this.dispatcher,
      });
      text = await res.body.text();
    } catch (error) {
      if (timeout.aborted) throw new UpstreamTimeoutError(`${label} did not answer within ${timeoutMs} ms`, { upstream: info });
      if (ctx.signal?.aborted) throw new UpstreamTimeoutError(`The request was cancelled before ${label} answered`, { upstream: info });
      throw new UpstreamUnavailableError(`${label} could not be reached (${connectionFailure(error)})`, { upstream: info });
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
      throw errorFromStatus({ ...info, status, ...(issueCode ? { issueCode } : {}) }, label, retryAfterSeconds(responseHeaders['retry-after']));
    }
    if (!parsed.ok) {
      throw new UpstreamError(`${label} answered ${status} with a body that is not valid JSON`, { upstream: { ...info, status } });
    }
    return { status, headers: responseHeaders, body: parsed.value as T, requestId };
  }

  private url(path: string, query: Record<string, QueryValue> | undefined): string {
    const url = new URL(this.endpoint.baseUrl + path);
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

function connectionFailure(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  return code || 'network error';
}
