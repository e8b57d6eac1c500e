/**
 * The plain-Starlight baseline: a project with no Firebreak code whose docs pages are the same MDX bodies as a
 * generated content folder's runbooks, incidents and postmortems, built with the same installed packages.
 *
 * It lives inside the repository (under `dist/bench/`, git-ignored) so that Node finds `/work/main/node_modules` by
 * walking up: a symlinked `node_modules` breaks Astro builds, and a project inside `node_modules/` is treated by Vite
 * as a dependency. Its sidebar has a few section links, like Firebreak's, rather than Starlight's default of every
 * page, which would make each page grow with the whole site and flatter the comparison.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

const KINDS = ['runbooks', 'incidents', 'postmortems'] as const;
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * Writes the baseline project for `contentDir` into `projectDir` (replacing it).
 * @returns how many docs pages it has
 */
export function writeBaselineProject(contentDir: string, projectDir: string, site: string): number {
	rmSync(projectDir, { recursive: true, force: true });
	const docs = join(projectDir, 'src/content/docs');
	let pages = 0;
	for (const kind of KINDS) {
		for (const file of mdxFiles(join(contentDir, kind))) {
			const text = readFileSync(file, 'utf8');
			const match = FRONTMATTER.exec(text);
			if (!match) throw new Error(`${file}: no frontmatter`);
			const data = parse(match[1]!) as { title: string; description?: string; summary?: string };
			const body = text.slice(match[0].length);
			const target = join(docs, kind, relative(join(contentDir, kind), file).toLowerCase());
			mkdirSync(dirname(target), { recursive: true });
			// Firebreak passes <Internal> to the renderer; plain MDX imports the component instead.
			const imports = body.includes('<Internal>')
				? `import Internal from '${relative(dirname(target), join(projectDir, 'src/components/Internal.astro'))}';\n`
				: '';
			const description = data.description ?? data.summary;
			writeFileSync(
				target,
				`---\n${stringify({ title: data.title, ...(description ? { description } : {}) }, { lineWidth: 0 })}---\n${imports}${body}`
			);
			pages++;
		}
	}
	writeFileSync(
		join(docs, 'index.mdx'),
		'---\ntitle: Handbook\n---\n\nRunbooks, incidents and postmortems.\n'
	);
	mkdirSync(join(projectDir, 'src/components'), { recursive: true });
	writeFileSync(
		join(projectDir, 'src/components/Internal.astro'),
		'<div class="internal"><slot /></div>\n'
	);
	writeFileSync(
		join(projectDir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`
	);
	const sidebar = KINDS.map((kind) => ({ label: kind, link: `/${kind}/` }));
	writeFileSync(
		join(projectDir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: ${JSON.stringify(site)},
	cacheDir: './.astro-cache',
	integrations: [starlight({ title: 'Baseline', sidebar: ${JSON.stringify(sidebar)}, pagination: false })],
});
`
	);
	return pages + 1;
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
