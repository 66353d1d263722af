import { clone, loadFixture } from '../../fixtures.js';

/** Where every vendored example says it lives, and the base the API publishes its URLs under. */
export const PUBLISHED_BASE = 'https://api.service.nhs.uk/nhs-website-content';

export type Page = Record<string, unknown> & { url?: string; name?: string };
export type Listing = 'conditions' | 'medicines' | 'symptoms' | 'tests-and-treatments';

/** One page of an A–Z listing, as `significantLink` carries it. */
export interface CatalogueEntry {
  name: string;
  path: string;
  description: string;
  genre: string[];
  dateModified: string;
  lastReviewed: [string, string];
  code: string;
}

const EXAMPLES = 'website-content/specification/components/examples/';
const RESPONSES = 'website-content/sandbox-responses/';

/** The listing examples (page 1 of each A–Z) and the extra listing pages NHS's sandbox serves. */
const LISTING_FIXTURES: Record<Listing, string[]> = {
  conditions: [`${EXAMPLES}ConditionsHealthAToZ.json`, `${RESPONSES}conditions-root-page-2.json`],
  medicines: [`${EXAMPLES}MedicinesAToZ.json`],
  symptoms: [`${EXAMPLES}SymptomsAToZ.json`],
  'tests-and-treatments': [`${EXAMPLES}TestsAndTreatmentsAToZ.json`],
};

/** Full pages from the spec's examples: hubs and content pages, served as published. */
const PAGE_FIXTURES = [
  'BabyHubPage',
  'ConditionsCommonTopicsHubPage',
  'ConditionsContentPage',
  'ContraceptionContentPage',
  'ContraceptionHubPage',
  'HealthAToZHubPage',
  'LiveWellContentPage',
  'LiveWellHubPage',
  'MedicinesContentPage',
  'MentalHealthContentPage',
  'MentalHealthHubPage',
  'NhsServicesContentPage',
  'NhsServicesHubPage',
  'PregnancyContentPage',
  'PregnancyHubPage',
  'SocialCareAndSupportHubPage',
  'VaccinationsContentPage',
  'VaccinationsHubPage',
  'WomensHealthHubPage',
];

/**
 * Seeded pages for problems and medicines common in GP records, so that records link to content: [name, slug,
 * SNOMED CT concept (conditions only)]. Listed with their code, as the listing's `mainEntityOfPage.code` allows.
 */
const SEEDED: Record<'conditions' | 'medicines', [string, string, string][]> = {
  conditions: [
    ['Acne', 'acne', '88616000'],
    ["Alzheimer's disease", 'alzheimers-disease', '26929004'],
    ['Angina', 'angina', '194828000'],
    ['Appendicitis', 'appendicitis', '74400008'],
    ['Arthritis', 'arthritis', '3723001'],
    ['Asthma', 'asthma', '195967001'],
    ['Atopic eczema', 'atopic-eczema', '24079001'],
    ['Atrial fibrillation', 'atrial-fibrillation', '49436004'],
    ['Chickenpox', 'chickenpox', '38907003'],
    ['Chronic obstructive pulmonary disease (COPD)', 'chronic-obstructive-pulmonary-disease', '13645005'],
    ['Coronary heart disease', 'coronary-heart-disease', '53741008'],
    ['Gastro-oesophageal reflux disease (GORD)', 'gord', '235595009'],
    ['Gout', 'gout', '90560007'],
    ['Hay fever', 'hay-fever', '21719001'],
    ['Heart failure', 'heart-failure', '84114007'],
    ['High blood pressure (hypertension)', 'high-blood-pressure-hypertension', '38341003'],
    ['Migraine', 'migraine', '37796009'],
    ['Osteoarthritis', 'osteoarthritis', '396275006'],
    ['Psoriasis', 'psoriasis', '9014002'],
    ['Type 1 diabetes', 'type-1-diabetes', '46635009'],
    ['Type 2 diabetes', 'type-2-diabetes', '44054006'],
    ['Underactive thyroid (hypothyroidism)', 'underactive-thyroid-hypothyroidism', '40930008'],
  ],
  medicines: [
    ['Amlodipine', 'amlodipine', ''],
    ['Amoxicillin', 'amoxicillin', ''],
    ['Atenolol', 'atenolol', ''],
    ['Atorvastatin', 'atorvastatin', ''],
    ['Bisoprolol', 'bisoprolol', ''],
    ['Citalopram', 'citalopram', ''],
    ['Levothyroxine', 'levothyroxine', ''],
    ['Metformin', 'metformin', ''],
    ['Omeprazole', 'omeprazole', ''],
    ['Paracetamol for adults', 'paracetamol-for-adults', ''],
    ['Ramipril', 'ramipril', ''],
    ['Salbutamol inhaler', 'salbutamol-inhaler', ''],
    ['Sertraline', 'sertraline', ''],
    ['Simvastatin', 'simvastatin', ''],
  ],
};

