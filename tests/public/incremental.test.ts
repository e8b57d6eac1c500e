/**
 * `firebreak build public --incremental` gives the output a full build gives: after a full build, each change made the
 * way an incident commander makes it (`firebreak incident update`, `resolve`, `declare`) is published incrementally,
 * then the same content is built in full into another folder, and every file must be byte-identical. An update to
 * existing entries is published fast, through the previous build's prerender bundle (src/integration/fast-publish.ts);
 * what the fast publish cannot prove equal to a full build (new entries, another day, handbook.yaml) goes through
 * Astro and says why; a change the previous build's pages cannot survive (handbook.yaml) renders every page again.
 * A leak that the change brings in fails the fast publish and leaves no output, and the next publish starts afresh.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withBuildLockSync } from '../../scripts/build-lock.ts';
import { generateContent } from '../../scripts/bench/generate-content.ts';
import { applyEdits, exampleCopy } from '../helpers/fixture.ts';
import { build, firebreak, ROOT, runNode, type RunResult } from '../helpers/run.ts';
import { freshOutDir } from './output.ts';
import { PAGE_FRAME } from '../../src/integration/page-frame.ts';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** `npm run build -- public --incremental` into `out`, which holds the previous build of the same content folder. */
function publish(content: string, out: string, env: Record<string, string> = {}): RunResult {
	return withBuildLockSync(ROOT, () =>
		runNode([join(ROOT, 'scripts/build.ts'), 'public', '--incremental'], {
			FIREBREAK_CONTENT: resolve(content),
			FIREBREAK_OUT: out,
			PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
			...env,
		})
	);
}

const FAST = "fast publish with the previous build's prerender bundle";
/** @returns the reason the publish gave for not publishing fast (it then builds with Astro) */
const noFastPublish = (result: RunResult) =>
	/\[incremental\] no fast publish: ([^;]+);/.exec(result.output)?.[1];

function fullBuild(content: string): string {
	const result = build(content, { site: 'public', out: freshOutDir() });
	made.push(result.out);
	expect(result.status, result.output.slice(-3000)).toBe(0);
	return join(result.out, 'public');
}

/** @returns the paths (relative) that differ between two folders: in one of them only, or with other bytes */
function differences(incremental: string, full: string): string[] {
	const files = (dir: string) =>
		new Set(
			readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		);
	const [left, right] = [files(incremental), files(full)];
	const differing = [...left].filter(
		(name) =>
			right.has(name) &&
			!readFileSync(join(incremental, name)).equals(readFileSync(join(full, name)))
	);
	const only = (a: Set<string>, b: Set<string>, where: string) =>
		[...a].filter((name) => !b.has(name)).map((name) => `${name} (only in the ${where} build)`);
	return [...differing, ...only(left, right, 'incremental'), ...only(right, left, 'full')].sort();
}

/** Runs a `firebreak` command on the content and fails the test with its output when it fails. */
function command(content: string, args: string[]) {
	const result = firebreak(args, content);
	expect(result.status, result.output).toBe(0);
}

/** Publishes `content` incrementally into `out` and holds the result to a full build of the same content. */
function expectSameAsFull(content: string, out: string, reused: (count: number) => void) {
	const result = publish(content, out);
	expect(result.status, result.output.slice(-3000)).toBe(0);
	const summary = /\[incremental\] (\d+) entry pages rendered, (\d+) reused/.exec(result.output);
	expect(summary, result.output.slice(-3000)).not.toBeNull();
	reused(Number(summary![2]));
	expect(differences(join(out, 'public'), fullBuild(content))).toEqual([]);
	return result;
}

describe('the keys of the entry pages', () => {
	it('cover every field of the archive that an entry page or its card reads', () => {
		// What renders the page: its source without the imports and getStaticPaths (which lists the entries).
		const sources = ['incidents', 'postmortems', 'maintenance'].map((kind) =>
			readFileSync(join(ROOT, `src/routes/public/${kind}/[id].astro`), 'utf8')
				.replace(/^import .*$/gm, '')
				.replace(/export function getStaticPaths\(\)[\s\S]*?\n}/, '')
		);
		const cards = readFileSync(join(ROOT, 'src/og/public-cards.ts'), 'utf8');
		for (const card of ['publicIncidentCard', 'publicPostmortemCard'])
			sources.push(new RegExp(`export function ${card}[\\s\\S]*?\\n}`).exec(cards)![0]);
		// The card's <head> entries, which pages reach through the integration.
		sources.push(
			/export const publicCardHead = \{[\s\S]*?\n\};/.exec(
				readFileSync(join(ROOT, 'src/integration/cards.ts'), 'utf8')
			)![0]
		);
		const read = new Set(
			sources.flatMap((source) =>
				[...source.matchAll(/\barchive\.(\w+)/g)].map((match) => match[1]!)
			)
		);
		expect(read.size).toBeGreaterThan(2);
		expect([...read].filter((field) => !(PAGE_FRAME as readonly string[]).includes(field))).toEqual(
			[]
		);
	});
});

