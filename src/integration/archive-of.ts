/** The public archive of loaded content, made once per loaded content from its handbook and clock. */
import { formatProblems } from '../model/problems.ts';
import { buildPublicArchive, PublicBodyError, type PublicArchive } from '../model/public/index.ts';
import { BuildFailure } from './build-failure.ts';
import type { SiteContext } from './site-context.ts';

const memo = new WeakMap<SiteContext, PublicArchive>();

/** @returns the public archive of a build's content; throws the problems when the content is invalid. */
export function archiveOf(context: SiteContext): PublicArchive {
	if (!context.handbook) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
	let archive = memo.get(context);
	if (!archive) {
		archive = buildPublicArchive(context.handbook, context.today);
		memo.set(context, archive);
	}
	return archive;
}

/**
 * Builds the archive before Astro renders anything, so that a body the public site refuses (MDX code, components)
 * stops the build with the usual problem block (file, line, field) instead of a page-rendering stack trace.
 */
export function assertPublishable(context: SiteContext): void {
	try {
		archiveOf(context);
	} catch (error) {
		if (error instanceof PublicBodyError)
			throw new BuildFailure(`\n${formatProblems([error.problem])}`);
		throw error;
	}
}
