/**
 * The benchmark's history: `npm run bench -- --record` appends the run's report to `scripts/bench/history.jsonl`, one
 * JSON line per run, committed with the change it measured. `node scripts/bench/print-report.ts
 * scripts/bench/history.jsonl` prints every recorded run's table, newest first; HISTORY.md says what changed between
 * them.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './build-cost.ts';

export const HISTORY_FILE = join(import.meta.dirname, 'history.jsonl');

/** Appends one run's report as a line of the history. */
export function recordReport(report: BenchReport, file = HISTORY_FILE): void {
	appendFileSync(file, `${JSON.stringify(report)}\n`);
}

/** @returns the recorded runs, oldest first; a line that is not a report names its line number. */
export function readHistory(file = HISTORY_FILE): BenchReport[] {
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((line, index) => {
			if (line.trim() === '') return [];
			try {
				const report = JSON.parse(line) as BenchReport;
				if (typeof report.date !== 'string' || !Array.isArray(report.sizes))
					throw new Error('not a bench report');
				return [report];
			} catch (error) {
				throw new Error(
					`${file}:${index + 1}: expected one bench report as JSON (${(error as Error).message})`,
					{
						cause: error,
					}
				);
			}
		});
}
