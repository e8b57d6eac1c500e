/** Renders the cards missing from the cache, on a thread of its own (see site-cards.ts), and reports its figures. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardInput } from './card.ts';
import { cardPng, cardStats } from './render.ts';

const { inputs, cacheDir } = workerData as { inputs: CardInput[]; cacheDir: string };
// Two at a time: while sharp encodes one PNG on libuv's threads, satori lays out the next.
let next = 0;
const lane = async () => {
	while (next < inputs.length) await cardPng(inputs[next++]!, cacheDir);
};
await Promise.all([lane(), lane()]);
parentPort!.postMessage(cardStats());