/** The page path a published URL names, whatever base it was published under (some examples omit the API's). */
export function publishedPath(url: string | undefined): string {
  return (
    (url ?? '')
      .replace(PUBLISHED_BASE, '')
      .replace(/^https:\/\/api\.service\.nhs\.uk/, '')
      .split('?')[0] ?? ''
  );
}

function entryFromLink(link: Record<string, any>): CatalogueEntry {
  const meta = link.mainEntityOfPage ?? {};
  return {
    name: link.name,
    path: publishedPath(link.url),
    description: link.description ?? '',
    genre: Array.isArray(meta.genre) ? meta.genre : [],
    dateModified: meta.dateModified ?? '2025-01-01T00:00:00+00:00',
    lastReviewed:
      Array.isArray(meta.lastReviewed) && meta.lastReviewed.length === 2 ? meta.lastReviewed : ['2024-01-01T00:00:00+00:00', '2027-01-01T00:00:00+00:00'],
    code: meta.code?.[0]?.codeValue ?? '',
  };
}

function seededEntry(listing: 'conditions' | 'medicines', [name, slug, code]: [string, string, string]): CatalogueEntry {
  return {
    name,
    path: `/${listing}/${slug}/`,
    description: `Find out about ${name.replace(/\s*\(.*\)$/, '').toLowerCase()}: what it is, its symptoms or uses, and where to get help.`,
    genre: [listing === 'conditions' ? 'Condition' : 'Medicine'],
    dateModified: '2025-06-02T09:00:00+00:00',
    lastReviewed: ['2025-05-20T00:00:00+00:00', '2028-05-20T00:00:00+00:00'],
    code,
  };
}

export interface Catalogue {
  /** Every listed page per A–Z listing, sorted by name. */
  listings: Record<Listing, CatalogueEntry[]>;
  /** The vendored listing pages, used as the frame of every listing answer. */
  listingTemplates: Record<Listing, Page>;
  /** Full pages by path. */
  pages: Map<string, Page>;
  /** `/conditions/acne/?modules=true` as NHS's sandbox answers it. */
  acneModules: Page;
  manifest: Page;
}

/** The embedded Website Content: NHS's published examples and sandbox answers, plus the seeded common pages. */
export function buildCatalogue(): Catalogue {
  const listings = {} as Record<Listing, CatalogueEntry[]>;
  const listingTemplates = {} as Record<Listing, Page>;
  for (const [listing, files] of Object.entries(LISTING_FIXTURES) as [Listing, string[]][]) {
    const pages = files.map((f) => loadFixture<Page>(f));
    listingTemplates[listing] = pages[0] as Page;
    const entries = new Map<string, CatalogueEntry>();
    for (const page of pages)
      for (const link of (page.significantLink as Record<string, any>[]) ?? []) entries.set(publishedPath(link.url), entryFromLink(link));
    if (listing === 'conditions' || listing === 'medicines')
      for (const seed of SEEDED[listing]) entries.set(`/${listing}/${seed[1]}/`, seededEntry(listing, seed));
    listings[listing] = [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  }
  const pages = new Map<string, Page>();
  for (const name of PAGE_FIXTURES) {
    const page = loadFixture<Page>(`${EXAMPLES}${name}.json`);
    pages.set(publishedPath(page.url), page);
  }
  return {
    listings,
    listingTemplates,
    pages,
    acneModules: loadFixture<Page>(`${RESPONSES}conditions-acne-modules-true.json`),
    manifest: loadFixture<Page>(`${EXAMPLES}ManifestPages.json`),
  };
}

/** A content page for a listed page NHS publishes no example of: its listing data, the standard frame, one section. */
export function synthesisePage(entry: CatalogueEntry, frame: Page): Page {
  const page = clone(frame);
  const url = `${PUBLISHED_BASE}${entry.path}`;
  return {
    '@context': 'http://schema.org',
    '@type': 'MedicalWebPage',
    name: entry.name,
    copyrightHolder: page.copyrightHolder,
    license: page.license,
    author: page.author,
    about: { '@type': 'WebPage', name: entry.name, alternateName: '' },
    description: entry.description,
    url,
    genre: entry.genre,
    keywords: [],
    lastReviewed: entry.lastReviewed,
    breadcrumb: {
      '@context': 'http://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 0, item: { '@id': url, name: entry.name, genre: entry.genre[0] ?? '' } }],
    },
    dateModified: entry.dateModified,
    hasPart: [
      {
        '@type': 'HealthTopicContent',
        url: `${url}#overview`,
        hasHealthAspect: 'http://schema.org/OverviewHealthAspect',
        headline: entry.name,
        description: entry.description,
        hasPart: [{ '@type': 'WebPageElement', headline: '', text: `<p>${entry.description}</p>` }],
      },
    ],
    relatedLink: [{ '@type': 'LinkRole', url, linkRelationship: 'Navigation', position: 0, name: entry.name, description: '' }],
    contentSubTypes: [],
    mainEntityOfPage: [],
    webpage: `https://www.nhs.uk${entry.path}`,
  };
}
