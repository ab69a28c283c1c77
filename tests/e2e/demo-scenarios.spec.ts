// The trainer's scenarios and pace, end to end, as `npm run demo` runs them in front of a class:
// only the screens, the inbox tray, its demo controls and the phone panel, never the QA API nor
// /ipc. Each scenario shows what the seed says a technician sees: an identification IDnow
// refuses, a tablet without CSM that sends everything once CSM is back, five wrong Tokens that
// void the code until a new one is sent, and "Réaliste", where mails and IDnow's review take
// their time.
import { DemoPhone } from './support/demo-phone.js';
import { pictureDemo } from './support/demo-pictures.js';
import { DemoTray, expect, test } from './support/demo-fixtures.js';
import type { KioskPage, Registration } from './support/kiosk-page.js';

const lea: Registration = {
  email: 'lea.martin@garage-martin.fr',
  firstName: 'Léa',
  lastName: 'Martin',
  password: 'embrayage-bivalve-26',
  passwordRepeat: 'embrayage-bivalve-26',
};

/** Picks a pace or a scenario in the tray's demo controls and closes the tray. */
async function choose(tray: DemoTray, choice: string) {
  await tray.open();
  await tray.pick(choice);
  await tray.close();
  await expect(tray.drawer).toBeHidden();
}

/** On the Token screen: the Token mail's right chip fills the field, Suite, Suite. */
async function validateToken(kiosk: KioskPage, tray: DemoTray, email: string) {
  await kiosk.openAccount(email);
  await kiosk.button('Saisir le code Token').click();
  await tray.open();
  await tray.openMessage('Token');
  const { chip, code } = await tray.codeChip();
  await chip.click();
  await expect(tray.drawer).toBeHidden();
  await expect(kiosk.field('Token de vérification')).toHaveValue(code);
  await kiosk.suite();
  await expect(kiosk.page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await expect(kiosk.userRow(email)).toContainText('identification à effectuer');
}

/** From the user's account to "Terminer" on the phone panel, with the demo pictures. */
async function identifyOnThePhone(kiosk: KioskPage, email: string) {
  await kiosk.openAccount(email);
  await kiosk.button('Effectuer l’identification').click();
  await kiosk.button('OK, je suis prêt(e) !').click();
  const identId = (await kiosk.identId().textContent()) ?? '';
  await kiosk.button('Smartphone (démo)').click();
  const phone = new DemoPhone(kiosk.page);
  await expect(phone.frame.getByLabel('Ident-ID', { exact: true })).toHaveValue(identId);
  await phone.identify();
  await kiosk.button('Fermer le smartphone').click();
}

test('“Identification refusée”: IDnow refuses, the tablet says so after Actualiser', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(90_000);
  const tray = new DemoTray(page);
  await choose(tray, 'Identification refusée');

  await kiosk.openCsmUsers();
  await kiosk.register(lea);
  await validateToken(kiosk, tray, lea.email);
  // Two mails that open alike ("Cyber Security Management : vot…"), told apart by their rows.
  await tray.open();
  await expect(tray.rows().first()).toContainText(/Ident-ID\s*[A-Z]{3}-[A-Z]{5}/);
  await expect(tray.rows().nth(1)).toContainText(/Token\s*\d{6}/);
  await pictureDemo(page, 'inbox-list');
  await tray.close();
  await identifyOnThePhone(kiosk, lea.email);

  await kiosk.button('Actualiser').click();
  await expect(page.getByRole('heading', { name: 'Identification refusée' })).toBeVisible();
  await expect(
    page.getByText('La vérification n’a pas pu confirmer votre identité.'),
  ).toBeVisible();
  await expect(kiosk.button('Demander un nouveau code IDnow')).toBeVisible();
  await kiosk.button('Retour au compte').click();
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect(kiosk.userRow(lea.email)).toContainText('identification refusée');
});

test('“Tablette hors ligne”: the user waits on the tablet, then reaches CSM when it is back', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(90_000);
  const tray = new DemoTray(page);
  await tray.open();
  await tray.pick('Tablette hors ligne');
  // The controls say CSM is off, and offer it back.
  await expect(
    tray.drawer.getByRole('status').filter({ hasText: 'CSM hors ligne (démo)' }),
  ).toBeVisible();
  await tray.close();

  // The status bar and the banner across the screen, as for a real cut.
  await expect(page.getByTestId('network-state')).toHaveText('Hors ligne', { timeout: 15_000 });
  await expect(page.getByTestId('offline-banner')).toContainText('Hors ligne');

  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await kiosk.fill(lea);
  await kiosk.suite();
  await expect(kiosk.userRow(lea.email)).toContainText('en attente d’envoi');
  await expect(page.getByTestId('offline-banner')).toContainText('1 envoi en attente.');
  // CSM sent nothing: the tray has no message.
  await expect(tray.button('Boîte de réception (démo)')).toBeVisible();

  await tray.open();
  await expect(tray.drawer.getByText(/^Aucun message pour l’instant\./)).toBeVisible();
  await tray.controls();
  await tray.drawer.getByRole('button', { name: 'Rétablir CSM' }).click();
  await expect(tray.drawer.getByText('CSM hors ligne (démo)')).toBeHidden();
  // The Token mail arrives in the open tray once the waiting registration has gone through.
  await expect(tray.rows().filter({ hasText: lea.email })).toHaveCount(1, { timeout: 30_000 });
  await expect(tray.rows().first()).toContainText('Token');
  await tray.close();

  await expect(page.getByTestId('network-state')).toHaveText('En ligne', { timeout: 15_000 });
  await expect(kiosk.userRow(lea.email)).toContainText('E-Mail à valider', { timeout: 30_000 });
  await expect(page.getByText('Tout est envoyé')).toBeVisible();
});

