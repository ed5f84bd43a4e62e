// The annotated view: legend toggles hide and show, the card explains marks
// on hover and on keyboard focus, the panels (actors, quotes, speaker share,
// stance map) work, stances render from a hand-made annotation, nested marks
// stay readable, and the renderer works on its own in a Shadow DOM.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, pasteAndAnnotate, showWithStances, SAMPLE } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); await pasteAndAnnotate(ctx.page, SAMPLE); });
after(async () => { await ctx.stop(); });

const bg = (page, sel) => page.$eval(sel, (e) => getComputedStyle(e).backgroundColor);
const deco = (page, sel) => page.$eval(sel, (e) => getComputedStyle(e).textDecorationLine);

test("the legend counts each kind and its toggles hide and show the marks", async () => {
  const { page } = ctx;
  const person = page.locator("#legend button[data-kind=ent-PERSON]");
  const count = await page.$$eval("#view .m.ent-PERSON.ent-s", (els) => els.length);
  assert.equal(await person.locator(".count").textContent(), String(count));
  assert.equal(await person.getAttribute("aria-pressed"), "true");
  assert.notEqual(await bg(page, "#view .m.ent-PERSON"), "rgba(0, 0, 0, 0)");
  await person.click();
  assert.equal(await person.getAttribute("aria-pressed"), "false");
  assert.equal(await bg(page, "#view .m.ent-PERSON"), "rgba(0, 0, 0, 0)");
  assert.equal(await page.$eval("#view .m.ent-PERSON.ent-e", (e) => getComputedStyle(e, "::after").content), "none");
  assert.notEqual(await bg(page, "#view .m.ent-GPE"), "rgba(0, 0, 0, 0)", "other labels stay");
  await person.click();
  assert.notEqual(await bg(page, "#view .m.ent-PERSON"), "rgba(0, 0, 0, 0)");

  const direct = page.locator("#legend button[data-kind=quote-direct]");
  assert.equal(await direct.locator(".count").textContent(), "2");
  assert.equal(await deco(page, "#view .m.quote-direct"), "underline");
  await direct.click();
  assert.equal(await deco(page, "#view .m.quote-direct"), "none");
  // a hidden kind is left out of the card
  await page.hover("#view .m.quote-direct.quote-s");
  assert.doesNotMatch(await page.textContent("#card"), /Direct quote/);
  await direct.click();
  assert.equal(await deco(page, "#view .m.quote-direct"), "underline");
});

test("hovering the spokeswoman's quote shows a card naming its speaker, cue and why", async () => {
  const { page } = ctx;
  const quote = page.locator("#view .m.quote-direct.quote-s").first();
  assert.match(await quote.textContent(), /^“It involved/);
  await quote.hover();
  const card = page.locator("#card");
  await card.waitFor({ state: "visible" });
  const text = await card.textContent();
  assert.match(text, /Direct quote/);
  assert.match(text, /Speakerspokeswoman for Mr Starmer/);
  assert.match(text, /Named asthe spokeswoman/);
  assert.match(text, /Cuesaid/);
  assert.match(text, /Speaker issubject of “said”/);
  assert.match(text, /Whyquote:cue-subject/);
  await page.mouse.move(1, 1);
  await card.waitFor({ state: "hidden" });
  // an entity's card gives its label, actor and evidence
  await page.hover("#view .m.ent-PERSON.ent-s >> text=Keir Starmer");
  assert.match(await card.textContent(), /Person \(PERSON\).*ActorKeir Starmer.*Whytagger/);
});

test("keyboard: focus the article, arrows step through the marks and the card follows focus", async () => {
  const { page } = ctx;
  await page.focus("#view");
  await page.keyboard.press("ArrowRight");
  const first = await page.evaluate(() => [document.activeElement.textContent, document.activeElement.getAttribute("aria-describedby")]);
  assert.equal(first[0], "Labour");
  assert.equal(first[1], "card");
  assert.equal(await page.isVisible("#card"), true);
  assert.match(await page.textContent("#card"), /Organisation \(ORG\)/);
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Keir Starmer");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Labour");
  await page.keyboard.press("End");
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Town/);
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible("#card"), false);
  await page.keyboard.press("Home");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Labour");
});

