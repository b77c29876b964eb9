// Drives the tour's HTML page in Debian's chromium through playwright-core, as a person would:
// clicks a token, an AST node and an instruction, drags across source text, uses the keyboard,
// and reports what the page highlighted. TourPageTest (JUnit) writes the config, runs this
// script and checks the report against positions CPython computed (tour_probes.py).
//
// usage: node tour-page.mjs CONFIG.json   (prints one JSON report on stdout)
import { readFileSync, mkdirSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { chromium } from "playwright-core";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = { pages: [] };
mkdirSync(config.out, { recursive: true });
const profile = join(tmpdir(), "adder-tour-chromium-" + process.pid);
rmSync(profile, { recursive: true, force: true });

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: config.chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 800 },
});

// What the source pane highlights, as [line, start, endLine, end] in UTF-16 units, and its text.
async function highlighted(page) {
  return page.evaluate(() => {
    const pieces = [...document.querySelectorAll("#source mark.hl")].filter((m) => !m.classList.contains("eol")).map((m) => {
      const ln = m.closest(".ln");
      const r = document.createRange();
      r.setStart(ln.lastChild, 0);
      r.setEnd(m, 0);
      const start = r.toString().length;
      return { line: +ln.dataset.l, start, end: start + m.textContent.length, text: m.textContent };
    });
    if (!pieces.length) return null;
    const a = pieces[0], b = pieces[pieces.length - 1];
    return { span: [a.line, a.start, b.line, b.end], text: pieces.map((p) => p.text).join("\n"), marks: pieces.length };
  });
}

async function tab(page, id) {
  await page.click("#tab-" + id);
}

// Drags the mouse across the source from (line, col) to (endLine, endCol), UTF-16 units.
async function dragSelect(page, sp) {
  const box = await page.evaluate((sp) => {
    const at = (line, col) => {
      const tx = document.querySelector('#source .ln[data-l="' + line + '"] .tx');
      // walk the line's text nodes to the column
      const walker = document.createTreeWalker(tx, NodeFilter.SHOW_TEXT);
      let n, left = col;
      while ((n = walker.nextNode())) {
        if (left < n.length) break;
        left -= n.length;
      }
      const r = document.createRange();
      r.setStart(n, Math.min(left, n.length));
      r.setEnd(n, Math.min(left + 1, n.length));
      return r.getBoundingClientRect();
    };
    const el = document.querySelector('#source .ln[data-l="' + sp[0] + '"]');
    el.scrollIntoView({ block: "center" });
    const a = at(sp[0], sp[1]);
    const b = at(sp[2], sp[3] - 1);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, sp);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 3 });
  await page.mouse.move(box.x2, box.y2, { steps: 3 });
  await page.mouse.up();
  await page.waitForTimeout(50);
}

// The selected items of a stage, named as tour_probes.py names them.
const lit = (page, selector) => page.$$eval(selector, (els) => els.map((e) =>
  e.classList.contains("tok") ? +e.dataset.i : e.classList.contains("head") ? +e.parentElement.dataset.id : e.id.slice(1).replace("-", ":")));

for (const spec of config.pages) {
  const result = { name: spec.name, checks: [] };
  report.pages.push(result);
  const check = (name, expected, actual) => result.checks.push({ name, ok: JSON.stringify(expected) === JSON.stringify(actual), expected, actual });
  try {
    await visit(spec, result, check);
  } catch (e) {
    check("the page could be driven to the end", "", String(e).split("\n")[0]);
  }
}

