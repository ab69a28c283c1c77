// The French e-mails a technician receives. They never repeat what the registering person
// typed (names): until the Token is entered, that text may come from someone else entirely.
import type { PasswordPurpose } from '../../contract/csm/passwords.js';
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

/** After the Token: the Ident-ID and the seed's smartphone steps (16 to 22). */
export function identEmail(to: string, identId: string, companionUrl: string): OutgoingMessage {
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : votre Ident-ID IDnow',
    body: [
      'Bonjour,',
      '',
      'Votre adresse e-mail est validée. Il reste à vérifier votre identité avec IDnow, sur un smartphone.',
      '',
      `Votre Ident-ID : ${identId}`,
      '',
      'Pour la suite, un smartphone est nécessaire :',
      '1. Installez l’application IDnow.',
      '2. Inscrivez votre Ident-ID ci-dessus et sélectionnez Commencer.',
      '3. Validez les conditions générales (politique en matière de protection de la vie privée et conditions d’utilisation du service IDnow).',
      '4. Préparez votre pièce d’identité, placez-vous dans un lieu suffisamment éclairé.',
      '5. Prenez une photo de votre carte d’identité ou de votre passeport.',
      '6. Prenez 2 selfies à deux distances différentes.',
      '7. Validez la dernière étape avec Terminer.',
      '',
      `Sans l’application, vous pouvez aussi ouvrir cette page sur le smartphone : ${companionUrl}`,
      '',
      'Sur la tablette, la fonction Actualiser de Gestion des utilisateurs CSM indique ensuite où en est votre identification.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function passwordCodeEmail(
  to: string,
  code: string,
  purpose: PasswordPurpose,
  validMinutes: number,
): OutgoingMessage {
  const what = purpose === 'INIT' ? 'initialiser' : 'modifier';
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : votre code de confirmation',
    body: [
      'Bonjour,',
      '',
      `Vous avez demandé à ${what} le mot de passe de votre compte Cyber Security Management. Aucun numéro de mobile n’étant enregistré, le code vous est envoyé par e-mail.`,
      '',
      `Code de confirmation : ${code}`,
      '',
      `Saisissez ce code sur la tablette avec votre nouveau mot de passe. Il est valable ${validMinutes} minutes.`,
      '',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe ne change pas sans ce code.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/** Sent to the e-mail address when a mobile number is confirmed: password codes go there now. */
export function mobileChangedEmail(to: string, maskedMobile: string): OutgoingMessage {
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : numéro de mobile enregistré',
    body: [
      'Bonjour,',
      '',
      `Le numéro de mobile ${maskedMobile} vient d’être enregistré sur votre compte Cyber Security Management. Les codes de confirmation de mot de passe y seront désormais envoyés par SMS.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/** Sent to the e-mail address when a new mobile number replaces another one: password codes
 * go to the new number now. Both numbers masked. */
export function mobileReplacedEmail(
  to: string,
  maskedMobile: string,
  maskedPrevious: string,
): OutgoingMessage {
  return {
    channel: 'email',
    to,
    subject: 'Cyber Security Management : numéro de mobile modifié',
    body: [
      'Bonjour,',
      '',
      `Le numéro de mobile de votre compte Cyber Security Management vient d’être modifié : ${maskedMobile} remplace ${maskedPrevious}. Les codes de confirmation de mot de passe seront désormais envoyés par SMS au nouveau numéro.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, changez votre mot de passe et contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

/** After a password set by code: the owner learns of it even if someone else did it. */
export function passwordChangedEmail(to: string, purpose: PasswordPurpose): OutgoingMessage {
  const done = purpose === 'INIT' ? 'initialisé' : 'modifié';
  return {
    channel: 'email',
    to,
    subject: `Cyber Security Management : votre mot de passe est ${done}`,
    body: [
      'Bonjour,',
      '',
      `Le mot de passe de votre compte Cyber Security Management vient d’être ${done}.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
