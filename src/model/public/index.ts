/**
 * The public projection: the only way content reaches the public site. Pages, feeds, the API and Open Graph cards
 * use `buildPublicArchive()` and the `Public*` types; the leak scan uses `confidentialValues()`.
 */
export { buildPublicArchive } from './archive.ts';
export { confidentialValues, internalRuns, RUN_LENGTH, type Confidential } from './confidential.ts';
export { PublicBodyError } from './render-body.ts';
export type { PublicArchive } from './types.ts';
