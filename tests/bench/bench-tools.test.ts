/**
 * The benchmark's own tools (`scripts/bench/`), without timing anything: the generated content is deterministic and
 * valid, the baseline gets the same bodies, the report reads the card line the build writes, and the history reads
 * back what `--record` wrote.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFigures } from '../../scripts/bench/build-log.ts';
import { writeBaselineProject } from '../../scripts/bench/baseline-project.ts';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { readHistory, recordReport } from '../../scripts/bench/history.ts';
import { checkHandbook } from '../../src/model/checks/report.ts';
import { bodyOf } from '../../src/model/source-file.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { TODAY } from '../helpers/run.ts';

const generate = (entries: number, seed: number) => {
	const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
	return { dir, counts: generateContent(dir, { entries, seed }) };
};
const files = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(mdx|yaml)$/.test(file))
		.sort()
		.map((file) => [file, readFileSync(join(dir, file), 'utf8')] as const);

describe('the benchmark content generator', () => {
	const { dir, counts } = generate(200, 1);

	it('writes the same folder for the same seed, and another for another seed', () => {
		expect(files(generate(200, 1).dir)).toEqual(files(dir));
		expect(files(generate(200, 2).dir)).not.toEqual(files(dir));
	});

	it('writes a handbook that loads without problems and passes the checks at error level', () => {
		const { handbook, problems } = openHandbook(dir);
		expect(problems).toEqual([]);
		expect(checkHandbook(handbook!, TODAY).report?.summary.errors).toBe(0);
	});

	it('splits the entries 30 / 40 / 30 and writes what the benchmark promises of each kind', () => {
		expect(counts).toMatchObject({ runbooks: 60, incidents: 80, postmortems: 60 });
		const handbook = openHandbook(dir).handbook!;
		expect(
			new Set([...handbook.incidents.values()].map((incident) => incident.data.severity)).size
		).toBe(handbook.config.severities.length);
		expect([...handbook.postmortems.values()].every((pm) => pm.data.actionItems.length === 5)).toBe(
			true
		);
		// Every runbook answers alerts and has its sections; a few leave one out, for the sections check to find.
		const sections = [...handbook.runbooks.values()].map((runbook) =>
			runbook.data.alerts.length > 0 ? runbook.headings.filter((h) => h.depth === 2).length : 0
		);
		expect(Math.min(...sections)).toBeGreaterThanOrEqual(4);
		expect(sections.filter((count) => count >= 5).length).toBeGreaterThan(sections.length * 0.9);
		expect(handbook.alerts.length).toBe(counts.alerts);
		expect(counts.publicIncidents).toBeGreaterThan(0);
		expect(counts.publicPostmortems).toBeGreaterThan(0);
	});

	it('gives the plain-Starlight baseline the same bodies as docs pages', () => {
		const project = mkdtempSync(join(tmpdir(), 'firebreak-baseline-'));
		expect(writeBaselineProject(dir, project, 'https://baseline.example')).toBe(
			counts.runbooks + counts.incidents + counts.postmortems + 1
		);
		const handbook = openHandbook(dir).handbook!;
		const runbook = [...handbook.runbooks.values()][0]!;
		const page = readFileSync(
			join(project, 'src/content/docs/runbooks', `${runbook.id}.mdx`),
			'utf8'
		);
		expect(bodyOf(page)).toBe(runbook.body);
	});
});

describe('the build log reader', () => {
	it("reads the card line of Firebreak's og integration", () => {
		const log =
			'12:00:00 [firebreak:og] 1000 cards: 998 rendered in 31313 ms, 2 from cache; the build spent 3812 ms on them\n';
		expect(cardFigures(log)).toEqual({
			cards: 1000,
			rendered: 998,
			renderMs: 31313,
			fromCache: 2,
			buildMs: 3812,
		});
		expect(cardFigures('no cards here')).toEqual({
			cards: 0,
			rendered: 0,
			renderMs: 0,
			fromCache: 0,
			buildMs: 0,
		});
	});
});

describe('the benchmark history', () => {
	it('reads back every recorded run, including the committed ones, and names a line that is not a report', () => {
		const committed = readHistory();
		expect(committed.length).toBeGreaterThan(0);
		expect(
			committed.every((report) => report.sizes.every((size) => size.publishUpdate.wallMs > 0))
		).toBe(true);

		const file = join(mkdtempSync(join(tmpdir(), 'firebreak-history-')), 'history.jsonl');
		recordReport(committed[0]!, file);
		recordReport({ ...committed[0]!, seed: 2 }, file);
		expect(readHistory(file).map((report) => report.seed)).toEqual([committed[0]!.seed, 2]);

		appendFileSync(file, '{"date": "2026-12-02"\n');
		expect(() => readHistory(file)).toThrow(/history\.jsonl:3: expected one bench report as JSON/);
	});
});
