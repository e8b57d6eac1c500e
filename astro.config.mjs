// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { firebreak } from './src/integration/index.ts';
import { siteContext } from './src/integration/site.ts';

// FIREBREAK_SITE picks the site (internal | public); FIREBREAK_CONTENT the content folder; FIREBREAK_OUT the output root.
const context = siteContext();

// Astro's root is the directory the build runs in (the handbook's repository, where `.astro/` and the caches go); the
// pages, styles and public files are Firebreak's own, found beside this file wherever the package is installed.
export default defineConfig({
	srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
	publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
	site: context.handbook?.config.sites[context.site],
	outDir: context.outDir,
	cacheDir: context.cacheDir,
	integrations: firebreak(context),
	// The public entry pages carry a cacheKey (src/integration/page-keys.ts); scripts/build.ts decides whether a build
	// may reuse the previous one's pages (`--incremental`) or renders them all.
	experimental: { incrementalBuild: context.site === 'public' },
});
