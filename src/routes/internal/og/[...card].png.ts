/** The Open Graph PNG of every runbook, incident and postmortem of the internal site. */
import { handbook } from '../../../integration/site.ts';
import { cardEndpoint } from '../../../og/endpoint.ts';
import { internalCards } from '../../../og/internal-cards.ts';

export const { getStaticPaths, GET } = cardEndpoint(() => internalCards(handbook()));
