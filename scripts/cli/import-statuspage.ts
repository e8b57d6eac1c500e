/**
 * `firebreak import statuspage <file.json|folder> [--content dir] [--service id] [--update]`: bring a Statuspage
 * page's history into the content folder: its components into handbook.yaml, one public incident file per incident.
 * Existing files are only rewritten with `--update`; a second run with the same export changes nothing.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatBuildFailure, formatWarningSummary } from '../../src/model/checks/format.ts';
import { checkContent } from '../../src/model/checks/report.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import { readStatuspageExport } from '../../src/model/import/statuspage-export.ts';
import { planStatuspageImport, type ImportedFile } from '../../src/model/import/statuspage.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

export const importStatuspage: Command = {
	summary:
		'import a Statuspage export (summary.json, components.json, incidents.json or a folder of them)',
	usage:
		'firebreak import statuspage <summary.json|incidents.json|folder> [--content <dir>] [--service <id>] [--update]',
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				service: { type: 'string' },
				update: { type: 'boolean', default: false },
			},
			allowPositionals: true,
		});
		if (positionals.length !== 1)
			throw new UsageError('name one saved Statuspage response (.json) or a folder of them');
		return runImport(positionals[0]!, {
			dir: contentDir(),
			service: values.service,
			update: values.update,
		});
	},
};

/** @returns the exit code: 0 when the import is done (files that differ are kept without `--update`, and said so), 1 on a problem. */
function runImport(
	input: string,
	options: { dir: string; service?: string; update: boolean }
): number {
	const files = jsonFiles(resolve(input));
	if (typeof files === 'string') {
		console.error(
			`✖ ${input}\n  expected: a saved Statuspage response (.json) or a folder holding them\n  found:    ${files}`
		);
		return 1;
	}
	const read = readStatuspageExport(
		files.map((path) => ({ file: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }))
	);
	if (!read.export) {
		console.error(
			formatProblems(read.problems).replace(/nothing was built\.$/, 'nothing was imported.')
		);
		return 1;
	}
	const opened = openHandbook(options.dir);
	if (!opened.handbook) {
		console.error(formatProblems(opened.problems));
		return 1;
	}
	const handbook = opened.handbook;
	const handbookText = readFileSync(join(options.dir, 'handbook.yaml'), 'utf8');
	const incidentTexts = new Map(
		[...handbook.incidents.values()].map((i) => [
			i.file,
			readFileSync(join(options.dir, i.file), 'utf8'),
		])
	);
	const { plan, problems } = planStatuspageImport(handbook, read.export, {
		handbookText,
		incidentTexts,
		update: options.update,
		...(options.service ? { service: options.service } : {}),
	});
	if (!plan) {
		console.error(
			formatProblems(problems).replace(/nothing was built\.$/, 'nothing was imported.')
		);
		return 1;
	}

	const counts = { create: 0, change: 0, kept: 0, unchanged: 0 };
	const write = (f: ImportedFile) => {
		const path = relative(process.cwd(), join(options.dir, f.file));
		if (f.action === 'unchanged') counts.unchanged++;
		else if (f.action === 'create' || options.update) {
			writeFileSync(join(options.dir, f.file), f.text, f.action === 'create' ? { flag: 'wx' } : {});
			counts[f.action]++;
			console.log(`${f.action === 'create' ? '✔ wrote' : '✔ updated'} ${path} (${f.label})`);
		} else {
			counts.kept++;
			console.log(`⚠ kept ${path}: the export differs (${f.label}); --update rewrites it`);
		}
	};
	// handbook.yaml first: the incident files name its new components. Adding components overwrites nothing.
	if (plan.handbook.action === 'change') {
		writeFileSync(join(options.dir, 'handbook.yaml'), plan.handbook.text);
		const { added, changed } = plan.components;
		console.log(
			`✔ updated ${relative(process.cwd(), join(options.dir, 'handbook.yaml'))}: ${[added.length ? `components added: ${added.join(', ')}` : '', changed.length ? `changed: ${changed.join(', ')}` : ''].filter(Boolean).join('; ')}`
		);
	}
	for (const f of plan.incidents) write(f);
	for (const note of plan.notes) console.log(`ℹ ${note}`);
	console.log(
		`${read.export.page.name}: ${plan.incidents.length} incidents, ${counts.create} written, ${counts.change} updated, ${counts.unchanged} unchanged, ${counts.kept} kept (differ; --update)`
	);

	// The import must leave content that passes `firebreak check`: say so now rather than at the next build.
	let after;
	try {
		after = checkContent(options.dir);
	} catch (error) {
		throw new UsageError((error as Error).message); // only the clock throws: a FIREBREAK_TODAY that is not a date
	}
	if (!after.report) {
		console.error(formatProblems(after.problems));
		return 1;
	}
	if (after.report.summary.errors > 0) {
		console.error(formatBuildFailure(after.report));
		return 1;
	}
	console.log(formatWarningSummary(after.report));
	return 0;
}

/** @returns the `.json` files of a file or folder (any depth, sorted), or why there are none. */
function jsonFiles(path: string): string[] | string {
	let stat;
	try {
		stat = statSync(path);
	} catch {
		return 'no such file or folder';
	}
	if (stat.isFile()) return [path];
	const found = readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	return found.length > 0 ? found : 'a folder without .json files';
}
