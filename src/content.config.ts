/**
 * Astro's collections, for rendering MDX bodies. They use the same schemas and ids as `src/model/`; pages take their
 * facts from the model and only `render()` bodies from here.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'zod';
import { entryId } from './model/entry-id.ts';
import { COLLECTIONS, SKIPPED_GLOBS } from './model/load-content.ts';
import { contentSchemas } from './schemas/index.ts';
import { guideSchema } from './schemas/guide.ts';
import { markdownFastPath } from './integration/markdown-fast-path.ts';
import { handbook, siteContext } from './integration/site.ts';

const { contentDir, site } = siteContext();
const schemas = contentSchemas(handbook().config);
const generateId = ({ entry }: { entry: string }) => entryId(entry);

function collection<S extends ZodType>(name: 'runbooks' | 'incidents' | 'postmortems', schema: S) {
	return defineCollection({
		// The public site renders bodies from their Markdown tree (model/public), never through MDX: it loads no entries.
		loader: site === 'internal' ? markdownFastPath(glob({ base: `${contentDir}/${COLLECTIONS[name].folder}`, pattern: ['**/*.{md,mdx}', ...SKIPPED_GLOBS], generateId })) : () => [],
		schema,
	});
}

export const collections = {
	// Guides are Starlight pages (ids `guides/...`, so they live under /guides/); the public site has none.
	docs: defineCollection({
		loader: markdownFastPath(glob({ base: contentDir, pattern: site === 'internal' ? ['guides/**/*.{md,mdx}', ...SKIPPED_GLOBS] : 'guides/.none', generateId })),
		schema: docsSchema({ extend: guideSchema }),
	}),
	runbooks: collection('runbooks', schemas.runbook),
	incidents: collection('incidents', schemas.incident),
	postmortems: collection('postmortems', schemas.postmortem),
};
