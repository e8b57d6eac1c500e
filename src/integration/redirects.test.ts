import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../model/open-handbook.ts';
import { assertPublishedUrls, redirectTargets } from './redirects.ts';

const handbook = openHandbook(
	resolve(import.meta.dirname, '../../tests/fixtures/alerts-basic')
).handbook!;

describe('redirectTargets', () => {
	it('maps each alert link to its runbook', () => {
		expect(redirectTargets(handbook).get('/alerts/CheckoutErrorsHigh/')).toBe(
			'/runbooks/checkout/checkouterrorshigh/'
		);
		expect(redirectTargets(handbook).get('/alerts/checkouterrorshigh/')).toBe(
			'/runbooks/checkout/checkouterrorshigh/'
		);
	});
});

describe('assertPublishedUrls', () => {
	const site = (paths: string[]) => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-out-'));
		for (const path of paths) {
			mkdirSync(join(dir, path), { recursive: true });
			writeFileSync(join(dir, path, 'index.html'), '<!doctype html>');
		}
		return dir;
	};
	const all = [
		...redirectTargets(handbook).keys(),
		...[...handbook.runbooks.keys()].map((id) => `/runbooks/${id}/`),
	];

	it('passes when every page and redirect was written', () => {
		const dir = site(all);
		expect(() => assertPublishedUrls(dir, handbook)).not.toThrow();
		rmSync(dir, { recursive: true });
	});

	it('names each page or redirect the build did not write', () => {
		const dir = site(
			all.filter(
				(path) =>
					path !== '/alerts/LedgerDiskSpaceLow/' &&
					path !== '/runbooks/checkout/checkoutlatencyhigh/'
			)
		);
		expect(() => assertPublishedUrls(dir, handbook)).toThrow(
			/not written to .*:\n {2}\/alerts\/LedgerDiskSpaceLow\/\n {2}\/runbooks\/checkout\/checkoutlatencyhigh\/$/
		);
		rmSync(dir, { recursive: true });
	});
});
