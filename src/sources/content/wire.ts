/** NHS Website Content API v2 (schema.org JSON, not FHIR): the fields we read; everything else passes through. */
export interface ContentLink {
  '@type'?: string;
  name?: string;
  url?: string;
  description?: string;
  linkRelationship?: string;
  headline?: string;
  text?: string;
  mainEntityOfPage?: ContentLinkSummary | ContentElement[];
  [key: string]: unknown;
}

export interface ContentLinkSummary {
  genre?: string[] | string;
  dateModified?: string;
  lastReviewed?: string[] | null;
  reviewDue?: string;
  code?: { codeValue?: string; codingSystem?: string }[];
  [key: string]: unknown;
}

export interface ContentElement {
  '@type'?: string;
  name?: string;
  headline?: string;
  description?: string;
  text?: string;
  url?: string;
  hasHealthAspect?: string;
  hasPart?: ContentElement[];
  mainEntityOfPage?: ContentElement[];
  [key: string]: unknown;
}

export interface ContentWebPage {
  '@type'?: string;
  name?: string;
  description?: string;
  url?: string;
  webpage?: string;
  genre?: string[] | string;
  dateModified?: string;
  lastReviewed?: string[];
  author?: { name?: string; url?: string; logo?: string };
  copyrightHolder?: { name?: string };
  license?: string;
  hasPart?: ContentElement[];
  mainEntityOfPage?: ContentElement[];
  significantLink?: ContentLink[];
  relatedLink?: ContentLink[];
  [key: string]: unknown;
}

/** The error body the API (and its sandbox, with HTTP 200) sends: `{statusCode, message}`. */
export interface ContentErrorBody {
  statusCode: number;
  message?: string;
}

export function isContentError(body: unknown): body is ContentErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as { statusCode?: unknown }).statusCode === 'number' && !('@type' in body);
}

/** The attribution the licence requires (website-content/CONTRACT.md): the logo, linked to the page on nhs.uk. */
export const ATTRIBUTION = {
  logoUrl: 'https://assets.nhs.uk/nhsuk-cms/images/nhs-attribution.width-510.png',
  logoAlt: 'Content supplied by the NHS website',
  text: 'From www.nhs.uk',
} as const;
