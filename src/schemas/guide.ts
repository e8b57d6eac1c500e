/**
 * `content/guides/**\/*.mdx`: free pages (on-call, incident commander, comms). Starlight's docs schema validates the
 * rest of their frontmatter; this is what Firebreak itself relies on.
 */
import { z } from 'zod';
import { text } from './primitives.ts';

export const guideSchema = z
	.looseObject({
		title: text,
		description: text
			.optional()
			.describe('One line under the title, also used by search and link previews.'),
	})
	.describe(
		"The frontmatter of a guide (guides/**/*.mdx): a Starlight page, which may use any of Starlight's frontmatter."
	);

export type GuideData = z.output<typeof guideSchema>;
