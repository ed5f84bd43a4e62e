// The demo page's own script (a classic script, like the site's other code):
// in-place highlighting of the story, the element's events, a link handler
// that must keep working inside highlighted text.
(() => {
  const $ = (id) => document.getElementById(id);
  const story = $("story"), report = $("report");
  let clicks = 0;
  $("poll-link").addEventListener("click", (e) => {
    e.preventDefault(); // the page's own handler; highlighting must not lose it
    clicks++;
    $("clicks").textContent = `Link clicks handled by the page: ${clicks}`;
  });
  const describe = (r) => `${r.placed} marks placed in the story` +
    (r.unplaced.length ? `, ${r.unplaced.length} could not be placed: ${r.unplaced.map((u) => `${u.kind} “${u.text}” (${u.reason})`).join("; ")}` : ", none left out") + ".";
  $("highlight").addEventListener("click", () => { report.textContent = describe(newsmark.highlight(story, { legend: true })); });
  $("clear").addEventListener("click", () => { newsmark.clear(story); report.textContent = "Cleared: the story is as it was."; });
  $("quote-box").addEventListener("select", (e) => {
    $("selected").textContent = `Selected: ${e.detail.marks.map((m) => `${m.kind} “${(m.item.content ?? m.item).text}”`).join(", ")}`;
  });
  $("typed").text = "“Rents must fall,” the union said. The minister refused to back the cap.";
  newsmark.ready.then(() => {
    report.textContent = describe(newsmark.highlight(story, { legend: true }));
    document.body.dataset.ready = "true";
  }, (err) => {
    report.textContent = `newsmark could not start: ${err.message}`;
    document.body.dataset.ready = "error";
  });
})();
