import type { SandboxHandler, SandboxRequest, SandboxResponse } from './http.js';
import type { PlatformAuth } from './platform-auth.js';
import type { Sandbox } from './server.js';

export interface SandboxRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below the API's base path, in find-my-way syntax: '/Patient/:id'. */
  path: string;
  handler: SandboxHandler;
}

/** One NHS API mounted in the embedded sandbox. */
export interface SandboxApi {
  id: string;
  basePath: string;
  routes: SandboxRoute[];
  /** The platform's credential check for this API; the refusal to send, or undefined to go on. */
  checkAccess(req: SandboxRequest, auth: PlatformAuth): SandboxResponse | undefined;
  /** What the API answers for a path it does not serve. */
  notFound(req: SandboxRequest): SandboxResponse;
  /** The platform's rate limit for this API in the public sandbox, if it has one. */
  rateLimit?: RateLimitSpec;
  /** The API's own 429 body; a Spine OperationOutcome when absent. */
  tooManyRequests?(req: SandboxRequest): SandboxResponse;
  /**
   * Another URL form that reaches this API's routes (GP Connect's Spine Secure Proxy: `{ssp}/{provider service
   * root}/...`): the pathname at the API's base path and the service root named, or undefined when the path is not one.
   */
  proxied?(pathname: string): { pathname: string; sspRoot: string } | undefined;
}

/** At most `limit` requests in any `windowMs` (a sliding window, as strict as the platform's spike arrest). */
export interface RateLimitSpec {
  limit: number;
  windowMs: number;
}

/** Builds an API's router over the sandbox's shared population and state. */
export type SandboxApiFactory = (sandbox: Sandbox) => SandboxApi;
