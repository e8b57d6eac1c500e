/** What of the site-wide archive an entry page may show (page-keys.ts keys the pages by it). */
import type { PublicArchive } from '../model/public/types.ts';

/**
 * The archive's fields an entry page (and its card) may read besides its own props; a test holds the pages to this
 * list. The status of the components and the lists change with every incident, so a page reading them would have to
 * be rendered on every build.
 */
export const PAGE_FRAME = [
	'name',
	'url',
	'timeZone',
	'today',
	'staleAfterHours',
] as const satisfies readonly (keyof PublicArchive)[];
