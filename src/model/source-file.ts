/**
 * Reading one content file: strict UTF-8, YAML documents with line numbers, frontmatter split from the body, and the
 * body parsed as MDX (or Markdown for `.md`) with the same Rust parser Astro uses, so a syntax error is reported here,
 * with file and line, before Astro ever sees it.
 * File I/O: reads one content file (for the loader).
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { mdxToMdast, markdownToMdast } from 'satteri';
import {
	CORE_SCHEMA,
	load as loadYaml,
	loadAll as loadYamlDocuments,
	YAMLException,
	type State,
} from 'js-yaml';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { plainText } from './markdown-tree.ts';
import type { Problem } from './problems.ts';
import { cutValues } from './yaml-comments.ts';
import { syntaxProblem } from './yaml-syntax.ts';
import { flowMapMisreads } from './yaml-flow-maps.ts';

/** On failure, `read` is what a text that parsed but must not be used (a cut value) read as, to name its entry. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[]; read?: unknown };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** @returns the file's text, or a problem when it is empty, binary or not UTF-8. */
/** Whether the bytes are only whitespace (what `trim()` removes in Latin-1), without decoding the whole file. */
function isBlank(bytes: Buffer): boolean {
	for (const byte of bytes)
		if (!(byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0xa0)) return false;
	return true;
}

