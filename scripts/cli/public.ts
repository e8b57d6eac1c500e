/**
 * `firebreak public approve|status`: the review gate of the public archive. `approve` records that a person other than
 * the authors approved a postmortem's public version as it is now (in `public-reviews.lock`); `status` lists where
 * each public postmortem's review stands.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { resolveToday } from '../../src/model/clock.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import type { Handbook, Postmortem } from '../../src/model/handbook.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { formatProblem, formatProblems } from '../../src/model/problems.ts';
import {
	createProjection,
	reviewOfPostmortem,
	unreviewedPostmortem,
	type Projection,
} from '../../src/model/public/project.ts';
import { PublicBodyError } from '../../src/model/public/render-body.ts';
import {
	formatChanges,
	formatPublicReviews,
	projectionHash,
	projectionText,
	PUBLIC_REVIEWS_FILE,
	whyCannotApprove,
	type Approval,
	type PublicReview,
} from '../../src/model/public/review.ts';
import type { PublicPostmortem } from '../../src/model/public/types.ts';
import { whyNotPublic } from '../../src/model/public/visibility.ts';
import { parseCommand, SHARED } from './args.ts';
import { UsageError, type Command } from './command.ts';

const USAGE = [
	'firebreak public approve <postmortem id or file>... --by <person id> [--content <dir>] [--today YYYY-MM-DD]',
	'       firebreak public approve --all --by <person id> [--content <dir>] [--today YYYY-MM-DD]',
	'       firebreak public status [--content <dir>]',
].join('\n');

export const publicCommand: Command = {
	summary:
		'approve the public version of postmortems (approve), or list their review state (status)',
	usage: USAGE,
	run(args) {
		const { values, positionals } = parseCommand({
			args,
			options: {
				...SHARED.content,
				...SHARED.today,
				by: { type: 'string' },
				all: { type: 'boolean', default: false },
			},
			allowPositionals: true,
		});
		const [action, ...targets] = positionals;
		if (action !== 'approve' && action !== 'status')
			throw new UsageError('say what to do: approve or status');
		if (action === 'status' && (targets.length > 0 || values.by !== undefined || values.all))
			throw new UsageError('status takes no postmortem, --by or --all');
		if (action === 'approve') {
			if (values.by === undefined)
				throw new UsageError(
					'approve needs --by <person id>: the person who reviewed the public version'
				);
			if (values.all === targets.length > 0)
				throw new UsageError('approve takes postmortem ids or files, or --all, not both');
		}
		const dir = contentDir();
		const opened = openHandbook(dir);
		if (!opened.handbook) {
			console.error(formatProblems(opened.problems));
			return 1;
		}
		const { handbook } = opened;
		let today: string;
		try {
			today = resolveToday(handbook.config.org.timezone, values.today);
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
		const projection = createProjection(handbook, today);
		if (action === 'status') return status(projection);
		const postmortems = values.all
			? [...handbook.postmortems.values()].filter((p) => isEligible(handbook, p))
			: targets.map((target) => findPostmortem(handbook, dir, target));
		return approve(projection, dir, postmortems, values.by!, today, values.all);
	},
};

/** @returns the postmortem a command-line argument names: its id, or its file (from here or from the content folder). */
function findPostmortem(handbook: Handbook, dir: string, target: string): Postmortem {
	const byId = handbook.postmortems.get(target);
	if (byId) return byId;
	const files = new Set([
		relative(dir, resolve(target)).split(sep).join('/'),
		target.replace(/\\/g, '/').replace(/^\.\//, ''),
	]);
	const byFile = [...handbook.postmortems.values()].find((p) => files.has(p.file));
	if (!byFile)
		throw new UsageError(
			`no postmortem "${target}": give its id (its file name in postmortems/, without extension) or its file`
		);
	return byFile;
}

const isEligible = (handbook: Handbook, postmortem: Postmortem) =>
	whyNotPublic(handbook, postmortem).length === 0;

/** @returns the postmortem's public version and review, or undefined after printing why the version cannot be made. */
function reviewed(
	projection: Projection,
	postmortem: Postmortem
): { postmortem: PublicPostmortem; review: PublicReview } | undefined {
	try {
		return {
			postmortem: unreviewedPostmortem(projection, postmortem),
			review: reviewOfPostmortem(projection, postmortem),
		};
	} catch (error) {
		if (!(error instanceof PublicBodyError)) throw error;
		console.error(
			`${formatProblem(error.problem)}\n  (the public site refuses this body, so its public version cannot be approved)`
		);
		return undefined;
	}
}

function approve(
	projection: Projection,
	dir: string,
	postmortems: Postmortem[],
	by: string,
	today: string,
	all: boolean
): number {
	const { handbook } = projection;
	if (!handbook.people.has(by))
		throw new UsageError(`--by must be a person of people.yaml; found "${by}"`);
	const refusals = postmortems
		.map((p) => whyCannotApprove(handbook, p, by))
		.filter((why) => why !== undefined);
	if (refusals.length > 0) {
		for (const why of refusals) console.error(`✖ ${why}.`);
		console.error('Nothing was approved.');
		return 1;
	}
	const approvals = new Map<string, Approval>(handbook.publicReviews?.approvals ?? []);
	let approved = 0;
	for (const postmortem of postmortems) {
		const result = reviewed(projection, postmortem);
		if (!result) return 1;
		const { review, postmortem: projected } = result;
		if (review.state === 'approved') {
			if (!all)
				console.log(
					`= ${postmortem.id}: already approved by ${review.approval.by} on ${review.approval.at}`
				);
			continue;
		}
		if (review.state === 'stale')
			console.log(
				`~ ${postmortem.id}: changed since ${review.approval.by} approved it on ${review.approval.at}:\n${indent(formatChanges(review.changes))}`
			);
		else console.log(`+ ${postmortem.id}`);
		const reasons = whyNotPublic(handbook, postmortem);
		if (reasons.length > 0)
			console.log(`  (approved, but it stays internal because ${reasons.join('; ')})`);
		approvals.set(postmortem.id, {
			hash: projectionHash(projected),
			by,
			at: today,
			text: projectionText(projected),
		});
		approved++;
	}
	// Approvals of postmortems that no longer exist (renamed or deleted) would only go stale in the file.
	for (const id of approvals.keys()) {
		if (handbook.postmortems.has(id)) continue;
		approvals.delete(id);
		console.log(`- ${id}: no such postmortem any more; its approval is removed`);
	}
	writeFileSync(join(dir, PUBLIC_REVIEWS_FILE), formatPublicReviews(approvals));
	console.log(
		`✔ ${PUBLIC_REVIEWS_FILE}: ${approved} approved by ${by} on ${today} (${approvals.size} in all).`
	);
	return 0;
}

function status(projection: Projection): number {
	const { handbook } = projection;
	const required = handbook.config.publicReview.required;
	if (!required)
		console.log(
			'publicReview.required is false in handbook.yaml: public postmortems are published without an approval.'
		);
	const eligible = [...handbook.postmortems.values()].filter((p) => isEligible(handbook, p));
	if (eligible.length === 0) console.log('No postmortem is public by its content.');
	let refused = 0;
	for (const postmortem of eligible) {
		const result = reviewed(projection, postmortem);
		if (!result) {
			refused++;
			continue;
		}
		const { review } = result;
		if (review.state === 'approved')
			console.log(
				`approved    ${postmortem.id}  by ${review.approval.by} on ${review.approval.at}`
			);
		else if (review.state === 'unapproved')
			console.log(`unapproved  ${postmortem.id}${required ? '  (withheld)' : ''}`);
		else {
			console.log(
				`stale       ${postmortem.id}  approved by ${review.approval.by} on ${review.approval.at}, changed since${required ? ' (withheld)' : ''}:`
			);
			console.log(indent(formatChanges(review.changes)));
		}
	}
	return refused > 0 ? 1 : 0;
}

const indent = (text: string) => text.replace(/^/gm, '    ');
