// The settings contract: what a Réglages patch may hold, and the URL a server setting means.
import { describe, expect, it } from 'vitest';
import { kioskSettingsPatch, serverUrl } from '../../../../src/contract/kiosk/settings.js';
import { nextStep } from '../../../../src/contract/csm/account.js';
import { csmUser } from '../../../../src/contract/kiosk/user.js';

describe('kiosk settings', () => {
  it('speaks https to a CSM server unless it is on the tablet’s own loopback', () => {
    expect(serverUrl({ host: 'csm.garage.fr', port: 443 })).toBe('https://csm.garage.fr:443');
    expect(serverUrl({ host: '127.0.0.1', port: 4780 })).toBe('http://127.0.0.1:4780');
    expect(serverUrl({ host: 'localhost', port: 4780 })).toBe('http://localhost:4780');
    expect(serverUrl({ host: '::1', port: 4780 })).toBe('http://[::1]:4780');
    expect(serverUrl({ host: '10.0.0.5', port: 8080, secure: false })).toBe('http://10.0.0.5:8080');
  });

  it('takes a port typed as text, refuses a scheme in the host and unknown settings', () => {
    expect(kioskSettingsPatch.parse({ server: { host: 'csm.garage.fr', port: '8443' } })).toEqual({
      server: { host: 'csm.garage.fr', port: 8443 },
    });
    expect(
      kioskSettingsPatch.safeParse({ server: { host: 'https://csm', port: 443 } }).success,
    ).toBe(false);
    expect(kioskSettingsPatch.safeParse({ theme: 'sombre' }).success).toBe(false);
    expect(kioskSettingsPatch.safeParse({ language: 'it' }).success).toBe(false);
    expect(kioskSettingsPatch.parse({ server: null })).toEqual({ server: null });
  });

  it('names the next steps of a user exactly as the CSM status does', () => {
    const userNext = csmUser.shape.next.def.innerType.def.innerType;
    expect(userNext.options).toEqual(nextStep.options);
  });
});
