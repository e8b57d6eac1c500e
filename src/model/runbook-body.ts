/**
 * The structure of a runbook's body that the checks look at: its sections and what is under them, its H1s, and
 * template syntax left from another site generator. Lines are lines of the file.
 * File I/O: reads a runbook's file to count the lines before its body, so findings name lines of the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runbook } from './handbook.ts';
import { markdownTree, plainText } from './markdown-tree.ts';
import { templateSpans, type TemplateSpan } from './template-syntax.ts';

export interface RunbookBody {
	/** Second-level sections with nothing under them before the next heading of the same or a higher level (lowercase). */
	emptySections: Set<string>;
	h1s: { text: string; line: number }[];
	templates: TemplateSpan[];
}

// Several rules read the same body in one check run.
const cache = new WeakMap<Runbook, RunbookBody>();

/** @param dir the content folder */
export function runbookBody(dir: string, runbook: Runbook): RunbookBody {
	const cached = cache.get(runbook);
	if (cached) return cached;
	const tree = markdownTree(runbook.body);
	const blocks = tree.children ?? [];
	const emptySections = new Set<string>();
	blocks.forEach((node, index) => {
		if (node.type !== 'heading' || node.depth !== 2) return;
		const next = blocks[index + 1];
		if (next === undefined || (next.type === 'heading' && (next.depth ?? 0) <= 2))
			emptySections.add(plainText(node).trim().toLowerCase());
	});
	const h1s = blocks
		.filter((node) => node.type === 'heading' && node.depth === 1)
		.map((node) => ({ text: plainText(node).trim(), line: node.position?.start.line ?? 1 }));
	const templates = templateSpans(runbook.body, tree);
	// Only a body with something to report needs its file read for the frontmatter's length.
	const offset = h1s.length + templates.length > 0 ? frontmatterLines(dir, runbook) : 0;
	const body = {
		emptySections,
		h1s: h1s.map((h1) => ({ ...h1, line: offset + h1.line })),
		templates: templates.map((span) => ({ ...span, line: offset + span.line })),
	};
	cache.set(runbook, body);
	return body;
}

/** @returns how many lines of the file come before the body (0 for an entry not read from a file, as in unit tests). */
function frontmatterLines(dir: string, runbook: Runbook): number {
	let text: string;
	try {
		text = readFileSync(join(dir, runbook.file), 'utf8');
	} catch {
		return 0;
	}
	return text.endsWith(runbook.body)
		? text.slice(0, text.length - runbook.body.length).split('\n').length - 1
		: 0;
}
