/** `firebreak urls lock`: rewrite `urls.lock` with every runbook, alias and alert URL the site publishes now. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { formatUrlLock, updatedUrlLock, URL_LOCK_FILE } from '../../src/model/url-lock.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const urlsCommand: Command = {
	summary: 'rewrite urls.lock after a deliberate URL change (lock)',
	usage: 'firebreak urls lock [--content <dir>]',
	run(args) {
		const { positionals } = parseCommand({
			args,
			options: { ...SHARED.content },
			allowPositionals: true,
		});
		if (positionals.length !== 1 || positionals[0] !== 'lock')
			throw new UsageError('say what to do: lock');
		const dir = contentDir();
		const opened = openHandbook(dir);
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		const { paths, added, removed } = updatedUrlLock(opened.handbook, 'rewrite');
		writeFileSync(join(dir, URL_LOCK_FILE), formatUrlLock(paths));
		for (const path of removed) console.log(`- ${path}`);
		for (const path of added) console.log(`+ ${path}`);
		console.log(
			`✔ ${URL_LOCK_FILE}: ${paths.length} URLs (${added.length} added, ${removed.length} removed).`
		);
		return 0;
	},
};
