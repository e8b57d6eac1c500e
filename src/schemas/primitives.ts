/**
 * Shared building blocks of every content schema: ids, calendar dates and timestamps.
 *
 * Frontmatter reaches these schemas from two YAML parsers: our loader reads YAML 1.2's core schema (dates stay strings) and Astro's
 * glob loader uses js-yaml (unquoted dates become `Date`s at UTC midnight). Both shapes are accepted and normalised
 * here, so the two readers agree on every value.
 *
 * What a transform checks has no JSON Schema of its own, so each primitive states it in its metadata (`pattern`,
 * `format`), which zod copies into the JSON Schemas that editors validate with (`model/json-schemas.ts`).
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** Ids name files, people and teams: lowercase words joined by `-`, `_` or `.`, like `payments-api`. */
export const id = z
	.string({ error: 'an id (lowercase letters, digits, "-", "_" or ".")' })
	.regex(/^[a-z0-9][a-z0-9._-]*$/, {
		error: 'an id (lowercase letters, digits, "-", "_" or "."), like "payments-api"',
	})
	.describe('An id: lowercase letters, digits, "-", "_" or ".", like payments-api.');

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD`; the output is always that string. */
export const isoDate = z
	.union([z.string(), z.date()], { error: 'a date YYYY-MM-DD' })
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) return invalid(ctx, 'a date YYYY-MM-DD');
			return value.toISOString().slice(0, 10);
		}
		if (!DATE_RE.test(value) || !isCalendarDate(value)) {
			return invalid(ctx, 'a real calendar date YYYY-MM-DD, like 2026-03-04');
		}
		return value;
	})
	.meta({
		description: 'A date YYYY-MM-DD, like 2026-03-04.',
		pattern: DATE_RE.source,
		format: 'date',
	});

const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A moment in time. Written as `2026-03-04T10:15:00+01:00`, `...Z`, or without an offset, in which case it is read
 * in the handbook's timezone (`org.timezone`), the way responders write times in an incident channel.
 * @param zone IANA timezone for timestamps without an offset.
 */
export function timestamp(zone: string) {
	return z
		.union([z.string(), z.date()], { error: 'a timestamp like 2026-03-04T10:15:00+01:00' })
		.transform((value, ctx) => {
			if (value instanceof Date) {
				if (Number.isNaN(value.getTime()))
					return invalid(ctx, 'a timestamp like 2026-03-04T10:15:00+01:00');
				return value;
			}
			const text = value.trim();
			if (!TIMESTAMP_RE.test(text)) {
				return invalid(
					ctx,
					`a timestamp like 2026-03-04T10:15:00+01:00 (or without offset, read in ${zone})`
				);
			}
			if (!isCalendarDate(text.slice(0, 10)))
				return invalid(ctx, 'a real date and time, like 2026-03-04T10:15:00+01:00');
			const iso = text.replace(' ', 'T');
			// With an offset the instant is fixed and the native parser suffices (luxon costs ~10x more at 10,000 files).
			const parsed = /(Z|[+-]\d{2}:?\d{2})$/.test(iso)
				? new Date(iso)
				: DateTime.fromISO(iso, { zone }).toJSDate();
			if (Number.isNaN(parsed.getTime()))
				return invalid(ctx, 'a real date and time, like 2026-03-04T10:15:00+01:00');
			return parsed;
		})
		.meta({
			description: `A timestamp like 2026-03-04T10:15:00+01:00, or without an offset (2026-03-04 10:15), read in ${zone}.`,
			pattern: `^\\s*(?:${TIMESTAMP_RE.source.slice(1, -1)})\\s*$`,
		});
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** @returns whether `YYYY-MM-DD` names a day that exists (no 30 February). */
function isCalendarDate(date: string): boolean {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	const day = Number(date.slice(8, 10));
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return (
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)
	);
}

/** A URL with an http(s) scheme: dashboards, logs, tickets. `javascript:` and friends are refused. */
export const httpUrl = z
	.url({ protocol: /^https?$/, error: 'an http(s) URL' })
	.meta({ description: 'An http(s) URL.', pattern: '^\\s*[Hh][Tt][Tt][Pp][Ss]?:' });

/** Non-empty text after trimming. */
export const text = z
	.string({ error: 'text' })
	.trim()
	.min(1, { error: 'non-empty text' })
	.meta({ pattern: '\\S' });

function invalid(ctx: z.core.$RefinementCtx, expected: string): never {
	ctx.addIssue({ code: 'custom', message: expected, input: ctx.value });
	return z.NEVER;
}
