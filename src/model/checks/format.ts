/** The three outputs of `firebreak check`: text for people, JSON for tools, GitHub workflow annotations for PRs. */
import { summarize, type CheckReport, type CheckSummary } from './report.ts';
import type { SelectedReport } from './select.ts';
import type { Finding } from './types.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * @param elsewhere the findings outside the selected files, when a selection was made (`summary` counts the selected)
 * @param listed how many findings the output lists, when fewer than counted (`--errors-only` leaves out warnings)
 * @returns the closing line: counts, where they are, and the day they are about
 */
export function countLine(
	summary: CheckSummary,
	today: string,
	elsewhere?: CheckSummary,
	listed?: number
): string {
	const where = elsewhere ? ' in the selected files' : '';
	const counts =
		summary.errors + summary.warnings === 0
			? `✔ No findings${where}`
			: `${summary.errors > 0 ? '✖' : '⚠'} ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${where}`;
	let rest = '';
	if (elsewhere) {
		const other = [
			elsewhere.errors > 0 ? plural(elsewhere.errors, 'error') : '',
			elsewhere.warnings > 0 ? plural(elsewhere.warnings, 'warning') : '',
		];
		rest = `; ${other.filter(Boolean).join(', ') || 'none'} elsewhere`;
	}
	const unlisted =
		listed !== undefined && listed < summary.errors + summary.warnings
			? ' The warnings are not listed (--errors-only).'
			: '';
	return `${counts}${rest} (as of ${today}).${unlisted}`;
}

/** @returns the count line of a report, selected or whole. */
function reportCountLine(report: SelectedReport): string {
	return countLine(report.summary, report.today, report.elsewhere, report.findings.length);
}

/** @returns the findings to list, errors before warnings (each level keeps the report's order: by file, then field). */
function errorsFirst(findings: readonly Finding[]): Finding[] {
	return [
		...findings.filter((f) => f.level === 'error'),
		...findings.filter((f) => f.level !== 'error'),
	];
}

/**
 * @returns the errors grouped by file, then the warnings grouped by file, one line each (level, rule, field,
 * message), then the count line
 */
export function formatText(report: SelectedReport): string {
	return [...fileBlocks(report.findings), reportCountLine(report)].join('\n\n');
}

/** @returns one block per file and level: errors first, each file's findings one line each. */
function fileBlocks(findings: readonly Finding[]): string[] {
	const groups = new Map<string, Finding[]>();
	for (const finding of errorsFirst(findings)) {
		const key = `${finding.level} ${finding.file}`;
		const list = groups.get(key);
		if (list) list.push(finding);
		else groups.set(key, [finding]);
	}
	return [...groups.values()].map((list) =>
		[
			list[0]!.file,
			...list.map((f) => `  ${f.level.padEnd(5)} ${f.rule}  ${f.field}: ${f.message}`),
		].join('\n')
	);
}

/**
 * @returns the report as JSON: `{ today, findings: [{ rule, level, file, field, message, entry }], summary }`, errors
 * first, and `elsewhere` (the counts outside the selected files) when a selection was made
 */
export function formatJson(report: SelectedReport): string {
	const findings = errorsFirst(report.findings).map(
		({ rule, level, file, field, message, entry }) => ({
			rule,
			level,
			file,
			field,
			message,
			entry: entry ?? null,
		})
	);
	return JSON.stringify(
		{
			today: report.today,
			findings,
			summary: report.summary,
			...(report.elsewhere ? { elsewhere: report.elsewhere } : {}),
		},
		null,
		2
	);
}

/**
 * @param contentPath the content folder as seen from the repository root (annotations name files from there)
 * @returns one `::error` / `::warning` workflow command per finding, errors first, then the count line
 */
export function formatGithub(report: SelectedReport, contentPath: string): string {
	const prefix =
		contentPath === '' || contentPath === '.' ? '' : `${contentPath.replace(/\/$/, '')}/`;
	const lines = errorsFirst(report.findings).map((f) => {
		const properties = `file=${escapeProperty(prefix + f.file)},title=${escapeProperty(`${f.rule} (${f.field})`)}`;
		return `::${f.level === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(f.message)}`;
	});
	return [...lines, reportCountLine(report)].join('\n');
}

/** @returns the report in the requested format. */
export function formatReport(report: SelectedReport, format: Format, contentPath: string): string {
	if (format === 'json') return formatJson(report);
	if (format === 'github') return formatGithub(report, contentPath);
	return formatText(report);
}

/** @returns the short warning summary the build prints: counts per rule, most frequent first. */
export function formatWarningSummary(report: CheckReport): string {
	const warnings = report.findings.filter((f) => f.level === 'warn');
	if (warnings.length === 0) return countLine(report.summary, report.today);
	const perRule = Object.entries(summarize(warnings).byRule).sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	);
	return `⚠ ${plural(warnings.length, 'warning')} (as of ${report.today}): ${perRule.map(([rule, n]) => `${rule} ${n}`).join(', ')}. Details: npm run check, or /checks/ in the handbook.`;
}

// GitHub's workflow-command escaping (actions/toolkit, command.ts).
function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * @returns why a build stops: the error-level findings as `firebreak check` prints them, the count line of the whole
 * report (warnings included: they are not listed, but they exist), then what to do.
 */
export function formatBuildFailure(report: CheckReport): string {
	const errors = report.findings.filter((f) => f.level === 'error');
	const unlisted =
		report.summary.warnings > 0
			? ` The ${plural(report.summary.warnings, 'warning')} are not listed here: npm run check shows them.`
			: '';
	return `${[...fileBlocks(errors), countLine(report.summary, report.today)].join('\n\n')}\nThe build stops on error-level findings: fix them, or set their level in handbook.yaml \`checks:\`.${unlisted}`;
}
