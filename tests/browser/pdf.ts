/** Counts the pages of a PDF as Chromium writes it (uncompressed object dictionaries), without a PDF library. */

/** @returns the number of page objects (`/Type /Page`, not `/Pages`) in the PDF's bytes. */
export function countPdfPages(pdf: Buffer): number {
	const text = pdf.toString('latin1');
	if (!text.startsWith('%PDF-')) throw new Error('not a PDF');
	return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
