#!/usr/bin/env node
/**
 * The `firebreak` command line: a small dispatcher, one module per command in `scripts/cli/`. Commands load content
 * through `src/model/` only: no Astro, fast enough for a pre-commit hook.
 */
import { check } from './cli/check.ts';
import type { Command } from './cli/command.ts';
import { UsageError } from './cli/command.ts';
import { newEntry } from './cli/new.ts';
import { alerts } from './cli/alerts.ts';
import { importCommand } from './cli/import.ts';
import { publicCommand } from './cli/public.ts';
import { urlsCommand } from './cli/urls.ts';
import { schemaCommand } from './cli/schema.ts';
import { incidentCommand } from './cli/incident.ts';

const COMMANDS: Record<string, Command> = { check, new: newEntry, alerts, urls: urlsCommand, public: publicCommand, import: importCommand, schema: schemaCommand, incident: incidentCommand };

function help(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	return ['usage: firebreak <command> [options]', '', ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)].join('\n');
}

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (name === '--help' || name === '-h') {
	console.log(help());
	process.exit(0);
}
if (!command) {
	console.error(`${name === undefined ? 'no command given' : `unknown command "${name}"`}\n\n${help()}`);
	process.exit(2);
}
try {
	process.exitCode = await command.run(args);
} catch (error) {
	// parseArgs reports unknown or malformed flags with a code; both are usage errors.
	if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
		console.error(`${(error as Error).message}\n\nusage: ${command.usage}`);
		process.exit(2);
	}
	throw error;
}
