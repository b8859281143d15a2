/** Pagefind's compressed files: its WebAssembly (`.pagefind`) and its index (`.pf_meta`, …). */
const compressed = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/**
 * Pagefind gunzips its WebAssembly and index in JavaScript; the browser's own DecompressionStream
 * does it natively, in a fraction of the time, which is what typing the instant search opens
 * waits for. Pagefind's fetches of those files under `bundle` are answered unpacked (each still
 * starts with Pagefind's "pagefind_dcd" signature, which Pagefind then strips instead of
 * gunzipping). Every other request, and browsers without DecompressionStream, are untouched.
 */
let installed = false;

export function unpackPagefindNatively(bundle: string): void {
  // Once: a second wrapper would unpack twice.
  if (installed || typeof DecompressionStream !== 'function') return;
  installed = true;
  const fetchOriginal = globalThis.fetch.bind(globalThis);
  const prefix = new URL(bundle, location.href).href;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
    const response = await fetchOriginal(input, init);
    if (!url.startsWith(prefix) || !compressed.test(new URL(url).pathname) || !response.ok || !response.body)
      return response;
    return new Response(response.body.pipeThrough(new DecompressionStream('gzip')), {
      status: response.status,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
  };
}
