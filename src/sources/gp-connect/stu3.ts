import { ODS_CODE_SYSTEM, type FhirCodeableConcept, type FhirExtension, type FhirReference } from '../fhir.js';
import type { StuBundle, StuResource } from './wire.js';

/** A coded value as the graph shows it: the text a clinician wrote and every coding (SNOMED CT, ...). */
export interface GpCodeModel {
  text: string | null;
  /** The text, else the first coding's display. */
  display: string | null;
  codings: { system: string | null; code: string | null; display: string | null }[];
}

export function mapCode(cc: FhirCodeableConcept | undefined): GpCodeModel | null {
  if (!cc) return null;
  const codings = (cc.coding ?? []).map((c) => ({ system: c.system?.trim() ?? null, code: c.code ?? null, display: c.display ?? null }));
  const display = cc.text ?? codings.find((c) => c.display)?.display ?? null;
  return { text: cc.text ?? null, display, codings };
}

/** An extension by the end of its URL (GP Connect publishes some under both fhir.nhs.uk and fhir.hl7.org.uk). */
export function extensionEndingWith(resource: { extension?: FhirExtension[] }, suffix: string): FhirExtension | undefined {
  return resource.extension?.find((e) => e.url.endsWith(suffix));
}

/** The resources of a Bundle, with those contained in them, looked up by `Type/id` (and `#id` for contained ones). */
export class ResourceIndex {
  private readonly byRef = new Map<string, StuResource>();
  readonly all: StuResource[] = [];

  constructor(bundle: StuBundle | undefined) {
    for (const entry of bundle?.entry ?? []) {
      const resource = entry.resource;
      if (!resource) continue;
      this.add(resource);
      for (const contained of resource.contained ?? []) {
        this.add(contained);
        if (contained.id) this.byRef.set(`#${contained.id}`, contained);
      }
    }
  }

  private add(resource: StuResource): void {
    this.all.push(resource);
    if (resource.id) this.byRef.set(`${resource.resourceType}/${resource.id}`, resource);
  }

  /** The resource a reference points at, when the Bundle carries it and it is of the type asked for. */
  resolve<R extends StuResource>(ref: FhirReference | undefined, type: R['resourceType']): R | undefined {
    const found = ref?.reference ? this.byRef.get(ref.reference) : undefined;
    return found?.resourceType === type ? (found as R) : undefined;
  }

  /** Every resource of a type, once each (a resource listed twice is the same resource). */
  ofType<R extends StuResource>(type: R['resourceType']): R[] {
    const seen = new Set<string>();
    return this.all.filter((r): r is R => {
      if (r.resourceType !== type) return false;
      const key = r.id ?? JSON.stringify(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** The ODS code of an Organization resource. */
export function odsCodeOf(org: { identifier?: { system?: string; value?: string }[] } | undefined): string | null {
  return org?.identifier?.find((i) => i.system === ODS_CODE_SYSTEM)?.value?.toUpperCase() ?? null;
}

/** The logical id at the end of a reference or URL: 'Slot/123' -> '123'. */
export function idOf(reference: string | undefined): string | null {
  if (!reference) return null;
  const id = reference.split('/').pop();
  return id ? id : null;
}

export function notes(resource: { note?: { text?: string }[] }): string[] {
  return (resource.note ?? []).flatMap((n) => (n.text ? [n.text] : []));
}
