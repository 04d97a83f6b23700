// The esbuild options of "the core entry as a browser app would bundle it", shared by the CI size
// check (scripts/check-bundle.mjs) and the size benchmark (bench/size.mjs), so both measure the same.
export const browserBundleOptions = {
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
};
