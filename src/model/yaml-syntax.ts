/**
 * YAML syntax errors in words a content author can act on: the construct, the line where it starts (an unclosed
 * quote is reported where it opened, not where the parser gave up a hundred lines later), and the usual cause with
 * its fix (see yaml-syntax-causes.ts). Only a file's first error is reported: the ones after it are nearly always its
 * knock-on effects. It runs only once js-yaml has failed: `yaml` finds where things went wrong, with a tree of what it
 * could read, and js-yaml's line is the better one for indentation.
 */
import { CORE_SCHEMA, loadAll, YAMLException } from 'js-yaml';
import { parseAllDocuments, LineCounter, type Document } from 'yaml';
import type { Problem } from './problems.ts';
import { explain } from './yaml-syntax-causes.ts';
import { lengthOf, nodesOf, parseCst, type CstNode } from './yaml-cst.ts';

/**
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`)
 * @param jsYaml js-yaml's error for `text`, when the caller has it (read as a single document, it also refuses a
 * second one); without it the text is read as a stream of documents
 * @returns the file's first syntax error, or undefined when neither parser finds one
 */
export function syntaxProblem(
	text: string,
	file: string,
	lineOffset = 0,
	jsYaml?: YAMLException
): Problem | undefined {
	const failure = Failure.of(text, lineOffset, jsYaml ?? jsYamlError(text));
	if (!failure) return undefined;
	const explained = explain(failure);
	const field = explained.path?.length
		? `(YAML syntax) in ${explained.path.join('.')}`
		: '(YAML syntax)';
	return {
		file,
		field,
		line: explained.line,
		expected: 'valid YAML',
		found: explained.found,
		...(explained.fix ? { fix: explained.fix } : {}),
	};
}

/** What a cause says: the line the author should look at (of the file), the field, the construct and its fix. */
export interface Explained {
	line: number;
	path?: string[];
	found: string;
	fix?: string;
}

function jsYamlError(text: string): YAMLException | undefined {
	try {
		loadAll(text, undefined, { schema: CORE_SCHEMA });
		return undefined;
	} catch (error) {
		if (error instanceof YAMLException) return error;
		throw error;
	}
}

/**
 * Where and why the parsers gave up, with what they could read of the text, for the causes to look at. Lines are
 * the file's (a frontmatter starts at line 2), so that causes can name them in their words.
 */
export class Failure {
	readonly text: string;
	/** Lines of the file before `text`. */
	readonly lineOffset: number;
	/** Offset of the first error `yaml` found (or, when only js-yaml fails, of js-yaml's). */
	readonly pos: number;
	/** `yaml`'s error code (`TAB_AS_INDENT`...), `TAG` for a tag it could not resolve, `JS_YAML` when only js-yaml failed. */
	readonly code: string;
	/** The first line of the parser's message. */
	readonly message: string;
	readonly documents: Document.Parsed[];
	/** js-yaml's error: its line (absent for "found more than one document") and reason. */
	readonly jsYaml?: { line?: number; reason: string };
	private readonly counter: LineCounter;
	private tree?: CstNode[];
	private split?: string[];

	private constructor(
		text: string,
		lineOffset: number,
		documents: Document.Parsed[],
		counter: LineCounter,
		at: { pos: number; code: string; message: string },
		jsYaml?: YAMLException
	) {
		this.text = text;
		this.lineOffset = lineOffset;
		this.documents = documents;
		this.counter = counter;
		this.pos = at.pos;
		this.code = at.code;
		this.message = at.message.split('\n')[0] ?? at.message;
		if (jsYaml)
			this.jsYaml = {
				reason: jsYaml.reason,
				...(jsYaml.mark ? { line: jsYaml.mark.line + 1 + lineOffset } : {}),
			};
	}

	static of(text: string, lineOffset: number, jsYaml?: YAMLException): Failure | undefined {
		const counter = new LineCounter();
		const parsed = parseAllDocuments(text, {
			prettyErrors: false,
			uniqueKeys: true,
			lineCounter: counter,
		});
		const documents = Array.isArray(parsed) ? parsed : [];
		const errors = documents.flatMap((doc) => doc.errors).sort((a, b) => a.pos[0] - b.pos[0]);
		// `yaml` only warns about an unknown tag (`title: !important`); js-yaml refuses it, and so does the loader.
		const tags = documents
			.flatMap((doc) => doc.warnings)
			.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED');
		const first = errors[0] ?? (jsYaml ? tags[0] : undefined);
		if (first)
			return new Failure(
				text,
				lineOffset,
				documents,
				counter,
				{ pos: first.pos[0], code: errors[0] ? first.code : 'TAG', message: first.message },
				jsYaml
			);
		if (!jsYaml) return undefined;
		const pos = jsYaml.mark?.position ?? 0;
		return new Failure(
			text,
			lineOffset,
			documents,
			counter,
			{ pos: Math.min(pos, text.length), code: 'JS_YAML', message: jsYaml.reason },
			jsYaml
		);
	}

	/** Key and value nodes of what `yaml` could read, parents first, each with its field path. */
	get nodes(): CstNode[] {
		return (this.tree ??= nodesOf(parseCst(this.text).tokens));
	}

	/** @returns the line of an offset */
	lineOf(offset: number): number {
		return this.counter.linePos(offset).line + this.lineOffset;
	}

	/** The line of the error. */
	get line(): number {
		return this.lineOf(this.pos);
	}

	/** @returns the text of a line, without its line break */
	lineText(line: number): string {
		return this.lines[line - 1 - this.lineOffset] ?? '';
	}

	/** @returns the lines of the text before `line`, nearest first, with their line numbers */
	linesBefore(line: number): { line: number; text: string }[] {
		return this.lines
			.slice(0, Math.max(0, line - 1 - this.lineOffset))
			.map((text, i) => ({ line: i + 1 + this.lineOffset, text }))
			.reverse();
	}

	/** The lines of the text, without their line breaks. */
	get lines(): string[] {
		return (this.split ??= this.text.split(/\r?\n/));
	}

	/** The deepest node whose text holds the error. */
	get inner(): CstNode | undefined {
		// Later nodes start later; the first one from the end that reaches `pos` is the innermost.
		return this.nodes.findLast(
			(node) =>
				node.token.offset <= this.pos && this.pos <= node.token.offset + lengthOf(node.token)
		);
	}

	/** The field path above the innermost node: on a broken line that node is often made up (a key the parser guessed). */
	get above(): string[] | undefined {
		return this.inner?.path.slice(0, -1);
	}

	/** @returns the path of the last node that starts on a line before `line` and less indented than `indent` */
	pathAbove(line: number, indent: number): string[] | undefined {
		const parent = this.nodes.findLast(
			(node) =>
				this.lineOf(node.token.offset) < line && columnOf(this.text, node.token.offset) < indent
		);
		return parent?.path;
	}
}

/** @returns the column (0-based) of an offset */
function columnOf(text: string, offset: number): number {
	return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
