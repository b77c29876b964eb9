"use strict";
// The tour page: renders the embedded data (see TourJson) and links every stage's items to their
// spans in the source. Positions arrive as CPython gives them: token columns in code points,
// AST and bytecode columns in UTF-8 bytes; everything is turned into character offsets here.
(function () {
  const D = JSON.parse(document.getElementById("tour-data").textContent);
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  // ---- the source, and positions in it ---------------------------------------------------------
  let text = D.source;
  if (text.endsWith("\n")) text = text.slice(0, -1);
  const lines = text.split(/\r\n|\r|\n/);
  const base = [0];  // absolute offset of each line's start; each line end counts one character
  for (const l of lines) base.push(base[base.length - 1] + l.length + 1);
  const total = base[lines.length];

  // a (line, column) pair to an absolute character offset; columns in "cp" or "byte" units
  function offset(line, col, unit) {
    if (line == null) return null;
    if (line < 1) return 0;
    if (line > lines.length) return total;
    const s = lines[line - 1];
    if (col == null) col = 0;
    let i = 0;
    if (!/[^\x00-\x7f]/.test(s)) {
      i = col;
    } else {
      let n = 0;
      while (i < s.length && n < col) {
        const cp = s.codePointAt(i);
        n += unit === "byte" ? (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4) : 1;
        i += cp > 0xffff ? 2 : 1;
      }
      if (n < col) i += col - n;
    }
    return base[line - 1] + Math.min(i, s.length + 1);
  }
  function span(p, unit) {
    if (!p || p[0] == null) return null;
    const wholeLine = p[1] == null;
    const s = offset(p[0], wholeLine ? 0 : p[1], unit);
    const endLine = p[2] == null ? p[0] : p[2];
    let e = wholeLine || p[3] == null ? base[Math.min(endLine, lines.length)] - 1 : offset(endLine, p[3], unit);
    if (e < s) e = s;
    return { s, e };
  }
  function lineOf(abs) {
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (base[mid] <= abs) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
  const where = (sp) => {
    if (!sp) return "no position";
    const a = lineOf(sp.s), b = lineOf(Math.max(sp.s, sp.e - 1));
    const ca = sp.s - base[a - 1], cb = sp.e - base[b - 1];
    return a === b ? "line " + a + ", characters " + ca + "\u2013" + cb : "line " + a + " character " + ca + " to line " + b + " character " + cb;
  };

  // the source coloured by token kind, when there are tokens
  const KEYWORDS = new Set(("False None True and as assert async await break class continue def del elif else except " +
    "finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case").split(" "));
  const TOKEN_CLASS = { STRING: "s", FSTRING_START: "s", FSTRING_MIDDLE: "s", FSTRING_END: "s", NUMBER: "n", COMMENT: "c" };
  const lineToks = [];  // line number -> [{a, b, cls}] in characters of that line
  for (const t of D.tokens || []) {
    const cls = t.name === "NAME" ? (KEYWORDS.has(t.string) ? "k" : null) : TOKEN_CLASS[t.name];
    if (!cls) continue;
    const sp = span(t.span, "cp");
    if (!sp || sp.s === sp.e) continue;
    for (let l = lineOf(sp.s); l <= lineOf(sp.e - 1); l++) {
      const a = Math.max(sp.s, base[l - 1]) - base[l - 1], b = Math.min(sp.e, base[l - 1] + lines[l - 1].length) - base[l - 1];
      if (b > a) (lineToks[l] || (lineToks[l] = [])).push({ a, b, cls });
    }
  }

  const src = $("source");
  $("file").textContent = D.file || "";
  const marks = { hl: [], sel: [], err: [] };  // kind -> list of {s, e}
  const dirty = new Set();

  // A line's HTML: split at every mark and token boundary; where marks overlap the innermost kind
  // wins; consecutive pieces under one kind of mark share one mark element.
  function lineHtml(n) {
    const s = lines[n - 1], start = base[n - 1], end = start + s.length;
    const cuts = [];
    for (const kind of ["err", "sel", "hl"]) {
      for (const m of marks[kind]) {
        if (m.e < start || m.s > end) continue;
        if (m.s === m.e) { cuts.push({ a: m.s - start, b: m.s - start, kind, empty: true }); continue; }
        if (m.e <= start) continue;
        const a = Math.max(m.s, start) - start, b = Math.min(m.e, end + 1) - start;
        if (b > s.length && a >= s.length) { cuts.push({ a: s.length, b: s.length, kind, eol: true }); continue; }
        cuts.push({ a, b: Math.min(b, s.length), kind, eolToo: b > s.length });
      }
    }
    const toks = lineToks[n] || [];
    if (!cuts.length && !toks.length) return esc(s);
    const points = new Set([0, s.length]);
    for (const c of cuts) { points.add(c.a); points.add(c.b); }
    for (const t of toks) { points.add(t.a); points.add(t.b); }
    const sorted = [...points].sort((x, y) => x - y);
    let html = "", open = null;
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (const c of cuts) {
        if ((c.empty || c.eol) && c.a === a) {
          if (open) { html += "</mark>"; open = null; }
          html += '<mark class="' + c.kind + (c.eol ? " eol" : " empty") + '"></mark>';
        }
      }
      if (i + 1 === sorted.length) break;
      const b = sorted[i + 1];
      let kind = null, cls = null;
      for (const c of cuts) if (!c.empty && !c.eol && c.a <= a && c.b >= b) kind = c.kind;
      for (const t of toks) if (t.a <= a && t.b >= b) cls = t.cls;
      if (kind !== open) {
        if (open) html += "</mark>";
        if (kind) html += '<mark class="' + kind + '">';
        open = kind;
      }
      const piece = esc(s.slice(a, b));
      html += cls ? '<span class="t-' + cls + '">' + piece + "</span>" : piece;
    }
    if (open) html += "</mark>";
    for (const c of cuts) if (c.eolToo) { html += '<mark class="' + c.kind + ' eol"></mark>'; break; }
    return html;
  }
  {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
      parts.push('<div class="ln" data-l="' + (i + 1) + '"><span class="no">' + (i + 1) + '</span><span class="tx">' + lineHtml(i + 1) + "</span></div>");
    }
    src.innerHTML = parts.join("");
  }
  const lineEls = src.children;
  function paintLine(n) {
    lineEls[n - 1].lastChild.innerHTML = lineHtml(n);
  }
  function setMarks(kind, spans) {
    for (const m of marks[kind]) for (let l = lineOf(m.s); l <= lineOf(Math.max(m.s, m.e - 1)); l++) dirty.add(l);
    marks[kind] = spans.filter(Boolean);
    for (const m of marks[kind]) for (let l = lineOf(m.s); l <= lineOf(Math.max(m.s, m.e - 1)); l++) dirty.add(l);
    for (const l of dirty) paintLine(l);
    dirty.clear();
  }
  function revealSource(spans) {
    const first = spans.find(Boolean);
    if (!first) return;
    const el = lineEls[lineOf(first.s) - 1];
    const box = src.getBoundingClientRect(), r = el.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) src.scrollTop += r.top - box.top - box.height / 3;
  }

  // ---- the stages ------------------------------------------------------------------------------
  const stages = [
    { id: "tokens", title: "Tokens", has: D.tokens != null, count: D.tokens && D.tokens.length,
      text: "The tokenizer cuts the characters into <b>tokens</b>: names, numbers, strings, operators, and the layout tokens NEWLINE, NL, INDENT and DEDENT. Each keeps its exact text and where it starts and ends." },
    { id: "ast", title: "AST", has: D.ast != null,
      text: "The parser checks the tokens against the grammar and builds the <b>abstract syntax tree</b>: one node per construct, positions included. Layout tokens are gone; structure remains." },
    { id: "symtable", title: "Symbols", has: D.symtable != null,
      text: "The <b>symbol table</b> pass gives every module, class, function and comprehension a block, and decides where each name lives: local, global, or shared with an inner function as a cell and free variable." },
    { id: "code", title: "Code objects", has: D.code != null, count: D.code && D.code.length,
      text: "The compiler turns each block into a <b>code object</b>: bytecode plus the constants, names and variable names it refers to by number, and flags saying what kind of code it is." },
    { id: "dis", title: "Disassembly", has: D.code != null,
      text: "<b>dis</b> shows the bytecode as instructions: source line, offset, operation, argument and what it means. <span class=tgt>&gt;&gt;</span> marks a jump target; follow a jump by its link." },
  ];
  const builders = { tokens: "tokenizer", ast: "parser", symtable: "symbol table pass", code: "compiler", dis: "compiler" };
  const order = ["tokens", "ast", "symtable", "code"];
  const stageOf = (id) => (id === "dis" ? "code" : id);

  const tabs = $("tabs"), stageEl = $("stage"), explain = $("explain"), status = $("status");
  const built = {};
  let current = null;
  stages.forEach((st, i) => {
    const b = document.createElement("button");
    b.setAttribute("role", "tab");
    b.id = "tab-" + st.id;
    b.dataset.stage = st.id;
    b.setAttribute("aria-controls", "stage");
    b.innerHTML = esc(st.title) + (st.count != null ? '<span class="n">' + st.count + "</span>" : "");
    b.title = st.title + " (key " + (i + 1) + ")";
    b.addEventListener("click", () => show(st.id, true));
    tabs.appendChild(b);
  });
  tabs.addEventListener("keydown", (e) => {
    const ids = stages.map((s) => s.id);
    let i = ids.indexOf(current);
    if (e.key === "ArrowRight") i = (i + 1) % ids.length;
    else if (e.key === "ArrowLeft") i = (i + ids.length - 1) % ids.length;
    else if (e.key === "Home") i = 0;
    else if (e.key === "End") i = ids.length - 1;
    else return;
    e.preventDefault();
    show(ids[i], true);
  });

  function show(id, focusTab) {
    current = id;
    for (const b of tabs.children) {
      const on = b.dataset.stage === id;
      b.setAttribute("aria-selected", on);
      b.tabIndex = on ? 0 : -1;
      if (on && focusTab) b.focus();
    }
    const st = stages.find((s) => s.id === id);
    const note = st.has ? NOTES[id]() : "";
    explain.innerHTML = st.text + (note ? ' <span class="note">' + note + "</span>" : "");
    for (const el of stageEl.children) el.hidden = el.dataset.stage !== id;
    if (!built[id]) {
      const el = document.createElement("div");
      el.dataset.stage = id;
      el.setAttribute("role", "tabpanel");
      el.setAttribute("aria-labelledby", "tab-" + id);
      stageEl.appendChild(el);
      built[id] = el;
      if (st.has) RENDER[id](el); else el.innerHTML = missing(id);
    }
    setMarks("hl", []);
    setSelectedItems([]);
    status.textContent = "";
    if (lastSourceRange) selectSource(lastSourceRange, false);
  }

  // what to notice in this program, stage by stage
  const plural = (n, w) => n + " " + w + (n === 1 ? "" : "s");
  const NOTES = {
    tokens: () => {
      const c = {};
      for (const t of D.tokens) c[t.name] = (c[t.name] || 0) + 1;
      return "Here: " + plural(D.tokens.length, "token") + "; " + (c.NEWLINE || 0) + " NEWLINE end statements, " + (c.NL || 0) +
        " NL end lines that end none" + (c.INDENT ? ", " + c.INDENT + " INDENT/DEDENT pairs mark blocks." : ".");
    },
    ast: () => {
      const top = D.ast.tree.f.find(([k]) => k === "body");
      return "Here: " + plural(nodes.length, "node") + (top ? "; the module\u2019s body: " + esc(top[1].map((n) => n.t).join(", ")) + "." : ".");
    },
    symtable: () => {
      const shared = [], walk = (b) => { for (const x of b.symbols) if (x.scope === "cell" || x.scope === "free") shared.push(esc(x.name) + " is " + x.scope + " in " + esc(b.name)); b.children.forEach(walk); };
      walk(D.symtable);
      return shared.length ? "Here, closures: " + shared.join(", ") + "." : "Here no function shares a variable with another through a closure.";
    },
    code: () => "Here: " + plural(D.code.length, "code object") + "; each nested one is a constant of the code that defines it.",
    dis: () => {
      const seen = new Set();
      let n = 0, jumps = 0;
      for (const c of D.code) for (const i of c.instructions) { n++; seen.add(i.opname); if (i.jump != null) jumps++; }
      const how = [["LOAD_FAST", "LOAD_FAST reads a local"], ["LOAD_NAME", "LOAD_NAME a module-level name"], ["LOAD_GLOBAL", "LOAD_GLOBAL a global from a function"], ["LOAD_DEREF", "LOAD_DEREF a closure variable"]]
        .filter(([op]) => seen.has(op)).map(([, t]) => t);
      return "Here: " + plural(n, "instruction") + ", " + plural(jumps, "jump") + (how.length ? "; " + how.join(", ") + "." : ".");
    },
  };

  function missing(id) {
    const stage = stageOf(id);
    if (D.error && stage === "tokens" && D.error.stage !== "tokens") return '<div class="pending">The tokenize module stops before the end of this file; the parser\u2019s error is above.</div>';
    if (D.error && D.error.stage === stage) return '<div class="pending">This stage stopped at the error above.</div>';
    if (D.error && order.indexOf(D.error.stage) < order.indexOf(stage)) return '<div class="pending">Not reached: an earlier stage stopped at the error above.</div>';
    return '<div class="pending">Not built yet: Adder\u2019s ' + builders[id] + " is still to come.</div>";
  }

  // Items are the selectable rows of every stage: each has an element and a span in the source.
  const items = {};  // stage id -> array of {el, span, label}
  let selected = [];
  function setSelectedItems(list) {
    for (const it of selected) { it.on = false; if (it.el) it.el.classList.remove("on"); }
    selected = list;
    for (const it of selected) { it.on = true; if (it.ensure) it.ensure(); if (it.el) it.el.classList.add("on"); }
  }
  function choose(it, focus) {
    const t0 = performance.now();
    requestAnimationFrame(() => { window.tour.lastAnswerMs = performance.now() - t0; });
    if (it.ensure) it.ensure();
    lastSourceRange = null;
    setMarks("sel", []);
    setSelectedItems([it]);
    const spans = it.spans || [it.span];
    setMarks("hl", spans);
    revealSource(spans);
    status.textContent = it.label + "  \u2014  " + where(it.span);
    if (focus) { it.el.focus({ preventScroll: true }); it.el.scrollIntoView({ block: "nearest" }); }
  }
  function itemOf(el) {
    const row = el.closest(".item");
    return row ? row.item : null;
  }
  stageEl.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-jump]");
    if (a) { e.preventDefault(); follow(a.dataset.jump); return; }
    if (e.target.closest(".tog")) { toggle(e.target.closest(".node")); return; }
    const it = itemOf(e.target);
    if (it) choose(it, true);
  });
  stageEl.addEventListener("keydown", (e) => {
    const it = itemOf(e.target);
    if (!it) return;
    const visible = [...built[current].querySelectorAll(".item")].filter((x) => x.offsetParent !== null);
    const i = visible.indexOf(it.el);
    let next = null;
    if (e.key === "ArrowDown") next = visible[i + 1];
    else if (e.key === "ArrowUp") next = visible[i - 1];
    else if (e.key === "Home") next = visible[0];
    else if (e.key === "End") next = visible[visible.length - 1];
    else if (e.key === "PageDown") next = visible[Math.min(visible.length - 1, i + 15)];
    else if (e.key === "PageUp") next = visible[Math.max(0, i - 15)];
    else if (e.key === "ArrowRight" && it.node) { const n = it.el.parentElement; if (n.classList.contains("closed")) toggle(n); else next = visible[i + 1]; }
    else if (e.key === "ArrowLeft" && it.node) { const n = it.el.parentElement; if (!n.classList.contains("closed") && n.querySelector(".kids").childElementCount) toggle(n); else { const p = n.parentElement.closest(".node"); if (p) next = p.firstElementChild; } }
    else if (e.key === "Enter" || e.key === " ") { if (it.jump) follow(it.jump); else choose(it, true); }
    else return;
    e.preventDefault();
    if (next) choose(next.item, true);
  });
  // the first item of a list takes the focus when the panel is tabbed into
  stageEl.tabIndex = -1;
  stageEl.addEventListener("focus", () => { const f = built[current] && built[current].querySelector(".item"); if (f) f.focus(); });

  function makeItem(el, sp, label, extra) {
    const it = Object.assign({ el, span: sp, label }, extra || {});
    el.item = it;
    el.tabIndex = -1;
    return it;
  }
  function bind(it, el) {
    it.el = el;
    el.item = it;
    el.tabIndex = -1;
    if (it.on) el.classList.add("on");
  }

  // Long lists are cut into chunks that become rows only when scrolled near (or when one of their
  // items is selected), so that a program of thousands of lines opens and answers at once.
  function chunked(container, list, chunkSize, rowHeight, html, after) {
    const chunks = [];
    for (let c = 0; c * chunkSize < list.length; c++) {
      const div = document.createElement("div");
      div.className = "chunk";
      const n = Math.min(chunkSize, list.length - c * chunkSize);
      div.style.height = n * rowHeight + "px";
      container.appendChild(div);
      chunks.push({ div, done: false, from: c * chunkSize, to: c * chunkSize + n });
    }
    const render = (k) => {
      const ch = chunks[k];
      if (ch.done) return;
      ch.done = true;
      const parts = [];
      for (let i = ch.from; i < ch.to; i++) parts.push(html(list[i], i));
      ch.div.innerHTML = parts.join("");
      ch.div.style.height = "";
      after(ch.div, ch.from, ch.to);
    };
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) render(chunks.findIndex((c) => c.div === e.target));
    }, { root: stageEl, rootMargin: "800px 0px" });
    for (const ch of chunks) observer.observe(ch.div);
    if (chunks.length) render(0);
    return (i) => render(Math.floor(i / chunkSize));
  }

  // ---- tokens ------------------------------------------------------------------------------------
  const LAYOUT = new Set(["NEWLINE", "NL", "INDENT", "DEDENT", "ENDMARKER", "COMMENT"]);
  const RENDER = {};
  const shownString = (t) => (t === "" ? "" : esc(t.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")));
  RENDER.tokens = (el) => {
    items.tokens = D.tokens.map((t, i) => ({ span: span(t.span, "cp"), label: t.name + " " + JSON.stringify(t.string), el: null }));
    const ensure = chunked(el, D.tokens, 300, 21.7, (t, i) => {
      const p = t.span;
      return '<div class="item tok' + (LAYOUT.has(t.name) ? " layout" : "") + '" data-i="' + i + '"><span class="i">' + i +
        '</span><span class="ty">' + t.name + '</span><span class="ex">' + (t.exact !== t.name ? t.exact : "") +
        '</span><span class="s">' + shownString(t.string) + '</span><span class="p">' + p[0] + "," + p[1] + "\u2013" + p[2] + "," + p[3] + "</span></div>";
    }, (div, from) => {
      const rows = div.children;
      for (let i = 0; i < rows.length; i++) bind(items.tokens[from + i], rows[i]);
    });
    items.tokens.forEach((it, i) => { it.ensure = () => ensure(i); });
  };

  // ---- the AST -------------------------------------------------------------------------------
  const nodes = [];  // preorder: {n, span, parent, el (once rendered)}
  if (D.ast) index(D.ast.tree, -1);
  function index(n, parent) {
    const id = nodes.length;
    nodes.push({ n, span: n.p ? span(n.p, "byte") : null, parent, depth: parent < 0 ? 0 : nodes[parent].depth + 1 });
    n.id = id;
    for (const [, v] of n.f) visit(v, id);
  }
  function visit(v, parent) {
    if (Array.isArray(v)) v.forEach((x) => visit(x, parent));
    else if (v && typeof v === "object") index(v, parent);
  }
  const isLeaf = (v) => v && typeof v === "object" && !Array.isArray(v) && !v.p && v.f.length === 0;  // Load(), Add()
  function scalarText(v) {
    if (typeof v === "string") return esc(v);
    if (isLeaf(v)) return esc(v.t) + "()";
    return null;
  }
  function nodeHtml(n, field) {
    let inline = "";
    for (const [k, v] of n.f) {
      const s = scalarText(v);
      if (s != null) inline += ' <span class="attr">' + esc(k) + '=</span><span class="val">' + s + "</span>";
      else if (Array.isArray(v) && v.length === 0) inline += ' <span class="attr">' + esc(k) + '=</span><span class="empty-list">[]</span>';
    }
    const hasKids = n.f.some(([, v]) => (Array.isArray(v) && v.length) || (v && typeof v === "object" && !Array.isArray(v) && !isLeaf(v)));
    const p = n.p ? '<span class="pos">' + n.p[0] + ":" + n.p[1] + "\u2013" + n.p[2] + ":" + n.p[3] + "</span>" : "";
    return '<div class="node closed" data-id="' + n.id + '"><div class="item head" role="treeitem" aria-expanded="false"><span class="tog">' + (hasKids ? "\u25B8" : "") +
      "</span>" + (field ? '<span class="attr">' + esc(field) + "=</span>" : "") + '<span class="ty-node">' + esc(n.t) + "</span>" + inline + p + '</div><div class="kids" role="group"></div></div>';
  }
  function renderKids(nodeEl) {
    const kids = nodeEl.lastElementChild;
    if (kids.dataset.done) return;
    kids.dataset.done = "1";
    const n = nodes[+nodeEl.dataset.id].n;
    let html = "";
    for (const [k, v] of n.f) {
      if (Array.isArray(v) && v.length) {
        html += '<div class="fieldname">' + esc(k) + ' <span class="count">\u00b7 ' + v.length + "</span></div>" + v.map((x) => (typeof x === "object" ? nodeHtml(x) : '<div class="fieldname">' + esc(x) + "</div>")).join("");
      } else if (v && typeof v === "object" && !Array.isArray(v) && !isLeaf(v)) {
        html += nodeHtml(v, k);
      }
    }
    kids.innerHTML = html;
    for (const child of kids.querySelectorAll(":scope > .node")) attachNode(child);
  }
  function attachNode(nodeEl) {
    const rec = nodes[+nodeEl.dataset.id];
    rec.el = nodeEl;
    makeItem(nodeEl.firstElementChild, rec.span, rec.n.t, { node: rec });
  }
  function toggle(nodeEl, open) {
    const willOpen = open != null ? open : nodeEl.classList.contains("closed");
    if (willOpen) renderKids(nodeEl);
    nodeEl.classList.toggle("closed", !willOpen);
    nodeEl.firstElementChild.setAttribute("aria-expanded", willOpen);
    const tog = nodeEl.querySelector(".tog");
    if (tog.textContent) tog.textContent = willOpen ? "\u25BE" : "\u25B8";
  }
  function revealNode(id) {
    const chain = [];
    for (let i = id; i >= 0; i = nodes[i].parent) chain.push(i);
    chain.reverse();
    for (const i of chain.slice(0, -1)) toggle(nodes[i].el, true);
    return nodes[id].el;
  }
  RENDER.ast = (el) => {
    el.innerHTML = '<div class="tree" role="tree">' + nodeHtml(D.ast.tree) + "</div>";
    const root = el.querySelector(".node");
    attachNode(root);
    // small trees open fully, large ones two levels deep
    const limit = nodes.length <= 400 ? 99 : 1;
    const open = (nodeEl, depth) => {
      if (depth >= limit) return;
      toggle(nodeEl, true);
      for (const c of nodeEl.lastElementChild.querySelectorAll(":scope > .node")) open(c, depth + 1);
    };
    open(root, 0);
  };

  // ---- symbol table ----------------------------------------------------------------------------
  const SCOPES = [["local", "local"], ["global_implicit", "global (implicit)"], ["global_explicit", "global (declared)"], ["cell", "cell: used by an inner function"], ["free", "free: from an enclosing function"], ["none", "no scope"]];
  // A block's extent in the source is the span of the AST node that opened it, found by kind,
  // line and name; the module's is the whole file.
  const COMPS = { lambda: "Lambda", genexpr: "GeneratorExp", listcomp: "ListComp", setcomp: "SetComp", dictcomp: "DictComp" };
  // the first node not yet taken of one of these kinds, starting on this line, with this name if it has one
  function opener(kinds, lineno, name, used) {
    for (const rec of nodes) {
      if (used.has(rec) || !rec.span || !kinds.includes(rec.n.t) || rec.n.p[0] !== lineno) continue;
      const named = rec.n.f.find(([k]) => k === "name");
      if (named && named[1] !== pyrepr(name)) continue;
      used.add(rec);
      return rec.span;
    }
    return null;
  }
  function blockExtents() {
    const used = new Set(), ext = new Map();
    const find = (b) => {
      if (b.type === "module") return { s: 0, e: total };
      const kinds = b.type === "class" ? ["ClassDef"] : COMPS[b.name] ? [COMPS[b.name]] : ["FunctionDef", "AsyncFunctionDef"];
      return opener(kinds, b.lineno, b.name, used);
    };
    const walk = (b) => { ext.set(b, find(b)); b.children.forEach(walk); };
    walk(D.symtable);
    return ext;
  }
  // where a block names a variable: its Name nodes and parameters inside the block, outside the
  // blocks nested in it
  function uses(b, name, ext) {
    const own = ext.get(b);
    if (!own) return [];
    const inner = b.children.map((c) => ext.get(c)).filter(Boolean);
    const want = pyrepr(name);
    const out = [];
    for (const rec of nodes) {
      const sp = rec.span;
      if (!sp || (rec.n.t !== "Name" && rec.n.t !== "arg")) continue;
      const f = rec.n.f.find(([k]) => k === (rec.n.t === "Name" ? "id" : "arg"));
      if (!f || f[1] !== want || sp.s < own.s || sp.e > own.e || inner.some((x) => sp.s >= x.s && sp.e <= x.e)) continue;
      out.push(sp);
    }
    return out.sort((x, y) => x.s - y.s);
  }
  RENDER.symtable = (el) => {
    const ext = D.ast ? blockExtents() : new Map();
    const all = [];
    let html = '<div class="legend">' + SCOPES.map(([k, v]) => '<span class="sc-' + k + '">' + esc(v) + "</span>").join("") + "</div>";
    const block = (b) => {
      const k = all.length;
      all.push(b);
      let h = '<div class="block item" data-b="' + k + '"><h3>' + esc(b.name) + ' <span class="kind">' + esc(b.type) + (b.lineno ? ", line " + b.lineno : "") +
        '</span> <span class="flags">' + (b.nested ? "nested " : "") + (b.optimized ? "optimized" : "") + '</span></h3><div class="syms">';
      for (const s of b.symbols) {
        const sc = s.scope === "-" ? "none" : s.scope;
        h += '<span class="sym item sc-' + sc + '" data-name="' + esc(s.name) + '" title="' + esc(s.scope + ": " + s.flags.join(", ")) + '">' + esc(s.name) + "<small>" + esc(s.flags.join(" ")) + "</small></span>";
      }
      h += "</div></div>";
      if (b.children.length) h += '<div class="sub-blocks">' + b.children.map(block).join("") + "</div>";
      return h;
    };
    el.innerHTML = html + block(D.symtable);
    items.symtable = [];
    for (const div of el.querySelectorAll(".block")) {
      const b = all[+div.dataset.b];
      const l = b.lineno;
      const sp = ext.get(b) || (l >= 1 && l <= lines.length ? { s: base[l - 1], e: base[l - 1] + lines[l - 1].length } : null);
      items.symtable.push(makeItem(div, sp, b.type + " " + b.name));
      for (const chip of div.querySelectorAll(".sym")) {
        const found = uses(b, chip.dataset.name, ext);
        const it = makeItem(chip, found[0] || null, chip.dataset.name + " in " + b.name + ": " + chip.title + (found.length ? ", used " + found.length + "\u00d7 here" : ""));
        it.spans = found;
        it.symbol = true;
      }
    }
  };

  // ---- code objects ----------------------------------------------------------------------------
  const tuple = (xs) => "(" + xs.join(", ") + (xs.length === 1 ? ",)" : ")");
  const pyrepr = (s) => (s.includes("'") && !s.includes('"') ? '"' + s + '"' : "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'");
  const FLAGS = ["OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"];
  const flagNames = (f) => FLAGS.filter((_, i) => f & (1 << i)).join(", ");
  RENDER.code = (el) => {
    // a code object's extent: the definition or expression it was compiled from (its first line
    // when that cannot be told, as for a decorated function, whose code starts at the decorator)
    const used = new Set();
    items.code = D.code.map((c) => {
      const l = c.firstlineno;
      const bare = c.name.replace(/^<|>$/g, "");
      let sp = null;
      if (c.name === "<module>") sp = { s: 0, e: total };
      else if (D.ast) sp = opener(COMPS[bare] ? [COMPS[bare]] : ["FunctionDef", "AsyncFunctionDef", "ClassDef"], l, c.name, used);
      if (!sp && l >= 1 && l <= lines.length) sp = { s: base[l - 1], e: base[l - 1] + lines[l - 1].length };
      return { span: sp, label: "code object " + c.qualname, el: null };
    });
    const ensure = chunked(el, D.code, 20, 330, (c, i) => {
      const kv = [["co_name", pyrepr(c.name)], ["co_qualname", pyrepr(c.qualname)], ["co_varnames", tuple(c.varnames.map(pyrepr))],
        ["co_cellvars", tuple(c.cellvars.map(pyrepr))], ["co_freevars", tuple(c.freevars.map(pyrepr))], ["co_names", tuple(c.names.map(pyrepr))],
        ["co_consts", tuple(c.consts)], ["co_flags", c.flags + (c.flags ? " (" + flagNames(c.flags) + ")" : "")],
        ["co_argcount", c.argcount], ["co_posonlyargcount", c.posonlyargcount], ["co_kwonlyargcount", c.kwonlyargcount],
        ["co_nlocals", c.nlocals], ["co_stacksize", c.stacksize], ["co_firstlineno", c.firstlineno]];
      return '<div class="code item" data-i="' + i + '" style="margin-left:' + (14 + 18 * Math.min(c.depth, 6)) + 'px"><h3>' + esc(c.qualname) + '</h3><div class="kv">' +
        kv.map(([k, v]) => '<span class="k">' + k + '</span><span class="v">' + esc(v) + "</span>").join("") + "</div></div>";
    }, (div, from) => {
      const cards = div.children;
      for (let i = 0; i < cards.length; i++) bind(items.code[from + i], cards[i]);
    });
    items.code.forEach((it, i) => { it.ensure = () => ensure(i); });
  };

  // ---- disassembly ------------------------------------------------------------------------------
  RENDER.dis = (el) => {
    const rows = [];  // a header, then the code object's instructions
    items.dis = [];
    const byRef = {};
    D.code.forEach((c, ci) => {
      rows.push({ head: ci ? "Disassembly of " + c.repr : c.qualname });
      c.instructions.forEach((ins, k) => {
        const it = { span: span(ins.pos, "byte"), label: c.qualname + " " + ins.offset + " " + ins.opname + (ins.argrepr ? " (" + ins.argrepr + ")" : ""), el: null };
        if (ins.jump != null) it.jump = ci + ":" + ins.jump;
        rows.push({ ci, ins, first: k === 0, item: it });
        it.row = rows.length - 1;
        items.dis.push(it);
        byRef[ci + ":" + ins.offset] = it;
      });
    });
    const ensure = chunked(el, rows, 250, 22, (r) => {
      if (r.head) return '<h3 class="dis-head">' + esc(r.head) + "</h3>";
      const ins = r.ins;
      let ar = esc(ins.argrepr);
      if (ins.jump != null) ar = '<a href="#" data-jump="' + r.ci + ":" + ins.jump + '">' + ar + "</a>";
      const nl = ins.line != null;
      return '<div class="item ins' + (nl && !r.first ? " newline" : "") + '" id="i' + r.ci + "-" + ins.offset + '"><span class="ln-no">' + (nl ? ins.line : "") +
        '</span><span class="tgt">' + (ins.target ? "&gt;&gt;" : "") + '</span><span class="off">' + ins.offset + '</span><span class="op">' + ins.opname +
        '</span><span class="arg">' + (ins.arg == null ? "" : ins.arg) + '</span><span class="ar">' + (ins.argrepr ? "(" + ar + ")" : "") + "</span></div>";
    }, (div, from, to) => {
      let k = 0;
      for (let i = from; i < to; i++, k++) if (rows[i].item) bind(rows[i].item, div.children[k]);
    });
    for (const it of items.dis) it.ensure = () => ensure(it.row);
    disRefs = byRef;
  };
  let disRefs = {};
  function follow(ref) {
    const it = disRefs[ref];
    if (!it) return;
    it.ensure();
    choose(it, true);
    it.el.classList.remove("jumped");
    void it.el.offsetWidth;
    it.el.classList.add("jumped");
  }

  // ---- selecting in the source -------------------------------------------------------------------
  let lastSourceRange = null;
  function pointIn(node, off) {
    const ln = (node.nodeType === 1 ? node : node.parentElement).closest(".ln");
    if (!ln || !src.contains(ln)) return null;
    const tx = ln.lastChild;
    const r = document.createRange();
    r.setStart(tx, 0);
    try { r.setEnd(node, off); } catch (e) { return null; }
    if (!tx.contains(node) && node !== tx) return base[+ln.dataset.l - 1];
    return base[+ln.dataset.l - 1] + r.toString().length;
  }
  function fromSelection() {
    const sel = window.getSelection();
    if (!sel.rangeCount) return null;
    const a = pointIn(sel.anchorNode, sel.anchorOffset), b = pointIn(sel.focusNode, sel.focusOffset);
    if (a == null || b == null) return null;
    return { s: Math.min(a, b), e: Math.max(a, b) };
  }
  const overlaps = (sp, r) => sp && (r.s === r.e ? sp.s <= r.s && (r.s < sp.e || sp.s === sp.e && sp.s === r.s) : sp.s < r.e && sp.e > r.s);
  // the things whose span covers the range r, keeping every one of the smallest such span
  function innermost(list, r) {
    let best = null;
    for (const x of list) {
      const sp = x.span;
      if (!sp || !(sp.s <= r.s && sp.e >= r.e && (r.s < sp.e || sp.s === sp.e))) continue;
      const size = sp.e - sp.s;
      if (!best || size < best.size) best = { size, list: [x] };
      else if (size === best.size) best.list.push(x);
    }
    return best ? best.list : [];
  }
  function selectSource(r, reveal) {
    const t0 = performance.now();
    requestAnimationFrame(() => { window.tour.lastAnswerMs = performance.now() - t0; });
    lastSourceRange = r;
    setMarks("hl", []);
    setMarks("sel", r.s === r.e ? [] : [r]);
    let found = [];
    if (current === "ast" && D.ast) {
      found = innermost(nodes, r).map((rec) => { revealNode(rec.n.id); return rec.el.firstElementChild.item; });
    } else if (current === "symtable" && items.symtable) {
      found = innermost(items.symtable, r);
    } else if (current === "dis" && items.dis) {
      // the instructions made from the selected text; for a point, or text inside one
      // instruction's span, the instructions with the smallest span around it
      found = r.s < r.e ? items.dis.filter((it) => it.span && it.span.s >= r.s && it.span.e <= r.e && it.span.s < it.span.e) : [];
      if (!found.length) found = innermost(items.dis, r);
    } else if (items[current]) {
      found = items[current].filter((it) => overlaps(it.span, r));
    }
    setSelectedItems(found);
    setMarks("hl", found.map((x) => x.span));
    status.textContent = found.length ? found.length + (found.length === 1 ? " item" : " items") + " from " + where(r) + ": " + found.slice(0, 6).map((x) => x.label).join(", ") + (found.length > 6 ? ", \u2026" : "") : "nothing here in this stage comes from " + where(r);
    if (reveal && found.length && found[0].el) found[0].el.scrollIntoView({ block: "nearest" });
  }
  src.addEventListener("mouseup", () => {
    setTimeout(() => {
      const r = fromSelection();
      if (r) selectSource(r, true);
    }, 0);
  });
  // keyboard: the arrow keys walk the source a line at a time, selecting the line
  let curLine = 0;
  src.addEventListener("keydown", (e) => {
    let n = curLine;
    if (e.key === "ArrowDown") n = Math.min(lines.length, n + 1);
    else if (e.key === "ArrowUp") n = Math.max(1, n - 1);
    else if (e.key === "PageDown") n = Math.min(lines.length, n + 20);
    else if (e.key === "PageUp") n = Math.max(1, n - 20);
    else if (e.key === "Home") n = 1;
    else if (e.key === "End") n = lines.length;
    else return;
    e.preventDefault();
    if (curLine) lineEls[curLine - 1].classList.remove("cur");
    curLine = n;
    const el = lineEls[n - 1];
    el.classList.add("cur");
    el.scrollIntoView({ block: "nearest" });
    selectSource({ s: base[n - 1], e: base[n - 1] + lines[n - 1].length }, true);
  });
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = "12345".indexOf(e.key);
    if (k >= 0) { show(stages[k].id, true); e.preventDefault(); }
  });

  // ---- start -----------------------------------------------------------------------------------
  if (D.error && D.error.span) setMarks("err", [span(D.error.span, "cp")]);
  if (D.error) {
    const box = document.createElement("div");
    box.className = "problem";
    box.innerHTML = "This program does not compile. The error, as CPython reports it:<pre>" + esc(D.error.report) + "</pre>";
    stageEl.parentElement.insertBefore(box, stageEl);
  }
  show((stages.find((s) => s.has) || stages[0]).id, false);
  // for tests and the curious: what the page knows
  window.tour = { data: D, show, selectSource, span, offset };
})();
