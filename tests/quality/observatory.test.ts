/**
 * MDN's HTTP Observatory grades both example sites, served on loopback with their own `_headers` applied. Its `scan()`
 * takes a bare host name (ports 80 and 443), so the test runs its retriever on the server's port and then every one
 * of its tests and its grader, adding up the score as `scan()` does. Over plain HTTP two tests cannot pass (no
 * redirection to HTTPS, no HSTS over HTTP): 60 points, C+, is the best grade any site reachable only over HTTP gets,
 * and the other eight tests must cost nothing (the manual, src/docs/deployment.md).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { serve } from '../helpers/serve.ts';

/** The expectations a site served over plain HTTP cannot avoid, whatever its headers. */
const NEEDS_HTTPS = new Set(['redirection-missing', 'hsts-not-implemented-no-https']);

interface Graded {
	grade: string;
	score: number;
	/** `test: expectation (modifier)` of every test that did not score 0 or better. */
	deductions: string[];
	results: Record<string, string>;
}

/** @returns the Observatory's grade of the site served at `url` (an `http://127.0.0.1:<port>` loopback server) */
async function observatory(url: string): Promise<Graded> {
	const { hostname, port } = new URL(url);
	const requests = await retrieve(hostname, { httpPort: port, httpsPort: port });
	let withExtraCredit = 100;
	let uncurved = 100;
	const deductions: string[] = [];
	const results: Record<string, string> = {};
	for (const test of ALL_TESTS) {
		const { result } = test(requests);
		const modifier = getScoreModifier(result);
		results[test.name] = result;
		withExtraCredit += modifier;
		if (modifier < 0) {
			uncurved += modifier;
			deductions.push(`${test.name}: ${result} (${modifier})`);
		}
	}
	const { grade, score } = getGradeForScore(
		uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved
	);
	return { grade, score, deductions, results };
}

beforeAll(() => {
	// The package's postinstall downloads Chromium's HSTS preload list, which an offline install cannot; its
	// redirection test reads the list. No loopback address is on it, so an empty list gives the same answer here.
	const list = join(
		dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json')),
		'conf/hsts-preload.json'
	);
	if (!existsSync(list)) writeFileSync(list, '{}\n');
});

describe.each([
	['internal', EXAMPLE_INTERNAL],
	['public', EXAMPLE_PUBLIC],
])('MDN HTTP Observatory on the %s site', (site, dir) => {
	let graded: Graded;
	beforeAll(async () => {
		const server = await serve(dir, { hostHeaders: true });
		try {
			graded = await observatory(server.url);
		} finally {
			await server.close();
		}
		console.log(
			`[observatory] ${site}: ${graded.grade} (${graded.score}); ${JSON.stringify(graded.results)}`
		);
	});

	it('takes points off only for what needs HTTPS', () => {
		expect(
			graded.deductions.filter((d) => ![...NEEDS_HTTPS].some((e) => d.includes(`: ${e} (`)))
		).toEqual([]);
	});

	it('passes the CSP with no unsafe-inline script, framing, nosniff and referrer tests', () => {
		expect(graded.results.contentSecurityPolicyTest).toBe(
			'csp-implemented-with-unsafe-inline-in-style-src-only'
		);
		expect(graded.results.xFrameOptionsTest).toBe('x-frame-options-implemented-via-csp');
		expect(graded.results.xContentTypeOptionsTest).toBe('x-content-type-options-nosniff');
		expect(graded.results.referrerPolicyTest).toBe('referrer-policy-private');
	});

	it('reaches the best grade a plain-HTTP site can: C+ (60)', () => {
		expect(graded).toMatchObject({ grade: 'C+', score: 60 });
	});
});
