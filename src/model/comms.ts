/**
 * Filling comms templates. Pure and dependency-free: the /comms/ page's browser script imports this module too, so
 * the page and the tests fill templates with the very same code.
 */

/**
 * @param template text with `{name}` placeholders
 * @param values what to put in; empty or missing values leave their placeholder visible, so a half-filled message
 * shows what is still missing
 * @returns the filled text
 */
export function fillTemplate(
	template: string,
	values: Readonly<Record<string, string | undefined>>
): string {
	return template.replace(/\{([A-Za-z]+)\}/g, (placeholder, name: string) => {
		const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
		return value ? value : placeholder;
	});
}

/**
 * @param postedAt the time the update is posted, `HH:MM` (24 h)
 * @param cadenceMinutes the severity's `updateCadenceMinutes`
 * @returns when the next update is due, `HH:MM`, with "(+1 day)" when it falls on a later day; undefined when
 * `postedAt` is not a time
 */
export function nextUpdateTime(postedAt: string, cadenceMinutes: number): string | undefined {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(postedAt);
	if (!match) return undefined;
	const total = Number(match[1]) * 60 + Number(match[2]) + cadenceMinutes;
	const days = Math.floor(total / 1440);
	const minutes = total % 1440;
	const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	return days === 0 ? time : `${time} (+${days} day${days === 1 ? '' : 's'})`;
}

/** @returns a number of minutes in words: "30 minutes", "4 hours", "24 hours". */
export function minutesInWords(minutes: number): string {
	if (minutes % 60 !== 0) return `${minutes} minutes`;
	const hours = minutes / 60;
	return `${hours} hour${hours === 1 ? '' : 's'}`;
}
