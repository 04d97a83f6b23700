// Plain types shared by core, the generated code and every layer above: no runtime code and no
// imports, so any file may import them without closing a circle.

/** Any value JSON can represent. Metadata is typed as this. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Flattens an intersection so editors show the plain object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The result type for one `expand` list: the expanded fields are present keys (their value may
 * still be null where the API allows), the others are absent from the type, as from the object.
 */
export type WithExpand<T, All extends keyof T, E extends All> = Simplify<Omit<T, All> & { [K in E]-?: Exclude<T[K], undefined> }>;
