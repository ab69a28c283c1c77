// Which host and server the kiosk runs with: one answer for every part that shows it, asked again
// when a screen opens (the server in use may have changed), after the tap that opened it.
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import { useAppInfo } from '../../../../src/renderer/hooks/use-app-info.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const info: AppInfo = {
  version: '0.1.0',
  backendUrl: 'http://127.0.0.1:8787',
  backendIsLocal: true,
  host: 'emulation',
  demo: false,
  demoForced: false,
  qa: false,
  backendFixed: false,
  warnings: [],
};

describe('useAppInfo', () => {
  it('asks the core once for every part that shows it, and shows the answer on the next screen at once', async () => {
    const fake = fakeKioskApi({ 'app.info': info });
    const seen: (AppInfo | null)[] = [];
    function Part() {
      const value = useAppInfo();
      seen.push(value);
      return <p>{value?.backendUrl}</p>;
    }
    const Screen = ({ id }: { id: number }) => (
      <fake.Provider>
        <Part key={`${id}-a`} />
        <Part key={`${id}-b`} />
        <Part key={`${id}-c`} />
      </fake.Provider>
    );
    const { rerender } = render(<Screen id={1} />);
    await waitFor(() => expect(seen.at(-1)).toEqual(info));
    expect(fake.invoked).toEqual(['app.info']);
    seen.length = 0;
    rerender(<Screen id={2} />);
    expect(seen[0]).toEqual(info);
    // Asked again for the new screen, once, after its first frame.
    expect(fake.invoked).toEqual(['app.info']);
    await waitFor(() => expect(fake.invoked).toEqual(['app.info', 'app.info']));
  });

  it('shows the server in use once it has changed', async () => {
    const answers = { 'app.info': info };
    const fake = fakeKioskApi(answers);
    const Screen = ({ id }: { id: number }) => {
      const value = useAppInfo();
      return <p key={id}>{value?.backendUrl}</p>;
    };
    const { rerender, container } = render(<Screen id={1} />, { wrapper: fake.Provider });
    await waitFor(() => expect(container.textContent).toBe('http://127.0.0.1:8787'));
    answers['app.info'] = { ...info, backendUrl: 'http://10.0.0.5:8787' };
    rerender(<Screen key={2} id={2} />);
    await waitFor(() => expect(container.textContent).toBe('http://10.0.0.5:8787'));
  });
});
