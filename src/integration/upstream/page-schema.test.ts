import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { onceForPages } from './page-schema.ts';

// What <StarlightPage> passes (a check for an imported image) and what Astro's content layer passes (a path → image
// pipe bound to one entry).
const pageContext = () =>
	({ image: () => z.custom((value) => typeof value === 'object') }) as unknown as SchemaContext;
const entryContext = () =>
	({ image: () => z.string().transform((path) => ({ src: path })) }) as unknown as SchemaContext;

describe('onceForPages', () => {
	it('builds the schema once for every page, and anew for every content entry', () => {
		let built = 0;
		const schema = onceForPages(() => ({ id: ++built }));
		const first = schema(pageContext());
		expect(schema(pageContext())).toBe(first);
		expect(schema(pageContext())).toBe(first);
		expect(schema(entryContext())).not.toBe(schema(entryContext()));
		expect(built).toBe(3);
	});
});
