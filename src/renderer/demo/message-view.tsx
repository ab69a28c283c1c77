// One mail or SMS in full: subject, to, time, the body with its line breaks (links stay text:
// nothing in the tray navigates), and its code as a chip; in the wrongTokens scenario a Token
// also comes with a wrong one.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoMessage, DemoScenario } from '../../contract/kiosk/demo.js';
import { TouchButton } from '../components/touch-button.js';
import { formatMoment } from '../i18n/format.js';
import { CodeChip } from './code-chip.js';
import { headline } from './message-summary.js';
import { wrongToken } from './wrong-token.js';

export interface MessageViewProps {
  message: DemoMessage;
  scenario: DemoScenario;
  /** The title, focused when the message opens (the list that had the focus is gone). */
  subjectRef?: Ref<HTMLHeadingElement>;
  onBack: () => void;
  /** A chip typed its code into the screen: the tray closes. */
  onFilled: () => void;
}

export function MessageView({ message, scenario, subjectRef, onBack, onFilled }: MessageViewProps) {
  const { t, i18n } = useTranslation();
  const code = message.code ?? null;
  return (
    <article className="demo-message">
      <TouchButton onClick={onBack}>‹ {t('demo.inbox.back')}</TouchButton>
      <h3 className="demo-message-subject" ref={subjectRef} tabIndex={-1}>
        {headline(message)}
      </h3>
      <p className="demo-message-meta">
        {t(`demo.inbox.${message.channel}`)} · {t('demo.inbox.to', { to: message.to })} ·{' '}
        {t('demo.inbox.sentAt', { time: formatMoment(new Date(message.sentAt), i18n.language) })}
      </p>
      {code && (
        <div className="demo-chips">
          <CodeChip
            code={code.code}
            label={t('demo.inbox.chip', { code: code.code })}
            onFilled={onFilled}
          />
          {scenario === 'wrongTokens' && code.kind === 'token' && (
            <CodeChip
              wrong
              code={wrongToken(code.code)}
              caption={t('demo.inbox.wrongChip')}
              label={t('demo.inbox.wrongChipLabel', { code: wrongToken(code.code) })}
              onFilled={onFilled}
            />
          )}
        </div>
      )}
      <div className="demo-message-body">{message.body}</div>
    </article>
  );
}
