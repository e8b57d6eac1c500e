/** Reads a PNG's size from its header, so tests check cards without an image library. */

/** @returns width and height of a PNG (from the IHDR chunk); throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
	if (
		bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' ||
		bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
	) {
		throw new Error('not a PNG');
	}
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
