/**
 * Text normalization shared by redaction and the leak scan. Text can be split to dodge a matcher: HTML entities
 * (`db&#46;prod`), zero-width characters and soft hyphens inside a word, line wraps inside a name, JSON or percent
 * escapes. Both sides reduce text to the same plain form before they compare anything.
 */
import { decodeHTML } from 'entities';

/** Characters that render as nothing (or almost nothing) and so can hide inside a word. */
const INVISIBLE =
	// eslint-disable-next-line no-misleading-character-class -- it lists combining marks one by one, as escapes, on purpose
	/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uE000-\uE003]/gu;

/**
 * @returns `text` with HTML entities decoded (repeatedly, so `&amp;#46;` becomes `.`), invisible characters removed
 * and Unicode composed (NFC). Whitespace and case are kept: this is the form redaction works on.
 */
export function plainText(text: string): string {
	let current = text;
	for (let i = 0; i < 3; i++) {
		const decoded = decodeHTML(current);
		if (decoded === current) break;
		current = decoded;
	}
	return current.replace(INVISIBLE, '').normalize('NFC');
}

/** Letters that Unicode does not decompose into a base letter and a mark, with how they are written in ASCII. */
const UNDECOMPOSED: Record<string, string> = {
	ı: 'i',
	İ: 'I',
	ł: 'l',
	Ł: 'L',
	ø: 'o',
	Ø: 'O',
	đ: 'd',
	Đ: 'D',
	ð: 'd',
	Ð: 'D',
	ħ: 'h',
	Ħ: 'H',
	þ: 'th',
	Þ: 'Th',
	æ: 'ae',
	Æ: 'Ae',
	œ: 'oe',
	Œ: 'Oe',
	ß: 'ss',
	ŧ: 't',
	Ŧ: 'T',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

/** @returns `text` without diacritics ("Anaïs" → "Anais", "Yılmaz" → "Yilmaz", "Søren" → "Soren"), for matching names written without their accents. */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter]!)
		.normalize('NFC');
}

/** @returns the comparable form of a value: plain, lowercase, whitespace runs collapsed to one space. */
export function comparable(text: string): string {
	return plainText(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** @returns the words of a text (letters and digits), lowercase, for matching runs of words. */
function wordsOf(text: string): string[] {
	return comparable(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * @param length words per run
 * @returns every run of `length` consecutive words of `text`, each as one space-joined string
 */
export function wordRuns(text: string, length: number): string[] {
	const words = wordsOf(text);
	const runs: string[] = [];
	for (let i = 0; i + length <= words.length; i++) runs.push(words.slice(i, i + length).join(' '));
	return runs;
}

/** @returns `text` with JSON/JS `\uXXXX`, `\xXX` and `\/` escapes and URL percent-escapes decoded. */
function decodeEscapes(text: string): string {
	return text
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\\//g, '/')
		.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
			try {
				return decodeURIComponent(run);
			} catch {
				return run;
			}
		});
}

/**
 * The readings of a file's text a scanner checks, each decoded: `values` for literal values, made comparable (the
 * text itself, attributes and scripts included, and, for markup, its text content with tags removed, so that
 * `db.<span>prod</span>.internal` reads as one word); `words` for runs of words (the text content with tags removed,
 * and with tags as spaces, so that the words of neighbouring paragraphs stay apart); `cased` for patterns that care
 * about case, such as secrets (the text and its text content, plain but not lowercased).
 */
export function scanReadings(raw: string): { values: string[]; words: string[]; cased: string[] } {
	const unescaped = decodeEscapes(raw);
	const whole = comparable(unescaped);
	if (!/<[a-zA-Z!/]/.test(unescaped))
		return { values: [whole], words: [whole], cased: [plainText(unescaped)] };
	// Comments are not text content, but they are published: keep their text in the untagged readings too.
	const withoutComments = unescaped.replace(/<!--([\s\S]*?)-->/g, ' $1 ');
	const untagged = plainText(withoutComments.replace(/<[^>]*>/g, ''));
	const untaggedComparable = comparable(untagged);
	return {
		values: [whole, untaggedComparable],
		words: [untaggedComparable, comparable(withoutComments.replace(/<[^>]*>/g, ' '))],
		cased: [plainText(unescaped), untagged],
	};
}
