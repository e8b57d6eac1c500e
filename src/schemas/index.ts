/** Every content schema, built for one handbook (the ladder and timezone shape the incident schema). */
import type { HandbookConfig } from './handbook.ts';
import { incidentSchema } from './incident.ts';
import { maintenanceSchema } from './maintenance.ts';
import { postmortemSchema } from './postmortem.ts';
import { runbookSchema } from './runbook.ts';
import { serviceSchema } from './service.ts';
import { guideSchema } from './guide.ts';
import { peopleSchema } from './people.ts';

/** What of handbook.yaml shapes the content schemas: the ladder's ids and the timezone. */
export type SchemaSettings = {
	severities: readonly Pick<HandbookConfig['severities'][number], 'id'>[];
	org: Pick<HandbookConfig['org'], 'timezone'>;
};

/** @returns the schemas of every content kind, for the loader and for Astro's collections alike. */
export function contentSchemas(config: SchemaSettings) {
	const ids = config.severities.map((s) => s.id) as [string, ...string[]];
	return {
		people: peopleSchema,
		service: serviceSchema,
		runbook: runbookSchema,
		incident: incidentSchema(ids, config.org.timezone),
		maintenance: maintenanceSchema(config.org.timezone),
		postmortem: postmortemSchema,
		guide: guideSchema,
	};
}
