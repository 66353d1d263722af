import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** The response header that names the NHS environment an answer came from. */
export const ENVIRONMENT_HEADER = 'nhs-environment';

/**
 * Names, on every GraphQL answer, the NHS environment the graph points at (`embedded`, `sandbox`, `int` or `prod`), so
 * that an app, a log or a person can always tell the embedded stand-in's synthetic patients from NHS data: the
 * clinical safety case's control for hazard H10 (docs/clinical-safety/hazard-log.md). A header rather than a body
 * field, so that it reaches every answer (errors and batches included) without changing any answer's shape.
 */
export function environmentMarker(environment: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(ENVIRONMENT_HEADER, environment);
        },
      };
    },
  };
}
