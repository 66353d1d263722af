import { NotFoundError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { DOCUMENT_SIZE_LIMIT_BYTES, validateWindow } from '../sources/gp-connect/index.js';

export const clinicalDocumentResolvers: Resolvers = {
  Patient: {
    documents: (patient, { createdFrom, createdTo, author, description }, ctx) => {
      if (createdFrom && createdTo) validateWindow(createdFrom, createdTo);
      const filters = Object.fromEntries(
        Object.entries({ createdFrom, createdTo, author, description }).filter(([, v]) => v !== null && v !== undefined && v !== ''),
      );
      return ctx.nhs.gpConnect.documents.load({ nhsNumber: patient.nhsNumber, filters });
    },
  },
  ClinicalDocument: {
    author: (doc, _, ctx) => (doc.authorOdsCode ? ctx.nhs.ods.organisation.load(doc.authorOdsCode) : null),
    content: (doc, _, ctx) => {
      // Both refusals mirror what Access Document would answer (404 NO_RECORD_FOUND), without spending the call.
      if (!doc.available || !doc.binaryId) {
        throw new NotFoundError('The GP system holds only a placeholder for this document', { reason: 'DOCUMENT_UNAVAILABLE' });
      }
      if (doc.size !== null && doc.size > DOCUMENT_SIZE_LIMIT_BYTES) {
        throw new NotFoundError(`The document is over GP Connect's ${DOCUMENT_SIZE_LIMIT_BYTES}-byte limit and cannot be retrieved`, {
          reason: 'DOCUMENT_TOO_LARGE',
        });
      }
      return ctx.nhs.gpConnect.documentContent.load({ nhsNumber: doc.nhsNumber, binaryId: doc.binaryId });
    },
  },
};
