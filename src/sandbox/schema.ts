import {
  buildSchema,
  DirectiveLocation,
  GraphQLDirective,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLList,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLSkipDirective,
  GraphQLString,
  Kind,
  type ValueNode,
} from 'graphql';
import { schemaSdl } from '../generated/schema-sdl.js';

/** The API schema with AppSync's scalar rules (AWSJSON travels as a string holding JSON) and directives. */
export function executableSchema(): GraphQLSchema {
  const built = buildSchema(schemaSdl);
  Object.assign(built.getType('AWSJSON') as GraphQLScalarType, {
    serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)),
    parseValue: parseJsonText,
    parseLiteral: (node: ValueNode) => {
      if (node.kind !== Kind.STRING) throw new GraphQLError('AWSJSON must be a string holding JSON');
      return parseJsonText(node.value);
    },
  });
  Object.assign(built.getType('AWSDateTime') as GraphQLScalarType, {
    parseValue: (value: unknown) => {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new GraphQLError('AWSDateTime must be an ISO 8601 string');
      return value;
    },
  });
  return new GraphQLSchema({ ...built.toConfig(), directives: appSyncDirectives() });
}

/**
 * The directives AppSync's introspection reports, in its order. graphql-js's own set differs
 * (`@deprecated` on arguments and input fields, `@specifiedBy`, `@oneOf`), and graphql-core 3.2,
 * which the Python SDK's gql uses, cannot build a client schema from that.
 */
function appSyncDirectives(): GraphQLDirective[] {
  const { FIELD, FIELD_DEFINITION, OBJECT, ENUM_VALUE } = DirectiveLocation;
  const strings = { type: new GraphQLList(GraphQLString) };
  const auth = (name: string, description: string, args = {}) =>
    new GraphQLDirective({ name, description, locations: [OBJECT, FIELD_DEFINITION], args });
  return [
    GraphQLIncludeDirective,
    GraphQLSkipDirective,
    new GraphQLDirective({ name: 'defer', description: 'Accepted and ignored: results arrive whole.', locations: [FIELD] }),
    new GraphQLDirective({
      name: 'aws_publish',
      description: 'AppSync: the subscriptions a mutation publishes to.',
      locations: [FIELD_DEFINITION],
      args: { subscriptions: strings },
    }),
    auth('aws_lambda', 'AppSync: allowed to callers a Lambda authorizer admits.'),
    auth('aws_oidc', 'AppSync: allowed to callers with an OIDC token.'),
    new GraphQLDirective({
      name: 'deprecated',
      locations: [FIELD_DEFINITION, ENUM_VALUE],
      args: { reason: { type: GraphQLString, defaultValue: 'No longer supported' } },
    }),
    auth('aws_api_key', 'AppSync: allowed to callers with an API key.'),
    auth('aws_cognito_user_pools', 'AppSync: allowed to members of these Cognito groups.', { cognito_groups: strings }),
    auth('aws_iam', 'AppSync: allowed to callers signing with SigV4.'),
    new GraphQLDirective({
      name: 'aws_auth',
      description: 'AppSync: allowed to members of these Cognito groups.',
      locations: [FIELD_DEFINITION],
      args: { cognito_groups: strings },
    }),
    new GraphQLDirective({
      name: 'aws_subscribe',
      description: 'AppSync: the mutations that trigger a subscription.',
      locations: [FIELD_DEFINITION],
      args: { mutations: strings },
    }),
  ];
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
