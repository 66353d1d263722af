/**
 * The audit trail's own cost for one request, in two shapes: scenario a's (one patient, nine fields, each under the
 * field the patient was read through) and scenario b's (a fifty-patient search: four fields of each match, each under
 * the two fields the match was reached through, then the practice's name). The trail is written as the access rules
 * write it, its records made and serialised as the file sink writes them. CPU per request of this process, in
 * isolation: what a change to src/audit saves or costs, without the noise of a load run.
 *
 *   npm run build && node bench/audit-trail.mjs
 */
import { instanceSuffix, stampedLines } from '../dist/audit/sink.js';
import { AuditTrail } from '../dist/audit/trail.js';

const suffix = instanceSuffix('graph-1:4242');
const actor = {
  kind: 'staff',
  issuer: 'https://am.nhsidentity.spineservices.nhs.uk:443/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
  subject: '555000000101',
  role: { roleProfileId: '555000000100', jobRoleCode: 'R8000', orgCode: 'Y12345' },
};
const meta = { requestId: 'a1b2c3d4-0000-4000-8000-000000000001', correlationId: 'a1b2c3d4-0000-4000-8000-000000000001', actor };

const onePatient = ['Patient.nhsNumber', 'Patient.version', 'Patient.restricted', 'Patient.name', 'HumanName.given', 'HumanName.family'];
const patients = Array.from({ length: 50 }, (_, i) => `99900000${String(i).padStart(2, '0')}`);
const perMatch = ['PatientMatch.score', 'PatientMatch.patient', 'Patient.nhsNumber', 'Patient.registeredGp'];
const origins = [
  ['Query.patients', 'pds'],
  ['PatientSearchResult.matches', 'pds'],
];

const SHAPES = [
  {
    label: 'a: one patient',
    requests: 100_000,
    write(trail) {
      trail.touched('9000000009', 'Query.patient', 'pds');
      for (const field of [...onePatient, 'Patient.registeredGp', 'Patient.nominatedPharmacy']) {
        trail.touched('9000000009', field);
        trail.touched('9000000009', 'Query.patient', 'pds');
      }
    },
  },
  {
    label: 'b: fifty patients',
    requests: 5_000,
    write(trail) {
      for (const field of perMatch)
        for (const n of patients) {
          trail.touched(n, field);
          for (const [origin, api] of origins) trail.touched(n, origin, api);
        }
      for (const n of patients) trail.touched(n, 'Organisation.name', 'ods');
    },
  },
];

function request(shape) {
  const trail = new AuditTrail();
  shape.write(trail);
  return stampedLines(trail.records({ ...meta, time: new Date() }), suffix).length;
}

const ROUNDS = 5;
console.log('| request | µs CPU per request (median of 5 rounds) | bytes written |');
console.log('|---|---|---|');
for (const shape of SHAPES) {
  for (let i = 0; i < shape.requests / 2; i++) request(shape);
  const perRequest = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < shape.requests; i++) request(shape);
    const used = process.cpuUsage(before);
    perRequest.push((used.user + used.system) / shape.requests);
  }
  perRequest.sort((a, b) => a - b);
  console.log(`| ${shape.label} | ${perRequest[Math.floor(ROUNDS / 2)].toFixed(1)} | ${request(shape)} |`);
}
