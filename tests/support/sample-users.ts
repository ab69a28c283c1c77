// CSM users at each step of the journey, for machine tests.
import type { CsmUser, UserStatus } from '../../src/contract/kiosk/user.js';

export function aUser(status: UserStatus, overrides: Partial<CsmUser> = {}): CsmUser {
  return {
    id: '7d1f1b8e-2c44-4a52-9a3f-1f0c1e4a9b10',
    email: 'jean@garage.fr',
    firstName: 'Jean',
    lastName: 'Dupont',
    status,
    remoteId: status === 'SYNC_PENDING' ? null : '5f0e2a8c-7c1d-4b7e-9f3a-2d6c8e1b4a90',
    maskedEmail: status === 'SYNC_PENDING' ? null : 'j•••@garage.fr',
    createdAt: '2026-11-23T09:12:00.000Z',
    lastSyncAt: status === 'SYNC_PENDING' ? null : '2026-11-23T09:12:05.000Z',
    lastError: null,
    ...overrides,
  };
}
