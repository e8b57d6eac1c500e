/**
 * Puts a site's Open Graph cards into its build output. They are not Astro endpoints: at 5,000 entries Astro's
 * per-route work for them made a rebuild with every card cached 9% slower. Cards missing from the cache render in a
 * worker process at the lowest CPU priority, started as soon as a build has its config, so they take what Astro
 * leaves of the cores without slowing the build itself; at the end every card is hard-linked from the cache into the
 * output.
 */
import { fork } from 'node:child_process';
import { linkSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { urls } from '../model/urls.ts';
import type { CardInput } from './card.ts';
import type { SiteCard } from './internal-cards.ts';
import { cardKey, DEFAULT_CARD_CACHE, type CardStats } from './render.ts';

/**
 * @param cards the site's cards, read once when the card process starts
 * @returns an integration that logs `N cards: R rendered in T ms, C from cache; the build spent M ms on them`, where T
 * is the card process's rendering time and M the time the build itself spent on cards (tests and the benchmark read
 * this line)
 */
export function siteCards(cards: () => SiteCard[], cacheDir = DEFAULT_CARD_CACHE): AstroIntegration {
	let planned: { card: SiteCard; file: string }[] | undefined;
	let rendering: Promise<CardStats> = Promise.resolve({ rendered: 0, cached: 0, renderMs: 0 });
	let root = process.cwd();
	let building = false;
	// Time these hooks hold up the build: hashing and looking up cards at the start, waiting and linking at the end.
	let mainThreadMs = 0;
	const start = () => {
		if (planned) return;
		const started = performance.now();
		const cache = resolve(root, cacheDir);
		planned = cards().map((card) => ({ card, file: join(cache, `${cardKey(card.input)}.png`) }));
		const missing = new Map<string, CardInput>();
		for (const { card, file } of planned) if (!existsSync(file)) missing.set(file, card.input);
		rendering = renderInWorker([...missing.values()], cache, join(root, 'src/og/card-worker.ts'));
		// Awaited in astro:build:done; until then a failure must not surface as an unhandled rejection.
		rendering.catch(() => {});
		mainThreadMs = performance.now() - started;
	};
	return {
		name: 'firebreak:og',
		hooks: {
			'astro:config:setup': ({ command }) => {
				building = command === 'build';
			},
			// A build starts the card process as soon as the content is known, before Astro syncs content: that phase
			// leaves a core idle too.
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				if (building) start();
			},
			'astro:build:start': start,
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { rendered, renderMs } = await rendering;
				const out = fileURLToPath(dir);
				for (const { card, file } of planned ?? []) placeCard(file, join(out, urls.card(card.kind, card.id)));
				if (!planned?.length) return;
				mainThreadMs += performance.now() - started;
				const time = rendered > 0 ? ` in ${Math.round(renderMs)} ms` : '';
				logger.info(`${planned.length} cards: ${rendered} rendered${time}, ${planned.length - rendered} from cache; the build spent ${Math.round(mainThreadMs)} ms on them`);
			},
		},
	};
}

function renderInWorker(inputs: CardInput[], cacheDir: string, workerFile: string): Promise<CardStats> {
	if (inputs.length === 0) return Promise.resolve({ rendered: 0, cached: 0, renderMs: 0 });
	return new Promise((finished, reject) => {
		const worker = fork(workerFile, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		worker.once('message', (stats) => finished(stats as CardStats));
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the card worker stopped (exit code ${code}) before it finished`)));
		worker.send({ inputs, cacheDir });
	});
}

/** A cached card never changes (its name is the hash of what it shows), so the output can share its file. */
function placeCard(cached: string, target: string): void {
	mkdirSync(dirname(target), { recursive: true });
	try {
		linkSync(cached, target);
	} catch {
		copyFileSync(cached, target); // another file system, or one without hard links
	}
}
