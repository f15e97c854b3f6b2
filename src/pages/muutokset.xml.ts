/** The Finnish change feed (Atom): /muutokset.xml. */
import { feedEndpoint } from '~/versions/feed-endpoint';

export const GET = feedEndpoint('fi');
