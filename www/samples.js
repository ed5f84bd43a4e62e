// The sample articles offered under "Try a sample": [{ file, title, text }],
// fetched from seeds/ (the file:// build of the page has them inlined).
export async function loadSamples() {
  const list = await (await fetch("seeds/index.json")).json();
  return Promise.all(list.map(async ({ file, title }) =>
    ({ file, title, text: await (await fetch(`seeds/${encodeURIComponent(file)}`)).text() })));
}
