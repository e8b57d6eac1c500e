/**
 * JSON Schemas of Statuspage's public API v2, written from its documentation (https://developer.statuspage.io/,
 * "Status API": /api/v2/status.json, summary.json, components.json, incidents.json, incidents/unresolved.json,
 * scheduled-maintenances.json, scheduled-maintenances/upcoming.json and /active.json) and the responses of public
 * Statuspage pages (tests/fixtures/statuspage-maintenance/). Consumers of those endpoints read exactly these fields and
 * enums.
 */
const dateTime = { type: 'string', format: 'date-time' };
const nullableDateTime = { anyOf: [dateTime, { type: 'null' }] };
const componentStatus = {
	enum: [
		'operational',
		'degraded_performance',
		'partial_outage',
		'major_outage',
		'under_maintenance',
	],
};

const page = {
	type: 'object',
	required: ['id', 'name', 'url', 'time_zone', 'updated_at'],
	properties: {
		id: { type: 'string', minLength: 1 },
		name: { type: 'string' },
		url: { type: 'string', format: 'uri' },
		time_zone: { type: 'string' },
		updated_at: dateTime,
	},
};

const status = {
	type: 'object',
	required: ['indicator', 'description'],
	properties: {
		indicator: { enum: ['none', 'minor', 'major', 'critical', 'maintenance'] },
		description: { type: 'string', minLength: 1 },
	},
};

const component = {
	type: 'object',
	required: [
		'id',
		'name',
		'status',
		'created_at',
		'updated_at',
		'position',
		'description',
		'showcase',
		'start_date',
		'group_id',
		'page_id',
		'group',
		'only_show_if_degraded',
	],
	properties: {
		id: { type: 'string', minLength: 1 },
		name: { type: 'string', minLength: 1 },
		status: componentStatus,
		created_at: dateTime,
		updated_at: dateTime,
		position: { type: 'integer', minimum: 1 },
		description: { type: ['string', 'null'] },
		showcase: { type: 'boolean' },
		start_date: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
		group_id: { type: ['string', 'null'] },
		page_id: { type: 'string' },
		group: { type: 'boolean' },
		only_show_if_degraded: { type: 'boolean' },
		components: { type: 'array', items: { type: 'string' } },
	},
};

const incidentUpdate = (statuses: readonly string[]) => ({
	type: 'object',
	required: [
		'id',
		'status',
		'body',
		'incident_id',
		'created_at',
		'updated_at',
		'display_at',
		'affected_components',
		'deliver_notifications',
		'custom_tweet',
		'tweet_id',
	],
	properties: {
		id: { type: 'string', minLength: 1 },
		status: { enum: statuses },
		body: { type: 'string' },
		incident_id: { type: 'string' },
		created_at: dateTime,
		updated_at: dateTime,
		display_at: dateTime,
		affected_components: {
			type: 'array',
			items: {
				type: 'object',
				required: ['code', 'name', 'old_status', 'new_status'],
				properties: {
					code: { type: 'string' },
					name: { type: 'string' },
					old_status: componentStatus,
					new_status: componentStatus,
				},
			},
		},
		deliver_notifications: { type: 'boolean' },
		custom_tweet: { type: ['string', 'null'] },
		tweet_id: { type: ['string', 'null'] },
	},
});

const incident = {
	type: 'object',
	required: [
		'id',
		'name',
		'status',
		'created_at',
		'updated_at',
		'monitoring_at',
		'resolved_at',
		'impact',
		'shortlink',
		'started_at',
		'page_id',
		'incident_updates',
		'components',
	],
	properties: {
		id: { type: 'string', minLength: 1 },
		name: { type: 'string', minLength: 1 },
		status: { enum: ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'] },
		created_at: dateTime,
		updated_at: dateTime,
		monitoring_at: nullableDateTime,
		resolved_at: nullableDateTime,
		impact: { enum: ['none', 'minor', 'major', 'critical'] },
		shortlink: { type: 'string', format: 'uri' },
		started_at: dateTime,
		page_id: { type: 'string' },
		incident_updates: {
			type: 'array',
			items: incidentUpdate([
				'investigating',
				'identified',
				'monitoring',
				'resolved',
				'postmortem',
			]),
		},
		components: { type: 'array', items: component },
	},
};

const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'];

const maintenance = {
	...incident,
	required: [...incident.required, 'scheduled_for', 'scheduled_until'],
	properties: {
		...incident.properties,
		status: { enum: MAINTENANCE_STATUSES },
		impact: { const: 'maintenance' },
		incident_updates: { type: 'array', items: incidentUpdate(MAINTENANCE_STATUSES) },
		scheduled_for: dateTime,
		scheduled_until: dateTime,
	},
};

const withPage = (key: string, schema: object) => ({
	type: 'object',
	required: ['page', key],
	properties: { page, [key]: schema },
});

export const STATUSPAGE_SCHEMAS = {
	'status.json': withPage('status', status),
	'components.json': withPage('components', { type: 'array', items: component }),
	'incidents.json': withPage('incidents', { type: 'array', items: incident }),
	'incidents/unresolved.json': withPage('incidents', { type: 'array', items: incident }),
	'summary.json': {
		type: 'object',
		required: ['page', 'components', 'incidents', 'scheduled_maintenances', 'status'],
		properties: {
			page,
			components: { type: 'array', items: component },
			incidents: { type: 'array', items: incident },
			scheduled_maintenances: { type: 'array', items: maintenance },
			status,
		},
	},
	'scheduled-maintenances.json': withPage('scheduled_maintenances', {
		type: 'array',
		items: maintenance,
	}),
	'scheduled-maintenances/upcoming.json': withPage('scheduled_maintenances', {
		type: 'array',
		items: {
			...maintenance,
			properties: { ...maintenance.properties, status: { const: 'scheduled' } },
		},
	}),
	'scheduled-maintenances/active.json': withPage('scheduled_maintenances', {
		type: 'array',
		items: {
			...maintenance,
			properties: { ...maintenance.properties, status: { enum: ['in_progress', 'verifying'] } },
		},
	}),
} as const;
