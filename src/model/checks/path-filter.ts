/**
 * The paths a person names to `firebreak check` (`runbooks/search-api/`), as content-relative paths: written from the
 * current folder (`content/runbooks/search-api`, tab-completed) or from the content folder, both work.
 * File I/O: looks up the named paths in the content folder, to say which part of a wrong one exists.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { didYouMean } from '../../schemas/did-you-mean.ts';

/** A path that names nothing in the content folder; the message says so, with the nearest names there. */
export class PathError extends Error {}

/**
 * @param arg a file or folder, relative to `cwd` or to the content folder `dir`
 * @returns its path relative to `dir` with `/` separators (`''` for `dir` itself)
 */
export function contentPath(arg: string, dir: string, cwd = process.cwd()): string {
	const inside = (path: string) => {
		const rel = relative(dir, path);
		return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
			? rel.split(sep).join('/')
			: undefined;
	};
	const fromCwd = resolve(cwd, arg);
	for (const path of [fromCwd, resolve(dir, arg)]) {
		const rel = inside(path);
		if (rel !== undefined && existsSync(path)) return rel;
	}
	if (existsSync(fromCwd))
		throw new PathError(`${arg} is outside the content folder ${relative(cwd, dir) || '.'}`);
	const hint = nearestNames(
		inside(fromCwd) ?? inside(resolve(dir, arg)) ?? '',
		dir,
		/[\\/]$/.test(arg)
	);
	throw new PathError(
		`${arg}: no such file or folder in the content folder ${relative(cwd, dir) || '.'}${hint ? `; ${hint}` : ''}`
	);
}

/**
 * @param folder whether the path was written as a folder (`runbooks/search-api/`)
 * @returns "did you mean" for the first part of `rel` that does not exist, among the names in the folder above it
 */
function nearestNames(rel: string, dir: string, folder: boolean): string | undefined {
	const parts = rel.split('/').filter(Boolean);
	let i = 0;
	while (i < parts.length && existsSync(join(dir, ...parts.slice(0, i + 1)))) i++;
	const parent = join(dir, ...parts.slice(0, i));
	if (i === parts.length || !statSync(parent).isDirectory()) return undefined;
	const before = parts
		.slice(0, i)
		.map((part) => `${part}/`)
		.join('');
	const after = parts.length > i + 1 || folder ? '/' : '';
	return didYouMean(parts[i]!, readdirSync(parent), (name) => `\`${before}${name}${after}\``);
}
