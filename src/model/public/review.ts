/**
 * The review gate of the public archive: a public postmortem goes out only in the version that a person other than
 * its authors approved. An approval in `public-reviews.lock` pins a hash of the postmortem's public projection
 * (everything its public page shows), so any later change to that projection, by an edit or by a change of the
 * redactor, withholds it again until someone reviews the change. The lock keeps the approved version as text, so the
 * change can be shown as a diff.
 * File I/O: checks whether `public-reviews.lock` exists in the content folder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { structuredPatch } from 'diff';
import { stringify } from 'yaml';
import type { HandbookConfig } from '../../schemas/handbook.ts';
import { publicReviewsSchema, type Approval } from '../../schemas/public-reviews.ts';
import type { Handbook, Postmortem } from '../handbook.ts';
import type { Problem } from '../problems.ts';
import { parseYaml, readText } from '../source-file.ts';
import { validate } from '../zod-problems.ts';
import type { PublicPostmortem } from './types.ts';

export type { Approval };

export const PUBLIC_REVIEWS_FILE = 'public-reviews.lock';

export interface PublicReviewLock {
	/** Path relative to the content folder. */
	file: string;
	/** By postmortem id. */
	approvals: ReadonlyMap<string, Approval>;
}

/** @returns the lock of the content folder `dir` (absent when nobody approved anything yet) and its problems. */
export function readPublicReviews(dir: string): { lock?: PublicReviewLock; problems: Problem[] } {
	if (!existsSync(join(dir, PUBLIC_REVIEWS_FILE))) return { problems: [] };
	const text = readText(join(dir, PUBLIC_REVIEWS_FILE), PUBLIC_REVIEWS_FILE);
	if (!text.ok) return { problems: text.problems };
	const parsed = parseYaml(text.value, PUBLIC_REVIEWS_FILE);
	if (!parsed.ok) return { problems: parsed.problems };
	const result = validate(publicReviewsSchema, parsed.value ?? {}, PUBLIC_REVIEWS_FILE);
	if (!result.data) return { problems: result.problems };
	return {
		lock: { file: PUBLIC_REVIEWS_FILE, approvals: new Map(Object.entries(result.data)) },
		problems: [],
	};
}

/** @returns the text of a lock file holding `approvals`, sorted by postmortem id (one block each, diff-friendly). */
export function formatPublicReviews(approvals: ReadonlyMap<string, Approval>): string {
	const sorted = Object.fromEntries(
		[...approvals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
	);
	return [
		'# The public version of each postmortem as a person other than its authors approved it, for the public site.',
		'# Written by `firebreak public approve`; a postmortem whose public version no longer has this hash is withheld.',
		stringify(sorted, { lineWidth: 0, blockQuote: 'literal' }).trimEnd(),
		'',
	].join('\n');
}

/** @returns the hash of a public projection: sha256 of its canonical JSON (RFC 8785), as `sha256:<hex>`. */
export function projectionHash(postmortem: PublicPostmortem): string {
	return `sha256:${createHash('sha256').update(canonicalize(postmortem)!).digest('hex')}`;
}

/**
 * @returns a public projection as readable text, one fact or block per line, for the lock and for diffs: everything
 * the public page shows (the hash, not this text, is what an approval pins).
 */
export function projectionText(postmortem: PublicPostmortem): string {
	const { incident } = postmortem;
	const window = `${incident.startedAt.toISOString()} to ${incident.impactEndedAt?.toISOString() ?? 'ongoing'}`;
	return [
		`Title: ${postmortem.title}`,
		`Address: ${postmortem.url}`,
		`Published: ${postmortem.publishedAt ?? 'no date'}`,
		`Incident: ${incident.title} (${incident.url})`,
		`Impact: ${incident.impact}, ${window}`,
		`Components: ${incident.components.map((c) => `${c.name} (${c.impact})`).join(', ') || 'none'}`,
		'',
		'Summary:',
		postmortem.summary,
		'',
		'Body:',
		postmortem.body.html.trim(),
		'',
		'Action items:',
		...(postmortem.actionItems.length > 0
			? postmortem.actionItems.map((item) => `- ${item.title} (${item.status})`)
			: ['none']),
		'',
	].join('\n');
}

/** One line of a diff between the approved and the current public version. */
export interface DiffLine {
	kind: 'removed' | 'added' | 'context' | 'gap';
	text: string;
}

/**
 * Where a postmortem's public version stands: `approved` (the approved hash is the current one), `stale` (approved,
 * then changed: `changes` is the line diff from the approved text), or `unapproved`.
 */
export type PublicReview =
	| { state: 'approved'; approval: Approval }
	| { state: 'stale'; approval: Approval; changes: DiffLine[] }
	| { state: 'unapproved' };

/**
 * @param current makes the postmortem's public projection as it is now (unmarked, whatever its visibility); called
 * only when there is an approval to compare it with
 * @returns where its review stands against the lock
 */
export function reviewOf(
	lock: PublicReviewLock | undefined,
	postmortemId: string,
	current: () => PublicPostmortem
): PublicReview {
	const approval = lock?.approvals.get(postmortemId);
	if (!approval) return { state: 'unapproved' };
	const projected = current();
	if (approval.hash === projectionHash(projected)) return { state: 'approved', approval };
	return {
		state: 'stale',
		approval,
		changes: changedLines(approval.text, projectionText(projected)),
	};
}

/**
 * @returns why the gate withholds a postmortem that is otherwise public, or undefined when it may go out (approved, or
 * no review required by handbook.yaml `publicReview.required`)
 */
export function withheldBecause(config: HandbookConfig, review: PublicReview): string | undefined {
	if (!config.publicReview.required || review.state === 'approved') return undefined;
	if (review.state === 'stale')
		return `its public version changed since ${review.approval.by} approved it on ${review.approval.at}`;
	return 'no one other than its authors has approved its public version yet (firebreak public approve)';
}

/**
 * @param context unchanged lines kept around each change
 * @returns the lines that differ between two texts, with context; a `gap` stands for unchanged lines left out
 */
export function changedLines(before: string, after: string, context = 2): DiffLine[] {
	const { hunks } = structuredPatch(
		'approved',
		'current',
		withNewline(before),
		withNewline(after),
		'',
		'',
		{ context }
	);
	const lines: DiffLine[] = [];
	hunks.forEach((hunk, i) => {
		if (i > 0 || hunk.oldStart > 1) lines.push({ kind: 'gap', text: '…' });
		for (const line of hunk.lines) {
			const kind =
				line[0] === '-'
					? 'removed'
					: line[0] === '+'
						? 'added'
						: line[0] === ' '
							? 'context'
							: undefined;
			if (kind) lines.push({ kind, text: line.slice(1) });
		}
	});
	return lines;
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** @returns a diff as text: `-` removed, `+` added, two spaces for context, `…` for unchanged lines left out. */
export function formatChanges(lines: readonly DiffLine[]): string {
	const prefix = { removed: '- ', added: '+ ', context: '  ', gap: '' } as const;
	return lines.map((line) => `${prefix[line.kind]}${line.text}`).join('\n');
}

/**
 * @param by the approver's person id
 * @returns why `by` may not approve `postmortem` (not a person of people.yaml, or one of its authors), else undefined
 */
export function whyCannotApprove(
	handbook: Handbook,
	postmortem: Postmortem,
	by: string
): string | undefined {
	const person = handbook.people.get(by);
	if (!person) return `--by must be a person of people.yaml; found "${by}"`;
	if (postmortem.data.authors.includes(by)) {
		return `${person.data.name} (${by}) is an author of ${postmortem.file}; its public version must be approved by someone else`;
	}
	return undefined;
}
