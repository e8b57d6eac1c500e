/**
 * Comments that ate content. In an unquoted YAML value, " #" starts a comment, so
 * `text: Thanh declared Sev-1 in #incidents. Lena took IC` is published as "Thanh declared Sev-1 in", without a
 * word of warning. Only a plain scalar can be cut that way (after a quote or a `]`, text that is not a comment is a
 * syntax error), and a comment there is reported when it looks like the rest of the value rather than a remark.
 */
import type { CST } from 'yaml';
import type { Problem } from './problems.ts';
import { describeValue } from './problems.ts';
import { nodesOf, parseCst } from './yaml-cst.ts';

/** A line's indentation, list dashes and `key: `, before its value. */
const LINE_START = /^[ \t]*(?:-[ \t]+)*(?:(?:"[^"]*"|'[^']*'|[^\s'"#][^:#]*?):(?:[ \t]+|$))?/;

/**
 * Cheap pre-test, so that only files that may hold a cut value pay for `yaml`'s parser (ten times js-yaml's time):
 * some line has a " #" after the start of an unquoted value. The example timelines quote their `#incidents`.
 */
function mayHoldCut(text: string): boolean {
	for (const match of text.matchAll(/[ \t]#/g)) {
		const lineStart = text.lastIndexOf('\n', match.index) + 1;
		const before = text.slice(lineStart, match.index);
		const value = before.slice(LINE_START.exec(before)![0].length);
		if (value !== '' && !/^["']/.test(value)) return true;
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
	return problems;
}

/** @returns the comment right after a plain scalar on the same line, with the whitespace before it */
function trailingComment(token: CST.FlowScalar): { gap: string; source: string; offset: number } | undefined {
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
