/** `/feed.xml` (RSS), `/feed.atom`, `/feed.json` (JSON Feed): every update of every public incident and maintenance. */
import type { APIContext } from 'astro';
import { feedResponse, formatPaths } from './feed-response.ts';

export function getStaticPaths() {
	return formatPaths().map((params) => ({ params }));
}

export function GET(context: APIContext) {
	return feedResponse(context.params.format);
}
