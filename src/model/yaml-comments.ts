/**
 * Comments that ate content. In an unquoted YAML value, " #" starts a comment, so
 * `text: Thanh declared Sev-1 in #incidents. Lena took IC` is published as "Thanh declared Sev-1 in", without a
 * word of warning, and `channel: #incidents` leaves the field empty. Only a plain scalar can be cut that way (after a
 * quote or a `]`, text that is not a comment is a syntax error), and a comment there is reported when it looks like
 * the rest of the value rather than a remark.
 */
import type { CST } from 'yaml';
import type { Problem } from './problems.ts';
import { describeValue } from './problems.ts';
import { itemsOf, nodesOf, parseCst } from './yaml-cst.ts';
import { LINE_START, quotedLine } from './yaml-line.ts';

/**
 * Cheap pre-test, so that only files that may hold a cut value pay for `yaml`'s parser (ten times js-yaml's time):
 * some line has a " #" after the start of an unquoted value, or a "#" glued to its text right after `key: ` or `- `.
 * The example timelines quote their `#incidents`.
 */
function mayHoldCut(text: string): boolean {
	for (const match of text.matchAll(/[ \t]#/g)) {
		const lineStart = text.lastIndexOf('\n', match.index) + 1;
		const before = text.slice(lineStart, match.index + 1);
		const start = LINE_START.exec(before)![0];
		const value = before.slice(start.length);
		if (value.trim() !== '') {
			if (!/^["']/.test(value)) return true;
		} else if (
			/[:-][ \t]*$/.test(start) &&
			/^#\S/.test(text.slice(match.index + 1, match.index + 3))
		)
			return true;
	}
	return false;
}

/**
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`)
 * @returns a problem for each plain value followed, on its line, by a comment that looks like its continuation
 */
export function cutValues(text: string, file: string, lineOffset = 0): Problem[] {
	if (!mayHoldCut(text)) return [];
	const { tokens, lines } = parseCst(text);
	const problems: Problem[] = [];
	for (const { token, path } of nodesOf(tokens)) {
		if (token.type !== 'scalar') continue;
		const comment = trailingComment(token);
		if (!comment || !looksLikeContent(token.source, comment.gap, comment.source)) continue;
		const kept = token.source.replace(/\s*\n\s*/g, ' ');
		const whole = `${kept}${comment.gap}${comment.source}`;
		problems.push({
			file,
			field: path.join('.') || '(file)',
			line: lines.linePos(comment.offset).line + lineOffset,
			expected: `the whole value, in quotes: ${describeValue(whole)} (in an unquoted YAML value, " #" starts a comment that drops the rest of the line)`,
			found: `${describeValue(kept)}, and ${describeValue(comment.source)} dropped as a comment`,
			fix: `quote the value; if the "#..." is a comment, write it as "  # ..." (two spaces before "#", one after)`,
		});
	}
	for (const { item, path } of itemsOf(tokens)) {
		const comment = item.value ? undefined : commentAsValue(item);
		if (!comment) continue;
		const line = lines.linePos(comment.offset).line;
		const lineText = text.split('\n', line)[line - 1] ?? '';
		problems.push({
			file,
			field: path.join('.') || '(file)',
			line: line + lineOffset,
			expected: `the value, in quotes: ${describeValue(comment.source)} (an unquoted value that starts with "#" is a comment, so YAML leaves the field empty)`,
			found: `an empty value, and ${describeValue(comment.source)} dropped as a comment`,
			fix: `quote it: ${quotedLine(lineText, comment.source)}`,
		});
	}
	return problems;
}

/** @returns the comment glued to its text (`#incidents`) right after an entry's `key:` or `-`, on the same line */
function commentAsValue(item: CST.CollectionItem): CST.SourceToken | undefined {
	const tokens = [...item.start, ...(item.sep ?? [])];
	const indicator = tokens.findLastIndex(
		(token) => token.type === 'map-value-ind' || token.type === 'seq-item-ind'
	);
	if (indicator === -1) return undefined;
	const after = tokens.slice(indicator + 1);
	const comment = after.find((token) => token.type !== 'space');
	return comment?.type === 'comment' && /^#\S/.test(comment.source) ? comment : undefined;
}

/** @returns the comment right after a plain scalar on the same line, with the whitespace before it */
function trailingComment(
	token: CST.FlowScalar
): { gap: string; source: string; offset: number } | undefined {
	const [space, comment] = token.end ?? [];
	if (space?.type !== 'space' || comment?.type !== 'comment') return undefined;
	return { gap: space.source, source: comment.source, offset: comment.offset };
}

/**
 * Glued to its text (`#incidents`, `#123`, `#inc-2026`) it is content: a remark has the usual "# ". After a single
 * space, a lower-case word or a number that carries on an unfinished sentence of several words is content too
 * (`text: Rolled back # then paged`); `tier: 1 # most critical` and `key: value  # why` stay comments.
 */
function looksLikeContent(value: string, gap: string, comment: string): boolean {
	if (/^#\S/.test(comment)) return true;
	const sentence = /\s/.test(value.trim()) && !/[.!?:;)]$/.test(value);
	return gap === ' ' && sentence && /^#\s+[\p{Ll}\p{N}]/u.test(comment);
}
