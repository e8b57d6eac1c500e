/**
 * `firebreak build public --incremental`: the public build reuses the entry pages of the previous build whose inputs
 * are unchanged (Astro's `experimental.incrementalBuild`, keyed by src/integration/page-keys.ts) and renders the rest,
 * then runs every step of a full build on the whole output (cards, leak scan, link check, search index). Astro keeps
 * what it needs in the site's cache folder: its manifest (each page's key and its route's code hash, plus the hashes
 * of the Astro config and of the lockfile) and a copy of each page it rendered. A build without `--incremental` drops
 * both first, so it renders every page and leaves a fresh manifest for the next publish. A plain `astro build` of the
 * public site keeps them, and so reuses pages as `--incremental` does.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's names, in `<cacheDir>` (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';

/**
 * Prepares the cache folder for a full or an incremental build.
 * @returns what the build will do, to print before it starts
 */
export function prepareIncrementalBuild(cacheDir: string, incremental: boolean): string {
	if (!incremental) {
		rmSync(join(cacheDir, MANIFEST), { force: true });
		rmSync(join(cacheDir, COPIES), { recursive: true, force: true });
		return 'full build: every page is rendered';
	}
	if (!existsSync(join(cacheDir, MANIFEST)))
		return 'incremental build: no previous build of this content and output folder to reuse, so every page is rendered (a full build)';
	return 'incremental build: entry pages whose inputs are unchanged are reused, the rest rendered';
}

/**
 * @param startedMs when the build started (`Date.now()`)
 * @returns how many entry pages the build rendered and reused: Astro writes its copy of a page only when it renders it
 */
export function incrementalSummary(cacheDir: string, startedMs: number): string {
	const dir = join(cacheDir, COPIES);
	const files = existsSync(dir)
		? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
				name.endsWith('.html')
			)
		: [];
	const rendered = files.filter((name) => statSync(join(dir, name)).mtimeMs >= startedMs).length;
	const reused = files.length - rendered;
	const note =
		reused === 0 && files.length > 0
			? ' (nothing reused, so this was a full build: every page changed, or the code, the dependencies or the Astro config did)'
			: '';
	return `${rendered} entry pages rendered, ${reused} reused from the previous build${note}; list pages, feeds and API files rendered`;
}
