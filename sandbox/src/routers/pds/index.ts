import { isValidNhsNumber } from '../../nhs/nhs-number.js';
import type { SandboxApiFactory } from '../../api.js';
import { fhirJson, header, spineOutcome, type SandboxRequest, type SandboxResponse } from '../../http.js';
import { loadFixture } from '../../fixtures.js';
import { enforcePdsMode, pdsAccessOf, type PdsAccess } from './access.js';
import { patchPatient } from './patch.js';
import { relatedPersonBundle, seededRelatedPeople } from './related.js';
import { cannedPatients, cannedSearchForms, isRestricted, reducedForSearch, searchOnlyPatients, toFhirPatient, type FhirPatient } from './records.js';
import { searchPatients } from './search.js';
import { supersededNumbers } from './superseded.js';

const ODS_CODE = /^[A-Z0-9]{3,10}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function invalidId(): SandboxResponse {
  return spineOutcome(400, 'INVALID_RESOURCE_ID', 'Resource Id is invalid', { issueType: 'value' });
}
function notFound(): SandboxResponse {
  return fhirJson(404, loadFixture('pds/examples/sandbox-stubs/errorResponses/RESOURCE_NOT_FOUND.json'));
}

/**
 * Personal Demographics Service (FHIR R4) at /personal-demographics/FHIR/R4: retrieve, search, PATCH and RelatedPerson
 * over the public sandbox's canned records (9000000009, the restricted 9000000025, ...) and the synthetic population.
 * Writes persist for the life of the sandbox, so version conflicts are real.
 */
export const pdsSandbox: SandboxApiFactory = (sandbox) => {
  const records = new Map<string, FhirPatient>();
  for (const p of sandbox.population.patients) records.set(p.nhsNumber, toFhirPatient(p));
  for (const p of cannedPatients()) records.set(p.id, p);
  const searchable = [...records.values()];
  const superseded = supersededNumbers(sandbox.population, new Set(records.keys()));
  const searchOnly = searchOnlyPatients();
  const cannedForms = cannedSearchForms();
  // A canned record answers search in its canned search form until it is written to; then in the reduced live form.
  const searchForm = (p: FhirPatient): FhirPatient =>
    p.meta?.versionId === cannedForms.get(p.id)?.meta?.versionId ? (cannedForms.get(p.id) as FhirPatient) : reducedForSearch(p);

  const seeded = seededRelatedPeople(sandbox.population.patients);
  const related: Record<string, string> = {
    '9000000009': 'pds/examples/sandbox-stubs/relatedPersonResponses/related_person_9000000009.json',
    '9000000017': 'pds/examples/sandbox-stubs/relatedPersonResponses/related_person_9000000017.json',
  };

  /** Each request's access mode, as checkAccess found it (a patient's PATCH is limited to what patients may change). */
  const modes = new WeakMap<SandboxRequest, PdsAccess['mode']>();

  return {
    id: 'pds',
    basePath: '/personal-demographics/FHIR/R4',
    checkAccess(req, auth) {
      const access = pdsAccessOf(auth.grantOf(req), auth.enforcing);
      if ('status' in access) return access;
      modes.set(req, access.mode);
      const requestId = header(req, 'x-request-id');
      if (!requestId)
        return spineOutcome(400, 'MISSING_VALUE', 'Required value is missing', {
          issueType: 'required',
          diagnostics: 'Invalid request with error - X-Request-ID header must be supplied to access this resource',
        });
      if (!UUID.test(requestId))
        return spineOutcome(400, 'INVALID_VALUE', 'Provided value is invalid', {
          issueType: 'value',
          diagnostics: `Invalid value - '${requestId}' in header 'X-Request-ID'`,
        });
      const organisation = header(req, 'nhsd-end-user-organisation-ods');
      if (organisation !== undefined && !ODS_CODE.test(organisation)) {
        return spineOutcome(400, 'INVALID_VALUE', 'Provided value is invalid', {
          issueType: 'value',
          diagnostics: `Invalid value - '${organisation}' in header 'NHSD-End-User-Organisation-ODS'`,
        });
      }
      return enforcePdsMode(req, access);
    },
    notFound: () => spineOutcome(400, 'UNSUPPORTED_SERVICE', 'Unsupported Service', { issueType: 'not-supported' }),
    routes: [
      {
        method: 'GET',
        path: '/Patient',
        handler: (req) => searchPatients(req.query, [...searchable, ...searchOnly], searchForm),
      },
      {
        method: 'GET',
        path: '/Patient/:id',
        handler: (req: SandboxRequest) => {
          const id = req.params.id ?? '';
          if (!isValidNhsNumber(id)) return invalidId();
          // A superseded number answers the record that superseded it, under that record's own id.
          const patient = records.get(superseded.get(id) ?? id);
          if (!patient) return notFound();
          return fhirJson(200, patient, { etag: `W/"${patient.meta?.versionId ?? '1'}"` });
        },
      },
      {
        method: 'PATCH',
        path: '/Patient/:id',
        handler: (req) => {
          const id = req.params.id ?? '';
          if (!isValidNhsNumber(id)) return invalidId();
          const patient = records.get(id);
          if (!patient) return notFound();
          // Limited to what patients may change unless the mode is known to be a healthcare worker's (or the open sandbox).
          const mode = modes.get(req);
          const { response, updated } = patchPatient(req, patient, mode !== 'healthcare-worker' && mode !== 'open');
          if (updated) {
            records.set(id, updated);
            const i = searchable.indexOf(patient);
            if (i >= 0) searchable[i] = updated;
          }
          return response;
        },
      },
      {
        method: 'GET',
        path: '/Patient/:id/RelatedPerson',
        handler: (req) => {
          const id = req.params.id ?? '';
          if (!isValidNhsNumber(id)) return invalidId();
          const file = related[id];
          if (file) return fhirJson(200, loadFixture(file));
          const patient = records.get(id);
          if (!patient) return notFound();
          // A restricted patient's related people are never returned: an empty bundle (relatedpersons-get.yaml, its sandbox
          // table's 9000000025). Anyone else with none: 404 RESOURCE_NOT_FOUND, "No related people exist for given NHS number".
          if (isRestricted(patient)) return fhirJson(200, relatedPersonBundle(id, []));
          const people = seeded.get(id) ?? [];
          return people.length > 0 ? fhirJson(200, relatedPersonBundle(id, people)) : notFound();
        },
      },
    ],
  };
};
