/**
 * `<Internal>` works the same in a `.md` postmortem as in `.mdx`: the leaky fixture with its draft postmortem published
 * as a `.md` file full of `<Internal>` passages (block and inline, in every container), and inline passages added to
 * its `.mdx` one. No passage reaches any public file, the leak scan knows every one of them, the internal site shows
 * them, and the internal page's public preview shows exactly the text of the public page.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import {
	confidentialValues,
	internalRuns,
	RUN_LENGTH,
} from '../../src/model/public/confidential.ts';
import type { MdNode } from '../../src/model/public/mdast.ts';
import { createRedactor } from '../../src/model/public/redact.ts';
import { renderPublicBody } from '../../src/model/public/render-body.ts';
import { fixtureCopy, tempFolder } from '../helpers/fixture.ts';
import {
	descendants,
	elements,
	isElement,
	attribute,
	parseHtml,
	textContent,
	type HtmlElement,
} from '../helpers/html-tree.ts';
import { build, type RunResult } from '../helpers/run.ts';
import { findValues, freshOutDir, mainText, readOutput } from './output.ts';

/** Each passage of the `.md` postmortem, by the form it is written in. */
const MD_PASSAGES = {
	'block, tags on their own lines':
		'the sandbox tenant silently replayed every partner webhook twice overnight',
	'block in one html node':
		'the canary router kept a stale allowlist of partner callback addresses',
	'block whose html node holds its first paragraph':
		'nobody had renewed the signing certificate since the vendor migration',
	'second paragraph of that block':
		'the renewal reminder went to a mailbox that was deleted in spring',
	'inline at the start of a paragraph':
		'the edge pool had been halved by a forgotten cost experiment',
	'inline in a list item': 'the dashboard for connection reuse had been broken for weeks',
	'inline in a table cell': 'the load balancer drained old connections without any warning at all',
	'inline in a heading': 'the escalation pager was muted during the quarterly offsite',
	'inline in a blockquote': 'the rotation script skipped its dry run because of a typo',
};
const MD = `---
incident: 2026-11-22-api-slow
title: Slow API responses after a certificate rotation
status: published
publishedAt: 2026-11-24
authors: [praghunathan]
visibility: public
summary: Edge proxies reconnected all at once.
publicSummary: Some API requests were slow for an hour after a routine certificate change.
rootCause: A certificate rotation reset every edge connection at once.
actionItems: []
---

## What happened

Public opening paragraph about the slow responses.

<Internal>

Because ${MD_PASSAGES['block, tags on their own lines']}.

</Internal>

<Internal>
We found that ${MD_PASSAGES['block in one html node']}.
</Internal>

<Internal>
It turned out ${MD_PASSAGES['block whose html node holds its first paragraph']}

And ${MD_PASSAGES['second paragraph of that block']}
</Internal>

<Internal>Notes: ${MD_PASSAGES['inline at the start of a paragraph']}.</Internal> Public words after the inline passage.

- Public item, <Internal>${MD_PASSAGES['inline in a list item']}</Internal> and more public words.

| what | detail |
|---|---|
| proxies | <Internal>${MD_PASSAGES['inline in a table cell']}</Internal> public cell words |

## Public heading <Internal>${MD_PASSAGES['inline in a heading']}</Internal>

> Public quote, <Internal>${MD_PASSAGES['inline in a blockquote']}</Internal> public quote end.

Public closing paragraph about the fix.
`;

/** Inline passages added to the `.mdx` postmortem (MDX reads them as elements already). */
const MDX_PASSAGES = {
	'inline at the start of a paragraph':
		'the import quota for the largest shipper was never enforced',
	'inline in a list item': 'the standby had been promoted by hand during the previous outage',
	'inline in a heading': 'the disk alert was routed to a retired team alias',
};
const MDX_ADDITION = `<Internal>${MDX_PASSAGES['inline at the start of a paragraph']}.</Internal> Public words after it.

- Public item, <Internal>${MDX_PASSAGES['inline in a list item']}</Internal> more public words.

## What we are changing <Internal>${MDX_PASSAGES['inline in a heading']}</Internal>`;

const PASSAGES = [...Object.values(MD_PASSAGES), ...Object.values(MDX_PASSAGES)];
const MD_FILE = 'postmortems/2026-11-22-api-slow.md';
const PAGES = {
	md: {
		internal: 'internal/postmortems/2026-11-22-api-slow/index.html',
		public: 'public/postmortems/2026-11-22-slow-responses-from-the-public-api/index.html',
	},
	mdx: {
		internal: 'internal/postmortems/2026-11-03-tracking-down/index.html',
		public: 'public/postmortems/2026-11-03-shipment-tracking-unavailable-for-a-customer/index.html',
	},
};

