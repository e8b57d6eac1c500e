/**
 * Alert annotations are Go templates (`Pod {{ $labels.pod }} is {{ $value | humanizeDuration }} behind`). Where a
 * person reads them outside an alert, as a runbook title, each value a template would fill in becomes its name in
 * angle brackets (`Pod <pod> is <value> behind`) and control actions (`if`, `range`, `end`) disappear.
 */

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** `$labels.pod`, `.Labels.pod`, `$labels "pod"` after `index`, `$value`, `.Value`: the value an action prints. */
const VALUE =
	/(?:\$labels|\.Labels)\.([A-Za-z_][A-Za-z0-9_]*)|index\s+(?:\$labels|\.Labels)\s+"([^"]+)"|(\$value|\.Value)\b/;
const CONTROL = /^(?:if|else|end|range|with|define|template|block|\/\*)/;

/** @returns the template as plain text: values as `<name>`, control actions removed, whitespace collapsed. */
export function readableTemplate(text: string): string {
	return text
		.replace(ACTION, (_, action: string) => {
			if (CONTROL.test(action)) return '';
			const value = VALUE.exec(action);
			if (!value) return '';
			return `<${value[1] ?? value[2] ?? 'value'}>`;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** @returns a runbook title from an alert's `summary` (no trailing period), or undefined when it says nothing. */
export function titleFromSummary(summary: string | undefined): string | undefined {
	const title = readableTemplate(summary ?? '').replace(/[.\s]+$/, '');
	return /[A-Za-z0-9]/.test(title) ? title : undefined;
}
