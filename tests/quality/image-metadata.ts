/**
 * Metadata carried inside image files: EXIF (camera, GPS position, author), XMP, IPTC, comments and PNG text chunks.
 * Read straight from the container formats (JPEG segments, PNG chunks, WebP RIFF chunks), so nothing is assumed about
 * how the image was made.
 */

/** @returns the kinds of metadata found in an image (`JPEG EXIF`, `PNG tEXt` ...); empty when it carries none. */
export function imageMetadata(bytes: Buffer): string[] {
	if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
		return pngMetadata(bytes);
	if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegMetadata(bytes);
	if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
		return webpMetadata(bytes);
	return [];
}

const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);

function pngMetadata(bytes: Buffer): string[] {
	const found: string[] = [];
	for (let at = 8; at + 8 <= bytes.length;) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('latin1', at + 4, at + 8);
		if (PNG_METADATA.has(type)) found.push(`PNG ${type}`);
		at += 12 + length;
	}
	return found;
}

function jpegMetadata(bytes: Buffer): string[] {
	const found: string[] = [];
	for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff;) {
		const marker = bytes[at + 1]!;
		// Start of scan: entropy-coded image data follows, no more metadata segments.
		if (marker === 0xda) break;
		const length = bytes.readUInt16BE(at + 2);
		const body = bytes.toString('latin1', at + 4, at + 4 + Math.min(length - 2, 40));
		if (marker === 0xe1 && body.startsWith('Exif')) found.push('JPEG EXIF');
		if (marker === 0xe1 && body.startsWith('http://ns.adobe.com/xap/')) found.push('JPEG XMP');
		if (marker === 0xed) found.push('JPEG IPTC');
		if (marker === 0xfe) found.push('JPEG comment');
		at += 2 + length;
	}
	return found;
}

function webpMetadata(bytes: Buffer): string[] {
	const found: string[] = [];
	for (let at = 12; at + 8 <= bytes.length;) {
		const type = bytes.toString('latin1', at, at + 4);
		if (type === 'EXIF' || type === 'XMP ') found.push(`WebP ${type.trim()}`);
		at += 8 + bytes.readUInt32LE(at + 4) + (bytes.readUInt32LE(at + 4) % 2);
	}
	return found;
}
