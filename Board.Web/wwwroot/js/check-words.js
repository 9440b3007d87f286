// "Check the words" beside easy read text: with JavaScript the advice comes from the page's Advice handler and is
// shown next to the text, so nothing typed, chosen or attached is lost and focus and scroll stay where they were.
// Without JavaScript the button posts the whole form back, and the page keeps everything (see RaiseItem).
(() => {
  "use strict";
  for (const button of document.querySelectorAll("[data-app-check-words]")) {
    const form = button.form;
    const text = document.getElementById(button.dataset.appCheckWords);
    const advice = document.getElementById(button.getAttribute("aria-controls"));
    button.addEventListener("click", async (event) => {
      event.preventDefault();
      const body = new FormData();
      body.append("__RequestVerificationToken", form.querySelector('input[name="__RequestVerificationToken"]').value);
      body.append(text.name, text.value);
      try {
        const response = await fetch(button.dataset.appCheckUrl, { method: "POST", body, credentials: "same-origin" });
        if (!response.ok) throw new Error(String(response.status));
        advice.innerHTML = await response.text();
      } catch {
        advice.textContent = "The words could not be checked just now. Try again.";
      } finally {
        button.focus({ preventScroll: true });
      }
    });
  }
})();
