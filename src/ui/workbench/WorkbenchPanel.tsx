// The import's and the workbench's words, which the atlas's entry does not carry.
import '../../core/tool-messages';
import { useRef, useState } from 'react';
import type { ArticleFacts, ReadArticle } from '../../core/ingest/article';
import type { ArticleProposal } from '../../core/ingest/propose';
import { initialReview, manualReview, reviewedPartnerships } from '../../core/ingest/review';
import type { ReviewedArticle } from '../../core/ingest/to-dataset';
import { formatIssue } from '../../core/issues';
import { phrase, type Text } from '../../core/messages';
import { failureText, type Workbench } from '../../core/protocol';
import { useT } from '../i18n';
import { useAtlas } from '../store-context';
import { ArticleFactsForm, factsFrom, type FactsDraft } from './ArticleFactsForm';
import { ArticleSide, ReviewMessage } from './ArticleSide';
import { BringArticle } from './BringArticle';
import { ManualPair } from './ManualPair';
import { PairCard } from './PairCard';
import { reviewProblemText } from './review-problem';
import { existingIn } from './existing';
import { useLabels } from './use-labels';
import { undoKeys, useReviewHistory } from './use-review-history';

interface Reading {
  name: string;
  article: ReadArticle;
  proposal: ArticleProposal;
}

/**
 * The article workbench: bring an article, review what it proposes (accept pairs, choose the
 * status, tick the evidence), and add it to the dataset. Nothing is kept before *Add to dataset*.
 */
