/**
 * "did you mean" for every kind of unknown id, on the example content with one typo each, as the loader and the
 * checks report it; and the owner fields asking for what their rules accept.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/checks/report.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import type { Problem } from '../../src/model/problems.ts';
import { exampleCopy, type Edit } from '../helpers/fixture.ts';
import { firebreak, TODAY } from '../helpers/run.ts';

const PM = 'postmortems/2026-03-04-checkout-outage-ledger-pool.mdx';
const INCIDENT = 'incidents/2026-03-04-checkout-outage-ledger-pool.mdx';
const SERVICE = 'services/checkout-api.yaml';
const RUNBOOK = 'runbooks/checkout-api/CheckoutApiHighErrorRate.mdx';

/** @returns the one problem the edit causes, after checking it is the only one. */
function problemOf(edit: Edit, field: string): Problem {
	const { problems } = openHandbook(exampleCopy([edit]));
	expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([`${edit.file} ${field}`]);
	return problems[0]!;
}

describe('did you mean: references the linker resolves', () => {
	it('a person: an action item owner, an incident role, an on-call rotation', () => {
		expect(
			problemOf(
				{ file: PM, replace: ['owner: mhartmann', 'owner: mhartman'] },
				'actionItems.0.owner'
			)
		).toMatchObject({
			found: '"mhartman", which no person has',
			fix: 'did you mean `mhartmann`?',
		});
		expect(
			problemOf({ file: INCIDENT, replace: ['ic: lbecker', 'ic: lbekcer'] }, 'roles.ic').fix
		).toBe('did you mean `lbecker`?');
		expect(
			problemOf(
				{
					file: 'handbook.yaml',
					replace: ['primary: [amoreau, jkowalski]', 'primary: [amoreau, jkowalsky]'],
				},
				'onCall.rotations.0.primary.1'
			).fix
		).toBe('did you mean `jkowalski`?');
		expect(
			problemOf(
				{ file: PM, replace: ['authors: [mhartmann, sfischer]', 'authors: [mhartmann, sfisher]'] },
				'authors.1'
			).fix
		).toBe('did you mean `sfischer`?');
	});

	it('a team: a service team, a person team', () => {
		expect(
			problemOf({ file: SERVICE, replace: ['team: payments', 'team: paymnets'] }, 'team')
		).toMatchObject({
			expected: 'the id of a team (teams in people.yaml)',
			fix: 'did you mean `payments`?',
		});
		expect(
			problemOf(
				{ file: 'people.yaml', replace: ['    team: platform', '    team: platfrom'] },
				'people.0.team'
			).fix
		).toBe('did you mean `platform`?');
	});

	it('a team or person: a runbook owner, a service escalation', () => {
		expect(
			problemOf({ file: RUNBOOK, replace: ['owner: payments', 'owner: payment'] }, 'owner')
		).toMatchObject({
			expected: 'the id of a team or person (teams and people in people.yaml)',
			fix: 'did you mean `payments`?',
		});
		expect(
			problemOf(
				{
					file: SERVICE,
					replace: [
						'escalation: [tnguyen, sfischer, payments]',
						'escalation: [tnguyen, sfischer, paymets]',
					],
				},
				'escalation.2'
			).fix
		).toBe('did you mean `payments`?');
	});

	it('a service: a runbook service, an incident service', () => {
		expect(
			problemOf(
				{ file: RUNBOOK, replace: ['service: checkout-api', 'service: checkout-apl'] },
				'service'
			).fix
		).toBe('did you mean `checkout-api`?');
		expect(
			problemOf(
				{
					file: INCIDENT,
					replace: [
						'services: [checkout-api, ledger, api-gateway]',
						'services: [checkout-api, ledger, api-gatway]',
					],
				},
				'services.2'
			).fix
		).toBe('did you mean `api-gateway`?');
	});

	it('a component: an incident component, a service component', () => {
		expect(
			problemOf(
				{ file: INCIDENT, replace: ['  checkout: major_outage', '  chekout: major_outage'] },
				'components.chekout'
			).fix
		).toBe('did you mean `checkout`?');
		expect(
			problemOf(
				{ file: SERVICE, replace: ['component: checkout', 'component: checkuot'] },
				'component'
			).fix
		).toBe('did you mean `checkout`?');
	});

	it('an incident: the incident of a postmortem', () => {
		expect(
			problemOf(
				{
					file: PM,
					replace: [
						'incident: 2026-03-04-checkout-outage-ledger-pool',
						'incident: 2026-03-04-checkout-outage-ledger-pol',
					],
				},
				'incident'
			).fix
		).toBe('did you mean `2026-03-04-checkout-outage-ledger-pool`?');
	});

	it('suggests nothing far from every id', () => {
		expect(
			problemOf({ file: INCIDENT, replace: ['ic: lbecker', 'ic: someone'] }, 'roles.ic')
		).not.toHaveProperty('fix');
	});
});

