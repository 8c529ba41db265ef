// The Kuroshio dashboard: plain JavaScript over the REST API (/v1/...), no build step.
// Text from the store is only ever set with textContent or as DOM text nodes, never as HTML.
"use strict";

const PAGE = 15;
const QUADS = {
  1: ["verbal cooperation", "q1"],
  2: ["material cooperation", "q2"],
  3: ["verbal conflict", "q3"],
  4: ["material conflict", "q4"],
};
const COLOURS = { aCoop: "#1f6fb2", bCoop: "#7fb3e0", aConf: "#c0392b", bConf: "#f0a097", net: "#0b2545" };
const FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif", size: 12, color: "#243447" };

const state = { a: null, b: null, freq: "quarter", since: null, until: null, offset: 0, total: 0 };

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    headers: { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) },
    ...options,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body;
}

const number = (n) => Number(n).toLocaleString("en");

// -- evidence with its actors and trigger marked -------------------------------------------

// Where `needle` is in `text`, not overlapping `taken`: exact case first, then any case.
function locate(text, needle, taken) {
  if (!needle) return null;
  for (const haystack of [text, text.toLowerCase()]) {
    const wanted = haystack === text ? needle : needle.toLowerCase();
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(wanted, from);
      if (at < 0) break;
      const end = at + wanted.length;
      if (!taken.some(([s, e]) => at < e && s < end)) return [at, end];
      from = at + 1;
    }
  }
  return null;
}

