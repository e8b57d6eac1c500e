#!/usr/bin/env node
/** The `firebreak` command line. Loads content through `src/model/` only: no Astro, fast enough for a pre-commit hook. */
import { contentDir } from '../src/model/content-dir.ts';
import { openHandbook } from '../src/model/open-handbook.ts';
import { formatProblems } from '../src/model/problems.ts';

const [command] = process.argv.slice(2);

if (command === 'check') {
	const dir = contentDir();
	const opened = openHandbook(dir);
	if (!opened.handbook) {
		console.error(formatProblems(opened.problems));
		process.exit(1);
	}
	console.log(`✔ ${dir}: content is valid.`);
} else {
	console.error('usage: firebreak check');
	process.exit(2);
}
