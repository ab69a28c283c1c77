// The French e-mails a technician receives. They never repeat what the registering person
// typed (names): until the Token is entered, that text may come from someone else entirely.
import type { OutgoingMessage } from './outgoing-message.js';

const SIGNATURE =
  'Cyber Security Management\nCe message a été envoyé automatiquement, merci de ne pas y répondre.';

export function tokenEmail(to: string, code: string, validMinutes: number): OutgoingMessage {
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : votre code Token',
    body: [
      'Bonjour,',
      '',
      'Une demande d’enregistrement d’un utilisateur CSM a été faite avec cette adresse e-mail sur une tablette mega macs ONE.',
      '',
      `Votre code Token de vérification : ${code}`,
      '',
      `Sur la tablette, dans Gestion des utilisateurs CSM, saisissez ce code dans le champ « Token de vérification » puis sélectionnez Suite. Ce code est valable ${validMinutes} minutes.`,
      '',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : aucun compte ne sera activé sans ce code.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function alreadyRegisteredEmail(to: string): OutgoingMessage {
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : tentative d’enregistrement avec votre adresse',
    body: [
      'Bonjour,',
      '',
      'Quelqu’un vient de demander l’enregistrement d’un nouvel utilisateur CSM avec votre adresse e-mail, qui a déjà un compte Cyber Security Management.',
      '',
      'Votre compte n’a pas été modifié et aucun code n’a été envoyé.',
      '',
      'Si c’était vous, continuez simplement à utiliser votre compte existant. Sinon, vous pouvez ignorer ce message.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
