/**
 * Setting `runbook_url` annotations in rule files without disturbing anything else. The YAML Document API finds each
 * rule's nodes and their source ranges; the change is then spliced into the original text, so comments, key order,
 * quoting and indentation of every other line stay byte for byte as the team wrote them (re-serialising the document
 * would re-flow long strings and re-indent sequences).
 */
import { isMap, isScalar, parse, Scalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { Problem } from '../problems.ts';
import { parseYamlDocuments } from '../source-file.ts';
import { readRuleFile } from './read-rule-file.ts';

export interface AnnotateOptions {
	/** The URL an alert's `runbook_url` should hold, or undefined for an alert without a runbook (left alone). */
	linkOf(name: string): string | undefined;
	/** Links under this base are Firebreak's own and are updated; others are kept unless `force`. */
	ownBase: string;
	force: boolean;
}

/** One splice of the source text, and what it does in words. */
interface Edit {
	start: number;
	end: number;
	text: string;
	alert: string;
}

export interface AnnotatePlan {
	file: string;
	before: string;
	after: string;
	edits: Edit[];
	/** Alerts whose `runbook_url` points elsewhere and was kept (no `force`). */
	kept: { alert: string; line: number; url: string }[];
}

/**
 * @param text a rule file's text
 * @param file its path relative to the content folder
 * @returns the planned edits and the resulting text, or the problems that keep the file from being edited
 */
export function planAnnotations(
	text: string,
	file: string,
	options: AnnotateOptions
): { plan?: AnnotatePlan; problems: Problem[] } {
	const read = readRuleFile(text, file);
	const parsed = parseYamlDocuments(text, file);
	if (read.problems.length > 0 || !parsed.ok)
		return {
			problems:
				read.problems.length > 0 ? read.problems : (parsed as { problems: Problem[] }).problems,
		};
	const { documents } = parsed.value;
	const edits: Edit[] = [];
	const kept: AnnotatePlan['kept'] = [];
	const problems: Problem[] = [];
	for (const rule of read.alerts) {
		const link = options.linkOf(rule.name);
		const current = rule.annotations.runbook_url;
		if (link === undefined || current === link) continue;
		if (current && !current.startsWith(options.ownBase) && !options.force) {
			kept.push({ alert: rule.name, line: rule.line, url: current });
			continue;
		}
		const [doc, path] = locate(documents, rule.field);
		const node = doc.getIn(path, true) as YAMLMap;
		const edit = isMap(node) && !node.flow ? editFor(text, node, link) : undefined;
		if (edit) edits.push({ ...edit, alert: rule.name });
		else
			problems.push({
				file,
				field: rule.field,
				line: rule.line,
				expected: 'a block-style rule (one key per line) to annotate',
				found: 'a flow-style rule ({ ... }); set runbook_url by hand',
			});
	}
	if (problems.length > 0) return { problems };
	return {
		plan: {
			file,
			before: text,
			after: applyEdits(text, edits),
			edits: edits.sort((a, b) => a.start - b.start),
			kept,
		},
		problems: [],
	};
}

/** @returns the document and the path inside it of a rule's `field` (`documents.1.spec.groups.0.rules.3`). */
function locate(
	documents: Document.Parsed[],
	field: string
): [Document.Parsed, (string | number)[]] {
	const parts = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
	if (parts[0] === 'documents') return [documents[parts[1] as number]!, parts.slice(2)];
	// Without the prefix the file has one document.
	return [documents[0]!, parts];
}

function editFor(text: string, rule: YAMLMap, link: string): Omit<Edit, 'alert'> | undefined {
	const annotations = rule.get('annotations', true) as Node | undefined;
	if (isMap(annotations)) {
		const pair = annotations.items.find(
			(item) => isScalar(item.key) && item.key.value === 'runbook_url'
		);
		if (pair && isScalar(pair.value)) {
			// Replace the value where it stands, in its own quoting style; a trailing comment stays.
			const [start, end] = pair.value.range!;
			const old = text.slice(start, end);
			return { start, end, text: render(link, pair.value.type) + (/\s*$/.exec(old)?.[0] ?? '') };
		}
		if (annotations.flow) {
			// `{ summary: x }` gains `, runbook_url: "..."` after its last entry; `{}` gets one inside.
			const entry = `runbook_url: ${render(link, Scalar.QUOTE_DOUBLE)}`;
			const last = annotations.items[annotations.items.length - 1];
			if (last) {
				const end = ((last.value ?? last.key) as Node).range![1];
				return { start: end, end, text: `, ${entry}` };
			}
			const close = text.lastIndexOf('}', annotations.range![1] - 1);
			return { start: close, end: close, text: ` ${entry} ` };
		}
		if (annotations.items.length > 0)
			return insertLine(text, annotations, `runbook_url: ${render(link, Scalar.PLAIN)}`);
	}
	const annotationsPair = rule.items.find(
		(item) => isScalar(item.key) && item.key.value === 'annotations'
	);
	const indent = ' '.repeat(columnOf(text, (rule.items[0]!.key as Node).range![0]));
	if (annotationsPair) {
		// `annotations:` with nothing under it: the new line goes right below the key.
		const at = lineEndAfter(text, (annotationsPair.key as Node).range![1]);
		return { start: at, end: at, text: `${indent}  runbook_url: ${render(link, Scalar.PLAIN)}\n` };
	}
	return insertLine(
		text,
		rule,
		`annotations:\n${indent}  runbook_url: ${render(link, Scalar.PLAIN)}`
	);
}

/** @returns an edit adding `line` (its continuation lines already indented) after the last entry of a block map. */
function insertLine(text: string, map: YAMLMap, line: string): Omit<Edit, 'alert'> {
	const indent = ' '.repeat(columnOf(text, (map.items[0]!.key as Node).range![0]));
	const last = map.items[map.items.length - 1]!;
	const end = ((last.value ?? last.key) as Node).range![1];
	const at = lineEndAfter(text, end);
	const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
	return { start: at, end: at, text: `${newline}${indent}${line}\n` };
}

/** @returns the offset of the start of the line after the one holding `offset - 1` (block scalars end on a newline). */
function lineEndAfter(text: string, offset: number): number {
	if (offset > 0 && text[offset - 1] === '\n') return offset;
	const newline = text.indexOf('\n', offset);
	return newline === -1 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
	return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** @returns `value` as a YAML scalar in the given style, falling back to double quotes where plain would misparse. */
function render(value: string, type: Scalar['type']): string {
	if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
	if (type === Scalar.PLAIN && !/[#\s]/.test(value) && parse(value) === value) return value;
	return JSON.stringify(value);
}

/** @returns `text` with the edits applied (they never overlap: one per rule). */
function applyEdits(text: string, edits: readonly Omit<Edit, 'alert'>[]): string {
	let result = text;
	for (const edit of [...edits].sort((a, b) => b.start - a.start))
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
	return result;
}

/**
 * @returns the plan as a unified diff (no context lines: every hunk is a `runbook_url` line or two), with the alert's
 * name after each hunk header.
 */
export function formatDiff(plan: AnnotatePlan): string {
	if (plan.edits.length === 0) return '';
	const lines = [`--- a/${plan.file}`, `+++ b/${plan.file}`];
	let shift = 0;
	for (const edit of plan.edits) {
		const first = plan.before.lastIndexOf('\n', edit.start - 1) + 1;
		const insertion = edit.start === edit.end && first === edit.start;
		const last = insertion ? first : lineEndAfter(plan.before, Math.max(edit.end, edit.start + 1));
		const oldLines = insertion ? [] : plan.before.slice(first, last).replace(/\n$/, '').split('\n');
		const segment = plan.before.slice(first, last);
		const replaced =
			segment.slice(0, edit.start - first) + edit.text + segment.slice(edit.end - first);
		const newLines = replaced.replace(/\n$/, '').split('\n');
		const oldStart = lineNumber(plan.before, first);
		// In the zero-context form an insertion is numbered after the line it follows.
		const oldAt = insertion ? oldStart - 1 : oldStart;
		lines.push(
			`@@ -${oldAt},${oldLines.length} +${oldAt + (insertion ? 1 : 0) + shift},${newLines.length} @@ ${edit.alert}`
		);
		lines.push(...oldLines.map((line) => `-${line}`), ...newLines.map((line) => `+${line}`));
		shift += newLines.length - oldLines.length;
	}
	return `${lines.join('\n')}\n`;
}

function lineNumber(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
