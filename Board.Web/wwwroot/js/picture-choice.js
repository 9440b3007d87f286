// The picture chooser (Pages/Shared/_PictureChoice.cshtml). Without JavaScript it is a <details> with a grid of
// radios and still works; with it, a search box filters the grid by the pictures' words, the chosen picture shows
// beside the button, and choosing one closes the grid and gives focus back to the button.
(() => {
  "use strict";
  for (const chooser of document.querySelectorAll("[data-app-picture-choice]")) {
    const details = chooser.querySelector("details");
    const summary = details.querySelector("summary");
    const chosen = chooser.querySelector("[data-app-picture-chosen]");
    const button = chooser.querySelector(".app-picture-picker__button");
    const search = chooser.querySelector("[data-app-picture-search]");
    const input = search.querySelector("input");
    const found = search.querySelector("[data-app-picture-found]");
    const items = [...chooser.querySelectorAll("[data-app-picture-words]")];
    search.hidden = false;

    function filter() {
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const item of items) {
        const match = words.every((word) => item.dataset.appPictureWords.includes(word));
        item.hidden = !match;
        if (match) shown++;
      }
      found.textContent = words.length === 0 ? "" : shown === 0 ? "No pictures match. Try another word." : `${shown} ${shown === 1 ? "picture matches" : "pictures match"}.`;
    }

    function show(radio) {
      const label = chooser.querySelector(`label[for="${radio.id}"]`);
      const picture = label.querySelector("img").cloneNode();
      const words = document.createElement("span");
      const strong = document.createElement("strong");
      strong.textContent = label.textContent.trim();
      words.append("Chosen: ", strong);
      chosen.replaceChildren(picture, words);
      button.textContent = "Change the picture";
    }

    input.addEventListener("input", filter);
    // Enter in the search box must not send the whole form.
    input.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
    for (const radio of chooser.querySelectorAll('input[type="radio"]')) {
      radio.addEventListener("change", () => {
        show(radio);
        details.open = false;
        summary.focus();
      });
    }
    details.addEventListener("toggle", () => { if (details.open) input.focus({ preventScroll: true }); });
  }
})();
