// The tray's list tells CSM's messages apart at a glance: every mail's subject starts the same
// ("Cyber Security Management : vot…"), so each row leads with what it is for (Token, Ident-ID,
// Code SMS, Mot de passe) and what it carries; the subject is there in full, to wrap. The
// messages are the reference backend's own French texts, read as the demo's QA API reads them.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emailsFr } from '../../../../src/backend/mail/emails-fr.js';
import type { OutgoingMessage } from '../../../../src/backend/mail/outgoing-message.js';
import { codeOf } from '../../../../src/backend/qa/message-code.js';
import { smsFr } from '../../../../src/backend/sms/sms-fr.js';
import type { DemoMessage } from '../../../../src/contract/kiosk/demo.js';
import { MessageList } from '../../../../src/renderer/demo/message-list.js';
import { summarize } from '../../../../src/renderer/demo/message-summary.js';

const JEAN = 'jean.dupont@garage-dupont.fr';
const MOBILE = '+33612345678';
let sent = 0;

/** A message as GET /qa/messages gives it to the demo: the backend's text and its code. */
function asSent(message: OutgoingMessage): DemoMessage {
  sent += 1;
  return {
    id: `m${sent}`,
    ...message,
    sentAt: `2026-03-05T09:0${sent % 10}:00.000Z`,
    code: codeOf(message),
  };
}

const tokenMail = asSent(emailsFr.tokenEmail(JEAN, '482913', 10));
const identMail = asSent(emailsFr.identEmail(JEAN, 'KQZ-TRBMW', 'http://127.0.0.1:4999/idnow/'));
const passwordMail = asSent(emailsFr.passwordCodeEmail(JEAN, '730215', 'INIT', 10));
const mobileSms = asSent(smsFr.mobileCodeSms(MOBILE, '164028', 10));
const passwordSms = asSent(smsFr.passwordCodeSms(MOBILE, '905551', 'RESET', 10));
const alreadyMail = asSent(emailsFr.alreadyRegisteredEmail(JEAN));

describe('summarize', () => {
  it('names what each of CSM’s messages is for and what it carries', () => {
    expect(summarize(tokenMail)).toEqual({ kind: 'token', carries: '482913', topic: null });
    expect(summarize(identMail)).toEqual({ kind: 'ident', carries: 'KQZ-TRBMW', topic: null });
    expect(summarize(passwordMail)).toEqual({ kind: 'password', carries: '730215', topic: null });
    expect(summarize(mobileSms)).toEqual({ kind: 'mobile', carries: '164028', topic: null });
    expect(summarize(passwordSms)).toEqual({ kind: 'password', carries: '905551', topic: null });
  });

  it('falls back on the subject’s own words, past the sender’s name, for a mail with neither', () => {
    expect(summarize(alreadyMail)).toEqual({
      kind: 'other',
      carries: null,
      topic: 'tentative d’enregistrement avec votre adresse',
    });
  });
});

describe('MessageList', () => {
  const rowOf = (text: string) =>
    screen.getAllByRole('listitem').find((row) => row.textContent.includes(text)) ?? null;

  it('tells two mails with the same opening apart: the kind and the code or the Ident-ID first', () => {
    expect(tokenMail.subject.slice(0, 30)).toBe(identMail.subject.slice(0, 30));
    render(<MessageList messages={[tokenMail, identMail]} onOpen={() => {}} />);

    const [newest, oldest] = screen.getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(newest).getByRole('button').textContent).toMatch(/^E-Mail Ident-ID KQZ-TRBMW/);
    expect(within(oldest).getByRole('button').textContent).toMatch(/^E-Mail Token 482913/);
    // The subject is all there (the list wraps it, never cuts it in the text).
    expect(within(oldest).getByText(tokenMail.subject)).toBeTruthy();
  });

  it('says an SMS code from a password code, and a mail without code by its subject', () => {
    render(<MessageList messages={[mobileSms, passwordSms, alreadyMail]} onOpen={() => {}} />);
    expect(rowOf('164028')?.textContent).toMatch(/^SMS Code SMS 164028/);
    expect(rowOf('905551')?.textContent).toMatch(/^SMS Mot de passe 905551/);
    expect(rowOf('tentative')?.textContent).toMatch(
      /^E-Mail tentative d’enregistrement avec votre adresse/,
    );
  });
});
