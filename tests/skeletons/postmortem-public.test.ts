/**
 * What `firebreak new postmortem --from` writes stays internal until its authors write for customers: published as it
 * is, its public projection (what the public site renders) holds the section headings and nothing the skeleton filled
 * in: not the severity, the response times, the roles or the template's guidance.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { createProjection, toPublicPostmortem } from '../../src/model/public/project.ts';
import { postmortemSkeleton } from '../../src/model/skeletons.ts';
import { formatTimestamp } from '../../src/model/time.ts';
import { INCIDENT_MILESTONES } from '../../src/model/incidents.ts';
import { ownerName } from '../../src/model/people.ts';
import { exampleCopy } from '../helpers/fixture.ts';
import { TODAY } from '../helpers/run.ts';

const INCIDENT = '2025-12-09-email-delivery-delays';

describe('a postmortem skeleton published as written', () => {
	it('publishes its headings and none of what the skeleton filled in', () => {
		// The review gate is off, so the projection is exactly what the public site would publish.
		const dir = exampleCopy([
			{
				file: 'handbook.yaml',
				replace: [/^components:/m, 'publicReview: { required: false }\ncomponents:'],
			},
		]);
		const before = openHandbook(dir).handbook!;
		const incident = before.incidents.get(INCIDENT)!;
		const { file, text } = postmortemSkeleton(before, incident, TODAY);
		const published = text
			.replace('status: draft', 'status: published\npublishedAt: 2025-12-12')
			.replace(
				'visibility: internal',
				'visibility: public\npublicSummary: Some emails arrived up to 70 minutes late.'
			);
		writeFileSync(join(dir, file), published);

		const handbook = openHandbook(dir).handbook!;
		const postmortem = handbook.postmortems.get(INCIDENT)!;
		const pm = toPublicPostmortem(createProjection(handbook, TODAY), postmortem);
		expect(pm, 'the postmortem is public').toBeDefined();
		expect(pm!.body.headings.map((heading) => heading.text)).toEqual([
			'What happened',
			'What went well',
			"What didn't go well",
			'Where we got lucky',
		]);
		expect(pm!.body.html.replace(/<h2 id="[^"]*">[^<]*<\/h2>/g, '').trim()).toBe('');

		const zone = handbook.config.org.timezone;
		const internal = [
			handbook.severities.get(incident.data.severity)!.label,
			...INCIDENT_MILESTONES.flatMap((field) =>
				incident.data[field] ? [formatTimestamp(incident.data[field], zone)] : []
			),
			...Object.values(incident.data.roles).map((id) => ownerName(handbook, id)),
			'TODO',
			'turning points',
		];
		expect(readFileSync(join(dir, file), 'utf8')).toContain(internal[0]);
		const everything = JSON.stringify(pm);
		for (const value of internal) expect(everything, value).not.toContain(value);
	});
});
