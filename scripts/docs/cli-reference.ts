/**
 * The CLI reference of the docs: each verb's summary, usage and shared options, from the command definitions
 * (`scripts/cli/commands.ts`), exactly as `firebreak <verb> --help` prints them.
 */
import { COMMANDS, commandHelp } from '../cli/commands.ts';

/** @returns a section per verb: its summary, then its help in a code block. */
export function cliReference(): string {
	return Object.entries(COMMANDS)
		.map(([name, command]) =>
			[
				`### firebreak ${name}`,
				'',
				sentence(command.summary),
				'',
				'```',
				commandHelp(name, command).split('\n').slice(2).join('\n'),
				'```',
			].join('\n')
		)
		.join('\n\n');
}

/** @returns the summary as a sentence of Markdown text (`<out>` is a word there, not a tag). */
function sentence(summary: string): string {
	return `${summary[0]!.toUpperCase()}${summary.slice(1)}.`.replace(/</g, '&lt;');
}
