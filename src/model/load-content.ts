/**
 * The one loader of a content folder, used by the CLI, the Astro integration, the pages and the tests. It reads every
 * file with a real YAML parser, validates it with the schemas Astro's collections also use, and returns every problem
 * it meets instead of stopping at the first: a team fixing a broken handbook wants the whole list at once.
 * File I/O: lists and reads the content folder (the one loader).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { contentSchemas } from '../schemas/index.ts';
import { handbookSchema, type HandbookConfig } from '../schemas/handbook.ts';
import type { IncidentData } from '../schemas/incident.ts';
import type { MaintenanceData } from '../schemas/maintenance.ts';
import type { Person, Team } from '../schemas/people.ts';
import type { PostmortemData } from '../schemas/postmortem.ts';
import type { RunbookData } from '../schemas/runbook.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { CommsTemplate } from '../schemas/comms.ts';
import { COMMS_FILE, readComms } from './comms-file.ts';
import type { AlertRule } from './alerts/alert-rule.ts';
import { readAlertRules } from './alerts/read-rule-file.ts';
import { entryId } from './entry-id.ts';
import type { Problem } from './problems.ts';
import { EntryCache, hashOf, type CachedEntry } from './entry-cache.ts';
import {
	bodyOf,
	fieldLocator,
	parseMdx,
	parseYaml,
	readText,
	type FieldLocator,
	type Heading,
	type Parsed,
} from './source-file.ts';
import { readUrlLock, URL_LOCK_FILE, type UrlLock } from './url-lock.ts';
import { PUBLIC_REVIEWS_FILE, readPublicReviews, type PublicReviewLock } from './public/review.ts';
import { validate } from './zod-problems.ts';

export interface Entry<T> {
	id: string;
	/** Path relative to the content folder. */
	file: string;
	/** Where in the file the entry sits, for files that hold many (`people.3`). */
	field?: string;
	data: T;
}

export interface MdxEntry<T> extends Entry<T> {
	body: string;
	headings: Heading[];
}

export interface LoadedContent {
	dir: string;
	config: HandbookConfig;
	teams: Entry<Team>[];
	people: Entry<Person>[];
	services: Entry<ServiceData>[];
	runbooks: MdxEntry<RunbookData>[];
	incidents: MdxEntry<IncidentData>[];
	postmortems: MdxEntry<PostmortemData>[];
	/** Planned maintenance windows (absent in content assembled by hand, as in unit tests). */
	maintenances?: MdxEntry<MaintenanceData>[];
	guides: MdxEntry<GuideData>[];
	/**
	 * Ids of entries that exist but failed validation (already reported), as `<collection>:<id>`: references to them
	 * are not reported again as dangling.
	 */
	rejected: Set<string>;
	/** Message templates of comms.yaml (absent when the team keeps none). */
	comms?: CommsTemplate[];
	/** Alerting rules of `alerts/**` (absent in content assembled by hand, as in unit tests). */
	alerts?: AlertRule[];
	/** `urls.lock`, when the team has written one. */
	urlLock?: UrlLock;
	/** `public-reviews.lock`, once a public postmortem has been approved. */
	publicReviews?: PublicReviewLock;
}

/** Folders of file-based entries and the extensions each accepts. */
export const COLLECTIONS = {
	services: { folder: 'services', extensions: ['.yaml', '.yml'] },
	runbooks: { folder: 'runbooks', extensions: ['.mdx', '.md'] },
	incidents: { folder: 'incidents', extensions: ['.mdx', '.md'] },
	postmortems: { folder: 'postmortems', extensions: ['.mdx', '.md'] },
	maintenances: { folder: 'maintenance', extensions: ['.mdx', '.md'] },
	guides: { folder: 'guides', extensions: ['.mdx', '.md'] },
	alerts: { folder: 'alerts', extensions: ['.yaml', '.yml'] },
} as const;

export interface LoadOptions {
	/** Keep what each cleanly loaded MDX file gave in this folder, and reuse it while the file is unchanged (see entry-cache.ts). */
	cacheDir?: string;
}

/**
 * @param dir absolute path of the content folder
 * @returns the validated content (absent when the handbook itself is unusable) and every problem found
 */
