// GET /health: the "Tester…" button's target. Says the server is up and which version it is;
// nothing about its data or configuration.
import type { FastifyInstance } from 'fastify';
import packageJson from '../../../package.json' with { type: 'json' };
import { csmRoutes, type HealthResponse } from '../../contract/csm/routes.js';

export function registerHealthRoute(app: FastifyInstance, now: () => Date): void {
  app.get(csmRoutes.health.path, async (): Promise<HealthResponse> => ({
    status: 'ok',
    version: packageJson.version,
    time: now().toISOString(),
  }));
}
