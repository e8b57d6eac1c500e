/** `firebreak dev [internal|public]`: one site with live reload while the content is edited (Astro's dev server). */
import { parseCommand, SHARED } from './args.ts';
import { runAstro, siteOf } from './astro.ts';
import type { Command } from './command.ts';

export const dev: Command = {
	summary: 'serve one site (internal by default) with live reload while you edit the content',
	usage:
		'firebreak dev [internal|public] [--content <dir>] [--today YYYY-MM-DD] [--port <n>] [--host <address>]',
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				port: { type: 'string' },
				host: { type: 'string' },
			},
			allowPositionals: true,
		});
		return runAstro(siteOf(positionals), 'dev', ...serverFlags(values));
	},
};

/** @returns Astro's own `--port` and `--host` flags for the values given */
export function serverFlags(values: { port?: string; host?: string }): string[] {
	return [
		...(values.port === undefined ? [] : ['--port', values.port]),
		...(values.host === undefined ? [] : ['--host', values.host]),
	];
}
