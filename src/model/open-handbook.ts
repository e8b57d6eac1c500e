/** Load and link a content folder in one step: the entry point of the CLI, the integration and the pages. */
import { linkHandbook } from './link-handbook.ts';
import { loadContent, type LoadOptions } from './load-content.ts';
import type { Handbook } from './handbook.ts';
import type { Problem } from './problems.ts';

/** @returns the handbook, or the complete list of problems that keep it from being built. */
export function openHandbook(dir: string, options: LoadOptions = {}): { handbook: Handbook; problems: [] } | { handbook?: undefined; problems: Problem[] } {
	const loaded = loadContent(dir, options);
	if (!loaded.content) return { problems: loaded.problems };
	const linked = linkHandbook(loaded.content);
	const problems = [...loaded.problems, ...linked.problems];
	return problems.length > 0 ? { problems } : { handbook: linked.handbook, problems: [] };
}
