/** The API's route modules, in registration order. */
import { registerEntityRoute } from './entities.js';
import { registerGraphRoute } from './graph.js';
import { registerHealthRoute } from './health.js';
import { registerQueryRoutes } from './queries.js';
import { registerSearchRoute } from './search.js';
import type { RegisterRoutes } from './types.js';

export const API_ROUTES: RegisterRoutes[] = [
  registerHealthRoute,
  registerGraphRoute,
  registerEntityRoute,
  registerSearchRoute,
  registerQueryRoutes,
];
