/**
 * What a fast publish (fast-publish.ts) needs from the previous public build, and what proves it may use it: the
 * prerender bundle and its routes (fast-publish-bundle.ts), the stamp of everything the bundle was built from, the
 * hash of every output file (the output must be that build's, untouched), the leak scan's rules and the inline
 * scripts of every page (for `_headers`). scripts/build.ts writes it after each
 * successful public build ({@link commitState}); a fast publish takes it away before it changes anything and writes
 * it again only when it has succeeded, so a failed or interrupted publish leaves none behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { InlineScripts } from './host-files.ts';
import {
	BUNDLE,
	CURRENT,
	fastPublishDir,
	PENDING,
	ROUTES_FILE,
	type KeptRoutes,
} from './fast-publish-bundle.ts';

const STATE_FILE = 'state.json';
/** Firebreak's own folder (the package root), whose code, styles and public files the bundle was built from. */
const FIREBREAK_ROOT = resolve(import.meta.dirname, '../..');

export interface FastPublishState {
	/** {@link buildStamp} of the build that made the bundle. */
	stamp: string;
	/** `leakRulesKey` of the content the output was scanned against. */
	leakRules: string;
	/** Every output file (relative path, `/`) → the hash of its bytes. */
	files: Record<string, string>;
	/** Every HTML page → its inline scripts, from which `_headers` is written. */
	scripts: Record<string, InlineScripts>;
}

export interface KeptBuild {
	dir: string;
	bundle: string;
	routes: KeptRoutes;
	state: FastPublishState;
}

export interface StampInputs {
	site: string;
	contentDir: string;
	outRoot: string;
	/** The pinned day, or none (the bundle reads the clock when it renders). */
	today?: string;
}

/**
 * @returns a hash of everything the prerender bundle and the Astro config were made from that a content update does
 * not change: Firebreak's source, styles and public files, its Astro config, the installed packages (the lockfiles
 * and npm's record of node_modules), Node's version, handbook.yaml (the site's address and title are in Astro's
 * config) and the build's options. Entry files are not in it: pages read them when they render.
 */
export function buildStamp(inputs: StampInputs, cwd = process.cwd()): string {
	const hash = createHash('sha256');
	const add = (name: string, bytes: Buffer | string) =>
		hash.update(`${name}\0${bytes.length}\0`).update(bytes);
	for (const dir of ['src', 'public']) {
		const root = join(FIREBREAK_ROOT, dir);
		const files = readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
			.map((entry) => join(entry.parentPath, entry.name))
			.sort();
		for (const file of files) add(relative(FIREBREAK_ROOT, file), readFileSync(file));
	}
	const optional = [
		join(FIREBREAK_ROOT, 'astro.config.mjs'),
		join(FIREBREAK_ROOT, 'package.json'),
		join(FIREBREAK_ROOT, 'package-lock.json'),
		join(cwd, 'package-lock.json'),
		join(cwd, 'node_modules/.package-lock.json'),
		join(inputs.contentDir, 'handbook.yaml'),
	];
	for (const file of optional) add(file, existsSync(file) ? readFileSync(file) : '');
	add(
		'options',
		JSON.stringify([
			inputs.site,
			inputs.contentDir,
			inputs.outRoot,
			inputs.today ?? '',
			process.version,
		])
	);
	return hash.digest('hex');
}

/** @returns every file of `dir` (relative path with `/`) → the hash of its bytes */
export function outputHashes(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(dir, path).split(sep).join('/')] = createHash('sha1')
			.update(readFileSync(path))
			.digest('base64url');
	}
	return files;
}

/** @returns the kept build of a site's cache folder, if the last public build left one */
export function readKeptBuild(cacheDir: string): KeptBuild | undefined {
	const dir = join(fastPublishDir(cacheDir), CURRENT);
	try {
		const routes = JSON.parse(readFileSync(join(dir, ROUTES_FILE), 'utf8')) as KeptRoutes;
		const state = JSON.parse(readFileSync(join(dir, STATE_FILE), 'utf8')) as FastPublishState;
		return { dir, bundle: join(dir, BUNDLE), routes, state };
	} catch {
		return undefined;
	}
}

/** Takes the state away: from now until {@link writeState}, there is no kept build to publish from. */
export function dropState(kept: KeptBuild): void {
	rmSync(join(kept.dir, STATE_FILE), { force: true });
}

/** Writes the state of a fast publish that succeeded, with its routes (their new page keys). */
export function writeState(kept: KeptBuild, routes: KeptRoutes, state: FastPublishState): void {
	writeFileSync(join(kept.dir, ROUTES_FILE), JSON.stringify(routes));
	writeFileSync(join(kept.dir, STATE_FILE), JSON.stringify(state));
}

/**
 * After a successful full or incremental public build: makes the bundle that build kept the current one, with its
 * state. Without a kept bundle (a plain `astro build` layout the fast publish does not handle) nothing is current.
 */
export function commitState(cacheDir: string, state: FastPublishState): boolean {
	const root = fastPublishDir(cacheDir);
	const current = join(root, CURRENT);
	rmSync(current, { recursive: true, force: true });
	if (!existsSync(join(root, PENDING, ROUTES_FILE))) return false;
	renameSync(join(root, PENDING), current);
	writeFileSync(join(current, STATE_FILE), JSON.stringify(state));
	return true;
}
