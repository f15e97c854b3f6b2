/** The Swedish change feed (Atom): /sv/muutokset.xml. */
import { feedEndpoint } from '~/versions/feed-endpoint';

export const GET = feedEndpoint('sv');
