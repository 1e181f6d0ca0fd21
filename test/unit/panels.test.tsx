// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/messages';

const { say } = translator('en');
import { createAtlasStore, type AtlasStore } from '../../src/store/atlas-store';
import { createInlineClient } from '../../src/data/inline-client';
import { bindDetails, loadDataset } from '../../src/bindings/bind-dataset';
import { DataErrorPanel } from '../../src/ui/DataErrorPanel';
import { DomainFilter } from '../../src/ui/DomainFilter';
import { PartnershipDetails } from '../../src/ui/PartnershipDetails';
import { PartnershipList } from '../../src/ui/PartnershipList';
import { AtlasStoreContext } from '../../src/ui/store-context';
import { StoreWords, useT, Words } from '../../src/ui/i18n';
import { memo } from 'react';
import { diskFetch, readData, SEED_LOCATION, seedJson } from './helpers';

afterEach(cleanup);

function renderPanels(store: AtlasStore) {
  return render(
    <AtlasStoreContext.Provider value={store}>
      <StoreWords>
        <DomainFilter />
        <PartnershipList />
        <PartnershipDetails />
        <DataErrorPanel />
      </StoreWords>
    </AtlasStoreContext.Provider>,
  );
}

async function seededStore(fetcher = diskFetch()): Promise<AtlasStore> {
  const store = createAtlasStore();
  const client = createInlineClient(fetcher);
  bindDetails(store, client);
  await loadDataset(store, client, SEED_LOCATION);
  return store;
}