export function readText(abs: string, file: string): Parsed<string> {
	let bytes: Buffer;
	try {
		bytes = readFileSync(abs);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return fail(
			file,
			'(file)',
			'a readable file',
			code === 'ENOENT' ? 'no such file' : `a read error (${code})`
		);
	}
	if (isBlank(bytes)) {
		return fail(file, '(file)', 'content (the file is empty)', 'an empty file');
	}
	if (bytes.includes(0))
		return fail(file, '(file)', 'a UTF-8 text file', 'binary data (a NUL byte)');
	try {
		return { ok: true, value: decoder.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		return fail(
			file,
			'(file)',
			'a UTF-8 text file',
			'bytes that are not valid UTF-8 (saved in another encoding?)'
		);
	}
}

/**
 * Parses YAML text into plain data. Duplicate keys are errors (a second `severity:` silently winning is how wrong
 * pages get built), and so is a comment that cut a value short (see yaml-comments.ts). js-yaml's core schema reads
 * the YAML 1.2 core types only, so dates and timestamps stay strings for our schemas to interpret in the handbook's
 * timezone; it is several times faster than `yaml`, which words the syntax errors (see yaml-syntax.ts).
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): Parsed<unknown> {
	let value: unknown;
	try {
		value = loadYaml(text, { schema: CORE_SCHEMA, filename: file });
	} catch (error) {
		return { ok: false, problems: [yamlError(error, text, file, lineOffset)] };
	}
	const misread = misreadValues(text, file, lineOffset);
	return misread.length > 0 ? { ok: false, problems: misread, read: value } : { ok: true, value };
}

/** Values that parsed but are not what the author wrote: cut by a comment or by a "," inside { }, a `{{ template }}` read as a mapping. */
function misreadValues(text: string, file: string, lineOffset: number): Problem[] {
	return [...cutValues(text, file, lineOffset), ...flowMapMisreads(text, file, lineOffset)];
}

/** @returns the first syntax error of `text`, in words that say its cause and fix (see yaml-syntax.ts) */
function yamlError(error: unknown, text: string, file: string, lineOffset: number): Problem {
	if (!(error instanceof YAMLException)) throw error;
	return syntaxProblem(text, file, lineOffset, error)!;
}

/**
 * Parses a YAML stream of one or more `---`-separated documents (Kubernetes manifests, alert rule files) and keeps the
 * node trees: callers need each node's position (`lines.linePos(node.range[0])`) and may edit scalars in place.
 */
export function parseYamlDocuments(
	text: string,
	file: string
): Parsed<{ documents: Document.Parsed[]; lines: LineCounter }> {
	const lines = new LineCounter();
	const documents = parseAllDocuments(text, {
		prettyErrors: false,
		uniqueKeys: true,
		lineCounter: lines,
	});
	if (!Array.isArray(documents)) return { ok: true, value: { documents: [], lines } };
	const problem = documents.some((doc) => doc.errors.length > 0) && syntaxProblem(text, file);
	if (problem) return { ok: false, problems: [problem] };
	return { ok: true, value: { documents, lines } };
}

/** One key, value or item of a YAML node, with the line (1-based) it starts on and its offsets in the text. */
interface YamlEntry {
	value: unknown;
	line: number;
	start: number;
	end: number;
}

/** Where the entries of a YAML stream's mappings and sequences start, for problems and for `file:line` references. */
export class YamlLines {
	// Per mapping: its keys and values in order, per sequence: its items.
	private readonly entries = new WeakMap<object, YamlEntry[]>();

	/** Records a node once js-yaml has built it; `entries` are its children's nodes, in order. */
	add(value: object, entries: YamlEntry[]): void {
		// An alias closes with its anchor's value and no children of its own.
		if (!this.entries.has(value)) this.entries.set(value, entries);
	}

	/** @returns the line of a mapping's or sequence's first entry (1 for an empty one) */
	start(container: object): number {
		return this.entries.get(container)?.[0]?.line ?? 1;
	}

	/** @returns the line of `key` in a mapping (of its `key:`), or of item `key` of a sequence; else the container's start */
	of(container: object, key: string | number): number {
		return this.entry(container, key)?.line ?? this.start(container);
	}

	/**
	 * @returns the line of the field at `path` below `root` (of the deepest part of the path that exists), and the
	 * offsets of its value's text when the whole path exists
	 */
	find(root: unknown, path: readonly PropertyKey[]): { line: number; span?: [number, number] } {
		let container = root;
		let line = container !== null && typeof container === 'object' ? this.start(container) : 1;
		for (const [i, key] of path.entries()) {
			if (container === null || typeof container !== 'object') break;
			const entries = this.entries.get(container) ?? [];
			const index = Array.isArray(container)
				? Number(key)
				: entries.findIndex((entry, j) => j % 2 === 0 && String(entry.value) === String(key));
			const found = entries[index];
			if (!found) break;
			line = found.line;
			const value = Array.isArray(container) ? found : entries[index + 1];
			if (i === path.length - 1 && value) return { line, span: [value.start, value.end] };
			container = value?.value;
		}
		return { line };
	}

	private entry(container: object, key: string | number): YamlEntry | undefined {
		const entries = this.entries.get(container) ?? [];
		if (Array.isArray(container)) return entries[key as number];
		for (let i = 0; i < entries.length; i += 2)
			if (String(entries[i]!.value) === key) return entries[i];
		return undefined;
	}
}

/**
 * Parses a YAML stream of one or more `---`-separated documents (alert rule files, Kubernetes manifests) into plain
 * data, with the line of every entry taken from js-yaml's node events: ten times faster than `yaml`'s node trees,
 * which made rule files the slowest part of `firebreak check` at 10,000 entries. Duplicate keys and misread values are
 * errors, and syntax errors are worded as in `parseYaml`.
 */
export function parseYamlWithLines(
	text: string,
	file: string
): Parsed<{ documents: unknown[]; lines: YamlLines }> {
	const lines = new YamlLines();
	// One frame per open node: where it starts and its children so far. Keys are nodes too, so a mapping's children
	// alternate key, value.
	const stack: { line: number; start: number; children: YamlEntry[] }[] = [
		{ line: 1, start: 0, children: [] },
	];
	const listener = (event: 'open' | 'close', state: State) => {
		if (event === 'open') {
			stack.push({ line: state.line + 1, start: state.position, children: [] });
			return;
		}
		const node = stack.pop()!;
		const value: unknown = state.result;
		if (value !== null && typeof value === 'object') lines.add(value, node.children);
		stack.at(-1)!.children.push({ value, line: node.line, start: node.start, end: state.position });
	};
	let documents: unknown[];
	try {
		documents = loadYamlDocuments(text, undefined, {
			schema: CORE_SCHEMA,
			filename: file,
			listener,
		});
	} catch (error) {
		return { ok: false, problems: [yamlError(error, text, file, 0)] };
	}
	const misread = misreadValues(text, file, 0);
	return misread.length > 0
		? { ok: false, problems: misread }
		: { ok: true, value: { documents, lines } };
}

/** Where a field is written: its line in the file, and the text of its value as written (`1.10`, not 1.1). */
export type FieldLocator = (path: readonly PropertyKey[]) => { line: number; source?: string };

/**
 * @param text a YAML file's text, or an MDX or Markdown file's (then its frontmatter is meant)
 * @returns a locator of the fields of its (first) document; it parses the text again on its first call, so that
 * only files with problems pay for the line numbers
 */
export function fieldLocator(text: string, file: string): FieldLocator {
	const frontmatter = /\.mdx?$/.test(file) ? FRONTMATTER.exec(text)?.[1] : undefined;
	const yaml = frontmatter ?? text;
	const lineOffset = frontmatter === undefined ? 0 : 1;
	let parsed: ReturnType<typeof parseYamlWithLines> | undefined;
	return (path) => {
		parsed ??= parseYamlWithLines(yaml, file);
		if (!parsed.ok) return { line: 1 + lineOffset };
		const { line, span } = parsed.value.lines.find(parsed.value.documents[0], path);
		return { line: line + lineOffset, ...(span ? { source: yaml.slice(...span).trim() } : {}) };
	};
}

export interface Heading {
	depth: number;
	text: string;
}

export interface MdxSource {
	data: unknown;
	body: string;
	/** The line of the file where the body starts (1-based). */
	bodyLine: number;
	headings: Heading[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** @returns the body of an MDX or Markdown file: what follows its frontmatter (the whole text if it has none). */
export function bodyOf(text: string): string {
	return text.slice(FRONTMATTER.exec(text)?.[0].length ?? 0);
}

/** Splits frontmatter from body, parses both, and returns the body's headings. */
export function parseMdx(text: string, file: string): Parsed<MdxSource> {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return fail(
			file,
			'(frontmatter)',
			'frontmatter between two "---" lines at the top of the file',
			describeStart(text)
		);
	}
	const yaml = parseYaml(match[1] ?? '', file, 1);
	if (!yaml.ok) return yaml;
	if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
		return fail(file, '(frontmatter)', 'a mapping of fields, like "title: ..."', 'no fields');
	}
	const bodyLine = match[0].split('\n').length;
	const body = text.slice(match[0].length);
	let tree;
	try {
		// Parse the whole text so positions are file lines; the frontmatter becomes a yaml node we ignore.
		tree = (file.endsWith('.md') ? markdownToMdast(text) : mdxToMdast(text)) as Root;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = /^(\d+):\d+/.exec(message)?.[1];
		return {
			ok: false,
			problems: [
				{
					file,
					field: 'body',
					...(line ? { line: Number(line) } : {}),
					expected:
						'valid MDX (close every tag; write a literal { or < as \\{ or &lt;; or rename the file to .md)',
					found: message.replace(/^\d+:\d+: /, ''),
				},
			],
		};
	}
	return { ok: true, value: { data: yaml.value, body, bodyLine, headings: headingsOf(tree) } };
}

function headingsOf(root: Root): Heading[] {
	return root.children
		.filter((node) => node.type === 'heading')
		.map((node) => ({ depth: node.depth, text: plainText(node).trim() }));
}

function describeStart(text: string): string {
	const first = text.split('\n', 1)[0] ?? '';
	return first ? `a file starting with ${JSON.stringify(first.slice(0, 40))}` : 'no frontmatter';
}

function fail(file: string, field: string, expected: string, found: string): Parsed<never> {
	return { ok: false, problems: [{ file, field, expected, found }] };
}