export function WorkbenchPanel({
  workbench,
  onClose,
}: {
  workbench: Workbench;
  onClose: () => void;
}) {
  const words = useT();
  const { t } = words;
  const summary = useAtlas((s) => s.summary);
  const [reading, setReading] = useState<Reading | null>(null);
  const [facts, setFacts] = useState<FactsDraft | null>(null);
  const { reviews, canUndo, change: setReviews, undo, start } = useReviewHistory();
  const [busy, setBusy] = useState<'reading' | 'adding' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: Text | string } | null>(
    null,
  );
  const [issues, setIssues] = useState<string[]>([]);
  const textRef = useRef<HTMLDivElement>(null);
  const labels = useLabels(reading?.proposal ?? null);

  const propose = async (
    name: string,
    bytes: Uint8Array | null,
    pasted: string | null,
    stated?: ArticleFacts,
  ) => {
    setBusy('reading');
    setMessage(null);
    try {
      const read = await workbench.read(name, bytes, pasted, stated ?? null);
      // For `npm run bench`: the main thread's tasks before and after the proposals arrive.
      performance.mark('workbench:proposals-received');
      if (!read.ok) {
        setMessage({ kind: 'error', text: phrase(`workbench.problem.${read.problem}`) });
        return;
      }
      setReading({ name: read.name, article: read.article, proposal: read.proposal });
      setFacts(factsFrom(read.article));
      start(initialReview(read.proposal, existingIn(summary)));
      if (read.proposal.actors.length === 0)
        setMessage({ kind: 'info', text: phrase('workbench.noActor') });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(null);
    }
  };

  const add = async () => {
    if (!reading || !facts) return;
    setIssues([]);
    if (facts.subject.trim() === '') {
      setMessage({ kind: 'error', text: phrase('workbench.noSubject') });
      return;
    }
    const reviewed = reviewedPartnerships(reading.proposal, reviews);
    if (!reviewed.ok) {
      setMessage({ kind: 'error', text: reviewProblemText(reviewed, reading.proposal, words) });
      return;
    }
    const blank = (value: string) => (value.trim() === '' ? null : value.trim());
    const article: ReviewedArticle = {
      name: reading.name,
      text: reading.article.text,
      language: facts.language,
      headline: blank(facts.headline),
      headlineTranslation: null,
      subject: facts.subject.trim(),
      publisher: blank(facts.publisher),
      published: blank(facts.published),
      url: blank(facts.url),
    };
    setBusy('adding');
    setMessage(null);
    try {
      const added = await workbench.add(article, reviewed.partnerships);
      if (!added.ok) {
        setMessage({ kind: 'error', text: phrase('workbench.issues') });
        setIssues(added.issues.map((issue) => formatIssue(issue, words)));
        return;
      }
      setMessage({
        kind: 'info',
        text: phrase('workbench.added', {
          count: added.partnerships.length,
          name: added.info.name,
        }),
      });
      workbench.open(added.info.id);
    } catch (error) {
      setMessage({
        kind: 'error',
        text: phrase('workbench.failed', { reason: failureText(error) }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="workbench-panel" onKeyDown={undoKeys(undo)}>
      <h2 id="workbench-heading">{t('workbench.title')}</h2>
      {!reading || !facts ? (
        <>
          <p>{t('workbench.intro')}</p>
          <p className="note">{t('workbench.workingCopy')}</p>
          <BringArticle
            busy={busy === 'reading'}
            onPropose={propose}
            onTooLarge={() => {
              setMessage({ kind: 'error', text: phrase('workbench.problem.too-large') });
            }}
          />
          <ReviewMessage message={message} issues={[]} />
        </>
      ) : (
        <>
          <div className="workbench-columns">
            <div className="workbench-review">
              <ArticleFactsForm facts={facts} onChange={setFacts} />
              <h3>{t('workbench.proposals')}</h3>
              {reading.proposal.actors.length > 0 && (
                <p className="note">
                  {t('workbench.found', {
                    actors: reading.proposal.actors
                      .map((a) => words.localized(a.name))
                      .join(t('list.separator')),
                  })}
                </p>
              )}
              {reviews.length === 0 && <p>{t('workbench.noProposals')}</p>}
              {reviews.map((review, index) => (
                <PairCard
                  key={review.parties.join('|')}
                  proposal={reading.proposal}
                  review={review}
                  published={facts.published}
                  onChange={(next) => {
                    setReviews((all) => all.map((r, i) => (i === index ? next : r)));
                  }}
                />
              ))}
              <ManualPair
                workbench={workbench}
                onAdd={(parties) => {
                  const ids: [string, string] = [parties[0].id, parties[1].id];
                  const same = reviews.findIndex((r) => ids.every((id) => r.parties.includes(id)));
                  if (same >= 0) {
                    // Already proposed or named: accepted, never reviewed twice.
                    setReviews((all) =>
                      all.map((r, i) => (i === same ? { ...r, accepted: true } : r)),
                    );
                    setMessage({
                      kind: 'info',
                      text: phrase('workbench.pairKnown', {
                        pair: (reviews[same]?.parties ?? ids).map(labels.nameOf).join(' – '),
                      }),
                    });
                    return;
                  }
                  // The parties are named for the review; they were not found in the text.
                  const missing = parties.filter(
                    (p) => !reading.proposal.actors.some((a) => a.id === p.id),
                  );
                  setReading({
                    ...reading,
                    proposal: {
                      ...reading.proposal,
                      actors: [
                        ...reading.proposal.actors,
                        ...missing.map((p) => ({ ...p, mentions: [], via: [] })),
                      ],
                    },
                  });
                  const existing = existingIn(summary)(ids);
                  setReviews((all) => [...all, manualReview(ids, existing)]);
                }}
              />
            </div>
            <ArticleSide
              proposal={reading.proposal}
              language={facts.language}
              reviews={reviews}
              textRef={textRef}
              onChange={setReviews}
            />
          </div>
          <ReviewMessage message={message} issues={issues} />
          <div className="dialog-actions">
            <button type="button" disabled={!canUndo} onClick={undo}>
              {t('workbench.undo')}
            </button>
            <button
              type="button"
              onClick={() => {
                setReading(null);
                setMessage(null);
                setIssues([]);
              }}
            >
              {t('workbench.back')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => void add()}
            >
              {busy === 'adding' ? t('workbench.adding') : t('workbench.add')}
            </button>
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('workbench.close')}
        </button>
      </div>
    </section>
  );
}
