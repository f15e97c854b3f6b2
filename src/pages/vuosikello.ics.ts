/** The annual cycle (vuosikello) as an iCalendar file, in Finnish: /vuosikello.ics */
import type { APIRoute } from 'astro';
import { calendarResponse } from '~/annual-cycle/endpoint';

export const prerender = true;

export const GET: APIRoute = () => calendarResponse('fi');