test("the Actors panel counts mentions and quotes, and pressing an actor highlights all its mentions", async () => {
  const { page } = ctx;
  const spokes = page.locator("#actors button", { hasText: "spokeswoman for Mr Starmer" });
  assert.match(await spokes.textContent(), /2 mentions · 2 quotes · 0 stances/);
  const starmer = page.locator("#actors button", { hasText: "Keir Starmer" });
  await starmer.click();
  assert.equal(await starmer.getAttribute("aria-pressed"), "true");
  const lit = await page.$$eval("#view .nm-hl", (els) => els.map((e) => e.textContent));
  for (const m of ["Keir Starmer", "Starmer", "He", "his"]) assert.ok(lit.includes(m), `${m} in ${lit.join("|")}`);
  await starmer.click();
  assert.equal(await page.$$eval("#view .nm-hl", (els) => els.length), 0);
});

test("the Quotes panel groups by speaker and a click takes you to the quote", async () => {
  const { page } = ctx;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("#quotes button", { hasText: "There are many reasons" }).click();
  const focused = await page.evaluate(() => ({ text: document.activeElement.textContent, cls: document.activeElement.className }));
  assert.match(focused.text, /^"There are many reasons/);
  assert.match(focused.cls, /nm-flash/);
  await page.waitForFunction(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
});

test("the chart gives each speaker's share of quoted words", async () => {
  const { page } = ctx;
  const label = await page.getAttribute("#shares svg", "aria-label");
  assert.match(label, /spokeswoman for Mr Starmer \d+% \(2\d words\)/);
  assert.match(label, /group \d+%/);
  assert.ok((await page.$$("#shares svg rect")).length >= 2);
});

test("stances (hand-made until the engine makes them): marks, card, legend and the stance map", async () => {
  const { page } = ctx;
  await showWithStances(page);
  assert.equal(await page.textContent("#view"), SAMPLE);
  assert.equal(await page.textContent("#legend button[data-kind=stance-oppose] .count"), "1");
  assert.equal(await page.textContent("#legend button[data-kind=stance-support] .count"), "1");
  const oppose = await page.$$eval("#view .m.stance-oppose", (els) => els.map((e) => e.textContent).join(""));
  assert.equal(oppose, "Mr Starmer has refused to call for a ceasefire");
  // nested: "Starmer" is an entity inside the stance; both cues are drawn on the same piece
  const nested = await page.$eval("#view .m.stance-oppose.ent-PERSON", (e) => ({
    text: e.textContent, bg: getComputedStyle(e).backgroundColor, img: getComputedStyle(e).backgroundImage,
  }));
  assert.equal(nested.text, "Starmer");
  assert.notEqual(nested.bg, "rgba(0, 0, 0, 0)");
  assert.match(nested.img, /gradient/);
  assert.equal(await page.$eval("#view .m.stance-oppose.stance-s", (e) => getComputedStyle(e, "::before").content), '"−"');
  await page.hover("#view .m.stance-oppose.stance-s");
  const card = await page.textContent("#card");
  assert.match(card, /Stance: oppose.*HolderKeir Starmer.*Polarityoppose \(after negation\).*Targeta ceasefire.*Cuerefused to call for.*Whystance:test/);
  // the stance map: a picture with one edge per holder and target, and a text list
  const map = await page.evaluate(() => ({
    edges: [...document.querySelectorAll("#stances svg path.edge")].map((p) => p.getAttribute("class")),
    nodes: [...document.querySelectorAll("#stances svg .node title")].map((t) => t.textContent),
    list: [...document.querySelectorAll("#stances li")].map((li) => li.textContent),
  }));
  assert.deepEqual(map.edges.sort(), ["edge edge-oppose", "edge edge-support"]);
  assert.deepEqual(map.nodes.sort(), ["Keir Starmer", "a ceasefire", "an immediate ceasefire in Gaza", "more than 150 Muslim Labour councillors"]);
  assert.ok(map.list.includes("Keir Starmer opposes a ceasefire"));
  assert.match(await page.textContent("#actors"), /Keir Starmer.*1 stance/s);
  // the hide toggle for stances
  await page.click("#legend button[data-kind=stance-oppose]");
  assert.equal(await page.$eval("#view .m.stance-oppose", (e) => getComputedStyle(e).backgroundImage), "none");
  await page.click("#legend button[data-kind=stance-oppose]");
});

test("the renderer is standalone: a crafted annotation renders in a Shadow DOM with nested and overlapping marks", async () => {
  const { page } = ctx;
  const out = await page.evaluate(async () => {
    const { render, collectMarks } = await import("./www/render.js");
    const { attachCards } = await import("./www/card.js");
    const host = document.createElement("div");
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "www/marks.css";
    const view = document.createElement("div");
    const card = document.createElement("div");
    card.className = "nm-card";
    root.append(link, view, card);
    // offsets (UTF-16): Ann 0-3, said 7-11, quote 12-32, back 16-20, Bob 21-24, plan” 27-32, Bob 37-40, agreed 41-47
    const text = "Ann 👍 said “we back Bob's plan” and Bob agreed.";
    const s = (start, end) => ({ start, end, text: text.slice(start, end) });
    const ev = { rule: "test", detail: "crafted" };
    const a = {
      schema: "newsmark/1", offsets: "utf16", length: text.length, paragraphs: [], sentences: [],
      entities: [{ ...s(0, 3), label: "PERSON", actor: 0, evidence: ev }, { ...s(21, 24), label: "PERSON", actor: 1, evidence: ev },
        { ...s(37, 40), label: "PERSON", actor: 1, evidence: ev }],
      actors: [{ id: 0, name: "Ann", label: "PERSON", mentions: [{ ...s(0, 3), kind: "name" }] },
        { id: 1, name: "Bob", label: "PERSON", mentions: [{ ...s(21, 24), kind: "name" }, { ...s(37, 40), kind: "name" }] }],
      quotes: [{ ...s(12, 32), kind: "direct", speaker: { ...s(0, 3), actor: 0 }, speaker_text: "Ann", cue: s(7, 11), evidence: ev }],
      attributions: [],
      stances: [{ ...s(0, 32), holder: { ...s(0, 3), actor: 0 }, holder_name: "Ann", polarity: "support", target: { ...s(21, 31), actor: null },
        cue: s(16, 20), negated: false, evidence: ev },
      { ...s(27, 48), holder: { ...s(37, 40), actor: 1 }, holder_name: "Bob", polarity: "oppose", target: { ...s(27, 31), actor: null },
        cue: s(41, 47), negated: false, evidence: ev }],
      stance_summary: [],
    };
    render(view, text, a);
    await new Promise((ok) => link.addEventListener("load", ok, { once: true }));
    attachCards(view, card, () => a);
    const pieces = [...view.querySelectorAll(".m")].map((e) => [e.textContent, e.className]);
    const bob = view.querySelector(".ent-PERSON.quote.stance-support");
    bob.focus();
    return { content: view.textContent, pieces, marks: collectMarks(a).length, card: card.textContent, bobBg: getComputedStyle(bob).backgroundColor };
  });
  assert.equal(out.content, "Ann 👍 said “we back Bob's plan” and Bob agreed.");
  const bob = out.pieces.find(([t]) => t === "Bob");
  for (const cls of ["ent-PERSON", "quote-direct", "stance-support"]) assert.ok(bob[1].split(" ").includes(cls), bob[1]);
  // the overlap of the two stances ("plan”") carries both polarities
  const overlap = out.pieces.filter(([, c]) => /stance-support/.test(c) && /stance-oppose/.test(c)).map(([t]) => t).join("");
  assert.equal(overlap, "plan”");
  assert.match(out.card, /Person \(PERSON\).*ActorBob.*Direct quote.*SpeakerAnn.*Stance: support.*HolderAnn/);
  assert.notEqual(out.bobBg, "rgba(0, 0, 0, 0)", "marks.css styles marks inside a shadow root");
});

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
