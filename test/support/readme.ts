import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The named operations of the README's GraphQL block that `section` finds (a pattern whose group 1 is the block's text),
 * printed, by name: what a README example test runs as written (after `fill` puts values in its placeholders, such as
 * `<referral id>`). A block that is missing or does not parse fails the test file that asks for it.
 */
export function readmeOperations(section: RegExp, fill: (block: string) => string = (block) => block): Map<string, string> {
  const block = section.exec(README)?.[1] ?? '';
  return new Map(
    parse(fill(block))
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name !== undefined)
      .map((d) => [d.name!.value, print(d)]),
  );
}
