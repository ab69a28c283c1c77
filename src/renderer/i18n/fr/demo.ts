// Words of demo mode (trainers in front of a class, no network): the ribbon, the inbox tray, the
// smartphone beside the tablet, the trainer's controls and the Réglages switch. French first,
// the product's words.
export const demo = {
  ribbon: 'DÉMO',
  pageNotice: 'Mode démonstration : tablette et serveur CSM de démonstration.',
  inbox: {
    title: 'Boîte de réception (démo)',
    open: 'Boîte de réception (démo)',
    unread_one: '{{count}} nouveau message',
    unread_other: '{{count}} nouveaux messages',
    arrived_one: '{{count}} nouveau message dans la boîte de réception (démo)',
    arrived_other: '{{count}} nouveaux messages dans la boîte de réception (démo)',
    close: 'Fermer',
    back: 'Tous les messages',
    empty:
      'Aucun message pour l’instant. Les e-mails et SMS du serveur CSM de démonstration apparaissent ici dès leur envoi.',
    email: 'E-Mail',
    sms: 'SMS',
    kinds: {
      token: 'Token',
      ident: 'Ident-ID',
      mobile: 'Code SMS',
      password: 'Mot de passe',
    },
    to: 'À : {{to}}',
    sentAt: 'Envoyé à {{time}}',
    chip: 'Saisir le code {{code}}',
    wrongChip: 'Token erroné',
    wrongChipLabel: 'Saisir un Token erroné {{code}}',
    noField: 'Cet écran n’a pas de champ pour ce code.',
  },
  phone: {
    title: 'Smartphone (démo)',
    open: 'Smartphone (démo)',
    close: 'Fermer le smartphone',
    none: 'Aucune identification en cours',
    noneHint: 'Enregistrez un utilisateur et validez son Token : son identification s’ouvre ici.',
  },
  controls: {
    title: 'Démo',
    pace: 'Rythme',
    instant: 'Instantané',
    realistic: 'Réaliste',
    instantHint: 'Les e-mails, SMS et la vérification IDnow arrivent tout de suite.',
    realisticHint:
      'Comme en vrai : les e-mails arrivent quelques secondes plus tard, la vérification IDnow prend 30 s.',
    scenario: 'Scénario',
    scenarios: {
      registration: 'Nouvel enregistrement',
      identRefused: 'Identification refusée',
      wrongTokens: 'Cinq Tokens erronés',
      offline: 'Tablette hors ligne',
    },
    scenarioHints: {
      registration: 'Un utilisateur s’enregistre, valide son Token et s’identifie.',
      identRefused:
        'IDnow refuse l’identification : l’utilisateur voit « identification refusée ».',
      wrongTokens:
        'La boîte de réception propose aussi un Token erroné : cinq essais erronés bloquent le Token.',
      offline: 'Le serveur CSM s’arrête : la tablette garde tout et l’envoie à son retour.',
    },
    offlineBanner: 'CSM hors ligne (démo)',
    bringBack: 'Rétablir CSM',
    takeOffline: 'Couper CSM',
    reset: 'Réinitialiser la démo',
    resetQuestion:
      'Tous les utilisateurs, e-mails et SMS de la démo seront effacés : une tablette et un serveur CSM vides.',
    resetConfirm: 'Réinitialiser',
    resetDone: 'Démo réinitialisée en {{seconds}} s',
    resetting: 'Réinitialisation…',
    leave: 'Quitter le mode démonstration',
    leaveQuestion:
      'Les données de la démo seront effacées et la tablette retrouvera ses propres utilisateurs.',
    leaveConfirm: 'Quitter',
    leaving: 'Retour à la tablette…',
    cancel: 'Annuler',
  },
  settings: {
    tile: 'Mode démonstration',
    offHint: 'Pour former : une tablette et un serveur CSM de démonstration, sans réseau.',
    onHint: 'Activé — rythme, scénario, réinitialisation',
    forcedHint: 'Activé au démarrage (npm run demo) — rythme, scénario, réinitialisation',
    enterTitle: 'Passer en mode démonstration ?',
    enterQuestion:
      'Une tablette et un serveur CSM de démonstration, vides ; vos utilisateurs restent intacts et reviennent en quittant le mode démonstration.',
    enterConfirm: 'Mode démonstration',
    entering: 'Démarrage de la démo…',
  },
} as const;
