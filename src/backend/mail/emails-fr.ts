// The e-mails in French: the seed's language, and an account's when its tablet sent none.
import { email, type Emails } from './emails.js';

const SIGNATURE =
  'Cyber Security Management\nCe message a été envoyé automatiquement, merci de ne pas y répondre.';

export const emailsFr: Emails = {
  tokenEmail: (to, code, validMinutes) =>
    email(to, 'Cyber Security Management : votre code Token', [
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
    ]),

  alreadyRegisteredEmail: (to) =>
    email(to, 'Cyber Security Management : tentative d’enregistrement avec votre adresse', [
      'Bonjour,',
      '',
      'Quelqu’un vient de demander l’enregistrement d’un nouvel utilisateur CSM avec votre adresse e-mail, qui a déjà un compte Cyber Security Management.',
      '',
      'Votre compte n’a pas été modifié et aucun code n’a été envoyé.',
      '',
      'Si c’était vous, continuez simplement à utiliser votre compte existant. Sinon, vous pouvez ignorer ce message.',
      '',
      SIGNATURE,
    ]),

  identEmail: (to, identId, companionUrl) =>
    email(to, 'Cyber Security Management : votre Ident-ID IDnow', [
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
    ]),

  passwordCodeEmail(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'initialiser' : 'modifier';
    return email(to, 'Cyber Security Management : votre code de confirmation', [
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
    ]);
  },

  mobileChangedEmail: (to, maskedMobile) =>
    email(to, 'Cyber Security Management : numéro de mobile enregistré', [
      'Bonjour,',
      '',
      `Le numéro de mobile ${maskedMobile} vient d’être enregistré sur votre compte Cyber Security Management. Les codes de confirmation de mot de passe y seront désormais envoyés par SMS.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ]),

  mobileReplacedEmail: (to, maskedMobile, maskedPrevious) =>
    email(to, 'Cyber Security Management : numéro de mobile modifié', [
      'Bonjour,',
      '',
      `Le numéro de mobile de votre compte Cyber Security Management vient d’être modifié : ${maskedMobile} remplace ${maskedPrevious}. Les codes de confirmation de mot de passe seront désormais envoyés par SMS au nouveau numéro.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, changez votre mot de passe et contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ]),

  passwordChangedEmail(to, purpose) {
    const done = purpose === 'INIT' ? 'initialisé' : 'modifié';
    return email(to, `Cyber Security Management : votre mot de passe est ${done}`, [
      'Bonjour,',
      '',
      `Le mot de passe de votre compte Cyber Security Management vient d’être ${done}.`,
      '',
      'Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.',
      '',
      SIGNATURE,
    ]);
  },
};
