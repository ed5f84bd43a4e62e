// Embedding newsmark in other sites (docs/EMBED.md), in a real browser: the
// demo page (hostile CSS, the script tag, the element and in-place
// highlighting) over http:// and from file://; index.html from file://; the
// element's look is the same with and without the host's CSS; highlight then
// clear gives back the same DOM; links and handlers keep working; the script
// adds only the `newsmark` global and <news-annotator>, and a second copy of
// it changes nothing; marks that do not fit are reported, not placed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM, SAMPLE } from "./helpers.mjs";

const ROOT = new URL("../../", import.meta.url);
const FILE_ROOT = pathToFileURL(fileURLToPath(ROOT)).href;

let browser, server, url;
const problems = []; // console errors and warnings, page errors, requests leaving the page's own files
before(async () => {
  assert.ok(existsSync(new URL("dist/newsmark.js", ROOT)), "dist/newsmark.js is missing: run ./run build");
  ({ server, url } = await serve(0));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
});
after(async () => { await browser?.close(); server?.close(); });

/** A new page that records problems; `base` is where its files may come from. */
async function open(address, { base = address.startsWith("file:") ? FILE_ROOT : url, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  page.requests = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`${address}: ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`${address}: pageerror: ${e.message}`));
  page.on("dialog", async (d) => { problems.push(`${address}: dialog ${d.message()}`); await d.dismiss(); });
  page.on("request", (r) => {
    page.requests.push(r.url());
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`${address}: request to ${r.url()}`);
  });
  await page.goto(address);
  return page;
}

/** Waits for the demo page: the story highlighted and both elements annotated. */
async function demoReady(page) {
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForFunction(() => [...document.querySelectorAll("news-annotator")].every((e) => e.annotation));
}

async function checkDemo(page) {
  await demoReady(page);
  const out = await page.evaluate(() => {
    const box = document.getElementById("quote-box");
    return {
      report: document.getElementById("report").textContent,
      storyMarks: document.querySelectorAll("#story mark.m").length,
      persons: [...document.querySelectorAll("#story mark.ent-PERSON")].map((m) => m.textContent),
      boxQuote: [...box.shadowRoot.querySelectorAll(".nm-view .m.quote-direct")].map((m) => m.textContent).join(""),
      boxLegend: [...box.shadowRoot.querySelectorAll(".nm-legend button")].map((b) => b.dataset.kind),
      typedOppose: [...document.getElementById("typed").shadowRoot.querySelectorAll(".nm-view .m.stance-oppose")].map((m) => m.textContent).join(""),
      version: newsmark.version,
    };
  });
  assert.match(out.report, /^\d+ marks placed in the story, none left out\.$/);
  assert.ok(out.storyMarks > 10, `${out.storyMarks} marks`);
  assert.ok(out.persons.includes("Keir Starmer"), out.persons.join("|"));
  assert.equal(out.boxQuote, "“We back the plan,”");
  assert.ok(out.boxLegend.includes("quote-direct") && out.boxLegend.includes("ent-PERSON"), out.boxLegend.join(" "));
  assert.ok(!out.boxLegend.some((k) => k.startsWith("stance-")), "kinds=\"entities quotes reported\" leaves stances out of the legend");
  assert.equal(out.typedOppose, "The minister refused to back the cap");
  assert.equal(out.version, "0.1.0");
  // the wasm is inlined: no request for it, only the page's four files
  const files = page.requests.filter((u) => !u.startsWith("data:")).map((u) => u.slice(u.lastIndexOf("/") + 1)).sort();
  assert.deepEqual(files, ["embed-demo.css", "embed-demo.html", "embed-demo.js", "newsmark.js"]);
}

test("the demo page works over http:// (script tag, element, highlight; wasm inlined, no other request)", async () => {
  const page = await open(`${url}www/embed-demo.html`);
  await checkDemo(page);
  await page.context().close();
});

test("the demo page works from file://, with the same relative script path", async () => {
  const page = await open(new URL("www/embed-demo.html", FILE_ROOT).href);
  await checkDemo(page);
  // the page's own link handler still fires inside highlighted text
  await page.click("#poll-link mark >> nth=0");
  assert.equal(await page.textContent("#clicks"), "Link clicks handled by the page: 1");
  await page.context().close();
});

test("index.html opened from file:// annotates with the single-file builds (samples inlined, no worker)", async () => {
  const page = await open(new URL("index.html", FILE_ROOT).href);
  await page.waitForSelector("body[data-ready=true]");
  await page.waitForFunction(() => document.querySelectorAll("#samples option").length > 1);
  await page.selectOption("#samples", "starmer-arab-ambassadors.txt");
  await page.waitForFunction(() => /annotated in/.test(document.getElementById("status").textContent));
  assert.equal(await page.textContent("#view"), SAMPLE);
  assert.ok((await page.$$eval("#view .m.ent-PERSON", (els) => els.map((e) => e.textContent))).includes("Keir Starmer"));
  assert.match(await page.textContent("#quotes"), /spokeswoman for Mr Starmer \(2\)/);
  // typing still annotates, the card still explains
  const before = await page.evaluate(() => document.body.dataset.shown);
  await page.fill("#text", "“We back the plan,” the mayor said.");
  await page.waitForFunction((b) => document.body.dataset.shown !== b, before);
  await page.hover("#view .m.quote-direct");
  assert.match(await page.textContent("#card"), /Direct quote.*Speakermayor.*Named asthe mayor/);
  // the HTML export carries the marks' styles (the inlined copy: a stylesheet read from disk cannot be inspected)
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=html]")]);
  assert.match(readFileSync(await download.path(), "utf8"), /\.m\.ent-PERSON/);
  const files = page.requests.filter((u) => u.startsWith(FILE_ROOT)).map((u) => u.slice(FILE_ROOT.length)).sort();
  assert.deepEqual(files, ["dist/newsmark-page.js", "dist/newsmark.js", "index.html", "www/boot.js", "www/marks.css", "www/style.css"]);
  await page.context().close();
});

/** Computed styles of everything drawn inside an element's shadow root (marks, their labels, legend, card). */
function shadowStyles(id) {
  return [...document.getElementById(id).shadowRoot.querySelectorAll(".nm-root, .nm-view, .m, .nm-legend button, .nm-swatch, .nm-card")].map((e) => {
    const s = getComputedStyle(e), after = getComputedStyle(e, "::after"), before = getComputedStyle(e, "::before");
    const props = ["color", "backgroundColor", "backgroundImage", "fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight",
      "letterSpacing", "textTransform", "textAlign", "textDecorationLine", "textDecorationStyle", "textDecorationColor",
      "borderBottomStyle", "borderBottomWidth", "paddingLeft", "paddingRight", "marginTop", "display", "visibility", "whiteSpace", "boxSizing"];
    return [e.className, e.classList.contains("nm-card") ? "" : e.textContent.slice(0, 30), ...props.map((p) => s[p]), after.content, after.fontFamily, after.fontSize, before.content];
  });
}

test("the element looks the same with and without the host page's hostile CSS", async () => {
  const page = await open(`${url}www/embed-demo.html`);
  await demoReady(page);
  const hostile = { quote: await page.evaluate(shadowStyles, "quote-box"), typed: await page.evaluate(shadowStyles, "typed") };
  // the hostile rules really apply to the host page around it
  assert.match(await page.$eval(".byline", (e) => getComputedStyle(e).fontFamily), /Comic Sans/);
  // the card still shows and hides despite `[hidden] { display: block !important }` and `[role=tooltip] { visibility: hidden !important }`
  const card = () => page.evaluate(() => {
    const c = document.getElementById("quote-box").shadowRoot.querySelector(".nm-card");
    return { display: getComputedStyle(c).display, visibility: getComputedStyle(c).visibility, text: c.textContent };
  });
  assert.equal((await card()).display, "none");
  await page.hover("#quote-box .nm-view .m.quote-direct >> nth=0");
  const shown = await card();
  assert.equal(shown.visibility, "visible");
  assert.match(shown.text, /Direct quote.*Speaker.*mayor.*Cuesaid/);
  const hostileCard = await page.evaluate(shadowStyles, "quote-box");
  await page.mouse.move(1, 1);

  await page.evaluate(() => { document.getElementById("hostile").disabled = true; });
  assert.doesNotMatch(await page.$eval(".byline", (e) => getComputedStyle(e).fontFamily), /Comic Sans/);
  assert.deepEqual(await page.evaluate(shadowStyles, "quote-box"), hostile.quote);
  assert.deepEqual(await page.evaluate(shadowStyles, "typed"), hostile.typed);
  await page.hover("#quote-box .nm-view .m.quote-direct >> nth=0");
  assert.deepEqual(await page.evaluate(shadowStyles, "quote-box"), hostileCard);
  await page.context().close();
});

test("the element's styles do not leak out: the host's own elements look the same after it is added", async () => {
  const page = await open(`${url}tests/browser/embed-fixture.html`);
  const styles = () => page.evaluate(() => [...document.querySelectorAll("body, h1, p, a, b, i, em, ul, li, code, button, pre")].map((e) => {
    const s = getComputedStyle(e);
    return [e.tagName, s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.lineHeight, s.textDecorationLine, s.whiteSpace, s.padding, s.margin, s.display];
  }));
  const before = await styles();
  await page.addScriptTag({ url: `${url}dist/newsmark.js` });
  await page.evaluate(async () => {
    await newsmark.ready;
    const el = document.createElement("news-annotator");
    el.setAttribute("text", "“We back the plan,” the mayor said.");
    const done = new Promise((ok) => el.addEventListener("annotated", ok, { once: true }));
    document.body.append(el);
    await done;
  });
  assert.equal(await page.evaluate(() => document.querySelectorAll("news-annotator").length), 1);
  assert.deepEqual(await styles(), before);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length + document.styleSheets.length), 0, "no stylesheet added to the document");
  await page.context().close();
});

test("the script adds only the `newsmark` global and <news-annotator>; a second copy changes nothing", async () => {
  const page = await open(`${url}tests/browser/embed-fixture.html`);
  const keys = () => page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  const before = await keys();
  const nodes = await page.evaluate(() => document.querySelectorAll("*").length);
  await page.addScriptTag({ url: `${url}dist/newsmark.js` });
  await page.evaluate(() => newsmark.ready);
  const after = await keys();
  assert.deepEqual(after.filter((k) => !before.includes(k)), ["newsmark"]);
  assert.deepEqual(before.filter((k) => !after.includes(k)), []);
  assert.equal(await page.evaluate(() => typeof customElements.get("news-annotator")), "function");
  assert.equal(await page.evaluate(() => document.querySelectorAll("*").length), nodes + 1, "only the <script> element itself");

  // use everything, then include the script a second time
  const first = await page.evaluate(() => {
    window.__first = newsmark;
    const r = newsmark.highlight(document.getElementById("story"));
    newsmark.clear(document.getElementById("story"));
    return r.placed;
  });
  await page.addScriptTag({ url: `${url}dist/newsmark.js` });
  const second = await page.evaluate(async () => {
    await newsmark.ready;
    const el = document.createElement("news-annotator");
    el.textContent = "“We back the plan,” the mayor said.";
    const done = new Promise((ok) => el.addEventListener("annotated", (e) => ok(e.detail.annotation.quotes.length), { once: true }));
    document.body.append(el);
    const r = newsmark.highlight(document.getElementById("story"));
    newsmark.clear(document.getElementById("story"));
    return { same: window.__first === newsmark, quotes: await done, placed: r.placed };
  });
  await page.evaluate(() => { delete window.__first; });
  assert.deepEqual(second, { same: true, quotes: 1, placed: first });
  assert.deepEqual((await keys()).filter((k) => !before.includes(k)), ["newsmark"]);
  await page.context().close();
});

/** Opens the fixture with the script loaded and ready. */
async function fixture() {
  const page = await open(`${url}tests/browser/embed-fixture.html`);
  await page.addScriptTag({ url: `${url}dist/newsmark.js` });
  await page.evaluate(() => newsmark.ready);
  return page;
}

test("highlight marks the text in place (across links, bold, emphasis and line breaks), clear restores the DOM exactly", async () => {
  const page = await fixture();
  const out = await page.evaluate(() => {
    const story = document.getElementById("story");
    const html = story.innerHTML;
    const texts = () => { const w = document.createTreeWalker(story, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT); const n = []; while (w.nextNode()) n.push(w.currentNode); return n; };
    const nodes = texts();
    const boxes = () => [...story.querySelectorAll("h1, p, li, pre, a, button")].map((e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(","); });
    const layout = boxes();
    const r = newsmark.highlight(story);
    const marked = story.innerHTML;
    // every mark's elements hold exactly its text (whitespace aside: line breaks between blocks are not in any node)
    const bad = [];
    for (const m of r.marks) {
      const span = m.kind === "attr" ? r.annotation.attributions[m.index].content : r.annotation[{ entity: "entities", quote: "quotes", stance: "stances" }[m.kind]][m.index];
      const got = [...story.querySelectorAll(`mark[data-marks~="${m.kind}:${m.index}"]`)].map((e) => e.textContent).join("");
      if (got.replace(/\s+/g, "") !== span.text.replace(/\s+/g, "")) bad.push([m.kind, span.text, got]);
    }
    const info = {
      placed: r.placed, unplaced: r.unplaced, bad, text: r.text, layoutSame: JSON.stringify(boxes()) === JSON.stringify(layout),
      starmer: [...story.querySelectorAll("#nav mark.ent-PERSON")].map((e) => e.textContent).join(""),
      quoteAcrossLink: [...story.querySelectorAll("mark.quote-direct")].some((e) => e.closest("#handled")),
      inButton: story.querySelectorAll("button mark").length, inCode: story.querySelector("code").textContent,
      marksInStory: story.querySelectorAll("mark").length, changed: marked !== html,
    };
    const cleared = newsmark.clear(story);
    const again = newsmark.clear(story);
    const after = texts();
    return { ...info, cleared, again, same: story.innerHTML === html, sameNodes: after.length === nodes.length && after.every((n, i) => n === nodes[i]), marksAfter: story.querySelectorAll("mark").length, layoutAfter: JSON.stringify(boxes()) === JSON.stringify(layout) };
  });
  assert.equal(out.changed, true);
  assert.ok(out.placed >= 8, `${out.placed} placed`);
  assert.deepEqual(out.unplaced, []);
  assert.deepEqual(out.bad, []);
  assert.equal(out.starmer, "Keir Starmer", "a name split by <b> inside a link is one entity in three pieces");
  assert.equal(out.quoteAcrossLink, true);
  assert.equal(out.inButton, 0, "button text is not article text");
  assert.equal(out.inCode, "<script>alert(1)</script>");
  assert.match(out.text, /^Starmer meets Arab ambassadors\n\nLabour leader Keir Starmer met/);
  assert.match(out.text, /said\.\nMr Starmer has refused/, "<br> is a line break");
  assert.match(out.text, /“Keep {3}my {3}spacing,” said Angela Merkel\.\nNext line\./, "<pre> keeps its spacing and lines");
  assert.equal(out.layoutSame, true, "marks add no box: every block, link and button stays where it was");
  assert.deepEqual([out.cleared, out.again], [true, false]);
  assert.equal(out.same, true, "innerHTML after clear is the original");
  assert.equal(out.sameNodes, true, "the original text and comment nodes are back, the same objects");
  assert.equal(out.marksAfter, 0);
  assert.equal(out.layoutAfter, true);
  await page.context().close();
});

test("links inside highlighted text still navigate, and their handlers still fire", async () => {
  const page = await fixture();
  await page.evaluate(() => {
    window.__clicks = 0;
    document.getElementById("handled").addEventListener("click", (e) => { e.preventDefault(); window.__clicks++; });
    newsmark.highlight(document.getElementById("story"));
  });
  assert.ok(await page.$("#nav mark.ent-PERSON"), "the link's text is marked");
  await page.click("#nav mark.ent-PERSON >> nth=0");
  assert.equal(await page.evaluate(() => location.hash), "#section2");
  await page.click("#handled mark >> nth=0");
  assert.equal(await page.evaluate(() => window.__clicks), 1);
  assert.equal(await page.evaluate(() => location.hash), "#section2", "the handler prevented the navigation, as before");
  await page.evaluate(() => { delete window.__clicks; });
  await page.context().close();
});

test("a mark that does not fit the element's text is reported and left out, never misplaced", async () => {
  const page = await fixture();
  const out = await page.evaluate(() => {
    const story = document.getElementById("story");
    const { text } = newsmark.textOf(story);
    const annotation = newsmark.annotate(text);
    const person = annotation.entities.findIndex((e) => e.text === "Keir Starmer");
    // the page changed the name after the annotation was made (same length, other text)
    const b = story.querySelector("#nav b");
    b.firstChild.data = "Stxr";
    annotation.entities.push({ start: text.length + 5, end: text.length + 9, text: "past", label: "MISC", actor: null, evidence: { rule: "test", detail: "beyond the end" } });
    const r = newsmark.highlight(story, { annotation });
    const result = {
      person, unplaced: r.unplaced.map((u) => [u.kind, u.index, u.text, u.reason]), placed: r.placed,
      keirMarked: story.querySelectorAll(`#nav mark[data-marks~="entity:${person}"]`).length,
      others: story.querySelectorAll("mark").length,
    };
    newsmark.clear(story);
    b.firstChild.data = "Star";
    // kinds and themes; a bad kind is an error, not a silent no-op
    const q = newsmark.highlight(story, { kinds: "quotes", theme: "dark" });
    result.kinds = [...new Set([...story.querySelectorAll("mark")].flatMap((m) => m.className.split(" ").filter((c) => /^(ent|quote|attr|stance)$/.test(c))))];
    result.dark = story.querySelector("mark").classList.contains("nm-theme-dark");
    result.quotePlaced = q.placed;
    newsmark.clear(story);
    try { newsmark.highlight(story, { kinds: "quotse" }); } catch (e) { result.badKind = e.message; }
    result.clean = story.querySelectorAll("mark").length;
    return result;
  });
  assert.deepEqual(out.unplaced.map((u) => u.slice(0, 3)), [
    ["entity", out.person, "Keir Starmer"],
    ["entity", out.unplaced[1][1], "past"],
  ]);
  assert.match(out.unplaced[0][3], /the element's text at \d+-\d+ is "Keir Stxrmer", not the mark's "Keir Starmer"/);
  assert.match(out.unplaced[1][3], /outside the element's text/);
  assert.equal(out.keirMarked, 0);
  assert.ok(out.placed > 5 && out.others > 5, "the other marks are placed");
  assert.deepEqual(out.kinds, ["quote"]);
  assert.equal(out.dark, true);
  assert.ok(out.quotePlaced >= 2);
  assert.match(out.badKind, /unknown kind "quotse"/);
  assert.equal(out.clean, 0);
  await page.context().close();
});

