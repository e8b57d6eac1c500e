/**
 * Maintenance on the deny-by-default public site: its internal fields (owner, change ticket), its notes and whole
 * non-public maintenances never reach any output file, values planted in what customers read are redacted, and the
 * leak scan, which never uses the redactor, finds each internal value on its own. What was posted to customers stays
 * as written, also where internal notes quote it.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { confidentialValues, internalRuns } from '../../src/model/public/confidential.ts';
import { wordRuns } from '../../src/model/public/normalize.ts';
import { internalVocabulary } from '../../src/model/public/vocabulary.ts';
import { exampleCopy, tempFolder } from '../helpers/fixture.ts';
import { build, type RunResult } from '../helpers/run.ts';
import { findValues, freshOutDir, mainText, readOutput, type OutputFile } from './output.ts';

/** What customers were told, word for word; the notes quote it. */
const ANNOUNCEMENT =
	'Refunds may take up to ten minutes longer to appear in the dashboard during the window.';
/** A sentence of the internal notes: never published. */
const NOTE = 'The rollback restores the snapshot that the database team takes at half past one.';
const CHANGE = 'https://jira.corp.lindenpay.net/browse/CHG-7712';
const PRIVATE_TITLE = 'Quarterly ledger failover rehearsal for auditors';
const PRIVATE_UPDATE =
	'Only the finance team will notice the reconciliation reports arriving an hour late.';

const PUBLIC = `---
title: "Dashboard maintenance for Brightwater and Thanh"
components: [dashboard]
scheduledFor: 2026-12-05T02:00:00+01:00
scheduledUntil: 2026-12-05T03:00:00+01:00
public: true
updates:
  - at: 2026-11-20T10:00:00+01:00
    status: scheduled
    body: ${JSON.stringify(`${ANNOUNCEMENT} Tracked in CHG-7712 on pg-ledger-02.lindenpay.internal; ask in #team-ledger about Kingfisher.`)}
owner: lbecker
change: ${CHANGE}
---

Internal notes. ${NOTE}

Lena posted: "${ANNOUNCEMENT}"
`;

const PRIVATE = `---
title: ${PRIVATE_TITLE}
components: [api]
scheduledFor: 2026-12-02T22:00:00+01:00
scheduledUntil: 2026-12-02T23:00:00+01:00
updates:
  - at: 2026-11-10T09:00:00+01:00
    status: scheduled
    body: ${PRIVATE_UPDATE}
---

Internal notes.
`;

/** Each internal value with what the output is searched for (lowercase, as `findValues` compares). */
const INTERNAL = {
	'the owner': ['lbecker', 'lena becker'],
	'the change ticket': ['chg-7712', 'jira.corp.lindenpay.net'],
	'the notes': [NOTE],
	'a non-public title': [PRIVATE_TITLE],
	'a non-public update': [PRIVATE_UPDATE],
	'values planted in the title and update': [
		'brightwater',
		'thanh',
		'pg-ledger-02',
		'lindenpay.internal',
		'team-ledger',
		'kingfisher',
	],
};

let result: RunResult & { out: string };
let files: OutputFile[];
let content: string;
beforeAll(() => {
	content = exampleCopy([
		{ file: 'maintenance/2026-12-05-dashboard.mdx', write: PUBLIC },
		{ file: 'maintenance/2026-12-02-rehearsal.mdx', write: PRIVATE },
	]);
	result = build(content, { site: 'public', out: freshOutDir() });
	files = existsSync(join(result.out, 'public')) ? readOutput(join(result.out, 'public')) : [];
}, 600_000);
afterAll(() => {
	rmSync(result.out, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

describe('a maintenance with internal fields, notes and planted values, and one that is not public', () => {
	it('builds, the leak scan passing: redaction closed what customers read, and a note that quotes the announcement is no leak', () => {
		expect(result.status, result.output.slice(-4000)).toBe(0);
		expect(result.output).toMatch(/Leak scan: \d+ files \(\d+ KiB\) clean/);
	});

	it.each(Object.entries(INTERNAL))(
		'never publishes %s, in any file, path or Pagefind fragment',
		(_, values) => {
			expect(files.some((f) => f.file.startsWith('maintenance/'))).toBe(true);
			expect(findValues(files, values)).toEqual([]);
			expect(
				files.filter((f) =>
					values.some((value) => f.file.toLowerCase().includes(value.toLowerCase()))
				)
			).toEqual([]);
		}
	);

	it('publishes the announcement as written, with neutral words where the planted values were', () => {
		const page = files.find((f) => /^maintenance\/2026-12-05-[^/]+\/index\.html$/.test(f.file));
		expect(page, files.map((f) => f.file).join('\n')).toBeDefined();
		const text = mainText(readFileSync(join(result.out, 'public', page!.file), 'utf8'));
		expect(text).toContain('Dashboard maintenance for a customer and an engineer');
		expect(text).toContain(
			`${ANNOUNCEMENT} Tracked in an internal ticket on an internal service; ask in an internal channel about an internal project.`
		);
		const api = readFileSync(join(result.out, 'public/api/v2/scheduled-maintenances.json'), 'utf8');
		expect(api).toContain(ANNOUNCEMENT);
		expect(api).not.toMatch(/"(owner|change)"/);
	});
});

describe('the leak scan, on maintenance values alone', () => {
	const handbook = () => openHandbook(content).handbook!;
	const scan = (text: string) => {
		const hb = handbook();
		return scanForLeaks(
			tempFolder({ 'planted/index.html': `<p>${text}</p>` }),
			confidentialValues(hb),
			internalRuns(hb),
			{ vocabulary: internalVocabulary(hb) }
		).leaks;
	};

	it.each([
		['a sentence of the notes', NOTE, /maintenance\/2026-12-05-dashboard\.mdx \(body\)/],
		[
			'the title of a maintenance that is not public',
			PRIVATE_TITLE,
			/maintenance\/2026-12-02-rehearsal\.mdx \(title\)/,
		],
		[
			'an update of a maintenance that is not public',
			PRIVATE_UPDATE,
			/maintenance\/2026-12-02-rehearsal\.mdx \(updates\.0, not public\)/,
		],
		[
			'the change ticket’s host',
			`see ${CHANGE}`,
			/corp\.lindenpay\.net|maintenance\/2026-12-05-dashboard\.mdx/,
		],
	])('finds %s', (_, text, source) => {
		const leaks = scan(text);
		expect(leaks.length, JSON.stringify(leaks)).toBeGreaterThan(0);
		expect(leaks.map((l) => l.source).join('\n')).toMatch(source);
	});

	it('passes what was posted to customers, though the notes quote it', () => {
		expect(scan(ANNOUNCEMENT)).toEqual([]);
		const runs = internalRuns(handbook());
		expect(wordRuns(ANNOUNCEMENT, 8).filter((run) => runs.has(run))).toEqual([]);
		expect(wordRuns(NOTE, 8).every((run) => runs.has(run))).toBe(true);
	});
});
