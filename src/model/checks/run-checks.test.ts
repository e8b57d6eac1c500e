import { describe, expect, it } from 'vitest';
import { checkHandbook } from './report.ts';
import { levelProblems, runChecks } from './run-checks.ts';
import { testHandbook } from './test-handbook.ts';
import type { Rule } from './types.ts';

const rule = (id: string, defaultLevel: 'error' | 'warn', file: string): Rule => ({
	id,
	defaultLevel,
	summary: `${id} summary`,
	fix: `${id} fix`,
	check: () => [{ file, field: 'f', message: `${id} fired` }],
});
const rules = [
	rule('loud', 'error', 'b.mdx'),
	rule('quiet', 'warn', 'a.mdx'),
	rule('muted', 'warn', 'a.mdx'),
];

describe('levels from handbook.yaml checks:', () => {
	it('uses each rule default level when checks: is empty, sorted by file', () => {
		const findings = runChecks({ handbook: testHandbook(), today: '2026-11-23' }, rules);
		expect(findings.map((f) => [f.file, f.rule, f.level])).toEqual([
			['a.mdx', 'muted', 'warn'],
			['a.mdx', 'quiet', 'warn'],
			['b.mdx', 'loud', 'error'],
		]);
	});

	it('raises, lowers and turns off rules by id', () => {
		const handbook = testHandbook({
			config: { checks: { loud: 'warn', quiet: 'error', muted: 'off' } },
		});
		expect(
			runChecks({ handbook, today: '2026-11-23' }, rules).map((f) => [f.rule, f.level])
		).toEqual([
			['quiet', 'error'],
			['loud', 'warn'],
		]);
	});

	it('reports an unknown rule id as a problem of handbook.yaml, with the rule it is close to, and runs nothing', () => {
		const handbook = testHandbook({ config: { checks: { 'action-item-owners': 'off' } } });
		expect(levelProblems(handbook.config)).toEqual([
			{
				file: 'handbook.yaml',
				field: 'checks.action-item-owners',
				expected: expect.stringContaining(
					'the id of a rule (action-item-closed-at, action-item-due'
				),
				found: '"action-item-owners", which no rule has',
				fix: 'did you mean `action-item-owner`?',
			},
		]);
		expect(checkHandbook(handbook, '2026-11-23').report).toBeUndefined();
		expect(
			levelProblems(testHandbook({ config: { checks: { 'action-item-owner': 'off' } } }).config)
		).toEqual([]);
	});

	it('summarizes by level and rule', () => {
		const { report } = checkHandbook(testHandbook(), '2026-11-23', rules);
		expect(report!.summary).toEqual({
			errors: 1,
			warnings: 2,
			byRule: { muted: 1, quiet: 1, loud: 1 },
		});
	});
});
