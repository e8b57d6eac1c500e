// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { firebreak } from './src/integration/index.ts';

// Astro's root is the directory the build runs in (the handbook's repository, where `.astro/` and the caches go); the
// pages, styles and public files are Firebreak's own, found beside this file wherever the package is installed. The
// integration sets the site's URL, output and cache folders from its options (src/integration/options.ts), which
// FIREBREAK_SITE, FIREBREAK_CONTENT, FIREBREAK_OUT and FIREBREAK_TODAY override (the CLI's flags set those).
export default defineConfig({
	srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
	publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
	integrations: firebreak({ site: 'internal', content: 'content', outDir: 'dist' }),
});
