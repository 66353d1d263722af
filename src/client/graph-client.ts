import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { request, type Dispatcher } from 'undici';

/** A typed document from codegen's client preset (src/generated/client/): its text, and its manifest hash. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: Record<string, unknown> | undefined;
};

export interface GraphErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; reason?: string };
}

export interface GraphResponse<TResult> {
  status: number;
  data?: TResult | null;
  errors?: GraphErrorShape[];
}

export interface GraphClientOptions {
  /** The graph's GraphQL endpoint: http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent with every request (a bearer token, say). */
  headers?: Record<string, string>;
  /**
   * Send only the document's id (`documentId`: the hash in the persisted-documents manifest), never its text: what a
   * graph running with PERSISTED_DOCUMENTS_ONLY=on requires.
   */
  persisted?: boolean;
  dispatcher?: Dispatcher;
}

/** Variables are optional in the call only when the operation declares none. */
type VariablesArg<TVariables> = [TVariables] extends [Record<string, never>] ? [variables?: TVariables] : [variables: TVariables];

/**
 * A small typed client for the graph: `execute(PatientWithGpDocument, { nhsNumber })` returns `data` typed as the
 * operation's result. Errors come back as the graph sends them (coded, with the rest of the answer); only a transport
 * failure or an answer that is not GraphQL throws.
 */
export class GraphClient {
  constructor(private readonly options: GraphClientOptions) {}

  async execute<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables, headers]: [...VariablesArg<TVariables>, headers?: Record<string, string>]
  ): Promise<GraphResponse<TResult>> {
    const hash = document.__meta__?.hash;
    if (this.options.persisted && typeof hash !== 'string') throw new Error('This document has no persisted-document hash: regenerate with npm run codegen');
    const body = this.options.persisted ? { documentId: hash, variables } : { query: document.toString(), variables };
    const res = await request(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...this.options.headers, ...headers },
      body: JSON.stringify(body),
      ...(this.options.dispatcher ? { dispatcher: this.options.dispatcher } : {}),
    });
    const text = await res.body.text();
    let parsed: { data?: TResult | null; errors?: GraphErrorShape[] };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new Error(`The graph answered HTTP ${res.statusCode} with a body that is not JSON`);
    }
    return { status: res.statusCode, ...parsed };
  }
}
