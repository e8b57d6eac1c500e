/** The Open Graph PNG of every runbook, incident and postmortem of the internal site. */
import { internalCardEndpoint } from '../../../integration/cards.ts';

export const { getStaticPaths, GET } = internalCardEndpoint();
