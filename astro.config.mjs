// @ts-check
import { defineConfig } from 'astro/config';
import { firebreak } from './src/integration/index.ts';
import { siteContext } from './src/integration/site.ts';

// FIREBREAK_SITE picks the site (internal | public); FIREBREAK_CONTENT the content folder; FIREBREAK_OUT the output root.
const context = siteContext();

export default defineConfig({
	site: context.handbook?.config.sites[context.site],
	outDir: context.outDir,
	cacheDir: context.cacheDir,
	integrations: firebreak(context),
});
