// The learning path: the index shows every lesson once, in path order, with its picture; previous / next links walk
// the path from the first lesson to the last and back, keeping the language and dropping the lesson's parameters;
// in a presentation the bar's lesson links keep presenting.
import { LESSONS } from '../../src/lessons';
import { PATH } from '../../src/lessons/path';
import { expect, test } from './fixtures';

const ids = LESSONS.map((l) => l.id);
const pathIds = PATH.flatMap((p) => p.lessons);

test('the index shows every lesson exactly once, numbered in path order under its part, each picture loaded with an alt text', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.locator('.card').first().waitFor();
  const order = await page.locator('.card[data-lesson]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.lesson!));
  // Lessons no part lists yet come last, so the order is the path's, then the rest of the catalogue.
  expect(order).toEqual([...pathIds, ...ids.filter((id) => !pathIds.includes(id))]);
  expect(new Set(order).size).toBe(LESSONS.length);
  await expect(page.locator('.part-title')).toHaveText(PATH.map((p) => p.title.en));
  await expect(page.locator('.card .card-number')).toHaveText(order.map((_, i) => String(i + 1)));
  for (const part of PATH) {
    const cards = page.locator(`#part-${part.id} .card[data-lesson]`);
    await expect(cards.first()).toHaveAttribute('data-lesson', part.lessons[0]);
  }
  const pictures = page.locator('.card img.card-picture');
  await expect(pictures).toHaveCount(LESSONS.length);
  await expect
    .poll(() => pictures.evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length))
    .toBe(LESSONS.length);
  for (const alt of await pictures.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt))) expect(alt.length).toBeGreaterThan(20);
  await expect(page.locator('.card-note')).toContainText('recorded run');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('.part-title').first()).toHaveText(PATH[0].title.zh);
  await expect(page.locator('.card-note')).toContainText('记录');
});

test('"next" walks from the first lesson to the last, "previous" back; links keep the language and drop the parameters', async ({ page }) => {
  test.setTimeout(150_000); // 2 × 14 lesson loads on a busy machine
  const byId = new Map(LESSONS.map((l) => [l.id, l]));
  const order = [...pathIds, ...ids.filter((id) => !pathIds.includes(id))];
  // A changed parameter on the first lesson must not travel to the next one.
  await page.goto(`./#/${order[0]}?seed=7&lang=en`);
  const h1 = page.locator('.lesson-page h1');
  const pager = page.locator('nav.lesson-pager');
  await expect(h1).toHaveText(byId.get(order[0])!.title.en);
  await expect(pager.locator('[data-action="prev-lesson"]')).toHaveCount(0);
  for (let i = 1; i < order.length; i++) {
    const next = pager.locator('[data-action="next-lesson"]');
    await expect(next).toContainText(byId.get(order[i])!.title.en);
    await next.click();
    await expect(page).toHaveURL(new RegExp(`#/${order[i]}\\?lang=en$`));
    await expect(h1).toHaveText(byId.get(order[i])!.title.en);
    await page.locator('.lesson-page > article').waitFor();
  }
  await expect(pager.locator('[data-action="next-lesson"]')).toHaveCount(0);
  for (let i = order.length - 2; i >= 0; i--) {
    await pager.locator('[data-action="prev-lesson"]').click();
    await expect(page).toHaveURL(new RegExp(`#/${order[i]}\\?lang=en$`));
    await expect(h1).toHaveText(byId.get(order[i])!.title.en);
    await page.locator('.lesson-page > article').waitFor();
  }
});

test('in a presentation, "Next lesson" on the last section opens the next lesson presenting at its first section, and "Previous lesson" on the first goes back', async ({ page }) => {
  const [a, b] = pathIds.slice(0, 2);
  await page.goto(`./#/${a}?present=1&lang=en`);
  const counter = page.locator('.section-counter');
  await expect(counter).toHaveAttribute('data-sections', /[1-9]/);
  await expect(page.locator('[data-action="prev-lesson"]')).toHaveCount(0); // the first lesson has none
  await expect(page.locator('nav.lesson-pager')).toBeHidden();
  await page.keyboard.press('End');
  const last = Number(await counter.getAttribute('data-sections')) - 1;
  await expect(counter).toHaveAttribute('data-section', String(last));
  await page.keyboard.press('ArrowRight'); // arrows stay within the lesson
  await expect(page).toHaveURL(new RegExp(`#/${a}\\?`));
  await page.locator('[data-action="next-lesson"]').click();
  await expect(page).toHaveURL(new RegExp(`#/${b}\\?present=1&lang=en$`));
  await expect(page.locator('.lesson-page h1')).toHaveText(LESSONS.find((l) => l.id === b)!.title.en);
  await expect(counter).toHaveAttribute('data-section', '0');
  await expect(page.locator('.present-bar')).toBeVisible();
  await page.locator('[data-action="prev-lesson"]').click();
  await expect(page).toHaveURL(new RegExp(`#/${a}\\?present=1&lang=en$`));
  await expect(counter).toHaveAttribute('data-section', '0');
});
