/** The eps source's public face: its client, and what the resolvers in src/graph/ may use. */
export { EpsClient } from './client.js';
export { cancellationOutcome } from './cancellation.js';
export { mapPrepared } from './mapper.js';
export { checkMessage } from './messages.js';
export { checkedRelease } from './release.js';
export { releaseParameters, returnTask } from './requests.js';
export { EVENT } from './wire.js';
export { checkedDispensedItems, checkedOrder } from './checks.js';
export { dispenseClaim, dispenseNotification, statusAfter } from './dispensing.js';
export { derivedUuid, prescriptionOrder } from './order.js';
export { isBase64, signedOrder, xmlSignature } from './signature.js';
export { withdrawTask } from './requests.js';
export type { WriteOutcomeModel } from './mapper.js';
export type { FhirResource } from './wire.js';
