/**
 * URL rules: a published runbook or alert URL never disappears without an alias, and aliases are paths a static host
 * can serve without shadowing another page.
 */
import type { Handbook } from '../handbook.ts';
import { normalizeAlias, pagePaths, redirectTable } from '../redirects.ts';
import { lockablePaths, URL_LOCK_FILE } from '../url-lock.ts';
import { urls } from '../urls.ts';
import type { RawFinding, Rule } from './types.ts';

/** @returns every path the site produces: its pages and every redirect. */
function producedPaths(handbook: Handbook): Set<string> {
	return new Set([
		...pagePaths(handbook),
		...redirectTable(handbook).map((redirect) => redirect.from),
	]);
}

export const urlRules: Rule[] = [
	{
		id: 'url-lost',
		defaultLevel: 'error',
		summary:
			'Every URL in `urls.lock` is still produced: a page, an alert link or a runbook alias.',
		fix: 'Add the old path to the `aliases:` of the runbook that replaced it; after a deliberate removal, run `firebreak urls lock`.',
		check: ({ handbook }) => {
			if (!handbook.urlLock) return [];
			const produced = producedPaths(handbook);
			return [...handbook.urlLock.paths]
				.filter(([path]) => !produced.has(path))
				.map(([path, line]) => ({
					file: handbook.urlLock!.file,
					field: `line ${line}`,
					message: `${path} is locked but no longer produced, and no runbook lists it in aliases:`,
				}));
		},
	},
	{
		id: 'url-not-locked',
		defaultLevel: 'warn',
		summary: 'Every runbook, alias and alert URL is in `urls.lock`, so the build protects it.',
		fix: 'Run `firebreak urls lock` and commit `urls.lock`.',
		check: ({ handbook }) => {
			const missing = lockablePaths(handbook).filter((path) => !handbook.urlLock?.paths.has(path));
			if (missing.length === 0) return [];
			const listed = `${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`;
			const message = handbook.urlLock
				? `does not list ${listed}`
				: `does not exist yet: ${missing.length} published URLs are unprotected`;
			return [{ file: URL_LOCK_FILE, field: '(file)', message }];
		},
	},
	{
		id: 'url-alias',
		defaultLevel: 'error',
		summary:
			"A runbook's `aliases` are plain site paths that no page, alert link or other runbook's alias already uses.",
		fix: 'Remove the alias, or fix the path (like `/runbooks/old-name/`).',
		check: ({ handbook }) => {
			const pages = pagePaths(handbook);
			const owners = new Map(redirectTable(handbook).map((redirect) => [redirect.from, redirect]));
			return [...handbook.runbooks.values()].flatMap((runbook) =>
				runbook.data.aliases.flatMap((alias, i): RawFinding[] => {
					const on = (message: string) => [
						{
							file: runbook.file,
							field: `aliases.${i}`,
							message,
							entry: { kind: 'runbook' as const, id: runbook.id },
						},
					];
					const path = normalizeAlias(alias);
					if (path === undefined)
						return on(
							`${JSON.stringify(alias)} is not a plain site path (letters, digits, "-", "_", "." and "/")`
						);
					if (path === urls.runbook(runbook.id)) return on(`${path} is this runbook's own URL`);
					if (pages.has(path)) return on(`${path} is the URL of another page`);
					const owner = owners.get(path);
					if (owner && owner.runbook !== runbook) {
						return on(
							`${path} already leads to ${owner.runbook.file}${owner.alert ? ` (the link of alert ${owner.alert})` : ' (its alias)'}`
						);
					}
					return [];
				})
			);
		},
	},
];
