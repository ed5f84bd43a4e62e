// The page as a person uses it: it annotates as you type, reads a dropped
// .txt file, keeps the text across a reload (and clears it), makes no request
// after loading, says so readably when the annotator fails while keeping the
// text, stays responsive through a 2 MB paste, and fits a phone in dark mode.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, load, watch, shown, SAMPLE } from "./helpers.mjs";

let ctx;
before(async () => { ctx = await start(); });
after(async () => { await ctx.stop(); });

test("typing annotates after a pause, without pressing Annotate", async () => {
  const { page } = ctx;
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.click("#text");
  await page.keyboard.type("“We back the plan,” the mayor said.");
  await shown(page, before);
  assert.match(await page.textContent("#quotes"), /mayor \(1\)“We back the plan,”/);
});

test("a dropped .txt file is read and annotated; other files are refused with a message", async () => {
  const { page } = ctx;
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  const drop = (name, type, body) => page.evaluate(([name, type, body]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], name, { type }));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, type, body]);
  await drop("article.txt", "text/plain", "Angela Merkel said: “Wir schaffen das.”\r\n");
  await shown(page, before);
  assert.equal(await page.inputValue("#text"), "Angela Merkel said: “Wir schaffen das.”\n");
  await drop("photo.png", "image/png", "\x89PNG");
  assert.match(await page.textContent("#status"), /not a text or HTML file/);
  assert.equal(await page.inputValue("#text"), "Angela Merkel said: “Wir schaffen das.”\n");
});

const PAGE_HTML = `<!doctype html><html><head><title>Ignored</title><style>p{color:red}</style>
<script>window.__ran = true</script></head><body><nav>Home</nav><article><h1>Starmer meets envoys</h1>
<p>Labour leader <a href="/k">Keir <b>Star</b>mer</a> met ambassadors.</p><img src="x" onerror="window.__ran = true">
<p>“We back the plan,” the <em>mayor</em> said.</p><template><p>hidden template</p></template><p hidden>hidden paragraph</p>
<ul><li>First point</li><li>Second point</li></ul></article></body></html>`;
const PAGE_TEXT = "Starmer meets envoys\n\nLabour leader Keir Starmer met ambassadors.\n\n“We back the plan,” the mayor said.\n\nFirst point\n\nSecond point";

test("dropped and pasted HTML is reduced to its text with its paragraphs, never rendered or run", async () => {
  const { page } = ctx;
  let before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], "story.html", { type: "text/html" }));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, PAGE_HTML);
  await shown(page, before);
  assert.equal(await page.inputValue("#text"), PAGE_TEXT, "a dropped .html file");
  assert.match(await page.textContent("#quotes"), /mayor/);
  // a paste from a web page (text/html beside text/plain), into an empty box
  await page.fill("#text", "");
  before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.evaluate((html) => {
    const text = document.getElementById("text");
    text.focus();
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Starmer meets envoys Labour leader Keir Starmer met ambassadors.");
    text.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PAGE_HTML);
  await shown(page, before);
  assert.equal(await page.inputValue("#text"), PAGE_TEXT, "a paste with text/html");
  // markup pasted as plain text
  await page.fill("#text", "");
  before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.evaluate((html) => {
    const text = document.getElementById("text");
    const data = new DataTransfer();
    data.setData("text/plain", html);
    text.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, PAGE_HTML);
  await shown(page, before);
  assert.equal(await page.inputValue("#text"), PAGE_TEXT, "an HTML document pasted as text");
  assert.equal(await page.evaluate(() => window.__ran ?? false), false, "no script or handler of the HTML ran");
  assert.equal(await page.evaluate(() => document.querySelectorAll("#view img, #view b, #view script").length), 0);
});

test("empty input says so; the legend lists only kinds that have marks", async () => {
  const { page } = ctx;
  await page.fill("#text", "   \n\n  ");
  await page.click("#annotate");
  await page.waitForFunction(() => /^Nothing to annotate/.test(document.getElementById("status").textContent));
  assert.equal(await page.textContent("#view"), "");
  assert.equal(await page.locator("#legend button").count(), 0);
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.fill("#text", "Angela Merkel met Keir Starmer in Berlin.");
  await page.click("#annotate");
  await shown(page, before);
  const kinds = await page.evaluate(() => [...document.querySelectorAll("#legend button")].map((b) => b.dataset.kind).sort());
  assert.deepEqual(kinds, ["ent-GPE", "ent-PERSON"], "no quote, reported-speech or stance toggle without such marks");
});

test("Clear text can be undone, until the text is changed", async () => {
  const { page } = ctx;
  let before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.fill("#text", "“We back the plan,” the mayor said.");
  await page.click("#annotate");
  await shown(page, before);
  assert.equal(await page.isVisible("#undo-clear"), false);
  await page.click("#clear");
  assert.equal(await page.inputValue("#text"), "");
  assert.match(await page.textContent("#status"), /Undo/);
  assert.equal(await page.isVisible("#undo-clear"), true);
  before = await page.evaluate(() => document.body.dataset.shown ?? "");
  await page.click("#undo-clear");
  await shown(page, before);
  assert.equal(await page.inputValue("#text"), "“We back the plan,” the mayor said.");
  await page.waitForFunction(() => localStorage.getItem("newsmark.text") === "“We back the plan,” the mayor said.");
  assert.equal(await page.isVisible("#undo-clear"), false);
  await page.click("#clear");
  await page.click("#text");
  await page.keyboard.type("New");
  assert.equal(await page.isVisible("#undo-clear"), false, "typing forgets the cleared text");
});

