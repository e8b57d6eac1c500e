/**
 * The usual causes of a YAML syntax error, each with its words and its fix, tried in order on the first error of a
 * file: the mistakes content authors and rule-file writers make (tabs, an unquoted "#", ": " inside a value, Markdown
 * `**bold**` or a `{{ template }}` at the start of a value, a quote or bracket never closed, "-item", "key:value"),
 * then indentation, then the parser's own words.
 */
import { isMap, isScalar, visit, type CST } from 'yaml';
import type { CstNode } from './yaml-cst.ts';
import { closingBracket, indentOf, quotedLine, splitLine, topLevelParts } from './yaml-line.ts';
import type { Explained, Failure } from './yaml-syntax.ts';

type Cause = (failure: Failure) => Explained | undefined;

/** @returns the explanation of the first cause that fits, else the parser's message at its line */
export function explain(failure: Failure): Explained {
	for (const cause of CAUSES) {
		const explained = cause(failure);
		if (explained) return explained;
	}
	return { line: failure.line, path: failure.inner?.path, found: failure.message };
}

const duplicateKey: Cause = (f) => {
	if (f.code !== 'DUPLICATE_KEY') return undefined;
	let found: Explained | undefined;
	for (const doc of f.documents) {
		visit(doc, {
			Map(_, map) {
				const seen = new Map<unknown, number>();
				for (const pair of map.items) {
					const key = isScalar(pair.key) ? pair.key.value : pair.key;
					const start = isScalar(pair.key) || isMap(pair.key) ? (pair.key.range?.[0] ?? -1) : -1;
					const first = seen.get(key);
					if (first !== undefined && start === f.pos) {
						found = {
							line: f.line,
							path: f.nodes.find((node) => node.token.offset === f.pos)?.path,
							found: `the key "${String(key)}" twice in one mapping: at line ${f.lineOf(first)} and at line ${f.line}`,
							fix: 'keep one of them (YAML would keep only one value, silently)',
						};
						return visit.BREAK;
					}
					if (first === undefined) seen.set(key, start);
				}
				return undefined;
			},
		});
		if (found) return found;
	}
	return { line: f.line, found: f.message };
};

/** A non-breaking space (U+00A0) in the indentation, pasted from a web page or a chat: YAML reads it as text. */
const nonBreakingSpace: Cause = (f) => {
	const last = Math.max(f.line, f.jsYaml?.line ?? 0);
	const found = [...f.linesBefore(last + 1)]
		.reverse()
		.find(({ text }) => /^[ \t]*\u00a0/.test(text));
	if (!found) return undefined;
	return {
		line: found.line,
		path: f.pathAbove(found.line, /^[ \t\u00a0]*/.exec(found.text)![0].length),
		found:
			'a non-breaking space (U+00A0, often pasted from a web page or a chat) in the indentation: YAML reads it as text, not as indentation',
		fix: 'replace the indentation of this line with ordinary spaces',
	};
};

/** Tabs in the indentation: as the indentation of a mapping or list, or before the text of a `|` or `>` block. */
const tabIndent: Cause = (f) => {
	const tabbed = (line?: number) => line !== undefined && /^ *\t/.test(f.lineText(line));
	const line = [f.line, /tab/.test(f.jsYaml?.reason ?? '') ? f.jsYaml?.line : undefined].find(
		tabbed
	);
	if (line === undefined) return undefined;
	const block = f.nodes.filter((node) => f.lineOf(node.token.offset) < line).at(-1);
	if (block?.token.type === 'block-scalar') {
		const header =
			block.token.props.find(
				(token): token is CST.SourceToken => token.type === 'block-scalar-header'
			)?.source ?? '|';
		const name = block.path.at(-1);
		return {
			line,
			path: block.path,
			found: `a tab in the indentation of the "${header}" block${name === undefined ? '' : ` of ${name}`} that starts at line ${f.lineOf(block.token.offset)}`,
			fix: 'indent every line of the block with spaces, as deep as its first line: YAML does not accept tabs for indentation (a tab after those spaces is kept as text)',
		};
	}
	return {
		line,
		path: f.above,
		found: 'a tab in the indentation',
		fix: 'indent with spaces: YAML does not accept tabs for indentation',
	};
};

const isQuoted = (token: CST.Token) =>
	token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar';

