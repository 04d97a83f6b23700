// graphql-codegen plugin: the schema as SDL in a module, so the sandbox serves it without reading
// files at run time (it works the same from src/, from dist/ and inside a consumer's bundle).
'use strict';
const { printSchema } = require('graphql');

function plugin(schema) {
  return `/** The API schema the sandbox executes. */\nexport const schemaSdl = ${JSON.stringify(printSchema(schema))};\n`;
}

module.exports = { plugin };
