import {
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isInterfaceType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/** What an app developer sees without a description: every schema coordinate the served schema leaves undescribed. */
export interface DescriptionAudit {
  /** Counts of (described, total) per kind of schema element. */
  counts: Record<'types' | 'fields' | 'arguments' | 'enumValues' | 'inputFields' | 'directiveArguments', { described: number; total: number }>;
  /** Coordinates with no description (Type, Type.field, Type.field(arg:), Enum.VALUE, Input.field, @directive(arg:)). */
  missing: string[];
}

/**
 * Audits the descriptions of a schema's own types (introspection types, the specified scalars and directives and
 * federation's `_`-prefixed additions are graphql's, not ours).
 */
export function auditDescriptions(schema: GraphQLSchema): DescriptionAudit {
  const counts: DescriptionAudit['counts'] = {
    types: { described: 0, total: 0 },
    fields: { described: 0, total: 0 },
    arguments: { described: 0, total: 0 },
    enumValues: { described: 0, total: 0 },
    inputFields: { described: 0, total: 0 },
    directiveArguments: { described: 0, total: 0 },
  };
  const missing: string[] = [];
  const see = (kind: keyof DescriptionAudit['counts'], coordinate: string, description: string | null | undefined): void => {
    counts[kind].total += 1;
    if (description && description.trim().length > 0) counts[kind].described += 1;
    else missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type) || type.name.startsWith('_')) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    if (!root) see('types', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        see('fields', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) see('arguments', `${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) see('inputFields', `${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) see('enumValues', `${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // A union's description is its only text: counted with the types above.
    }
  }
  for (const directive of schema.getDirectives()) {
    if (['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name)) continue;
    for (const arg of directive.args) see('directiveArguments', `@${directive.name}(${arg.name}:)`, arg.description);
  }
  return { counts, missing };
}
