import { describe, expect, it } from 'vitest';
import type { QaMessage } from '../../../src/contract/csm/qa-api.js';
import { emailsDe } from '../../../src/backend/mail/emails-de.js';
import { emailsEn } from '../../../src/backend/mail/emails-en.js';
import { emailsFr } from '../../../src/backend/mail/emails-fr.js';
import { smsDe } from '../../../src/backend/sms/sms-de.js';
import { smsEn } from '../../../src/backend/sms/sms-en.js';
import { smsFr } from '../../../src/backend/sms/sms-fr.js';
import { lastCodeIn } from '../../../src/backend/qa/last-code.js';

const { identEmail, passwordCodeEmail, tokenEmail } = emailsFr;
const { mobileCodeSms, passwordCodeSms } = smsFr;

let seq = 0;
function logged(message: Omit<QaMessage, 'id' | 'sentAt'>): QaMessage {
  seq += 1;
  return {
    ...message,
    id: `m${seq}`,
    sentAt: `2030-01-02T03:04:${String(seq).padStart(2, '0')}.000Z`,
  };
}

describe('last code sent to an address', () => {
  it('reads the Token from the e-mail the technician receives', () => {
    const mail = tokenEmail('jean@garage.fr', '042137', 10);
    const found = lastCodeIn([logged(mail)]);
    expect(found).toMatchObject({ code: '042137', kind: 'token', channel: 'email' });
  });

  it('answers the newest code, skipping later messages without one', () => {
    const messages = [
      logged(tokenEmail('jean@garage.fr', '111111', 10)),
      logged(tokenEmail('jean@garage.fr', '222222', 10)),
      logged(
        identEmail('jean@garage.fr', 'TST-KXRZB', 'http://127.0.0.1:4780/idnow/?ident=TST-KXRZB'),
      ),
    ];
    expect(lastCodeIn(messages)?.code).toBe('222222');
  });

  it('tells a code confirming the mobile from a code for the password, by SMS or e-mail', () => {
    expect(lastCodeIn([logged(mobileCodeSms('+33612345678', '654321', 10))])).toMatchObject({
      code: '654321',
      kind: 'mobile',
      channel: 'sms',
    });
    expect(
      lastCodeIn([logged(passwordCodeSms('+33612345678', '987654', 'RESET', 10))]),
    ).toMatchObject({ code: '987654', kind: 'password', channel: 'sms' });
    expect(
      lastCodeIn([logged(passwordCodeEmail('jean@garage.fr', '135790', 'INIT', 10))]),
    ).toMatchObject({ code: '135790', kind: 'password', channel: 'email' });
  });

  it.each([
    ['German', emailsDe, smsDe],
    ['English', emailsEn, smsEn],
  ])('reads every code and its kind in %s as in French', (_language, emails, sms) => {
    const read = (message: Omit<QaMessage, 'id' | 'sentAt'>) => lastCodeIn([logged(message)]);
    expect(read(emails.tokenEmail('jean@garage.fr', '042137', 10))).toMatchObject({
      code: '042137',
      kind: 'token',
    });
    expect(read(emails.passwordCodeEmail('jean@garage.fr', '135790', 'INIT', 10))).toMatchObject({
      code: '135790',
      kind: 'password',
    });
    expect(read(sms.passwordCodeSms('+33612345678', '987654', 'RESET', 10))).toMatchObject({
      code: '987654',
      kind: 'password',
    });
    expect(read(sms.mobileCodeSms('+33612345678', '654321', 10))).toMatchObject({
      code: '654321',
      kind: 'mobile',
    });
    expect(read(emails.identEmail('jean@garage.fr', 'TST-KXRZB', 'http://127.0.0.1:4780/'))).toBe(
      null,
    );
  });

  it('answers nothing when no message carried a code', () => {
    expect(lastCodeIn([])).toBeNull();
    expect(
      lastCodeIn([
        logged({ channel: 'email', to: 'a@b.fr', subject: 'Bonjour', body: 'Rien ici.' }),
      ]),
    ).toBeNull();
  });
});
