// "Read it to me" on easy read pages: reads the main content aloud in the order it is on the page (pictures by
// their description, then the words beside them). Shown only where the device can speak.
(() => {
  "use strict";
  const buttons = document.querySelectorAll("[data-read-page]");
  if (buttons.length === 0 || !("speechSynthesis" in window)) return;

  const blocks = "h1, h2, h3, h4, p, li, a.govuk-button, dt, dd, th, td, caption, legend, label, img[alt]:not([alt='']), .govuk-caption-l, .govuk-caption-xl, .govuk-caption-m";

  function visible(element) {
    return !element.closest("[hidden], template, .govuk-visually-hidden, [data-read-skip]") && element.getClientRects().length > 0;
  }

  // The words of the page in order, each block once (a paragraph inside a list item is read with its item).
  function words() {
    const main = document.querySelector("main") ?? document.body;
    const parts = [];
    for (const element of main.querySelectorAll(blocks)) {
      if (!visible(element)) continue;
      if (element.parentElement?.closest(blocks) && element.tagName !== "IMG") continue;
      const text = element.tagName === "IMG" ? element.alt : element.innerText.trim();
      if (text) parts.push(text.replace(/\s+/g, " "));
    }
    return parts;
  }

  let speaking = false;
  function setLabels(reading) {
    speaking = reading;
    for (const button of buttons) button.querySelector(".js-read-label").textContent = reading ? "Stop reading" : "Read it to me";
  }

  function read() {
    window.speechSynthesis.cancel();
    if (speaking) { setLabels(false); return; }
    const parts = words();
    parts.forEach((part, index) => {
      const utterance = new SpeechSynthesisUtterance(part);
      utterance.lang = "en-GB";
      utterance.rate = 0.9;
      if (index === parts.length - 1) utterance.onend = () => setLabels(false);
      window.speechSynthesis.speak(utterance);
    });
    setLabels(parts.length > 0);
  }

  window.boardReadAloud = { words };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", read);
  }
})();
