import {
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture.ts';
import { ROOT } from '../helpers/run.ts';
import { loadContent } from '../../src/model/load-content.ts';

const EXAMPLE = join(ROOT, 'content');
const INCIDENT = 'incidents/2026-10-02-website-down.mdx';
const RUNBOOK = 'runbooks/web/WebsiteDown.mdx';

const cacheDir = () => mkdtempSync(join(tmpdir(), 'firebreak-entry-cache-'));
/** @returns the files the cache holds, read back from its one file */
const cachedFiles = (dir: string) => {
	const [name] = readdirSync(dir);
	return [
		...(
			deserialize(readFileSync(join(dir, name!))) as { entries: Map<string, unknown> }
		).entries.keys(),
	].sort();
};

describe('the entry cache', () => {
	it('gives the same content as reading every file, on the run that fills it and on the next', () => {
		const cache = cacheDir();
		const plain = loadContent(EXAMPLE);
		const filling = loadContent(EXAMPLE, { cacheDir: cache });
		const served = loadContent(EXAMPLE, { cacheDir: cache });
		expect(filling).toEqual(plain);
		expect(served).toEqual(plain);
		expect(served.content!.incidents[0]!.data).toHaveProperty('startedAt', expect.any(Date));
		expect(cachedFiles(cache)).toHaveLength(
			plain.content!.runbooks.length +
				plain.content!.incidents.length +
				plain.content!.postmortems.length +
				plain.content!.maintenances!.length +
				plain.content!.guides.length
		);
	});

	it('reads a changed file again', () => {
		const dir = fixtureCopy('minimal');
		const cache = cacheDir();
		loadContent(dir, { cacheDir: cache });
		writeFileSync(
			join(dir, RUNBOOK),
			readFileSync(join(dir, RUNBOOK), 'utf8')
				.replace(/^title: .*$/m, 'title: Website unreachable')
				.replace('## Impact', '## Customer impact')
		);
		const runbook = loadContent(dir, { cacheDir: cache }).content!.runbooks[0]!;
		expect(runbook.data.title).toBe('Website unreachable');
		expect(runbook.headings.map((h) => h.text)).toContain('Customer impact');
	});

	it('reports a file with problems on every run, and keeps it out', () => {
		const dir = fixtureCopy('minimal', [
			{ file: INCIDENT, replace: [/^severity: .*$/m, 'severity: sev9'] },
		]);
		const cache = cacheDir();
		const first = loadContent(dir, { cacheDir: cache }).problems;
		expect(first.map((p) => `${p.file} ${p.field}`)).toEqual([`${INCIDENT} severity`]);
		expect(loadContent(dir, { cacheDir: cache }).problems).toEqual(first);
		expect(cachedFiles(cache)).not.toContain(INCIDENT);
	});

	it("starts afresh when handbook.yaml's settings change what a file loads to", () => {
		const dir = fixtureCopy('minimal');
		const cache = cacheDir();
		const at = () =>
			loadContent(dir, {
				cacheDir: cache,
			}).content!.incidents[0]!.data.timeline[0]!.at.toISOString();
		// "2026-10-02 09:03" without an offset, read in the handbook's timezone.
		expect(at()).toBe('2026-10-02T13:03:00.000Z');
		writeFileSync(
			join(dir, 'handbook.yaml'),
			readFileSync(join(dir, 'handbook.yaml'), 'utf8').replace('America/New_York', 'Europe/Berlin')
		);
		expect(at()).toBe('2026-10-02T07:03:00.000Z');
	});

	it('drops deleted files, and survives a damaged cache file', () => {
		const dir = fixtureCopy('minimal');
		const cache = cacheDir();
		loadContent(dir, { cacheDir: cache });
		expect(cachedFiles(cache)).toContain(RUNBOOK);
		rmSync(join(dir, RUNBOOK));
		loadContent(dir, { cacheDir: cache });
		expect(cachedFiles(cache)).not.toContain(RUNBOOK);

		const [name] = readdirSync(cache);
		writeFileSync(join(cache, name!), 'not a cache');
		const { content, problems } = loadContent(dir, { cacheDir: cache });
		expect(problems).toEqual([]);
		expect(content!.incidents).toHaveLength(1);
		expect(cachedFiles(cache)).toContain(INCIDENT);
	});

	it('loads the content all the same where the cache cannot be written', () => {
		// A file where the cache folder should be: mkdir fails, as on a read-only or full disk.
		const blocked = join(cacheDir(), 'not-a-folder');
		writeFileSync(blocked, '');
		const { content, problems } = loadContent(join(ROOT, 'tests/fixtures/minimal'), {
			cacheDir: blocked,
		});
		expect(problems).toEqual([]);
		expect(content!.runbooks).toHaveLength(1);
	});

	it("removes other folders' files unused for a week, and keeps its own while it is used", () => {
		const cache = cacheDir();
		const old = new Date(Date.now() - 8 * 24 * 3600_000);
		const dir = fixtureCopy('minimal');
		loadContent(dir, { cacheDir: cache });
		const [own] = readdirSync(cache);
		utimesSync(join(cache, own!), old, old);
		// An unchanged run marks its file as used.
		loadContent(dir, { cacheDir: cache });
		expect(Date.now() - statSync(join(cache, own!)).mtimeMs).toBeLessThan(3600_000);

		writeFileSync(join(cache, 'gone.bin'), 'x');
		utimesSync(join(cache, 'gone.bin'), old, old);
		loadContent(fixtureCopy('minimal'), { cacheDir: cache });
		expect(readdirSync(cache)).not.toContain('gone.bin');
		expect(readdirSync(cache)).toContain(own);
	});
});
