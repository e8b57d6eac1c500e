/**
 * `firebreak import <kind> ...`: bring another tool's content into the handbook. Each kind is a sub-command of its own
 * (listed in IMPORTERS), its conversion pure in `src/model/import/`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { contentDir } from '../../src/model/content-dir.ts';
import { planRunbookImport, type ImportPlan } from '../../src/model/import/runbooks.ts';
import { COLLECTIONS, loadContent } from '../../src/model/load-content.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatUrlLock, updatedUrlLock, URL_LOCK_FILE } from '../../src/model/url-lock.ts';
import { formatProblem, formatProblems } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';
import { importStatuspage } from './import-statuspage.ts';

const runbooks: Command = {
	summary: 'import a folder of Hugo, MkDocs or Markdown runbooks',
	usage:
		'firebreak import runbooks <dir> [--service <id> | --service-from folder] [--owner <id>] [--alerts-from filename] [--to <subdir>] [--create-services] [--update] [--content <dir>]',
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				service: { type: 'string' },
				'service-from': { type: 'string' },
				owner: { type: 'string' },
				'alerts-from': { type: 'string' },
				to: { type: 'string', default: '' },
				'create-services': { type: 'boolean', default: false },
				update: { type: 'boolean', default: false },
			},
			allowPositionals: true,
		});
		if (positionals.length !== 1) throw new UsageError('name the one folder to import');
		if ((values.service === undefined) === (values['service-from'] === undefined))
			throw new UsageError('give either --service <id> or --service-from folder');
		if (values['service-from'] !== undefined && values['service-from'] !== 'folder')
			throw new UsageError('--service-from takes "folder"');
		if (values['alerts-from'] !== undefined && values['alerts-from'] !== 'filename')
			throw new UsageError('--alerts-from takes "filename"');
		if (values.to.split(/[\\/]/).includes('..'))
			throw new UsageError('--to is a folder inside runbooks/');
		if (values['create-services'] && values.owner === undefined)
			throw new UsageError(
				'--create-services needs --owner <team>: the team of the services it creates'
			);
		const source = resolve(positionals[0]!);
		if (!existsSync(source) || !statSync(source).isDirectory())
			throw new UsageError(`${positionals[0]} is not a folder`);

		const dir = contentDir();
		const loaded = loadContent(dir);
		if (!loaded.content) {
			console.error(formatProblems(loaded.problems));
			return 1;
		}
		const teams = new Map(
			loaded.content.services.map((service) => [service.id, service.data.team])
		);
		const plan = planRunbookImport(
			filesUnder(source).map((path) => ({
				path,
				read: () => readFileSync(join(source, path), 'utf8'),
			})),
			{
				service: values.service !== undefined ? { id: values.service } : { from: 'folder' },
				...(values.owner !== undefined ? { owner: values.owner } : {}),
				...(values['alerts-from'] === 'filename'
					? {
							alertsFrom: 'filename' as const,
							definedAlerts: new Set(loaded.content.alerts?.map((rule) => rule.name)),
						}
					: {}),
				to: values.to,
				teamOf: (service) => teams.get(service),
			}
		);
		// Problems name files of the imported folder: say where that is.
		plan.problems = plan.problems.map((problem) => ({
			...problem,
			file: join(positionals[0]!, problem.file),
		}));
		return writePlan(dir, plan, {
			createServices: values['create-services'],
			owner: values.owner,
			update: values.update,
		});
	},
};

const IMPORTERS: Record<string, Command> = { runbooks, statuspage: importStatuspage };

export const importCommand: Command = {
	summary: `bring in content from elsewhere (${Object.keys(IMPORTERS).join(', ')})`,
	usage: Object.values(IMPORTERS)
		.map((importer) => importer.usage)
		.join('\n       '),
	run([kind, ...args]) {
		const importer =
			kind === undefined || !Object.hasOwn(IMPORTERS, kind) ? undefined : IMPORTERS[kind];
		// `firebreak import --help`, or a flag before the kind, is parsed like any other arguments.
		if (!importer)
			parseCommand({
				args: kind === undefined ? [] : [kind, ...args],
				options: {},
				allowPositionals: true,
			});
		if (!importer)
			throw new UsageError(`say what to import: ${Object.keys(IMPORTERS).join(' or ')}`);
		return importer.run(args);
	},
};

/** @returns every file under `root`, relative and with `/`, in a stable order. */
function filesUnder(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Writes the plan's files (none when a service is missing and may not be created) and says what it did. */
function writePlan(
	dir: string,
	plan: ImportPlan,
	options: { createServices: boolean; owner: string | undefined; update: boolean }
): number {
	if (plan.problems.length > 0) {
		console.error(
			`${plan.problems.map(formatProblem).join('\n\n')}\n\n✖ Nothing imported: fix the files above (or leave them out of the folder) and run the command again.`
		);
		return 1;
	}
	const missing = [...plan.missingServices];
	if (missing.length > 0 && !options.createServices) {
		console.error(
			`✖ Nothing imported: the runbooks name services that ${COLLECTIONS.services.folder}/ does not have:`
		);
		for (const [id] of missing) console.error(`  ${id}`);
		console.error(
			`Add them to ${COLLECTIONS.services.folder}/ (their team owns the runbooks), or run again with --create-services --owner <team>.`
		);
		return 1;
	}
	const writes = [
		...missing.map(([id, name]) => ({
			file: `${COLLECTIONS.services.folder}/${id}.yaml`,
			text: `# Created by \`firebreak import runbooks\`: check the name, tier and escalation.\n${stringify({ id, name, team: options.owner, tier: 3 })}`,
		})),
		...plan.runbooks,
	];
	const counts = { wrote: 0, updated: 0, unchanged: 0, kept: 0 };
	for (const { file, text } of writes) {
		const path = join(dir, file);
		const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		const action =
			before === undefined
				? 'wrote'
				: before === text
					? 'unchanged'
					: options.update
						? 'updated'
						: 'kept';
		counts[action]++;
		if (action === 'unchanged') continue;
		if (action === 'kept') {
			console.log(`kept ${file}: it exists and differs from the import (--update replaces it)`);
			continue;
		}
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		console.log(`${action} ${file}`);
	}
	for (const { source, reason } of plan.skipped) console.log(`skipped ${source}: ${reason}`);
	if (plan.external.length > 0) {
		console.log(
			`marked external (no rule file in ${COLLECTIONS.alerts.folder}/ defines them; drop \`external\` when you add their rules): ${plan.external.join(', ')}`
		);
	}
	if (plan.dropped.size > 0)
		console.log(
			`dropped front matter fields (no place in a runbook): ${[...plan.dropped].map(([field, n]) => `${field} (${n})`).join(', ')}`
		);
	for (const { source, line, from, to } of plan.converted)
		console.log(`link ${source}:${line}: ${from} → ${to}`);
	for (const { source, line, text, reason } of plan.leftOver)
		console.log(`⚠ ${source}:${line}: ${text}: ${reason}`);
	const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
	lockImportedUrls(dir);
	console.log(
		`✔ ${n(plan.runbooks.length, 'runbook')} (status needs-review) and ${n(missing.length, 'new service')}: ${counts.wrote} written, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.kept} kept; ` +
			`${n(plan.skipped.length, 'file')} skipped, ${n(plan.converted.length, 'link')} converted, ${n(plan.leftOver.length, 'place')} to fix by hand.`
	);
	return 0;
}

/**
 * Adds the URLs the import made (runbook pages, their `aliases`, alert links) to `urls.lock`: they are what pager
 * history and old bookmarks point at, so the build protects them from the start. Never removes a locked URL.
 */
function lockImportedUrls(dir: string): void {
	const opened = openHandbook(dir);
	if (!opened.handbook) {
		console.log(
			`${URL_LOCK_FILE} not updated: the content does not load yet (\`firebreak check\` says why).`
		);
		return;
	}
	const { paths, added } = updatedUrlLock(opened.handbook, 'add');
	if (added.length === 0) return;
	writeFileSync(join(dir, URL_LOCK_FILE), formatUrlLock(paths));
	console.log(
		`locked ${added.length} URLs in ${URL_LOCK_FILE} (runbook pages, aliases and alert links): the build keeps them working`
	);
}
