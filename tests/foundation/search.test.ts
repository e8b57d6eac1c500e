/**
 * The on-call engineer at 3am searches for the alert name from the page, or for the symptom they see. Pagefind's own
 * client, run against the built example index, must put the right runbook first.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { alertNames } from '../../src/model/runbooks.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { openSearch, type SiteSearch } from '../helpers/pagefind.ts';
import { ROOT } from '../helpers/run.ts';

const handbook = openHandbook(join(ROOT, 'content')).handbook!;
let search: SiteSearch;

beforeAll(async () => {
	search = await openSearch(EXAMPLE_INTERNAL);
});
afterAll(() => search.close());

describe('search on the internal site', () => {
	const byAlert = [...handbook.runbooks.values()].flatMap((runbook) =>
		alertNames(runbook).map((alert) => [alert, runbook.id] as const)
	);

	it.each(byAlert)('finds the runbook for alert %s first', async (alert, runbookId) => {
		expect((await search.search(alert))[0]).toBe(urls.runbook(runbookId));
	});

	it.each([
		// Words from the runbook bodies, the way a responder describes what they see.
		['x509', 'api-gateway/apigatewaycertificateexpiringsoon'],
		['full disk', 'ledger/ledgerdiskspacelow'],
		['replay lag', 'ledger/ledgerreplicationlaghigh'],
	])('finds a runbook by the symptom "%s"', async (term, runbookId) => {
		expect((await search.search(term))[0]).toBe(urls.runbook(runbookId));
	});

	it('finds the runbooks of a service by its name', async () => {
		const service = handbook.services.get('webhook-worker')!;
		const results = await search.search(service.data.name);
		const runbooks = (handbook.runbooksByService.get(service.id) ?? []).map((runbook) =>
			urls.runbook(runbook.id)
		);
		expect(runbooks.length).toBeGreaterThan(0);
		expect(results.slice(0, 5)).toEqual(expect.arrayContaining(runbooks));
	});

	it('answers with entry pages, never with the lists that repeat their titles', async () => {
		// An action item's title is on its postmortem and on /action-items/; a runbook's on its page and on /runbooks/.
		const postmortem = [...handbook.postmortems.values()].find(
			(pm) => pm.data.actionItems.length > 0
		)!;
		const queries = [
			postmortem.data.actionItems[0]!.title,
			...[...handbook.runbooks.values()].slice(0, 3).map((runbook) => runbook.data.title),
		];
		const lists = [
			'/action-items/',
			'/checks/',
			'/readiness/',
			'/insights/',
			'/alerts/',
			'/incidents/',
			'/postmortems/',
			'/runbooks/',
			'/services/',
		];
		for (const query of queries) {
			const results = await search.search(query);
			expect(results.length, query).toBeGreaterThan(0);
			expect(
				results.filter((url) => lists.includes(url)),
				query
			).toEqual([]);
		}
	});
});
