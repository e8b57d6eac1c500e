import { describe, expect, it } from 'vitest';
import { resolveToday } from './clock.ts';

describe('resolveToday', () => {
	it('prefers the flag, then FIREBREAK_TODAY', () => {
		expect(resolveToday('UTC', '2026-01-02', { FIREBREAK_TODAY: '2026-05-05' })).toBe('2026-01-02');
		expect(resolveToday('UTC', undefined, { FIREBREAK_TODAY: '2026-05-05' })).toBe('2026-05-05');
	});
	it('falls back to the real date in the zone', () => {
		expect(resolveToday('Pacific/Kiritimati', undefined, {})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
	it('refuses a malformed pinned date with a readable message', () => {
		expect(() => resolveToday('UTC', '23/11/2026', {})).toThrow(/YYYY-MM-DD.*23\/11\/2026/);
		expect(() => resolveToday('UTC', undefined, { FIREBREAK_TODAY: '2026-02-31' })).toThrow(/FIREBREAK_TODAY/);
	});
});