test("the text survives a reload (localStorage only) and the clear button removes it", async () => {
  const { page, url } = ctx;
  await page.selectOption("#samples", "starmer-arab-ambassadors.txt");
  await page.waitForFunction(() => localStorage.getItem("newsmark.text")?.startsWith("Labour leader"));
  await load(page, url);
  assert.equal(await page.inputValue("#text"), SAMPLE);
  await page.waitForFunction(() => /2,188 characters annotated/.test(document.getElementById("status").textContent));
  assert.equal(await page.textContent("#view"), SAMPLE);
  await page.click("#clear");
  assert.equal(await page.inputValue("#text"), "");
  assert.equal(await page.evaluate(() => localStorage.getItem("newsmark.text")), null);
  assert.equal(await page.textContent("#view"), "");
  await load(page, url);
  assert.equal(await page.inputValue("#text"), "");
});

test("after loading, using the page makes no request at all; the CSP allows only the page's own files", async () => {
  const { page } = ctx;
  const lateBefore = ctx.late.length;
  await page.selectOption("#samples", "starmer-arab-ambassadors.txt");
  await page.waitForFunction(() => /2,188 characters annotated/.test(document.getElementById("status").textContent));
  await page.click("#legend button[data-kind=ent-GPE]");
  await page.hover("#view .m.quote-direct");
  await page.locator("#actors button").first().click();
  await page.locator("#quotes button").first().click();
  for (const kind of ["json", "jsonld", "quotes.csv", "csv.zip", "html"]) {
    await Promise.all([page.waitForEvent("download"), page.click(`button[data-export="${kind}"]`)]);
  }
  assert.deepEqual(ctx.late.slice(lateBefore), []);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /worker-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
});

test("when the annotator cannot run, a readable message says so and the text is kept", async () => {
  const page = await watch({ ...ctx, errors: [] }, await ctx.context.newPage());
  await page.route("**/newsmark_bg.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }));
  await page.goto(ctx.url);
  await page.fill("#text", "Keep me: “this text matters,” she said.");
  await page.waitForSelector("body[data-ready=error]");
  const status = await page.textContent("#status");
  assert.match(status, /^The annotator could not start \(.+\)\. Your text is kept; reload the page to try again\.$/);
  assert.equal(await page.getAttribute("#status", "role"), "alert");
  assert.equal(await page.inputValue("#text"), "Keep me: “this text matters,” she said.");
  await page.close();
});

test("a 2 MB paste keeps the page responsive (frames keep coming) and finishes", async (t) => {
  const { page } = ctx;
  await page.click("#clear");
  const before = await page.evaluate(() => document.body.dataset.shown ?? "");
  const length = await page.evaluate((sample) => {
    let big = "";
    for (let i = 0; big.length < 2_000_000; i++) big += sample.replaceAll("Starmer", `Starmer${i % 7 ? "" : " Jr"}`) + "\n\n";
    window.frames_ = { gaps: [], last: performance.now(), on: true };
    const tick = (now) => {
      window.frames_.gaps.push(now - window.frames_.last);
      window.frames_.last = now;
      if (window.frames_.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const text = document.getElementById("text");
    text.focus();
    const data = new DataTransfer();
    data.setData("text/plain", big);
    text.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    return big.length;
  }, SAMPLE);
  // while it works, the progress bar shows and the page answers
  await page.waitForFunction(() => !document.getElementById("progress").hidden);
  assert.equal(await page.evaluate(() => 6 * 7), 42);
  await shown(page, before, 90_000);
  const result = await page.evaluate(() => {
    window.frames_.on = false;
    const gaps = window.frames_.gaps.slice(1);
    return { frames: gaps.length, worst: Math.max(...gaps), status: document.getElementById("status").textContent,
      long: document.getElementById("long-summary").textContent, view: document.getElementById("view").textContent.length };
  });
  assert.ok(result.status.startsWith(`${length.toLocaleString("en-US")} characters annotated in `), result.status);
  assert.match(result.status, / parts /);
  assert.equal(result.view, length);
  assert.match(result.long, /A long text is loaded: 2,0\d\d,\d\d\d characters/);
  t.diagnostic(`${result.status} ${result.frames} frames, the longest gap ${Math.round(result.worst)} ms`);
  assert.ok(result.frames > 20, `${result.frames} frames`);
  assert.ok(result.worst < 600, `the longest frame gap was ${Math.round(result.worst)} ms`);
  await page.click("#clear");
});

test("phone width and dark theme: no sideways scrolling, dark colours, the card fits", async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: "dark" });
  await page.goto(ctx.url);
  await page.waitForSelector("body[data-ready=true]");
  await page.fill("#text", SAMPLE);
  await page.click("#annotate");
  await page.waitForFunction(() => /annotated in/.test(document.getElementById("status").textContent));
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth, bg: getComputedStyle(document.body).backgroundColor,
    fg: getComputedStyle(document.body).color,
  }));
  assert.ok(m.scroll <= 375, `page is ${m.scroll}px wide`);
  assert.equal(m.bg, "rgb(22, 22, 22)");
  assert.equal(m.fg, "rgb(236, 236, 236)");
  await page.focus("#view");
  await page.keyboard.press("ArrowRight");
  const card = await page.$eval("#card", (c) => { const r = c.getBoundingClientRect(); return [r.left, r.right, getComputedStyle(c).position]; });
  assert.ok(card[0] >= 0 && card[1] <= 375, `card at ${card}`);
  assert.equal(card[2], "fixed");
  await page.close();
});

test("no console errors and no request leaves the page", () => {
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
});
