import { describe, expect, it } from 'vitest';
import { siteRules } from './sites.ts';
import { testContext } from './test-handbook.ts';

const run = (internal: string, publicSite: string) =>
	siteRules[0]!.check(testContext({ config: { sites: { internal, public: publicSite } } }));

describe('sites-same-domain', () => {
	it('passes two registrable domains, an internal zone included', () => {
		expect(run('https://handbook.acme.internal', 'https://status.acme.com')).toEqual([]);
		expect(run('https://handbook.acme.com', 'https://acmestatus.com')).toEqual([]);
		// github.io is a public suffix: two Pages sites of two accounts are two registrable domains.
		expect(run('https://acme-handbook.github.io', 'https://acme-status.github.io')).toEqual([]);
	});

	it('warns on two hosts of one registrable domain, public suffixes read from the list', () => {
		expect(run('https://handbook.acme.co.uk', 'https://status.acme.co.uk')).toEqual([
			{
				file: 'handbook.yaml',
				field: 'sites.internal',
				message:
					'handbook.acme.co.uk and status.acme.co.uk share the registrable domain acme.co.uk: cookies set for acme.co.uk reach both, and each is same-site for the other',
			},
		]);
		expect(run('https://acme.com/handbook', 'https://status.acme.com')).toHaveLength(1);
	});

	it('says when one host serves both, by path', () => {
		expect(run('https://acme.com/handbook/', 'https://acme.com/status/')[0]!.message).toMatch(
			/^acme\.com serves both sites: one origin/
		);
		expect(run('http://10.0.0.5:8080/handbook', 'http://10.0.0.5:8080/status')[0]!.message).toMatch(
			/^10\.0\.0\.5:8080 serves both sites/
		);
	});
});
