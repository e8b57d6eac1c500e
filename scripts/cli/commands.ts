/** Every `firebreak` verb and its help texts: the dispatcher (firebreak.ts) and the docs' CLI reference read them. */
import { alerts } from './alerts.ts';
import { SHARED_HELP } from './args.ts';
import { build } from './build.ts';
import { check } from './check.ts';
import type { Command } from './command.ts';
import { dev } from './dev.ts';
import { importCommand } from './import.ts';
import { init } from './init.ts';
import { newEntry } from './new.ts';
import { preview } from './preview.ts';
import { publicCommand } from './public.ts';
import { urlsCommand } from './urls.ts';
import { schemaCommand } from './schema.ts';
import { incidentCommand } from './incident.ts';
import { reportCommand } from './report.ts';

export const COMMANDS: Record<string, Command> = {
	init,
	build,
	dev,
	preview,
	check,
	new: newEntry,
	incident: incidentCommand,
	alerts,
	urls: urlsCommand,
	public: publicCommand,
	import: importCommand,
	schema: schemaCommand,
	report: reportCommand,
};

export function help(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const lines = Object.entries(COMMANDS).map(
		([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`
	);
	return [
		'usage: firebreak <command> [options]   (firebreak <command> --help for its options)',
		'',
		...lines,
		'',
		'Shared options:',
		...Object.values(SHARED_HELP).map((line) => `  ${line}`),
	].join('\n');
}

export function commandHelp(name: string, command: Command): string {
	const shared = Object.entries(SHARED_HELP).filter(([flag]) =>
		command.usage.includes(`--${flag} `)
	);
	const options =
		shared.length > 0 ? `\n\n${shared.map(([, line]) => `  ${line}`).join('\n')}` : '';
	return `firebreak ${name}: ${command.summary}\n\nusage: ${command.usage}${options}`;
}
