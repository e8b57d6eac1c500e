/**
 * The public projection: the only way content reaches the public site. Pages, feeds, the API and Open Graph cards
 * use `buildPublicArchive()` and the `Public*` types; the leak scan uses `confidentialValues()`.
 */
export { buildPublicArchive } from './archive.ts';
export { confidentialValues, internalRuns, RUN_LENGTH, type Confidential, type ConfidentialValue } from './confidential.ts';
export { createProjection, reviewOfPostmortem, toPublicComponent, toPublicIncident, toPublicPostmortem, unreviewedPostmortem, whyWithheld, HISTORY_DAYS, type Projection } from './project.ts';
export { PUBLIC_REVIEWS_FILE, type PublicReview } from './review.ts';
export { PublicBodyError, type PublicBody, type PublicHeading } from './render-body.ts';
export { statuspageApi, type StatuspageApi } from './statuspage.ts';
export type { PublicActionItem, PublicArchive, PublicComponent, PublicIncident, PublicIncidentStatus, PublicIncidentUpdate, PublicPostmortem } from './types.ts';
export { publicUrls } from './urls.ts';
export { isPublicIncident, isPublicPostmortem, whyNotPublic } from './visibility.ts';