test("<news-annotator>: events carry the annotation, attributes choose kinds and theme, text stays text, keyboard and card work", async () => {
  const page = await fixture();
  const out = await page.evaluate(async () => {
    const el = document.createElement("news-annotator");
    const events = [];
    el.addEventListener("annotated", (e) => events.push(["annotated", e.detail.text, e.detail.annotation.schema]));
    el.addEventListener("select", (e) => events.push(["select", e.detail.marks.map((m) => `${m.kind}:${m.item.text ?? m.item.content.text}`).join(",")]));
    const evil = "<img src=x onerror=alert(1)> “We back the plan,” Keir Starmer said.";
    el.setAttribute("text", evil);
    el.setAttribute("theme", "dark");
    el.setAttribute("kinds", "quotes");
    const annotated = () => new Promise((ok) => el.addEventListener("annotated", ok, { once: true }));
    let done = annotated();
    document.body.append(el);
    await done;
    const root = el.shadowRoot;
    const res = {
      view: root.querySelector(".nm-view").textContent, imgs: root.querySelectorAll("img").length,
      legend: [...root.querySelectorAll(".nm-legend button")].map((b) => b.dataset.kind),
      personBg: getComputedStyle(root.querySelector(".nm-view .m.ent-PERSON")).backgroundColor,
      viewBg: getComputedStyle(root.querySelector(".nm-root")).backgroundColor,
      spans: el.annotation.quotes.every((q) => el.text.slice(q.start, q.end) === q.text),
    };
    root.querySelector(".nm-view .m.quote").click();
    // keyboard: focus the view, step to the first mark; the card follows focus inside the shadow root
    root.querySelector(".nm-view").focus();
    root.querySelector(".nm-view").dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    res.focused = root.activeElement?.dataset.marks;
    res.card = root.querySelector(".nm-card").hidden ? "" : root.querySelector(".nm-card").textContent;
    // a new text re-annotates; all kinds again
    done = annotated();
    el.removeAttribute("kinds");
    el.text = "Angela Merkel met Keir Starmer in Berlin.";
    await done;
    res.legend2 = [...root.querySelectorAll(".nm-legend button")].map((b) => b.dataset.kind).filter((k) => k.startsWith("ent-"));
    res.events = events;
    el.remove();
    return res;
  });
  assert.equal(out.view, "<img src=x onerror=alert(1)> “We back the plan,” Keir Starmer said.");
  assert.equal(out.imgs, 0);
  assert.ok(out.legend.every((k) => k.startsWith("quote-")), out.legend.join(" "));
  assert.equal(out.personBg, "rgba(0, 0, 0, 0)", "entities are hidden when kinds=quotes");
  assert.equal(out.viewBg, "rgb(22, 22, 22)", "theme=dark");
  assert.equal(out.spans, true);
  // The quote is also the reported statement of "said" (one mark, two ids).
  assert.match(out.focused, /(^| )quote:0$/, "ArrowRight reaches the quote (the first visible mark) inside the shadow root");
  assert.match(out.card, /(Direct|Partial) quote.*SpeakerKeir Starmer/);
  assert.deepEqual(out.legend2.sort(), ["ent-GPE", "ent-PERSON"]);
  assert.deepEqual(out.events.map((e) => e[0]), ["annotated", "select", "select", "annotated"]);
  assert.deepEqual(out.events[1], ["select", "quote:“We back the plan,”"]);
  assert.equal(out.events[0][1], "<img src=x onerror=alert(1)> “We back the plan,” Keir Starmer said.");
  await page.context().close();
});