export function loadContent(
	dir: string,
	options: LoadOptions = {}
): { content?: LoadedContent; problems: Problem[] } {
	if (!existsSync(join(dir, 'handbook.yaml'))) {
		return {
			problems: [
				{
					file: 'handbook.yaml',
					field: '(file)',
					expected: `a handbook.yaml in the content folder ${dir}`,
					found: 'no such file',
				},
			],
		};
	}
	const configRead = readYamlFile(dir, 'handbook.yaml');
	if (!configRead.ok) return { problems: configRead.problems };
	const configResult = validate(
		handbookSchema,
		configRead.value.data,
		'handbook.yaml',
		'',
		configRead.value.locate
	);
	if (!configResult.data) {
		return { problems: configResult.problems };
	}
	const config = configResult.data;
	const schemas = contentSchemas(config);
	const cache =
		options.cacheDir === undefined
			? undefined
			: EntryCache.open(options.cacheDir, resolve(dir), config);
	const problems: Problem[] = [];
	const rejected = new Set<string>();

	const teams: Entry<Team>[] = [];
	const people: Entry<Person>[] = [];
	const peopleRead = readYamlFile(dir, 'people.yaml');
	if (!peopleRead.ok) {
		problems.push(...peopleRead.problems);
		rejected.add('people.yaml');
	} else {
		const result = validate(
			schemas.people,
			peopleRead.value.data,
			'people.yaml',
			'',
			peopleRead.value.locate
		);
		problems.push(...result.problems);
		if (!result.data) rejected.add('people.yaml');
		else {
			result.data.teams.forEach((team, i) =>
				teams.push({ id: team.id, file: 'people.yaml', field: `teams.${i}`, data: team })
			);
			result.data.people.forEach((person, i) =>
				people.push({ id: person.id, file: 'people.yaml', field: `people.${i}`, data: person })
			);
		}
	}

	const services: Entry<ServiceData>[] = [];
	for (const file of listFiles(dir, 'services', problems)) {
		const read = readYamlFile(dir, file);
		const result = read.ok
			? validate(schemas.service, read.value.data, file, '', read.value.locate)
			: read;
		problems.push(...result.problems);
		if ('data' in result && result.data)
			services.push({ id: result.data.id, file, data: result.data });
		else {
			// References to a service whose file is refused are not reported again as dangling.
			const id = ((read.ok ? read.value.data : read.read) as { id?: unknown } | null | undefined)
				?.id;
			if (typeof id === 'string') rejected.add(`services:${id}`);
		}
	}

	const runbooks = loadMdxCollection(dir, 'runbooks', schemas.runbook, problems, rejected, cache);
	const incidents = loadMdxCollection(
		dir,
		'incidents',
		schemas.incident,
		problems,
		rejected,
		cache
	);
	const postmortems = loadMdxCollection(
		dir,
		'postmortems',
		schemas.postmortem,
		problems,
		rejected,
		cache
	);
	const maintenances = loadMdxCollection(
		dir,
		'maintenances',
		schemas.maintenance,
		problems,
		rejected,
		cache
	);
	const guides = loadMdxCollection(dir, 'guides', schemas.guide, problems, rejected, cache);
	cache?.save();
	const comms = readComms(dir, problems);
	const alerts = readAlertRules(dir, listFiles(dir, 'alerts', problems));
	problems.push(...alerts.problems);
	const lock = readUrlLock(dir);
	problems.push(...lock.problems);
	const reviews = readPublicReviews(dir);
	problems.push(...reviews.problems);
	reportStrayFiles(dir, problems);

	return {
		content: {
			dir,
			config,
			teams,
			people,
			services,
			runbooks,
			incidents,
			postmortems,
			maintenances,
			guides,
			rejected,
			...(comms ? { comms } : {}),
			alerts: alerts.alerts,
			...(lock.lock ? { urlLock: lock.lock } : {}),
			...(reviews.lock ? { publicReviews: reviews.lock } : {}),
		},
		problems,
	};
}

function loadMdxCollection<S extends Parameters<typeof validate>[0]>(
	dir: string,
	collection: 'runbooks' | 'incidents' | 'postmortems' | 'maintenances' | 'guides',
	schema: S,
	problems: Problem[],
	rejected: Set<string>,
	cache?: EntryCache
): MdxEntry<ReturnType<S['parse']>>[] {
	const entries: MdxEntry<ReturnType<S['parse']>>[] = [];
	const base = COLLECTIONS[collection].folder;
	for (const file of listFiles(dir, collection, problems)) {
		const id = entryId(file.slice(base.length + 1));
		rejected.add(`${collection}:${id}`);
		const text = readText(join(dir, file), file);
		if (!text.ok) {
			problems.push(...text.problems);
			continue;
		}
		const loaded = loadMdxText(text.value, file, schema, cache);
		if (!loaded.ok) {
			problems.push(...loaded.problems);
			continue;
		}
		rejected.delete(`${collection}:${id}`);
		entries.push({
			id,
			file,
			data: loaded.value.data as ReturnType<S['parse']>,
			body: bodyOf(text.value),
			headings: loaded.value.headings,
		});
	}
	return entries;
}

