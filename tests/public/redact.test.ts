/** The redactor on people's names: accents, names that are also ordinary words, in the example and a changed fixture. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { createRedactor } from '../../src/model/public/redact.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';

describe('redact, on the example content', () => {
	it('matches names written without their accents', () => {
		const example = openHandbook(join(ROOT, 'content')).handbook!;
		expect(createRedactor(example).redact('Anais Moreau, Anaïs and anais saw it')).toBe(
			'An engineer, an engineer and an engineer saw it'
		);
	});
});

describe('redact, on names that are also ordinary words, and on public vocabulary', () => {
	const dir = fixtureCopy('leaky', [
		{
			file: 'people.yaml',
			replace: [
				'people:\n',
				'people:\n  - id: ajones\n    name: April Jones\n    team: ops\n  - id: wturner\n    name: Will Turner\n    team: ops\n',
			],
		},
	]);
	const { redact: redactIn } = createRedactor(openHandbook(dir).handbook!);

	it.each([
		// A person called April: the month stays, the person does not.
		['Resolved on 21 April 2026.', 'Resolved on 21 April 2026.'],
		['April Jones restarted it.', 'An engineer restarted it.'],
		[
			'We will update you. Will Turner paged us, then Will rolled back.',
			'We will update you. An engineer paged us, then an engineer rolled back.',
		],
		[
			'Write to support@quokka.example or see docs.quokka.example/status.',
			'Write to support@quokka.example or see docs.quokka.example/status.',
		],
		[
			'The issue is resolved.No further action is needed.',
			'The issue is resolved.No further action is needed.',
		],
		[
			'Only eu-central-1 and us-east-2 were affected.',
			'Only eu-central-1 and us-east-2 were affected.',
		],
		[
			'We patched CVE-2024-3094; UTF-8 and SHA-256 were fine.',
			'We patched CVE-2024-3094; UTF-8 and SHA-256 were fine.',
		],
	])('%s', (input, output) => {
		expect(redactIn(input)).toBe(output);
	});

	it.each([
		['Tracked in OPS-7781.', 'Tracked in an internal ticket.'],
		['Pod tracking-api-7d9f8b6c5d-x2x4k restarted.', 'Pod an internal service restarted.'],
		[
			'Logs in s3://qk-tracking-logs/2026/ and gs://qk-audit/x.',
			'Logs in an internal resource and an internal resource.',
		],
		[
			'Deploys from http://jenkins/job/tracking/ stalled; grafana:3000 showed it.',
			'Deploys from an internal service stalled; an internal service showed it.',
		],
		['tracking.service.consul timed out.', 'An internal service timed out.'],
		['Call +44 20 7946 0958 for help.', 'Call a phone number for help.'],
		[
			'arn:aws:rds:eu-west-1:123456789012:db:tracking-main went down.',
			'An internal resource went down.',
		],
		[
			'Posted to hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.',
			'Posted to a secret.',
		],
		[
			'Globex-era pricing for globex_logistics and GlobexLogistics.',
			'A customer-era pricing for a customer and a customer.',
		],
		['Ping tomasz.w or github:priya-rag.', 'Ping an engineer or an engineer.'],
	])('%s', (input, output) => {
		expect(redactIn(input)).toBe(output);
	});
});
