/**
 * `virtual:firebreak/config`: the build options, validated once by the integration, as the pages, endpoints and the
 * content config read them (Starlight hands its own options to its pages the same way). Plain JSON: the pages load
 * the content themselves (site.ts), since Astro bundles them apart from the integration's modules.
 */
import type { Plugin } from 'vite';
import type { BuildOptions } from './site-context.ts';

export const CONFIG_MODULE = 'virtual:firebreak/config';
const RESOLVED = `\0${CONFIG_MODULE}`;

/** @returns the Vite plugin that serves {@link CONFIG_MODULE} */
export function configModule(options: BuildOptions): Plugin {
	return {
		name: 'firebreak:config',
		resolveId: (id) => (id === CONFIG_MODULE ? RESOLVED : undefined),
		load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(options)};` : undefined),
	};
}
