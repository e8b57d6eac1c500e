/**
 * `content/handbook.yaml`: the one place where a team states its incident policy. Every other schema, check and page
 * reads the ladder, cadences and thresholds from here (the cState habit: configuration once, everything else content).
 */
import { z } from 'zod';
import { httpUrl, id, isoDate, text } from './primitives.ts';
import { onCallSchema } from './on-call.ts';
import { DEFAULT_RUNBOOK_URL, runbookUrlPatternError } from './runbook-url.ts';

const checkLevel = z.enum(['error', 'warn', 'off']);

const severity = z.strictObject({
	id: id.describe('What incidents write in `severity:`, like sev1.'),
	label: text.describe('How pages name it, like Sev-1.'),
	definition: text.describe(
		'When an incident has this severity, in words a responder can decide by.'
	),
	examples: z.array(text).default([]).describe('Typical incidents of this severity.'),
	ackMinutes: z.int().positive().describe('Minutes within which the page must be acknowledged.'),
	updateCadenceMinutes: z
		.int()
		.positive()
		.describe(
			'Minutes between customer-facing updates while the incident is open (checked by incident-update-cadence).'
		),
	declaredBy: text.describe('Who may declare it, like "anyone" or "the incident commander".'),
	icRequired: z
		.boolean()
		.describe(
			'Whether an incident of this severity names an incident commander who is not also the tech lead (incident-commander).'
		),
	postmortem: z
		.strictObject({
			required: z
				.boolean()
				.describe(
					'Whether a resolved incident of this severity needs a postmortem (postmortem-required; drills are exempt).'
				),
			dueBusinessDays: z
				.int()
				.positive()
				.optional()
				.describe(
					'Business days after resolution by which the postmortem is published (postmortem-late).'
				),
		})
		.describe('The postmortem policy of this severity.'),
});

