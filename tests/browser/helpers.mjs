// Shared set-up for the browser tests: serve the repository on a free
// loopback port, start Debian's Chromium through playwright-core, and watch
// for console errors, for any request that leaves the page's origin, and for
// any request at all once the page has loaded.
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SAMPLE = await readFile(new URL("../../seeds/starmer-arab-ambassadors.txt", import.meta.url), "utf8");

export async function start({ viewport = { width: 1280, height: 900 }, colorScheme = "light" } = {}) {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
  const ctx = { browser, context, url, errors: [], foreign: [], dialogs: [], late: [] };
  ctx.page = await watch(ctx, await context.newPage());
  await load(ctx.page, url);
  ctx.stop = async () => { await browser.close(); server.close(); };
  return ctx;
}

/** Records errors, foreign requests, dialogs, and requests after the page said it was ready. */
export async function watch(ctx, page) {
  const origin = new URL(ctx.url).origin;
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") ctx.errors.push(`${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => ctx.errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(ctx.url) && !u.startsWith("data:") && !u.startsWith(`blob:${origin}/`)) ctx.foreign.push(u);
    if (page.loaded && !u.startsWith(`blob:${origin}/`)) ctx.late.push(u);
  });
  page.on("dialog", async (d) => { ctx.dialogs.push(d.message()); await d.dismiss(); });
  return page;
}

/** Opens the page and waits until the annotator is ready (no request is expected after that). */
export async function load(page, url) {
  page.loaded = false;
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForFunction(() => document.querySelectorAll("#samples option").length > 1);
  page.loaded = true;
}

/** Waits until the page has shown the annotation of a new job. */
export async function shown(page, before, timeout = 30_000) {
  await page.waitForFunction((b) => document.body.dataset.shown !== b && /annotated in/.test(document.getElementById("status").textContent),
    before, { timeout });
}

/** Puts `text` in the text area as a paste would (plain text), then presses Annotate. */
export async function pasteAndAnnotate(page, text) {
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.fill("#text", text);
  await page.click("#annotate");
  await shown(page, before);
}

/** Annotates the sample, adds hand-made stances (the engine does not make them yet) and shows the result. */
export async function showWithStances(page) {
  await pasteAndAnnotate(page, SAMPLE);
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.evaluate(async () => {
    const text = document.getElementById("text").value;
    const { annotate } = await import("./www/pkg/newsmark.js").then(async (m) => { await m.default(); return m; });
    const a = annotate(text);
    const span = (s, from = 0) => { const start = text.indexOf(s, from); if (start < 0) throw new Error(s); return { start, end: start + s.length, text: s }; };
    const starmer = a.actors.findIndex((x) => x.name === "Keir Starmer");
    const statement1 = span("Mr Starmer has refused to call for a ceasefire");
    const holder1 = { ...span("Mr Starmer", statement1.start), actor: starmer };
    const councillors = span("more than 150 Muslim Labour councillors");
    const statement2 = span("more than 150 Muslim Labour councillors came together to put pressure on the party’s leadership to call for an immediate ceasefire in Gaza");
    a.stances = [
      { ...statement1, holder: holder1, holder_name: "Keir Starmer", polarity: "oppose",
        target: { ...span("a ceasefire", statement1.start), actor: null }, cue: span("refused to call for"), negated: true,
        evidence: { rule: "stance:test", detail: "hand-made for the test: “refused to” negates “call for”" } },
      { ...statement2, holder: { ...councillors, actor: null }, holder_name: null, polarity: "support",
        target: { ...span("an immediate ceasefire in Gaza"), actor: null }, cue: span("call for", statement2.start), negated: false,
        evidence: { rule: "stance:test", detail: "hand-made for the test: cue “call for”" } },
    ];
    a.stance_summary = [
      { holder: "Keir Starmer", target: "a ceasefire", polarity: "oppose", count: 1 },
      { holder: "more than 150 Muslim Labour councillors", target: "an immediate ceasefire in Gaza", polarity: "support", count: 1 },
    ];
    document.dispatchEvent(new CustomEvent("newsmark:show", { detail: { text, annotation: a } }));
  });
  await shown(page, before);
}