test("<news-annotator>: every bad attribute is a visible message and an error event, kept until the attribute changes", async () => {
  const page = await fixture();
  const out = await page.evaluate(async () => {
    const res = {};
    const annotated = (el) => new Promise((ok) => el.addEventListener("annotated", ok, { once: true }));
    const status = (el) => el.shadowRoot.querySelector(".nm-status");
    for (const [name, bad, good] of [["kinds", "entities quotess", "quotes"], ["theme", "purple", "dark"], ["legend", "hidden", "off"], ["labels", "no", "on"]]) {
      const el = document.createElement("news-annotator");
      const errors = [];
      el.addEventListener("error", (e) => errors.push(e.detail));
      el.setAttribute("text", "“We back the plan,” the mayor said.");
      el.setAttribute(name, bad);
      let done = annotated(el);
      document.body.append(el);
      await done; // the annotation is drawn after the attribute was read
      const r = { events: errors.map((e) => e.attribute), shown: status(el).textContent, visible: getComputedStyle(status(el)).display !== "none",
        error: status(el).classList.contains("error"), marks: el.shadowRoot.querySelectorAll(".nm-view .m").length };
      // another text: the message stays, no second event for the same value
      done = annotated(el);
      el.text = "Angela Merkel met Keir Starmer in Berlin.";
      await done;
      r.kept = status(el).textContent === r.shown;
      r.eventsAfterText = errors.length;
      // the attribute fixed: the message goes
      el.setAttribute(name, good);
      await new Promise((ok) => setTimeout(ok, 50));
      r.after = status(el).textContent;
      r.eventsAfterFix = errors.length;
      res[name] = r;
      el.remove();
    }
    return res;
  });
  for (const [name, bad] of [["kinds", "quotess"], ["theme", "purple"], ["legend", "hidden"], ["labels", "no"]]) {
    const r = out[name];
    assert.deepEqual(r.events, [name], `${name}: one error event naming the attribute`);
    assert.ok(r.shown.includes(name) && r.shown.includes(bad), `${name}: the message names the attribute and the value: ${r.shown}`);
    assert.equal(r.visible && r.error, true, `${name}: the message is shown as an error`);
    assert.ok(r.marks > 0, `${name}: the text is still annotated with the default`);
    assert.equal(r.kept, true, `${name}: a redraw keeps the message`);
    assert.equal(r.eventsAfterText, 1, `${name}: no second event for the same value`);
    assert.equal(r.after, "", `${name}: fixing the attribute clears the message`);
    assert.equal(r.eventsAfterFix, 1);
  }
  await page.context().close();
});

