/**
 * The options of one build, validated once: which site, the content folder, the output root and the pinned day. The
 * CLI hands them to Astro's process through the environment (`FIREBREAK_SITE`, `FIREBREAK_CONTENT`, `FIREBREAK_OUT`,
 * `FIREBREAK_TODAY`; its `--content`, `--out` and `--today` flags set those), and {@link optionsFromEnv} is the one
 * place that reads them: a variable that is set wins over the option given in code. A wrong value is an AstroError
 * naming the option and the variable it came from.
 */
import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { z } from 'zod';
import { isoDate } from '../schemas/primitives.ts';

export const SITES = ['internal', 'public'] as const;
export type SiteName = (typeof SITES)[number];

const firebreakOptionsSchema = z.strictObject({
	/** The site this build makes. */
	site: z.enum(SITES, { error: `expected one of ${SITES.join(', ')}` }).default('internal'),
	/** The content folder, relative to the working directory. */
	content: z.string().min(1, 'expected a folder').default('content'),
	/** The output root: the site goes to `<outDir>/<site>/`. */
	outDir: z.string().min(1, 'expected a folder').default('dist'),
	/** The day every age and deadline is counted against; the system clock's day in the handbook's timezone when absent. */
	today: isoDate.optional(),
});

/** What `firebreak()` takes: every option may be left out. */
export type FirebreakOptions = z.input<typeof firebreakOptionsSchema>;

/** The options after validation, folders absolute. */
export interface ResolvedOptions {
	site: SiteName;
	contentDir: string;
	/** The output root (`FIREBREAK_OUT`); the site's own folder is {@link siteOutDir}. */
	outRoot: string;
	today?: string;
}

/** The variable that overrides each option. */
const OPTION_ENV = {
	site: 'FIREBREAK_SITE',
	content: 'FIREBREAK_CONTENT',
	outDir: 'FIREBREAK_OUT',
	today: 'FIREBREAK_TODAY',
} as const;

/** @returns `given` with every option whose variable is set (and not empty) replaced by the variable's value */
export function optionsFromEnv(
	given: FirebreakOptions = {},
	env: NodeJS.ProcessEnv = process.env
): Record<string, unknown> {
	const options: Record<string, unknown> = { ...given };
	for (const [option, variable] of Object.entries(OPTION_ENV)) {
		const value = env[variable];
		if (value !== undefined && value !== '') options[option] = value;
	}
	return options;
}

/**
 * @param input the options given in code (`firebreak({ … })`), environment overrides applied
 * @param env the environment the overrides came from, to name the variable in an error
 * @returns the validated options; throws an AstroError naming every wrong option
 */
export function parseOptions(
	input: unknown,
	env: NodeJS.ProcessEnv = process.env,
	cwd = process.cwd()
): ResolvedOptions {
	const parsed = firebreakOptionsSchema.safeParse(input);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((issue) => {
			const option = String(issue.path[0] ?? '');
			const variable = OPTION_ENV[option as keyof typeof OPTION_ENV];
			const from = variable && env[variable] ? ` (from ${variable})` : '';
			const found =
				issue.code === 'unrecognized_keys' ? issue.keys.map((key) => `\`${key}\``).join(', ') : '';
			if (issue.code === 'unrecognized_keys')
				return `- ${found}: not an option of Firebreak (${Object.keys(OPTION_ENV).join(', ')})`;
			const value = (input as Record<string, unknown> | undefined)?.[option];
			return `- \`${option}\`${from}: ${issue.message}; found ${JSON.stringify(value)}`;
		});
		throw new AstroError(
			`Invalid Firebreak options:\n${lines.join('\n')}`,
			'See "Installing" in the Firebreak manual (/firebreak/getting-started/ in the handbook) for each option and its variable.'
		);
	}
	const { site, content, outDir, today } = parsed.data;
	return {
		site,
		contentDir: resolve(cwd, content),
		outRoot: resolve(cwd, outDir),
		...(today ? { today } : {}),
	};
}

/** @returns where a site's build writes: its name under the output root */
export function siteOutDir(site: SiteName, outRoot: string): string {
	return resolve(outRoot, site);
}
