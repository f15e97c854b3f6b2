/**
 * A question tool's answers in the address (Preact hook over ./url-answers.ts). After hydration it
 * hands the address's query to the tool (never during render: the first render matches the
 * server's HTML, docs/adr/0004-server-rendered-islands.md) and then on the browser's Back and
 * Forward when the query changed (in-page anchor links also fire popstate: those are ignored).
 *
 *   const url = useUrlAnswers(ownKeys, (search, how) => { …read…; return ownQueryForWhatWasRead; });
 *   url.write(ownQuery, 'push');   // a new step; 'replace' for a change within a step
 *   <a href={url.href(ownQuery)}>   // a link to a state (client-side only)
 *
 * What `onUrl` returns on load (the tool's own query for what it understood) tidies the address
 * in place: unknown values are dropped, other parameters kept. Other history state (the return
 * position of src/lib/return-position.ts) is kept on replace.
 */
import { useEffect, useRef } from 'preact/hooks';
import { type HistoryMode, historyWrite, mergeQuery } from './url-answers';

export type UrlEvent = 'load' | 'pop';

export interface UrlAnswers {
	write: (own: string, mode: HistoryMode) => void;
	href: (own: string) => string;
}

export function useUrlAnswers(
	ownKeys: readonly string[],
	onUrl: (search: string, how: UrlEvent) => string | undefined,
): UrlAnswers {
	/** The query of the state on screen. */
	const shown = useRef('');
	const latest = useRef(onUrl);
	latest.current = onUrl;

	const write = (own: string, mode: HistoryMode) => {
		const plan = historyWrite(location.search, ownKeys, own, mode);
		if (plan?.mode === 'push') history.pushState(null, '', location.pathname + plan.search);
		else if (plan) history.replaceState(history.state, '', location.pathname + plan.search + location.hash);
		shown.current = location.search;
	};

	useEffect(() => {
		// Only an address with a query changes the first step: a quick first answer given between
		// hydration and this effect is never reset to blank.
		if (location.search) {
			const own = latest.current(location.search, 'load');
			if (own !== undefined) write(own, 'replace');
		}
		shown.current = location.search;
		const onPop = () => {
			if (location.search === shown.current) return;
			shown.current = location.search;
			latest.current(location.search, 'pop');
		};
		addEventListener('popstate', onPop);
		return () => removeEventListener('popstate', onPop);
	}, []);

	return { write, href: (own) => location.pathname + mergeQuery(location.search, ownKeys, own) };
}