test("textOf and highlight are idempotent: highlight -> textOf -> highlight -> clear restores the DOM, and highlighting an element around a highlighted one replaces its marks", async () => {
  const page = await fixture();
  const out = await page.evaluate(() => {
    const res = [];
    for (const id of ["story", "nav"]) {
      const story = document.getElementById(id);
      const html = story.innerHTML;
      const text = newsmark.textOf(story).text;
      const first = newsmark.highlight(story);
      const textAfter = newsmark.textOf(story).text;
      const htmlAfter = story.innerHTML;
      const second = newsmark.highlight(story, { annotation: first.annotation });
      res.push({
        id, sameText: textAfter === text, length: text.length, sameMarks: story.innerHTML === htmlAfter,
        nested: story.querySelectorAll("mark mark").length, placed: [first.placed, second.placed], unplaced: second.unplaced.length,
        cleared: newsmark.clear(story), same: story.innerHTML === html, marks: story.querySelectorAll("mark").length,
      });
    }
    // an element inside a highlighted one, then the one around it: never a mark in a mark, one clear restores all
    const story = document.getElementById("story"), nav = document.getElementById("nav");
    const html = story.innerHTML;
    newsmark.highlight(nav);
    const outer = newsmark.highlight(story);
    res.push({ id: "nested", nested: story.querySelectorAll("mark mark").length, innerGone: !newsmark.isHighlighted(nav),
      placed: outer.placed, cleared: newsmark.clear(story), same: story.innerHTML === html });
    return res;
  });
  for (const r of out.slice(0, 2)) {
    assert.equal(r.sameText, true, `${r.id}: textOf reads a highlighted element's whole text (${r.length} characters)`);
    assert.equal(r.sameMarks, true, `${r.id}: highlighting again gives the same DOM`);
    assert.equal(r.nested, 0);
    assert.equal(r.placed[0], r.placed[1]);
    assert.equal(r.unplaced, 0);
    assert.equal(r.cleared && r.same && r.marks === 0, true, `${r.id}: clear restores the DOM`);
  }
  const n = out[2];
  assert.equal(n.nested, 0);
  assert.equal(n.innerGone, true);
  assert.ok(n.placed > 5);
  assert.equal(n.cleared && n.same, true);
  await page.context().close();
});

