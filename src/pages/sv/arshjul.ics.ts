/** The annual cycle (årshjul) as an iCalendar file, in Swedish: /sv/arshjul.ics */
import type { APIRoute } from 'astro';
import { calendarResponse } from '~/annual-cycle/endpoint';

export const prerender = true;

export const GET: APIRoute = () => calendarResponse('sv');
