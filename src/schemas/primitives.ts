/**
 * Shared building blocks of every content schema: ids, calendar dates and timestamps.
 *
 * Frontmatter reaches these schemas from two YAML parsers: our loader uses `yaml` (dates stay strings) and Astro's
 * glob loader uses js-yaml (unquoted dates become `Date`s at UTC midnight). Both shapes are accepted and normalised
 * here, so the two readers agree on every value.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** Ids name files, people and teams: lowercase words joined by `-`, `_` or `.`, like `payments-api`. */
export const id = z
	.string({ error: 'an id (lowercase letters, digits, "-", "_" or ".")' })
	.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'an id (lowercase letters, digits, "-", "_" or "."), like "payments-api"' });

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD`; the output is always that string. */
export const isoDate = z
	.union([z.string(), z.date()], { error: 'a date YYYY-MM-DD' })
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) return invalid(ctx, 'a date YYYY-MM-DD');
			return value.toISOString().slice(0, 10);
		}
		if (!DATE_RE.test(value) || !DateTime.fromISO(value, { zone: 'UTC' }).isValid) {
			return invalid(ctx, 'a real calendar date YYYY-MM-DD, like 2026-03-04');
		}
		return value;
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
				if (Number.isNaN(value.getTime())) return invalid(ctx, 'a timestamp like 2026-03-04T10:15:00+01:00');
				return value;
			}
			const text = value.trim();
			if (!TIMESTAMP_RE.test(text)) {
				return invalid(ctx, `a timestamp like 2026-03-04T10:15:00+01:00 (or without offset, read in ${zone})`);
			}
			const parsed = DateTime.fromISO(text.replace(' ', 'T'), { zone, setZone: false });
			if (!parsed.isValid) return invalid(ctx, 'a real date and time, like 2026-03-04T10:15:00+01:00');
			return parsed.toJSDate();
		});
}

/** A URL with an http(s) scheme: dashboards, logs, tickets. `javascript:` and friends are refused. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

/** Non-empty text after trimming. */
export const text = z.string({ error: 'text' }).trim().min(1, { error: 'non-empty text' });

function invalid(ctx: z.core.$RefinementCtx, expected: string): never {
	ctx.addIssue({ code: 'custom', message: expected, input: ctx.value });
	return z.NEVER;
}