// Two public builds per test, and the commands: more than the default 180 s on a loaded machine.
describe('an incremental publish of the example content', { timeout: 600_000 }, () => {
	const content = exampleCopy();
	const out = freshOutDir();
	made.push(content, out);
	const incident = '2026-11-23-api-elevated-latency';

	it('starts from a full build, or renders every page when there is none and says so', () => {
		const first = publish(content, out);
		expect(first.status, first.output.slice(-3000)).toBe(0);
		expect(noFastPublish(first)).toBe(
			'no previous public build of this content and output folder was kept'
		);
		expect(first.output).toContain(
			'no previous build of this content and output folder to reuse, so every page is rendered'
		);
	});

	it('after `firebreak incident update`, publishes fast, twice in a row, and equals a full build', () => {
		command(content, [
			'incident',
			'update',
			incident,
			'--status',
			'identified',
			'--public',
			'A network fault at our hosting provider slows one zone; we are moving traffic away from it.',
			'--at',
			'2026-11-23 10:00',
		]);
		const first = publish(content, out);
		expect(first.status, first.output.slice(-3000)).toBe(0);
		expect(first.output).toContain(FAST);
		// The second publish starts from the state the first fast publish left.
		command(content, [
			'incident',
			'update',
			incident,
			'--status',
			'monitoring',
			'--public',
			'Traffic has moved to the healthy zones; latency is back to normal.',
			'--at',
			'2026-11-23 10:15',
		]);
		const second = expectSameAsFull(content, out, (reused) => expect(reused).toBeGreaterThan(5));
		expect(second.output).toContain(FAST);
	});

	it('after `firebreak incident resolve` and a new public incident, builds with Astro, says why, and equals a full build', () => {
		command(content, [
			'incident',
			'resolve',
			incident,
			'--public',
			'The hosting provider fixed the network; all API traffic is served normally again.',
			'--at',
			'2026-11-23 11:00',
		]);
		command(content, [
			'incident',
			'declare',
			'--title',
			'Dashboard exports failing',
			'--severity',
			'sev3',
			'--service',
			'auth',
			'--public-title',
			'Dashboard exports failing',
			'--component',
			'dashboard=partial_outage',
			'--at',
			'2026-11-23 11:30',
		]);
		command(content, [
			'incident',
			'update',
			'2026-11-23-dashboard-exports-failing',
			'--status',
			'investigating',
			'--public',
			'Exports of transactions from the dashboard fail. We are investigating.',
			'--at',
			'2026-11-23 11:40',
		]);
		const result = expectSameAsFull(content, out, (reused) => expect(reused).toBeGreaterThan(5));
		expect(noFastPublish(result)).toMatch(/^entries were added or removed/);
	});

	it('on another day (--today) than the previous build, builds with Astro', () => {
		const result = publish(content, out, { FIREBREAK_TODAY: '2026-11-24' });
		expect(result.status, result.output.slice(-3000)).toBe(0);
		expect(noFastPublish(result)).toMatch(/options \(--today, --out\) changed/);
	});

	it('after a change of handbook.yaml, builds with Astro, renders every page again, says so, and equals a full build', () => {
		applyEdits(content, [
			{ file: 'handbook.yaml', replace: ['name: Merchant Dashboard', 'name: Merchant Portal'] },
		]);
		const result = expectSameAsFull(content, out, (reused) => expect(reused).toBe(0));
		expect(noFastPublish(result)).toMatch(/handbook\.yaml/);
		expect(result.output).toContain('nothing reused, so this was a full build');
	});

	it('fails on a leak the change brings in, and leaves no public output; the next publish starts afresh', () => {
		// A public summary that repeats an <Internal> sentence, approved: redaction cannot know it, the leak scan must.
		const postmortem = '2026-04-21-api-gateway-expired-certificate';
		const summary =
			'publicSummary: >-\n  We restarted the service because auth did not reload certificates on its own.\n';
		applyEdits(content, [
			{ file: `postmortems/${postmortem}.mdx`, replace: ['publicSummary: >-\n', summary] },
		]);
		command(content, ['public', 'approve', postmortem, '--by', 'jkowalski']);
		const result = publish(content, out);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('Publishing the public site');
		expect(result.output).not.toContain('Building the public site');
		expect(result.output).toMatch(/Leak scan: confidential content found/);
		expect(existsSync(join(out, 'public'))).toBe(false);

		applyEdits(content, [
			{ file: `postmortems/${postmortem}.mdx`, replace: [summary, 'publicSummary: >-\n'] },
		]);
		command(content, ['public', 'approve', postmortem, '--by', 'jkowalski']);
		const next = publish(content, out);
		expect(next.status, next.output.slice(-3000)).toBe(0);
		expect(noFastPublish(next)).toBeDefined();
	});
});

describe('an incremental publish of a generated handbook', { timeout: 600_000 }, () => {
	const content = mkdtempSync(join(tmpdir(), 'firebreak-generated-'));
	const out = freshOutDir();
	made.push(content, out);
	generateContent(content, { entries: 120, seed: 7 });

	it('after declaring and updating a public incident, equals a full build', () => {
		const first = publish(content, out);
		expect(first.status, first.output.slice(-3000)).toBe(0);
		const handbookText = readFileSync(join(content, 'handbook.yaml'), 'utf8');
		const component = /components:\n\s+- id: ([\w-]+)/.exec(handbookText)![1]!;
		const service = readdirSync(join(content, 'services'))[0]!.replace(/\.yaml$/, '');
		command(content, [
			'incident',
			'declare',
			'--title',
			'Card payments declined',
			'--severity',
			'sev2',
			'--service',
			service,
			'--public-title',
			'Card payments declined',
			'--component',
			`${component}=major_outage`,
			'--at',
			'08:00',
		]);
		expectSameAsFull(content, out, (reused) => expect(reused).toBeGreaterThan(20));
		command(content, [
			'incident',
			'update',
			'2026-11-23-card-payments-declined',
			'--status',
			'identified',
			'--public',
			'A card network rejects our requests; we are switching to the backup route.',
			'--at',
			'09:00',
		]);
		expectSameAsFull(content, out, (reused) => expect(reused).toBeGreaterThan(20));
	});
});
