/**
 * `firebreak init [dir]`: write a new handbook repository that passes `firebreak check` and builds as written: the
 * content (handbook.yaml with a 3- or 4-tier ladder, people, one service, its alert and runbook, a guide per incident
 * role, comms templates), package.json, .gitignore and a GitHub Actions workflow. Asks for what the flags leave out
 * when it runs in a terminal; otherwise `--org` is needed and the rest has defaults.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { resolveToday } from '../../src/model/clock.ts';
import { checkContent } from '../../src/model/checks/report.ts';
import { formatReport } from '../../src/model/checks/format.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { handbookSchema } from '../../src/schemas/handbook.ts';
import { httpUrl } from '../../src/schemas/primitives.ts';
import { alerts } from './alerts.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';
import { initFiles, LADDERS, type InitAnswers } from './init-files.ts';
import { slugify } from '../../src/model/skeletons.ts';
import { DEFAULT_SCHEMA_DIR, writeEditorSchemas } from './schema.ts';
import { urlsCommand } from './urls.ts';

const VERSION = (
	JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
		version: string;
	}
).version;

export const init: Command = {
	summary: 'write a new handbook repository (content, package.json, CI workflow) into a folder',
	usage:
		'firebreak init [dir] [--org <name>] [--timezone <IANA zone>] [--ladder 3|4] [--public-url <url>] [--internal-url <url>] [--force] [--today YYYY-MM-DD]',
	async run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.today,
				org: { type: 'string' },
				timezone: { type: 'string' },
				ladder: { type: 'string' },
				'public-url': { type: 'string' },
				'internal-url': { type: 'string' },
				force: { type: 'boolean', default: false },
			},
			allowPositionals: true,
		});
		if (positionals.length > 1) throw new UsageError('name one folder');
		const target = resolve(positionals[0] ?? '.');
		const shown = relative(process.cwd(), target) || '.';
		const present = existsSync(target) ? readdirSync(target).filter((name) => name !== '.git') : [];
		if (present.length > 0 && !values.force) {
			console.error(
				`✖ ${shown} is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}): choose an empty folder, or pass --force to write over what is there.`
			);
			return 1;
		}
		const answers = await answersFor(values);
		const files = initFiles(answers);
		for (const { file, text } of files) {
			mkdirSync(dirname(join(target, file)), { recursive: true });
			writeFileSync(join(target, file), text);
		}
		console.log(`✔ wrote ${files.length} files into ${shown}`);
		// The alert's runbook_url and urls.lock come from the model, as the commands a team runs later write them.
		const content = join(target, 'content');
		// The editors' JSON Schemas and .vscode/settings.json, as `firebreak schema` writes them.
		const steps = [
			await alerts.run(['annotate', '--write', '--content', content]),
			await urlsCommand.run(['lock', '--content', content]),
			writeEditorSchemas({
				content,
				workspace: target,
				schemas: join(content, DEFAULT_SCHEMA_DIR),
			}),
		];
		if (steps.some((code) => code !== 0)) return 1;
		const checked = checkContent(content, answers.today);
		if (!checked.report) {
			console.error(formatProblems(checked.problems));
			return 1;
		}
		console.log(formatReport(checked.report, 'text', relative(process.cwd(), content)));
		console.log(
			`\nNext: cd ${shown} && npm install && npx firebreak build   (npx firebreak dev to edit with live reload)`
		);
		return checked.report.summary.errors > 0 ? 1 : 0;
	},
};

type Flags = {
	org?: string;
	timezone?: string;
	ladder?: string;
	'public-url'?: string;
	'internal-url'?: string;
	today?: string;
};

/** @returns the answers: each flag, else (in a terminal) the reply to its question, else its default */
async function answersFor(flags: Flags): Promise<InitAnswers> {
	const prompt = process.stdin.isTTY
		? createInterface({ input: process.stdin, output: process.stdout })
		: undefined;
	const ask = async (
		flag: keyof Flags,
		question: string,
		fallback: string | undefined,
		valid: (value: string) => string | undefined
	): Promise<string> => {
		let value = flags[flag];
		while (value === undefined && prompt) {
			const reply =
				(await prompt.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() ||
				fallback;
			const problem = reply === undefined ? 'an answer is needed' : valid(reply);
			if (problem) console.log(`  ${problem}`);
			else value = reply;
		}
		value ??= fallback;
		if (value === undefined)
			throw new UsageError(`--${flag} is needed when init does not run in a terminal`);
		const problem = valid(value);
		if (problem) throw new UsageError(`--${flag}: ${problem}; found ${JSON.stringify(value)}`);
		return value;
	};
	try {
		const org = await ask('org', 'Organisation name', undefined, (value) =>
			value.trim() ? undefined : 'the name is empty'
		);
		const timezone = await ask(
			'timezone',
			'Timezone (IANA)',
			Intl.DateTimeFormat().resolvedOptions().timeZone,
			(value) => schemaProblem(handbookSchema.shape.org.shape.timezone, value)
		);
		const ladder = await ask('ladder', 'Severity levels (3 or 4)', '4', (value) =>
			(LADDERS as readonly string[]).includes(value) ? undefined : `one of ${LADDERS.join(', ')}`
		);
		const name = slugify(org) || 'example';
		const internalUrl = await ask(
			'internal-url',
			'Handbook URL (internal, behind SSO)',
			`https://handbook.${name}.internal`,
			(value) => schemaProblem(httpUrl, value)
		);
		const publicUrl = await ask(
			'public-url',
			'Status site URL (public)',
			`https://status.${name}.example`,
			(value) => schemaProblem(httpUrl, value)
		);
		let today: string;
		try {
			today = resolveToday(timezone, flags.today);
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		return {
			org,
			timezone,
			ladder: ladder as InitAnswers['ladder'],
			internalUrl,
			publicUrl,
			today,
			firebreakVersion: `^${VERSION}`,
		};
	} finally {
		prompt?.close();
	}
}

function schemaProblem(
	schema: {
		safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } };
	},
	value: string
): string | undefined {
	const result = schema.safeParse(value);
	return result.success ? undefined : `expected ${result.error!.issues[0]!.message}`;
}
