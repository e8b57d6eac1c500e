/** The shape of one `firebreak` verb: each lives in its own module of `scripts/cli/` and is listed in firebreak.ts. */
export interface Command {
	/** One line for `firebreak --help`. */
	summary: string;
	/** The usage line(s), printed by `firebreak <verb> --help`. */
	usage: string;
	/** @returns the process exit code. */
	run(args: string[]): number | Promise<number>;
}

/** Thrown for a wrong flag or argument: the dispatcher prints it on one line and exits 2. */
export class UsageError extends Error {}

/** Thrown by the argument parser for `--help` or `-h`: the dispatcher prints the verb's usage and exits 0. */
export class HelpRequested extends Error {}
