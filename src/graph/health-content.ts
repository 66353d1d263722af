import { BadUserInputError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { checkSearchText, normaliseContentPath } from '../sources/content/index.js';

const MAX_RESULTS = 50;

export const healthContentResolvers: Resolvers = {
  Query: {
    healthContent: (_, { path }, ctx) => ctx.nhs.content.page.load(normaliseContentPath(path)),
    healthContentSearch: (_, { section, text, first }, ctx) => {
      const count = first ?? 10;
      if (!Number.isInteger(count) || count < 1 || count > MAX_RESULTS)
        throw new BadUserInputError('INVALID_PAGE', `first must be between 1 and ${MAX_RESULTS}`);
      return ctx.nhs.content.search(section, checkSearchText(text), count);
    },
  },
  HealthContentSummary: {
    page: (summary, _, ctx) => ctx.nhs.content.page.load(summary.path),
  },
};