const component = z.strictObject({
	id: id.describe('What incidents name in `components:` and services in `component:`.'),
	name: text.describe('The name on the public status page.'),
	description: text.optional().describe('Shown under the name on the public status page.'),
	group: text.optional().describe('Components of one group are listed together.'),
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
	{ error: 'a regular expression (JavaScript syntax, as in new RegExp)' }
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
function target(green: number, amber: number, measure: string, higherIsBetter = true) {
	const value = higherIsBetter ? z.number().min(0).max(100) : z.int().nonnegative();
	return z
		.strictObject({
			green: value.describe(
				higherIsBetter ? 'The goal, in percent.' : 'The goal: at most this many days.'
			),
			amber: value.describe(
				higherIsBetter
					? 'The lowest share still tolerated, in percent (at most green).'
					: 'The most days still tolerated (at least green).'
			),
		})
		.refine((t) => (higherIsBetter ? t.amber <= t.green : t.amber >= t.green), {
			error: higherIsBetter
				? 'amber at most green (higher is better)'
				: 'amber at least green (fewer days is better)',
		})
		.prefault({ green, amber })
		.describe(`${measure} Default: green ${green}, amber ${amber}.`);
}

const readinessSchema = z
	.strictObject({
		windowDays: z
			.int()
			.positive()
			.default(365)
			.describe(
				'Postmortems and action items count when they fell due within this many days before today.'
			),
		alertsWithRunbook: target(100, 90, 'Share of alerts in alerts/** that a runbook names.'),
		runbooksReviewed: target(90, 75, 'Share of runbooks reviewed within their review interval.'),
		postmortemsOnTime: target(90, 70, 'Share of required postmortems published by their deadline.'),
		actionItemCompletion: target(
			80,
			60,
			'Share of action items that came due and were done by their due date.'
		),
		daysSinceDrill: target(90, 180, 'Days since the last drill (fewer is better).', false),
	})
	.prefault({})
	.describe("The quarterly process audit's targets, rated green, amber or red on /readiness/.");

const calibrationSchema = z
	.strictObject({
		topSeverityMaxShare: z
			.number()
			.min(0)
			.max(100)
			.default(34)
			.describe(
				'Percent: a quarter with a larger share of its incidents at the top severity is worth a review of the ladder (severity-calibration).'
			),
		minIncidents: z
			.int()
			.positive()
			.default(4)
			.describe(
				'Quarters with fewer incidents than this are not judged: one Sev-1 in two incidents is no trend.'
			),
	})
	.prefault({})
	.describe('When the severity-calibration check asks for a review of the ladder.');

export const handbookSchema = z
	.strictObject({
		org: z
			.strictObject({
				name: text.describe('The organisation, as both sites name it.'),
				timezone: z
					.string()
					.refine(isTimeZone, { error: 'an IANA timezone, like Europe/Berlin' })
					.describe(
						'An IANA timezone, like Europe/Berlin: timestamps without an offset are read in it, and business days and "today" are counted in it.'
					),
				logo: z.string().optional().describe('The logo shown in the header of both sites.'),
			})
			.describe('The organisation the handbook belongs to.'),
		sites: z
			.strictObject({
				internal: httpUrl.describe(
					'Where the internal handbook is served (behind your SSO); alert links point here.'
				),
				public: httpUrl.describe('Where the public status archive is served.'),
			})
			.describe('The addresses of the two sites.'),
		severities: z
			.array(severity)
			.min(2, { error: 'a ladder of at least 2 severities, most severe first' })
			.max(6, { error: 'a ladder of at most 6 severities' })
			.describe(
				'The severity ladder, most severe first, 2 to 6 rungs: its ids are the only valid incident severities.'
			),
		actionItems: z
			.strictObject({
				escalateAfterDays: z
					.int()
					.positive()
					.default(30)
					.describe(
						'An open action item without progress for more days than this is to be escalated (action-item-escalate).'
					),
				minPerPostmortem: z
					.int()
					.nonnegative()
					.default(3)
					.describe(
						'The fewest action items a postmortem past draft has (postmortem-action-items).'
					),
				maxPerPostmortem: z
					.int()
					.positive()
					.default(7)
					.describe('The most action items a postmortem past draft has (postmortem-action-items).'),
			})
			.prefault({})
			.describe('The policy for postmortem action items.'),
		alerts: z
			.strictObject({
				runbookUrl: z
					.string()
					.superRefine((pattern, ctx) => {
						const error = runbookUrlPatternError(pattern);
						if (error) ctx.addIssue({ code: 'custom', message: error });
					})
					.default(DEFAULT_RUNBOOK_URL)
					.describe(
						'The URL scheme of alert links, starting with {internal}/ and holding {alert} or {alert_lower}, like "{internal}/runbooks/{service}/{alert_lower}".'
					),
			})
			.prefault({})
			.describe('How alerts link to their runbooks.'),
		runbooks: z
			.strictObject({
				reviewEveryDays: z
					.int()
					.positive()
					.default(90)
					.describe(
						'A runbook not reviewed for more days than this is stale (runbook-stale); a runbook can set its own reviewEveryDays.'
					),
			})
			.prefault({})
			.describe('The review policy for runbooks.'),
		incidents: z
			.strictObject({
				channel: text
					.default('#inc-{date}-{slug}')
					.describe(
						'The chat channel `firebreak incident declare` names: {date} (YYYYMMDD), {slug} (of the title), {severity} and {service} are filled in.'
					),
			})
			.prefault({})
			.describe('Conventions of `firebreak incident`.'),
		maintenance: z
			.strictObject({
				noticeDays: z
					.int()
					.nonnegative()
					.default(5)
					.describe(
						'Calendar days before a maintenance window by which customers must have been told (its first update; maintenance-notice).'
					),
			})
			.prefault({})
			.describe('The notice policy for scheduled maintenance.'),
		search: z
			.strictObject({
				synonyms: z
					.array(z.array(text).min(2, { error: 'a group of at least two words or phrases' }))
					.default([])
					.describe(
						'Groups of words that name one thing to the team ([disk, volume, pvc]), on top of the built-in ones: a runbook that says one is found by the others.'
					),
			})
			.prefault({})
			.describe('The internal site search.'),
		holidays: z
			.array(isoDate)
			.default([])
			.describe('Days that are not business days (on top of weekends), for postmortem deadlines.'),
		components: z
			.array(component)
			.default([])
			.describe('The public status components: what the status page shows, with uptime bars.'),
		redaction: z
			.strictObject({
				internalDomains: z
					.array(text)
					.default([])
					.describe('Domains of internal hosts: every host and email under them is redacted.'),
				terms: z
					.array(text)
					.default([])
					.describe('Internal names (projects, code names) that are never published.'),
				customers: z.array(text).default([]).describe('Customer names that are never published.'),
				publicDomains: z
					.array(text)
					.optional()
					.describe(
						"Domains whose hosts and emails may be published (support@, docs.); default: the public site's parent domain."
					),
				publicTerms: z
					.array(text)
					.default([])
					.describe(
						'Words and names that are public although internal text uses them too (a product name, a partner).'
					),
				ticketPatterns: z
					.array(regexSource)
					.optional()
					.describe(
						'Regular expressions (JavaScript syntax) of ticket keys to redact; default: tracker keys like ABC-123 (standards such as CVE-2024-1 excepted).'
					),
			})
			.prefault({})
			.describe("What the public site's redaction replaces, besides what it finds by itself."),
		publicReview: z
			.strictObject({
				required: z
					.boolean()
					.default(true)
					.describe('false publishes public postmortems without an approval.'),
			})
			.prefault({})
			.describe(
				"Whether a public postmortem waits for a non-author's approval of its public version (`firebreak public approve`)."
			),
		checks: z
			.record(z.string(), checkLevel)
			.default({})
			.describe(
				'The level of a policy rule, by rule id: error fails the check and the build, warn reports, off silences.'
			),
		readiness: readinessSchema,
		calibration: calibrationSchema,
		staleAfterHours: z
			.strictObject({
				public: z
					.number()
					.positive()
					.default(3)
					.describe(
						'Hours after its build at which the status page and open-incident pages warn that they may be out of date (rebuild more often than this; a scheduled job will do).'
					),
				onCall: z
					.number()
					.positive()
					.default(48)
					.describe(
						'The same for /on-call/: the browser works out handoffs itself; the warning is for rotation edits since the build.'
					),
			})
			.prefault({})
			.describe('When pages whose facts depend on the clock warn their reader.'),
		onCall: onCallSchema
			.optional()
			.describe(
				'Rotations, escalation timing and policies of the on-call page; leave out when paging lives elsewhere.'
			),
	})
	.describe(
		'handbook.yaml: the incident policy (severity ladder, cadences, thresholds), the sites, the public components and what redaction replaces.'
	);

export type HandbookConfig = z.output<typeof handbookSchema>;
export type Severity = HandbookConfig['severities'][number];
export type Component = HandbookConfig['components'][number];
export type CheckLevel = z.output<typeof checkLevel>;
