/** `/feeds/<component>.xml` (RSS), `.atom`, `.json` (JSON Feed): the updates of incidents and maintenance that affected one component. */
import type { APIContext } from 'astro';
import { publicArchive } from '../../../integration/public-archive.ts';
import { feedResponse, formatPaths } from '../feed-response.ts';

export function getStaticPaths() {
	return publicArchive().components.flatMap((component) =>
		formatPaths().map(({ format }) => ({ params: { component: component.id, format } }))
	);
}

export function GET(context: APIContext) {
	return feedResponse(context.params.format, context.params.component);
}
