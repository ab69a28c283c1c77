// French wording of every refusal the tablet can show (by error code) and of field checks (by
// field error key). The only place these sentences are written. A code whose refusal carries a
// number has a variant per detail and plural form (`<CODE>_<detail>_one|other`, see
// ../error-text.ts); the bare sentence serves when the number is missing.
import type { FieldErrorKey } from '../../../contract/csm/fields.js';
import type { ErrorCode, ErrorDetails } from '../../../contract/kiosk/errors.js';
import type { KioskFieldErrorKey } from '../../../contract/kiosk/settings.js';

type CountedVariant = `${ErrorCode}_${keyof ErrorDetails}_${'one' | 'other'}`;

export const errorMessagesFr = {
  INVALID_INPUT: 'Certaines données saisies ne sont pas valides.',
  UNKNOWN_COMMAND: 'Commande inconnue.',
  NOT_FOUND: 'Élément introuvable.',
  NETWORK: 'Le serveur CSM est injoignable. Les données restent sur la tablette.',
  TIMEOUT: 'Le serveur CSM ne répond pas à temps.',
  SERVER: 'Le serveur CSM a rencontré une erreur. Nouvel essai automatique.',
  REJECTED: 'Le serveur CSM a refusé la demande.',
  UNAUTHENTICATED:
    'Cette tablette n’a plus l’accès à ce compte CSM. Retirez l’utilisateur puis ajoutez-le avec « Ajouter un utilisateur CSM existant ».',
  FORBIDDEN:
    'Demande refusée : cette tablette n’est pas autorisée à agir sur ce compte CSM (accès retiré ou remplacé). ' +
    'Retirez l’utilisateur puis ajoutez-le avec « Ajouter un utilisateur CSM existant ».',
  IDEMPOTENCY_CONFLICT: 'Cette demande a déjà été envoyée avec d’autres données.',
  RATE_LIMITED: 'Trop de demandes. Veuillez patienter un instant.',
  RATE_LIMITED_retryAfterS_one: 'Trop de demandes. Patientez {{count}} seconde puis réessayez.',
  RATE_LIMITED_retryAfterS_other: 'Trop de demandes. Patientez {{count}} secondes puis réessayez.',
  CODE_INVALID: 'Code incorrect. Vérifiez le code reçu et réessayez.',
  CODE_INVALID_triesLeft_one: 'Code incorrect : encore {{count}} essai.',
  CODE_INVALID_triesLeft_other: 'Code incorrect : encore {{count}} essais.',
  CODE_EXPIRED: 'Ce code a expiré. Demandez un nouveau code.',
  CODE_VOID: 'Trop d’essais incorrects : ce code n’est plus valable. Demandez un nouveau code.',
  TOO_SOON: 'Un code vient d’être envoyé. Patientez avant d’en demander un nouveau.',
  TOO_SOON_retryAfterS_one:
    'Un code vient d’être envoyé. Patientez {{count}} seconde avant d’en demander un nouveau.',
  TOO_SOON_retryAfterS_other:
    'Un code vient d’être envoyé. Patientez {{count}} secondes avant d’en demander un nouveau.',
  CREDENTIALS_INVALID: 'E-Mail ou mot de passe incorrect.',
  PASSWORD_WEAK:
    'Ce mot de passe est trop facile à deviner ou reprend l’adresse E-Mail. Choisissez-en un autre.',
  WRONG_STATE: 'Cette étape ne correspond pas à l’état actuel du compte. Actualisez.',
  INTERNAL: 'Erreur interne. Veuillez réessayer.',
  SECRET_LOST:
    'Le mot de passe en attente ne peut plus être lu sur cette tablette. ' +
    'Retirez cet utilisateur de la tablette puis enregistrez-le de nouveau.',
  OUTBOX_DAMAGED:
    'Cette action enregistrée est illisible. Retirez cet utilisateur puis recommencez.',
} as const satisfies Record<ErrorCode, string> & Partial<Record<CountedVariant, string>>;

export const validationMessagesFr = {
  required: 'Ce champ est obligatoire.',
  email_invalid: 'Adresse E-Mail non valide (exemple : nom@garage.fr).',
  too_long: 'Ce champ ne peut pas dépasser 200 caractères.',
  password_too_short: 'Le mot de passe doit contenir au moins 12 caractères.',
  password_too_long: 'Le mot de passe ne peut pas dépasser 128 caractères.',
  password_mismatch: 'Les deux mots de passe ne sont pas identiques.',
  password_blank: 'Le mot de passe ne peut pas être fait que d’espaces.',
  password_common: 'Ce mot de passe fait partie des plus courants. Choisissez-en un autre.',
  password_is_email:
    'Le mot de passe ne peut être ni l’adresse E-Mail, ni ce qui précède le « @ ».',
  password_weak: 'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long.',
  code_format: 'Le code comporte 6 chiffres.',
  mobile_invalid: 'Numéro de mobile non valide (exemple : 06 12 34 56 78).',
  host_invalid: 'Nom de serveur non valide (exemple : csm.exemple.fr).',
  port_invalid: 'Port non valide : un nombre entre 1 et 65535.',
  invalid: 'Valeur non valide.',
  insecure_not_allowed:
    'Connexion non chiffrée (http) refusée pour un serveur CSM distant : utilisez https.',
} as const satisfies Record<FieldErrorKey | KioskFieldErrorKey, string>;
export type ValidationMessageKey = FieldErrorKey | KioskFieldErrorKey;
