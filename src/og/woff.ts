/**
 * WOFF 1.0 → plain sfnt (TTF/OTF), for HarfBuzz, which reads only the latter. WOFF is the sfnt's tables, each
 * zlib-compressed when that made it smaller, behind a header of its own (https://www.w3.org/TR/WOFF/).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** @returns the sfnt font inside `woff`; throws on anything that is not WOFF 1.0 */
export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE)
		throw new Error('not a WOFF 1.0 font');
	const flavor = woff.readUInt32BE(4);
	const count = woff.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const entry = WOFF_HEADER + i * WOFF_ENTRY;
		const offset = woff.readUInt32BE(entry + 4);
		const stored = woff.readUInt32BE(entry + 8);
		const length = woff.readUInt32BE(entry + 12);
		const raw = woff.subarray(offset, offset + stored);
		return {
			tag: woff.readUInt32BE(entry),
			checksum: woff.readUInt32BE(entry + 16),
			data: stored < length ? inflateSync(raw) : raw,
		};
	});
	// The sfnt table directory's binary-search fields (OpenType spec, "Table Directory").
	const selector = Math.floor(Math.log2(count));
	const searchRange = 2 ** selector * SFNT_ENTRY;
	const header = Buffer.alloc(SFNT_HEADER + count * SFNT_ENTRY);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(count, 4);
	header.writeUInt16BE(searchRange, 6);
	header.writeUInt16BE(selector, 8);
	header.writeUInt16BE(count * SFNT_ENTRY - searchRange, 10);
	let offset = header.length;
	const bodies = tables.map((table, i) => {
		const entry = SFNT_HEADER + i * SFNT_ENTRY;
		header.writeUInt32BE(table.tag, entry);
		header.writeUInt32BE(table.checksum, entry + 4);
		header.writeUInt32BE(offset, entry + 8);
		header.writeUInt32BE(table.data.length, entry + 12);
		const padded = Buffer.alloc((table.data.length + 3) & ~3); // tables start on 4-byte boundaries
		table.data.copy(padded);
		offset += padded.length;
		return padded;
	});
	return Buffer.concat([header, ...bodies]);
}
