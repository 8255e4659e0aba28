// The review report's behaviour: filters, block details and the JSON download.
// Document text is only ever set with textContent, never parsed as HTML.
(function () {
  "use strict";
  const dataElement = document.getElementById("report-data");
  const data = JSON.parse(dataElement.textContent);
  const form = document.getElementById("filters");
  const shown = document.getElementById("shown");
  const blocks = Array.from(document.querySelectorAll(".blk"));
  const articles = Array.from(document.querySelectorAll("article.doc"));
  const details = document.getElementById("details");
  let selected = null;

  const download = document.getElementById("download");
  download.href = URL.createObjectURL(new Blob([dataElement.textContent], { type: "application/json" }));

  function checked(name) {
    return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked'), (input) => input.value);
  }

  function bound(id, fallback) {
    const value = parseFloat(document.getElementById(id).value);
    return Number.isFinite(value) ? value : fallback;
  }

  function apply() {
    const labels = checked("label");
    const kinds = checked("kind");
    const low = bound("p-min", 0);
    const high = bound("p-max", 1);
    const active = labels.length < 3 || kinds.length < 4 || low > 0 || high < 1;
    const matching = new Set();
    for (const element of blocks) {
      const label = element.dataset.label;
      const kind = element.dataset.kind;
      const p = element.dataset.p === "" ? null : parseFloat(element.dataset.p);
      const match =
        labels.includes(label) &&
        (label !== "promo" || kind === "" || kinds.includes(kind)) &&
        (p === null ? low <= 0 && high >= 1 : p >= low && p <= high);
      element.classList.toggle("off", !match);
      if (match) matching.add(element.dataset.doc);
    }
    let count = 0;
    for (const article of articles) {
      const visible = !active || matching.has(article.dataset.doc);
      article.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = count + " of " + articles.length + " documents shown";
  }

  function showDetails(element) {
    const doc = data.documents[Number(element.dataset.doc)];
    const block = doc.blocks[Number(element.dataset.block)];
    if (selected) selected.classList.remove("selected");
    selected = element;
    element.classList.add("selected");
    const name = block.label === "promo" && block.kind ? block.label + "/" + block.kind : block.label;
    document.getElementById("details-title").textContent = name + (block.removed ? ", removed" : ", kept");
    const meta = [doc.id];
    if (block.probability !== null) meta.push("p(remove) " + block.probability.toFixed(3));
    if (block.locator) meta.push(block.locator);
    document.getElementById("details-meta").textContent = meta.join(" · ");
    const list = document.getElementById("details-features");
    list.replaceChildren();
    const strongest = Math.max(0.001, ...block.features.map((f) => Math.abs(f[1])));
    for (const [feature, push] of block.features) {
      const item = document.createElement("li");
      const value = document.createElement("span");
      value.textContent = (push >= 0 ? "+" : "") + push.toFixed(3);
      const bar = document.createElement("span");
      bar.className = "push-bar";
      bar.style.width = Math.round((100 * Math.abs(push)) / strongest) + "%";
      const label = document.createElement("span");
      label.textContent = feature;
      item.append(value, bar, label);
      list.append(item);
    }
    if (!block.features.length) {
      const item = document.createElement("li");
      item.textContent = doc.origin === "audit" ? "cleaned earlier: the audit records no features" : "no feature stands out";
      list.append(item);
    }
    const text = block.text.length > 800 ? block.text.slice(0, 800) + "…" : block.text;
    document.getElementById("details-text").textContent = text;
    details.hidden = false;
  }

  function hideDetails() {
    details.hidden = true;
    if (selected) selected.classList.remove("selected");
    selected = null;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  document.getElementById("documents").addEventListener("click", (event) => {
    const element = event.target.closest(".blk");
    if (element) showDetails(element);
  });
  document.getElementById("details-close").addEventListener("click", hideDetails);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideDetails();
  });
  apply();
})();
