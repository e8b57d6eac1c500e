/**
 * Statuspage's status vocabulary with maintenance: a component under maintenance is `under_maintenance`, and a page
 * whose only non-operational components are under maintenance has the indicator `maintenance` ("Service Under
 * Maintenance"). An incident's impact on a component wins over its maintenance: customers need to know it is down.
 */
import {
	indicatorDescription,
	indicatorOf,
	statusLabel,
	worst,
	type ComponentStatus,
	type Indicator,
} from './impact.ts';

export type PublicComponentStatus = ComponentStatus | 'under_maintenance';
export type PageIndicator = Indicator | 'maintenance';

/** @returns a component's status from its incidents' worst impact and whether a maintenance is under way on it. */
export function componentStatusNow(
	incidentStatus: ComponentStatus,
	underMaintenance: boolean
): PublicComponentStatus {
	return incidentStatus === 'operational' && underMaintenance
		? 'under_maintenance'
		: incidentStatus;
}

/** @returns the status of a group of components (a component group, the whole page): the worst, maintenance below any impact. */
export function rollupStatus(statuses: Iterable<PublicComponentStatus>): PublicComponentStatus {
	const all = [...statuses];
	return componentStatusNow(
		worst(all.filter((s): s is ComponentStatus => s !== 'under_maintenance')),
		all.includes('under_maintenance')
	);
}

/** @returns the page-wide indicator and line for the components' statuses ("Service Under Maintenance" ...). */
export function pageStatus(statuses: Iterable<PublicComponentStatus>): {
	indicator: PageIndicator;
	description: string;
} {
	const status = rollupStatus(statuses);
	if (status === 'under_maintenance')
		return { indicator: 'maintenance', description: 'Service Under Maintenance' };
	const indicator = indicatorOf(status);
	return { indicator, description: indicatorDescription(indicator) };
}

/** @returns a status as people read it: "Under maintenance", "Partial outage". */
export function publicStatusLabel(status: PublicComponentStatus): string {
	return status === 'under_maintenance' ? 'Under maintenance' : statusLabel(status);
}
