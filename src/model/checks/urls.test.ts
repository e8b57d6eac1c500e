import { describe, expect, it } from 'vitest';
import { parseUrlLock } from '../url-lock.ts';
import { testHandbook, type TestContent } from './test-handbook.ts';
import { urlRules } from './urls.ts';

const run = (id: string, runbooks: TestContent['runbooks'], lock?: string) => {
	const handbook = testHandbook({ runbooks });
	const urlLock = lock === undefined ? undefined : parseUrlLock(lock, 'urls.lock').lock;
	return urlRules
		.find((r) => r.id === id)!
		.check({ handbook: { ...handbook, ...(urlLock ? { urlLock } : {}) }, today: '2026-11-23' });
};

const LOCK = '# comment\n/runbooks/checkout/old-name/\n/alerts/CheckoutDown/\n';

describe('url-lost', () => {
	it('fires, with the lock line, for a locked URL nothing produces any more (a renamed runbook)', () => {
		expect(
			run('url-lost', { 'checkout/new-name': { data: { alerts: ['CheckoutDown'] } } }, LOCK)
		).toEqual([
			{
				file: 'urls.lock',
				field: 'line 2',
				message:
					'/runbooks/checkout/old-name/ is locked but no longer produced, and no runbook lists it in aliases:',
			},
		]);
	});
	it('is satisfied by an alias, and fires for an alert link once no runbook names the alert', () => {
		expect(
			run(
				'url-lost',
				{
					'checkout/new-name': {
						data: { alerts: ['CheckoutDown'], aliases: ['/runbooks/checkout/old-name/'] },
					},
				},
				LOCK
			)
		).toEqual([]);
		expect(run('url-lost', { 'checkout/old-name': {} }, LOCK)).toMatchObject([
			{ field: 'line 3', message: expect.stringContaining('/alerts/CheckoutDown/') },
		]);
	});
	it('does nothing without a lock', () => {
		expect(run('url-lost', {})).toEqual([]);
	});
});

describe('url-not-locked', () => {
	it('fires once when the lock is missing or incomplete', () => {
		expect(
			run('url-not-locked', { 'checkout/down': { data: { alerts: ['CheckoutDown'] } } })
		).toEqual([
			{
				file: 'urls.lock',
				field: '(file)',
				message: 'does not exist yet: 2 published URLs are unprotected',
			},
		]);
		expect(
			run(
				'url-not-locked',
				{ 'checkout/down': { data: { alerts: ['CheckoutDown'] } } },
				'/alerts/CheckoutDown/\n'
			)
		).toMatchObject([{ message: 'does not list /runbooks/checkout/down/' }]);
	});
	it('does not fire when every URL is locked', () => {
		expect(
			run(
				'url-not-locked',
				{ 'checkout/down': { data: { alerts: ['CheckoutDown'] } } },
				'/alerts/CheckoutDown/\n/runbooks/checkout/down/\n'
			)
		).toEqual([]);
	});
});

describe('url-alias', () => {
	it('fires for an alias that is not a plain path, that shadows a page, or that another runbook owns', () => {
		const runbooks = {
			'checkout/a': {
				data: { alerts: ['CheckoutDown'], aliases: ['/runbooks/../etc/', '/runbooks/'] },
			},
			'checkout/b': { data: { aliases: ['/alerts/CheckoutDown/', '/runbooks/checkout/b'] } },
		};
		expect(run('url-alias', runbooks).map((f) => [f.file, f.field, f.message])).toEqual([
			[
				'runbooks/checkout/a.mdx',
				'aliases.0',
				'"/runbooks/../etc/" is not a plain site path (letters, digits, "-", "_", "." and "/")',
			],
			['runbooks/checkout/a.mdx', 'aliases.1', '/runbooks/ is the URL of another page'],
			[
				'runbooks/checkout/b.mdx',
				'aliases.0',
				'/alerts/CheckoutDown/ already leads to runbooks/checkout/a.mdx (the link of alert CheckoutDown)',
			],
			['runbooks/checkout/b.mdx', 'aliases.1', "/runbooks/checkout/b/ is this runbook's own URL"],
		]);
	});
	it('does not fire for a plain old path', () => {
		expect(
			run('url-alias', {
				'checkout/a': { data: { aliases: ['/runbooks/old-name', '/kubememovercommit/'] } },
			})
		).toEqual([]);
	});
});
