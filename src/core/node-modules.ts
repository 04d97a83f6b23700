/**
 * Loads a Node built-in when first needed. The specifier is passed as a variable so that bundlers
 * targeting browsers leave it alone: the code paths that call this run only in Node (file paths,
 * uploads through node:http), and the browser build stays free of Node modules.
 */
export function nodeModule<T>(specifier: `node:${string}`): Promise<T> {
  return import(specifier) as Promise<T>;
}
