/**
 * Firebreak's own manual: Markdown files in `src/docs/` that ship with the package and render as the "Firebreak"
 * section of every internal handbook (`/firebreak/<page>/`), in Starlight's layout, searched and link-checked with the
 * handbook's pages. `src/docs/index.md` says why the manual lives there.
 */
import { fileURLToPath } from 'node:url';

/** The manual's folder, beside this package's code (Astro's root is the handbook's repository). */
export const DOCS_DIR = fileURLToPath(new URL('../docs/', import.meta.url));

/** The manual's pages in reading order, by file name without `.md`; the sidebar lists them so. */
export const DOCS_PAGES = [
	{ page: 'index', label: 'About this manual' },
	{ page: 'getting-started', label: 'Getting started' },
	{ page: 'writing-content', label: 'Writing content' },
	{ page: 'content-reference', label: 'Content reference' },
	{ page: 'incident-workflow', label: 'Incident workflow' },
	{ page: 'checks', label: 'Policy checks' },
	{ page: 'alerts', label: 'Alerts and runbooks' },
	{ page: 'responders', label: 'SOP, comms, on call' },
	{ page: 'public-archive', label: 'Public archive' },
	{ page: 'deployment', label: 'Deployment' },
	{ page: 'cli', label: 'CLI reference' },
	{ page: 'troubleshooting', label: 'Troubleshooting' },
	{ page: 'performance', label: 'Performance' },
] as const;
