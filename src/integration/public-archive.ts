/**
 * The public archive of the content being built, for public pages: they import this (never `handbook()`), so they
 * only ever see `Public*` types.
 */
import type { PublicArchive } from '../model/public/index.ts';
import { siteArchive } from './site.ts';

/** @returns the public archive of the content being built. */
export function publicArchive(): PublicArchive {
	return siteArchive();
}
