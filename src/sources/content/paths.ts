import { BadUserInputError } from '../../errors.js';

/** The sections of nhs.uk the API syndicates (the first segment of every page path). */
export const CONTENT_SECTIONS = [
  'health-a-to-z',
  'conditions',
  'symptoms',
  'tests-and-treatments',
  'medicines',
  'mental-health',
  'live-well',
  'pregnancy',
  'nhs-services',
  'contraception',
  'vaccinations',
  'womens-health',
  'baby',
  'social-care-and-support',
] as const;

const SEGMENTS = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/[a-z0-9]+(?:-[a-z0-9]+)*){0,5}\/?$/;
const ORIGINS = /^https?:\/\/(?:www\.nhs\.uk|[a-z0-9.-]*api\.service\.nhs\.uk\/nhs-website-content)(?=\/)/;

/**
 * A page path in the API's slash form (`/conditions/acne/`: the proxy appends the slash anyway). Accepts the path
 * with or without slashes, or the page's nhs.uk or API URL. BAD_USER_INPUT (reason INVALID_CONTENT_PATH) otherwise,
 * before any upstream call.
 */
export function normaliseContentPath(input: string): string {
  let path = input.trim().replace(ORIGINS, '').split(/[?#]/)[0] as string;
  if (!path.startsWith('/')) path = `/${path}`;
  path = path.toLowerCase();
  const section = /^\/([^/]+)/.exec(path)?.[1];
  if (!SEGMENTS.test(path) || !(CONTENT_SECTIONS as readonly string[]).includes(section ?? '')) {
    throw new BadUserInputError(
      'INVALID_CONTENT_PATH',
      `path must be an nhs.uk content path under one of /${CONTENT_SECTIONS.join(', /')} such as /conditions/acne/`,
    );
  }
  return path.endsWith('/') ? path : `${path}/`;
}

/** The page path inside an API or nhs.uk URL (whatever host the platform rewrote it to), or null. */
export function pathFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  const match = /^https?:\/\/[^/]+(?:\/nhs-website-content)?(\/[^?#]*)/.exec(url);
  return match ? (match[1] as string) : null;
}
