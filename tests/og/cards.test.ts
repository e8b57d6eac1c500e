/** Every runbook, incident and postmortem page of the example site points social previews at its own card. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { build, ROOT } from '../helpers/run.ts';
import { pngSize } from './png.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const pages = [
	...[...hb.runbooks.keys()].map((id) => urls.runbook(id)),
	...[...hb.incidents.keys()].map((id) => urls.incident(id)),
	...[...hb.postmortems.keys()].map((id) => urls.postmortem(id)),
];

function meta(html: string, key: string): string | undefined {
	return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

describe('Open Graph cards of the internal site', () => {
	it.each(pages)('%s has og:image and twitter:card pointing at a 1200×630 PNG', (page) => {
		const html = readFileSync(join(EXAMPLE_INTERNAL, page, 'index.html'), 'utf8');
		const image = meta(html, 'og:image');
		expect(image).toBeDefined();
		const url = new URL(image!);
		expect(url.origin).toBe(new URL(hb.config.sites.internal).origin);
		const file = join(EXAMPLE_INTERNAL, decodeURIComponent(url.pathname));
		expect(existsSync(file), `${url.pathname} was not built`).toBe(true);
		expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
	});

	it('gives every page its own card', () => {
		const images = pages.map((page) => meta(readFileSync(join(EXAMPLE_INTERNAL, page, 'index.html'), 'utf8'), 'og:image'));
		expect(new Set(images).size).toBe(pages.length);
	});

	it('renders no card when the content is unchanged since the last build', () => {
		// The global setup built this content moments ago, so every card is in the cache.
		const result = build('content', { site: 'internal' });
		expect(result.status, result.output.slice(-3000)).toBe(0);
		expect(result.output).toContain(`[firebreak:og] ${pages.length} cards: 0 rendered, ${pages.length} from cache`);
	});
});
