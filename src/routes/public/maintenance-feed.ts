/**
 * Feed items of public maintenance windows, for the incident feeds' builder (`incident-feed.ts`): one item per window,
 * its latest update as description, escaped for HTML like the incidents' (a description is HTML to feed readers).
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatWindow, maintenanceStatusLabel } from '../../model/maintenance.ts';
import { escapeHtml } from '../../model/public/escape.ts';
import type { PublicArchive, PublicMaintenance } from '../../model/public/types.ts';
import { formatTimestamp } from '../../model/time.ts';
import { absoluteUrl } from '../../model/urls.ts';

/** @returns one item per maintenance: "Scheduled maintenance: <title>", announced at its first update. */
export function maintenanceFeedItems(archive: PublicArchive, maintenances: readonly PublicMaintenance[]): RSSFeedItem[] {
	return maintenances.map((maintenance) => {
		const latest = maintenance.updates[0];
		const window = formatWindow(maintenance.scheduledFor, maintenance.scheduledUntil, archive.timeZone);
		const said = latest ? `${maintenanceStatusLabel(latest.status)} (${formatTimestamp(latest.at, archive.timeZone)}): ${latest.body}` : maintenanceStatusLabel(maintenance.status);
		return {
			title: `Scheduled maintenance: ${maintenance.title}`,
			link: absoluteUrl(archive.url, maintenance.url),
			pubDate: maintenance.createdAt,
			description: escapeHtml(`${window}. ${said}`),
			categories: maintenance.components.map((c) => c.name),
		};
	});
}