async function visit(spec, result, check) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const requests = [];
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url()); });
  await page.setViewportSize({ width: 1280, height: 800 });

  const t0 = Date.now();
  await page.goto(pathToFileURL(spec.html).href, { waitUntil: "load" });
  await page.waitForSelector("#source .ln");
  result.loadMs = Date.now() - t0;
  const probes = spec.probes;

  if (probes) {
    // a token: its exact span in the source
    await tab(page, "tokens");
    await page.click('.tok[data-i="' + probes.token.index + '"]');
    check("token " + probes.token.index + " highlights its span", { span: probes.token.span, text: probes.token.text }, await pick(highlighted(page)));
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-tokens.png") });

    // an AST node
    await tab(page, "ast");
    await page.click('.node[data-id="' + probes.node.id + '"] > .head');
    check("AST node " + probes.node.id + " (" + probes.node.type + ") highlights its span", { span: probes.node.span, text: probes.node.text }, await pick(highlighted(page)));
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-ast.png") });

    // an instruction
    await tab(page, "dis");
    const ins = "#i" + probes.instruction.code + "-" + probes.instruction.offset;
    await page.click(ins);
    check("instruction " + probes.instruction.code + ":" + probes.instruction.offset + " " + probes.instruction.opname + " highlights its span",
      { span: probes.instruction.span, text: probes.instruction.text }, await pick(highlighted(page)));
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-dis.png") });

    // a source range, in each stage
    const sel = probes.selection;
    await tab(page, "tokens");
    await dragSelect(page, sel.span);
    check("source range " + JSON.stringify(sel.text) + " selects its tokens", sel.tokens, await lit(page, ".tok.on"));
    await tab(page, "ast");
    await dragSelect(page, sel.span);
    check("source range selects the innermost AST nodes", sel.nodes, await lit(page, ".node > .head.on"));
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-select-ast.png") });
    await tab(page, "dis");
    await dragSelect(page, sel.span);
    check("source range selects its instructions", sel.instructions, await lit(page, ".ins.on"));

    // a name in a block of the symbol table: where that block uses it
    if (probes.symbol) {
      await tab(page, "symtable");
      await page.click('.block[data-b="' + probes.symbol.block + '"] .sym[data-name="' + probes.symbol.name + '"]');
      const marks = await page.evaluate(() => [...document.querySelectorAll("#source mark.hl")].map((m) => {
        const ln = m.closest(".ln");
        const r = document.createRange();
        r.setStart(ln.lastChild, 0);
        r.setEnd(m, 0);
        const start = r.toString().length;
        return [+ln.dataset.l, start, +ln.dataset.l, start + m.textContent.length];
      }));
      check("symbol " + probes.symbol.name + " of block " + probes.symbol.block + " highlights its uses there", probes.symbol.uses, marks);
    }

    // keyboard: the next token by arrow key, stages by number keys and arrow keys on the tabs
    await tab(page, "tokens");
    await page.click('.tok[data-i="0"]');
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    check("ArrowDown moves the selection to the next token", [2], await lit(page, ".tok.on"));
    check("the selected token has the focus", "2", await page.evaluate(() => document.activeElement.dataset.i));
    await page.keyboard.press("2");
    check("key 2 shows the AST", "true", await page.getAttribute("#tab-ast", "aria-selected"));
    await page.keyboard.press("ArrowRight");
    check("ArrowRight on the tabs moves to the next stage", "true", await page.getAttribute("#tab-symtable", "aria-selected"));
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-symbols.png") });
    await page.keyboard.press("ArrowRight");
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + "-code.png") });

    // a jump is a link to its target
    await page.keyboard.press("5");
    const jump = await page.$("a[data-jump]");
    if (jump) {
      const target = await jump.getAttribute("data-jump");
      await jump.click();
      check("a jump's link selects its target", [target], await lit(page, ".ins.on"));
    }

    // phone width
    if (spec.screenshots) {
      await page.setViewportSize({ width: 390, height: 844 });
      await tab(page, "tokens");
      await page.click('.tok[data-i="' + probes.token.index + '"]');
      await page.screenshot({ path: join(config.out, spec.name + "-phone.png") });
      check("no horizontal scrolling of the page at phone width", true,
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }

  if (spec.large) {
    // a large program: time to a rendered page, then to the answer to a selection in each stage,
    // as the driver sees it (round trips included) and as the page measured it (to the next frame)
    const timings = { load: result.loadMs };
    timings.pageLoad = Math.round(await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd));
    const answered = async () => Math.round(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(window.tour.lastAnswerMs), 0)))));
    let t = Date.now();
    await tab(page, "dis");
    const last = await page.evaluate(() => { const rows = document.querySelectorAll(".ins"); return rows[rows.length - 1].id; });
    timings.disTab = Date.now() - t;
    t = Date.now();
    await page.click("#" + last);
    await page.waitForSelector("#source mark.hl", { state: "attached" });
    timings.selectInstruction = Date.now() - t;
    timings.selectInstructionInPage = await answered();
    await tab(page, "ast");
    t = Date.now();
    const n = await page.evaluate(() => document.querySelectorAll("#source .ln").length);
    // the last and the middle lines with some text
    const textLine = (from) => page.evaluate((from) => {
      for (let l = from; l > 0; l--) if (document.querySelector('#source .ln[data-l="' + l + '"] .tx').textContent.trim().length > 4) return l;
      return 1;
    }, from);
    const lastLine = await textLine(n), midLine = await textLine(Math.floor(n / 2));
    await dragSelect(page, [lastLine, 0, lastLine, 4]);
    await page.waitForSelector(".node > .head.on", { state: "attached" });
    timings.selectSourceInAst = Date.now() - t;
    timings.selectSourceInAstInPage = await answered();
    await tab(page, "tokens");
    t = Date.now();
    await dragSelect(page, [midLine, 0, midLine, 4]);
    await page.waitForSelector(".tok.on", { state: "attached" });
    timings.selectSourceInTokens = Date.now() - t;
    timings.selectSourceInTokensInPage = await answered();
    result.lines = n;
    result.timings = timings;
    check("a selection in a large program lights something up", true, (await page.$$(".tok.on")).length > 0);
    if (spec.screenshots) await page.screenshot({ path: join(config.out, spec.name + ".png") });
  }

  if (!probes && !spec.large && spec.screenshots) {
    for (const id of ["tokens", "ast", "dis"]) {
      await tab(page, id);
      await page.screenshot({ path: join(config.out, spec.name + "-" + id + ".png") });
    }
  }
  check("no script errors", [], errors);
  check("no network requests", [], requests);
  await page.close();
}


await browser.close();
rmSync(profile, { recursive: true, force: true });
process.stdout.write(JSON.stringify(report, null, 1) + "\n");

async function pick(p) {
  const h = await p;
  return h && { span: h.span, text: h.text };
}
