/** The file of one public feed, in the format its extension names (`model/public/feed*.ts` say what it holds). */
import { publicArchive } from '../../integration/public-archive.ts';
import { FEED_FORMATS, FEED_MEDIA_TYPE, feedItems, publicFeed } from '../../model/public/feed.ts';
import { feedDocument } from '../../model/public/feed-formats.ts';
import { FEED_EXTENSION } from '../../model/public/urls.ts';

/** @returns one path per format: `{ format: 'xml' | 'atom' | 'json' }` (the extension) */
export function formatPaths() {
	return FEED_FORMATS.map((format) => ({ format: FEED_EXTENSION[format] }));
}

/** @returns the feed of every incident, or of the component with id `componentId`, as a Response */
export function feedResponse(extension: string | undefined, componentId?: string): Response {
	const format = FEED_FORMATS.find((f) => FEED_EXTENSION[f] === extension)!;
	const archive = publicArchive();
	const component = componentId === undefined ? undefined : archive.components.find((c) => c.id === componentId)!;
	const feed = publicFeed(archive, feedItems(archive), component);
	return new Response(feedDocument(feed, format, archive.timeZone), { headers: { 'content-type': `${FEED_MEDIA_TYPE[format]}; charset=utf-8` } });
}
