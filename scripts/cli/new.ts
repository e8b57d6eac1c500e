/** `firebreak new incident|postmortem|runbook`: write a valid, filled-in skeleton into the content folder. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { resolveNow, resolveToday, type Now } from '../../src/model/clock.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblems } from '../../src/model/problems.ts';
import {
	incidentSkeleton,
	postmortemSkeleton,
	runbookSkeleton,
	SkeletonError,
	type Skeleton,
} from '../../src/model/skeletons.ts';
import type { Handbook } from '../../src/model/handbook.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

const KINDS = ['incident', 'postmortem', 'runbook'] as const;

export const newEntry: Command = {
	summary: 'write a skeleton: incident, postmortem (--from <incident>) or runbook',
	usage: [
		'firebreak new incident --title <text> --severity <id> --service <id> [--at <timestamp> | --at HH:MM] [--content <dir>] [--today YYYY-MM-DD]',
		'       firebreak new postmortem --from <incident id> [--content <dir>] [--today YYYY-MM-DD]',
		'       firebreak new runbook (--service <id> (--alert <AlertName> | --title <text>) | --from <incident id>) [--content <dir>] [--today YYYY-MM-DD]',
	].join('\n'),
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				from: { type: 'string' },
				title: { type: 'string' },
				severity: { type: 'string' },
				service: { type: 'string' },
				alert: { type: 'string' },
				at: { type: 'string' },
			},
			allowPositionals: true,
		});
		const kind = positionals[0] as (typeof KINDS)[number] | undefined;
		if (!kind || !KINDS.includes(kind) || positionals.length > 1)
			throw new UsageError(`say what to create: ${KINDS.join(', ')}`);
		const dir = contentDir();
		const opened = openHandbook(dir);
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		const handbook = opened.handbook;
		if (values.at !== undefined && kind !== 'incident')
			throw new UsageError('--at applies to new incident');
		let today: string;
		let now: Now;
		try {
			today = resolveToday(handbook.config.org.timezone, values.today);
			now = resolveNow(handbook.config.org.timezone, { at: values.at, today: values.today });
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		let skeleton: Skeleton;
		try {
			skeleton = build(handbook, kind, values, today, now.at);
		} catch (error) {
			if (error instanceof SkeletonError) throw new UsageError(error.message);
			throw error;
		}
		const path = join(dir, skeleton.file);
		if (existsSync(path)) {
			console.error(`✖ ${relative(process.cwd(), path)} already exists; nothing was written.`);
			return 1;
		}
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, skeleton.text, { flag: 'wx' });
		console.log(`✔ wrote ${relative(process.cwd(), path)}`);
		if (kind === 'incident' && now.source === 'pinned day') {
			console.log(
				`  startedAt and detectedAt are ${today} 00:00: the day is pinned (--today or FIREBREAK_TODAY), so there is no "now"; give the time with --at.`
			);
		}
		return 0;
	},
};

function build(
	handbook: Handbook,
	kind: (typeof KINDS)[number],
	values: Record<string, string | undefined>,
	today: string,
	now: Date
): Skeleton {
	const incident = values.from === undefined ? undefined : handbook.incidents.get(values.from);
	if (values.from !== undefined && !incident)
		throw new SkeletonError(
			`--from must be an incident id (a file name in incidents/, without extension); found "${values.from}"`
		);
	if (kind === 'postmortem') {
		if (!incident) throw new SkeletonError('a postmortem is written --from <incident id>');
		const existing = handbook.postmortemByIncident.get(incident.id);
		if (existing)
			throw new SkeletonError(`incident ${incident.id} already has a postmortem: ${existing.file}`);
		return postmortemSkeleton(handbook, incident, today);
	}
	if (kind === 'runbook') {
		const service = values.service ?? incident?.data.services[0];
		if (!service)
			throw new SkeletonError(
				'give --service <id>, or --from <incident id> to take its first service'
			);
		return runbookSkeleton(
			handbook,
			{ service, alert: values.alert, title: values.title ?? incident?.data.title },
			today
		);
	}
	if (incident) throw new SkeletonError('--from applies to postmortem and runbook');
	const { title, severity, service } = values;
	if (!title || !severity || !service)
		throw new SkeletonError('a new incident needs --title, --severity and --service');
	return incidentSkeleton(handbook, { title, severity, service }, now);
}