// Real-looking article pages (tests/browser/pages/: a broadsheet, a wire story, a local paper; nested inline
// markup, links, figures with captions, asides, script, style and noscript, entities, emoji, CRLF text),
// the embed fixture and the demo page.
const REAL_PAGES = ["tests/browser/embed-fixture.html", "tests/browser/pages/broadsheet.html", "tests/browser/pages/wire.html",
  "tests/browser/pages/local.html", "www/embed-demo.html"];

test("on every real-looking page, highlight -> highlight -> highlight(annotation) -> clear restores the DOM exactly, and never marks what is not article text", async () => {
  for (const path of REAL_PAGES) {
    const page = await open(`${url}${path}`);
    if (path.endsWith("embed-demo.html")) {
      await demoReady(page);
      await page.evaluate(() => newsmark.clear(document.getElementById("story"))); // the demo highlights its story on load
    } else {
      await page.addScriptTag({ url: `${url}dist/newsmark.js` });
      await page.evaluate(() => newsmark.ready);
    }
    const out = await page.evaluate(() => {
      const story = document.getElementById("story");
      const crlf = document.getElementById("crlf");
      if (crlf) crlf.textContent = "Mr O\u2019Connor said:\r\n\u201cWe will keep fighting,\u201d on Friday.\r\nThe council disagreed.";
      const nodes = () => { const w = document.createTreeWalker(story, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT); const n = []; while (w.nextNode()) n.push(w.currentNode); return n; };
      const html = story.innerHTML, before = nodes(), text = newsmark.textOf(story).text;
      const first = newsmark.highlight(story);
      const marked = story.innerHTML, textMarked = newsmark.textOf(story).text;
      const wrong = story.querySelectorAll("mark mark, script mark, style mark, noscript mark, button mark, video mark, [data-newsmark-skip] mark").length;
      const second = newsmark.highlight(story);
      const again = story.innerHTML;
      const third = newsmark.highlight(story, { annotation: first.annotation });
      const given = story.innerHTML;
      const nested = story.querySelectorAll("mark mark").length;
      const cleared = newsmark.clear(story);
      const after = nodes();
      return {
        text, textMarked, placed: [first.placed, second.placed, third.placed], unplaced: [first.unplaced, second.unplaced, third.unplaced],
        changed: marked !== html, wrong, nested, sameAgain: again === marked, sameGiven: given === marked, cleared,
        same: story.innerHTML === html, sameNodes: after.length === before.length && after.every((n, i) => n === before[i]),
        marksLeft: story.querySelectorAll("mark").length, highlighted: newsmark.isHighlighted(story),
        crlf: crlf ? crlf.firstChild.data.includes("\r\n") : null,
      };
    });
    await page.context().close();
    assert.ok(out.placed[0] > 5, `${path}: ${out.placed[0]} marks placed`);
    assert.equal(out.changed, true, path);
    assert.deepEqual(out.unplaced, [[], [], []], `${path}: every mark placed`);
    assert.equal(out.textMarked, out.text, `${path}: textOf reads the highlighted element's whole text`);
    assert.equal(out.wrong, 0, `${path}: no mark in a mark, a script, a style, a button, a video or a skipped element`);
    assert.deepEqual(out.placed, [out.placed[0], out.placed[0], out.placed[0]], path);
    assert.equal(out.sameAgain, true, `${path}: highlighting again gives the same DOM`);
    assert.equal(out.sameGiven, true, `${path}: highlighting with the first annotation gives the same DOM`);
    assert.equal(out.nested, 0, path);
    assert.equal(out.cleared, true, path);
    assert.equal(out.same, true, `${path}: innerHTML after clear is the original`);
    assert.equal(out.sameNodes, true, `${path}: the original text and comment nodes are back, the same objects`);
    assert.equal(out.marksLeft, 0, path);
    assert.equal(out.highlighted, false, path);
    for (const hidden of ["dataLayer", ".pullquote", "Advertisement", "Close ad", "Share on X", "Enable JavaScript", "cannot play"]) {
      assert.ok(!out.text.includes(hidden), `${path}: "${hidden}" is not article text`);
    }
    if (out.crlf !== null) {
      assert.equal(out.crlf, true, "the CRLF text is back as it was");
      assert.match(out.text, /said: {2}\u201cWe will keep fighting,\u201d on Friday\. {2}The council/, "CR and LF are read as spaces, one for one");
    }
  }
});

