/**
 * Starlight's `<StarlightPage>` builds the docs collection's schema anew for every page it renders, a cost that grows
 * with the site, where every page is a `StarlightPage`. The image helper it builds the schema
 * with only checks for an imported image and binds nothing, so one schema can serve every page. Astro's content layer
 * binds each entry's path into its helper (relative hero images resolve from the entry), so it still gets a fresh
 * schema each time.
 *
 * Upstream: no withastro/starlight issue found; `getStarlightPageFrontmatter` in Starlight's
 * dist/utils/starlight-page.js builds the schema per call. Guarded by upstream.test.ts (the `z.custom` image check).
 */
import type { SchemaContext } from 'astro:content';

/** @returns `build`, building once for every call whose image helper binds nothing (a `z.custom` check) */
export function onceForPages<S>(
	build: (context: SchemaContext) => S
): (context: SchemaContext) => S {
	let forPages: S | undefined;
	return (context) => (bindsNothing(context) ? (forPages ??= build(context)) : build(context));
}

/** Astro's helper is a `string → image` pipe tied to an entry; StarlightPage's is a plain `z.custom` check. */
function bindsNothing(context: SchemaContext): boolean {
	return (context.image() as { _zod?: { def?: { type?: string } } })._zod?.def?.type === 'custom';
}