let content: string;
let result: RunResult & { out: string };
beforeAll(() => {
	content = fixtureCopy('leaky', [
		{ file: MD_FILE, write: MD },
		{
			file: 'postmortems/2026-11-03-tracking-down.mdx',
			replace: ['## What we are changing', MDX_ADDITION],
		},
	]);
	rmSync(join(content, 'postmortems/2026-11-22-api-slow.mdx'));
	result = build(content, { out: freshOutDir() });
});
afterAll(() => {
	rmSync(result.out, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(result.out, path), 'utf8');

describe('<Internal> in a public .md postmortem', () => {
	it('builds both sites, and the public one passes the leak scan', () => {
		expect(result.status, result.output.slice(-3000)).toBe(0);
		expect(result.output).toMatch(/Leak scan: \d+ files \(\d+ KiB\) clean/);
	});

	it('publishes the public text around every passage', () => {
		const text = mainText(page(PAGES.md.public));
		for (const words of [
			'Public opening paragraph',
			'Public words after the inline passage.',
			'Public item, and more public words.',
			'public cell words',
			'Public heading',
			'Public quote, public quote end.',
			'Public closing paragraph',
		]) {
			expect(text).toContain(words);
		}
		expect(mainText(page(PAGES.mdx.public))).toContain('Public words after it.');
	});

	it('puts no passage in any public file, Pagefind fragments included', () => {
		const files = readOutput(join(result.out, 'public'));
		expect(
			files.some(
				(f) => f.file.endsWith('.pf_fragment') && f.readable.includes('public closing paragraph')
			)
		).toBe(true);
		expect(findValues(files, PASSAGES)).toEqual([]);
	});

	it('gives the leak scan every passage, so a renderer that published one would fail the build', () => {
		const { handbook } = openHandbook(content);
		const runs = internalRuns(handbook!);
		for (const passage of Object.values(MD_PASSAGES)) {
			expect(runs.get(passage.split(' ').slice(0, RUN_LENGTH).join(' ')), passage).toMatch(
				/^postmortems\/2026-11-22-api-slow\.md \(<Internal> at line \d+\)$/
			);
		}
		// The renderer as it was before `.md` bodies got the element: tags dropped, the words between them published.
		const redactor = createRedactor(handbook!);
		const regressed = renderPublicBody(markdownToMdast(MD) as MdNode, MD_FILE, redactor).html;
		const published = Object.values(MD_PASSAGES).filter((passage) => regressed.includes(passage));
		expect(published.length).toBeGreaterThanOrEqual(6);
		const { leaks } = scanForLeaks(
			tempFolder({ 'index.html': regressed }),
			confidentialValues(handbook!),
			runs
		);
		for (const passage of published) {
			const words = passage.split(' ').slice(1, RUN_LENGTH).join(' ');
			expect(
				leaks.some(
					(leak) =>
						leak.value.includes(words) && leak.source.includes(`${MD_FILE} (<Internal> at line`)
				),
				passage
			).toBe(true);
		}
	});

	it('shows the passages on the internal page, each inside the labelled box', () => {
		const internal = parseHtml(page(PAGES.md.internal));
		const boxes = [...elements(internal)]
			.filter((el) => attribute(el, 'class') === 'fb-internal')
			.map((el) => textContent(el).replace(/\s+/g, ' '));
		for (const passage of Object.values(MD_PASSAGES))
			expect(
				boxes.some((box) => box.includes(passage)),
				passage
			).toBe(true);
	});

	it.each(['md', 'mdx'] as const)(
		'previews on the internal .%s page exactly the body text of the public page',
		(kind) => {
			const preview = previewBodyText(page(PAGES[kind].internal));
			expect(preview.length).toBeGreaterThan(100);
			expect(preview).toBe(publicBodyText(page(PAGES[kind].public)));
		}
	);
});

describe('an unclosed <Internal> in a public .md postmortem', () => {
	it('fails the public build with the problem block (file and line) and publishes nothing', () => {
		const broken = fixtureCopy('leaky', [
			{
				file: MD_FILE,
				write: MD.replace('\n</Internal>\n\n<Internal>\nWe found', '\n\n<Internal>\nWe found'),
			},
		]);
		rmSync(join(broken, 'postmortems/2026-11-22-api-slow.mdx'));
		const failed = build(broken, { site: 'public', out: freshOutDir() });
		rmSync(broken, { recursive: true, force: true });
		const published = existsSync(join(failed.out, 'public'));
		rmSync(failed.out, { recursive: true, force: true });
		expect(failed.status).not.toBe(0);
		expect(published).toBe(false);
		expect(failed.output).toMatch(
			/✖ postmortems\/2026-11-22-api-slow\.md:18\n\s+field:\s+body\n\s+expected: each <Internal> closed by <\/Internal>/
		);
		expect(failed.output).toContain('found:    an <Internal> that is never closed');
		expect(failed.output).not.toContain(MD_PASSAGES['block, tags on their own lines']);
	});
});

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The body in the internal page's preview: the one `<div>` child of `.fb-preview`. */
function previewBodyText(html: string): string {
	const preview = [...elements(parseHtml(html))].find((el) =>
		attribute(el, 'class')?.split(' ').includes('fb-preview')
	);
	const body = preview?.childNodes.find(
		(node): node is HtmlElement => isElement(node) && node.tagName === 'div'
	);
	return squash(body ? textContent(body) : '');
}

/** The body on the public page: what follows the summary's paragraph, up to the action items. */
function publicBodyText(html: string): string {
	const summary = [...elements(parseHtml(html))].find(
		(el) => el.tagName === 'h2' && attribute(el, 'id') === 'summary'
	)!;
	const siblings = summary.parentNode!.childNodes;
	const after = siblings.slice(siblings.indexOf(summary) + 1);
	const paragraph = after.findIndex((node) => isElement(node) && node.tagName === 'p');
	const body = after.slice(paragraph + 1);
	const end = body.findIndex((node) =>
		[...descendants(node), node].some((n) => isElement(n) && attribute(n, 'id') === 'action-items')
	);
	return squash((end === -1 ? body : body.slice(0, end)).map(textContent).join(' '));
}
