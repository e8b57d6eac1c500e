/** The leak scan reads every file and every disguise of a value: entities, zero-width characters, markup, escapes, gzip. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertNoLeaks, scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { confidentialValues, internalRuns } from '../../src/model/public/confidential.ts';
import { ROOT } from '../helpers/run.ts';
import { tempFolder } from '../helpers/fixture.ts';

const handbook = openHandbook(join(ROOT, 'tests/fixtures/leaky')).handbook!;
const confidential = confidentialValues(handbook);
const runs = internalRuns(handbook);

describe('scanForLeaks', () => {
	it.each([
		[
			'name with an entity space and a soft hyphen',
			'a.html',
			'<p>Priya&#32;Raghu&shy;nathan</p>',
			'Priya Raghunathan',
		],
		['name wrapped over two lines', 'b.html', '<p>Henrike\n   Vollmer</p>', 'Henrike Vollmer'],
		[
			'percent-encoded email in a mailto link',
			'c.html',
			'<a href="mailto:tomasz.w%40quokka.example">x</a>',
			'tomasz.w@quokka.example',
		],
		[
			'hostname with markup inside',
			'd.html',
			'<p>pg-tracking-01.<span>quokka</span>.corp</p>',
			'pg-tracking-01.quokka.corp',
		],
		[
			'hostname with a zero-width space',
			'e.html',
			'<p>grafana.quo\u200Bkka.corp</p>',
			'grafana.quokka.corp',
		],
		[
			'hostname written with entities',
			'f.html',
			'<p>logs&#46;qk-int&period;net</p>',
			'logs.qk-int.net',
		],
		['JSON unicode escapes', 'g.json', '{"x":"Henrike\\u0020Vollmer"}', 'Henrike Vollmer'],
		['a data attribute', 'h.html', '<div data-owner="@twierz"></div>', '@twierz'],
		['an HTML comment', 'i.html', '<!-- Project Wombat --><p>ok</p>', 'Project Wombat'],
		['CSS', 'j.css', '/* ops.quokka.corp */ body{}', 'ops.quokka.corp'],
		['a JS bundle', 'k.js', 'const c="Globex Logistics";', 'Globex Logistics'],
		[
			'a sitemap',
			'sitemap-0.xml',
			'<urlset><url><loc>https://ops.quokka.corp/x</loc></url></urlset>',
			'ops.quokka.corp',
		],
		[
			'a non-public title',
			'l.html',
			'<h1>Nightly reconciliation job wedged the tracking database for Initech</h1>',
			'Nightly reconciliation job wedged the tracking database for Initech',
		],
	])('finds a %s', (_, file, content, value) => {
		const { leaks } = scanForLeaks(
			tempFolder({ [file]: content, 'clean.html': '<p>Shipment tracking works.</p>' }),
			confidential,
			runs
		);
		expect(leaks.map((leak) => [leak.file, leak.value])).toContainEqual([file, value]);
		expect(leaks.every((leak) => leak.file === file)).toBe(true);
	});

	it('finds text of an <Internal> block split over markup and lines, as one passage', () => {
		const { leaks } = scanForLeaks(
			tempFolder({
				'p.html':
					'<p>The <em>real</em> trigger was an\nunreviewed migration script that Henrike ran</p>',
			}),
			confidential,
			runs
		);
		expect(leaks.map((l) => l.value)).toContain(
			'"the real trigger was an unreviewed migration script that henrike ran"'
		);
		expect(leaks.find((l) => l.value.startsWith('"the real'))!.source).toMatch(
			/<Internal> at line \d+/
		);
	});

	it('searches binary files as bytes, for metadata such as a PNG text chunk', () => {
		const png = Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
			Buffer.from('tEXtAuthor\0Priya Raghunathan\0'),
		]);
		const { leaks } = scanForLeaks(tempFolder({ 'og/card.png': png }), confidential, runs);
		expect(leaks.map((l) => [l.file, l.value])).toEqual([['og/card.png', 'Priya Raghunathan']]);
	});

	it('gunzips Pagefind fragments', () => {
		const fragment = gzipSync(
			Buffer.from(
				`pagefind_dcd${JSON.stringify({ url: '/x/', content: 'Asked Globex Logistics first.' })}`
			)
		);
		const { leaks, files } = scanForLeaks(
			tempFolder({ 'pagefind/fragment/en_1.pf_fragment': fragment }),
			confidential,
			runs
		);
		expect(files).toBe(1);
		expect(leaks).toEqual([
			{
				file: 'pagefind/fragment/en_1.pf_fragment',
				value: 'Globex Logistics',
				source: 'customer from handbook.yaml (redaction.customers.0)',
			},
		]);
	});

	it('passes public text, declared public hosts and neutral replacements', () => {
		const { leaks } = scanForLeaks(
			tempFolder({
				'ok.html':
					'<p>An engineer at an internal service; see status.quokka.example and api.quokka.example.</p>',
			}),
			confidential,
			runs
		);
		expect(leaks).toEqual([]);
	});

	it('matches values as whole words: an id is not found inside another word', () => {
		const robin = {
			values: [{ value: 'robin', kind: 'handle' as const, source: 'people.yaml (people.0)' }],
			nameParts: [],
			publicHosts: new Set<string>(),
		};
		expect(
			scanForLeaks(tempFolder({ 'a.html': '<p>Round-robin load balancing.</p>' }), robin, new Map())
				.leaks
		).toEqual([]);
		expect(
			scanForLeaks(tempFolder({ 'b.html': '<p>Ask <b>robin</b>.</p>' }), robin, new Map()).leaks
		).toHaveLength(1);
	});

	it('does not fail on a public service the content mentions, which third-party code in the output names too', () => {
		expect(confidential.values.map((v) => v.value)).not.toContain('github.com');
		const { leaks } = scanForLeaks(
			tempFolder({ '_astro/ui.js': 'const credits="https://github.com/CloudCannon/pagefind";' }),
			confidential,
			runs
		);
		expect(leaks).toEqual([]);
	});
});

describe('assertNoLeaks', () => {
	it('deletes the output and throws a message naming each file and value', () => {
		const dir = tempFolder({
			'index.html': '<p>Priya Raghunathan</p>',
			'api/v2/status.json': '{}',
		});
		expect(() => assertNoLeaks(dir, handbook, () => {})).toThrow(
			/index\.html: Priya Raghunathan\n\s+\(person from people\.yaml \(people\.0\)\)/
		);
		expect(existsSync(dir)).toBe(false);
	});

	it('scans only the search index written after the build when asked, and still deletes the whole output', () => {
		const fragment = gzipSync(
			Buffer.from(
				`pagefind_dcd${JSON.stringify({ url: '/x/', content: 'Asked Globex Logistics first.' })}`
			)
		);
		const dir = tempFolder({
			'index.html': '<p>Scanned already</p>',
			'pagefind/fragment/en_1.pf_fragment': fragment,
		});
		expect(() => assertNoLeaks(dir, handbook, () => {}, 'pagefind')).toThrow(
			/found 1 time in the public site[\s\S]*fragment\/en_1\.pf_fragment: Globex Logistics/
		);
		expect(existsSync(dir)).toBe(false);
	});

	it('logs the files it read when the output is clean', () => {
		const dir = tempFolder({ 'index.html': '<p>All good</p>' });
		const logged: string[] = [];
		assertNoLeaks(dir, handbook, (message) => logged.push(message));
		expect(logged[0]).toMatch(/^Leak scan: 1 files \(0 KiB\) clean in \d+ ms\.$/);
		expect(existsSync(dir)).toBe(true);
	});
});
