/** Reports, at the end of a build, how many cards were rendered and how many came from the cache. */
import type { AstroIntegration } from 'astro';
import { cardStats } from './render.ts';

/** @returns an integration that logs `N cards: R rendered, C from cache` after the build (tests read this line). */
export function cardBuildLog(): AstroIntegration {
	return {
		name: 'firebreak:og',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const { rendered, cached, renderMs } = cardStats();
				if (rendered + cached === 0) return;
				const time = rendered > 0 ? ` in ${Math.round(renderMs)} ms` : '';
				logger.info(`${rendered + cached} cards: ${rendered} rendered${time}, ${cached} from cache`);
			},
		},
	};
}
