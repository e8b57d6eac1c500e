/**
 * The public site as a text browser shows it: Debian's w3m (or lynx), which reads neither CSS nor JavaScript, like
 * some screen-reader set-ups and every terminal. Each component's 90 daily bars come out as one summary line, adjacent
 * inline items are separated, and Starlight's search and theme controls (JavaScript only) are not there. Nothing is
 * installed at test time: without a text browser the suite is skipped with a message, and fails with CI=true.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { uptimeSummary } from '../../src/model/public/history.ts';
import { COMPONENT_STATUSES, statusLabel } from '../../src/model/status/impact.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';

/** The text browsers this test knows, with the arguments that print a page as plain text, 200 columns wide. */
const BROWSERS = [
	{
		command: 'w3m',
		args: (file: string) => ['-dump', '-cols', '200', '-O', 'UTF-8', '-T', 'text/html', file],
	},
	{
		command: 'lynx',
		args: (file: string) => ['-dump', '-nolist', '-width=200', '-display_charset=utf-8', file],
	},
];
const browser = BROWSERS.find(
	({ command }) => spawnSync(command, ['-version'], { encoding: 'utf8' }).status === 0
);

/** @returns a page of a built site as the text browser prints it */
function dump(file: string): string {
	const result = spawnSync(browser!.command, browser!.args(file), { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`${browser!.command} failed on ${file}: ${result.stderr}`);
	return result.stdout;
}

const lines = (text: string) => text.split('\n').map((line) => line.trim());
/** @returns the places where `word` touches a letter or digit: words run together */
const runTogether = (text: string, word: string) =>
	[
		...text.matchAll(
			new RegExp(
				`[\\p{L}\\p{N}]${escapeStringRegexp(word)}|${escapeStringRegexp(word)}[\\p{L}\\p{N}]`,
				'gu'
			)
		),
	].map((m) => m[0]);

const handbook = openHandbook(join(ROOT, 'content')).handbook!;
const archive = buildPublicArchive(handbook, TODAY);
const byId = new Map(archive.incidents.map((incident) => [incident.id, incident]));
const publicPages = readdirSync(EXAMPLE_PUBLIC, { recursive: true, encoding: 'utf8' }).filter(
	(file) => file.endsWith('.html')
);

function describeTextBrowser(name: string, body: () => void) {
	if (browser) return describe(name, body);
	if (process.env.CI === 'true') {
		return describe(name, () =>
			it('has a text browser', () => {
				throw new Error('neither w3m nor lynx found: install one (apt-get install w3m)');
			})
		);
	}
	console.warn(
		`[text browser] skipped "${name}": neither w3m nor lynx found (apt-get install w3m)`
	);
	return describe.skip(name, body);
}

describeTextBrowser('the public site in a text browser', () => {
	const home = dump(join(EXAMPLE_PUBLIC, 'index.html'));

	it('gives each component one summary line instead of 90 daily lines', () => {
		expect(archive.components.length).toBeGreaterThan(1);
		for (const component of archive.components) {
			const summary = uptimeSummary(component, byId);
			expect(summary).toMatch(
				new RegExp(
					`^${escapeStringRegexp(component.name)}: [\\d.]+% uptime over 90 days, (no|\\d+) incidents?; [\\d.]+% over 30 days$`
				)
			);
			expect(lines(home).filter((line) => line === summary)).toHaveLength(1);
			expect(lines(home).filter((line) => line.startsWith(`${component.name}:`))).toHaveLength(1);
		}
		// No day of the bars is printed on its own; the days with incidents are listed once, under the summary.
		expect(home).not.toMatch(/\d{4}-\d{2}-\d{2}: No incidents/);
		const troubled = archive.components.flatMap((c) =>
			c.days.filter((day) => day.status !== 'operational')
		);
		expect(troubled.length).toBeGreaterThan(0);
		expect(lines(home).filter((line) => /\d{4}-\d{2}-\d{2}: /.test(line))).toHaveLength(
			troubled.length
		);
	});

	it('hides the bars from screen readers, where the same summary line stands for them', () => {
		const html = readFileSync(join(EXAMPLE_PUBLIC, 'index.html'), 'utf8');
		expect(html.match(/<div class="fb-bars[^"]*" aria-hidden="true">/g)).toHaveLength(
			archive.components.length
		);
		// The bars carry no text of their own: their tooltips are attributes, drawn on hover.
		const bars = [...html.matchAll(/<span class="fb-bar [^"]*"[^>]*>([^<]*)<\/span>/g)];
		expect(bars).toHaveLength(archive.components.length * 90);
		expect(bars.every((bar) => bar[1] === '')).toBe(true);
	});

	it.each(publicPages)('%s: adjacent items are separated', (file) => {
		const text = dump(join(EXAMPLE_PUBLIC, file));
		const words = [
			'As of',
			...archive.incidents.map((incident) => incident.title),
			...archive.postmortems.map((postmortem) => postmortem.title),
			...archive.components.map((component) => component.name),
			...COMPONENT_STATUSES.map(statusLabel),
			...['critical', 'major', 'minor'].map((impact) => `${impact} impact`),
			...['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'],
			...['Incident history', 'Postmortems', 'RSS feed', 'JSON API', 'postmortem'],
		];
		for (const word of words) expect(runTogether(text, word), `"${word}" run together`).toEqual([]);
		// A separator dot always has a space on both sides ("Postmortems ·RSS feed" was one).
		expect(text.match(/\S·|·\S/g)).toBeNull();
		expect(text).not.toMatch(/ongoing\(|\d\(/);
	});

	it('shows the known places separated on the home page and an open incident', () => {
		const open = archive.incidents.find((incident) => !incident.impactEndedAt)!;
		expect(home).toContain(`${open.title} (${open.impact} impact)`);
		expect(lines(home)).toContain(archive.status.description);
		expect(lines(home).some((line) => line.startsWith('As of '))).toBe(true);
		const page = dump(join(EXAMPLE_PUBLIC, open.url, 'index.html'));
		expect(page).toMatch(
			new RegExp(`${open.updates[0]!.status} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}`)
		);
		expect(page).toMatch(/– ongoing \(\d+ (min|h|d)/);
	});

	const sitePages = [
		...publicPages.map((file) => ['public', join(EXAMPLE_PUBLIC, file)]),
		['internal', join(EXAMPLE_INTERNAL, urls.onCall(), 'index.html')],
		['internal', join(EXAMPLE_INTERNAL, 'index.html')],
	];
	it.each(sitePages)('%s %s: no search or theme control', (_, file) => {
		const text = dump(file);
		expect(text).not.toMatch(/Select theme|Ctrl\s*K|\bDark\b.*\bLight\b|\[Auto/);
		expect(lines(text).filter((line) => /^(Search|Cancel)\b/.test(line))).toEqual([]);
		// The page itself is there: the site title, the navigation.
		expect(text).toMatch(/Skip to content/);
	});
});
