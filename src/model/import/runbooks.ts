/**
 * `firebreak import runbooks`: turns a folder of another site generator's runbooks (Hugo, as prometheus-operator's,
 * MkDocs or plain Markdown) into Firebreak runbooks. Pure: the command reads the folder and writes the plan's files.
 * Every imported runbook is `status: needs-review` without `lastReviewed`: nobody here has walked through it yet.
 */
import type { Definition, Link, Nodes } from 'mdast';
import { posix } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../load-content.ts';
import { entryId } from '../entry-id.ts';
import type { Problem } from '../problems.ts';
import { parseYaml } from '../source-file.ts';
import { lineAt, markdownTree, offsets, plainText, verbatimRanges } from '../markdown-tree.ts';
import { templateSpans } from '../template-syntax.ts';
import { isPageIndependent, urls } from '../urls.ts';

export interface SourceFile {
	/** Path inside the imported folder, with `/`. */
	path: string;
	read(): string;
}

export interface RunbookImportOptions {
	/** Every runbook's service, or `folder`: the name of the folder a runbook sits in. */
	service: { id: string } | { from: 'folder' };
	/** The owner of every runbook; without it, the service's team. */
	owner?: string;
	/** `filename`: the file name without extension is the alert the runbook answers. */
	alertsFrom?: 'filename';
	/**
	 * The alerts the handbook's rule files define: with `alertsFrom`, an alert none of them defines is written
	 * `external: true` (another system pages with it). Absent or empty when the handbook has no rule files yet.
	 */
	definedAlerts?: ReadonlySet<string>;
	/** Folder under `runbooks/` to write into ('' for `runbooks/` itself). */
	to: string;
	/** The team of a service of the handbook, undefined for a service it does not have. */
	teamOf(service: string): string | undefined;
}

interface ImportedRunbook {
	source: string;
	/** Path in the content folder, like `runbooks/kubernetes/KubePodCrashLooping.md`. */
	file: string;
	service: string;
	text: string;
}

export interface ImportPlan {
	runbooks: ImportedRunbook[];
	skipped: { source: string; reason: string }[];
	/** Front matter fields with no place in a runbook, each once, with how many files had it. */
	dropped: Map<string, number>;
	/** Hugo `ref` shortcodes and relative `.md` links now pointing at the imported pages. */
	converted: { source: string; line: number; from: string; to: string }[];
	/** Alerts named by file name that no rule file of the handbook defines, written `external: true`. */
	external: string[];
	/** Links and template syntax left as written, for a person to fix. */
	leftOver: { source: string; line: number; text: string; reason: string }[];
	/**
	 * Services the runbooks name that the handbook lacks, with a title for each (the folder's `_index.md` title).
	 * Without an `owner` option their runbooks are not planned: nobody would own them.
	 */
	missingServices: Map<string, string>;
	problems: Problem[];
}

/** Fields of the source front matter that have a place in a runbook, and where. */
const KEPT: Record<string, 'title' | 'description' | 'aliases' | 'tags' | 'alerts'> = {
	title: 'title',
	description: 'description',
	summary: 'description',
	aliases: 'aliases',
	tags: 'tags',
	alerts: 'alerts',
};
const MARKDOWN = /\.(md|markdown|mdx)$/i;
const NOT_RUNBOOKS =
	/^(readme|license|licence|copying|notice|changelog|contributing|code_of_conduct|security|authors|maintainers)(\.[a-z]+)?$/i;
const ALERT_NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
const REF = /\{\{([<%])\s*(?:rel)?ref\s+(?:"([^"]*)"|'([^']*)'|([^\s>%]+))\s*[>%]\}\}/g;
const IS_REF = new RegExp(`^${REF.source}$`);

/** @returns why a file of the imported folder is not a runbook, or undefined for one that is. */
export function skipReason(path: string): string | undefined {
	const name = posix.basename(path);
	if (path.split('/').some((part) => part.startsWith('.'))) return 'hidden file';
	if (NOT_RUNBOOKS.test(name)) return 'not a runbook (README, LICENSE and the like)';
	if (!MARKDOWN.test(name)) return 'not a Markdown file';
	if (/^_?index\.(md|markdown|mdx)$/i.test(name)) return 'a section index page, not a runbook';
	return undefined;
}

/** @returns the runbook files to write, what was left out and why, and what a person should look at. */
export function planRunbookImport(
	files: readonly SourceFile[],
	options: RunbookImportOptions
): ImportPlan {
	const plan: ImportPlan = {
		runbooks: [],
		skipped: [],
		dropped: new Map(),
		converted: [],
		external: [],
		leftOver: [],
		missingServices: new Map(),
		problems: [],
	};
	const sources: { file: SourceFile; target: string; service: string }[] = [];
	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const reason = skipReason(file.path);
		if (reason) {
			plan.skipped.push({ source: file.path, reason });
			continue;
		}
		const folder = posix.dirname(file.path);
		const service =
			'id' in options.service ? options.service.id : serviceId(posix.basename(folder));
		if (folder === '.' && !('id' in options.service)) {
			plan.skipped.push({
				source: file.path,
				reason: 'not in a folder, so no service to take from it (import it with --service)',
			});
			continue;
		}
		const target = posix.join(
			COLLECTIONS.runbooks.folder,
			options.to,
			file.path.replace(/\.(markdown|md)$/i, '.md')
		);
		sources.push({ file, target, service });
	}
	const pageOf = new Map(
		sources.map(({ file, target }) => [
			file.path,
			urls.runbook(entryId(target.slice(COLLECTIONS.runbooks.folder.length + 1))),
		])
	);
	const sectionTitles = sectionTitlesOf(files);

	for (const { file, target, service } of sources) {
		if (options.teamOf(service) === undefined && !plan.missingServices.has(service)) {
			plan.missingServices.set(service, sectionTitles.get(posix.dirname(file.path)) ?? service);
		}
		const converted = convertRunbook(file, { ...options, service, pageOf, plan });
		if (converted)
			plan.runbooks.push({ source: file.path, file: target, service, text: converted });
	}
	return plan;
}

