export function leanMaps(dir: string, include?: (path: string) => boolean): void;
