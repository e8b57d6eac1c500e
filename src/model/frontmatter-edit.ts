/**
 * Editing an entry's YAML frontmatter as text: set a top-level value, set a key of a top-level map, append an item to
 * a top-level list. Each edit touches only the lines it changes, so comments, quoting, folded text and flow lists stay
 * as the author wrote them (re-printing the whole document would re-fold every `>-` text). The YAML document API
 * says where each node starts and ends.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Pair, type YAMLMap } from 'yaml';

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;

/** Thrown when the frontmatter has no shape these edits can work on (no block mapping at the top). */
export class FrontmatterEditError extends Error {}

/** How new YAML is printed: wide lines, like the example content; `#` and `: ` in text quoted by the printer. */
const PRINT = { lineWidth: 110, minContentWidth: 40 } as const;

/** One file's frontmatter, edited in place. */
export class FrontmatterEditor {
	#before: string;
	#yaml: string;
	#after: string;

	constructor(text: string) {
		const match = FRONTMATTER.exec(text);
		if (!match)
			throw new FrontmatterEditError('the file does not start with a --- frontmatter block');
		this.#before = match[1]!;
		this.#yaml = match[2]!;
		this.#after = `${match[3]}${text.slice(match[0].length)}`;
	}

	/** @returns the whole file with the edits made. */
	text(): string {
		return `${this.#before}${this.#yaml}${this.#after}`;
	}

	#map(): YAMLMap {
		const doc = parseDocument(this.#yaml);
		if (doc.errors.length > 0)
			throw new FrontmatterEditError(
				`the frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`
			);
		if (!isMap(doc.contents) || doc.contents.flow)
			throw new FrontmatterEditError('the frontmatter is not a block mapping (one key per line)');
		return doc.contents;
	}

	#pair(map: YAMLMap, key: string): Pair | undefined {
		return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
	}

	/** @returns the position just after the line on which `position - 1` lies (a node's end may include its newline). */
	#lineEnd(position: number): number {
		if (position > 0 && this.#yaml[position - 1] === '\n') return position;
		const newline = this.#yaml.indexOf('\n', position);
		return newline === -1 ? this.#yaml.length : newline + 1;
	}

	#splice(from: number, to: number, text: string): void {
		this.#yaml = `${this.#yaml.slice(0, from)}${text}${this.#yaml.slice(to)}`;
	}

	/** @returns where a new top-level key goes: after the last of `after` that the file has, else at the end. */
	#insertionPoint(map: YAMLMap, after: readonly string[]): number {
		for (const key of [...after].reverse()) {
			const end = (this.#pair(map, key)?.value as { range?: [number, number, number] } | null)
				?.range?.[1];
			if (end !== undefined) return this.#lineEnd(end);
		}
		return this.#yaml.length;
	}

	/** Sets a top-level key to a scalar, replacing its value or adding the key after the first of `after` found. */
	set(key: string, value: string | number | boolean, after: readonly string[] = []): void {
		const map = this.#map();
		const printed = stringify(value, PRINT).trimEnd();
		const node = this.#pair(map, key)?.value as
			{ range?: [number, number, number] } | null | undefined;
		if (node?.range && isScalar(node)) this.#splice(node.range[0], node.range[1], printed);
		else if (node !== undefined)
			throw new FrontmatterEditError(`${key} holds a list or a map, not a single value`);
		else {
			const at = this.#insertionPoint(map, after);
			this.#splice(at, at, `${key}: ${printed}\n`);
		}
	}

	/** Sets `key` of the top-level map `parent` (added after `after` when missing), keeping its other keys. */
	setIn(parent: string, key: string, value: string, after: readonly string[] = []): void {
		const map = this.#map();
		const node = this.#pair(map, parent)?.value;
		if (
			node === undefined ||
			node === null ||
			(isMap(node) && node.flow && node.items.length === 0)
		) {
			const block = `${parent}:\n${indent(stringify({ [key]: value }, PRINT), 2)}`;
			if (node && isMap(node)) {
				const pair = this.#pair(map, parent)!;
				const start = (pair.key as { range: [number, number, number] }).range[0];
				this.#splice(start, this.#lineEnd(node.range![1]), block);
			} else {
				const at = this.#insertionPoint(map, after);
				this.#splice(at, at, block);
			}
			return;
		}
		if (!isMap(node) || node.flow)
			throw new FrontmatterEditError(
				`${parent} is not a block map (one key per line); edit it by hand`
			);
		const existing = this.#pair(node, key)?.value;
		if (existing && isScalar(existing)) {
			this.#splice(existing.range![0], existing.range![1], stringify(value, PRINT).trimEnd());
			return;
		}
		const first = node.items[0]!.key as { range: [number, number, number] };
		const column = first.range[0] - (this.#yaml.lastIndexOf('\n', first.range[0] - 1) + 1);
		const at = this.#lineEnd(node.range![1]);
		this.#splice(at, at, indent(stringify({ [key]: value }, PRINT), column));
	}

	/** Appends `item` to the top-level list `key`, as a block item like its siblings (the key is added when missing). */
	append(key: string, item: Record<string, unknown>, after: readonly string[] = []): void {
		const map = this.#map();
		const pair = this.#pair(map, key);
		const node = pair?.value;
		if (
			!pair ||
			node === null ||
			node === undefined ||
			(isSeq(node) && node.flow && node.items.length === 0)
		) {
			const block = `${key}:\n${indent(stringify([item], PRINT), 2)}`;
			if (pair) {
				const start = (pair.key as { range: [number, number, number] }).range[0];
				this.#splice(
					start,
					this.#lineEnd((node as { range?: [number, number, number] } | null)?.range?.[1] ?? start),
					block
				);
			} else {
				const at = this.#insertionPoint(map, after);
				this.#splice(at, at, block);
			}
			return;
		}
		if (!isSeq(node) || node.flow)
			throw new FrontmatterEditError(
				`${key} is not a block list (one "- " item per line); edit it by hand`
			);
		const column = node.range![0] - (this.#yaml.lastIndexOf('\n', node.range![0] - 1) + 1);
		const at = this.#lineEnd(node.range![1]);
		this.#splice(at, at, indent(stringify([item], PRINT), column));
	}
}

/** @returns `yaml` with every line indented by `columns` spaces. */
function indent(yaml: string, columns: number): string {
	const pad = ' '.repeat(columns);
	return yaml.replace(/^(?=.)/gm, pad);
}
