/**
 * What `firebreak check` lists when a person names the files they work on (the changed ones, a folder): the findings
 * in those files, while the rest of the handbook's are only counted, so one's own error does not drown among
 * everyone's warnings. The same selection decides the exit code.
 */
import { summarize, type CheckReport, type CheckSummary } from './report.ts';
import type { Finding } from './types.ts';

/** A report of the selected findings (`summary` counts them); the others are counted in `elsewhere`. */
export interface SelectedReport extends CheckReport {
	/** The findings outside the selection; absent when the whole handbook is selected. */
	elsewhere?: CheckSummary;
}

/** The file that findings about the handbook as a whole count under. */
const HANDBOOK_FILE = 'handbook.yaml';

/** @returns whether `file` is one of `paths` or lies in a folder among them (`''` is the whole content folder). */
export function inPaths(file: string, paths: readonly string[]): boolean {
	return paths.some(
		(path) => path === '' || file === path || file.startsWith(`${path.replace(/\/$/, '')}/`)
	);
}

/**
 * @param paths content-relative files and folders; undefined selects everything
 * @param options.tiedToFile whether a finding's file is a file of the content: one that is not (`urls.lock` before it
 * is written) is about the handbook as a whole and selected with handbook.yaml
 * @param options.errorsOnly list only the error-level findings (the summary still counts every selected one)
 */
export function selectFindings(
	report: CheckReport,
	paths: readonly string[] | undefined,
	options: { tiedToFile?: (file: string) => boolean; errorsOnly?: boolean } = {}
): SelectedReport {
	const { tiedToFile = () => true, errorsOnly = false } = options;
	const listed = (findings: readonly Finding[]) =>
		errorsOnly ? findings.filter((f) => f.level === 'error') : [...findings];
	if (paths === undefined)
		return { today: report.today, findings: listed(report.findings), summary: report.summary };
	const selected: Finding[] = [];
	const others: Finding[] = [];
	for (const finding of report.findings)
		(inPaths(tiedToFile(finding.file) ? finding.file : HANDBOOK_FILE, paths)
			? selected
			: others
		).push(finding);
	return {
		today: report.today,
		findings: listed(selected),
		summary: summarize(selected),
		elsewhere: summarize(others),
	};
}
