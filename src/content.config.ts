/**
 * Astro's collections, for rendering bodies only: pages take every fact from the linked model (`src/model/`), which
 * has validated the content before Astro starts, and only `render()` an entry's body from here. So the entry
 * collections carry no schema (validating every entry a second time would cost the build for nothing); ids are the model's.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { entryId } from './model/entry-id.ts';
import { COLLECTIONS, SKIPPED_GLOBS } from './model/load-content.ts';
import { guideSchema } from './schemas/guide.ts';
import { markdownFastPath } from './integration/upstream/markdown-fast-path.ts';
import { onceForPages } from './integration/upstream/page-schema.ts';
import options from 'virtual:firebreak/config';
import { DOCS_DIR } from './integration/docs.ts';

const { contentDir, site } = options;
const generateId = ({ entry }: { entry: string }) => entryId(entry);

function collection(name: 'runbooks' | 'incidents' | 'postmortems') {
	// The public site renders bodies from their Markdown tree (model/public), never through MDX: it loads no entries.
	return defineCollection({
		loader:
			site === 'internal'
				? markdownFastPath(
						glob({
							base: `${contentDir}/${COLLECTIONS[name].folder}`,
							pattern: ['**/*.{md,mdx}', ...SKIPPED_GLOBS],
							generateId,
						})
					)
				: () => [],
	});
}

export const collections = {
	// Guides are Starlight pages (ids `guides/...`, so they live under /guides/); the public site has none.
	docs: defineCollection({
		loader:
			site === 'internal'
				? markdownFastPath(
						glob({
							base: contentDir,
							pattern: ['guides/**/*.{md,mdx}', ...SKIPPED_GLOBS],
							generateId,
						})
					)
				: () => [],
		// Our pages are all StarlightPages, which rebuild this schema per page without onceForPages.
		schema: onceForPages(docsSchema({ extend: guideSchema })),
	}),
	runbooks: collection('runbooks'),
	incidents: collection('incidents'),
	postmortems: collection('postmortems'),
	// Firebreak's own manual (src/docs/, shipped with the package), the "Firebreak" section of the handbook.
	firebreakDocs: defineCollection({
		loader: site === 'internal' ? glob({ base: DOCS_DIR, pattern: '*.md' }) : () => [],
		schema: z.strictObject({ title: z.string(), description: z.string() }),
	}),
};
