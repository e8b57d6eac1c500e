/** The file of one public feed, in the format its extension names (`model/public/feed*.ts` say what it holds). */
import { publicArchive } from '../../integration/public-archive.ts';
import { FEED_FORMATS, FEED_MEDIA_TYPE, feedItems, publicFeed } from '../../model/public/feed.ts';
import { feedDocument } from '../../model/public/feed-formats.ts';
import type { PublicArchive, PublicFeedItem } from '../../model/public/types.ts';
import { FEED_EXTENSION } from '../../model/public/urls.ts';

// Every feed file (three formats, for the site and each component) starts from the same items: made once per build,
// not once per file.
const itemsMemo = new WeakMap<PublicArchive, PublicFeedItem[]>();
function items(archive: PublicArchive): PublicFeedItem[] {
	let made = itemsMemo.get(archive);
	if (!made) itemsMemo.set(archive, (made = feedItems(archive)));
	return made;
}

/** @returns one path per format: `{ format: 'xml' | 'atom' | 'json' }` (the extension) */
export function formatPaths() {
	return FEED_FORMATS.map((format) => ({ format: FEED_EXTENSION[format] }));
}

/** @returns the feed of every incident, or of the component with id `componentId`, as a Response */
export function feedResponse(extension: string | undefined, componentId?: string): Response {
	const format = FEED_FORMATS.find((f) => FEED_EXTENSION[f] === extension)!;
	const archive = publicArchive();
	const component =
		componentId === undefined ? undefined : archive.components.find((c) => c.id === componentId)!;
	const feed = publicFeed(archive, items(archive), component);
	return new Response(feedDocument(feed, format, archive.timeZone), {
		headers: { 'content-type': `${FEED_MEDIA_TYPE[format]}; charset=utf-8` },
	});
}
