/**
 * The review gate on built sites, driven as a team uses it: a public postmortem nobody approved is on no public page,
 * feed, API file or sitemap; `firebreak public approve` by a non-author publishes it; an edit of its public summary
 * withholds it again (a `public-review-stale` finding, the diff in the internal Public preview); with
 * `publicReview: { required: false }` it goes out without an approval.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build, firebreak, ROOT, TODAY } from '../helpers/run.ts';
import { findValues, freshOutDir, mainText, readOutput } from './output.ts';

const ID = '2026-11-02-app-down';
const FILE = `postmortems/${ID}.mdx`;
const URL_PATH = 'postmortems/2026-11-02-the-web-app-was-unavailable';
const TITLE = 'The web app was unavailable for thirty minutes';
const SUMMARY = 'A release took the app down for thirty minutes.';
const EDITED = 'A release took the app down for half an hour.';
const INCIDENT_PAGE = 'incidents/2026-11-02-the-web-app-was-unavailable/index.html';

const content = fixtureCopy('public-review');
const outs: string[] = [];
const buildPublic = (dir: string) => {
	const result = build(dir, { site: 'public', out: freshOutDir() });
	outs.push(result.out);
	return result;
};
afterAll(() => outs.forEach((out) => rmSync(out, { recursive: true, force: true })));

/** @returns whether the postmortem shows anywhere in a built public site (page, index, feeds, API, sitemap, search). */
function published(out: string): { page: boolean; mentions: [string, string][] } {
	return {
		page: existsSync(join(out, 'public', URL_PATH, 'index.html')),
		mentions: findValues(readOutput(join(out, 'public')), [
			TITLE,
			SUMMARY,
			EDITED,
			`/${URL_PATH}/`,
		]),
	};
}

// Each step's commands run while the suite is collected, in order, on the one content copy; the tests then read them.
describe('a public postmortem nobody approved', () => {
	const result = buildPublic(content);
	const check = JSON.parse(firebreak(['check', '--format', 'json'], content).stdout);
	const status = firebreak(['public', 'status'], content).stdout;

	it('is withheld from every public page, feed, API file and sitemap; its incident shows without the link', () => {
		expect(result.status, result.output).toBe(0);
		expect(published(result.out)).toEqual({ page: false, mentions: [] });
		const incident = readFileSync(join(result.out, 'public', INCIDENT_PAGE), 'utf8');
		expect(mainText(incident)).toContain('The web app works again.');
		const api = JSON.parse(readFileSync(join(result.out, 'public/api/v2/incidents.json'), 'utf8'));
		expect(api.incidents.map((i: { status: string }) => i.status)).toEqual(['resolved']);
	});

	it('is reported by firebreak check and listed as unapproved by firebreak public status', () => {
		expect(
			check.findings.filter((f: { rule: string }) => f.rule.startsWith('public-review'))
		).toEqual([
			{
				rule: 'public-review-missing',
				level: 'warn',
				file: FILE,
				field: '(public version)',
				message: 'withheld: no one other than its authors has approved its public version yet',
				entry: { kind: 'postmortem', id: ID },
			},
		]);
		expect(status).toContain(`unapproved  ${ID}  (withheld)`);
	});
});

describe('firebreak public approve', () => {
	const byAuthor = firebreak(['public', 'approve', ID, '--by', 'robin'], content);
	const lockAfterAuthor = existsSync(join(content, 'public-reviews.lock'));
	const byReviewer = firebreak(['public', 'approve', FILE, '--by', 'casey'], content);
	const lock = readFileSync(join(content, 'public-reviews.lock'), 'utf8');
	const status = firebreak(['public', 'status'], content).stdout;
	const result = buildPublic(content);

	it('refuses an author, writing nothing', () => {
		expect(byAuthor.status).toBe(1);
		expect(byAuthor.stderr).toContain(
			`✖ Robin Saunier (robin) is an author of ${FILE}; its public version must be approved by someone else.`
		);
		expect(lockAfterAuthor).toBe(false);
	});

	it('records the approval of another person (by id or file) with the day of the clock and the approved text', () => {
		expect(byReviewer.status, byReviewer.output).toBe(0);
		expect(lock).toMatch(
			new RegExp(
				`^${ID}:\\n  hash: sha256:[0-9a-f]{64}\\n  by: casey\\n  at: ${TODAY}\\n  text: \\|`,
				'm'
			)
		);
		expect(lock).toContain(`    Title: ${TITLE}\n`);
		expect(status).toContain(`approved    ${ID}  by casey on ${TODAY}`);
	});

	it('publishes the approved version, linked from its incident', () => {
		expect(result.status, result.output).toBe(0);
		const { page, mentions } = published(result.out);
		expect(page).toBe(true);
		const files = new Set(mentions.map(([file]) => file));
		for (const file of [
			`${URL_PATH}/index.html`,
			'postmortems/index.html',
			INCIDENT_PAGE,
			'sitemap-0.xml',
		])
			expect(files).toContain(file);
	});
});

