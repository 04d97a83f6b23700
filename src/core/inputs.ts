import type { ClipWindowInput, OptionsInput, OutputType } from '../generated/graphql.js';
import { schemaEnums } from '../generated/schema-map.js';
import { knownKeys, optionalArray, optionalBoolean, optionalOneOf, oneOf, optionalTimeWindow, requireObject } from './validate.js';

// Validators for the schema's input objects shared by several resources.

const OPTION_FLAGS = ['floorPlane', 'trackBall', 'trackFingers', 'trackJerseyNumbers'] as const;

export function optionalJobOptions(value: unknown, field = 'options'): OptionsInput | undefined {
  if (value === undefined) return undefined;
  const o = requireObject(value, field);
  knownKeys(o, [...OPTION_FLAGS, 'mocapModel'], field);
  const out: OptionsInput = {};
  for (const flag of OPTION_FLAGS) {
    const v = optionalBoolean(o[flag], `${field}.${flag}`);
    if (v !== undefined) out[flag] = v;
  }
  const model = optionalOneOf(o.mocapModel, `${field}.mocapModel`, schemaEnums.MocapModelOptionsInput);
  if (model !== undefined) out.mocapModel = model;
  return out;
}

export function optionalOutputs(value: unknown, field = 'outputs'): OutputType[] | undefined {
  return optionalArray(value, field, (v, f) => oneOf(v, f, schemaEnums.OutputType));
}

export function optionalClipWindow(value: unknown, field = 'clipWindow'): ClipWindowInput | undefined {
  return optionalTimeWindow(value, field);
}
