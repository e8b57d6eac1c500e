/**
 * A failed build leaves nothing to deploy: a site's output folder is deleted before its build starts (so a build
 * refused for its content, a check or a leak leaves no previous output either) and again when the build fails after
 * writing part of it (a broken link, a page that failed to render, the search index).
 */
import { rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * @param dir a site's output folder
 * @param keep folders the output folder must never hold (the project, its `public/` and `src/`, the content)
 * @throws when `dir` is or holds one of `keep`: a misplaced output folder is refused rather than deleted
 */
export function removeOutput(dir: string, keep: readonly string[]): void {
	const out = resolve(dir);
	const held = keep.find((path) => {
		const inner = relative(out, resolve(path));
		return inner === '' || (!inner.startsWith('..') && !isAbsolute(inner));
	});
	if (held)
		throw new Error(
			`The output folder ${out} holds ${held}, so it is not deleted before the build: point FIREBREAK_OUT at a folder of its own.`
		);
	rmSync(out, { recursive: true, force: true });
}
