import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const article = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');

const workbench = (page: Page) => page.getByRole('dialog', { name: 'Add an article' });

/** Opens the workbench, pastes an article and asks for its proposals. */
async function propose(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add an article' }).click();
  const dialog = workbench(page);
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Propose partnerships' }).click();
  return dialog;
}

/**
 * Selects words of the article shown, as a mouse or Shift and the arrows would (the range may
 * run across the marks of the names found), `before` characters earlier than the words; returns
 * the bar that offers the selection as evidence.
 */
async function selectInArticle(page: Page, text: string, before = 0) {
  await page.evaluate(
    ([wanted, extra]) => {
      const box = document.querySelector('dialog[open] .workbench-text');
      const sentence = [...(box?.querySelectorAll('[data-start]') ?? [])].find((el) =>
        el.textContent.includes(wanted),
      );
      if (!sentence) throw new Error(`not found: ${wanted}`);
      const from = sentence.textContent.indexOf(wanted);
      const point = (target: number): [Node, number] => {
        const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (seen + length >= target) return [node, target - seen];
          seen += length;
        }
        throw new Error('past the end');
      };
      const range = document.createRange();
      range.setStart(...point(Math.max(0, from - extra)));
      range.setEnd(...point(from + wanted.length));
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    },
    [text, before] as const,
  );
  const bar = workbench(page).getByRole('group', { name: 'The words selected in the article' });
  await expect(bar.locator('.passage')).toHaveText(text);
  return bar;
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations.map((v) => v.id);

