/** The three outputs of `firebreak check`: text for people, JSON for tools, GitHub workflow annotations for PRs. */
import { summarize, type CheckReport, type CheckSummary } from './report.ts';
import type { Finding } from './types.ts';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** @returns the closing line: counts and the day they are about. */
export function countLine(summary: CheckSummary, today: string): string {
	if (summary.errors + summary.warnings === 0) return `✔ No findings (as of ${today}).`;
	const mark = summary.errors > 0 ? '✖' : '⚠';
	return `${mark} ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} (as of ${today}).`;
}

/** @returns findings grouped by file, one line each (level, rule, field, message), then the count line. */
export function formatText(report: CheckReport): string {
	const byFile = new Map<string, Finding[]>();
	for (const finding of report.findings) {
		const list = byFile.get(finding.file);
		if (list) list.push(finding);
		else byFile.set(finding.file, [finding]);
	}
	const blocks = [...byFile].map(([file, findings]) => [file, ...findings.map((f) => `  ${f.level.padEnd(5)} ${f.rule}  ${f.field}: ${f.message}`)].join('\n'));
	return [...blocks, countLine(report.summary, report.today)].join('\n\n');
}

/** @returns the report as JSON: `{ today, findings: [{ rule, level, file, field, message, entry }], summary }`. */
export function formatJson(report: CheckReport): string {
	const findings = report.findings.map(({ rule, level, file, field, message, entry }) => ({ rule, level, file, field, message, entry: entry ?? null }));
	return JSON.stringify({ today: report.today, findings, summary: report.summary }, null, 2);
}

/**
 * @param contentPath the content folder as seen from the repository root (annotations name files from there)
 * @returns one `::error` / `::warning` workflow command per finding, then the count line
 */
export function formatGithub(report: CheckReport, contentPath: string): string {
	const prefix = contentPath === '' || contentPath === '.' ? '' : `${contentPath.replace(/\/$/, '')}/`;
	const lines = report.findings.map((f) => {
		const properties = `file=${escapeProperty(prefix + f.file)},title=${escapeProperty(`${f.rule} (${f.field})`)}`;
		return `::${f.level === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(f.message)}`;
	});
	return [...lines, countLine(report.summary, report.today)].join('\n');
}

/** @returns the report in the requested format. */
export function formatReport(report: CheckReport, format: Format, contentPath: string): string {
	if (format === 'json') return formatJson(report);
	if (format === 'github') return formatGithub(report, contentPath);
	return formatText(report);
}

/** @returns the short warning summary the build prints: counts per rule, most frequent first. */
export function formatWarningSummary(report: CheckReport): string {
	const warnings = report.findings.filter((f) => f.level === 'warn');
	if (warnings.length === 0) return countLine(report.summary, report.today);
	const perRule = Object.entries(summarize(warnings).byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
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
	const unlisted = report.summary.warnings > 0 ? ` The ${plural(report.summary.warnings, 'warning')} are not listed here: npm run check shows them.` : '';
	return `${formatText({ ...report, findings: errors })}\nThe build stops on error-level findings: fix them, or set their level in handbook.yaml \`checks:\`.${unlisted}`;
}
