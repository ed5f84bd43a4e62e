// Shared set-up for the browser tests: serve the repository on a free
// loopback port, start Debian's Chromium through playwright-core, and watch
// for console errors and for any request that leaves the page's origin.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export async function start() {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  const errors = [];
  const foreign = [];
  const dialogs = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(url) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  const stop = async () => { await browser.close(); server.close(); };
  return { page, url, errors, foreign, dialogs, stop };
}

/** Puts `text` in the text area as a paste would, then clicks Annotate. */
export async function pasteAndAnnotate(page, text) {
  await page.fill("#text", text);
  await page.click("#annotate");
  await page.waitForFunction(() => /annotated in/.test(document.getElementById("status").textContent));
}
