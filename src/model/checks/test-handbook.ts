/**
 * Builds a linked handbook from plain objects for the rule tests: the data goes through the real schemas (defaults,
 * timestamps in the handbook's zone) and `linkHandbook()`, so a rule is tested on exactly what the loader would give it.
 */
import { handbookSchema } from '../../schemas/handbook.ts';
import { contentSchemas } from '../../schemas/index.ts';
import type { Handbook } from '../handbook.ts';
import { linkHandbook } from '../link-handbook.ts';
import type { Heading } from '../source-file.ts';
import type { CheckContext } from './types.ts';

const BASE_CONFIG = {
	org: { name: 'Acme Pay', timezone: 'Europe/Berlin' },
	sites: { internal: 'https://handbook.acme.internal', public: 'https://status.acme.com' },
	severities: [
		{
			id: 'sev1',
			label: 'Sev-1',
			definition: 'Down.',
			ackMinutes: 5,
			updateCadenceMinutes: 30,
			declaredBy: 'anyone',
			icRequired: true,
			postmortem: { required: true, dueBusinessDays: 5 },
		},
		{
			id: 'sev2',
			label: 'Sev-2',
			definition: 'Degraded.',
			ackMinutes: 15,
			updateCadenceMinutes: 60,
			declaredBy: 'anyone',
			icRequired: false,
			postmortem: { required: false },
		},
	],
	components: [{ id: 'checkout', name: 'Checkout' }],
};

const PEOPLE = {
	teams: [{ id: 'payments', name: 'Payments' }],
	people: [
		{
			id: 'amoreau',
			name: 'Alice Moreau',
			handles: ['@amoreau', 'github:alice-m'],
			team: 'payments',
		},
		{ id: 'bkhan', name: 'Bilal Khan', team: 'payments' },
	],
};

export interface TestContent {
	config?: Record<string, unknown>;
	incidents?: Record<string, Record<string, unknown>>;
	postmortems?: Record<string, Record<string, unknown>>;
	maintenances?: Record<string, Record<string, unknown>>;
	/** A runbook's body is its headings, each with a line under it, unless `body` gives it. */
	runbooks?: Record<string, { data?: Record<string, unknown>; headings?: string[]; body?: string }>;
}

/** A resolved Sev-1 on 2026-03-04 (a Wednesday), in order, with IC and tech lead. */
export function incidentData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		title: 'Checkout failing',
		severity: 'sev1',
		services: ['checkout-api'],
		startedAt: '2026-03-04 10:00',
		detectedAt: '2026-03-04 10:05',
		acknowledgedAt: '2026-03-04 10:07',
		mitigatedAt: '2026-03-04 10:40',
		resolvedAt: '2026-03-04 11:00',
		roles: { ic: 'amoreau', tl: 'bkhan' },
		...overrides,
	};
}

/** A published postmortem of `incident` with three open action items owned by people. */
export function postmortemData(
	incident: string,
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		incident,
		title: 'Pool exhausted',
		status: 'published',
		publishedAt: '2026-03-10',
		authors: ['amoreau'],
		summary: 'Checkout failed.',
		rootCause: 'The pool was too small.',
		contributingFactors: ['Pool size not tuned'],
		actionItems: [1, 2, 3].map((n) => actionItemData({ id: `${incident}-${n}` })),
		...overrides,
	};
}

/** An open action item created 2026-03-10, due 2026-12-31, owned by a person. */
export function actionItemData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'item-1',
		title: 'Alert on pool saturation',
		type: 'detect',
		owner: 'bkhan',
		priority: 'P2',
		createdAt: '2026-11-10',
		due: '2026-12-31',
		status: 'open',
		...overrides,
	};
}

/** @returns the linked handbook of the given content; throws when the content itself is invalid. */
export function testHandbook(content: TestContent = {}): Handbook {
	const config = handbookSchema.parse({ ...BASE_CONFIG, ...content.config });
	const schemas = contentSchemas(config);
	const people = schemas.people.parse(PEOPLE);
	const mdx = <T>(folder: string, id: string, data: T, headings: string[] = [], body?: string) => ({
		id,
		file: `${folder}/${id}.mdx`,
		data,
		body: body ?? headings.map((h) => `## ${h}\n\nWhat to do.\n`).join('\n'),
		headings: headings.map((text): Heading => ({ depth: 2, text })),
	});
	const { handbook, problems } = linkHandbook({
		dir: '/test',
		config,
		teams: people.teams.map((data, i) => ({
			id: data.id,
			file: 'people.yaml',
			field: `teams.${i}`,
			data,
		})),
		people: people.people.map((data, i) => ({
			id: data.id,
			file: 'people.yaml',
			field: `people.${i}`,
			data,
		})),
		services: [
			{
				id: 'checkout-api',
				file: 'services/checkout-api.yaml',
				data: schemas.service.parse({
					id: 'checkout-api',
					name: 'Checkout API',
					team: 'payments',
					tier: 1,
				}),
			},
		],
		runbooks: Object.entries(content.runbooks ?? {}).map(([id, { data, headings, body }]) =>
			mdx(
				'runbooks',
				id,
				schemas.runbook.parse({
					title: id,
					service: 'checkout-api',
					owner: 'payments',
					lastReviewed: '2026-11-01',
					status: 'reviewed',
					...data,
				}),
				headings ?? ['Meaning', 'Impact', 'Diagnosis', 'Mitigation', 'Escalation'],
				body
			)
		),
		incidents: Object.entries(content.incidents ?? {}).map(([id, data]) =>
			mdx('incidents', id, schemas.incident.parse(data))
		),
		postmortems: Object.entries(content.postmortems ?? {}).map(([id, data]) =>
			mdx('postmortems', id, schemas.postmortem.parse(data))
		),
		maintenances: Object.entries(content.maintenances ?? {}).map(([id, data]) =>
			mdx('maintenance', id, schemas.maintenance.parse(data))
		),
		guides: [],
		rejected: new Set(),
	});
	if (problems.length > 0)
		throw new Error(`test content has problems: ${JSON.stringify(problems)}`);
	return handbook;
}

/** @returns a check context on `today` (default: the pinned test day, 2026-11-23). */
export function testContext(content: TestContent = {}, today = '2026-11-23'): CheckContext {
	return { handbook: testHandbook(content), today };
}
