// The review controls of `tvpa-scorer review`, added to the draft's HTML report.
//
// Beside each passage: Accept, Reject, a reason; under each criterion: another status with a
// reason; select text in a cable to add it as a passage for a criterion. Each decision is
// posted to the server at once, with the session's token in a header, and the saved
// decisions are read back on load, so a reload loses nothing. Everything shown is set as
// text (textContent), never as markup: quotes and reasons come from cables and people.
"use strict";

(function () {
  const token = document.querySelector('meta[name="review-token"]').content;
  const STATUSES = [["met", "met"], ["partial", "partial"], ["not_met", "not met"],
                    ["not_assessed", "not assessed"]];
  let decisions = [];

  function element(tag, properties, text) {
    const made = document.createElement(tag);
    Object.assign(made, properties || {});
    if (text !== undefined) made.textContent = text;
    return made;
  }

  function notice(text, failed) {
    let box = document.getElementById("review-notice");
    if (!box) {
      box = element("div", {id: "review-notice", role: "status"});
      document.body.appendChild(box);
    }
    box.textContent = text;
    box.className = failed ? "failed" : "";
  }

  async function send(body) {
    const response = await fetch("/decisions", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-Review-Token": token},
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({error: response.statusText}));
    if (!response.ok) throw new Error(answer.error || response.statusText);
    return answer;
  }

  function criterionOf(item) {
    if (item.dataset.criterion) return item.dataset.criterion;
    const article = item.closest('article[id^="criterion-"]');
    return article ? article.id.slice("criterion-".length) : null;
  }

  function decisionOn(criterion, anchor) {
    return decisions.find((item) => item.criterion === criterion && item.anchor === anchor
                          && !item.stale);
  }

  function statusDecision(criterion) {
    return decisions.find((item) => item.criterion === criterion && item.verdict === "status"
                          && !item.stale);
  }

  function remember(decision) {
    decisions = decisions.filter((item) => !(item.criterion === decision.criterion
                                             && item.anchor === decision.anchor));
    decisions.push(decision);
  }

  function forget(criterion, anchor) {
    decisions = decisions.filter((item) => !(item.criterion === criterion
                                             && item.anchor === anchor));
  }

  async function decide(body, done) {
    try {
      const answer = await send(body);
      if (answer.decision) remember(answer.decision);
      else forget(body.criterion, body.anchor === undefined ? null : body.anchor);
      done();
      notice("Saved. Reload the page to see the draft re-scored with it.");
    } catch (failure) {
      notice("Not saved: " + failure.message, true);
    }
  }

  function passageControls(item) {
    const criterion = criterionOf(item);
    const anchor = item.dataset.anchor;
    if (!criterion || !anchor) return;
    const old = item.querySelector(":scope > .review-controls");
    if (old) old.remove();
    const decision = decisionOn(criterion, anchor);
    const controls = element("span", {className: "review-controls"});
    const reason = element("input", {type: "text", className: "review-reason",
                                     placeholder: "reason (optional)",
                                     value: decision ? decision.reason : ""});
    reason.setAttribute("aria-label", "reason");
    const redraw = () => passageControls(item);
    const accept = element("button", {type: "button", className: "review-accept"}, "Accept");
    accept.addEventListener("click", () => decide(
      {criterion, verdict: "accepted", anchor, reason: reason.value}, redraw));
    const reject = element("button", {type: "button", className: "review-reject"}, "Reject");
    reject.addEventListener("click", () => decide(
      {criterion, verdict: "rejected", anchor, reason: reason.value}, redraw));
    controls.append(accept, reject, reason);
    if (decision) {
      controls.append(element("span", {className: "review-state"}, decision.label));
      const undo = element("button", {type: "button", className: "review-undo"}, "Undo");
      undo.addEventListener("click", () => decide(
        {criterion, verdict: "withdrawn", anchor, passage: decision.passage}, redraw));
      controls.append(undo);
      item.classList.toggle("review-rejected", decision.verdict === "rejected");
      item.classList.toggle("review-accepted", decision.verdict === "accepted");
    } else {
      item.classList.remove("review-rejected", "review-accepted");
    }
    item.appendChild(controls);
  }

  function statusControls(article) {
    const criterion = article.id.slice("criterion-".length);
    const old = article.querySelector(":scope > .review-status");
    if (old) old.remove();
    const decision = statusDecision(criterion);
    const box = element("div", {className: "review-status"});
    const choice = element("select", {className: "review-status-choice"});
    choice.setAttribute("aria-label", "status");
    for (const [value, words] of STATUSES) choice.append(element("option", {value}, words));
    const shown = article.querySelector("h3 .status");
    const drafted = STATUSES.map(([value]) => value)
      .find((value) => shown && shown.classList.contains("s-" + value));
    choice.value = decision ? decision.status : (drafted || "partial");
    const reason = element("input", {type: "text", className: "review-reason",
                                     placeholder: "reason (required)",
                                     value: decision ? decision.reason : ""});
    reason.setAttribute("aria-label", "reason for the status");
    const redraw = () => statusControls(article);
    const change = element("button", {type: "button", className: "review-change"},
                           "Change status");
    change.addEventListener("click", () => decide(
      {criterion, verdict: "status", status: choice.value, reason: reason.value}, redraw));
    box.append(element("span", {}, "Status: "), choice, reason, change);
    if (decision) {
      // the draft itself says it once the page is drafted again with the decision
      if (!article.querySelector("p.analyst")) {
        box.append(element("span", {className: "review-state"}, decision.label));
      }
      const undo = element("button", {type: "button", className: "review-undo"}, "Undo");
      undo.addEventListener("click", () => decide(
        {criterion, verdict: "withdrawn", anchor: null, passage: null}, redraw));
      box.append(undo);
    }
    const heading = article.querySelector("h3");
    heading.after(box);
  }

  function criteria() {
    return Array.from(document.querySelectorAll('article[id^="criterion-"]'), (article) => {
      const heading = article.querySelector("h3");
      const title = heading && heading.firstChild ? heading.firstChild.textContent.trim() : "";
      return [article.id.slice("criterion-".length), title];
    });
  }

  function offsetIn(pre, node, offset) {
    const before = document.createRange();
    before.setStart(pre, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  }

  function addForm() {
    const form = element("div", {id: "review-add", hidden: true});
    form.setAttribute("role", "dialog");
    form.setAttribute("aria-label", "Add a passage the rules missed");
    const quote = element("p", {className: "review-quote"});
    const criterion = element("select", {className: "review-criterion"});
    criterion.setAttribute("aria-label", "criterion");
    for (const [id, title] of criteria()) criterion.append(element("option", {value: id}, title));
    const effect = element("select", {className: "review-effect"});
    effect.setAttribute("aria-label", "what the passage shows");
    effect.append(element("option", {value: "supports"}, "supports the criterion"),
                  element("option", {value: "shortfall"}, "shows a shortfall"));
    const reason = element("input", {type: "text", className: "review-reason",
                                     placeholder: "reason (optional)"});
    reason.setAttribute("aria-label", "reason");
    const add = element("button", {type: "button", className: "review-add-button"},
                        "Add passage");
    const cancel = element("button", {type: "button"}, "Cancel");
    form.append(element("strong", {}, "Add a passage the rules missed"), quote, criterion,
                effect, reason, add, cancel);
    document.body.appendChild(form);
    let selected = null;
    cancel.addEventListener("click", () => { form.hidden = true; });
    add.addEventListener("click", () => {
      if (!selected) return;
      decide({criterion: criterion.value, verdict: "added", cable: selected.cable,
              start: selected.start, end: selected.end, quote: selected.quote,
              supports: effect.value === "supports", reason: reason.value},
             () => { form.hidden = true; reason.value = ""; });
    });
    document.addEventListener("mouseup", (event) => {
      if (form.contains(event.target)) return;
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) return;
      const range = selection.getRangeAt(0);
      const pre = range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE
        ? range.commonAncestorContainer.closest("pre.cable")
        : range.commonAncestorContainer.parentElement.closest("pre.cable");
      const article = pre && pre.closest('article[id^="cable-"]');
      if (!article || !range.toString().trim()) return;
      const start = offsetIn(pre, range.startContainer, range.startOffset);
      selected = {cable: article.id.slice("cable-".length), start,
                  end: start + range.toString().length, quote: range.toString()};
      quote.textContent = "“" + selected.quote.trim() + "” (" + selected.cable + ")";
      form.hidden = false;
    });
  }

  async function load() {
    try {
      const response = await fetch("/decisions", {headers: {"X-Review-Token": token}});
      if (!response.ok) throw new Error(response.statusText);
      decisions = (await response.json()).decisions;
    } catch (failure) {
      notice("Could not read the saved decisions: " + failure.message, true);
    }
    document.querySelectorAll("ul.evidence li[data-anchor]").forEach(passageControls);
    document.querySelectorAll('article[id^="criterion-"]').forEach(statusControls);
    addForm();
    const stale = decisions.filter((item) => item.stale).length;
    if (stale) notice(stale + " saved decision(s) are stale: their cable changed since.", true);
    document.body.dataset.review = "ready";
  }

  load();
})();
