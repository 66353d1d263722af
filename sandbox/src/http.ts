import type { IncomingHttpHeaders } from 'node:http';
import { SPINE_ERROR_SYSTEM_R4 } from './fhir-systems.js';

/** One request as a sandbox route sees it: parsed, with the route's path parameters. */
export interface SandboxRequest {
  api: string;
  method: string;
  /** Path below the API's base path. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Raw body text; routes parse it as their contract says. */
  rawBody: string;
  /**
   * The provider service root the request named, when it came through the Spine Secure Proxy's URL form
   * (`/spine-secure-proxy/{service root}/...`, GP Connect route A); undefined at the platform's base path.
   */
  sspRoot?: string;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type SandboxHandler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export function header(req: SandboxRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function fhirJson(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, body, headers: { 'content-type': 'application/fhir+json', ...headers } };
}

/** A FHIR OperationOutcome in the shape Spine-backed APIs use (code in details.coding, optional diagnostics). */
export function spineOutcome(
  status: number,
  code: string,
  display: string,
  options: { issueType?: string; severity?: string; diagnostics?: string; system?: string } = {},
): SandboxResponse {
  const issue: Record<string, unknown> = {
    severity: options.severity ?? 'error',
    code: options.issueType ?? 'processing',
    details: {
      coding: [{ system: options.system ?? SPINE_ERROR_SYSTEM_R4, version: '1', code, display }],
    },
  };
  if (options.diagnostics) issue.diagnostics = options.diagnostics;
  return fhirJson(status, { resourceType: 'OperationOutcome', issue: [issue] });
}

/** A HAPI FHIR OperationOutcome (ODS): the id leads the diagnostics. */
export function hapiOutcome(status: number, diagnostics: string, issueType = 'processing'): SandboxResponse {
  return fhirJson(status, {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: issueType, diagnostics }],
  });
}

export function parseJsonBody(req: SandboxRequest): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(req.rawBody) };
  } catch {
    return { ok: false };
  }
}
