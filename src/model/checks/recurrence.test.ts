import { describe, expect, it } from 'vitest';
import { normalizeFactor, recurrenceRules } from './recurrence.ts';
import { incidentData, postmortemData, testContext } from './test-handbook.ts';

/** One incident per start date, each with a postmortem listing `factors`. */
function context(
	starts: string[],
	factors: (i: number) => string[],
	drill = (_i: number) => false
) {
	const ids = starts.map((_, i) => `inc-${i}`);
	return testContext({
		incidents: Object.fromEntries(
			starts.map((day, i) => [
				ids[i],
				incidentData({
					drill: drill(i),
					startedAt: `${day} 10:00`,
					detectedAt: `${day} 10:05`,
					acknowledgedAt: `${day} 10:07`,
					mitigatedAt: `${day} 10:40`,
					resolvedAt: `${day} 11:00`,
				}),
			])
		),
		postmortems: Object.fromEntries(
			ids.map((id, i) => [id, postmortemData(id, { contributingFactors: factors(i) })])
		),
	});
}
const rule = recurrenceRules[0]!;

describe('recurring-factor', () => {
	it('fires once when three incidents within 180 days share a factor, on the latest postmortem', () => {
		const findings = rule.check(
			context(['2026-01-10', '2026-03-01', '2026-07-01'], (i) => [
				'Deploy without canary',
				i === 1 ? 'deploy without canary.' : 'Other',
			])
		);
		expect(findings).toEqual([
			{
				file: 'postmortems/inc-2.mdx',
				field: 'contributingFactors.0',
				message:
					'"Deploy without canary" contributed to 3 incidents within 180 days (inc-0, inc-1, inc-2): needs a project, not another action item',
				entry: { kind: 'postmortem', id: 'inc-2' },
			},
		]);
	});
	it('does not fire when the three are spread over more than 180 days', () => {
		expect(
			rule.check(
				context(['2026-01-10', '2026-03-01', '2026-07-10'], () => ['Deploy without canary'])
			)
		).toEqual([]);
	});
	it('does not count drills or different factors', () => {
		expect(
			rule.check(
				context(
					['2026-01-10', '2026-03-01', '2026-04-01'],
					() => ['Deploy without canary'],
					(i) => i === 0
				)
			)
		).toEqual([]);
		expect(
			rule.check(context(['2026-01-10', '2026-03-01', '2026-04-01'], (i) => [`Factor ${i}`]))
		).toEqual([]);
	});
	it('normalizes case, spacing and final punctuation', () => {
		expect(normalizeFactor('  Deploy   without Canary. ')).toBe('deploy without canary');
	});
});