/** Parses and validates one MDX file, or takes what it loaded to last time from the cache when its text is unchanged. */
function loadMdxText(
	text: string,
	file: string,
	schema: Parameters<typeof validate>[0],
	cache?: EntryCache
): Parsed<CachedEntry> {
	const hash = cache && hashOf(text);
	const cached = hash && cache.get(file, hash);
	if (cached) return { ok: true, value: cached };
	const parsed = parseMdx(text, file);
	if (!parsed.ok) return parsed;
	const result = validate(schema, parsed.value.data, file, '', fieldLocator(text, file));
	if (!result.data) return { ok: false, problems: result.problems };
	const value = { data: result.data, headings: parsed.value.headings };
	if (hash) cache.set(file, hash, value);
	return { ok: true, value };
}

/** @returns a YAML file's data, and where its fields are written (for the lines of validation problems) */
function readYamlFile(dir: string, file: string): Parsed<{ data: unknown; locate: FieldLocator }> {
	const text = readText(join(dir, file), file);
	if (!text.ok) return text;
	const parsed = parseYaml(text.value, file);
	return parsed.ok
		? { ok: true, value: { data: parsed.value, locate: fieldLocator(text.value, file) } }
		: parsed;
}

/**
 * Files and folders whose name starts with `_` or `.` are skipped by convention (section notes, drafts, editor files),
 * like Starlight and Hugo do. `SKIPPED_GLOBS` is the same rule for Astro's collections, so both readers see the same
 * entries.
 */
export const isSkippedName = (name: string): boolean =>
	name.startsWith('_') || name.startsWith('.');
export const SKIPPED_GLOBS = ['!**/_*', '!**/_*/**', '!**/.*', '!**/.*/**'];

/**
 * @returns paths (relative to `dir`, with `/`) of the collection's files, sorted, skipping `isSkippedName` ones;
 * anything else with a wrong extension is a problem, never silently ignored.
 */
function listFiles(
	dir: string,
	collection: keyof typeof COLLECTIONS,
	problems: Problem[]
): string[] {
	const { folder, extensions } = COLLECTIONS[collection];
	const root = join(dir, folder);
	if (!existsSync(root)) return [];
	const files: string[] = [];
	const found = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
		(entry) =>
			entry.isFile() ||
			(entry.isSymbolicLink() && statSync(join(entry.parentPath, entry.name)).isFile())
	);
	// Each entry's parentPath is `root` or a folder below it: slicing is what path.relative would do, at a tenth of
	// the cost on 10,000 files.
	const names = found.map((entry) =>
		entry.parentPath === root
			? entry.name
			: `${entry.parentPath.slice(root.length + 1)}${sep}${entry.name}`
	);
	for (const name of names.sort()) {
		const segments = name.split(sep);
		if (segments.some(isSkippedName)) continue;
		const file = `${folder}/${segments.join('/')}`;
		if (extensions.some((ext) => name.endsWith(ext))) files.push(file);
		else
			problems.push({
				file,
				field: '(file)',
				expected: `a ${extensions.join(' or ')} file in ${folder}/`,
				found: 'a file Firebreak does not read',
			});
	}
	return files;
}

/** Top-level files other than the known ones are reported: a misspelt `handbook.yml` must not be ignored. */
function reportStrayFiles(dir: string, problems: Problem[]) {
	const known = new Set([
		'handbook.yaml',
		'people.yaml',
		COMMS_FILE,
		URL_LOCK_FILE,
		PUBLIC_REVIEWS_FILE,
		...Object.values(COLLECTIONS).map((c) => c.folder),
	]);
	for (const name of readdirSync(dir)) {
		if (known.has(name) || isSkippedName(name) || /^readme\.md$/i.test(name)) continue;
		problems.push({
			file: name,
			field: '(file)',
			expected: `one of ${[...known].join(', ')} at the top of the content folder`,
			found: 'an unknown file or folder',
		});
	}
}
