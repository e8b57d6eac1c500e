/**
 * What must not be in a built site although nothing links to it: source maps and references to them, HTML comments
 * with text in them, files copied from `public/` that no page uses, and metadata (EXIF, XMP, text chunks) in images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { descendants, parseHtml } from '../helpers/html-tree.ts';
import { checkLinks } from '../../src/integration/link-check.ts';
import { imageMetadata } from './image-metadata.ts';

export interface StrayArtifact {
	/** Path relative to the site folder. */
	file: string;
	problem: string;
}

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt']);
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.webp']);
/** Files that clients fetch by convention, without a link: browsers ask for `/favicon.ico` on pages without an icon. */
const WELL_KNOWN = /^(favicon\.ico|robots\.txt|\.well-known\/.+)$/;

/**
 * @param dir a built site folder
 * @param options.publicDir the project's `public/` folder, whose files Astro copies into every site
 * @param options.siteUrl the site's base URL (absolute links on it count as references)
 * @returns every stray artifact in the site
 */
export function strayArtifacts(
	dir: string,
	options: { publicDir: string; siteUrl: string }
): StrayArtifact[] {
	const found: StrayArtifact[] = [];
	const files = filesUnder(dir);
	for (const file of files) {
		const ext = extname(file).toLowerCase();
		if (ext === '.map') found.push({ file, problem: 'source map' });
		if (TEXT.has(ext)) {
			const text = readFileSync(join(dir, file), 'utf8');
			if (text.includes('sourceMappingURL'))
				found.push({ file, problem: 'sourceMappingURL reference' });
			if (ext === '.html')
				for (const comment of htmlComments(text))
					found.push({
						file,
						problem: `HTML comment ${JSON.stringify(comment.trim().slice(0, 60))}`,
					});
		}
		if (IMAGES.has(ext))
			for (const kind of imageMetadata(readFileSync(join(dir, file))))
				found.push({ file, problem: `image metadata: ${kind}` });
	}
	const { reached } = checkLinks(dir, { siteUrl: options.siteUrl });
	const copied = filesUnder(options.publicDir).filter((file) => files.includes(file));
	for (const file of copied)
		if (!reached.has(file) && !WELL_KNOWN.test(file))
			found.push({ file, problem: 'copied from public/ but no page references it' });
	return found;
}

/** @returns the text of every comment of a page that says something (not blank). */
function htmlComments(html: string): string[] {
	const comments: string[] = [];
	for (const node of descendants(parseHtml(html)))
		if (node.nodeName === '#comment' && 'data' in node && node.data.trim())
			comments.push(node.data);
	return comments;
}

/** @returns the files under `dir`, as sorted relative paths with `/`. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
