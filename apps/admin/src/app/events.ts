export const UNAUTHENTICATED_EVENT = 'grassroots:unauthenticated';
/** A query failed for a reason the page cannot show by itself (outage, a query the API refuses). */
export const QUERY_FAILED_EVENT = 'grassroots:query-failed';
