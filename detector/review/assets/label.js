// The labelling page: keyboard labelling, undo, progress and a save after every change.
// Block text is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("label-data").textContent);
  const rows = data.rows;
  const thresholds = new Array(rows.length).fill(0.5);
  const elements = [];
  const undo = [];
  const queue = [];
  let sending = false;
  let current = 0;
  const KINDS = ["ad", "native", "self_promo", "affiliate"];

  for (const doc of data.documents) {
    for (let i = doc.first; i < doc.first + doc.count; i++) thresholds[i] = doc.threshold;
  }

  function predicted(row) {
    return row.label === "promo" && row.kind ? "promo/" + row.kind : row.label;
  }

  function classesOf(name) {
    const [label, kind] = name.split("/");
    return ["l-" + label].concat(kind ? ["k-" + kind] : []);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function build() {
    const main = document.getElementById("documents");
    data.documents.forEach((doc, n) => {
      const section = element("section", "doc");
      const header = element("header");
      header.append(element("h2", "", doc.document));
      header.append(element("span", "doc-meta", doc.source + " · " + doc.format + " · document " + (n + 1) + " of " + data.documents.length));
      section.append(header);
      for (let i = doc.first; i < doc.first + doc.count; i++) {
        const row = rows[i];
        const line = element("div", "row");
        line.id = "row-" + i;
        line.dataset.row = String(i);
        const name = predicted(row);
        const pred = element("div", "pred " + classesOf(name).join(" "));
        pred.title = "the model's prediction";
        pred.append(element("span", "", name));
        pred.append(element("span", "p", "p(remove) " + Number(row.probability).toFixed(2)));
        const bar = element("span", "bar");
        const fill = element("span");
        fill.style.width = Math.round(100 * Number(row.probability)) + "%";
        const mark = element("i");
        mark.style.left = Math.round(100 * thresholds[i]) + "%";
        bar.append(fill, mark);
        pred.append(bar);
        const text = element("div", "text", row.text);
        const gold = element("div", "gold");
        line.append(pred, text, gold);
        line.addEventListener("click", () => select(i, false));
        section.append(line);
        elements[i] = line;
        paint(i);
      }
      main.append(section);
    });
    document.getElementById("out-file").textContent = data.out;
  }

  function paint(i) {
    const row = rows[i];
    const gold = elements[i].querySelector(".gold");
    const name = row.gold || predicted(row);
    const chip = element("span", "chip " + (row.gold ? classesOf(name).join(" ") : "suggested"), name);
    chip.title = row.gold ? "your label" : "the model's prediction: not labelled yet";
    gold.replaceChildren(chip);
    elements[i].classList.toggle("labelled", Boolean(row.gold));
    elements[i].dataset.gold = row.gold;
  }

  function progress() {
    const done = rows.filter((row) => row.gold).length;
    document.getElementById("progress-text").textContent = done + " / " + rows.length + " blocks labelled";
    document.getElementById("progress-bar").style.width = (rows.length ? (100 * done) / rows.length : 0) + "%";
  }

  function status(kind, text) {
    const node = document.getElementById("save-status");
    node.className = kind;
    node.textContent = text;
  }

  function message(text) {
    document.getElementById("message").textContent = text;
  }

  function select(i, scroll = true) {
    if (i < 0 || i >= rows.length) return;
    elements[current].classList.remove("current");
    current = i;
    elements[i].classList.add("current");
    document.body.dataset.current = String(i);
    if (scroll) elements[i].scrollIntoView({ block: "center" });
  }

  function setGold(i, gold) {
    undo.push({ row: i, before: rows[i].gold });
    rows[i].gold = gold;
    paint(i);
    progress();
    save({ row: i, gold: gold });
  }

  function label(gold) {
    setGold(current, gold);
    message("");
    if (current + 1 < rows.length) select(current + 1);
  }

  function undoLast() {
    const last = undo.pop();
    if (!last) {
      message("nothing to undo");
      return;
    }
    rows[last.row].gold = last.before;
    paint(last.row);
    progress();
    save({ row: last.row, gold: last.before });
    select(last.row);
    message("undone");
  }

  function nextUncertain() {
    let best = -1;
    let distance = Infinity;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].gold) continue;
      const d = Math.abs(Number(rows[i].probability) - thresholds[i]);
      if (d < distance) {
        best = i;
        distance = d;
      }
    }
    if (best < 0) message("every block is labelled");
    else select(best);
  }

  function save(change) {
    queue.push(change);
    flush();
  }

  async function flush() {
    if (sending || !queue.length) return;
    sending = true;
    status("saving", "saving…");
    const batch = queue.splice(0, queue.length);
    try {
      const response = await fetch("/api/labels", {
        method: "POST",
        headers: { "Content-Type": "application/json", [data.token_header]: data.token },
        body: JSON.stringify({ changes: batch }),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || response.statusText);
      sending = false;
      if (queue.length) flush();
      else status("saved", "saved");
    } catch (error) {
      queue.unshift(...batch);
      sending = false;
      status("failed", "not saved: " + error.message + "; retrying");
      setTimeout(flush, 2000);
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.metaKey) return;
    const key = event.key;
    if (event.ctrlKey) {
      if (key === "z" || key === "Z") {
        event.preventDefault();
        undoLast();
      }
      return;
    }
    const row = rows[current];
    const actions = {
      c: () => label("content"),
      b: () => label("boilerplate"),
      p: () => label(row.label === "promo" && row.kind ? "promo/" + row.kind : "promo"),
      x: () => label(""),
      Enter: () => label(predicted(row)),
      ArrowDown: () => select(current + 1),
      j: () => select(current + 1),
      ArrowUp: () => select(current - 1),
      k: () => select(current - 1),
      u: nextUncertain,
      z: undoLast,
    };
    KINDS.forEach((kind, n) => {
      actions[String(n + 1)] = () => label("promo/" + kind);
    });
    if (Object.prototype.hasOwnProperty.call(actions, key)) {
      event.preventDefault();
      actions[key]();
    }
  });

  window.addEventListener("beforeunload", (event) => {
    if (sending || queue.length) event.preventDefault();
  });

  build();
  progress();
  if (rows.length) select(0, false);
})();
