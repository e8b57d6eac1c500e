#!/usr/bin/env node
/**
 * Times `firebreak check` on a generated content folder: `node scripts/bench/time-check.ts [--entries 10000]
 * [--seed 1] [--runs 3]`. Prints each run's wall time and the median: the first run fills the entry cache, the later
 * ones read it. A benchmark, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './generate-content.ts';
import { DEFAULT_ENTRY_CACHE, entryCacheFile } from '../../src/model/entry-cache.ts';

const { values } = parseArgs({
	options: {
		entries: { type: 'string', default: '10000' },
		seed: { type: 'string', default: '1' },
		runs: { type: 'string', default: '3' },
	},
});
const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-'));
const counts = generateContent(dir, { entries: Number(values.entries), seed: Number(values.seed) });
console.log(
	`content: ${counts.runbooks} runbooks, ${counts.incidents} incidents, ${counts.postmortems} postmortems (${counts.postmortems * 5} action items)`
);

const cli = resolve(import.meta.dirname, '../firebreak.ts');
const times: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
	const start = performance.now();
	const result = spawnSync(
		process.execPath,
		[cli, 'check', '--today', '2026-11-23', '--format', 'json'],
		{
			env: { ...process.env, FIREBREAK_CONTENT: dir },
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
		}
	);
	const ms = performance.now() - start;
	if (result.status !== 0 && result.status !== 1)
		throw new Error(
			`firebreak check failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`
		);
	const { summary } = JSON.parse(result.stdout) as {
		summary: { errors: number; warnings: number };
	};
	times.push(ms);
	console.log(
		`run ${run + 1}: ${(ms / 1000).toFixed(2)} s (${summary.errors} errors, ${summary.warnings} warnings)`
	);
}
times.sort((a, b) => a - b);
console.log(
	`median: ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s for ${values.entries} entries`
);
rmSync(dir, { recursive: true, force: true });
rmSync(entryCacheFile(DEFAULT_ENTRY_CACHE, dir), { force: true });
