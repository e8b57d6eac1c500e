/** Action-item rules: someone owns each item, it has a due date, and open items keep moving. */
import { daysWithoutProgress, isOverdue, needsEscalation } from '../action-items.ts';
import type { ActionItem } from '../handbook.ts';
import { isPerson, ownerName } from '../people.ts';
import type { CheckContext, RawFinding, Rule } from './types.ts';

function findingOn(item: ActionItem, field: string, message: string): RawFinding {
	return {
		file: item.postmortem.file,
		field: `${item.field}.${field}`,
		message,
		entry: { kind: 'postmortem', id: item.postmortem.id },
	};
}

function itemRule(
	rule: Omit<Rule, 'check'>,
	test: (item: ActionItem, context: CheckContext) => RawFinding | undefined
): Rule {
	return {
		...rule,
		check: (context) => context.handbook.actionItems.flatMap((item) => test(item, context) ?? []),
	};
}

export const actionItemRules: Rule[] = [
	itemRule(
		{
			id: 'action-item-owner',
			defaultLevel: 'error',
			summary: 'An action item is owned by a person from people.yaml, not by a team.',
			fix: 'Set `owner` to the id of the one person who drives the item to done.',
		},
		(item, { handbook }) =>
			// Unknown ids are broken references, reported by the loader; here the owner exists but is a team.
			!isPerson(handbook, item.owner) && handbook.teams.has(item.owner)
				? findingOn(
						item,
						'owner',
						`"${item.id}" is owned by the team ${ownerName(handbook, item.owner)}; a team owns nothing, name one person`
					)
				: undefined
	),
	itemRule(
		{
			id: 'action-item-due',
			defaultLevel: 'error',
			summary: 'An action item has a due date.',
			fix: 'Add `due: YYYY-MM-DD`, agreed with the owner.',
		},
		(item) =>
			item.due === undefined ? findingOn(item, 'due', `"${item.id}" has no due date`) : undefined
	),
	itemRule(
		{
			id: 'action-item-wont-fix-reason',
			defaultLevel: 'error',
			summary: "A won't-fix action item says why.",
			fix: 'Add `reason:` (the risk accepted and who accepted it).',
		},
		(item) =>
			item.status === 'wont-fix' && item.reason === undefined
				? findingOn(item, 'reason', `"${item.id}" is won't-fix without a reason`)
				: undefined
	),
	itemRule(
		{
			id: 'action-item-closed-at',
			defaultLevel: 'warn',
			summary: 'A done action item records when it was closed.',
			fix: 'Add `closedAt: YYYY-MM-DD`: the completion rate counts items done by their due date.',
		},
		(item) =>
			item.status === 'done' && item.closedAt === undefined
				? findingOn(item, 'closedAt', `"${item.id}" is done but has no closedAt date`)
				: undefined
	),
	itemRule(
		{
			id: 'action-item-overdue',
			defaultLevel: 'warn',
			summary: 'An open action item is past its due date.',
			fix: 'Finish it, or agree a new `due` date with the owner and write down why.',
		},
		(item, { today }) =>
			isOverdue(item, today)
				? findingOn(item, 'due', `"${item.id}" was due ${item.due} and is still ${item.status}`)
				: undefined
	),
	itemRule(
		{
			id: 'action-item-escalate',
			defaultLevel: 'warn',
			summary:
				'An open action item has had no progress (`updatedAt`, else `createdAt`) for more than `actionItems.escalateAfterDays`.',
			fix: "Escalate to the owner's manager; record progress with `updatedAt`, or close it as won't-fix with a reason.",
		},
		(item, { handbook, today }) =>
			needsEscalation(handbook, item, today)
				? findingOn(
						item,
						item.updatedAt ? 'updatedAt' : 'createdAt',
						`"${item.id}" has had no progress for ${daysWithoutProgress(item, today)} days (escalate after ${handbook.config.actionItems.escalateAfterDays})`
					)
				: undefined
	),
];
