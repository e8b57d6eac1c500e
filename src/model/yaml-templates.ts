/**
 * A `{{ template }}` written unquoted as the whole value (`summary: {{ $labels.instance }}`) is valid YAML, but not
 * text: a mapping whose key is a mapping, which js-yaml turns into `{ "[object Object]": null }` and Prometheus
 * refuses. With text after it (`{{ $value }} errors`) it is a syntax error, worded in yaml-syntax-causes.ts; this is
 * the same mistake where the parsers say nothing.
 */
import type { Problem } from './problems.ts';
import { nodesOf, parseCst } from './yaml-cst.ts';
import { valueStartWords } from './yaml-syntax-causes.ts';

/** What precedes a value on its line: `key: `, `- ` or `- key: ` (not the indentation of a line of a `|` block). */
const VALUE_LEAD = /^[ \t]*(?:-[ \t]+(?:[^\s#'"][^:#]*?:[ \t]+)?|[^\s#'"-][^:#]*?:[ \t]+)$/;

/** Cheap pre-test, so that only files that may hold one pay for `yaml`'s parser: some value starts with "{{". */
function mayHoldTemplate(text: string): boolean {
	for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) {
		if (VALUE_LEAD.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return true;
	}
	return false;
}

/**
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`)
 * @returns a problem for each value that is an unquoted `{{ ... }}`
 */
export function templateValues(text: string, file: string, lineOffset = 0): Problem[] {
	if (!mayHoldTemplate(text)) return [];
	const { tokens, lines } = parseCst(text);
	const problems: Problem[] = [];
	for (const { token, path } of nodesOf(tokens)) {
		if (token.type !== 'flow-collection' || token.start.source !== '{') continue;
		const key = token.items[0]?.key;
		if (key?.type !== 'flow-collection' || key.start.source !== '{') continue;
		const line = lines.linePos(token.offset).line;
		const words = valueStartWords(text.split('\n', line)[line - 1] ?? '');
		if (!words) continue;
		problems.push({ file, field: path.join('.') || '(file)', line: line + lineOffset, expected: 'the template as text, in quotes', ...words });
	}
	return problems;
}
