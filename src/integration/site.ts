/**
 * The content as pages see it. The build's options come from `virtual:firebreak/config`; the content loaded for them
 * from runtime.ts, imported by its URL when the bundle runs, so that pages share what the integration loaded. The dev
 * server drops this module and its importers after a change (and runtime.ts reloads the content).
 */
import options from 'virtual:firebreak/config';
import type { CheckReport } from '../model/checks/report.ts';
import type { EntryKind, Finding } from '../model/checks/types.ts';
import type { Handbook } from '../model/handbook.ts';
import { formatProblems } from '../model/problems.ts';
import type { PublicArchive } from '../model/public/types.ts';
import { BuildFailure } from './build-failure.ts';
import type { SiteContext } from './site-context.ts';

const runtime = (await import(/* @vite-ignore */ options.runtime)) as typeof import('./runtime.ts');

/** @returns the content of this build */
function siteContext(): SiteContext {
	return runtime.siteContextOf(options);
}

/** @returns the loaded handbook; throws the problems' block (no stack trace) when the content is invalid. */
export function handbook(): Handbook {
	const context = siteContext();
	if (!context.handbook) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
	return context.handbook;
}

/** @returns today's date for this build (`YYYY-MM-DD`). */
export function today(): string {
	return siteContext().today;
}

/** @returns the instant this build stands for: pages with clock-dependent facts carry it as their build time. */
export function builtAt(): Date {
	const context = siteContext();
	if (!context.builtAt) throw new BuildFailure(`\n${formatProblems(context.problems)}`);
	return context.builtAt;
}

/** @returns the public archive of the content being built (public pages read it through public-archive.ts). */
export function siteArchive(): PublicArchive {
	return runtime.archiveOf(siteContext());
}

/** @returns the checks' report for pages; throws the problems when the content or its `checks:` levels are invalid. */
export function checkReport(): CheckReport {
	return runtime.checkReportOf(siteContext());
}

/** @returns the findings about one entry of this build, for the banner on its page. */
export function findingsAbout(kind: EntryKind, id: string): Finding[] {
	return runtime.findingsAbout(siteContext(), kind, id);
}
