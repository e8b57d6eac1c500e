/**
 * Renders MDX entries that are plain Markdown (plus `<Internal>` passages) with the Markdown renderer while content
 * syncs, as Astro does for `.md` files, instead of compiling each into a module for the bundler. The renderer is the
 * site's own (Starlight's asides and heading anchors, Expressive Code), so the page is the same; entries that need
 * MDX (see model/markdown-body.ts) are left as they were. At 5,000 entries this takes most of the bundling time and
 * memory out of the build (README, "Performance"). `.md` entries holding `<Internal>` are rendered again with its tags
 * written as the component's markup, so they show the same labelled box.
 *
 * Upstream: Astro compiles every MDX entry into a module of the bundle (withastro/astro#11683, a build of 30,000 MDX
 * files out of memory). This leans on the glob loader's order, `await parseData()` then `store.set()` per entry;
 * guarded by upstream.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { INTERNAL_MARKUP } from '../../model/internal-markup.ts';
import { markdownEquivalent, markdownWithInternalMarkup } from '../../model/markdown-body.ts';
import { bodyOf } from '../../model/source-file.ts';

/** The loader's name (Astro's `refreshContent({ loaders })` picks loaders by it). */
export const MARKDOWN_FAST_PATH = 'firebreak-markdown-fast-path';

type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** Wraps a glob loader: it still finds, validates and caches entries; plain MDX ones are stored rendered. */
export function markdownFastPath(inner: Loader): Loader {
	return {
		name: MARKDOWN_FAST_PATH,
		load: (context) => {
			const rendered = new Map<string, Rendered>();
			// The glob loader calls parseData (awaited) for each new or changed file, then store.set (not awaited).
			const parseData: LoaderContext['parseData'] = async (props) => {
				const file = props.filePath;
				if (file?.endsWith('.mdx') || file?.endsWith('.md')) {
					const body = bodyOf(await readFile(file, 'utf8'));
					// `.md` entries are Markdown already: only their `<Internal>` tags need the markup of the component.
					const markdown = file.endsWith('.md')
						? markdownWithInternalMarkup(body, INTERNAL_MARKUP)
						: markdownEquivalent(body, INTERNAL_MARKUP);
					if (markdown !== undefined)
						rendered.set(
							props.id,
							await context.renderMarkdown(markdown, { fileURL: pathToFileURL(file) })
						);
				}
				return context.parseData(props);
			};
			const store: LoaderContext['store'] = {
				...context.store,
				set: (entry) => {
					const html = rendered.get(entry.id);
					if (!html || !(entry.deferredRender || entry.rendered)) return context.store.set(entry);
					rendered.delete(entry.id);
					const { deferredRender: _, ...rest } = entry;
					return context.store.set({
						...rest,
						rendered: html,
						assetImports: html.metadata?.imagePaths,
					});
				},
			};
			return inner.load({ ...context, parseData, store });
		},
	};
}
