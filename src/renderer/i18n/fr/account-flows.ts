// Words of the CGM NET flows brought to CSM accounts: mobile number and password by
// confirmation code, existing account, CSM server setting (wording of the CGM NET document).
export const codes = {
  title: 'Confirmation',
  sms: 'Vous allez recevoir un code par SMS dans quelques secondes au {{destination}}. Veuillez le saisir ci-dessous pour confirmer votre demande.',
  email:
    'Vous allez recevoir un code par E-Mail dans quelques secondes à {{destination}}. Veuillez le saisir ci-dessous pour confirmer votre demande.',
  sending: 'Envoi du code de confirmation…',
  mobileIntro: 'Saisissez le numéro de mobile qui recevra les codes de confirmation par SMS.',
  mobile: 'Numéro de mobile',
  currentPassword: 'Mot de passe actuel',
  currentPasswordWrong: 'Mot de passe actuel incorrect.',
  confirmationCode: 'Code de confirmation',
  newPassword: 'Nouveau mot de passe',
  newPasswordRepeat: 'Ressaisir le nouveau mot de passe',
  ok: 'OK',
  cancel: 'Annuler',
  send: 'Envoyer le code',
  retry: 'Réessayer',
  confirming: 'Vérification…',
  resend: 'Renvoyer le code',
  resendIn: 'Renvoyer le code dans {{time}}',
  done: {
    MOBILE: 'Votre numéro de mobile est enregistré',
    INIT: 'Votre mot de passe est initialisé',
    RESET: 'Votre mot de passe est modifié',
  },
} as const;

export const accountActions = {
  editMobile: 'Numéro de mobile',
  initPassword: 'Initialiser mon mot de passe',
  resetPassword: 'Réinitialiser mon mot de passe',
  mobile: 'Mobile',
  /** A registration CSM refused for its password: in place of "elles partiront…". */
  passwordRefused:
    'Le serveur CSM a refusé le mot de passe de cette inscription : elle ne partira pas tant qu’un autre mot de passe n’est pas choisi.',
  replacePassword: 'Choisir un autre mot de passe',
  /** "Choisir un autre mot de passe": the form. */
  replaceForm: {
    title: 'Choisir un autre mot de passe',
    intro:
      'Le serveur CSM a refusé le mot de passe choisi à l’inscription. Choisissez-en un autre : l’inscription sera envoyée de nouveau avec lui.',
    password: 'Nouveau mot de passe',
    passwordRepeat: 'Ressaisir le nouveau mot de passe',
    cancel: 'Annuler',
    submit: 'Enregistrer',
    saving: 'Enregistrement…',
  },
} as const;

export const signIn = {
  title: 'Ajouter un utilisateur CSM existant',
  intro:
    'Saisissez l’E-Mail et le mot de passe d’un compte CSM déjà enregistré pour l’ajouter à cette tablette.',
  email: 'E-Mail',
  password: 'Mot de passe',
  submit: 'Valider',
  cancel: 'Annuler',
  checking: 'Connexion…',
} as const;

export const server = {
  title: 'Serveur CSM',
  /** The server in use and where it comes from (Réglages tile, Serveur CSM screen). */
  inUse: {
    commandLine: 'Serveur CSM indiqué en ligne de commande : {{address}}',
    setting: 'Serveur CSM réglé sur cette tablette : {{address}}',
    local: 'Serveur CSM local de démonstration',
  },
  /** Under the form when the command line names the server. */
  fixedNote:
    'Le serveur indiqué en ligne de commande reste utilisé : un serveur enregistré ici servira dès que la ligne de commande n’en indiquera plus.',
  intro: 'Serveur CSM à utiliser',
  host: 'Serveur',
  port: 'Port',
  test: 'Tester…',
  testing: 'Test en cours…',
  ok: 'OK',
  cancel: 'Annuler',
  success: 'Connexion réussie — serveur CSM version {{version}}',
  failures: {
    NAME_NOT_FOUND: 'Échec : le nom du serveur est introuvable. Vérifiez l’orthographe.',
    REFUSED: 'Échec : le serveur refuse la connexion sur ce port.',
    CERTIFICATE: 'Échec : le certificat du serveur n’est pas valable.',
    TIMEOUT: 'Échec : le serveur ne répond pas (délai dépassé).',
    NOT_CSM: 'Échec : ce serveur répond, mais ce n’est pas un serveur CSM.',
  },
} as const;
