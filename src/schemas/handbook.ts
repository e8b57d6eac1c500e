/**
 * `content/handbook.yaml`: the one place where a team states its incident policy. Every other schema, check and page
 * reads the ladder, cadences and thresholds from here (the cState habit: configuration once, everything else content).
 */
import { z } from 'zod';
import { httpUrl, id, isoDate, text } from './primitives.ts';
import { onCallSchema } from './on-call.ts';
import { DEFAULT_RUNBOOK_URL, runbookUrlPatternError } from '../model/alerts/runbook-url.ts';

export const checkLevel = z.enum(['error', 'warn', 'off']);

const severity = z.strictObject({
	id,
	label: text,
	definition: text,
	examples: z.array(text).default([]),
	/** Minutes within which the page must be acknowledged. */
	ackMinutes: z.int().positive(),
	/** Minutes between customer-facing updates while the incident is open. */
	updateCadenceMinutes: z.int().positive(),
	declaredBy: text,
	icRequired: z.boolean(),
	postmortem: z.strictObject({
		required: z.boolean(),
		/** Business days after resolution by which the postmortem is published. */
		dueBusinessDays: z.int().positive().optional(),
	}),
});

const component = z.strictObject({
	id,
	name: text,
	description: text.optional(),
	group: text.optional(),
});

const regexSource = text.refine(
	(source) => {
		try {
			new RegExp(source, 'u');
			return true;
		} catch {
			return false;
		}
	},
	{ error: 'a regular expression (JavaScript syntax, as in new RegExp)' },
);

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/**
 * A readiness target: `green` is the goal, `amber` the level still tolerated. For shares (percent) higher is better;
 * for `daysSinceDrill` lower is better.
 */
function target(green: number, amber: number, higherIsBetter = true) {
	const value = higherIsBetter ? z.number().min(0).max(100) : z.int().nonnegative();
	return z
		.strictObject({ green: value, amber: value })
		.refine((t) => (higherIsBetter ? t.amber <= t.green : t.amber >= t.green), {
			error: higherIsBetter ? 'amber at most green (higher is better)' : 'amber at least green (fewer days is better)',
		})
		.prefault({ green, amber });
}

/** The quarterly process audit's targets, shown on /readiness/. */
const readinessSchema = z
	.strictObject({
		/** Postmortems and action items count when they fell due within this many days before today. */
		windowDays: z.int().positive().default(365),
		alertsWithRunbook: target(100, 90),
		runbooksReviewed: target(90, 75),
		postmortemsOnTime: target(90, 70),
		actionItemCompletion: target(80, 60),
		daysSinceDrill: target(90, 180, false),
	})
	.prefault({});

export const handbookSchema = z.strictObject({
	org: z.strictObject({
		name: text,
		timezone: z.string().refine(isTimeZone, { error: 'an IANA timezone, like Europe/Berlin' }),
		logo: z.string().optional(),
	}),
	sites: z.strictObject({ internal: httpUrl, public: httpUrl }),
	severities: z
		.array(severity)
		.min(2, { error: 'a ladder of at least 2 severities, most severe first' })
		.max(6, { error: 'a ladder of at most 6 severities' }),
	actionItems: z
		.strictObject({
			escalateAfterDays: z.int().positive().default(30),
			minPerPostmortem: z.int().nonnegative().default(3),
			maxPerPostmortem: z.int().positive().default(7),
		})
		.prefault({}),
	alerts: z
		.strictObject({
			/** The URL scheme of alert links, like `{internal}/runbooks/{service}/{alert_lower}` (see model/alerts/runbook-url.ts). */
			runbookUrl: z
				.string()
				.superRefine((pattern, ctx) => {
					const error = runbookUrlPatternError(pattern);
					if (error) ctx.addIssue({ code: 'custom', message: error });
				})
				.default(DEFAULT_RUNBOOK_URL),
		})
		.prefault({}),
	runbooks: z.strictObject({ reviewEveryDays: z.int().positive().default(90) }).prefault({}),
	maintenance: z
		.strictObject({
			/** Days before a maintenance window by which customers must have been told (its first update). */
			noticeDays: z.int().nonnegative().default(5),
		})
		.prefault({}),
	search: z
		.strictObject({
			/** Groups of words that name one thing to the team ([disk, volume, pvc]), on top of the built-in ones: a runbook that says one is found by the others. */
			synonyms: z.array(z.array(text).min(2, { error: 'a group of at least two words or phrases' })).default([]),
		})
		.prefault({}),
	/** Days that are not business days (on top of weekends), for postmortem deadlines. */
	holidays: z.array(isoDate).default([]),
	components: z.array(component).default([]),
	redaction: z
		.strictObject({
			internalDomains: z.array(text).default([]),
			terms: z.array(text).default([]),
			customers: z.array(text).default([]),
			/** Domains whose hosts and emails may be published (support@, docs.); default: the public site's parent domain. */
			publicDomains: z.array(text).optional(),
			/** Words and names that are public although internal text uses them too (a product name, a partner). */
			publicTerms: z.array(text).default([]),
			/** Regular expressions of ticket keys to redact; default: tracker keys like ABC-123 (standards such as CVE-2024-1 excepted). */
			ticketPatterns: z.array(regexSource).optional(),
		})
		.prefault({}),
	/** Whether a public postmortem waits for a non-author's approval of its public version (`firebreak public approve`). */
	publicReview: z.strictObject({ required: z.boolean().default(true) }).prefault({}),
	checks: z.record(z.string(), checkLevel).default({}),
	readiness: readinessSchema,
	/** Rotation, escalation timing and policies of the on-call page; optional for teams that page elsewhere. */
	onCall: onCallSchema.optional(),
});

export type HandbookConfig = z.output<typeof handbookSchema>;
export type Severity = HandbookConfig['severities'][number];
export type Component = HandbookConfig['components'][number];
export type CheckLevel = z.output<typeof checkLevel>;
export type ReadinessTargets = HandbookConfig['readiness'];
