/** The example content builds into an internal site with a page for every entry and a search index. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';

const handbook = openHandbook(join(ROOT, 'content')).handbook!;

/** @returns the decoded text of the page's `<h1>`. */
function pageTitle(path: string): string | undefined {
	const file = join(EXAMPLE_INTERNAL, path, 'index.html');
	if (!existsSync(file)) return undefined;
	const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
	return h1
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.trim();
}

describe('the example internal site', () => {
	it('is valid content with every kind of entry', () => {
		expect(handbook).toBeDefined();
		for (const collection of [
			handbook.runbooks,
			handbook.services,
			handbook.incidents,
			handbook.postmortems,
			handbook.guides,
		]) {
			expect(collection.size).toBeGreaterThan(0);
		}
	});

	it.each([
		[
			'runbook',
			() => [...handbook.runbooks.values()].map((r) => [urls.runbook(r.id), r.data.title]),
		],
		[
			'service',
			() => [...handbook.services.values()].map((s) => [urls.service(s.id), s.data.name]),
		],
		[
			'incident',
			() => [...handbook.incidents.values()].map((i) => [urls.incident(i.id), i.data.title]),
		],
		[
			'postmortem',
			() => [...handbook.postmortems.values()].map((p) => [urls.postmortem(p.id), p.data.title]),
		],
		['guide', () => [...handbook.guides.values()].map((g) => [urls.guide(g.id), g.data.title])],
	])('has a page titled after every %s', (_kind, pages) => {
		for (const [path, title] of pages()) expect(pageTitle(path!), path).toBe(title);
	});

	it('has the section pages', () => {
		for (const path of [
			urls.home(),
			urls.runbooks(),
			urls.services(),
			urls.incidents(),
			urls.postmortems(),
			urls.severities(),
		]) {
			expect(existsSync(join(EXAMPLE_INTERNAL, path, 'index.html')), path).toBe(true);
		}
	});

	it('shows the ladder from handbook.yaml on the severity page', () => {
		const html = readFileSync(join(EXAMPLE_INTERNAL, 'severity/index.html'), 'utf8');
		for (const rung of handbook.ladder) {
			expect(html).toContain(`id="${rung.id}"`);
			expect(html).toContain(`${rung.ackMinutes} minutes`);
		}
	});

	it('has a Pagefind index covering every page', () => {
		const fragments = readdirSync(join(EXAMPLE_INTERNAL, 'pagefind/fragment'));
		const pages =
			handbook.runbooks.size +
			handbook.services.size +
			handbook.incidents.size +
			handbook.postmortems.size +
			handbook.guides.size;
		expect(existsSync(join(EXAMPLE_INTERNAL, 'pagefind/pagefind.js'))).toBe(true);
		expect(fragments.length).toBeGreaterThanOrEqual(pages);
	});
});
