import { fileURLToPath, pathToFileURL } from 'node:url';

/** A folder of the repository's own test data, whether tests run from test/ (tsx) or dist/test/ (npm test). */
export function repoUrl(relative: string): URL {
  const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');
  return new URL(relative, pathToFileURL(root));
}
