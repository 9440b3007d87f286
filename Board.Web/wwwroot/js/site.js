// Marks the page as able to run GOV.UK Frontend's components, then starts them.
// Loaded as a module from our own server: nothing is fetched from a CDN.
import { initAll } from '/lib/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// "Print the card" and the like: a button with data-app-print (no inline onclick, which the CSP forbids).
for (const button of document.querySelectorAll('[data-app-print]')) {
  button.addEventListener('click', () => window.print())
}

// Tables become stacked rows on small screens (see the styles): each cell carries its column's heading to show.
for (const table of document.querySelectorAll('table.govuk-table')) {
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.innerText.trim())
  for (const row of table.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, index) => {
      if (headings[index] && !cell.dataset.label) cell.dataset.label = headings[index]
    })
  }
}
