// Users on a real SQLite file: what a delivery and a status read from CSM change, and since
// when a status holds.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { anAccountStatus } from '../support/scripted-client.js';

const ACC = '5f0e2a8c-7c1d-4b7e-9f3a-2d6c8e1b4a90';

describe('users', () => {
  const tempDir = useTempDir();

  function withDeliveredUser() {
    const s = openStores(join(tempDir(), 'store.sqlite'));
    s.users.insert({
      id: 'u-1',
      email: 'jean@garage.fr',
      firstName: 'Jean',
      lastName: 'Dupont',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    s.users.markSynced('u-1', {
      status: 'EMAIL_PENDING',
      remoteId: ACC,
      maskedEmail: 'j•••@garage.fr',
      at: '2026-11-23T09:00:05.000Z',
    });
    return s;
  }

  it('keeps registration fields beyond its columns and gives them back with the user', () => {
    const s = openStores(join(tempDir(), 'store.sqlite'));
    // A field the wire's registration gains later: no column, no migration, still kept.
    const withNewField = { workshopName: 'Garage Martin' } as Record<string, unknown>;
    s.users.insert({
      ...withNewField,
      id: 'u-1',
      email: 'jean@garage.fr',
      firstName: 'Jean',
      lastName: 'Dupont',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    expect(s.users.get('u-1')).toMatchObject({ workshopName: 'Garage Martin', firstName: 'Jean' });
  });

  it('starts a new user as saved on the tablet, nothing known from CSM yet', () => {
    const s = openStores(join(tempDir(), 'store.sqlite'));
    s.users.insert({
      id: 'u-1',
      email: 'jean@garage.fr',
      firstName: 'Jean',
      lastName: 'Dupont',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    expect(s.users.get('u-1')).toEqual({
      id: 'u-1',
      email: 'jean@garage.fr',
      firstName: 'Jean',
      lastName: 'Dupont',
      status: 'SYNC_PENDING',
      remoteId: null,
      maskedEmail: null,
      createdAt: '2026-11-23T09:00:00.000Z',
      lastSyncAt: null,
      lastError: null,
      identId: null,
      identResult: null,
      next: null,
      maskedMobile: null,
      hasPassword: false,
      statusSince: '2026-11-23T09:00:00.000Z',
      supportRef: null,
      emailVerifiedAt: null,
      identSubmittedAt: null,
      identDecidedAt: null,
    });
  });

  it('takes what the status batch says, and dates a new status from CSM', () => {
    const s = withDeliveredUser();
    const applied = s.users.applyStatus(
      anAccountStatus(ACC, {
        status: 'IDENT_REVIEW',
        identId: 'TST-KXRZB',
        identResult: 'REVIEW_PENDING',
        next: 'WAIT_REVIEW',
        maskedMobile: '06 •• •• •• 78',
        updatedAt: '2026-11-23T09:20:00.000Z',
      }),
      '2026-11-23T09:30:00.000Z',
    );
    expect(applied).toBe(1);
    expect(s.users.get('u-1')).toMatchObject({
      status: 'IDENT_REVIEW',
      supportRef: 'K7QM-2XPD-9R',
      identId: 'TST-KXRZB',
      identResult: 'REVIEW_PENDING',
      next: 'WAIT_REVIEW',
      maskedMobile: '06 •• •• •• 78',
      hasPassword: true,
      lastSyncAt: '2026-11-23T09:30:00.000Z',
      statusSince: '2026-11-23T09:20:00.000Z',
    });
    expect(s.users.anyAwaitingIdent()).toBe(true);
  });

  it('keeps the date of a status that did not change', () => {
    const s = withDeliveredUser();
    s.users.applyStatus(
      anAccountStatus(ACC, { updatedAt: '2026-11-23T10:00:00.000Z' }),
      '2026-11-23T10:00:01.000Z',
    );
    expect(s.users.get('u-1')?.statusSince).toBe('2026-11-23T09:00:05.000Z');
    expect(s.users.anyAwaitingIdent()).toBe(false);
  });

  it('ignores a status about an account no user of the tablet has', () => {
    const s = withDeliveredUser();
    const other = '11111111-2222-4333-8444-555555555555';
    expect(s.users.applyStatus(anAccountStatus(other, { status: 'ACTIVE' }), 't')).toBe(0);
    expect(s.users.get('u-1')?.status).toBe('EMAIL_PENDING');
  });

  it('lists the users known to CSM for the status batch', () => {
    const s = withDeliveredUser();
    s.users.insert({
      id: 'u-2',
      email: 'marie@garage.fr',
      firstName: 'Marie',
      lastName: 'Curie',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T09:01:00.000Z',
    });
    expect(s.users.remoteRefs()).toEqual([{ id: 'u-1', remoteId: ACC, status: 'EMAIL_PENDING' }]);
  });

  it('counts the users known to CSM and tells whether one waits on it, for the automatic refresh', () => {
    const s = withDeliveredUser();
    s.users.insert({
      id: 'u-2',
      email: 'marie@garage.fr',
      firstName: 'Marie',
      lastName: 'Curie',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T09:01:00.000Z',
    });
    expect(s.users.remoteSummary()).toEqual({ known: 1, anyWaiting: true }); // EMAIL_PENDING waits
    s.users.applyStatus(anAccountStatus(ACC, { status: 'ACTIVE' }), '2026-11-23T10:00:00.000Z');
    expect(s.users.remoteSummary()).toEqual({ known: 1, anyWaiting: false });
    s.users.remove('u-1');
    expect(s.users.remoteSummary()).toEqual({ known: 0, anyWaiting: false });
  });

  it('keeps a sealed credential for the services, never in the user the screens get', () => {
    const s = withDeliveredUser();
    const sealed = Buffer.from('scellé');
    s.users.setCredential('u-1', sealed, '2026-11-23T09:00:05.000Z');
    expect(s.users.credentialOf('u-1')).toEqual({
      remoteId: ACC,
      sealed,
      issuedAt: '2026-11-23T09:00:05.000Z',
    });
    for (const user of [s.users.get('u-1'), ...s.users.list()]) {
      expect(Object.keys(user ?? {}).filter((k) => /credential/i.test(k))).toEqual([]);
      expect(Object.values(user ?? {})).not.toContainEqual(sealed);
    }
    expect(s.users.credentialOf('nobody')).toBeNull();
    // Removing the user erases it with the row.
    s.users.remove('u-1');
    const left = s.db.prepare(
      'SELECT COUNT(*) AS n FROM users WHERE sealed_credential IS NOT NULL',
    );
    expect(left.get()).toEqual({ n: 0 });
  });

  it('keeps CSM’s time of each step where it gives one, else when the tablet learned it', () => {
    const s = withDeliveredUser();
    const verified = '2026-11-23T09:01:00.000Z';
    s.users.applyStatus(
      anAccountStatus(ACC, { status: 'IDENT_PENDING', emailVerifiedAt: verified }),
      '2026-11-23T09:02:00.000Z',
    );
    expect(s.users.get('u-1')).toMatchObject({
      emailVerifiedAt: verified,
      identSubmittedAt: null,
      identDecidedAt: null,
    });
    // An older CSM gives no times: the tablet dates the steps when it learns of them, and keeps
    // the times it has.
    const {
      emailVerifiedAt: _e,
      identSubmittedAt: _s,
      identDecidedAt: _d,
      ...silent
    } = anAccountStatus(ACC, { status: 'ACTIVE', next: 'NONE' });
    s.users.applyStatus(silent, '2026-11-23T09:10:00.000Z');
    expect(s.users.get('u-1')).toMatchObject({
      emailVerifiedAt: verified,
      identSubmittedAt: '2026-11-23T09:10:00.000Z',
      identDecidedAt: '2026-11-23T09:10:00.000Z',
    });
  });

  it('clears the IDnow times when CSM gives a new Ident-ID', () => {
    const s = withDeliveredUser();
    s.users.applyStatus(
      anAccountStatus(ACC, {
        status: 'IDENT_FAILED',
        identSubmittedAt: '2026-11-23T09:05:00.000Z',
        identDecidedAt: '2026-11-23T09:06:00.000Z',
      }),
      '2026-11-23T09:07:00.000Z',
    );
    expect(s.users.get('u-1')).toMatchObject({ identDecidedAt: '2026-11-23T09:06:00.000Z' });
    s.users.applyStatus(
      anAccountStatus(ACC, {
        status: 'IDENT_PENDING',
        identSubmittedAt: null,
        identDecidedAt: null,
      }),
      '2026-11-23T09:08:00.000Z',
    );
    expect(s.users.get('u-1')).toMatchObject({ identSubmittedAt: null, identDecidedAt: null });
    expect(s.users.get('u-1')?.emailVerifiedAt).not.toBeNull();
  });
});
