/**
 * The public view of a maintenance window: its title, window, components and customer-facing updates, redacted like
 * every public string. Deny-by-default: owner, change ticket and the body (internal notes) are never read here.
 */
import type { Maintenance } from '../handbook.ts';
import { maintenanceSpan, maintenanceState, updatesInOrder } from '../maintenance.ts';
import type { Projection } from './project.ts';
import type { PublicMaintenance } from './types.ts';
import { publicUrls } from './urls.ts';
import { isPublicMaintenance } from './visibility.ts';

/** @returns the public view of a maintenance, or undefined when it is not public. */
export function toPublicMaintenance(
	projection: Projection,
	maintenance: Maintenance
): PublicMaintenance | undefined {
	const id = projection.maintenanceIds.get(maintenance.id);
	if (!id || !isPublicMaintenance(maintenance)) return undefined;
	const { handbook, redactor, asOf } = projection;
	const { data } = maintenance;
	const state = maintenanceState(data);
	const updates = updatesInOrder(data.updates);
	const span = maintenanceSpan(data, asOf);
	return {
		id,
		url: publicUrls.maintenance(id),
		title: redactor.redact(data.title),
		status: state.status,
		phase: state.phase,
		scheduledFor: data.scheduledFor,
		scheduledUntil: data.scheduledUntil,
		createdAt: state.announcedAt ?? data.scheduledFor,
		...(state.startedAt ? { startedAt: state.startedAt } : {}),
		...(state.completedAt ? { completedAt: state.completedAt } : {}),
		updatedAt: updates.at(-1)?.at ?? state.announcedAt ?? data.scheduledFor,
		...(span ? { span } : {}),
		components: data.components.map((componentId) => ({
			id: componentId,
			name: redactor.redact(handbook.components.get(componentId)?.name ?? componentId),
		})),
		updates: updates
			.map((update, i) => ({
				id: `${id}-${i + 1}`,
				status: update.status,
				body: redactor.redact(update.body),
				at: update.at,
			}))
			.reverse(),
	};
}
