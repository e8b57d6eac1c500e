/** `firebreak preview [internal|public]`: serve a built site from `<out>/<site>/` as its host would. */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { buildOptionsFromEnv } from '../../src/integration/site-context.ts';
import { parseCommand, SHARED } from './args.ts';
import { runAstro, siteOf } from './astro.ts';
import type { Command } from './command.ts';
import { serverFlags } from './dev.ts';

export const preview: Command = {
	summary: 'serve a site that firebreak build wrote (internal by default)',
	usage: 'firebreak preview [internal|public] [--content <dir>] [--out <dir>] [--port <n>] [--host <address>]',
	run(args) {
		const { values, positionals } = parseCommand({ args, options: { ...SHARED.content, ...SHARED.out, port: { type: 'string' }, host: { type: 'string' } }, allowPositionals: true });
		const site = siteOf(positionals);
		const { outDir } = buildOptionsFromEnv(site);
		if (!existsSync(outDir)) {
			console.error(`✖ ${relative(process.cwd(), outDir) || '.'} does not exist: run firebreak build ${site} first.`);
			return 1;
		}
		return runAstro(site, 'preview', ...serverFlags(values));
	},
};
