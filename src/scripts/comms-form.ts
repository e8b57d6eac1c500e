/**
 * Progressive enhancement of /comms/: reveals the form, fills every template as the form changes, computes the "next
 * update" time from the chosen severity's cadence, and copies a filled template with one click. Without this script
 * the templates show with their placeholders.
 */
import { fillTemplate, nextUpdateTime } from '../model/comms.ts';

const form = document.querySelector<HTMLFormElement>('form[data-comms-form]');
if (form) {
	const field = (name: string) =>
		form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	const templates = [...document.querySelectorAll<HTMLElement>('[data-comms-template]')].map(
		(element) => ({ element, text: element.textContent ?? '' })
	);

	const render = () => {
		const values: Record<string, string> = {};
		for (const [name, value] of new FormData(form))
			if (typeof value === 'string') values[name] = value;
		for (const { element, text } of templates) element.textContent = fillTemplate(text, values);
	};
	const computeNextUpdate = () => {
		const cadence = Number(
			(field('severity') as HTMLSelectElement).selectedOptions[0]?.dataset.cadence
		);
		field('nextUpdate').value = nextUpdateTime(field('postedAt').value, cadence) ?? '';
	};

	// "Now" in the handbook's timezone, the zone every time on this page is in.
	field('postedAt').value ||= new Intl.DateTimeFormat('en-GB', {
		timeZone: form.dataset.zone,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(new Date());
	form.addEventListener('input', (event) => {
		const name = (event.target as HTMLInputElement).name;
		if (name === 'severity' || name === 'postedAt') computeNextUpdate();
		render();
	});
	form.addEventListener('submit', (event) => event.preventDefault());

	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const source = document.getElementById(button.dataset.copy!)!;
		const status = button.nextElementSibling as HTMLElement;
		button.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(source.textContent ?? '');
				status.textContent = 'Copied.';
			} catch {
				status.textContent = 'Could not copy: select the text and copy it by hand.';
			}
		});
	}
	form.hidden = false;
	computeNextUpdate();
	render();
}
