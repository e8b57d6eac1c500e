/**
 * WCAG 1.4.1 (use of colour) for status indicators, which axe does not check: sibling elements without visible text
 * (uptime bars, legend swatches, status dots) whose background colours differ must also differ in something a reader
 * without colour vision sees: a pattern, a border, a size. Text on the element itself is enough on its own.
 */

/**
 * Runs in the page (`page.evaluate(colourOnlyStatuses)`), so it is self-contained: no imports, no helpers.
 * @returns one list of selectors per group of siblings told apart by colour alone
 */
export function colourOnlyStatuses(): string[][] {
	const groups = new Map<Element, Element[]>();
	for (const element of document.body.querySelectorAll('*')) {
		const style = getComputedStyle(element);
		const background = style.backgroundColor;
		const transparent = background === 'transparent' || /rgba\(.*,\s*0\)$/.test(background);
		if (transparent || element.getClientRects().length === 0 || style.visibility === 'hidden')
			continue;
		if (
			(element as HTMLElement).innerText?.trim() ||
			element.matches('img, svg, input, select, textarea, button, video, canvas, iframe')
		)
			continue;
		const parent = element.parentElement;
		if (!parent) continue;
		groups.set(parent, [...(groups.get(parent) ?? []), element]);
	}
	const found: string[][] = [];
	for (const siblings of groups.values()) {
		if (siblings.length < 2) continue;
		// Everything a reader sees apart from colour: the pattern (gradient stops without their colours), border, size.
		const colours = new Map<string, Set<string>>();
		for (const element of siblings) {
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			const shape = [
				style.backgroundImage.replace(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi, 'C'),
				style.borderStyle,
				style.borderWidth,
				style.outlineStyle,
				Math.round(box.height),
				Math.round(box.width),
			].join('|');
			colours.set(shape, (colours.get(shape) ?? new Set()).add(style.backgroundColor));
		}
		for (const [shape, set] of colours) {
			if (set.size < 2) continue;
			const members = siblings.filter((element) =>
				set.has(getComputedStyle(element).backgroundColor)
			);
			const selectors = members.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${getComputedStyle(element).backgroundColor})`
			);
			found.push([`${set.size} colours, same shape ${shape}`, ...new Set(selectors)]);
		}
	}
	return found;
}
