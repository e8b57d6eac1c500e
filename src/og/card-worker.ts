/**
 * Renders the cards missing from the cache in a process of its own (see site-cards.ts), at the lowest CPU priority,
 * and reports its figures. Started by `fork()`: the inputs arrive as the first IPC message.
 */
import { setPriority } from 'node:os';
import sharp from 'sharp';
import type { CardInput } from './card.ts';
import { cardPng, cardStats } from './render.ts';

// Before any thread of libuv or libvips exists, so they inherit it: the build's own threads come first, cards take
// what is left of the two cores.
setPriority(19);
// One libvips thread per card: the two lanes below are the parallelism (a card split over two threads costs 3% more
// CPU).
sharp.concurrency(1);
// Every card is a different picture: libvips' operation cache never hits, and skipping it saved 4% of CPU.
sharp.cache(false);

process.once('message', async (message) => {
	const { inputs, cacheDir } = message as { inputs: CardInput[]; cacheDir: string };
	// Two at a time: while sharp encodes one PNG on libuv's threads, satori lays out the next. (One lane while the
	// build runs and a second once it waits for the cards used 10% less CPU per card, but left 1,400 instead of 700
	// of 5,000 cards for the wait, and the build ended 5 s later.)
	let next = 0;
	const lane = async () => {
		while (next < inputs.length) await cardPng(inputs[next++]!, cacheDir);
	};
	await Promise.all([lane(), lane()]);
	process.send!(cardStats(), () => process.disconnect());
});
