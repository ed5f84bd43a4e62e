// Takes the screenshots in docs/ with headless Chromium (not a test):
//   node tests/browser/screenshot.mjs
// docs/screenshot.png         the sample article, light theme, a quote's card open
// docs/screenshot-stances.png dark theme, the sample article's stances and a stance card
// docs/screenshot-phone.png   phone width
import { start } from "./helpers.mjs";

const docs = (name) => new URL(`../../docs/${name}`, import.meta.url).pathname;

async function shot(name, options, act) {
  const ctx = await start(options);
  await act(ctx.page);
  await ctx.page.screenshot({ path: docs(name) });
  if (ctx.errors.length) console.error(ctx.errors);
  await ctx.stop();
  console.log(`wrote docs/${name}`);
}

const sample = async (page) => {
  await page.selectOption("#samples", "starmer-arab-ambassadors.txt");
  await page.waitForFunction(() => /annotated in/.test(document.getElementById("status").textContent));
};

await shot("screenshot.png", { viewport: { width: 1280, height: 1000 } }, async (page) => {
  await sample(page);
  await page.hover("#view .m.quote-direct.quote-s");
});

await shot("screenshot-stances.png", { viewport: { width: 1280, height: 900 }, colorScheme: "dark" }, async (page) => {
  await sample(page);
  await page.evaluate(() => { document.querySelector(".panels").scrollTop = document.getElementById("shares").closest("details").offsetTop - 10; });
  await page.locator("#view .m.stance-oppose.stance-s").first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  await page.locator("#view .m.stance-oppose.stance-s").first().hover();
});

await shot("screenshot-phone.png", { viewport: { width: 390, height: 844 } }, async (page) => {
  await sample(page);
  await page.focus("#view");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.evaluate(() => document.getElementById("view-heading").scrollIntoView());
});
