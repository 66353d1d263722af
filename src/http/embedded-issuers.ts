import type { EmbeddedPlatform } from '../../sandbox/src/embedded.js';
import { sendJson } from './respond.js';
import type { Route } from './routes.js';

/**
 * Embedded mode only: where the embedded sandbox's NHS login and CIS2 stand-in are, and the client ids the graph
 * accepts tokens for, so `npm run token` can sign a test user in against the running graph. Nothing secret.
 */
export function embeddedIssuersRoute(embedded: EmbeddedPlatform): Route {
  return {
    method: 'GET',
    path: '/embedded/identity',
    handle: (_req, res) =>
      sendJson(res, 200, {
        sandbox: embedded.sandbox.origin,
        nhsLogin: { issuer: embedded.sandbox.nhsLogin.issuer, clientId: embedded.signInClients.nhsLogin.clientId, redirectUri: embedded.signInClients.nhsLogin.redirectUri },
        cis2: { issuer: embedded.sandbox.cis2.issuer, clientId: embedded.signInClients.cis2.clientId, redirectUri: embedded.signInClients.cis2.redirectUri },
      }),
  };
}
