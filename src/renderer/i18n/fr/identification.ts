// Words of the IDnow identification screen, in the seed's order (steps 15–24).
export const identification = {
  title: 'Identification à effectuer',
  /** The title follows the user's status. */
  titles: {
    IDENT_REVIEW: 'Identification en cours de vérification',
    ACTIVE: 'Identification validée',
    IDENT_FAILED: 'Identification refusée',
  },
  checklistTitle: 'Avant de commencer :',
  checklist: {
    document: 'Préparez votre pièce d’identité',
    light: 'Assurez-vous d’être dans un lieu suffisamment éclairé',
    selfie: 'Préparez-vous à prendre un selfie',
  },
  ready: 'OK, je suis prêt(e) !',
  smartphone: 'Pour l’étape suivante un smartphone est nécessaire.',
  identId: 'Ident-ID',
  qrHint: 'Scannez ce code avec le smartphone pour ouvrir l’étape IDnow.',
  qrAlt: 'Code QR de l’étape IDnow',
  steps: {
    app: 'Installer l’application IDnow',
    code: 'Inscrire le code reçu par E-Mail (Ident-ID)',
    terms: 'Valider les conditions générales',
    document: 'Prendre une photo de votre carte d’identité ou de votre passeport',
    selfies: 'Prendre 2 selfies à deux distances différentes',
    finish: 'Valider la dernière étape avec Terminer',
  },
  waiting: 'Le statut se met à jour tout seul ; Actualiser le vérifie à tout moment.',
  review: 'Identification en cours de vérification',
  reviewHint: 'Les données ont été soumises. La vérification prend en général quelques minutes.',
  validated: 'Votre identification a été validée avec succès',
  validatedHint: 'Vous pouvez maintenant utiliser CSM sur cette tablette.',
  refused: 'Identification refusée',
  reasons: {
    FRAUD_SUSPICION_CONFIRMED: 'La vérification n’a pas pu confirmer votre identité.',
    CANCELED: 'L’identification a été annulée.',
    ABORTED: 'L’identification a été interrompue avant la fin.',
    unknown: 'L’identification n’a pas abouti.',
  },
  whatToDo:
    'Demandez un nouveau code IDnow, puis recommencez avec une pièce d’identité valide, dans un lieu bien éclairé.',
  newIdent: 'Demander un nouveau code IDnow',
  requesting: 'Demande en cours…',
  refresh: 'Actualiser',
  refreshing: 'Actualisation…',
  close: 'Retour au compte',
} as const;
