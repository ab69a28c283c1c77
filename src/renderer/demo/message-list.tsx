// The tray's list: every mail and SMS the demo's CSM sent, newest first, each a large row that
// opens the message.
import { Mail, MessageSquareText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DemoMessage } from '../../contract/kiosk/demo.js';
import { formatMoment } from '../i18n/format.js';

/** What a row says of a message: an e-mail's subject, an SMS's first line. */
export function headline(message: DemoMessage): string {
  if (message.channel === 'email' && message.subject) return message.subject;
  return message.body.split('\n').find((line) => line.trim() !== '') ?? '';
}

export function MessageList({
  messages,
  onOpen,
}: {
  messages: readonly DemoMessage[];
  onOpen: (message: DemoMessage) => void;
}) {
  const { t, i18n } = useTranslation();
  if (messages.length === 0) return <p className="empty">{t('demo.inbox.empty')}</p>;
  const newestFirst = [...messages].reverse();
  return (
    <ul className="demo-messages" aria-label={t('demo.inbox.title')}>
      {newestFirst.map((message) => {
        const Icon = message.channel === 'email' ? Mail : MessageSquareText;
        return (
          <li key={message.id}>
            <button type="button" className="demo-message-row" onClick={() => onOpen(message)}>
              <Icon aria-hidden="true" />
              <span className="visually-hidden">{t(`demo.inbox.${message.channel}`)}</span>
              <span className="demo-message-text">
                <span className="demo-message-to">{message.to}</span>
                <span className="demo-message-headline">{headline(message)}</span>
              </span>
              <time dateTime={message.sentAt}>
                {formatMoment(new Date(message.sentAt), i18n.language)}
              </time>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
