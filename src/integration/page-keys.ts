/**
 * The `cacheKey` of each public entry page (an incident, a postmortem, a maintenance window), for Astro's incremental
 * build (`experimental.incrementalBuild`): Astro reuses a page's previous output when its key and its route's code
 * (Astro hashes the compiled module graph, Starlight's layout and our components included) are unchanged, and renders
 * it again otherwise. So the key holds every input of the page that is not code: its props, the archive's site-wide
 * facts that entry pages read (PAGE_FRAME, page-frame.ts), the whole handbook.yaml as validated and, for a page that shows
 * the build's time (an ongoing incident, an open maintenance window), that time. Another Firebreak version is other
 * code (and another lockfile, whose hash Astro also compares), so its first build renders every page. The list pages,
 * feeds and API files have no key: they are rendered on every build.
 */
import { createHash } from 'node:crypto';
import type { PublicArchive } from '../model/public/types.ts';
import { PAGE_FRAME } from './page-frame.ts';
import { builtAt, handbook } from './site.ts';

/**
 * @param archive the build's public archive
 * @param props the page's props, as `getStaticPaths` passes them
 * @param showsBuildTime whether the page shows the build's time (a stale notice, an "ongoing for")
 * @returns the page's incremental-build key
 */
export function publicPageKey(
	archive: PublicArchive,
	props: object,
	showsBuildTime: boolean
): string {
	const frame = Object.fromEntries(PAGE_FRAME.map((field) => [field, archive[field]]));
	const inputs = [handbook().config, frame, props, showsBuildTime ? builtAt().toISOString() : null];
	return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}
