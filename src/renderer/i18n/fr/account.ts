// Words of a CSM user's account screen.
export const account = {
  nextStep: {
    SYNC_PENDING:
      'Les données sont enregistrées sur la tablette ; elles partiront vers le serveur CSM dès que la connexion le permet.',
    EMAIL_PENDING: 'Prochaine étape : saisir le code Token reçu par E-Mail.',
    IDENT_PENDING: 'Prochaine étape : effectuer l’identification IDnow avec un smartphone.',
    IDENT_REVIEW:
      'L’identification est en cours de vérification. Actualisez dans quelques minutes.',
    ACTIVE: 'Votre identification a été validée avec succès : vous pouvez utiliser CSM.',
    IDENT_FAILED: 'L’identification a été refusée ou interrompue : demandez un nouveau code IDnow.',
  },
  open: {
    EMAIL_PENDING: 'Saisir le code Token',
    IDENT_PENDING: 'Effectuer l’identification',
    IDENT_REVIEW: 'Suivre l’identification',
    IDENT_FAILED: 'Voir l’identification',
    ACTIVE: 'Voir l’identification',
  },
  tracker: {
    label: 'Progression',
    registered: 'Enregistré',
    email: 'E-Mail validé',
    ident: 'IDnow',
    active: 'Validé',
    doneAt: '✔ {{time}}',
    done: '✔',
    waitingSince: 'en attente depuis {{time}}',
    waiting: 'en attente',
    todo: 'à venir',
  },
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  remove: 'Retirer de cette tablette',
  confirmRemove:
    'Retirer {{name}} de cette tablette ? Ses données sont effacées de la tablette ; son compte CSM reste sur le serveur.',
  confirmYes: 'Retirer',
  confirmNo: 'Annuler',
  support: {
    title: 'Assistance',
    identId: 'Ident-ID',
    supportRef: 'Référence assistance',
    email: 'E-Mail',
    lastSync: 'Dernière synchronisation',
    lastError: 'Dernière erreur',
    none: '—',
  },
} as const;