test('“Cinq Tokens erronés”: five wrong chips void the Token, the right chip of a new one works', async ({
  kiosk,
  page,
}) => {
  // "Renvoyer le code" opens 60 s after the first Token (CSM's rule): awaited, not slept.
  test.setTimeout(150_000);
  const tray = new DemoTray(page);
  await choose(tray, 'Cinq Tokens erronés');

  await kiosk.openCsmUsers();
  await kiosk.register(lea);
  await kiosk.openAccount(lea.email);
  await kiosk.button('Saisir le code Token').click();

  const alert = page.getByRole('alert');
  const said: string[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    await tray.open();
    await tray.openMessage('Token');
    const wrong = tray.drawer.getByRole('button', { name: /^Saisir un Token erroné \d{6}$/ });
    await expect(wrong).toContainText('Token erroné');
    const { code: right } = await tray.codeChip();
    const wrongCode = /(\d{6})$/.exec((await wrong.getAttribute('aria-label')) ?? '')?.[1];
    expect(wrongCode).not.toBe(right);
    await wrong.click();
    await expect(kiosk.field('Token de vérification')).toHaveValue(wrongCode ?? '');
    await kiosk.suite();
    const expected =
      attempt < 4
        ? `Code incorrect : encore ${5 - attempt} essais.`
        : attempt === 4
          ? 'Code incorrect : encore 1 essai.'
          : 'Trop d’essais incorrects : ce code n’est plus valable. Demandez un nouveau code.';
    await expect(alert).toHaveText(expected);
    said.push(expected);
  }
  expect(said).toHaveLength(5);

  // A new Token, once CSM allows it (60 s after the first): the tablet offers "Renvoyer le code"
  // at once, CSM may answer with the wait, the button counts it down, then a tap sends a Token.
  // Its mail is the newest in the tray, and its right chip works.
  const resend = page.getByRole('button', { name: 'Renvoyer le code', exact: true });
  const sent = page.getByText(`Un nouveau code Token a été envoyé à ${lea.email}.`);
  const wait = alert.filter({ hasText: /^Un code vient d’être envoyé\. Patientez \d+ secondes/ });
  await resend.click();
  await expect(sent.or(wait)).toBeVisible();
  if (await wait.isVisible()) {
    await expect(resend).toBeEnabled({ timeout: 75_000 });
    await resend.click();
  }
  await expect(sent).toBeVisible();
  await expect(tray.badge(1)).toBeVisible();
  await tray.open();
  await expect(tray.rows().filter({ hasText: 'Token' })).toHaveCount(2);
  await tray.openMessage('Token');
  const { chip, code } = await tray.codeChip();
  await chip.click();
  await expect(kiosk.field('Token de vérification')).toHaveValue(code);
  await kiosk.suite();
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
});

test('“Réaliste”: the Token mail comes a few seconds after Suite, IDnow’s review takes its time', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(90_000);
  const tray = new DemoTray(page);
  await choose(tray, 'Réaliste');

  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await kiosk.fill(lea);
  await kiosk.suite();
  // CSM has the user (the tablet heard its answer), the mail is not there yet: it comes about
  // 4 s after CSM sent it. Timed from the row, as a loaded machine can take seconds to register.
  await expect(kiosk.userRow(lea.email)).toContainText('E-Mail à valider');
  const registeredAt = Date.now();
  await expect(tray.badge(1)).toHaveCount(0);
  await expect(tray.button('Boîte de réception (démo)')).toBeVisible();

  await expect(tray.badge(1)).toBeVisible({ timeout: 10_000 });
  const arrivedMs = Date.now() - registeredAt;
  expect(
    arrivedMs,
    `the Token mail came ${arrivedMs} ms after CSM registered the user`,
  ).toBeGreaterThanOrEqual(2_500);
  expect(arrivedMs).toBeLessThanOrEqual(7_000);

  await validateToken(kiosk, tray, lea.email);
  await identifyOnThePhone(kiosk, lea.email);
  // The review takes 30 s: right after Terminer the user is still being checked.
  await kiosk.button('Actualiser').click();
  await expect(
    page.getByRole('heading', { name: 'Identification en cours de vérification' }),
  ).toBeVisible();
  await kiosk.button('Retour au compte').click();
  await page.getByRole('button', { name: 'Retour' }).click();
  await expect(kiosk.userRow(lea.email)).toContainText('identification en cours de vérification');
});
