// The dated events' words live with the time bar's, outside the atlas's entry and its workers.
import '../../core/time-messages';
import type { ArticleProposal } from '../../core/ingest/propose';
import type { reviewedPartnerships } from '../../core/ingest/review';
import { phrase, type Text, type Translator } from '../../core/messages';

type Refusal = Extract<ReturnType<typeof reviewedPartnerships>, { ok: false }>;

/** Why a review cannot be added yet, naming the pair and, for a date, which one and what was written. */
export function reviewProblemText(
  problem: Refusal,
  proposal: ArticleProposal,
  words: Translator,
): Text {
  if (problem.reason === 'none-accepted') return phrase('workbench.noneAccepted');
  const pair = problem.parties
    .map((id) => {
      const actor = proposal.actors.find((a) => a.id === id);
      return actor ? words.localized(actor.name) : id;
    })
    .join(' – ');
  switch (problem.reason) {
    case 'no-status-evidence':
      return phrase('workbench.noStatusEvidence', { pair });
    case 'bad-date':
      return phrase('time.badDate', {
        pair,
        value: problem.value,
        where:
          problem.event === null
            ? phrase('time.statusDate')
            : phrase('time.eventNumber', { n: problem.event + 1 }),
      });
    case 'status-not-latest':
      return phrase('time.statusNotLatest', {
        pair,
        kind: phrase(`status.${problem.later.kind}`),
        date:
          problem.later.date === null
            ? phrase('time.eventUndated')
            : words.formatDate(problem.later.date),
      });
  }
}
