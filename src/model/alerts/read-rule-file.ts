/**
 * Reads alert rule files in the two shapes teams export: Prometheus rule files (`groups[].rules[]`) and Kubernetes
 * `PrometheusRule` resources (`spec.groups[].rules[]`), several `---` documents per file included. Recording rules
 * are skipped; every alerting rule keeps its group, expression, `for`, labels and annotations as written.
 */
import { join } from 'node:path';
import { describeValue, type Problem } from '../problems.ts';
import { parseYamlWithLines, readText, type YamlLines } from '../source-file.ts';
import type { AlertRule } from './alert-rule.ts';

/** Alert names go into URLs and runbook frontmatter, so they must be the identifiers Prometheus users write. */
const ALERT_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;

/**
 * @param dir absolute path of the content folder
 * @param files rule files relative to `dir`
 * @returns the alerting rules of every file, in file order, and every problem found
 */
export function readAlertRules(
	dir: string,
	files: readonly string[]
): { alerts: AlertRule[]; problems: Problem[] } {
	const alerts: AlertRule[] = [];
	const problems: Problem[] = [];
	for (const file of files) {
		const text = readText(join(dir, file), file);
		if (!text.ok) {
			problems.push(...text.problems);
			continue;
		}
		const read = readRuleFile(text.value, file);
		alerts.push(...read.alerts);
		problems.push(...read.problems);
	}
	return { alerts, problems };
}

/**
 * @param text the rule file's text
 * @param file its path relative to the content folder, for problems and for `AlertRule.file`
 * @returns the alerting rules, and a problem (with line) for each part that is not a valid rule
 */
export function readRuleFile(
	text: string,
	file: string
): { alerts: AlertRule[]; problems: Problem[] } {
	const parsed = parseYamlWithLines(text, file);
	if (!parsed.ok) return { alerts: [], problems: parsed.problems };
	const { documents, lines } = parsed.value;
	const reader = new RuleReader(file, lines);
	documents.forEach((doc, i) => {
		// A trailing `---` or a comment-only document holds nothing.
		if (doc === null || doc === undefined) return;
		reader.readDocument(doc, documents.length > 1 ? `documents.${i}.` : '');
	});
	return { alerts: reader.alerts, problems: reader.problems };
}

const SHAPES =
	'a Prometheus rule file (groups:) or a PrometheusRule resource (kind: PrometheusRule, spec.groups:)';

type YamlMap = Record<string, unknown>;

const isMap = (value: unknown): value is YamlMap =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const has = (map: YamlMap, key: string) => Object.hasOwn(map, key);

class RuleReader {
	readonly alerts: AlertRule[] = [];
	readonly problems: Problem[] = [];
	private readonly file: string;
	private readonly lines: YamlLines;
	constructor(file: string, lines: YamlLines) {
		this.file = file;
		this.lines = lines;
	}

	readDocument(root: unknown, prefix: string) {
		if (!isMap(root))
			return this.problem(
				Array.isArray(root) ? this.lines.start(root) : 1,
				prefix || '(file)',
				SHAPES,
				describeValue(root)
			);
		if (has(root, 'groups'))
			return this.readGroups(root.groups, `${prefix}groups`, this.lines.of(root, 'groups'));
		const { kind, spec } = root;
		if (kind !== undefined && kind !== 'PrometheusRule')
			return this.problem(
				this.lines.of(root, 'kind'),
				`${prefix}kind`,
				SHAPES,
				describeValue(kind)
			);
		if (!isMap(spec) || !has(spec, 'groups')) {
			const present = has(root, 'spec');
			return this.problem(
				present ? this.lines.of(root, 'spec') : this.lines.start(root),
				`${prefix}${present ? 'spec.groups' : 'groups'}`,
				SHAPES,
				'no groups'
			);
		}
		this.readGroups(spec.groups, `${prefix}spec.groups`, this.lines.of(spec, 'groups'));
	}

