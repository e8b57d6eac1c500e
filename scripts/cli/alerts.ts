/**
 * `firebreak alerts annotate [--write] [--force]`: point every covered alert's `runbook_url` at its Firebreak link.
 * `firebreak alerts stub [--write] [--service <id>]`: write a runbook skeleton for every alert without a runbook;
 * alerts it cannot place (no service) are reported with the fix and do not change the exit code (0).
 * Without `--write` both only show what they would change.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiff, planAnnotations } from '../../src/model/alerts/annotate.ts';
import { alertLink, runbookOfAlert } from '../../src/model/alerts/catalog.ts';
import { runbookStubs } from '../../src/model/alerts/stub.ts';
import { resolveToday } from '../../src/model/clock.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import type { Handbook } from '../../src/model/handbook.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems, type Problem } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

const SUBCOMMANDS = ['annotate', 'stub'] as const;

export const alerts: Command = {
	summary: 'set runbook_url annotations (annotate) or write runbooks for uncovered alerts (stub)',
	usage: [
		'firebreak alerts annotate [--write] [--force] [--content <dir>]',
		'       firebreak alerts stub [--write] [--service <id>] [--content <dir>] [--today YYYY-MM-DD]',
	].join('\n'),
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				write: { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				service: { type: 'string' },
			},
			allowPositionals: true,
		});
		const sub = positionals[0] as (typeof SUBCOMMANDS)[number] | undefined;
		if (!sub || !SUBCOMMANDS.includes(sub) || positionals.length > 1)
			throw new UsageError(`say what to do: ${SUBCOMMANDS.join(' or ')}`);
		if (sub === 'annotate' && (values.service !== undefined || values.today !== undefined))
			throw new UsageError('--service and --today belong to stub');
		if (sub === 'stub' && values.force) throw new UsageError('--force belongs to annotate');
		const dir = contentDir();
		const opened = openHandbook(dir);
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		return sub === 'annotate'
			? annotate(opened.handbook, values.write, values.force)
			: stub(opened.handbook, values.write, values.service, values.today);
	},
};

function annotate(handbook: Handbook, write: boolean, force: boolean): number {
	const { config } = handbook;
	const linkOf = (name: string) => {
		const runbook = runbookOfAlert(handbook, name);
		return runbook ? alertLink(config, name, runbook) : undefined;
	};
	const ownBase = config.sites.internal.endsWith('/')
		? config.sites.internal
		: `${config.sites.internal}/`;
	const problems: Problem[] = [];
	let changes = 0;
	let files = 0;
	let kept = 0;
	for (const file of [...new Set(handbook.alerts.map((rule) => rule.file))].sort()) {
		const path = join(handbook.dir, file);
		const { plan, problems: found } = planAnnotations(readFileSync(path, 'utf8'), file, {
			linkOf,
			ownBase,
			force,
		});
		problems.push(...found);
		if (!plan) continue;
		for (const other of plan.kept)
			console.error(
				`⚠ ${file}:${other.line} ${other.alert}: kept runbook_url ${other.url}, which is not on sites.internal (its link is ${linkOf(other.alert)})`
			);
		kept += plan.kept.length;
		if (plan.edits.length === 0) continue;
		changes += plan.edits.length;
		files++;
		if (write) writeFileSync(path, plan.after);
		else process.stdout.write(formatDiff(plan));
	}
	if (problems.length > 0) {
		console.error(formatProblems(problems));
		return 1;
	}
	const counted = `${changes} runbook_url annotation${changes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
	if (changes > 0)
		console.error(
			write ? `✔ Set ${counted}.` : `${counted} to set; run with --write to change the files.`
		);
	if (kept > 0) {
		const what =
			kept === 1 ? 'annotation that points elsewhere' : 'annotations that point elsewhere';
		console.error(
			`⚠ Kept ${kept} runbook_url ${what}. To keep such URLs working, serve them: set sites.internal to their host and alerts.runbookUrl in handbook.yaml (now ${config.alerts.runbookUrl}) to their scheme. To replace them, pass --force.`
		);
	} else if (changes === 0) console.error('✔ Every covered alert already links to its runbook.');
	return 0;
}

function stub(
	handbook: Handbook,
	write: boolean,
	service: string | undefined,
	todayFlag: string | undefined
): number {
	let today: string;
	try {
		today = resolveToday(handbook.config.org.timezone, todayFlag);
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	if (service !== undefined && !handbook.services.has(service))
		throw new UsageError(
			`--service ${service} is not the id of a service in services/ (known: ${[...handbook.services.keys()].sort().join(', ')})`
		);
	const { stubs, unplaced } = runbookStubs(handbook, today, service);
	for (const { file, alert, text } of stubs) {
		if (write) {
			const path = join(handbook.dir, file);
			mkdirSync(dirname(path), { recursive: true });
			// `wx`: never overwrite, even a file that appeared since the handbook was read.
			writeFileSync(path, text, { flag: 'wx' });
		}
		console.log(`${write ? 'wrote' : 'would write'} ${file} (${alert})`);
	}
	// Alerts without a place are reported, not fatal: the other stubs are written, and the report says what to fix.
	for (const { file, alerts: names, reason } of unplaced) {
		const listed = names.map(({ alert, line }) => `${alert} (line ${line})`).join(', ');
		console.error(
			`⚠ ${file}: no stub for ${names.length === 1 ? 'alert' : `${names.length} alerts`} ${listed}: ${reason}.`
		);
	}
	if (stubs.length === 0 && unplaced.length === 0) console.log('✔ Every alert has a runbook.');
	else if (!write && stubs.length > 0) console.log('Run with --write to write them.');
	return 0;
}
