/**
 * `firebreak incident declare|update|ack|mitigate|resolve`: the IC's steps, written into the incident file so that
 * nobody edits timestamps and update lists by hand at 3am. Each step is checked against the incident as it stands,
 * edits only the lines it changes, and is undone when the result would fail `firebreak check`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { resolveNow } from '../../src/model/clock.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import { checkContent } from '../../src/model/checks/report.ts';
import { FrontmatterEditError } from '../../src/model/frontmatter-edit.ts';
import type { Handbook } from '../../src/model/handbook.ts';
import {
	declareIncident,
	IncidentStepError,
	markIncident,
	parseComponents,
	updateIncident,
	type StepResult,
} from '../../src/model/incident-lifecycle.ts';
import { DEFAULT_ENTRY_CACHE } from '../../src/model/entry-cache.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { SkeletonError } from '../../src/model/skeletons.ts';
import { updateStatus, type UpdateStatus } from '../../src/schemas/incident.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

const STEPS = ['declare', 'update', 'ack', 'mitigate', 'resolve'] as const;
type Step = (typeof STEPS)[number];

const OPTIONS = {
	...SHARED.content,
	...SHARED.today,
	title: { type: 'string' },
	severity: { type: 'string' },
	service: { type: 'string' },
	ic: { type: 'string' },
	tl: { type: 'string' },
	comms: { type: 'string' },
	impact: { type: 'string' },
	'public-title': { type: 'string' },
	component: { type: 'string', multiple: true },
	status: { type: 'string' },
	public: { type: 'string' },
	internal: { type: 'string' },
	at: { type: 'string' },
} as const;

/** Which options each step takes: any other is a usage error naming it. */
const ALLOWED: Record<Step, readonly (keyof typeof OPTIONS)[]> = {
	declare: [
		'title',
		'severity',
		'service',
		'ic',
		'tl',
		'comms',
		'impact',
		'public-title',
		'component',
		'at',
		'content',
		'today',
	],
	update: ['status', 'public', 'internal', 'public-title', 'component', 'at', 'content', 'today'],
	ack: ['internal', 'at', 'content', 'today'],
	mitigate: ['public', 'internal', 'at', 'content', 'today'],
	resolve: ['public', 'internal', 'at', 'content', 'today'],
};