/** `title: "Checkout down` never closed: reported where it opens, not where the parser reached the end of the text. */
const unclosedQuote: Cause = (f) => {
	const quoted = f.inner && isQuoted(f.inner.token) ? f.inner : undefined;
	if (!quoted || f.code !== 'MISSING_CHAR') return undefined;
	const mark = (quoted.token as CST.FlowScalar).source[0];
	return {
		line: f.lineOf(quoted.token.offset),
		path: quoted.path,
		found: `a ${mark}quoted${mark} value that opens on this line and is never closed (the parser reached line ${f.line})`,
		fix: `end the value with ${mark}; inside it write ${mark === '"' ? '\\" for a double quote' : "'' for an apostrophe"}`,
	};
};

const flowWords = (token: CST.FlowCollection) =>
	token.start.source === '{'
		? { open: '{', close: '}', kind: 'mapping' }
		: { open: '[', close: ']', kind: 'list' };

/**
 * A `[`/`{` never closed, most often because an unquoted `#` in it (`tags: [a, #b]`, `{ channel: #ops }`) started a
 * comment that hid the rest of the line, closing bracket included.
 */
const unclosedFlow: Cause = (f) => {
	const flow = f.nodes.findLast((node) => {
		const token = node.token;
		if (token.type !== 'flow-collection' || token.offset > f.pos) return false;
		return !token.end.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end');
	});
	if (flow?.token.type !== 'flow-collection') return undefined;
	const { open, close, kind } = flowWords(flow.token);
	const line = f.lineOf(flow.token.offset);
	// A comment that holds the closing bracket, or is glued to its text like a channel name, is the likely cause.
	const comment = flow.token.items
		.flatMap((item) => [...item.start, ...(item.sep ?? [])])
		.find(
			(token) =>
				token.type === 'comment' && (token.source.includes(close) || /^#\S/.test(token.source))
		);
	if (comment) {
		const hidden = /^#[^,\]}]*/.exec(comment.source)![0].trim();
		const lineText = f.lineText(f.lineOf(comment.offset));
		const column = comment.offset - (f.text.lastIndexOf('\n', comment.offset - 1) + 1);
		const fixed =
			`${lineText.slice(0, column)}${JSON.stringify(hidden)}${lineText.slice(column + hidden.length)}`.trim();
		return {
			line: f.lineOf(comment.offset),
			path: flow.path,
			found: `an unquoted "${hidden}" inside the ${open} ... ${close} ${kind} that opens at line ${line}: " #" starts a comment, which hides the rest of the line, its "${close}" included`,
			fix: `quote it: ${fixed}`,
		};
	}
	return {
		line,
		path: flow.path,
		found: `a ${open} ... ${close} ${kind} that opens on this line and is not closed (the parser reached line ${f.line})`,
		fix: `close it with ${close} on the same line; quote items that hold "#" (an unquoted " #" starts a comment), "," or ": "`,
	};
};

/** `title: 'It's down'`, `title: "The "big" outage"`: the quote closed early, and text follows it. */
const textAfterQuote: Cause = (f) => {
	if (f.code !== 'UNEXPECTED_TOKEN') return undefined;
	const before = f.nodes
		.filter((node) => node.token.offset < f.pos)
		.sort((a, b) => a.token.offset - b.token.offset)
		.at(-1);
	if (!before || !isQuoted(before.token) || f.lineOf(before.token.offset) !== f.line)
		return undefined;
	const lineText = f.lineText(f.line);
	const { value } = splitLine(lineText);
	const whole = value.length > 1 && value.endsWith(value[0]!) ? value.slice(1, -1) : undefined;
	const example = whole === undefined ? '' : `, like ${quotedLine(lineText, whole)}`;
	return {
		line: f.line,
		path: before.path,
		found: `text after the closing quote of a quoted value: the ${value[0]} inside it ends the value early`,
		fix: `quote the whole value${example}; inside '...' write '' for an apostrophe ('It''s down'), inside "..." write \\"`,
	};
};

/** A second `---` in a file that holds one document (js-yaml's `load` refuses it; `yaml` reads a stream). */
const secondDocument: Cause = (f) => {
	if (f.code !== 'JS_YAML' || !/single document/.test(f.message)) return undefined;
	const index = f.lines.findIndex(
		(line, i) =>
			i > 0 &&
			/^(---|\.\.\.)(\s|$)/.test(line) &&
			f.lines.slice(0, i).some((l) => /^[^\s#-]/.test(l))
	);
	return {
		line: Math.max(index, 0) + 1 + f.lineOffset,
		found:
			'a second YAML document: a "---" line after the content starts another one, and this file holds one',
		fix: 'remove the "---" line (or, if it separates two files that were pasted together, split them again)',
	};
};

/** What YAML makes of a value that starts with each of its indicator characters. */
const INDICATORS: Record<string, string> = {
	'*': 'YAML reads "*name" as an alias (a reference to an "&name" anchor), Markdown **bold** and *italic* included',
	'&': 'YAML reads "&name" as an anchor',
	'!': 'YAML reads "!name" as a tag, a type for the value',
	'@': 'YAML reserves "@" at the start of a value',
	'`': 'YAML reserves "`" at the start of a value',
	'%': 'YAML reads "%" at the start of a line as a directive',
	'|': 'YAML reads "|" as the start of a block whose text goes on the next lines',
	'>': 'YAML reads ">" as the start of a block whose text goes on the next lines',
};

/**
 * @returns the found/fix words for a line whose value starts with a character YAML reads as syntax
 * (`title: **Checkout** down`, `summary: {{ $labels.pod }} is down`, `expr: {job="api"} > 1`, `title: [DRAFT] x`)
 */
export function valueStartWords(lineText: string): { found: string; fix: string } | undefined {
	const { value } = splitLine(lineText);
	const first = value[0] ?? '';
	const quote = `quote the value: ${quotedLine(lineText)}`;
	if (value.startsWith('{{')) {
		return {
			found: `a value that starts with "{{": YAML reads {...} as a mapping, so an unquoted {{ template }} is not text`,
			fix: quote,
		};
	}
	if (first === '[' || first === '{') {
		const close = closingBracket(value);
		const after = close === -1 ? '' : value.slice(close + 1).trim();
		if (after !== '' && !after.startsWith('#')) {
			return {
				found: `text after the "${value[close]}" of a value that starts with "${first}": YAML reads [...] as a list and {...} as a mapping`,
				fix: quote,
			};
		}
		if (first === '{' && close !== -1 && !/:\s/.test(value.slice(1, close))) {
			return {
				found: `a value that starts with "{" without "key: value" pairs in it: YAML reads {...} as a mapping (a PromQL selector like {job="api"} included)`,
				fix: quote,
			};
		}
		return undefined;
	}
	if (first === '-' && /^-\s/.test(value)) {
		return {
			found: 'a "- " right after a key: a list item cannot start on the line of its key',
			fix: `${quote}, or write the list on the next lines, one "- item" per line, indented under the key`,
		};
	}
	if ((first === '|' || first === '>') && /^[|>][-+0-9]*\s+\S/.test(value)) {
		return {
			found: `text after "${first}" on the line: ${INDICATORS[first]}`,
			fix: `${quote}, or start the text on the next line, indented under the key`,
		};
	}
	const reading = INDICATORS[first];
	return reading && first !== '|' && first !== '>'
		? { found: `a value that starts with "${first}": ${reading}`, fix: quote }
		: undefined;
}

/** @returns the path of the first key or value that starts on a line (not of the mapping or list it opens) */
function pathOfLine(f: Failure, line: number): string[] | undefined {
	const isEntry = (node: CstNode) =>
		node.token.type !== 'block-map' && node.token.type !== 'block-seq';
	return f.nodes.find((node) => isEntry(node) && f.lineOf(node.token.offset) === line)?.path;
}

const valueStart: Cause = (f) => {
	const words = valueStartWords(f.lineText(f.line));
	return words && { line: f.line, path: pathOfLine(f, f.line) ?? f.inner?.path, ...words };
};

/** An error inside a `[`/`{` that closes on its line (`[checkout,,ledger]`). */
const insideFlow: Cause = (f) => {
	const flow = f.nodes.findLast(
		(node) => node.token.type === 'flow-collection' && node.token.offset <= f.pos
	);
	if (flow?.token.type !== 'flow-collection' || f.lineOf(flow.token.offset) !== f.line)
		return undefined;
	const { open, close, kind } = flowWords(flow.token);
	const lineText = f.lineText(f.line);
	const column = flow.token.offset - (f.text.lastIndexOf('\n', flow.token.offset - 1) + 1);
	const inside = lineText.slice(column);
	const parts = topLevelParts(inside.slice(1, closingBracket(inside))).map((part) => part.trim());
	// `{ at: 10:15, body: We are investigating: failed payments. }`: ": " inside an unquoted value or item.
	const colon = parts
		.map((part) =>
			(open === '{' ? /^([^\s"'][^:]*):\s+([^"'\s].*:\s.*)$/ : /^()([^"'\s].*:\s.*)$/).exec(part)
		)
		.find(Boolean);
	if (colon) {
		const [, key, value] = colon;
		return {
			line: f.line,
			path: open === '{' ? [...flow.path, key!] : flow.path,
			found: `an unquoted ${open === '{' ? 'value' : 'item'} that holds ": " inside the ${open} ... ${close} ${kind} on this line (${JSON.stringify(value)})`,
			fix: `quote it: ${open === '{' ? `${key}: ` : ''}${JSON.stringify(value)}`,
		};
	}
	return {
		line: f.line,
		path: flow.path,
		found: `${f.message}, inside the ${open} ... ${close} ${kind} on this line`,
		fix: `separate the items with ", " and quote an item that holds ",", "#", ": ", "[" or "{"`,
	};
};

/** `-item`: without a space, "-" is part of the text, not a list item. */
const dashWithoutSpace: Cause = (f) => {
	if (!/^\s*-[^\s-]/.test(f.lineText(f.line))) return undefined;
	const above = f.above;
	const dash = above?.findIndex((key) => key.startsWith('-')) ?? -1;
	const path = dash === -1 ? above : above?.slice(0, dash);
	return {
		line: f.line,
		path,
		found: 'a list item without a space after "-": YAML reads "-item" as text',
		fix: 'write a space after each "-" of a list: "- item"',
	};
};

/** `text: Paged: Lena took IC`: after a key, ": " inside an unquoted value starts another mapping. */
const colonInValue: Cause = (f) => {
	const lineText = f.lineText(f.line);
	const colon = /^\s*(?:-\s+)?([^\s#'"][^:#]*):\s+([^'"\s][^#]*?:(?:\s.*?)?)\s*$/.exec(lineText);
	if (!colon) return undefined;
	return {
		line: f.line,
		path: f.above,
		found:
			'an unquoted value that holds ": ", which YAML reads as the start of another key and its value',
		fix: `quote the value, like ${colon[1]}: ${JSON.stringify(colon[2])} (after a key, ": " inside an unquoted value starts another mapping)`,
	};
};

/** `severity:sev1`: without a space after ":", the line is text, not a key and its value. */
const colonWithoutSpace: Cause = (f) => {
	const line = [f.line, f.line + 1].find(
		(l) =>
			/^\s*(?:-\s+)?[A-Za-z_][\w.-]*:(?![\s/])\S/.test(f.lineText(l)) && !/:\s/.test(f.lineText(l))
	);
	if (line === undefined) return undefined;
	const [, key, value] = /^\s*(?:-\s+)?([A-Za-z_][\w.-]*):(\S.*)$/.exec(f.lineText(line))!;
	return {
		line,
		path: [...(f.pathAbove(line, indentOf(f.lineText(line))) ?? []), key!],
		found: `a ":" without a space after it ("${key}:${value}"): YAML reads the line as text, not as a key and its value`,
		fix: `write a space after the ":": ${key}: ${value}`,
	};
};

/** `severity sev1`, `title` alone on a line among the keys of a mapping. */
const lineWithoutColon: Cause = (f) => {
	if (
		f.code !== 'MULTILINE_IMPLICIT_KEY' &&
		!(f.code === 'MISSING_CHAR' && /map values/.test(f.message))
	)
		return undefined;
	const lineText = f.lineText(f.line);
	if (!/^\s*[^\s#:'"[{-][^:#]*$/.test(lineText)) return undefined;
	return {
		line: f.line,
		path: f.pathAbove(f.line, indentOf(lineText)),
		found: `a line that is neither "key: value" nor "- item" (${JSON.stringify(lineText.trim())})`,
		fix: 'write the key with ": " after it (like "severity: sev1"); if the line continues the value above it, indent it further than that value\'s key',
	};
};

/** `path: "C:\dir"`: in "...", a backslash starts an escape. */
const badEscape: Cause = (f) => {
	if (f.code !== 'BAD_DQ_ESCAPE') return undefined;
	const escape = /\\./.exec(f.message)?.[0] ?? '\\';
	return {
		line: f.line,
		path: f.inner?.path,
		found: `"${escape}" inside a "double-quoted" value: a backslash there starts an escape, and "${escape}" is none`,
		fix: `write \\\\ for a backslash, or quote the value with '...', which keeps backslashes as written`,
	};
};

/** A line indented unlike the lines around it: the most common cause of js-yaml's "bad indentation". */
const indentation: Cause = (f) => {
	const byJsYaml = /indentation/.test(f.jsYaml?.reason ?? '') ? f.jsYaml?.line : undefined;
	if (
		byJsYaml === undefined &&
		!['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY'].includes(f.code)
	)
		return undefined;
	const line = byJsYaml ?? f.line;
	const lineText = f.lineText(line);
	const indent = indentOf(lineText);
	const before = f
		.linesBefore(line)
		.filter(({ text }) => text.trim() !== '' && !text.trim().startsWith('#'));
	const previous = before[0]?.line;
	const path = f.pathAbove(line, indent);
	const block = f.nodes.filter((node) => f.lineOf(node.token.offset) < line).at(-1);
	if (
		block?.token.type === 'block-scalar' &&
		previous !== undefined &&
		f.lineOf(block.token.offset) < previous &&
		indent < indentOf(f.lineText(previous))
	) {
		const start = f.lineOf(block.token.offset);
		return {
			line,
			path: block.path,
			found: `a line of the block of ${block.path.at(-1) ?? 'the value'} (line ${start}) less indented than its first line, which ends the block: YAML reads it as the next key`,
			fix: 'indent every line of the block at least as deep as its first line',
		};
	}
	const fix =
		'indent it like the other keys of its mapping (or the other "-" of its list): they start in the same column';
	if (previous === undefined) {
		return indent === 0
			? undefined
			: {
					line,
					path,
					found: `a first line indented ${spaces(indent)}`,
					fix: 'start the first line in the first column',
				};
	}
	const above = f.lineText(previous);
	const aboveSplit = splitLine(above);
	if (indent > indentOf(above) && aboveSplit.value !== '' && !/^[|>]/.test(aboveSplit.value)) {
		const name = aboveSplit.key === undefined ? 'the list item' : `"${aboveSplit.key}"`;
		if (/:\s/.test(lineText)) {
			return {
				line,
				path,
				found: `a line indented further than line ${previous}, where ${name} already has a value: YAML reads it as more of that value, and its ": " as a key`,
				fix: `indent it like line ${previous} if it is another key of the same mapping; if it continues the value of ${name}, write the whole value on line ${previous}, in quotes`,
			};
		}
		return {
			line,
			path,
			found: `a line indented further than line ${previous}, where ${name} already has a value`,
			fix,
		};
	}
	if (indent === indentOf(above) && /^\s*-\s/.test(above) !== /^\s*-\s/.test(lineText)) {
		return {
			line,
			path,
			found: /^\s*-\s/.test(above)
				? `a "key: value" line in the column of the "-" of the list above (line ${previous})`
				: `a "- item" in the column of the keys above (line ${previous})`,
			fix: 'make every entry of a list a "- item" (a mapping inside an item is indented past its "-"), and start the list on the line after its key',
		};
	}
	const columns = before.map(({ text }) => indentOf(text));
	if (indent < indentOf(above) && !columns.includes(indent)) {
		return {
			line,
			path,
			found: `a line indented ${spaces(indent)}, in line with no key or "-" above it (they are at ${[...new Set(columns)].sort((a, b) => a - b).join(', ')})`,
			fix,
		};
	}
	return { line, path, found: `a line indented unlike the lines above it (${f.message})`, fix };
};

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

const CAUSES: readonly Cause[] = [
	duplicateKey,
	tabIndent,
	nonBreakingSpace,
	unclosedQuote,
	unclosedFlow,
	textAfterQuote,
	secondDocument,
	valueStart,
	insideFlow,
	dashWithoutSpace,
	colonInValue,
	colonWithoutSpace,
	lineWithoutColon,
	badEscape,
	indentation,
];
