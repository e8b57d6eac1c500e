/**
 * `npm run dev` follows the content folder: a change to a frontmatter field, a YAML file or a new entry shows in the
 * served page without a restart; content the build would refuse is shown as `firebreak check`'s block in the page,
 * in the error overlay's payload and in the terminal, and the server keeps answering until the file is fixed.
 */
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { withBuildLock } from '../../scripts/build-lock.ts';
import { applyEdits, exampleCopy, type Edit } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';
import { answerWhen, get, hmrClient, startDevServer, until, type DevServer } from './dev-server.ts';

const INCIDENT = 'incidents/2026-11-23-api-elevated-latency.mdx';
const FIRST_UPDATE = 'Some requests to the Payments API are slower than usual';

/** A runbook the example does not have, for a service and a team it does. */
const NEW_RUNBOOK = `---
title: Auth token introspection failing
service: auth
alerts: [AuthTokenIntrospectionErrors]
owner: accounts
lastReviewed: 2026-11-01
status: reviewed
---

## Meaning

Token introspection returns errors for every zebra request.

## Impact

API calls with OAuth tokens fail.

## Diagnosis

Read the auth logs.

## Mitigation

Restart the auth pods.

## Escalation

Page the accounts team.
`;

/** Runs `body` against a dev server of `site` on a copy of the example, and stops the server whatever happens. */
async function withDevServer(
	site: 'internal' | 'public',
	body: (server: DevServer, change: (...edits: Edit[]) => void) => Promise<void>
) {
	// The dev server writes `.astro/` in the project root, as builds do: it takes its turn with them.
	await withBuildLock(ROOT, async () => {
		const dir = exampleCopy();
		const server = await startDevServer(dir, site);
		try {
			await body(server, (...edits) => applyEdits(dir, edits));
		} finally {
			await server.stop();
		}
	});
}

const has = (text: string) => (answer: { status: number; text: string }) =>
	answer.status === 200 && answer.text.includes(text);

/**
 * Makes a change the build refuses and checks that the server shows it everywhere and keeps answering, then fixes it.
 * @returns the block the server showed
 */
async function refusedThenFixed(
	server: DevServer,
	change: (...edits: Edit[]) => void,
	broken: Edit,
	fixed: Edit,
	page: string,
	expected: { file: string; field: string }
) {
	const hmr = await hmrClient(server);
	try {
		const stderrBefore = server.stderr().length;
		change(broken);
		const refused = await answerWhen(
			server,
			page,
			(answer) => answer.status === 500 && answer.text.includes('<pre id="firebreak-problems">')
		);
		const block = decodeHTML(
			/<pre id="firebreak-problems">([\s\S]*?)<\/pre>/.exec(refused.text)?.[1] ?? ''
		);
		expect(block).toMatch(
			new RegExp(
				`^✖ ${expected.file.replace(/\./g, '\\.')}(:\\d+)?\\n  field:    ${expected.field}\\n  expected: `
			)
		);
		expect(block).toMatch(/Firebreak found 1 content problem/);
		// The same block in the terminal, and in the overlay the open tab received.
		await until(
			() => (server.stderr().includes(block) ? true : undefined),
			10_000,
			() => `stderr lacks the block:\n${server.stderr()}`
		);
		const overlay = await until(
			() => hmr.messages.find((message) => message.type === 'error'),
			10_000,
			() => JSON.stringify(hmr.messages)
		);
		// Astro's overlay message marks code spans up as <code>; the text is the block itself.
		expect(decodeHTML((overlay.err?.message ?? '').replace(/<\/?code>/g, '`'))).toBe(block);
		expect(server.stderr().slice(stderrBefore), 'a stack trace').not.toMatch(
			/\n\s+at .+:\d+:\d+\)?\n/
		);
		// The server still answers: its own client script, and the same block on every page.
		expect((await get(server, '/@vite/client')).status).toBe(200);
		expect((await get(server, '/')).text).toContain(
			refused.text.slice(refused.text.indexOf('<pre'))
		);

		change(fixed);
		await answerWhen(server, page, (answer) => answer.status === 200);
		await until(
			() => (hmr.messages.some((message) => message.type === 'full-reload') ? true : undefined),
			10_000,
			() => JSON.stringify(hmr.messages)
		);
		expect(server.stdout()).toContain('The content problems are fixed.');
		return block;
	} finally {
		hmr.close();
	}
}

