/**
 * Feed items of public maintenance windows (`feed.ts` merges them with the incidents'): an item per customer update,
 * with the same permanent id as an incident update's (`<maintenance page>#<update id>`), so "in progress" and
 * "completed" each arrive as news. Statuspage counts a maintenance as an incident of impact `maintenance`; so do the
 * items. Every string comes from `PublicMaintenance`, already redacted.
 */
import { formatWindow, maintenanceStatusLabel } from '../maintenance.ts';
import { absoluteUrl } from '../urls.ts';
import { escapeHtml } from './escape.ts';
import { affectedHtml, affectedText, paragraphs, trailHtml } from './feed-html.ts';
import type { PublicArchive, PublicFeedItem, PublicMaintenance } from './types.ts';

const WHAT = 'scheduled maintenance';

/** @returns an item per update of the maintenance; one announced by no update yet gets one item, dated at its creation. */
export function maintenanceItems(
	archive: PublicArchive,
	maintenance: PublicMaintenance
): PublicFeedItem[] {
	const page = absoluteUrl(archive.url, maintenance.url);
	const components = maintenance.components.map(({ id, name }) => ({ id, name }));
	const about = { id: maintenance.id, impact: 'maintenance' as const };
	const window = `Scheduled for ${formatWindow(maintenance.scheduledFor, maintenance.scheduledUntil, archive.timeZone)}.`;
	const tail = [`<p>${escapeHtml(window)}</p>`, affectedHtml(components, WHAT)]
		.filter(Boolean)
		.join('\n');
	const title = (status: PublicMaintenance['status']) =>
		`${maintenanceStatusLabel(status)}: ${maintenance.title}`;
	if (maintenance.updates.length === 0) {
		return [
			{
				id: page,
				url: page,
				title: title(maintenance.status),
				at: maintenance.createdAt,
				html: tail,
				text: paragraphs(title(maintenance.status), window, affectedText(components, WHAT)),
				components,
				status: maintenance.status,
				incident: about,
			},
		];
	}
	// Newest first, each with the trail up to it, as an incident's.
	return maintenance.updates.map((update, i) => {
		const url = `${page}#${update.id}`;
		return {
			id: url,
			url,
			title: title(update.status),
			at: update.at,
			html: [
				trailHtml(maintenance.updates.slice(i), maintenanceStatusLabel, archive.timeZone),
				tail,
			].join('\n'),
			text: paragraphs(
				`${maintenanceStatusLabel(update.status)} - ${update.body}`,
				window,
				affectedText(components, WHAT)
			),
			components,
			status: update.status,
			incident: about,
		};
	});
}
