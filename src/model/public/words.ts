/**
 * Ordinary words: what never counts as internal vocabulary on its own. English words (a 275,000-word list with
 * inflections), software terms (cspell's software-terms dictionary: Kafka, Redis, webhook), month and weekday names
 * (a person called April must not turn "21 April" into "an engineer"), cloud region words and status vocabulary.
 * A person's given name or a host label that is one of these is redacted or scanned for only as part of a longer value.
 * File I/O: reads the word lists of installed packages (english words, cspell's software terms) once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

const CALENDAR =
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
	'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday';
const STATUS =
	'investigating identified monitoring resolved postmortem operational degraded performance partial major outage maintenance scheduled ' +
	'incident incidents update updates api apis sev status customers customer';
const REGIONS =
	'us eu ap sa ca me af il mx cn north south east west central northeast southeast northwest southwest europe asia australia gov';

let words: Set<string> | undefined;

function loadWords(): Set<string> {
	const set = new Set<string>(require('an-array-of-english-words/index.json') as string[]);
	const terms = join(
		dirname(require.resolve('@cspell/dict-software-terms/cspell-ext.json')),
		'dict'
	);
	for (const file of readdirSync(terms)) {
		if (!/\.txt(\.gz)?$/.test(file)) continue;
		const bytes = readFileSync(join(terms, file));
		for (const line of (file.endsWith('.gz') ? gunzipSync(bytes) : bytes)
			.toString('utf8')
			.split('\n')) {
			if (/^[A-Za-z][A-Za-z0-9]*$/.test(line.trim())) set.add(line.trim().toLowerCase());
		}
	}
	for (const word of `${CALENDAR} ${STATUS} ${REGIONS}`.split(' ')) set.add(word);
	return set;
}

/**
 * @param word one word, lowercase, without diacritics
 * @returns whether it is an ordinary word (see the module comment), a number, or too short to be distinctive alone
 */
export function isOrdinaryWord(word: string): boolean {
	if (word.length < 3 || /^\d+$/.test(word)) return true;
	words ??= loadWords();
	return words.has(word) || (word.endsWith('s') && words.has(word.slice(0, -1)));
}

/** @returns whether `word` (lowercase) names a month or a weekday: never a person, whatever people.yaml says. */
export function isCalendarWord(word: string): boolean {
	return CALENDAR.split(' ').includes(word);
}
