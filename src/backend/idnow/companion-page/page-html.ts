// The smartphone side of the seed (steps 15–22) as one static page, one section per screen.
// Text only: the script shows one section at a time and talks to the simulator's API.
// Kept as a string module so the Electron bundle carries it without copying files.

// Trainers' demo mode: a photo step offers a picture drawn in the page (demo-pictures-script.ts),
// so the class sees the phone's steps without a camera. Described by its step's label, since
// the selfies' section holds two of them.
const demoButton = (slot: string) =>
  `<button type="button" class="demo-photo" data-slot="${slot}" aria-describedby="label-${slot}">
            Utiliser une image de démonstration
          </button>`;

export function companionHtml(maxPhotoBytes: number, demo = false): string {
  const demoPhoto = (slot: string) => (demo ? demoButton(slot) : '');
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>IDnow – identification (simulateur CSM)</title>
    <link rel="stylesheet" href="companion.css" />
    <script type="module" src="companion.js"></script>
  </head>
  <body>
    <header class="brand">
      <span class="logo">IDnow.</span>
      <span class="badge">Simulateur</span>
    </header>
    <main id="companion" data-max-photo-bytes="${maxPhotoBytes}">
      <section data-step="ident">
        <form id="ident-form" novalidate>
          <p class="lead">
            Veillez inscrire et confirmer votre identifiant Ident pour commencer votre
            identification
          </p>
          <label for="ident-id">Ident-ID</label>
          <input id="ident-id" name="ident" autocomplete="off" autocapitalize="characters"
            spellcheck="false" maxlength="9" placeholder="ABC-DEFGH" />
          <button type="submit" class="primary">Commencer</button>
        </form>
      </section>

      <section data-step="terms" hidden>
        <h1 tabindex="-1">Conditions générales</h1>
        <label class="check">
          <input type="checkbox" id="terms-accept" />
          <span>J’ai lu la politique en matière de protection de la vie privée et j’accepte
            les conditions d’utilisation du service IDnow</span>
        </label>
        <p class="links">
          <a href="#politique">Politique en matière de protection de la vie privée</a>
          <a href="#conditions">Conditions d’utilisation</a>
        </p>
        <button type="button" id="terms-start" class="primary" disabled>
          Démarrer l’identification
        </button>
        <button type="button" id="terms-refuse" class="link">Je refuse.</button>
        <div class="legal">
          <h2 id="politique">Politique en matière de protection de la vie privée</h2>
          <p>Ce simulateur ne conserve aucune photo : il ne garde que l’empreinte (SHA-256) et la
            taille de chaque fichier, le temps de vérifier l’identification.</p>
          <h2 id="conditions">Conditions d’utilisation</h2>
          <p>Service de démonstration et de test du serveur CSM de référence. Il ne vérifie pas
            réellement votre identité.</p>
        </div>
      </section>

      <section data-step="prepare" hidden>
        <h1 tabindex="-1">Avant de commencer :</h1>
        <ul class="checklist">
          <li>Préparez votre pièce d’identité</li>
          <li>Assurez-vous d’être dans un lieu suffisamment éclairé</li>
          <li>Préparez-vous à prendre un selfie</li>
        </ul>
        <button type="button" id="prepare-ok" class="primary">OK, je suis prêt(e) !</button>
      </section>

      <section data-step="document" hidden>
        <h1 tabindex="-1">Pièce d’identité</h1>
        <p>Prenez une photo de votre carte d’identité ou de votre passeport.</p>
        <div class="photo">
          <label for="photo-document" id="label-document">Photo de la pièce d’identité</label>
          <input id="photo-document" type="file" accept="image/*" capture="environment"
            data-slot="document" />
          ${demoPhoto('document')}
          <img alt="Aperçu de la photo" hidden />
          <output for="photo-document"></output>
        </div>
        <button type="button" id="document-next" class="primary" disabled>Continuer</button>
      </section>

      <section data-step="selfies" hidden>
        <h1 tabindex="-1">Selfies</h1>
        <p>Prenez 2 selfies à deux distances différentes.</p>
        <div class="photo">
          <label for="photo-selfie-near" id="label-selfie-near">Selfie de près</label>
          <input id="photo-selfie-near" type="file" accept="image/*" capture="user"
            data-slot="selfie-near" />
          ${demoPhoto('selfie-near')}
          <img alt="Aperçu de la photo" hidden />
          <output for="photo-selfie-near"></output>
        </div>
        <div class="photo">
          <label for="photo-selfie-far" id="label-selfie-far">Selfie à bout de bras</label>
          <input id="photo-selfie-far" type="file" accept="image/*" capture="user"
            data-slot="selfie-far" />
          ${demoPhoto('selfie-far')}
          <img alt="Aperçu de la photo" hidden />
          <output for="photo-selfie-far"></output>
        </div>
        <button type="button" id="selfies-send" class="primary" disabled>Envoyer</button>
      </section>

      <section data-step="done" hidden>
        <h1 tabindex="-1">Données de vérification soumises avec succès</h1>
        <p>Merci d’utiliser notre service de vérification d’identité en ligne !</p>
        <button type="button" id="done-finish" class="primary">Terminer</button>
      </section>

      <section data-step="closed" hidden>
        <h1 tabindex="-1">Identification terminée</h1>
        <p>Vous pouvez fermer cette page. Sur la tablette, le bouton Actualiser affiche le
          résultat de la vérification.</p>
      </section>

      <section data-step="refused" hidden>
        <h1 tabindex="-1">Identification interrompue</h1>
        <p>Vous avez refusé les conditions d’utilisation. Sur la tablette, vous pourrez demander
          un nouvel Ident-ID pour recommencer.</p>
      </section>

      <p id="error" class="error" role="alert"></p>
    </main>
  </body>
</html>
`;
}