describe('npm run dev', () => {
	it('shows every kind of content change on the internal site without a restart, and content problems until they are fixed', async () => {
		await withDevServer('internal', async (server, change) => {
			const incidentPage = '/incidents/2026-11-23-api-elevated-latency/';
			expect(await get(server, incidentPage)).toMatchObject({ status: 200 });

			change({ file: INCIDENT, replace: [/^title: .*$/m, 'title: Payments API zebra latency'] });
			await answerWhen(server, incidentPage, has('<title>Payments API zebra latency |'));

			change({
				file: INCIDENT,
				replace: [FIRST_UPDATE, 'Every zebra request to the Payments API is slow'],
			});
			await answerWhen(
				server,
				incidentPage,
				has('Every zebra request to the Payments API is slow')
			);

			// handbook.yaml: the pages follow it without a restart (only Astro's own config, the site title, waits for one).
			change({ file: 'handbook.yaml', replace: ['label: Sev-1', 'label: Sev-Zebra'] });
			await answerWhen(server, '/severity/', has('Sev-Zebra'));

			change({ file: 'runbooks/auth/AuthTokenIntrospectionErrors.mdx', write: NEW_RUNBOOK });
			await answerWhen(
				server,
				'/runbooks/auth/authtokenintrospectionerrors/',
				has('for every zebra request')
			);
			expect(await get(server, '/alerts/AuthTokenIntrospectionErrors/')).toMatchObject({
				status: 301,
				location: '/runbooks/auth/authtokenintrospectionerrors/',
			});
			await answerWhen(server, '/runbooks/', has('Auth token introspection failing'));

			// An owner typo: a broken reference, found only once every file is read.
			await refusedThenFixed(
				server,
				change,
				{
					file: 'runbooks/auth/AuthTokenIntrospectionErrors.mdx',
					replace: ['owner: accounts', 'owner: acounts'],
				},
				{
					file: 'runbooks/auth/AuthTokenIntrospectionErrors.mdx',
					replace: ['owner: acounts', 'owner: accounts'],
				},
				'/runbooks/auth/authtokenintrospectionerrors/',
				{ file: 'runbooks/auth/AuthTokenIntrospectionErrors.mdx', field: 'owner' }
			);
			await answerWhen(
				server,
				'/runbooks/auth/authtokenintrospectionerrors/',
				has('for every zebra request')
			);
		});
	});

	it('does the same on the public site', async () => {
		await withDevServer('public', async (server, change) => {
			const incidentPage = '/incidents/2026-11-23-elevated-latency-on-the-payments-api/';
			expect(await get(server, incidentPage)).toMatchObject({ status: 200 });

			change({
				file: INCIDENT,
				replace: [FIRST_UPDATE, 'Every zebra request to the Payments API is slow'],
			});
			await answerWhen(
				server,
				incidentPage,
				has('Every zebra request to the Payments API is slow')
			);

			change({
				file: 'handbook.yaml',
				replace: ['name: Payments API', 'name: Zebra Payments API'],
			});
			await answerWhen(server, '/', has('Zebra Payments API'));

			// A new public incident, and its page.
			change({
				file: 'incidents/2026-11-22-zebra-webhooks.mdx',
				write: [
					'---',
					'title: Webhooks delayed by a zebra',
					'severity: sev3',
					'services: [webhook-worker]',
					'startedAt: 2026-11-22T09:00:00+01:00',
					'detectedAt: 2026-11-22T09:05:00+01:00',
					'acknowledgedAt: 2026-11-22T09:06:00+01:00',
					'mitigatedAt: 2026-11-22T09:30:00+01:00',
					'resolvedAt: 2026-11-22T09:40:00+01:00',
					'roles: { ic: tnguyen }',
					'components: { webhooks: partial_outage }',
					'public: true',
					'publicTitle: Delayed webhook deliveries on Sunday',
					'updates:',
					'  - { at: 2026-11-22 09:10, status: investigating, body: Webhook deliveries are delayed. }',
					'  - { at: 2026-11-22 09:40, status: resolved, body: Webhook deliveries are back to normal. }',
					'---',
					'Notes.',
					'',
				].join('\n'),
			});
			await answerWhen(server, '/history/', has('Delayed webhook deliveries on Sunday'));

			await refusedThenFixed(
				server,
				change,
				{ file: INCIDENT, replace: ['severity: sev3', 'severity: sev9'] },
				{ file: INCIDENT, replace: ['severity: sev9', 'severity: sev3'] },
				incidentPage,
				{ file: INCIDENT, field: 'severity' }
			);
		});
	});
});
