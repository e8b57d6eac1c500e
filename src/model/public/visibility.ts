/**
 * Which entries may reach the public site. Deny-by-default: an entry is public only when every condition holds, and
 * this module is the only place that decides it from the content itself. A postmortem that passes also waits for the
 * review gate (`review.ts`, applied by `whyWithheld` in `project.ts`): the gate hashes the postmortem's projection, and
 * the projection, like the leak scan's list of confidential values, asks this module, so this module cannot ask the
 * gate.
 */
import type { Handbook, Incident, Maintenance, Postmortem } from '../handbook.ts';

/** @returns whether an incident is public: marked `public: true` and not a drill. */
export function isPublicIncident(incident: Incident): boolean {
	return incident.data.public && !incident.data.drill;
}

/**
 * @returns why a postmortem stays internal (empty when it is public): it must be `visibility: public`,
 * `status: published`, carry a `publicSummary`, and belong to a public incident.
 */
export function whyNotPublic(handbook: Handbook, postmortem: Postmortem): string[] {
	const { data } = postmortem;
	const reasons: string[] = [];
	if (data.visibility !== 'public') reasons.push('its visibility is internal');
	if (data.status !== 'published') reasons.push(`its status is ${data.status}, not published`);
	if (!data.publicSummary) reasons.push('it has no publicSummary');
	const incident = handbook.incidents.get(data.incident);
	if (!incident || !isPublicIncident(incident)) {
		reasons.push(incident?.data.drill ? 'its incident is a drill' : 'its incident is not public');
	}
	return reasons;
}

/** @returns whether a postmortem is public (see {@link whyNotPublic}). */
export function isPublicPostmortem(handbook: Handbook, postmortem: Postmortem): boolean {
	return whyNotPublic(handbook, postmortem).length === 0;
}

/** @returns whether a maintenance window is public: marked `public: true`. */
export function isPublicMaintenance(maintenance: Maintenance): boolean {
	return maintenance.data.public;
}