test("in-place marks get the page's card in a shadow root (focus, arrows, Esc, tap) and an optional legend; clear removes both", async () => {
  const page = await fixture();
  // host CSS aimed at the card and legend must not hide or move them
  await page.addStyleTag({ content: "newsmark-card, newsmark-legend { display: none !important; position: static !important; } .nm-card, [role=tooltip] { visibility: hidden !important; }" });
  const cardState = () => page.evaluate(() => {
    const card = document.querySelector("newsmark-card")?.shadowRoot?.querySelector(".nm-card");
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return { shown: !card.hidden && r.width > 0 && getComputedStyle(card).visibility === "visible", width: r.width, text: card.textContent, focused: document.activeElement?.dataset?.marks ?? null };
  });
  const before = await page.evaluate(() => {
    const story = document.getElementById("story");
    window.__html = story.innerHTML;
    window.__class = story.getAttribute("class");
    window.__body = document.body.children.length;
    const r = newsmark.highlight(story, { legend: true });
    const stops = [...story.querySelectorAll("mark.nm-stop")];
    return { placed: r.placed, stops: stops.length, tabbable: stops.filter((m) => m.tabIndex === 0).length,
      titles: story.querySelectorAll("mark[title]").length, legendFirst: story.firstElementChild?.tagName };
  });
  assert.ok(before.placed >= 8);
  assert.equal(before.tabbable, 1, "one Tab stop for the article's marks, the arrows do the rest");
  assert.ok(before.stops >= before.placed);
  assert.equal(before.titles, 0, "the card replaces native titles");
  assert.equal(before.legendFirst, "NEWSMARK-LEGEND", "the legend is the element's first child");
  assert.equal((await cardState()).shown, false);

  await page.focus("#story mark.nm-stop[tabindex='0']");
  const first = await cardState();
  assert.equal(first.shown, true, "keyboard focus opens the card");
  assert.ok(first.text.length > 10, first.text);
  assert.ok(first.width > 150, `the card is ${first.width}px wide, not squeezed by its 0x0 host`);
  await page.keyboard.press("ArrowRight");
  const second = await cardState();
  assert.equal(second.shown, true);
  assert.notEqual(second.focused, first.focused, "ArrowRight moves to the next mark");
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  assert.equal((await cardState()).focused, first.focused, "Home goes back to the first mark");
  await page.keyboard.press("Escape");
  assert.equal((await cardState()).shown, false, "Esc closes the card");

  // a tap (pointer down, click) on a mark outside any link opens it; a tap elsewhere closes it
  const box = await page.evaluate(() => {
    const m = [...document.querySelectorAll("#story mark.nm-inplace")].find((e) => !e.closest("a") && e.getClientRects().length);
    const r = m.getClientRects()[0];
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  assert.equal((await cardState()).shown, true, "a tap on a mark opens the card");
  await page.mouse.move(1270, 890);
  await page.mouse.click(1270, 890);
  assert.equal((await cardState()).shown, false, "a tap elsewhere closes it");

  // the legend hides a kind by a class on the article, and the card follows
  const legend = await page.evaluate(() => {
    const list = document.querySelector("newsmark-legend").shadowRoot.querySelector(".nm-legend");
    const buttons = [...list.querySelectorAll("button")];
    const quote = buttons.find((b) => b.dataset.kind === "quote-direct");
    quote.click();
    const story = document.getElementById("story");
    const hiddenClass = story.classList.contains("nm-hide-quote-direct");
    const m = story.querySelector("mark.quote-direct");
    const style = getComputedStyle(m);
    return { kinds: buttons.map((b) => b.dataset.kind), hiddenClass, pressed: quote.getAttribute("aria-pressed"), underline: style.textDecorationLine };
  });
  assert.ok(legend.kinds.includes("ent-PERSON") && legend.kinds.includes("quote-direct"), legend.kinds.join(" "));
  assert.equal(legend.hiddenClass, true);
  assert.equal(legend.pressed, "false");

  const after = await page.evaluate(() => {
    const story = document.getElementById("story");
    const cleared = newsmark.clear(story);
    return { cleared, same: story.innerHTML === window.__html, cls: story.getAttribute("class") === window.__class,
      hosts: document.querySelectorAll("newsmark-card, newsmark-legend").length, body: document.body.children.length === window.__body };
  });
  assert.deepEqual(after, { cleared: true, same: true, cls: true, hosts: 0, body: true });

  // card: false keeps native titles and adds nothing
  const plain = await page.evaluate(() => {
    const story = document.getElementById("story");
    newsmark.highlight(story, { card: false });
    const r = { titles: story.querySelectorAll("mark[title]").length, hosts: document.querySelectorAll("newsmark-card").length, tabbable: story.querySelectorAll("mark[tabindex]").length };
    newsmark.clear(story);
    return r;
  });
  assert.ok(plain.titles > 5);
  assert.deepEqual([plain.hosts, plain.tabbable], [0, 0]);
  await page.context().close();
});

test("the exports are in the API too: CSV, JSON, Web Annotation and HTML carry the article's title, URL and date", async () => {
  const page = await fixture();
  const out = await page.evaluate(() => {
    const text = "“We back the plan,” the mayor of London said.";
    const a = newsmark.annotate(text);
    const article = { title: "Mayor backs plan", url: "https://news.example/mayor", date: "2026-12-04" };
    const csv = newsmark.toCsv("quotes", text, a, article).split("\r\n");
    const ld = JSON.parse(newsmark.toWebAnnotation(text, a, { article }));
    return {
      kinds: newsmark.CSV_KINDS, header: csv[0], row: csv[1],
      json: JSON.parse(newsmark.toJson(text, a, article)).source,
      source: ld.first.items[0].target.source, label: ld.label,
      html: newsmark.toHtml(text, a, { article }).includes("Mayor backs plan"),
    };
  });
  assert.deepEqual(out.kinds, ["entities", "quotes", "statements", "stances"]);
  assert.match(out.header, /article_title,article_url,article_date$/);
  assert.match(out.row, /Mayor backs plan,https:\/\/news\.example\/mayor,2026-12-04$/);
  assert.deepEqual(out.json, { title: "Mayor backs plan", url: "https://news.example/mayor", date: "2026-12-04" });
  assert.equal(out.source, "https://news.example/mayor");
  assert.match(out.label, /Mayor backs plan/);
  assert.equal(out.html, true);
  await page.context().close();
});

test("as ES modules (the package's newsmark/ui, and www/ itself): the element and highlight work, the wasm fetched beside the module", async () => {
  for (const module of ["package/lib/embed-module.js", "www/embed-module.js"]) {
    const page = await open(`${url}tests/browser/embed-fixture.html`);
    const out = await page.evaluate(async (module) => {
      const m = await import(`/${module}`);
      await m.load();
      m.defineElement("news-annotator-esm");
      const el = document.createElement("news-annotator-esm");
      el.setAttribute("text", "“We back the plan,” the mayor said.");
      const done = new Promise((ok) => el.addEventListener("annotated", (e) => ok(e.detail.annotation), { once: true }));
      document.body.append(el);
      const a = await done;
      const story = document.getElementById("story");
      const html = story.innerHTML;
      const r = m.highlight(story);
      await new Promise((ok) => setTimeout(ok, 200)); // a <link>ed sheet (www/) has loaded
      const bg = getComputedStyle(story.querySelector("mark.ent-PERSON")).backgroundColor;
      m.clear(story);
      return { global: typeof window.newsmark, speaker: a.quotes[0].speaker.text, placed: r.placed, bg, same: story.innerHTML === html,
        marks: el.shadowRoot.querySelectorAll(".nm-view .m").length };
    }, module);
    assert.equal(out.global, "undefined", `${module}: no global from the modules`);
    assert.equal(out.speaker, "the mayor");
    assert.ok(out.placed > 5 && out.marks > 0, JSON.stringify(out));
    assert.notEqual(out.bg, "rgba(0, 0, 0, 0)", `${module}: the marks are styled`);
    assert.equal(out.same, true);
    assert.ok(page.requests.some((u) => u.endsWith("/pkg/newsmark_bg.wasm")));
    await page.context().close();
  }
});

test("no console errors, no dialogs, and no request leaves the pages' own files", () => {
  assert.deepEqual(problems, []);
});
