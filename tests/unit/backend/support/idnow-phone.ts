// The IDnow companion page's calls, as its script makes them, against a backend under test.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { tinyPng } from '../../../support/tiny-png.js';

const PAGE = { 'x-requested-with': 'idnow-companion' };
export const photos = {
  document: tinyPng([20, 60, 200]),
  'selfie-near': tinyPng([230, 180, 150]),
  'selfie-far': tinyPng([210, 160, 130]),
};

/** The smartphone page's calls, as its script makes them. */
export function phone(app: FastifyInstance, identId: string) {
  const base = `/idnow/api/idents/${identId}`;
  const post = (step: string) =>
    app.inject({ method: 'POST', url: `${base}/${step}`, headers: PAGE });
  return {
    check: () => app.inject(base),
    terms: () => post('terms'),
    refuse: () => post('refuse'),
    submit: () => post('submit'),
    photo: (slot: keyof typeof photos, body: Buffer = photos[slot], type = 'image/png') =>
      app.inject({
        method: 'PUT',
        url: `${base}/photos/${slot}`,
        headers: { ...PAGE, 'content-type': type },
        payload: body,
      }),
    async allPhotos() {
      for (const slot of Object.keys(photos) as (keyof typeof photos)[]) {
        expect((await this.photo(slot)).statusCode).toBe(200);
      }
    },
  };
}
