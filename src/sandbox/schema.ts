import { buildSchema, GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from 'graphql';
import { schemaSdl } from '../generated/schema-sdl.js';

/** The API schema with AppSync's scalar rules: AWSJSON travels as a string holding JSON. */
export function executableSchema(): GraphQLSchema {
  const schema = buildSchema(schemaSdl);
  Object.assign(schema.getType('AWSJSON') as GraphQLScalarType, {
    serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
    parseValue: parseJsonText,
    parseLiteral: (node: ValueNode) => {
      if (node.kind !== Kind.STRING) throw new GraphQLError('AWSJSON must be a string holding JSON');
      return parseJsonText(node.value);
    },
  });
  Object.assign(schema.getType('AWSDateTime') as GraphQLScalarType, {
    parseValue: (value: unknown) => {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new GraphQLError('AWSDateTime must be an ISO 8601 string');
      return value;
    },
  });
  return schema;
}

function parseJsonText(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`AWSJSON must be a string holding JSON, got ${typeof value}`);
  try {
    JSON.parse(value);
  } catch {
    throw new GraphQLError('AWSJSON must hold valid JSON');
  }
  return value;
}
