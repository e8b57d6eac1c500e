/** The Open Graph PNG of every public incident and postmortem, made from public fields only. */
import { publicCardEndpoint } from '../../../integration/cards.ts';

export const { getStaticPaths, GET } = publicCardEndpoint();
