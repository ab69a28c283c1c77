// The tray's list: every mail and SMS the demo's CSM sent, newest first, each a large row that
// opens the message. A row leads with what the message is for and what it carries (its code,
// its Ident-ID), then the recipient and the subject, which wraps rather than being cut.
import { Mail, MessageSquareText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DemoMessage } from '../../contract/kiosk/demo.js';
import { formatMoment } from '../i18n/format.js';
import { headline, summarize } from './message-summary.js';

function MessageRow({ message, onOpen }: { message: DemoMessage; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const Icon = message.channel === 'email' ? Mail : MessageSquareText;
  const { kind, carries, topic } = summarize(message);
  const channel = t(`demo.inbox.${message.channel}`);
  return (
    <button type="button" className="demo-message-row" onClick={onOpen}>
      <Icon aria-hidden="true" />
      <span className="demo-message-text">
        <span className="demo-message-what">
          {kind === 'other' ? (
            <span className="demo-message-kind">{channel}</span>
          ) : (
            <>
              <span className="visually-hidden">{channel} </span>
              <span className="demo-message-kind">{t(`demo.inbox.kinds.${kind}`)}</span>
            </>
          )}{' '}
          {carries && <span className="demo-message-carries">{carries}</span>}
          {topic && <span className="demo-message-topic">{topic}</span>}
        </span>
        <span className="demo-message-to">{message.to}</span>
        <span className="demo-message-headline">{headline(message)}</span>
      </span>
      <time dateTime={message.sentAt}>{formatMoment(new Date(message.sentAt), i18n.language)}</time>
    </button>
  );
}

export function MessageList({
  messages,
  onOpen,
}: {
  messages: readonly DemoMessage[];
  onOpen: (message: DemoMessage) => void;
}) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="empty">{t('demo.inbox.empty')}</p>;
  const newestFirst = [...messages].reverse();
  return (
    <ul className="demo-messages" aria-label={t('demo.inbox.title')}>
      {newestFirst.map((message) => (
        <li key={message.id}>
          <MessageRow message={message} onOpen={() => onOpen(message)} />
        </li>
      ))}
    </ul>
  );
}
