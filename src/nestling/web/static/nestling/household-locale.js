// Proposes a new household's time zone (and, from it, the country) from the browser's own
// settings. The server already proposed the country from the browser's languages; where the
// browser says it is wins, because help lines belong to where you live. Never overrides a
// field the person has changed, and the page works the same without this script.
"use strict";
(() => {
  const form = document.querySelector("form[data-propose-place]");
  const table = document.getElementById("zone-countries");
  if (!form || !table || !window.Intl) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zoneSelect = form.elements.namedItem("time_zone");
  const countrySelect = form.elements.namedItem("country");
  const hint = document.getElementById("proposal-hint");
  const has = (select, value) => Array.from(select.options).some((o) => o.value === value);
  let proposed = false;
  if (zone && zoneSelect && has(zoneSelect, zone)) {
    zoneSelect.value = zone;
    proposed = true;
  }
  const country = JSON.parse(table.textContent)[zone];
  if (country && countrySelect && has(countrySelect, country)) {
    countrySelect.value = country;
    proposed = true;
  }
  if (proposed && hint) hint.hidden = false;
})();
