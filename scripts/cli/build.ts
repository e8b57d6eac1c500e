/** `firebreak build [internal|public]`: validate and check the content, then build both sites (or the one named). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SITES } from '../../src/integration/site-context.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

// The build runs in a process of its own (scripts/build.ts, which `npm run build` in Firebreak's repository runs too).
const BUILD_SCRIPT = join(import.meta.dirname, '../build.ts');

export const build: Command = {
	summary:
		'validate and check the content, then build <out>/internal/ and <out>/public/ (or one site)',
	usage:
		'firebreak build [internal|public] [--incremental] [--content <dir>] [--out <dir>] [--today YYYY-MM-DD]',
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.out,
				...SHARED.today,
				incremental: { type: 'boolean', default: false },
			},
			allowPositionals: true,
		});
		const unknown = positionals.find((site) => !(SITES as readonly string[]).includes(site));
		if (unknown !== undefined)
			throw new UsageError(`the site is ${SITES.join(' or ')}; found ${JSON.stringify(unknown)}`);
		return (
			spawnSync(
				process.execPath,
				[BUILD_SCRIPT, ...new Set(positionals), ...(values.incremental ? ['--incremental'] : [])],
				{ stdio: 'inherit' }
			).status ?? 1
		);
	},
};
