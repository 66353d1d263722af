import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Context } from '../context.js';
import { QueryTooComplexError } from '../errors.js';
import { operationCost } from './query-cost.js';

/** Bounds on one GraphQL request, all checked before anything executes (so an over-limit query calls no upstream). */
export interface QueryLimits {
  /** Nesting of selection sets (introspection is exempt). */
  maxDepth: number;
  /** Upper bound of upstream calls one HTTP request may make, all operations of a batch together (see operationCost). */
  maxCost: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in the document: refused while parsing, before the document is built. */
  maxTokens: number;
  /** Operations in one batched HTTP request (1 = batching off). */
  maxBatch: number;
  /** List length assumed for cost where no argument bounds it. */
  defaultListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 500,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxBatch: 5,
  defaultListSize: 10,
};

/** The `reason` of each QUERY_TOO_COMPLEX, by the limit that was passed. */
export const QUERY_LIMIT_REASONS = ['MAX_DEPTH', 'MAX_COST', 'MAX_ALIASES', 'MAX_DIRECTIVES', 'MAX_TOKENS', 'MAX_BATCH'] as const;
export type QueryLimitReason = (typeof QUERY_LIMIT_REASONS)[number];

export function isQueryLimitReason(reason: unknown): reason is QueryLimitReason {
  return QUERY_LIMIT_REASONS.includes(reason as QueryLimitReason);
}

/** graphql-js's own message when `parse` stops at `maxTokens` ("Document contains more that N tokens", sic). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ \d+ tokens/;

export function isTokenLimitMessage(message: string): boolean {
  return TOKEN_LIMIT.test(message);
}

/**
 * graphql-armor's depth, alias and directive rules, reporting a coded error instead of throwing. Apollo relabels every
 * validation error GRAPHQL_VALIDATION_FAILED; the `reason` survives, and formatError turns it into QUERY_TOO_COMPLEX.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const report = (reason: QueryLimitReason) => (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX', reason } }));
  };
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [report('MAX_DEPTH')] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [report('MAX_ALIASES')] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [report('MAX_DIRECTIVES')] }),
  ];
}

/**
 * Refuses an operation whose cost in upstream calls would take its HTTP request over `maxCost`, once its variables are
 * known and before it executes. The bound is per HTTP request: the operations of a batch share one context, and their
 * costs add up (keyed by the context's per-request parts: Apollo copies the context per operation), so a batch of five can make no more upstream calls than one
 * operation may. The error carries the
 * operation's cost, what the request had already been granted and the limit, so a client can see how far over it is.
 */
export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  const granted = new WeakMap<object, number>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, { defaultListSize: limits.defaultListSize });
          // Apollo gives each operation of a batch a shallow copy of the request's context: what they share is its parts.
          const perRequest = contextValue.call;
          const before = granted.get(perRequest) ?? 0;
          if (before + cost <= limits.maxCost) {
            granted.set(perRequest, before + cost);
            return;
          }
          const earlier = before > 0 ? ` on top of ${before} for the batch's other operations` : '';
          const error = new QueryTooComplexError(
            `The query could make up to ${cost} upstream calls${earlier}; the limit is ${limits.maxCost} per request. Ask for fewer items or fields.`,
            'MAX_COST',
          );
          Object.assign(error.extensions, { cost, ...(before > 0 ? { requestCost: before } : {}), limit: limits.maxCost, http: { status: 400 } });
          throw error;
        },
      };
    },
  };
}