describe('an approved postmortem whose public summary changes', () => {
	const summary = join(content, FILE);
	writeFileSync(summary, readFileSync(summary, 'utf8').replace(SUMMARY, EDITED));
	const result = build(content, { out: freshOutDir() });
	outs.push(result.out);
	const check = JSON.parse(firebreak(['check', '--format', 'json'], content).stdout);
	const status = firebreak(['public', 'status'], content).stdout;
	const reapproved = firebreak(['public', 'approve', ID, '--by', 'casey'], content);
	const afterReapproval = buildPublicArchive(openHandbook(content).handbook!, TODAY);

	it('is withheld again', () => {
		expect(result.status, result.output).toBe(0);
		expect(published(result.out)).toEqual({ page: false, mentions: [] });
	});

	it('gets a public-review-stale finding that quotes the change', () => {
		const stale = check.findings.filter((f: { rule: string }) => f.rule === 'public-review-stale');
		expect(stale).toHaveLength(1);
		expect(stale[0].message).toContain(
			`withheld: its public version changed since casey approved it on ${TODAY}: - ${SUMMARY}`
		);
		expect(stale[0].message).toContain(`| + ${EDITED}`);
		expect(status).toContain(
			`stale       ${ID}  approved by casey on ${TODAY}, changed since (withheld):`
		);
		expect(status).toContain(`    - ${SUMMARY}`);
	});

	it('shows the diff in the internal Public preview', () => {
		const page = readFileSync(join(result.out, 'internal/postmortems', ID, 'index.html'), 'utf8');
		const preview = page
			.slice(page.indexOf('id="public-preview"'))
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(preview).toContain('Withheld: changed since approval');
		expect(preview).toContain(`Casey Marchetti approved its public version on ${TODAY}`);
		expect(page).toMatch(new RegExp(`<del[^>]*>- ${SUMMARY}[^<]*</del>`));
		expect(page).toMatch(new RegExp(`<ins[^>]*>\\+ ${EDITED}[^<]*</ins>`));
	});

	it('goes out again once re-approved', () => {
		expect(reapproved.stdout).toContain(`~ ${ID}: changed since casey approved it on ${TODAY}:`);
		expect(afterReapproval.postmortems.map((p) => p.summary)).toEqual([
			expect.stringContaining(EDITED),
		]);
	});
});

describe('publicReview: { required: false }', () => {
	const off = fixtureCopy('public-review', [
		{ file: 'handbook.yaml', replace: [/^org:/m, 'publicReview: { required: false }\norg:'] },
	]);
	const result = buildPublic(off);
	const check = JSON.parse(firebreak(['check', '--format', 'json'], off).stdout);

	it('publishes without an approval', () => {
		expect(result.status, result.output).toBe(0);
		expect(published(result.out).page).toBe(true);
		expect(
			check.findings.filter((f: { rule: string }) => f.rule.startsWith('public-review'))
		).toEqual([]);
	});
});

describe('firebreak public usage', () => {
	it('prints its usage with --help, exits 2 on a wrong option or missing --by', () => {
		const help = firebreak(['public', '--help'], content);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain(
			'firebreak public approve <postmortem id or file>... --by <person id>'
		);
		for (const args of [
			['public', 'approve', ID, '--by', 'casey', '--bogus'],
			['public', 'approve', ID],
			['public'],
			['public', 'approve', 'no-such-postmortem', '--by', 'casey'],
			['public', 'approve', ID, '--by', 'nobody'],
		]) {
			const result = firebreak(args, content);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toContain('(see firebreak public --help)');
		}
		expect(firebreak(['public', 'approve', ID, '--by', 'nobody'], content).stderr).toContain(
			'--by must be a person of people.yaml; found "nobody"'
		);
	});
});

describe('the example content', () => {
	it(`has every public postmortem approved (after a change of the projection: firebreak public approve --all --by lbecker --today ${TODAY})`, () => {
		const handbook = openHandbook(join(ROOT, 'content')).handbook!;
		const publicOnes = [...handbook.postmortems.values()].filter(
			(p) => p.data.visibility === 'public'
		).length;
		expect(publicOnes).toBeGreaterThan(0);
		expect(buildPublicArchive(handbook, TODAY).postmortems).toHaveLength(publicOnes);
	});
});