test.describe('the article workbench', () => {
  test('an Arabic article becomes a partnership quoting its own words, in a working copy kept after a reload', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const text = article('ar-10-intent');
    const dialog = await propose(page, text);

    // The proposal: the pair, the status suggested with its cue, the pronoun noted, nothing ticked.
    const card = dialog.getByRole('article', { name: 'Qatar – Italy' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('checkbox', { name: 'Add Qatar – Italy' })).not.toBeChecked();
    await expect(card.getByRole('combobox', { name: 'Status' })).toHaveValue('intent-expressed');
    await expect(card.getByText('Suggested from “تتطلع”')).toBeVisible();
    await expect(
      card.getByText('A party may be named as “الجانبان” here: check who.'),
    ).toBeVisible();
    await expect(card.getByRole('checkbox', { checked: true })).toHaveCount(0);
    // The article itself, right to left, with what is never evidence labelled.
    const shown = dialog.getByRole('region', { name: 'The article' });
    await expect(shown.locator('[dir="rtl"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Nothing is kept before the analyst says so, and the description is asked for.
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Write our one-line description of the article first.',
    );
    await dialog
      .getByLabel('Our one-line description (required)')
      .fill('Qatar wants closer security cooperation with Italy');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Accept at least one partnership and tick the evidence for at least one of its domains.',
    );

    // A step of the review can be undone while the workbench is open.
    await card.getByRole('button', { name: 'Tick every suggested passage' }).click();
    await expect(card.getByRole('checkbox', { name: 'Add Qatar – Italy' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Undo' }).click();
    await expect(card.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await card.getByRole('button', { name: 'Tick every suggested passage' }).click();
    await expect(card.getByRole('checkbox', { name: 'Add Qatar – Italy' })).toBeChecked();
    const evidence =
      'أعرب وزير الدولة لشؤون الدفاع القطري عن رغبة بلاده في تعميق الشراكة مع إيطاليا في مجالات التدريب والأمن السيبراني.';
    await card
      .getByLabel('Our translation (optional)')
      .first()
      .fill(
        'The Qatari minister of state for defence affairs expressed his country’s wish to deepen the partnership with Italy in training and cybersecurity.',
      );
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();

    // The atlas starts again on the working copy, with the new link.
    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await atlas.waitForMapIdle();
    expect(await atlas.renderedArcIds()).toHaveLength(3);
    await atlas.selectFromList('Qatar – Italy');
    const details = atlas.details('Qatar – Italy');
    await expect(details.getByText('Interest expressed; dialogue planned').first()).toBeVisible();
    await expect(details.getByText(evidence, { exact: true }).first()).toBeVisible();
    // What was not written is said, in words that fit an article (not "the imported file").
    await expect(
      details.getByText(
        'No summary has been written for this partnership yet; the line above says where it came from.',
      ),
    ).toBeVisible();
    await expect(
      details.getByText('We have not translated this passage yet.').first(),
    ).toBeVisible();
    await expect(
      details.getByText('Qatar wants closer security cooperation with Italy').first(),
    ).toBeVisible();

    // Kept in the browser: a reload shows it again; the shipped dataset did not change.
    await page.reload();
    await atlas.waitForMapIdle();
    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await expect(atlas.list.getByRole('button', { name: /Qatar – Italy/ })).toBeVisible();
    await atlas.showSeed();
    await expect(atlas.list.getByRole('button', { name: /Qatar – Italy/ })).toHaveCount(0);
  });

  test('bad input is named and changes nothing: no text, no actor', async ({ atlas, page }) => {
    await atlas.open();
    const dialog = await propose(page, '   ');
    await expect(dialog.getByRole('alert')).toHaveText('There is no text to read.');
    await dialog.getByLabel('Article text').fill(article('ar-08-no-actor'));
    await dialog.getByRole('button', { name: 'Propose partnerships' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      'No state or organization found: add the parties yourself.',
    );
    await expect(
      dialog.getByText(
        'No pair of actors is named together with a cue of cooperation in the article’s reported text.',
      ),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect(page.locator('.tagline')).toHaveText('Mediterranean security partnerships (seed)');
  });

  test('an HTML page: its text read, its headline and date taken from its markup, its scripts never run', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Add an article' }).click();
    const dialog = workbench(page);
    const html = `<!doctype html><html><head><title>Page title</title>
<meta property="og:title" content="Japan and the Philippines sign defence pact">
<meta property="article:published_time" content="2024-07-08T09:00:00Z">
<script>window.__ran = true;</script></head><body><article>
<h1>Japan and the Philippines sign defence pact</h1>
${article('en-09-defence-pact')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(1)
  .map((line) => `<p>${line}</p>`)
  .join('\n')}
</article></body></html>`;
    await dialog.getByLabel('Or choose a text file').setInputFiles({
      name: 'pact.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await expect(dialog.getByRole('article', { name: 'Japan – Philippines' })).toBeVisible();
    const facts = dialog.getByRole('group', { name: 'About the article' });
    await expect(facts.getByLabel(/^Headline/)).toHaveValue(
      'Japan and the Philippines sign defence pact',
    );
    await expect(facts.getByLabel(/^Published/)).toHaveValue('2024-07-08');
    await expect(facts.getByText('(from the file)')).toHaveCount(2);
    await expect(facts.getByLabel(/^Publisher/)).toHaveValue('');
    expect(
      await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran),
    ).toBeUndefined();
  });

  test('any span selected in the text becomes an exact excerpt, for the status or a domain', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const dialog = await propose(page, article('en-02-talks'));
    const card = dialog.getByRole('article', { name: 'Egypt – Greece' });
    await expect(card).toBeVisible();
    // Part of a sentence, with the space before it: the space is not kept.
    const words = 'maritime security in the Eastern Mediterranean';
    const bar = await selectInArticle(page, words, 1);
    await bar.getByRole('combobox', { name: 'as evidence for' }).selectOption('maritime-security');
    await bar.getByRole('button', { name: 'Use as evidence' }).click();
    const selected = card.getByRole('group', { name: 'Passages selected in the text' });
    await expect(selected).toContainText(`Maritime security: ${words}`);
    await expect(card.getByRole('checkbox', { name: 'Add Egypt – Greece' })).toBeChecked();

    // The status still needs its passage: the suggested one, ticked by the analyst.
    await dialog
      .getByLabel('Our one-line description (required)')
      .fill('Egypt and Greece discuss maritime security');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Tick the passage that shows the status of Egypt – Greece.',
    );
    await card
      .getByRole('group', { name: 'Evidence for the status' })
      .getByRole('checkbox')
      .first()
      .check();
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await atlas.waitForMapIdle();
    await atlas.selectFromList('Egypt – Greece');
    await expect(
      atlas.details('Egypt – Greece').getByText(words, { exact: true }).first(),
    ).toBeVisible();
  });

  test('in Arabic: the workbench mirrors, speaks Arabic and is axe-clean', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?lang=ar');
    await page.getByRole('button', { name: 'أضف مقالًا' }).click();
    const dialog = page.getByRole('dialog', { name: 'إضافة مقال' });
    await dialog.getByLabel('نص المقال').fill(article('ar-05-several-pairs'));
    await dialog.getByRole('button', { name: 'اقترح الشراكات' }).click();
    await expect(dialog.getByRole('heading', { name: 'الشراكات المقترحة' })).toBeVisible();
    await expect(dialog.getByRole('article', { name: 'مصر – السعودية' })).toBeVisible();
    await dialog.getByRole('button', { name: 'حدّد كل المقاطع المقترحة' }).first().click();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a pair the proposals missed: named by the analyst, its evidence selected in the text', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    // Bangladesh spelt بنغلادش, a spelling the name lists lack: the proposals miss it.
    const dialog = await propose(
      page,
      'وقعت مصر وبنغلادش اتفاقية للتعاون في مجال إزالة الألغام.\nوتشمل الاتفاقية برامج لتدريب الفرق الهندسية.\n',
    );
    await expect(dialog.getByText('Named in the article: Egypt')).toBeVisible();
    const manual = dialog.getByRole('group', { name: 'A partnership the proposals missed' });
    await manual.getByLabel('First party').fill('Egypt');
    await manual.getByLabel('Second party').fill('بنغلاديش');
    await manual.getByRole('button', { name: 'Add this pair to review' }).click();
    const card = dialog.getByRole('article', { name: 'Egypt – Bangladesh' });
    await expect(card.getByRole('checkbox', { name: 'Add Egypt – Bangladesh' })).toBeChecked();
    const select = async (wanted: string, target: string) => {
      const bar = await selectInArticle(page, wanted);
      await bar
        .getByRole('combobox', { name: 'for the partnership' })
        .selectOption({ label: 'Egypt – Bangladesh' });
      await bar.getByRole('combobox', { name: 'as evidence for' }).selectOption(target);
      await bar.getByRole('button', { name: 'Use as evidence' }).click();
    };
    await select('اتفاقية للتعاون في مجال إزالة الألغام', 'demining');
    await select('وقعت مصر وبنغلادش اتفاقية', 'status');
    await card.getByRole('combobox', { name: 'Status' }).selectOption('agreement-signed');
    // Named again, the pair is not reviewed twice.
    await manual.getByLabel('First party').fill('بنغلاديش');
    await manual.getByLabel('Second party').fill('Egypt');
    await manual.getByRole('button', { name: 'Add this pair to review' }).click();
    await expect(
      dialog.getByRole('article', { name: /Egypt – Bangladesh|Bangladesh – Egypt/ }),
    ).toHaveCount(1);
    await expect(dialog.getByText('Egypt – Bangladesh is already in the review.')).toBeVisible();
    await dialog
      .getByLabel('Our one-line description (required)')
      .fill('Egypt and Bangladesh sign a demining agreement');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await atlas.waitForMapIdle();
    await atlas.selectFromList('Egypt – Bangladesh');
    await expect(
      atlas
        .details('Egypt – Bangladesh')
        .getByText('اتفاقية للتعاون في مجال إزالة الألغام', { exact: true })
        .first(),
    ).toBeVisible();
  });

  test('a working copy goes to the repository as a zip that passes the data check, its evidence is edited, and the zip comes back', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const dialog = await propose(page, article('ar-01-signed-mou'));
    const card = dialog.getByRole('article', { name: 'Morocco – France' });
    await card.getByRole('button', { name: 'Tick every suggested passage' }).click();
    await dialog
      .getByLabel('Our one-line description (required)')
      .fill('Morocco and France sign a maritime security memorandum');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await atlas.waitForMapIdle();

    // 2. The repository's layout: unpacked into a folder, `npm run data:check` passes on it as it
    // is, and names what is left to do (no translation, no summary, states at their territory).
    await page.getByRole('button', { name: 'Export data' }).click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: 'Export the data' })
      .getByRole('button', { name: /^For the repository/ })
      .click();
    const zip = readFileSync(await (await download).path());
    const folder = mkdtempSync(join(tmpdir(), 'atlas-repository-'));
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    const check = execFileSync(
      'npx',
      ['tsx', 'scripts/data-check.ts', join(folder, 'atlas.json')],
      { encoding: 'utf8' },
    );
    expect(check).toMatch(/atlas\.json: OK — \d+ actors, .* 3 partnerships/);
    expect(check).toContain('note: ');
    expect(check).toContain('not translated yet');
    await page.keyboard.press('Escape');

    // 4. Edit what exists: a translation written in the working copy.
    await atlas.selectFromList('Morocco – France');
    const details = atlas.details('Morocco – France');
    await details.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit the evidence' });
    const evidence = editor.getByRole('article', { name: 'Morocco – France' });
    await expect(
      evidence.getByRole('heading', { name: 'Evidence for Morocco – France' }),
    ).toBeVisible();
    await expect(evidence.getByRole('combobox', { name: 'Status' })).toHaveValue(
      'agreement-signed',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Undo while the review is open.
    await evidence.getByRole('combobox', { name: 'Status' }).selectOption('talks-held');
    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect(evidence.getByRole('combobox', { name: 'Status' })).toHaveValue(
      'agreement-signed',
    );
    const translation =
      'The Moroccan interior minister and his French counterpart signed a memorandum of understanding in Rabat yesterday to strengthen cooperation on maritime security and against irregular migration.';
    await evidence.getByLabel('Our translation (optional)').first().fill(translation);
    await editor.getByRole('button', { name: 'Save the changes' }).click();
    // The atlas starts again on the working copy, the partnership still selected.
    await page.waitForURL(/[?&]p=/);
    await expect(atlas.details('Morocco – France').getByText(translation).first()).toBeVisible();
    // Kept: a reload (the address keeps the selection) shows it again.
    await page.reload();
    await atlas.waitForMapIdle();
    await expect(atlas.details('Morocco – France').getByText(translation).first()).toBeVisible();

    // 3. The zip imports back as a dataset whose sources keep their texts.
    await page.getByRole('button', { name: 'Datasets' }).click();
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const importer = page.getByRole('dialog', { name: 'Import partnerships' });
    await importer.getByLabel('File to import').setInputFiles({
      name: 'atlas-repository.zip',
      mimeType: 'application/zip',
      buffer: zip,
    });
    await expect(
      importer.getByText('3 of 3 rows can be imported.', { exact: false }),
    ).toBeVisible();
    await importer.getByLabel('Name of the new dataset').fill('From the repository');
    await importer.getByRole('button', { name: 'Import 3 partnerships and show them' }).click();
    await expect(page.locator('.tagline')).toHaveText('From the repository');
    await atlas.waitForMapIdle();
    await atlas.selectFromList('Morocco – France');
    const back = atlas.details('Morocco – France');
    await expect(
      back.getByText('وقّع وزير الداخلية المغربي', { exact: false }).first(),
    ).toBeVisible();
    // Checked against the article's text, as the seed's are.
    await expect(back.getByText(/not checked against/)).toHaveCount(0);
    await expect(back.getByRole('button', { name: 'Edit' })).toBeVisible();
  });

  test('an article’s dated events: "next week" counted from the article’s date, earlier events kept for the history', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const text = readFileSync(join(FIXTURES, '../ingest-events/ar-history.txt'), 'utf8');
    const dialog = await propose(page, text);
    const card = dialog.getByRole('article', { name: 'Algeria – Tunisia' });
    await expect(card.getByRole('combobox', { name: 'Status' })).toHaveValue('intent-expressed');
    const statusDate = card.getByLabel('Date of the status');
    // Without the article's date, "next week" stays words: nothing is counted or guessed.
    await expect(statusDate).toHaveValue('');
    await expect(
      card.getByText(
        '“\u2068الأسبوع المقبل\u2069”: give the article’s date above to count from it.',
      ),
    ).toBeVisible();
    await dialog.getByLabel(/^Published/).fill('2024-03-09');
    await expect(
      card.getByText(
        '“\u2068الأسبوع المقبل\u2069”, counted from the article’s date (March 9, 2024): March 2024.',
      ),
    ).toBeVisible();
    // Still a suggestion: the field stays empty until the analyst accepts it.
    await expect(statusDate).toHaveValue('');
    await card.getByRole('button', { name: 'Tick every suggested passage' }).click();
    await expect(statusDate).toHaveValue('2024-03');

    // The other events: unticked and undated until the analyst keeps them.
    const events = card.getByRole('group', { name: 'Other events the article reports' });
    await expect(events.getByRole('checkbox')).toHaveCount(2);
    await expect(events.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(
      events.getByText('The text states “\u20689 مارس 2017\u2069”: March 9, 2017.'),
    ).toBeVisible();
    await events.getByRole('checkbox', { name: 'Keep: Talks held' }).check();
    await events.getByRole('checkbox', { name: 'Keep: Agreement signed' }).check();
    const eventDates = events.getByLabel('Date of this event');
    await expect(eventDates.nth(0)).toHaveValue('2024-03-08');
    await expect(eventDates.nth(1)).toHaveValue('2017-03-09');
    await dialog
      .getByLabel('Our one-line description (required)')
      .fill('Algeria and Tunisia to sign a border security agreement');

    // A status dated before a kept event is refused, named, and nothing is added.
    await statusDate.fill('2024-03-01');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Algeria – Tunisia: the status must be the latest event, but the kept event “Talks held” (March 8, 2024) may come after it. Give the status a later date, or change the status.',
    );
    await statusDate.fill('March');
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      '“March” (Date of the status) is not a date.',
    );
    await card.getByRole('button', { name: 'Use March 2024' }).click();
    await dialog.getByRole('button', { name: 'Add to dataset' }).click();

    await expect(page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed) (working copy)',
    );
    await atlas.waitForMapIdle();
    await atlas.selectFromList('Algeria – Tunisia');
    const details = atlas.details('Algeria – Tunisia');
    const history = details.getByRole('region', { name: 'History of this pair' });
    await expect(history.locator('ol.history-events > li .history-line')).toHaveText([
      'March 9, 2017Agreement signed',
      'March 8, 2024Talks held',
      'March 2024Interest expressed; dialogue planned',
    ]);
    await expect(history.locator('ol.history-events > li').nth(0)).toContainText(
      'ووقعت الجزائر وتونس في 9 مارس 2017 مذكرة تفاهم أولى في مجال مكافحة الإرهاب.',
    );
  });
});
