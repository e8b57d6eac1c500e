/**
 * The public archive of this build, made once per process from the handbook and the injected clock. Public pages
 * import this (never `handbook()`), so they only ever see `Public*` types.
 */
import { formatProblems } from '../model/problems.ts';
import { buildPublicArchive, PublicBodyError, type PublicArchive } from '../model/public/index.ts';
import { handbook, today } from './site.ts';
import { BuildFailure } from './build-failure.ts';

const KEY = Symbol.for('firebreak.publicArchive');
type Memo = { [KEY]?: WeakMap<object, PublicArchive> };

/** @returns the public archive of the content being built. */
export function publicArchive(): PublicArchive {
	const hb = handbook();
	const memo = ((globalThis as Memo)[KEY] ??= new WeakMap());
	let archive = memo.get(hb);
	if (!archive) {
		archive = buildPublicArchive(hb, today());
		memo.set(hb, archive);
	}
	return archive;
}

/**
 * Builds the archive before Astro renders anything, so that a body the public site refuses (MDX code, components)
 * stops the build with the usual problem block (file, line, field) instead of a page-rendering stack trace.
 */
export function assertPublishable(): void {
	try {
		publicArchive();
	} catch (error) {
		if (error instanceof PublicBodyError) throw new BuildFailure(`\n${formatProblems([error.problem])}`);
		throw error;
	}
}