function markedEvidence(event) {
  const text = event.evidence || "";
  const spans = [];
  const add = (needle, cls) => {
    const found = locate(text, needle, spans);
    if (found) spans.push([...found, cls]);
    return found;
  };
  // The trigger first: it is the shortest and most specific. A trigger of several words that
  // are not side by side ("urged ... to meet") is marked word by word.
  if (!add(event.trigger, "trigger") && event.trigger) {
    for (const word of event.trigger.split(/\s+/)) if (word.length > 2) add(word, "trigger");
  }
  add(event.source_text, "source");
  add(event.target_text, "target");
  spans.sort((x, y) => x[0] - y[0]);
  const out = el("span", { class: "evidence" });
  let at = 0;
  for (const [start, end, cls] of spans) {
    out.append(document.createTextNode(text.slice(at, start)));
    out.append(el("mark", { class: cls, text: text.slice(start, end) }));
    at = end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

// Codes on the first line, the words of the text that named them below.
function dyadCell(event) {
  const texts = [event.source_text, event.target_text].filter(Boolean).join(" → ");
  return el(
    "td",
    { class: "dyad" },
    el("span", { class: "codes" }, el("b", { text: event.source_code || "—" }), el("span", { class: "arrow", text: "→" }), el("b", { text: event.target_code || "—" })),
    texts ? el("small", { text: texts }) : null,
  );
}

function eventRow(event, { showDoc = true } = {}) {
  const [quadName, quadClass] = QUADS[event.quad_class] || ["", ""];
  const what = el(
    "td",
    { class: "what" },
    el("span", { class: `chip ${quadClass}`, title: quadName, text: event.cameo }),
    el("span", { class: "plover", text: event.plover_type ? event.plover_type.toLowerCase() : "" }),
  );
  if (event.modality && event.modality !== "asserted") what.append(el("span", { class: "modality", text: event.modality }));
  const evidence = el("td", {}, markedEvidence(event));
  if (showDoc && event.doc_id) {
    evidence.append(
      el("button", { type: "button", class: "doc", title: "Open the document", text: event.doc_id, onclick: () => openDocument(event.doc_id) }),
    );
  }
  return el(
    "tr",
    {},
    el(
      "td",
      { class: "date" },
      el("span", { text: event.date }),
      // A date the sentence did not give exactly: say what it is.
      event.date_precision !== "day" ? el("small", { text: event.date_precision === "document" ? "document date" : `${event.date_precision} only` }) : null,
    ),
    dyadCell(event),
    what,
    evidence,
  );
}

function fillTable(table, events, options) {
  const body = table.querySelector("tbody");
  body.replaceChildren(...events.map((e) => eventRow(e, options)));
  if (!events.length) body.append(el("tr", { class: "empty" }, el("td", { colspan: "4", text: "No events." })));
}

// -- dyad chart and its events -------------------------------------------------------------

function barTrace(rows, field, name, colour, sign) {
  return {
    type: "bar",
    name,
    x: rows.map((r) => r.period),
    y: rows.map((r) => sign * r[field]),
    customdata: rows.map((r) => [r.start, r.end, r[field]]),
    marker: { color: colour },
    hovertemplate: `%{x}: %{customdata[2]} ${name}<extra></extra>`,
  };
}

async function showDyad() {
  state.a = $("actor-a").value;
  state.b = $("actor-b").value;
  state.freq = $("freq").value;
  state.since = state.until = null;
  const chart = $("dyad-chart");
  if (!state.a || !state.b || state.a === state.b) {
    $("dyad-summary").textContent = "Pick two different actors.";
    return;
  }
  $("dyad-summary").textContent = "Loading…";
  try {
    const data = await api(`/v1/dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}?freq=${state.freq}`);
    const ab = data.rows.filter((r) => r.source === data.a);
    const ba = data.rows.filter((r) => r.source === data.b);
    const sum = (rows, f) => rows.reduce((t, r) => t + r[f], 0);
    $("dyad-summary").textContent = data.total
      ? `${number(data.total)} events: ${data.a} → ${data.b} ${sum(ab, "cooperation")} cooperative, ${sum(ab, "conflict")} conflictual; ` +
        `${data.b} → ${data.a} ${sum(ba, "cooperation")} cooperative, ${sum(ba, "conflict")} conflictual.`
      : `No events between ${data.a} and ${data.b}.`;
    const net = ab.map((r, i) => r.net + (ba[i] ? ba[i].net : 0));
    const traces = [
      barTrace(ab, "cooperation", `${data.a} → ${data.b} cooperation`, COLOURS.aCoop, 1),
      barTrace(ba, "cooperation", `${data.b} → ${data.a} cooperation`, COLOURS.bCoop, 1),
      barTrace(ab, "conflict", `${data.a} → ${data.b} conflict`, COLOURS.aConf, -1),
      barTrace(ba, "conflict", `${data.b} → ${data.a} conflict`, COLOURS.bConf, -1),
      {
        type: "scatter",
        mode: "lines+markers",
        name: "net",
        x: ab.map((r) => r.period),
        y: net,
        line: { color: COLOURS.net, width: 2 },
        marker: { size: 5 },
        hovertemplate: "%{x}: net %{y}<extra></extra>",
      },
    ];
    const layout = {
      barmode: "relative",
      font: FONT,
      margin: { l: 48, r: 16, t: 8, b: 48 },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      legend: { orientation: "h", y: -0.18, x: 0 },
      xaxis: { type: "category", tickangle: -45, automargin: true, gridcolor: "#eef2f7" },
      yaxis: { title: { text: "events" }, zeroline: true, zerolinecolor: "#9aa9bb", gridcolor: "#eef2f7", rangemode: "tozero" },
      bargap: 0.25,
      hoverlabel: { font: FONT },
    };
    await Plotly.react(chart, traces, layout, { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] });
    if (chart.on && !chart.dataset.bound) {
      chart.dataset.bound = "1";
      chart.on("plotly_click", (event) => {
        const [start, end] = event.points[0].customdata;
        state.since = start;
        state.until = end;
        state.offset = 0;
        loadEvents();
      });
    }
  } catch (error) {
    $("dyad-summary").textContent = error.message;
  }
  state.offset = 0;
  await loadEvents();
}

async function loadEvents() {
  const params = new URLSearchParams({ dyad: `${state.a},${state.b}`, limit: PAGE, offset: state.offset });
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  $("events-scope").textContent = `${state.a}–${state.b}` + (state.since ? `, ${state.since} to ${state.until}` : "");
  try {
    const page = await api(`/v1/events?${params}`);
    state.total = page.total;
    fillTable($("events-table"), page.events);
    const last = Math.min(page.offset + page.events.length, page.total);
    $("events-range").textContent = page.total ? `${number(page.offset + 1)}–${number(last)} of ${number(page.total)}` : "0 events";
    $("events-prev").disabled = page.offset === 0;
    $("events-next").disabled = last >= page.total;
  } catch (error) {
    fillTable($("events-table"), []);
    $("events-range").textContent = error.message;
  }
}

// -- network ---------------------------------------------------------------------------------

// Red for hostile edges, blue for cooperative ones, grey between (mean Goldstein, -10..10).
function edgeColour(goldstein) {
  const t = Math.max(-1, Math.min(1, (goldstein || 0) / 5));
  const grey = [150, 160, 172];
  const end = t < 0 ? [192, 57, 43] : [31, 111, 178];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgba(${mix.join(",")},0.75)`;
}

async function showNetwork() {
  const chart = $("network-chart");
  try {
    const data = await api("/v1/network?level=country");
    // The 24 busiest actors on a circle, clockwise in alphabetical order from the top, so a
    // country is easy to find and the busiest ones are not all side by side.
    const nodes = data.nodes.slice(0, 24);
    const around = nodes.map((n) => n.actor).sort();
    const placed = new Map();
    around.forEach((actor, i) => {
      const angle = Math.PI / 2 - (2 * Math.PI * i) / around.length;
      placed.set(actor, [Math.cos(angle), Math.sin(angle)]);
    });
    const edges = data.edges.filter((e) => placed.has(e.source) && placed.has(e.target));
    const heaviest = Math.max(1, ...edges.map((e) => e.events));
    const traces = edges.map((e) => {
      const [x0, y0] = placed.get(e.source);
      const [x1, y1] = placed.get(e.target);
      return {
        type: "scatter",
        mode: "lines",
        x: [x0, x1],
        y: [y0, y1],
        line: { color: edgeColour(e.goldstein), width: 0.8 + (5 * e.events) / heaviest },
        hoverinfo: "skip",
        showlegend: false,
      };
    });
    // Hover targets at the middle of each edge, where the lines do not overlap at the nodes.
    traces.push({
      type: "scatter",
      mode: "markers",
      x: edges.map((e) => (placed.get(e.source)[0] * 0.55 + placed.get(e.target)[0] * 0.45)),
      y: edges.map((e) => (placed.get(e.source)[1] * 0.55 + placed.get(e.target)[1] * 0.45)),
      marker: { size: 8, color: "rgba(0,0,0,0)" },
      text: edges.map((e) => `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual), Goldstein ${e.goldstein}`),
      hoverinfo: "text",
      showlegend: false,
    });
    const biggest = Math.max(1, ...nodes.map((n) => n.events));
    traces.push({
      type: "scatter",
      mode: "markers+text",
      x: nodes.map((n) => placed.get(n.actor)[0]),
      y: nodes.map((n) => placed.get(n.actor)[1]),
      text: nodes.map((n) => n.actor),
      textposition: nodes.map((n) => (placed.get(n.actor)[1] >= 0 ? "top center" : "bottom center")),
      customdata: nodes.map((n) => [n.events, n.sent, n.received]),
      hovertemplate: "%{text}: %{customdata[0]} events (%{customdata[1]} sent, %{customdata[2]} received)<extra></extra>",
      marker: { size: nodes.map((n) => 10 + 26 * Math.sqrt(n.events / biggest)), color: "#0b2545", line: { color: "#fff", width: 1.5 } },
      textfont: { ...FONT, size: 11 },
      showlegend: false,
    });
    const axis = { visible: false, range: [-1.22, 1.22], fixedrange: true, constrain: "domain" };
    await Plotly.react(
      chart,
      traces,
      { font: FONT, margin: { l: 4, r: 4, t: 4, b: 4 }, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)", xaxis: axis, yaxis: { ...axis, scaleanchor: "x" }, hovermode: "closest" },
      { displaylogo: false, responsive: true, displayModeBar: false },
    );
    if (chart.on) chart.on("plotly_click", (event) => {
      const point = event.points[0];
      if (point.data.mode === "markers+text") pickActor(point.text);
    });
  } catch (error) {
    chart.replaceChildren(el("p", { class: "message", text: error.message }));
  }
}

// A click on a node makes it actor B against the current A (or A if it is B already).
function pickActor(actor) {
  if (actor === $("actor-a").value) return;
  $("actor-b").value = actor;
  showDyad();
}

// -- alerts ----------------------------------------------------------------------------------

async function showAlerts() {
  const list = $("alerts-list");
  try {
    const data = await api("/v1/alerts");
    const alerts = data.alerts.slice().reverse();
    if (!alerts.length) {
      list.replaceChildren(el("li", { class: "empty", text: "No alerts: no dyad's conflict stands far above its baseline." }));
      return;
    }
    list.replaceChildren(
      ...alerts.map((alert) => {
        const details = el("details", {}, el("summary", { text: `${alert.events.length} events` }));
        for (const event of alert.events.slice(0, 6)) details.append(el("p", { class: "alert-event" }, el("b", { text: `${event.date} ${event.cameo} ` }), markedEvidence(event)));
        return el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              class: "alert-head",
              title: "Show this dyad",
              onclick: () => {
                $("actor-a").value = alert.source;
                $("actor-b").value = alert.target;
                $("freq").value = "month";
                showDyad();
              },
            },
            el("span", { class: "period", text: alert.period }),
            el("span", { class: "pair", text: `${alert.source} → ${alert.target}` }),
            el("span", { class: "count", text: `${alert.conflict} conflict events` }),
            el("span", { class: "z", text: `baseline ${alert.baseline.toFixed(1)}, z ${alert.z.toFixed(1)}` }),
          ),
          details,
        );
      }),
    );
  } catch (error) {
    list.replaceChildren(el("li", { class: "message", text: error.message }));
  }
}

// -- code this text --------------------------------------------------------------------------

async function codeText(submit) {
  submit.preventDefault();
  const text = $("code-text").value;
  const message = $("code-message");
  const table = $("code-table");
  if (!text.trim()) {
    message.textContent = "Paste some text first.";
    return;
  }
  const body = { text, all_modalities: $("code-all").checked };
  if ($("code-date").value) body.date = $("code-date").value;
  message.textContent = "Coding…";
  $("code-run").disabled = true;
  try {
    const data = await api("/v1/code", { method: "POST", body: JSON.stringify(body) });
    message.textContent = data.count ? `${data.count} event${data.count === 1 ? "" : "s"}` : "No events in this text.";
    fillTable(table, data.events, { showDoc: false });
    table.hidden = data.count === 0;
  } catch (error) {
    message.textContent = error.message;
    table.hidden = true;
  } finally {
    $("code-run").disabled = false;
  }
}

// -- documents -------------------------------------------------------------------------------

async function openDocument(docId) {
  const dialog = $("document");
  try {
    const doc = await api(`/v1/documents/${encodeURIComponent(docId)}`);
    $("document-title").textContent = doc.title || doc.id;
    $("document-meta").textContent = [doc.date, doc.source, doc.id, `${doc.events.length} asserted events`].filter(Boolean).join(" · ");
    const text = $("document-text");
    text.replaceChildren(...doc.text.split(/\n\s*\n/).map((p) => el("p", { text: p })));
  } catch (error) {
    $("document-title").textContent = docId;
    $("document-meta").textContent = error.message;
    $("document-text").replaceChildren();
  }
  dialog.showModal();
}

// -- start -----------------------------------------------------------------------------------

async function start() {
  try {
    const status = await api("/v1/status");
    $("status").textContent = `${number(status.documents)} documents · ${number(status.asserted)} asserted events · ${status.store}`;
    $("version").textContent = status.version;
  } catch (error) {
    $("status").textContent = error.message;
  }
  let actors = [];
  try {
    actors = (await api("/v1/network?level=country")).nodes.map((n) => n.actor);
  } catch (error) {
    $("dyad-summary").textContent = error.message;
  }
  for (const select of [$("actor-a"), $("actor-b")]) {
    select.replaceChildren(...actors.map((a) => el("option", { value: a, text: a })));
  }
  const prefer = (id, wanted, fallback) => {
    $(id).value = actors.includes(wanted) ? wanted : fallback || "";
  };
  prefer("actor-a", "CHN", actors[0]);
  prefer("actor-b", "TWN", actors[1]);
  $("dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showDyad();
  });
  $("swap").addEventListener("click", () => {
    const a = $("actor-a").value;
    $("actor-a").value = $("actor-b").value;
    $("actor-b").value = a;
    showDyad();
  });
  $("events-prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    loadEvents();
  });
  $("events-next").addEventListener("click", () => {
    state.offset += PAGE;
    loadEvents();
  });
  $("code-form").addEventListener("submit", codeText);
  if (typeof Plotly === "undefined") {
    $("dyad-summary").textContent = "Plotly.js is not installed on the server (pip install 'kuroshio[api]'); the tables still work.";
    window.Plotly = { react: async () => {} };
  }
  if (!actors.length) {
    $("dyad-summary").textContent = "No events in the store yet: ingest documents with `kuroshio ingest PATH --db FILE`.";
    fillTable($("events-table"), []);
  }
  await Promise.all([actors.length ? showDyad() : null, showNetwork(), showAlerts()]);
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", start);
