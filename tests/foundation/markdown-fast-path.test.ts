/**
 * Plain MDX bodies are rendered as Markdown while content syncs (src/integration/upstream/markdown-fast-path.ts). The pages
 * must be the same as when MDX compiles them: the example content is built again with every body forced through MDX
 * (an MDX comment, or an attribute on <Internal>, is enough) and each entry page compared with the example build.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { build, ROOT } from '../helpers/run.ts';

/** The example content, with every MDX body changed so that only MDX can render it, and rendering nothing more. */
function contentCompiledAsMdx(): string {
	const dir = mkdtempSync(join(tmpdir(), 'firebreak-mdx-'));
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
		name.endsWith('.mdx')
	)) {
		const text = readFileSync(join(dir, file), 'utf8');
		// The public preview refuses expressions, so bodies with <Internal> get an attribute (which the component ignores) instead.
		writeFileSync(
			join(dir, file),
			text.includes('<Internal>')
				? text.replaceAll('<Internal>', '<Internal data-compiled="mdx">')
				: `${text}\n{/* compiled as MDX */}\n`
		);
	}
	return dir;
}

/** Markdown output ends blocks with a newline where MDX output has none: equal apart from that. */
const normalised = (html: string) => html.replace(/>\n+</g, '><');

describe('the Markdown fast path for plain MDX bodies', () => {
	it('renders every entry page exactly as MDX does', () => {
		const result = build(contentCompiledAsMdx(), { site: 'internal' });
		expect(result.status, result.output).toBe(0);
		const pages = ['runbooks', 'incidents', 'postmortems', 'guides'].flatMap((section) =>
			readdirSync(join(EXAMPLE_INTERNAL, section), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('index.html') && file !== 'index.html')
				.map((file) => `${section}/${file}`)
		);
		expect(pages.length).toBeGreaterThan(25);
		for (const page of pages) {
			const fast = readFileSync(join(EXAMPLE_INTERNAL, page), 'utf8');
			const compiled = readFileSync(join(result.out, 'internal', page), 'utf8');
			expect(normalised(fast), page).toBe(normalised(compiled));
		}
	});
});
