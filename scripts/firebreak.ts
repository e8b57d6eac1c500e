#!/usr/bin/env node
/**
 * The `firebreak` command line, run from the handbook repository's root: a small dispatcher, one module per verb in
 * `scripts/cli/`, each parsing its arguments with `cli/args.ts`. The content verbs load content through `src/model/`
 * only (no Astro: fast enough for a pre-commit hook); build, dev and preview start Astro.
 */
import { HelpRequested, UsageError } from './cli/command.ts';
import { COMMANDS, commandHelp, help } from './cli/commands.ts';

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
