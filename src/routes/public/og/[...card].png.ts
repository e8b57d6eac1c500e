/** The Open Graph PNG of every public incident and postmortem, made from public fields only. */
import { publicArchive } from '../../../integration/public-archive.ts';
import { cardEndpoint } from '../../../og/endpoint.ts';
import { publicCards } from '../../../og/public-cards.ts';

export const { getStaticPaths, GET } = cardEndpoint(() => publicCards(publicArchive()));
