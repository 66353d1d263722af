/**
 * The audit trail's own cost for one fifty-patient search (scenario b's shape): the trail written as the access rules
 * write it (four fields of each match, each under the two fields the match was reached through, then the practice's
 * name), its records made and serialised as the file sink writes them. CPU per request of this process, in isolation:
 * what a change to src/audit saves, without the noise of a load run.
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
const patients = Array.from({ length: 50 }, (_, i) => `99900000${String(i).padStart(2, '0')}`);
const fields = ['PatientMatch.score', 'PatientMatch.patient', 'Patient.nhsNumber', 'Patient.registeredGp'];
const origins = [
  ['Query.patients', 'pds'],
  ['PatientSearchResult.matches', 'pds'],
];

function request() {
  const trail = new AuditTrail();
  for (const field of fields)
    for (const n of patients) {
      trail.touched(n, field);
      for (const [origin, api] of origins) trail.touched(n, origin, api);
    }
  for (const n of patients) trail.touched(n, 'Organisation.name', 'ods');
  const meta = { requestId: 'a1b2c3d4-0000-4000-8000-000000000001', correlationId: 'a1b2c3d4-0000-4000-8000-000000000001', actor };
  return stampedLines(trail.records({ ...meta, time: new Date() }), suffix).length;
}

const ROUNDS = 5;
const REQUESTS = 5_000;
for (let i = 0; i < 3_000; i++) request();
const perRequest = [];
for (let round = 0; round < ROUNDS; round++) {
  const before = process.cpuUsage();
  for (let i = 0; i < REQUESTS; i++) request();
  const used = process.cpuUsage(before);
  perRequest.push((used.user + used.system) / REQUESTS);
}
perRequest.sort((a, b) => a - b);
console.log(`audit trail and lines, 50 patients: ${perRequest[Math.floor(ROUNDS / 2)].toFixed(1)} µs CPU per request (median of ${ROUNDS} rounds of ${REQUESTS}), ${request()} bytes`);
