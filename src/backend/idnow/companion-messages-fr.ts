// What the smartphone page says when the simulator refuses a step, in French.
import type { CaptureSlot } from './idnow-sessions-repo.js';

export const companionMessagesFr = {
  identInvalid:
    'Ident-ID non valide : trois lettres, un tiret et cinq lettres, par exemple TST-KXRZB.',
  identUnknown: 'Ident-ID inconnu. Vérifiez l’identifiant reçu par e-mail.',
  alreadySubmitted:
    'Cette identification a déjà été soumise. Suivez son résultat sur la tablette avec Actualiser.',
  closed: 'Cette identification est terminée. Sur la tablette, demandez un nouvel Ident-ID.',
  termsFirst: 'Acceptez d’abord les conditions générales.',
  notImage: 'Ce fichier n’est pas une photo (JPEG, PNG, WebP ou HEIC attendu).',
  emptyImage: 'La photo est vide. Reprenez-la.',
  tooLarge: (maxMb: number) =>
    `La photo dépasse ${maxMb} Mo. Reprenez-la avec une résolution plus basse.`,
  samePhoto: 'Cette photo a déjà été envoyée pour une autre étape. Prenez une nouvelle photo.',
  missing: (slots: readonly CaptureSlot[]) =>
    `Il manque encore : ${slots.map((slot) => slotNamesFr[slot]).join(', ')}.`,
} as const;

export const slotNamesFr: Record<CaptureSlot, string> = {
  document: 'la photo de la pièce d’identité',
  'selfie-near': 'le selfie de près',
  'selfie-far': 'le selfie à bout de bras',
};
