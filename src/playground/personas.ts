import { request } from 'undici';
import type { PlaygroundPersona } from './routes.js';

export interface RemotePersonas {
  list: PlaygroundPersona[];
  tokenFor(personaId: string): Promise<string>;
}

/**
 * The playground's "Act as" personas from the local NHS stand-in (PLAYGROUND_PERSONAS_URL, embedded and sandbox only):
 * GET lists its test users, POST {persona} signs one in for the graph's registered client and answers the ID token.
 * The graph holds no test user and no sign-in key of its own. Undefined when the stand-in does not answer.
 */
export async function remotePersonas(url: string): Promise<RemotePersonas | undefined> {
  let list: PlaygroundPersona[];
  try {
    const res = await request(url, { headersTimeout: 5_000, bodyTimeout: 5_000 });
    if (res.statusCode !== 200) {
      await res.body.dump();
      return undefined;
    }
    list = ((await res.body.json()) as { personas: PlaygroundPersona[] }).personas;
  } catch {
    return undefined;
  }
  return {
    list,
    async tokenFor(persona) {
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona }),
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        throw new Error(`the NHS stand-in refused to sign the persona in (HTTP ${res.statusCode})`);
      }
      return ((await res.body.json()) as { idToken: string }).idToken;
    },
  };
}