describe('did you mean: values the schemas know', () => {
	it('a severity of the ladder', () => {
		expect(
			problemOf({ file: INCIDENT, replace: ['severity: sev1', 'severity: sve1'] }, 'severity')
		).toMatchObject({
			expected: 'one of sev1, sev2, sev3, sev4 (the ladder in handbook.yaml)',
			fix: 'did you mean `sev1`?',
		});
		expect(
			problemOf({ file: INCIDENT, replace: ['severity: sev1', 'severity: Sev1'] }, 'severity').fix
		).toBe('did you mean `sev1`?');
	});

	it('any other value of a fixed list (an update status), and a field name', () => {
		expect(
			problemOf(
				{ file: INCIDENT, replace: ['status: investigating', 'status: investigatng'] },
				'updates.0.status'
			).fix
		).toBe('did you mean `investigating`?');
		expect(
			problemOf({ file: INCIDENT, replace: ['\nsummary:', '\nsumary:'] }, 'sumary')
		).toMatchObject({ found: 'unknown field "sumary"', fix: 'did you mean `summary`?' });
		// Inside a list of mappings too: the misspelt key and the missing one.
		const { problems } = openHandbook(
			exampleCopy([{ file: PM, replace: ['    owner: mhartmann', '    ownr: mhartmann'] }])
		);
		expect(problems.map((p) => [p.field, p.fix])).toEqual([
			['actionItems.0.owner', undefined],
			['actionItems.0.ownr', 'did you mean `owner`?'],
		]);
	});

	it('a placeholder of a comms template', () => {
		const { problems } = openHandbook(
			exampleCopy([
				{
					file: 'comms.yaml',
					replace: ['{severity} incident declared', '{sevrity} incident declared'],
				},
			])
		);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'comms.yaml',
				found: '"{sevrity}"',
				fix: 'did you mean {severity}?',
			}),
		]);
	});

	it('a rule id in handbook.yaml checks:', () => {
		const result = checkContent(
			exampleCopy([
				{
					file: 'handbook.yaml',
					replace: ['  alert-runbook-missing: warn', '  alert-runbook-mising: warn'],
				},
			]),
			TODAY
		);
		expect(result.problems).toEqual([
			expect.objectContaining({
				field: 'checks.alert-runbook-mising',
				fix: 'did you mean `alert-runbook-missing`?',
			}),
		]);
	});
});

describe('did you mean: findings', () => {
	it('an alert a runbook names that no rule file defines', () => {
		const { report } = checkContent(
			exampleCopy([
				{
					file: RUNBOOK,
					replace: ['alerts: [CheckoutApiHighErrorRate]', 'alerts: [CheckoutApiHighErorRate]'],
				},
			]),
			TODAY
		);
		const unknown = report!.findings.filter((f) => f.rule === 'alert-unknown');
		expect(unknown.map((f) => [f.file, f.field, f.message])).toEqual([
			[
				RUNBOOK,
				'alerts.0',
				'names CheckoutApiHighErorRate, which no rule file in alerts/ defines; did you mean `CheckoutApiHighErrorRate`?',
			],
		]);
	});
});

describe('owner fields say what their rules accept', () => {
	it('an action item asks for a person and suggests people only, since the action-item-owner rule refuses teams', () => {
		const typo = problemOf(
			{ file: PM, replace: ['owner: mhartmann', 'owner: paymnets'] },
			'actionItems.0.owner'
		);
		expect(typo.expected).toBe(
			'the id of a person (people in people.yaml): one person owns an action item, not a team'
		);
		expect(typo.found).toBe('"paymnets", which no person has');
		expect(typo).not.toHaveProperty('fix');
	});

	it('the CLI prints the whole block: where, what is expected, what was found, the suggestion', () => {
		const result = firebreak(
			['check'],
			exampleCopy([{ file: PM, replace: ['owner: mhartmann', 'owner: mhartman'] }])
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			[
				`✖ ${PM}:39`,
				'  field:    actionItems.0.owner',
				'  expected: the id of a person (people in people.yaml): one person owns an action item, not a team',
				'  found:    "mhartman", which no person has',
				'  fix:      did you mean `mhartmann`?',
			].join('\n')
		);
	});
});
