// The import's and the workbench's words, which the atlas's entry does not carry.
import '../../core/tool-messages';
import { useEffect, useRef, useState } from 'react';
import { isPartialDate } from '../../core/dates';
import type { SourceFacts } from '../../core/ingest/edit';
import type { ArticleProposal } from '../../core/ingest/propose';
import { reviewedOf } from '../../core/ingest/review';
import { formatIssue } from '../../core/issues';
import { phrase, type Text } from '../../core/messages';
import { failureText, type Workbench } from '../../core/protocol';
import { useT } from '../i18n';
import type { FactsDraft } from './ArticleFactsForm';
import { ArticleFactsForm } from './ArticleFactsForm';
import { ArticleSide, ReviewMessage } from './ArticleSide';
import { PairCard } from './PairCard';
import { undoKeys, useReviewHistory } from './use-review-history';

interface Opened {
  proposal: ArticleProposal;
}

const draftOf = (facts: SourceFacts): FactsDraft => ({
  headline: facts.headline ?? '',
  published: facts.published ?? '',
  publisher: facts.publisher ?? '',
  url: facts.url ?? '',
  subject: facts.subject,
  language: facts.language,
  fromFile: new Set(),
});

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * *Edit* in a partnership's details: its citations of one source opened as the workbench's review
 * (status, domains, ticked sentences, selected passages, our translations), with undo, and written
 * back on *Save*: nothing changes before.
 */
export function EditPanel({
  workbench,
  partnership,
  source,
  onClose,
}: {
  workbench: Workbench;
  partnership: string;
  source: string;
  onClose: () => void;
}) {
  const words = useT();
  const { t } = words;
  const [opened, setOpened] = useState<Opened | null>(null);
  const [facts, setFacts] = useState<FactsDraft | null>(null);
  const { reviews, canUndo, change, undo, start } = useReviewHistory();
  const [busy, setBusy] = useState<'opening' | 'saving' | null>('opening');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: Text | string } | null>(
    null,
  );
  const [issues, setIssues] = useState<string[]>([]);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    workbench
      .openEdit(partnership, source)
      .then((reading) => {
        if (!live) return;
        if (!reading.ok) {
          setMessage({ kind: 'error', text: phrase('workbench.editFailed') });
          setIssues(reading.issues.map((issue) => formatIssue(issue, words)));
          return;
        }
        setOpened({ proposal: reading.proposal });
        setFacts(draftOf(reading.facts));
        start([reading.review]);
      })
      .catch((error: unknown) => {
        if (live) setMessage({ kind: 'error', text: failureText(error) });
      })
      .finally(() => {
        if (live) setBusy(null);
      });
    return () => {
      live = false;
    };
    // Opened once per partnership and source (the host keys this panel by them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const review = reviews[0];
  const save = async () => {
    if (!opened || !facts || !review) return;
    setIssues([]);
    if (facts.subject.trim() === '') {
      setMessage({ kind: 'error', text: phrase('workbench.noSubject') });
      return;
    }
    const reviewed = reviewedOf(opened.proposal, review);
    if (!reviewed) {
      setMessage({ kind: 'error', text: phrase('workbench.noStatus') });
      return;
    }
    if (reviewed.date !== null && !isPartialDate(reviewed.date)) {
      const pair = review.parties.join(' – ');
      const where = phrase('time.statusDate');
      setMessage({
        kind: 'error',
        text: phrase('time.badDate', { pair, value: reviewed.date, where }),
      });
      return;
    }
    setBusy('saving');
    setMessage(null);
    try {
      const saved = await workbench.saveEdit(
        partnership,
        source,
        {
          language: facts.language,
          headline: blank(facts.headline),
          subject: facts.subject.trim(),
          publisher: blank(facts.publisher),
          published: blank(facts.published),
          url: blank(facts.url),
        },
        reviewed,
      );
      if (!saved.ok) {
        setMessage({ kind: 'error', text: phrase('workbench.issues') });
        setIssues(saved.issues.map((issue) => formatIssue(issue, words)));
        return;
      }
      setMessage({ kind: 'info', text: phrase('workbench.saved', { name: saved.info.name }) });
      workbench.open(saved.info.id, partnership);
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
      <h2 id="workbench-heading">{t('workbench.editTitle')}</h2>
      {busy === 'opening' && <p aria-busy="true">{t('app.loading')}</p>}
      {opened && facts && review && (
        <div className="workbench-columns">
          <div className="workbench-review">
            <p className="note">{t('workbench.editIntro')}</p>
            <ArticleFactsForm facts={facts} onChange={setFacts} />
            <PairCard
              proposal={opened.proposal}
              review={review}
              editing
              published={facts.published}
              onChange={(next) => {
                change(() => [next]);
              }}
            />
          </div>
          <ArticleSide
            proposal={opened.proposal}
            language={facts.language}
            reviews={reviews}
            textRef={textRef}
            onChange={change}
          />
        </div>
      )}
      <ReviewMessage message={message} issues={issues} />
      <div className="dialog-actions">
        {opened && (
          <>
            <button type="button" disabled={!canUndo} onClick={undo}>
              {t('workbench.undo')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => void save()}
            >
              {busy === 'saving' ? t('workbench.saving') : t('workbench.save')}
            </button>
          </>
        )}
        <button type="button" onClick={onClose}>
          {t('workbench.close')}
        </button>
      </div>
    </section>
  );
}
