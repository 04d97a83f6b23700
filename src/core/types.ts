// Plain types shared by core, the generated code and every layer above: no runtime code and no
// imports, so any file may import them without closing a circle.

/** Any value JSON can represent. Metadata is typed as this. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

declare const awsJson: unique symbol;
declare const awsDateTime: unique symbol;
/** An AWSJSON value as it travels: a string holding JSON. The facade hands out the parsed value. */
export type AwsJsonString = string & { readonly [awsJson]: true };
/** An AWSDateTime value as it travels: an ISO 8601 string. The facade hands out a `Date`. */
export type AwsDateTimeString = string & { readonly [awsDateTime]: true };

/** A wire result type with AWSJSON parsed and AWSDateTime turned into `Date`, as every method returns it. */
export type Decoded<T> = T extends AwsJsonString
  ? JsonValue
  : T extends AwsDateTimeString
    ? Date
    : T extends readonly (infer U)[]
      ? Decoded<U>[]
      : T extends object
        ? { [K in keyof T]: Decoded<T[K]> }
        : T;

/** Flattens an intersection so editors show the plain object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The result type for one `expand` list: the expanded fields are present keys (their value may
 * still be null where the API allows), the others are absent from the type, as from the object.
 */
export type WithExpand<T, All extends keyof T, E extends All> = Simplify<Omit<T, All> & { [K in E]-?: Exclude<T[K], undefined> }>;
