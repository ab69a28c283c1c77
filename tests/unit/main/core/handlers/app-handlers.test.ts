// app.info says which CSM server is in use, where it comes from, and its host and port.
import { describe, expect, it } from 'vitest';
import { serverInUse } from '../../../../../src/main/core/handlers/app-handlers.js';

describe('app.info: the server in use', () => {
  it('names the command line, with the host and port called', () => {
    expect(serverInUse({ url: 'http://127.0.0.1:4780', isLocal: false, fixed: true })).toEqual({
      backendSource: 'command-line',
      backendHost: '127.0.0.1',
      backendPort: 4780,
    });
  });

  it('names this tablet’s setting, with https’s port when the URL gives none', () => {
    expect(serverInUse({ url: 'https://csm.example.com', isLocal: false, fixed: false })).toEqual({
      backendSource: 'setting',
      backendHost: 'csm.example.com',
      backendPort: 443,
    });
  });

  it('names the local demo server, and an IPv6 host without its brackets', () => {
    expect(serverInUse({ url: 'http://[::1]:39111', isLocal: true, fixed: false })).toEqual({
      backendSource: 'local',
      backendHost: '::1',
      backendPort: 39111,
    });
  });
});
