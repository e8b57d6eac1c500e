/**
 * `content/urls.lock`: the runbook and alert URLs the internal site has published. Alert payloads, chat history and
 * bookmarks keep those links for years, so a URL that leaves the lock's list without an alias is a check error;
 * `firebreak urls lock` rewrites the file after a deliberate change.
 * File I/O: checks whether `urls.lock` exists in the content folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from './handbook.ts';
import type { Problem } from './problems.ts';
import { normalizeAlias, redirectTable } from './redirects.ts';
import { readText } from './source-file.ts';
import { urls } from './urls.ts';

export const URL_LOCK_FILE = 'urls.lock';

export interface UrlLock {
	/** Path relative to the content folder. */
	file: string;
	/** Each locked path with its 1-based line in the file. */
	paths: ReadonlyMap<string, number>;
}

/** @returns the lock of the content folder `dir` (absent when the team has not written one) and its problems. */
export function readUrlLock(dir: string): { lock?: UrlLock; problems: Problem[] } {
	if (!existsSync(join(dir, URL_LOCK_FILE))) return { problems: [] };
	const text = readText(join(dir, URL_LOCK_FILE), URL_LOCK_FILE);
	if (!text.ok) return { problems: text.problems };
	return parseUrlLock(text.value, URL_LOCK_FILE);
}

/** @returns the paths listed in a lock file's text: one per line, `#` comments and blank lines ignored. */
export function parseUrlLock(text: string, file: string): { lock: UrlLock; problems: Problem[] } {
	const paths = new Map<string, number>();
	const problems: Problem[] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const path = normalizeAlias(line);
		if (path === undefined || path !== line) {
			problems.push({
				file,
				field: '(line)',
				line: i + 1,
				expected: 'a site path with a trailing slash, like /runbooks/ledger/x/',
				found: JSON.stringify(line),
			});
		} else if (paths.has(path)) {
			problems.push({
				file,
				field: '(line)',
				line: i + 1,
				expected: 'each path once',
				found: `${path}, already on line ${paths.get(path)}`,
			});
		} else paths.set(path, i + 1);
	});
	return { lock: { file, paths }, problems };
}

/**
 * @returns the URLs the lock protects, sorted: every runbook page, every alias and every alert link target (the
 * lowercase alert forms follow their alert and are not listed).
 */
export function lockablePaths(handbook: Handbook): string[] {
	const paths = new Set([...handbook.runbooks.keys()].map((id) => urls.runbook(id)));
	for (const redirect of redirectTable(handbook))
		if (redirect.kind !== 'alert-lowercase') paths.add(redirect.from);
	return [...paths].sort();
}

/**
 * @returns the lock's new paths and what changes: `rewrite` (after a deliberate URL change) keeps exactly what the
 * site publishes now; `add` (after an import) only adds, so that no URL loses its protection by the way
 */
export function updatedUrlLock(
	handbook: Handbook,
	mode: 'rewrite' | 'add'
): { paths: string[]; added: string[]; removed: string[] } {
	const now = lockablePaths(handbook);
	const before = [...(handbook.urlLock?.paths.keys() ?? [])];
	const locked = new Set(before);
	const added = now.filter((path) => !locked.has(path));
	const removed = mode === 'rewrite' ? before.filter((path) => !now.includes(path)) : [];
	return { paths: mode === 'rewrite' ? now : [...before, ...added].sort(), added, removed };
}

/** @returns the text of a lock file listing `paths`. */
export function formatUrlLock(paths: readonly string[]): string {
	return [
		'# URLs of the internal site that alert payloads, bookmarks and chat history point at.',
		'# Written by `firebreak urls lock`. The build fails when one of them is no longer produced and no runbook',
		'# lists it in `aliases:`. Rewrite it only after a deliberate change.',
		...[...paths].sort(),
		'',
	].join('\n');
}
