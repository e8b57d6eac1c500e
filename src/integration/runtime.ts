/**
 * What the pages' bundle imports when it runs (site.ts): Astro bundles the pages apart from the integration, and
 * imports the bundle into the process the integration runs in. Imported by its URL, this module and the ones below
 * are the integration's own instances, so the pages see the content, archive and checks the integration loaded and
 * checked, read once per process.
 */
export { siteContextOf } from './site-context.ts';
export { archiveOf } from './archive-of.ts';
export { checkReportOf, findingsAbout } from './checks.ts';
