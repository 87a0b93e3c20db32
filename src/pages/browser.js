// The pages' only script, inlined (its hash is in the Content-Security-Policy). Every page works without it;
// it saves reloads: the defang switch flips values in place, copy-all puts a kind's list on the clipboard,
// and a collection page follows its changes over server-sent events and refetches itself when one comes.
(() => {
  const fangSwitch = () => document.querySelector("[data-fang-switch]");
  const showsFanged = () => fangSwitch()?.getAttribute("aria-checked") === "true";

  /** The same-origin path of `href` with one query parameter set, or removed when `value` is null. */
  function withParam(href, name, value) {
    const url = new URL(href, location.href);
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
    return url.pathname + url.search + url.hash;
  }

  function showFanged(show) {
    for (const element of document.querySelectorAll("[data-defanged]")) {
      element.textContent = show ? element.dataset.value : element.dataset.defanged;
    }
    for (const link of document.querySelectorAll("a[data-view]")) {
      link.setAttribute("href", withParam(link.getAttribute("href"), "defanged", show ? "false" : null));
    }
    for (const link of document.querySelectorAll("a[data-copy]")) {
      link.setAttribute("href", withParam(link.getAttribute("href"), "defanged", show ? null : "true"));
    }
    const toggle = fangSwitch();
    if (toggle) {
      toggle.setAttribute("aria-checked", String(show));
      toggle.setAttribute("href", withParam(location.href, "defanged", show ? null : "false"));
    }
    history.replaceState(history.state, "", withParam(location.href, "defanged", show ? "false" : null));
  }

  async function copyAll(link) {
    const status = document.querySelector("[data-copy-status]");
    const say = (text) => {
      if (status) status.textContent = text;
    };
    try {
      const response = await fetch(link.href, { headers: { accept: "text/plain" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      await navigator.clipboard.writeText(text);
      const count = text.split("\n").filter((line) => line.trim() !== "").length;
      say(`Copied ${count} ${link.dataset.noun ?? "values"} to the clipboard.`);
    } catch {
      say("Could not copy: follow the link to download the list.");
    }
  }

  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest("[data-fang-switch]")) {
      event.preventDefault();
      showFanged(!showsFanged());
      return;
    }
    const copy = target?.closest("a[data-copy]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      event.preventDefault();
      copyAll(copy);
    }
  });
  // A switch toggles with Space too (links only answer Enter).
  document.addEventListener("keydown", (event) => {
    if (event.key !== " " || !(event.target instanceof Element)) return;
    if (!event.target.matches("[data-fang-switch]")) return;
    event.preventDefault();
    showFanged(!showsFanged());
  });

  const live = document.querySelector("[data-live-collection]");
  if (!live || typeof EventSource !== "function") return;
  const labels = { connecting: "Connecting…", open: "Live", closed: "Not live" };
  const setState = (state) => {
    live.dataset.state = state;
    live.textContent = labels[state];
    live.hidden = false;
  };
  let since = live.dataset.since;
  let source = null;
  let retryMs = 1000;
  let stopped = false;
  let refreshing = false;
  let refreshAgain = false;

  function stop(message) {
    stopped = true;
    source?.close();
    setState("closed");
    const banner = document.querySelector("[data-banner]");
    if (banner) banner.textContent = message;
  }

  function connect() {
    if (stopped) return;
    const variables = JSON.stringify({ id: live.dataset.liveCollection, since });
    const query = encodeURIComponent(live.dataset.liveQuery);
    source = new EventSource(`/graphql?query=${query}&variables=${encodeURIComponent(variables)}`);
    setState("connecting");
    source.onopen = () => {
      retryMs = 1000;
      setState("open");
    };
    // Reconnect ourselves, from the last cursor seen (the browser's own retry would replay from the first).
    const reconnect = () => {
      source.close();
      if (stopped) return;
      setState("connecting");
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 30000);
    };
    source.onerror = reconnect;
    source.addEventListener("complete", reconnect);
    source.addEventListener("next", (event) => {
      const change = JSON.parse(event.data).data?.collectionUpdated;
      if (!change) {
        // An error (e.g. RESUME_REQUIRED): reread the page and follow on from the cursor it was read at.
        source.close();
        refresh(true);
        return;
      }
      since = change.cursor;
      if (change.kind === "DELETED") stop("This collection was deleted.");
      else refresh(false);
    });
  }

  /** Puts the freshly rendered page's live regions in place of the current ones; new rows are marked. */
  function swap(fresh) {
    const shown = new Set([...document.querySelectorAll("tr[data-id]")].map((row) => row.dataset.id));
    for (const region of document.querySelectorAll("[data-live]")) {
      const next = fresh.querySelector(`[data-live="${region.dataset.live}"]`);
      if (next) region.replaceWith(document.importNode(next, true));
    }
    for (const row of document.querySelectorAll("tr[data-id]")) {
      if (!shown.has(row.dataset.id)) row.classList.add("added");
    }
    document.title = fresh.title;
  }

  // One refetch at a time; events that arrive meanwhile are covered by one more.
  async function refresh(resubscribe) {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    try {
      do {
        refreshAgain = false;
        const response = await fetch(location.href, { headers: { accept: "text/html" }, cache: "no-store" });
        if (response.status === 404) return stop("This collection is no longer available.");
        if (!response.ok) continue;
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        swap(fresh);
        if (resubscribe) since = fresh.querySelector("[data-live-collection]")?.dataset.since ?? since;
      } while (refreshAgain);
    } catch {
      // Offline for a moment: the next event, or the reconnect below, tries again.
    } finally {
      refreshing = false;
      if (resubscribe) connect();
    }
  }

  connect();
})();
