/** Route modules owned by other tasks, mounted by `serve` next to the API routes. */
import { registerExportRoute } from './routes/export.js';
import type { RegisterRoutes } from './routes/types.js';

export const EXTRA_ROUTES: RegisterRoutes[] = [registerExportRoute];
