/**
 * Shared set-up of browser tests: Debian's Chromium driven by playwright-core (never a downloaded browser). Each launch
 * gets a fresh profile, and the system's fonts or only a minimal set (fonts.ts); each page records console errors and
 * uncaught exceptions so tests can assert there are none.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { fontEnvironment, type FontEnvironment } from './fonts.ts';

/** Where Chromium is looked for; `CHROMIUM_PATH` overrides Debian's location. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * `describe` for browser tests. Without Chromium the suite fails when `CI=true` (CI must install it; a skipped browser
 * suite would pass silently) and is skipped with a message elsewhere.
 */
export function describeBrowser(name: string, body: () => void): void {
	if (existsSync(CHROMIUM_PATH)) {
		describe(name, body);
	} else if (process.env.CI === 'true') {
		describe(name, () => {
			it('has Chromium', () => {
				throw new Error(
					`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`
				);
			});
		});
	} else {
		console.warn(
			`[browser tests] skipped "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`
		);
		describe.skip(name, body);
	}
}

/** A page with everything it reported as an error: console errors, failed loads, uncaught exceptions. */
export interface TrackedPage {
	page: Page;
	errors: string[];
}

export interface Chromium {
	context: BrowserContext;
	/** @returns a new tab whose errors are collected from the start. */
	newPage(): Promise<TrackedPage>;
	close(): Promise<void>;
}

export interface LaunchOptions {
	/** Browser permissions to grant, e.g. `['clipboard-read', 'clipboard-write']`. */
	permissions?: string[];
	/** The system fonts Chromium sees: all of them (the default), or the minimal set. */
	fonts?: FontEnvironment;
}

/** @returns headless Chromium with a fresh profile in a temp folder (removed by `close()`) */
export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
	const home = mkdtempSync(join(tmpdir(), 'firebreak-chromium-'));
	const context = await chromium.launchPersistentContext(join(home, 'profile'), {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: FLAGS,
		env: { ...process.env, ...fontEnvironment(options.fonts ?? 'system', join(home, 'fonts')) },
		permissions: options.permissions ?? [],
		viewport: { width: 1280, height: 900 },
	});
	return {
		context,
		async newPage() {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error')
					errors.push(`console: ${message.text()} (${message.location().url})`);
			});
			page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
			page.on('requestfailed', (request) => {
				// A load cancelled because the page navigated on (a redirect page's favicon) is not a failure.
				if (request.failure()?.errorText !== 'net::ERR_ABORTED')
					errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
			});
			return { page, errors };
		},
		async close() {
			await context.close();
			rmSync(home, { recursive: true, force: true });
		},
	};
}

/**
 * Serves a built site on loopback and launches Chromium for the tests of the enclosing `describe`, closing both after
 * them. Read `server` and `chromium` inside tests (they exist once `beforeAll` has run).
 * @param siteDir the built site folder, or a function giving it when it is only known after other set-up
 */
export function browseSite(
	siteDir: string | (() => string),
	options: LaunchOptions = {}
): { readonly server: StaticServer; readonly chromium: Chromium } {
	let server: StaticServer | undefined;
	let browser: Chromium | undefined;
	beforeAll(async () => {
		server = await serve(typeof siteDir === 'function' ? siteDir() : siteDir);
		browser = await launchChromium(options);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get server() {
			return server!;
		},
		get chromium() {
			return browser!;
		},
	};
}
