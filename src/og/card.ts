/**
 * The Open Graph card as a satori element tree (plain objects, no React). The tree is the whole description of a
 * card, styles included, so the renderer hashes it to key the cache: changing this template re-renders every card.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Public cards are made from public fields only (see `inputs.ts`). */
export interface CardInput {
	/** "Runbook", "Incident", "Postmortem". */
	kind: string;
	title: string;
	/** One line under the title: the service, the date, the status. */
	subtitle?: string;
	/** Who publishes it: "Lindenpay Handbook", "Lindenpay Status". */
	site: string;
	/** A label like "Sev-1", with its rank on the ladder (0 = most severe) for the colour. */
	badge?: { text: string; rank: number };
}

export interface CardElement {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: string | CardElement | (string | CardElement)[];
	};
}

// Background colours of badges by ladder rank; the badge always carries its text too.
const BADGE_COLOURS = ['#b3261e', '#c2410c', '#8a6100', '#3f6212'];
const TITLE_LIMIT = 120;

const el = (
	type: string,
	style: Record<string, string | number>,
	children?: CardElement['props']['children']
): CardElement => ({
	type,
	props: { style, ...(children !== undefined ? { children } : {}) },
});

/** @returns `text` cut at a word boundary to at most `limit` characters, with an ellipsis when cut. */
export function truncate(text: string, limit: number): string {
	if (text.length <= limit) return text;
	// Look one character further than we keep: a space there means the last word is whole.
	const cut = text.slice(0, limit);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut.slice(0, limit - 1)).trimEnd()}…`;
}

/** @returns the satori element tree of a 1200×630 card. */
export function cardElement(input: CardInput): CardElement {
	const accent = input.badge
		? BADGE_COLOURS[Math.min(input.badge.rank, BADGE_COLOURS.length - 1)]!
		: '#2563eb';
	const header = el(
		'div',
		{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 30, color: '#cbd5e1' },
		[
			el('div', { display: 'flex', fontWeight: 700, color: '#f8fafc' }, input.kind),
			...(input.badge
				? [
						el(
							'div',
							{
								display: 'flex',
								padding: '6px 18px',
								borderRadius: 10,
								background: accent,
								color: '#ffffff',
								fontWeight: 700,
							},
							input.badge.text
						),
					]
				: []),
		]
	);
	const title = el(
		'div',
		{ display: 'flex', fontSize: 64, fontWeight: 700, lineHeight: 1.15, color: '#f8fafc' },
		truncate(input.title, TITLE_LIMIT)
	);
	const subtitle = input.subtitle
		? [
				el(
					'div',
					{ display: 'flex', fontSize: 32, color: '#cbd5e1', marginTop: 24 },
					truncate(input.subtitle, 90)
				),
			]
		: [];
	const footer = el('div', { display: 'flex', fontSize: 28, color: '#94a3b8' }, input.site);
	return el(
		'div',
		{
			display: 'flex',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			background: '#0f172a',
			fontFamily: 'Inter',
		},
		[
			el('div', {
				display: 'flex',
				width: 24,
				height: CARD_HEIGHT,
				flexShrink: 0,
				background: accent,
			}),
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					padding: '64px 72px',
					flexGrow: 1,
				},
				[
					header,
					el('div', { display: 'flex', flexDirection: 'column' }, [title, ...subtitle]),
					footer,
				]
			),
		]
	);
}
