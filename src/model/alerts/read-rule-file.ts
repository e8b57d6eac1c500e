/**
 * Reads alert rule files in the two shapes teams export: Prometheus rule files (`groups[].rules[]`) and Kubernetes
 * `PrometheusRule` resources (`spec.groups[].rules[]`), several `---` documents per file included. Recording rules
 * are skipped; every alerting rule keeps its group, expression, `for`, labels and annotations as written.
 */
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { describeValue, type Problem } from '../problems.ts';
import { parseYamlDocuments, readText } from '../source-file.ts';
import type { AlertRule } from './alert-rule.ts';

/** Alert names go into URLs and runbook frontmatter, so they must be the identifiers Prometheus users write. */
export const ALERT_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;

/**
 * @param dir absolute path of the content folder
 * @param files rule files relative to `dir`
 * @returns the alerting rules of every file, in file order, and every problem found
 */
export function readAlertRules(dir: string, files: readonly string[]): { alerts: AlertRule[]; problems: Problem[] } {
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
export function readRuleFile(text: string, file: string): { alerts: AlertRule[]; problems: Problem[] } {
	const parsed = parseYamlDocuments(text, file);
	if (!parsed.ok) return { alerts: [], problems: parsed.problems };
	const { documents, lines } = parsed.value;
	const reader = new RuleReader(file, lines);
	documents.forEach((doc, i) => {
		// A trailing `---` or a comment-only document holds nothing.
		if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return;
		reader.readDocument(doc.contents, documents.length > 1 ? `documents.${i}.` : '');
	});
	return { alerts: reader.alerts, problems: reader.problems };
}

const SHAPES = 'a Prometheus rule file (groups:) or a PrometheusRule resource (kind: PrometheusRule, spec.groups:)';

class RuleReader {
	readonly alerts: AlertRule[] = [];
	readonly problems: Problem[] = [];
	private readonly file: string;
	private readonly lines: LineCounter;
	constructor(file: string, lines: LineCounter) {
		this.file = file;
		this.lines = lines;
	}

	readDocument(root: Node, prefix: string) {
		if (!isMap(root)) return this.problem(root, prefix || '(file)', SHAPES, describeValue(root.toJSON()));
		if (root.has('groups')) return this.readGroups(root.get('groups', true) as Node, `${prefix}groups`);
		const kind = root.get('kind');
		const spec = root.get('spec', true) as Node | undefined;
		if (kind !== undefined && kind !== 'PrometheusRule') {
			return this.problem(root.get('kind', true) as Node, `${prefix}kind`, SHAPES, describeValue(kind));
		}
		if (!isMap(spec) || !spec.has('groups')) {
			return this.problem(spec ?? root, `${prefix}${spec ? 'spec.groups' : 'groups'}`, SHAPES, 'no groups');
		}
		this.readGroups(spec.get('groups', true) as Node, `${prefix}spec.groups`);
	}

	private readGroups(groups: Node, field: string) {
		if (!isSeq(groups)) return this.problem(groups, field, 'a list of rule groups', describeValue(groups?.toJSON()));
		groups.items.forEach((group, g) => {
			const groupField = `${field}.${g}`;
			if (!isMap(group)) return this.problem(group as Node, groupField, 'a rule group with name: and rules:', describeValue((group as Node).toJSON()));
			const name = this.text(group, 'name', groupField, true);
			const rules = group.get('rules', true) as Node | undefined;
			if (rules === undefined || (isScalar(rules) && rules.value === null)) return;
			if (!isSeq(rules)) return this.problem(rules, `${groupField}.rules`, 'a list of rules', describeValue(rules.toJSON()));
			rules.items.forEach((rule, r) => this.readRule(rule as Node, `${groupField}.rules.${r}`, name ?? ''));
		});
	}

	private readRule(rule: Node, field: string, group: string) {
		if (!isMap(rule)) return this.problem(rule, field, 'a rule with alert: or record:', describeValue(rule.toJSON()));
		if (rule.has('record')) return;
		if (!rule.has('alert')) return this.problem(rule, field, 'a rule with alert: (an alerting rule) or record: (a recording rule)', 'neither');
		const name = this.text(rule, 'alert', field, true);
		if (name !== undefined && !ALERT_NAME.test(name)) {
			this.problem(rule.get('alert', true) as Node, `${field}.alert`, 'an alert name of letters, digits, "_" and ":" (it becomes a URL)', describeValue(name));
		}
		const expr = this.text(rule, 'expr', field, true);
		const duration = this.text(rule, 'for', field, false);
		const labels = this.stringMap(rule, 'labels', field);
		const annotations = this.stringMap(rule, 'annotations', field);
		if (name === undefined || !ALERT_NAME.test(name) || expr === undefined || !labels || !annotations) return;
		this.alerts.push({
			name,
			file: this.file,
			field,
			line: this.line(rule.get('alert', true) as Node),
			group,
			expr,
			...(duration !== undefined ? { for: duration } : {}),
			labels,
			annotations,
		});
	}

	/** @returns the scalar under `key` as text (numbers too: `expr: 1` is a valid rule), or undefined. */
	private text(map: YAMLMap, key: string, field: string, required: boolean): string | undefined {
		const node = map.get(key, true) as Node | undefined;
		if (node === undefined || (isScalar(node) && node.value === null)) {
			if (required) this.problem(map, `${field}.${key}`, `a value for ${key}:`, 'nothing (the field is missing)');
			return undefined;
		}
		if (isScalar(node) && ['string', 'number', 'boolean'].includes(typeof node.value)) return String(node.value);
		this.problem(node, `${field}.${key}`, 'text', describeValue(node.toJSON()));
		return undefined;
	}

	/** @returns labels or annotations as a name → text mapping ({} when absent), or undefined when malformed. */
	private stringMap(map: YAMLMap, key: string, field: string): Record<string, string> | undefined {
		const node = map.get(key, true) as Node | undefined;
		if (node === undefined || (isScalar(node) && node.value === null)) return {};
		if (!isMap(node)) {
			this.problem(node, `${field}.${key}`, `a mapping of ${key} (name: text)`, describeValue(node.toJSON()));
			return undefined;
		}
		const result: Record<string, string> = {};
		let ok = true;
		for (const pair of node.items) {
			const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
			const value = this.text(node, name, `${field}.${key}`, false);
			if (value === undefined && !(isScalar(pair.value) && pair.value.value === null)) ok = false;
			else result[name] = value ?? '';
		}
		return ok ? result : undefined;
	}

	private line(node: Node): number {
		return this.lines.linePos(node.range?.[0] ?? 0).line;
	}

	private problem(node: Node, field: string, expected: string, found: string) {
		this.problems.push({ file: this.file, field, line: this.line(node), expected, found });
	}
}