/** A folder name as a service id: lowercase, other characters as `-`. */
function serviceId(folder: string): string {
	return folder
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^[^a-z0-9]+|-+$/g, '');
}

/** The `title` of each folder's `_index.md` (Hugo's section page), by folder. */
function sectionTitlesOf(files: readonly SourceFile[]): Map<string, string> {
	const titles = new Map<string, string>();
	for (const file of files.filter((f) => /(^|\/)_index\.md$/i.test(f.path))) {
		const title = splitFrontmatter(file.read(), file.path).data?.title;
		if (typeof title === 'string' && title.trim())
			titles.set(posix.dirname(file.path), title.trim());
	}
	return titles;
}

interface ConvertContext {
	service: string;
	owner?: string;
	alertsFrom?: 'filename';
	definedAlerts?: ReadonlySet<string>;
	teamOf(service: string): string | undefined;
	pageOf: ReadonlyMap<string, string>;
	plan: ImportPlan;
}

/** @returns the Firebreak runbook for one source file, or undefined after recording why it cannot be one. */
function convertRunbook(file: SourceFile, context: ConvertContext): string | undefined {
	const { plan } = context;
	const split = splitFrontmatter(file.read().replace(/\r\n?/g, '\n'), file.path);
	if (!split.data) {
		plan.problems.push(...split.problems);
		plan.skipped.push({ source: file.path, reason: 'front matter is not valid YAML (see above)' });
		return undefined;
	}
	const kept: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(split.data)) {
		const place = KEPT[field];
		if (place && !(place in kept) && value !== null && value !== '') kept[place] = value;
		else plan.dropped.set(field, (plan.dropped.get(field) ?? 0) + 1);
	}

	const { body, heading } = convertBody(split.body, split.bodyLine, file.path, context);
	const stem = posix.basename(file.path).replace(MARKDOWN, '');
	// Without --owner the service's team owns the runbook; a missing service is reported once, in missingServices.
	const owner = context.owner ?? context.teamOf(context.service);
	if (owner === undefined) return undefined;
	if (context.alertsFrom === 'filename' && !ALERT_NAME.test(stem)) {
		plan.problems.push({
			file: file.path,
			field: 'alerts',
			expected: 'a file name that is an alert name (letters, digits, "_" and ":")',
			found: stem,
		});
		return undefined;
	}
	const external =
		context.alertsFrom === 'filename' &&
		context.definedAlerts !== undefined &&
		context.definedAlerts.size > 0 &&
		!context.definedAlerts.has(stem);
	if (external) plan.external.push(stem);
	const alerts =
		context.alertsFrom === 'filename'
			? [external ? { name: stem, external: true } : stem]
			: kept.alerts;
	const data = {
		title: kept.title ?? heading ?? stem,
		...(kept.description !== undefined ? { description: kept.description } : {}),
		service: context.service,
		...(Array.isArray(alerts) && alerts.length > 0 ? { alerts } : {}),
		owner,
		status: 'needs-review',
		...(Array.isArray(kept.aliases) && kept.aliases.length > 0
			? { aliases: kept.aliases.map((a) => (String(a).startsWith('/') ? String(a) : `/${a}`)) }
			: {}),
		...(Array.isArray(kept.tags) && kept.tags.length > 0 ? { tags: kept.tags.map(String) } : {}),
	};
	return `---\n${stringify(data)}---\n\n${body}`;
}

function splitFrontmatter(
	text: string,
	path: string
): { data?: Record<string, unknown>; body: string; bodyLine: number; problems: Problem[] } {
	const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
	if (!match) return { data: {}, body: text, bodyLine: 1, problems: [] };
	const parsed = parseYaml(match[1]!, path, 1);
	if (!parsed.ok) return { body: '', bodyLine: 1, problems: parsed.problems };
	const value = parsed.value;
	const data =
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: {};
	return {
		data,
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
		problems: [],
	};
}

