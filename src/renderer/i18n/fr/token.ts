// Words of the Token screen (seed steps 9–11).
export const token = {
  intro: 'Inscrivez le code Token reçu par E-Mail et sélectionnez Suite',
  email: 'E-Mail',
  token: 'Token de vérification',
  cancel: 'Interrompre',
  submit: 'Suite',
  checking: 'Vérification…',
  success: 'Vérification du code Token réussie',
  successHint: 'Vous allez recevoir un E-Mail avec le code IDnow. Poursuivez avec Suite.',
  resend: 'Renvoyer le code',
  resendIn: 'Renvoyer le code dans {{time}}',
  resending: 'Envoi…',
  newCodeSent: 'Un nouveau code Token a été envoyé à {{email}}.',
  validity: 'Code valable encore {{time}}',
  expired: 'Le code Token a expiré : demandez-en un nouveau.',
  queued:
    'Hors ligne : le code Token est conservé sur la tablette et sera vérifié dès le retour de la connexion.',
} as const;
