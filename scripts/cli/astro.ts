/**
 * How Firebreak starts Astro: this Node, Astro's own script, and Firebreak's config (beside this package's `src/`),
 * with the directory the command runs in, the handbook's repository, as Astro's root (where `.astro/` and the caches
 * go). Astro reads `--config` relative to its root.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { ASTRO_SCRIPT, SITES, type SiteName } from '../../src/integration/site-context.ts';
import { UsageError } from './command.ts';

const CONFIG = join(import.meta.dirname, '../../astro.config.mjs');

/** @returns the arguments that run `astro <command>` with Firebreak's config */
export function astroArgs(command: string, ...rest: string[]): string[] {
	return [ASTRO_SCRIPT, command, '--config', relative(process.cwd(), CONFIG), ...rest];
}

/** @returns the site a verb names, else FIREBREAK_SITE, else `internal`, after checking it */
export function siteOf(positionals: readonly string[]): SiteName {
	if (positionals.length > 1) throw new UsageError(`name one site: ${SITES.join(' or ')}`);
	const site = positionals[0] ?? (process.env.FIREBREAK_SITE || 'internal');
	if (!(SITES as readonly string[]).includes(site))
		throw new UsageError(`the site is ${SITES.join(' or ')}; found ${JSON.stringify(site)}`);
	return site as SiteName;
}

/** Runs `astro <command>` for one site in the foreground. @returns its exit code */
export function runAstro(site: SiteName, command: string, ...rest: string[]): number {
	const env = {
		...process.env,
		FIREBREAK_SITE: site,
		ASTRO_TELEMETRY_DISABLED: '1',
		ASTRO_DEV_BACKGROUND: '0',
	};
	return (
		spawnSync(process.execPath, astroArgs(command, ...rest), { stdio: 'inherit', env }).status ?? 1
	);
}
