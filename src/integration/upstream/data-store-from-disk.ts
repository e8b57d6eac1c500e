/**
 * Keeps the content layer's data store out of the build's bundle. Astro serves `astro:data-layer-content` as a module
 * holding the whole store as one string literal (`export default JSON.parse("…")`), which the bundler parses,
 * transforms and writes out, and the page renderer then parses again as code. The store grows with the content
 * (rendered HTML of the Markdown entries, most of it), and that one module set the peak memory of Astro's process
 * while bundling. A build only renders pages on this machine, from the file content sync just wrote, so the
 * module here reads that file when the pages render instead. Builds only: the dev server keeps Astro's module, which
 * it reloads when content changes.
 *
 * Upstream: the store as one bundled module is Astro's design, not a bug report; withastro/astro#17301 (content sync
 * out of memory on large Starlight sites) is the same cost, and withastro/astro#17296 added the experimental
 * `experimental.collectionStorage: 'chunked'`, which splits the module but still bundles it. Guarded by
 * upstream.test.ts (the module id, the file name, the file under `cacheDir`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';

type ViteConfig = NonNullable<AstroConfig['vite']>;

const ASTRO_MODULE = 'astro:data-layer-content';
const MODULE = 'virtual:firebreak/data-store';
const RESOLVED = `\0${MODULE}`;
/** Where Astro's content sync writes the store in a build (astro/dist/content/paths.js, `getDataStoreFile`). */
const STORE_FILE = 'data-store.json';

/** @returns the Vite config that points `astro:data-layer-content` at a module reading the store from `cacheDir` */
export function dataStoreFromDisk(cacheDir: URL): ViteConfig {
	const file = fileURLToPath(new URL(STORE_FILE, cacheDir));
	return {
		// An alias applies before any plugin resolves the id, so Astro's own module is never built.
		resolve: { alias: [{ find: new RegExp(`^${ASTRO_MODULE}$`), replacement: MODULE }] },
		plugins: [
			{
				name: 'firebreak:data-store-from-disk',
				resolveId: (source) => (source === MODULE ? RESOLVED : undefined),
				// The same default as Astro's module, including an empty store when there is no file.
				load: (id) =>
					id === RESOLVED
						? [
								`import { existsSync, readFileSync } from 'node:fs';`,
								`const file = ${JSON.stringify(file)};`,
								`export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
							].join('\n')
						: undefined,
			},
		],
	};
}