describe('partnership list and details', () => {
  it('lists both partnerships and opens details with verbatim Arabic evidence', async () => {
    const store = await seededStore();
    renderPanels(store);
    const list = screen.getByRole('region', { name: 'Partnerships' });
    expect(within(list).getByText('2 of 2 shown')).toBeTruthy();

    await userEvent.click(within(list).getByRole('button', { name: /Egypt – NATO/ }));
    expect(store.getState().selectedId).toBe('egy-nato-closer-cooperation');
    const details = await screen.findByRole('complementary', { name: 'Egypt – NATO' });
    expect(within(details).getByText('Interest expressed; dialogue planned')).toBeTruthy();
    expect(within(details).getByText('Not given in the source')).toBeTruthy();
    expect(within(details).getByText('Badr Abdelatty')).toBeTruthy();

    const demining = within(details).getByRole('region', { name: /Passages on Demining/ });
    const quote = demining.querySelector('blockquote');
    expect(quote?.getAttribute('lang')).toBe('ar');
    expect(quote?.getAttribute('dir')).toBe('rtl');
    const source = readData('sources/004_a350234f16e35166.txt');
    expect(source.includes(quote?.textContent ?? '∅')).toBe(true);
    expect(within(demining).getByText(/Our translation/)).toBeTruthy();
    expect(within(demining).getByText('Publisher, date and URL unknown.')).toBeTruthy();

    await userEvent.click(within(details).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('says when an article has no headline instead of inventing one', async () => {
    const store = await seededStore();
    renderPanels(store);
    await userEvent.click(screen.getByRole('button', { name: /Algeria – Spain/ }));
    await screen.findByRole('complementary', { name: 'Algeria – Spain' });
    expect(
      screen.getAllByText(/untitled article \(the text carries no headline\)/).length,
    ).toBeGreaterThan(0);
  });

  it('filters the list by domain and shows counts', async () => {
    const store = await seededStore();
    renderPanels(store);
    const filter = screen.getByRole('group', { name: 'Cooperation domains' });
    const demining = within(filter).getByRole('checkbox', { name: /Demining/ });
    const deminingLabel = demining.closest('label');
    expect(deminingLabel && within(deminingLabel).getByText('1 partnership')).toBeTruthy();

    // Untick every domain the Egypt–NATO link cites: it leaves the list.
    for (const citation of seedJson().partnerships[1]?.domains ?? []) {
      const label =
        store.getState().summary?.domains.find((d) => d.id === citation.domain)?.label.en ?? '';
      await userEvent.click(within(filter).getByRole('checkbox', { name: new RegExp(label) }));
    }
    expect((demining as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('1 of 2 shown')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Egypt – NATO/ })).toBeNull();

    await userEvent.click(within(filter).getByRole('button', { name: 'Show all domains' }));
    expect(screen.getByRole('button', { name: /Egypt – NATO/ })).toBeTruthy();
  });

  it('says so when no partnership is left', async () => {
    const store = await seededStore();
    renderPanels(store);
    for (const d of seedJson().domains) store.getState().toggleDomain(d.id);
    store.getState().toggleStatus('talks-held');
    // The empty list says which filters are in the way, and clears them all at once.
    expect(
      await screen.findByText('No partnership matches: the domain filter, the status filter.'),
    ).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Partnerships' });
    await userEvent.click(within(list).getByRole('button', { name: 'Clear all filters' }));
    expect(within(list).getByText('2 of 2 shown')).toBeTruthy();
    expect(store.getState().filters.hiddenStatuses).toEqual([]);
  });
});

describe('the error panel', () => {
  it('shows each problem with its file, record and field', async () => {
    const broken = seedJson();
    const first = broken.partnerships[0];
    if (first) first.parties[1] = 'XXX';
    const store = await seededStore(
      diskFetch({ 'http://test/data/atlas.json': JSON.stringify(broken) }),
    );
    renderPanels(store);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The atlas’s data could not be loaded')).toBeTruthy();
    const row = within(alert)
      .getByText('refers to actor “XXX”, which does not exist')
      .closest('tr');
    expect(row?.textContent).toContain('data/atlas.json');
    expect(row?.textContent).toContain('partnerships[0] "dza-esp-cyber-ct-talks"');
    expect(row?.textContent).toContain('parties[1]');

    // Switched to Arabic after the problem was found, the panel says it in Arabic.
    await act(() => store.getState().setLanguage('ar'));
    expect(within(alert).getByText('يشير إلى الطرف «XXX»، وهو غير موجود')).toBeTruthy();
    expect(within(alert).queryByText(/does not exist/)).toBeNull();
    await act(() => store.getState().setLanguage('en'));
  });

  it('reports a dataset that cannot be fetched', async () => {
    const store = await seededStore(diskFetch({}));
    expect(store.getState().dataStatus).toBe('ready');
    const missing = createAtlasStore();
    await loadDataset(missing, createInlineClient(diskFetch()), {
      ...SEED_LOCATION,
      url: 'http://test/data/gone.json',
    });
    const issue = missing.getState().dataIssues[0];
    expect(issue && say(issue.message)).toBe('could not be loaded: Error: HTTP 404 Not Found');
  });
});

describe('the interface language', () => {
  /** A component React never re-renders for its own props: only a context change reaches it. */
  const Heading = memo(function Heading() {
    const { t } = useT();
    return <h2>{t('list.heading')}</h2>;
  });

  it('reaches a memoized component, and two providers speak two languages at once', async () => {
    const store = createAtlasStore();
    render(
      <AtlasStoreContext.Provider value={store}>
        <StoreWords>
          <Heading />
        </StoreWords>
        <Words language="en">
          <section aria-label="fixed">
            <Heading />
          </section>
        </Words>
      </AtlasStoreContext.Provider>,
    );
    expect(screen.getAllByRole('heading', { name: 'Partnerships' })).toHaveLength(2);
    await act(() => store.getState().setLanguage('ar'));
    expect(screen.getByRole('heading', { name: 'الشراكات' })).toBeTruthy();
    // The English provider is not moved by the store's language.
    const fixed = screen.getByRole('region', { name: 'fixed' });
    expect(within(fixed).getByRole('heading').textContent).toBe('Partnerships');
  });
});
