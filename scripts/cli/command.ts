/** The shape of one `firebreak` subcommand: each lives in its own module of `scripts/cli/` and is listed in firebreak.ts. */
export interface Command {
	/** One line for `firebreak --help`. */
	summary: string;
	/** The usage line(s), printed on a usage error. */
	usage: string;
	/** @returns the process exit code. */
	run(args: string[]): number | Promise<number>;
}

/** Thrown for a wrong flag or argument: the dispatcher prints it with the command's usage and exits 2. */
export class UsageError extends Error {}
