/**
 * Browser side of the pages whose facts depend on the clock: runs a refresh with the reader's time now and once a
 * minute after, so a tab left open goes stale visibly too. The refreshes only write what `src/model/` works out.
 */
export function everyMinute(refresh: (now: Date) => void): void {
	refresh(new Date());
	setInterval(() => refresh(new Date()), 60_000);
}
