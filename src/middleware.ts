/** Runs every rendered HTML page through the build-time HTML steps (src/html/steps.ts). */
import { defineMiddleware } from 'astro:middleware';
import { processHtml } from './html/steps';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	return new Response(processHtml(await response.text()), { status: response.status, headers: response.headers });
});
