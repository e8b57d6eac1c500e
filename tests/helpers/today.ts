/** The day every test's clock is pinned to (`FIREBREAK_TODAY`, `--today`): one constant for the config and the tests. */
export const TODAY = '2026-11-23';
