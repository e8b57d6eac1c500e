/**
 * Puts a site's Open Graph cards into its build output. They are not Astro endpoints: Astro's per-route work for
 * them made a rebuild with every card cached measurably slower. Cards missing from the cache render in a
 * worker process at the lowest CPU priority, started as soon as a build has its config, so they take what Astro
 * leaves of the cores without slowing the build itself; at the end every card is hard-linked from the cache into the
 * output. The Firebreak integration calls these steps itself, because where the wait for the cards goes in its
 * `astro:build:done` differs by site (see integration/index.ts).
 */
import { fork } from 'node:child_process';
import { linkSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { urls } from '../model/urls.ts';
import type { CardInput } from './card.ts';
import type { SiteCard } from './internal-cards.ts';
import { cardKey, DEFAULT_CARD_CACHE, type CardStats } from './render.ts';

export interface SiteCards {
	/** Plans the cards and starts rendering the missing ones; later calls do nothing. */
	start(root: string): void;
	/** @returns the output paths of the cards (relative, with `/`), which {@link place} will write */
	files(): Set<string>;
	/**
	 * Waits for the card process and writes every card into `outDir`; logs `N cards: R rendered in T ms, C from cache;
	 * the build spent M ms on them`, where T is the card process's rendering time and M the time the build itself
	 * spent on cards (tests and the benchmark read this line).
	 */
	place(outDir: string, log: (message: string) => void): Promise<void>;
}

/** The card process's script. */
export const CARD_WORKER = fileURLToPath(new URL('./card-worker.ts', import.meta.url));

/** @param cards the site's cards, read once when rendering starts */
export function siteCards(cards: () => SiteCard[], cacheDir = DEFAULT_CARD_CACHE): SiteCards {
	let planned: { card: SiteCard; file: string }[] | undefined;
	let rendering: Promise<CardStats> | undefined;
	// Time these steps hold up the build: hashing and looking up cards at the start, waiting and linking at the end.
	let mainThreadMs = 0;
	return {
		start(root) {
			if (planned) return;
			const started = performance.now();
			const cache = resolve(root, cacheDir);
			planned = cards().map((card) => ({ card, file: join(cache, `${cardKey(card.input)}.png`) }));
			const missing = new Map<string, CardInput>();
			for (const { card, file } of planned) if (!existsSync(file)) missing.set(file, card.input);
			if (missing.size > 0) rendering = renderInWorker([...missing.values()], cache, CARD_WORKER);
			mainThreadMs = performance.now() - started;
		},
		files() {
			return new Set((planned ?? []).map(({ card }) => urls.card(card.kind, card.id).slice(1)));
		},
		async place(outDir, log) {
			const started = performance.now();
			const { rendered, renderMs } = (await rendering) ?? { rendered: 0, renderMs: 0 };
			for (const { card, file } of planned ?? [])
				placeCard(file, join(outDir, urls.card(card.kind, card.id)));
			if (!planned?.length) return;
			mainThreadMs += performance.now() - started;
			const time = rendered > 0 ? ` in ${Math.round(renderMs)} ms` : '';
			log(
				`${planned.length} cards: ${rendered} rendered${time}, ${planned.length - rendered} from cache; the build spent ${Math.round(mainThreadMs)} ms on them`
			);
		},
	};
}

/** Renders cards into the card cache in a low-priority process of its own. */
export function renderInWorker(
	inputs: CardInput[],
	cacheDir: string,
	workerFile: string
): Promise<CardStats> {
	const rendering = new Promise<CardStats>((finished, reject) => {
		// A 1 MiB young generation: each card's garbage dies young, so the process peaks lower for the same CPU time.
		const worker = fork(workerFile, [], {
			execArgv: ['--max-semi-space-size=1'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		worker.once('message', (stats) => finished(stats as CardStats));
		worker.once('error', reject);
		worker.once('exit', (code) =>
			reject(new Error(`the card worker stopped (exit code ${code}) before it finished`))
		);
		worker.send({ inputs, cacheDir });
	});
	// Awaited in place(); until then a failure must not surface as an unhandled rejection.
	rendering.catch(() => {});
	return rendering;
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
