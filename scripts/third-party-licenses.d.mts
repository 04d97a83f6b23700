export interface BundledPackage {
  name: string;
  version: string;
  license: string | undefined;
  dir: string;
}
export function bundledPackages(roots: readonly string[], fromDir?: string): BundledPackage[];
export function writeThirdPartyLicenses(roots: readonly string[], outFile: string): void;
