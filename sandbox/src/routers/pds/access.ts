import { loadFixture } from '../../fixtures.js';
import { fhirJson, spineOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import type { PlatformGrant } from '../../platform-auth.js';

/** PDS's access modes (pds/CONTRACT.md, "Access modes and auth"). `open` is NHS's public sandbox: no token, no limits. */
export type PdsAccess = { mode: 'open' } | { mode: 'application' } | { mode: 'healthcare-worker' } | { mode: 'patient'; nhsNumber: string | undefined };

const PRODUCT = 'personal-demographics-service';

function denied(status: 401 | 403, display: string, diagnostics: string): SandboxResponse {
  return spineOutcome(status, 'ACCESS_DENIED', display, { issueType: 'forbidden', diagnostics });
}
function invalidMethod(): SandboxResponse {
  return fhirJson(403, loadFixture('pds/examples/sandbox-stubs/errorResponses/INVALID_METHOD.json'));
}

/**
 * The access mode the platform's proxy derives from a token's scope: application-restricted (`app:level3`),
 * healthcare worker (`user-nhs-cis2` / `user-nhs-id`) or patient access (`user-nhs-login:P9`). NHS login tokens below
 * P9 and tokens without a PDS scope are refused (the refusal to answer is returned instead of a mode).
 */
export function pdsAccessOf(grant: PlatformGrant | undefined, enforcing: boolean): PdsAccess | SandboxResponse {
  if (!enforcing) return { mode: 'open' };
  if (!grant) return denied(401, 'Access Denied - Unauthorised', 'Invalid Access Token');
  const scope = grant.scopes.find((s) => s.endsWith(`:${PRODUCT}`));
  if (!scope) return denied(401, 'Access Denied - Unauthorised', 'The access token is not valid for this API');
  if (scope.startsWith('urn:nhsd:apim:app:level3:')) return { mode: 'application' };
  if (scope.startsWith('urn:nhsd:apim:user-nhs-cis2:') || scope.startsWith('urn:nhsd:apim:user-nhs-id:')) return { mode: 'healthcare-worker' };
  if (scope.startsWith('urn:nhsd:apim:user-nhs-login:P9:') && grant.kind === 'nhs-login') return { mode: 'patient', nhsNumber: grant.nhsNumber };
  return denied(403, 'Access denied', 'Patient access needs NHS login at identity level P9');
}

/**
 * What each mode may do, before the route runs. Application-restricted: search only for one unique match (`_max-results`
 * forced to 1 when absent, 403 INVALID_VALUE when it is anything else), retrieve and RelatedPerson; no PATCH or POST
 * (403 INVALID_METHOD). Patient access: only the record whose NHS number is in the token, no search. Healthcare
 * worker: everything. May set `_max-results` on the request's query, which the route then reads.
 */
export function enforcePdsMode(req: SandboxRequest, access: PdsAccess): SandboxResponse | undefined {
  const search = req.method === 'GET' && req.path.replace(/\/$/, '') === '/Patient';
  const ownId = /^\/Patient\/([^/]+)(\/RelatedPerson)?\/?$/.exec(req.path)?.[1];
  switch (access.mode) {
    case 'open':
    case 'healthcare-worker':
      return undefined;
    case 'application':
      if (req.method === 'PATCH' || req.method === 'POST' || req.path.startsWith('/Coverage')) return invalidMethod();
      if (search) {
        const max = req.query.get('_max-results');
        if (max === null) req.query.set('_max-results', '1');
        else if (max !== '1') {
          return spineOutcome(403, 'INVALID_VALUE', 'Provided value is invalid', {
            issueType: 'value',
            diagnostics: "Invalid value - '_max-results' must be 1 in application-restricted mode",
          });
        }
      }
      return undefined;
    case 'patient':
      if (search || (req.method === 'POST' && !req.path.startsWith('/Coverage'))) return invalidMethod();
      if (ownId === undefined || access.nhsNumber === undefined || ownId !== access.nhsNumber) {
        return denied(403, 'Access denied', 'Patient cannot perform this action');
      }
      return undefined;
  }
}
