/**
 * The markup around an `<Internal>` passage on the internal site, defined once for the MDX component and for bodies
 * rendered as Markdown (src/integration/upstream/markdown-fast-path.ts).
 */
export const INTERNAL_MARKUP = {
	open: '<div class="fb-internal">\n<div class="fb-internal-label">Internal only: never published</div>',
	close: '</div>',
};