interface Edit {
	from: number;
	to: number;
	text: string;
}

/**
 * Takes the leading H1 out (the page shows the title as its H1), makes any later H1 an H2, and points Hugo `ref`
 * shortcodes and relative `.md` links at the imported pages.
 * @returns the new body and the text of the leading H1
 */
function convertBody(
	body: string,
	bodyLine: number,
	source: string,
	context: ConvertContext
): { body: string; heading?: string } {
	const tree = markdownTree(body);
	const edits: Edit[] = [];
	const fileLine = (offset: number) => bodyLine - 1 + lineAt(body, offset);
	let heading: string | undefined;

	const blocks = tree.children ?? [];
	blocks.forEach((node, index) => {
		const range = offsets(node);
		if (node.type !== 'heading' || node.depth !== 1 || !range) return;
		const [from, to] = range;
		if (index === 0) {
			heading = plainText(node);
			edits.push({ from, to: to + (/^\n*/.exec(body.slice(to))?.[0].length ?? 0), text: '' });
		} else if (body[from] === '#') edits.push({ from, to: from, text: '#' });
		else edits.push({ from: body.lastIndexOf('\n', to - 1) + 1, to, text: '-'.repeat(3) });
	});

	const verbatim = verbatimRanges(tree);
	for (const match of body.matchAll(REF)) {
		if (verbatim.some(([from, to]) => match.index >= from && match.index < to)) continue;
		const target = match[2] ?? match[3] ?? match[4] ?? '';
		const url = resolvePage(target, source, context.pageOf, true);
		const line = fileLine(match.index);
		if (url === undefined) {
			context.plan.leftOver.push({
				source,
				line,
				text: match[0],
				reason: `points at ${target}, which is not among the imported runbooks`,
			});
			continue;
		}
		edits.push({ from: match.index, to: match.index + match[0].length, text: url });
		context.plan.converted.push({ source, line, from: match[0], to: url });
	}

	for (const node of linksOf(tree)) {
		const url = node.url ?? '';
		if (isPageIndependent(url) || url.startsWith('#') || !/\.(md|markdown|mdx)(#.*)?$/i.test(url))
			continue;
		const [start, end] = offsets(node)!;
		const { line } = node.position!.start;
		const written = body.slice(start, end);
		const at = written.lastIndexOf(url);
		const page = resolvePage(url, source, context.pageOf, false);
		if (page === undefined || at === -1) {
			context.plan.leftOver.push({
				source,
				line: bodyLine - 1 + line,
				text: url,
				reason:
					page === undefined
						? 'a relative link to a page that is not among the imported runbooks'
						: 'a link written in a form the importer cannot rewrite',
			});
			continue;
		}
		edits.push({ from: start + at, to: start + at + url.length, text: page });
		context.plan.converted.push({ source, line: bodyLine - 1 + line, from: url, to: page });
	}

	const converted = edits
		.sort((a, b) => b.from - a.from)
		.reduce((text, edit) => text.slice(0, edit.from) + edit.text + text.slice(edit.to), body)
		.replace(/^\n+/, '')
		.replace(/\s*$/, '\n');
	for (const span of templateSpans(body, tree)) {
		if (!IS_REF.test(span.text))
			context.plan.leftOver.push({
				source,
				line: fileLine(span.offset),
				text: span.text,
				reason: 'template syntax the importer does not know: rewrite it as Markdown',
			});
	}
	return { body: converted, ...(heading !== undefined ? { heading } : {}) };
}

/**
 * @param hugo a Hugo `ref`: a path relative to the page, else to the content root, else a file name found once
 * @returns the URL of the imported page a link target names (its `#fragment` kept), or undefined
 */
function resolvePage(
	target: string,
	source: string,
	pageOf: ReadonlyMap<string, string>,
	hugo: boolean
): string | undefined {
	const [path = '', fragment] = target.split('#', 2);
	const suffix = fragment ? `#${fragment}` : '';
	const candidates = [posix.normalize(posix.join(posix.dirname(source), path))];
	if (hugo) candidates.push(posix.normalize(path.replace(/^\//, '')));
	for (const candidate of candidates) {
		const page = pageOf.get(candidate) ?? pageOf.get(`${candidate}.md`);
		if (page) return page + suffix;
	}
	if (!hugo) return undefined;
	const byName = [...pageOf].filter(
		([file]) =>
			posix.basename(file) === posix.basename(path) ||
			posix.basename(file) === `${posix.basename(path)}.md`
	);
	return byName.length === 1 ? byName[0]![1] + suffix : undefined;
}

function linksOf(node: Nodes): (Link | Definition)[] {
	if ((node.type === 'link' || node.type === 'definition') && offsets(node)) return [node];
	return 'children' in node ? node.children.flatMap(linksOf) : [];
}
