import './dom-shim.js';
// Every typed document and its result and variable types, for apps that run their own queries
// (with `ugc.request` or their own urql client).
export * from './generated/graphql.js';
export { schemaEnums } from './generated/schema-map.js';
