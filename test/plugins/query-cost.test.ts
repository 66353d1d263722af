import { buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/plugins/query-cost.js';

const schema = buildSchema(`
  directive @source(api: String!) on FIELD_DEFINITION
  type Query {
    org(code: String!): Org @source(api: "ods")
    orgs(first: Int = 20): OrgConnection! @source(api: "ods")
    search(input: SearchInput!): SearchResult! @source(api: "pds")
    about: String
  }
  input SearchInput { family: String maxResults: Int }
  type SearchResult { matches: [Match!]! }
  type Match { org: Org @source(api: "ods") }
  type OrgConnection { nodes: [Org!]! }
  type Org { name: String endpoints: [Endpoint!] @source(api: "sds") }
  type Endpoint { asid: String @source(api: "sds") address: String }
`);

function cost(query: string, variables: Record<string, unknown> = {}, defaultListSize = 10): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return operationCost(schema, operation, fragments, variables, { defaultListSize });
}

describe('operationCost: the most upstream calls an operation can make', () => {
  it('is zero for fields with no @source', () => {
    expect(cost('{ about }')).toBe(0);
  });

  it('counts each @source field once per object it is resolved on', () => {
    expect(cost('{ org(code: "A") { name } }')).toBe(1);
    expect(cost('{ org(code: "A") { name endpoints { address } } }')).toBe(2);
    // Each of the (assumed 10) endpoints resolves asid.
    expect(cost('{ org(code: "A") { endpoints { asid } } }')).toBe(12);
  });

  it("takes a connection's size from its `first`, given or defaulted, and applies it to the list under it", () => {
    expect(cost('{ orgs(first: 3) { nodes { endpoints { address } } } }')).toBe(1 + 3);
    expect(cost('{ orgs { nodes { endpoints { address } } } }')).toBe(1 + 20);
    expect(cost('query($n: Int) { orgs(first: $n) { nodes { endpoints { address } } } }', { n: 7 })).toBe(1 + 7);
  });

  it('reads a size inside an input object, from a literal or a variable', () => {
    expect(cost('{ search(input: { family: "X", maxResults: 50 }) { matches { org { name } } } }')).toBe(1 + 50);
    expect(cost('query($i: SearchInput!) { search(input: $i) { matches { org { name } } } }', { i: { maxResults: 4 } })).toBe(1 + 4);
    expect(cost('{ search(input: { family: "X" }) { matches { org { name } } } }', {}, 25)).toBe(1 + 25);
  });

  it('counts fields reached through named and inline fragments, and aliases separately', () => {
    expect(cost('{ a: org(code: "A") { ...O } b: org(code: "B") { ... on Org { endpoints { address } } } } fragment O on Org { endpoints { address } }')).toBe(
      4,
    );
  });
});

describe('operationCost kept per operation', () => {
  const operationOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
    );
    return { operation, fragments };
  };

  it('costs an operation that reads no variable once: asked again, it is not walked (its fragments are not read)', () => {
    const { operation, fragments } = operationOf('query($c: String!) { org(code: $c) { ...O } } fragment O on Org { endpoints { asid } }');
    expect(operationCost(schema, operation, fragments, { c: 'A' }, { defaultListSize: 10 })).toBe(12);
    // Walked again without its fragments, the operation would cost 1.
    expect(operationCost(schema, operation, {}, { c: 'B' }, { defaultListSize: 10 })).toBe(12);
    // Another default list size is another cost.
    expect(operationCost(schema, operation, fragments, { c: 'A' }, { defaultListSize: 3 })).toBe(5);
  });

  it('costs an operation whose size comes from a variable afresh for every request', () => {
    const sized = operationOf('query($n: Int) { orgs(first: $n) { nodes { endpoints { address } } } }');
    expect(operationCost(schema, sized.operation, sized.fragments, { n: 7 }, { defaultListSize: 10 })).toBe(1 + 7);
    expect(operationCost(schema, sized.operation, sized.fragments, { n: 40 }, { defaultListSize: 10 })).toBe(1 + 40);
    const searched = operationOf('query($i: SearchInput!) { search(input: $i) { matches { org { name } } } }');
    expect(operationCost(schema, searched.operation, searched.fragments, { i: { maxResults: 4 } }, { defaultListSize: 10 })).toBe(1 + 4);
    expect(operationCost(schema, searched.operation, searched.fragments, { i: { maxResults: 30 } }, { defaultListSize: 10 })).toBe(1 + 30);
    const nested = operationOf('query($m: Int) { search(input: { family: "X", maxResults: $m }) { matches { org { name } } } }');
    expect(operationCost(schema, nested.operation, nested.fragments, { m: 2 }, { defaultListSize: 10 })).toBe(1 + 2);
    expect(operationCost(schema, nested.operation, nested.fragments, { m: 9 }, { defaultListSize: 10 })).toBe(1 + 9);
  });
});