export const incidentCommand: Command = {
	summary: 'run an incident: declare, update, ack, mitigate, resolve',
	usage: [
		'firebreak incident declare --title <text> --severity <id> --service <id> [--ic <person>] [--tl <person>] [--comms <person>]',
		'           [--impact <what customers notice>] [--public-title <text>] [--component <id>=<impact> ...] [--at <time>]',
		'       firebreak incident update <incident id> [--status investigating|identified|monitoring --public <text>] [--internal <text>]',
		'           [--public-title <text>] [--component <id>=<impact> ...] [--at <time>]',
		'       firebreak incident ack <incident id> [--internal <text>] [--at <time>]',
		'       firebreak incident mitigate <incident id> [--public <text>] [--internal <text>] [--at <time>]',
		'       firebreak incident resolve <incident id> [--public <text>] [--internal <text>] [--at <time>]',
		'       (every step: [--content <dir>] [--today YYYY-MM-DD])',
	].join('\n'),
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: OPTIONS,
			allowPositionals: true,
		});
		const step = positionals[0] as Step | undefined;
		if (!step || !STEPS.includes(step)) throw new UsageError(`say which step: ${STEPS.join(', ')}`);
		const wrong = Object.keys(values).find(
			(option) => !ALLOWED[step].includes(option as keyof typeof OPTIONS)
		);
		if (wrong) throw new UsageError(`--${wrong} does not apply to incident ${step}`);
		if (step === 'declare' ? positionals.length !== 1 : positionals.length !== 2)
			throw new UsageError(
				step === 'declare'
					? 'declare takes no incident id'
					: `say which incident: firebreak incident ${step} <incident id>`
			);

		const dir = contentDir();
		// The entry cache (as `firebreak check` and the build use it): an IC's step re-reads only the file it changed.
		const opened = openHandbook(dir, { cacheDir: DEFAULT_ENTRY_CACHE });
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		const handbook = opened.handbook;
		const zone = handbook.config.org.timezone;
		let at: Date;
		try {
			at = resolveNow(zone, { at: values.at, today: values.today }).at;
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		try {
			const components = parseComponents(handbook, values.component ?? []);
			if (step === 'declare') {
				const { title, severity, service } = values;
				if (!title || !severity || !service)
					throw new UsageError('declare needs --title, --severity and --service');
				const declared = declareIncident(
					handbook,
					{
						title,
						severity,
						service,
						ic: values.ic,
						tl: values.tl,
						comms: values.comms,
						impact: values.impact,
						publicTitle: values['public-title'],
						components,
					},
					at
				);
				const path = join(dir, declared.file);
				if (existsSync(path)) {
					console.error(
						`✖ ${relative(process.cwd(), path)} already exists; nothing was written (another title gives another file).`
					);
					return 1;
				}
				return write(dir, handbook, declared.file, undefined, declared, values.today);
			}
			const id = positionals[1]!;
			const incident = handbook.incidents.get(id);
			if (!incident)
				throw new UsageError(
					`no incident "${id}" (the file name in incidents/, without extension)`
				);
			const before = readFileSync(join(dir, incident.file), 'utf8');
			if (step === 'update') {
				if (values.status !== undefined && !updateStatus.safeParse(values.status).success)
					throw new UsageError(
						`--status must be one of ${updateStatus.options.join(', ')}; found "${values.status}"`
					);
				const result = updateIncident(
					handbook,
					incident,
					before,
					{
						status: values.status as UpdateStatus | undefined,
						public: values.public,
						internal: values.internal,
						publicTitle: values['public-title'],
						components,
					},
					at
				);
				return write(dir, handbook, incident.file, before, result, values.today);
			}
			return write(
				dir,
				handbook,
				incident.file,
				before,
				markIncident(
					handbook,
					incident,
					before,
					step,
					{ public: values.public, internal: values.internal },
					at
				),
				values.today
			);
		} catch (error) {
			if (
				error instanceof IncidentStepError ||
				error instanceof SkeletonError ||
				error instanceof FrontmatterEditError
			) {
				console.error(`✖ ${error.message}\nNothing was written.`);
				return 1;
			}
			throw error;
		}
	},
};

/**
 * Writes the step's file, then runs the checks: an error in the file undoes the write. Prints what was done, the
 * file's warnings and the messages to post.
 */
function write(
	dir: string,
	handbook: Handbook,
	file: string,
	before: string | undefined,
	result: StepResult,
	today: string | undefined
): number {
	const path = join(dir, file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, result.text);
	const checked = checkContent(dir, today, process.env, { cacheDir: DEFAULT_ENTRY_CACHE });
	const problems = checked.problems.filter((problem) => problem.file === file);
	const findings = checked.report?.findings.filter((finding) => finding.file === file) ?? [];
	const errors = findings.filter((finding) => finding.level === 'error');
	if (
		problems.length > 0 ||
		errors.length > 0 ||
		(!checked.report && checked.problems.length > 0)
	) {
		if (before === undefined) rmSync(path);
		else writeFileSync(path, before);
		console.error(
			problems.length > 0 || !checked.report
				? formatProblems(problems.length > 0 ? problems : checked.problems)
				: errors.map((f) => `  error ${f.rule}  ${f.field}: ${f.message}`).join('\n')
		);
		console.error(`✖ ${file} would not pass \`firebreak check\`; it is left as it was.`);
		return 1;
	}
	console.log(`✔ ${relative(process.cwd(), path)}: ${result.did.join('; ')}`);
	for (const finding of findings)
		console.log(`  warn  ${finding.rule}  ${finding.field}: ${finding.message}`);
	for (const message of result.messages) {
		console.log(
			`\n── ${message.audience === 'customer' ? 'for customers' : 'internal'}: ${message.template}${message.channel ? ` (${message.channel})` : ''} ──\n${message.text}`
		);
	}
	if (result.nextUpdate)
		console.log(
			`\nNext customer update due at ${result.nextUpdate} (${handbook.config.org.timezone}).`
		);
	return 0;
}
