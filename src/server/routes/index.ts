/** Every route module of the API, mounted under /api/v1 by api.ts (a module per page of the dashboard). */
import type { Hono } from 'hono';
import type { ApiOptions } from '../api.js';
import { dashboardRoutes } from './dashboard.js';
import { findingRoutes } from './findings.js';

export const ROUTES: ((options: ApiOptions) => Hono)[] = [findingRoutes, dashboardRoutes];