	private readGroups(groups: unknown, field: string, line: number) {
		if (!Array.isArray(groups))
			return this.problem(line, field, 'a list of rule groups', describeValue(groups));
		groups.forEach((group: unknown, g) => {
			const groupField = `${field}.${g}`;
			if (!isMap(group))
				return this.problem(
					this.lines.of(groups, g),
					groupField,
					'a rule group with name: and rules:',
					describeValue(group)
				);
			const name = this.text(group, 'name', groupField, true);
			const { rules } = group;
			if (rules === undefined || rules === null) return;
			if (!Array.isArray(rules))
				return this.problem(
					this.lines.of(group, 'rules'),
					`${groupField}.rules`,
					'a list of rules',
					describeValue(rules)
				);
			rules.forEach((rule: unknown, r) =>
				this.readRule(rule, `${groupField}.rules.${r}`, name ?? '', this.lines.of(rules, r))
			);
		});
	}

	private readRule(rule: unknown, field: string, group: string, line: number) {
		if (!isMap(rule))
			return this.problem(line, field, 'a rule with alert: or record:', describeValue(rule));
		if (has(rule, 'record')) return;
		if (!has(rule, 'alert'))
			return this.problem(
				line,
				field,
				'a rule with alert: (an alerting rule) or record: (a recording rule)',
				'neither'
			);
		const name = this.text(rule, 'alert', field, true);
		if (name !== undefined && !ALERT_NAME.test(name)) {
			this.problem(
				this.lines.of(rule, 'alert'),
				`${field}.alert`,
				'an alert name of letters, digits, "_" and ":" (it becomes a URL)',
				describeValue(name)
			);
		}
		const expr = this.text(rule, 'expr', field, true);
		const duration = this.text(rule, 'for', field, false);
		const labels = this.stringMap(rule, 'labels', field);
		const annotations = this.stringMap(rule, 'annotations', field);
		if (
			name === undefined ||
			!ALERT_NAME.test(name) ||
			expr === undefined ||
			!labels ||
			!annotations
		)
			return;
		this.alerts.push({
			name,
			file: this.file,
			field,
			line: this.lines.of(rule, 'alert'),
			group,
			expr,
			...(duration !== undefined ? { for: duration } : {}),
			labels,
			annotations,
		});
	}

	/** @returns the scalar under `key` as text (numbers too: `expr: 1` is a valid rule), or undefined. */
	private text(map: YamlMap, key: string, field: string, required: boolean): string | undefined {
		const value = has(map, key) ? map[key] : undefined;
		if (value === undefined || value === null) {
			if (required)
				this.problem(
					this.lines.start(map),
					`${field}.${key}`,
					`a value for ${key}:`,
					'nothing (the field is missing)'
				);
			return undefined;
		}
		if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
			return String(value);
		this.problem(this.lines.of(map, key), `${field}.${key}`, 'text', describeValue(value));
		return undefined;
	}

	/** @returns labels or annotations as a name → text mapping ({} when absent), or undefined when malformed. */
	private stringMap(map: YamlMap, key: string, field: string): Record<string, string> | undefined {
		const value = has(map, key) ? map[key] : undefined;
		if (value === undefined || value === null) return {};
		if (!isMap(value)) {
			this.problem(
				this.lines.of(map, key),
				`${field}.${key}`,
				`a mapping of ${key} (name: text)`,
				describeValue(value)
			);
			return undefined;
		}
		const result: Record<string, string> = {};
		let ok = true;
		for (const [name, entry] of Object.entries(value)) {
			const text = this.text(value, name, `${field}.${key}`, false);
			if (text === undefined && entry !== null) ok = false;
			else result[name] = text ?? '';
		}
		return ok ? result : undefined;
	}

	private problem(line: number, field: string, expected: string, found: string) {
		this.problems.push({ file: this.file, field, line, expected, found });
	}
}
