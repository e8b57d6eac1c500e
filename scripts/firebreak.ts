#!/usr/bin/env node
/**
 * The `firebreak` command line, run from the handbook repository's root: a small dispatcher, one module per verb in
 * `scripts/cli/`, each parsing its arguments with `cli/args.ts`. The content verbs load content through `src/model/`
 * only (no Astro: fast enough for a pre-commit hook); build, dev and preview start Astro.
 */
import { alerts } from './cli/alerts.ts';
import { SHARED_HELP } from './cli/args.ts';
import { build } from './cli/build.ts';
import { check } from './cli/check.ts';
import { HelpRequested, UsageError, type Command } from './cli/command.ts';
import { dev } from './cli/dev.ts';
import { importCommand } from './cli/import.ts';
import { init } from './cli/init.ts';
import { newEntry } from './cli/new.ts';
import { preview } from './cli/preview.ts';
import { publicCommand } from './cli/public.ts';
import { urlsCommand } from './cli/urls.ts';
import { schemaCommand } from './cli/schema.ts';
import { incidentCommand } from './cli/incident.ts';
import { reportCommand } from './cli/report.ts';

const COMMANDS: Record<string, Command> = {
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

function help(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
	return ['usage: firebreak <command> [options]   (firebreak <command> --help for its options)', '', ...lines, '', 'Shared options:', ...Object.values(SHARED_HELP).map((line) => `  ${line}`)].join('\n');
}

function commandHelp(name: string, command: Command): string {
	const shared = Object.entries(SHARED_HELP).filter(([flag]) => command.usage.includes(`--${flag} `));
	const options = shared.length > 0 ? `\n\n${shared.map(([, line]) => `  ${line}`).join('\n')}` : '';
	return `firebreak ${name}: ${command.summary}\n\nusage: ${command.usage}${options}`;
}

const [name, ...args] = process.argv.slice(2);
if (name === '--help' || name === '-h' || name === 'help') {
	console.log(help());
	process.exit(0);
}
if (name === undefined) {
	console.error(help());
	process.exit(2);
}
const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
if (!command) {
	console.error(`✖ unknown command ${JSON.stringify(name)} (see firebreak --help)`);
	process.exit(2);
}
try {
	process.exitCode = await command.run(args);
} catch (error) {
	if (error instanceof HelpRequested) {
		console.log(commandHelp(name, command));
		process.exit(0);
	}
	if (error instanceof UsageError) {
		console.error(`✖ firebreak ${name}: ${error.message} (see firebreak ${name} --help)`);
		process.exit(2);
	}
	throw error;
}
