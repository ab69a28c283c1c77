// CSM's password policy in a worker of its own: loading its word lists and building zxcvbn's
// dictionaries take the main thread for most of a second, time in which no tap would show.
// Asked a password, it answers its verdict under the same number; asked nothing ('warm'), it
// loads and builds everything so the first password typed is answered at once.
import { loadPasswordPolicy } from '../../contract/csm/password-policy.js';
import type { PolicyAnswer, PolicyQuestion } from './policy-messages.js';

const WARM_UP_PASSWORD = 'préchauffage des listes';

self.addEventListener('message', (event: MessageEvent<PolicyQuestion>) => {
  const question = event.data;
  loadPasswordPolicy().then(
    (check) => {
      if (question.kind === 'warm') {
        check(WARM_UP_PASSWORD, '');
        return;
      }
      const answer: PolicyAnswer = {
        id: question.id,
        verdict: check(question.password, question.email),
      };
      self.postMessage(answer);
    },
    // No verdict: the form stays without advice, and the core still checks at the save.
    () => self.postMessage({ id: question.kind === 'check' ? question.id : -1, verdict: null }),
  );
});
