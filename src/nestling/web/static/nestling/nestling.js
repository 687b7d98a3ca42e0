// Small progressive enhancements; every page works without them.
"use strict";
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  navigator.clipboard.writeText(source.textContent.trim()).then(() => {
    const before = button.textContent;
    button.textContent = "✓";
    setTimeout(() => { button.textContent = before; }, 1500);
  });
});
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
});
// Running timers: show the elapsed time, and refresh the page when it comes back into view so a
// timer another caregiver stopped or started shows up (the log is shared live).
function showElapsed() {
  document.querySelectorAll(".elapsed[data-since]").forEach((node) => {
    const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(node.dataset.since)) / 60000));
    const hours = Math.floor(minutes / 60);
    node.textContent = hours ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
  });
}
showElapsed();
setInterval(showElapsed, 15000);
let shownAt = Date.now();
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible" && document.querySelector(".taps, .timers")
      && Date.now() - shownAt > 60000) {
    window.location.reload();
  }
  if (document.visibilityState === "visible") shownAt = Date.now();
});
// Guided sessions: a gentle countdown for steps that suggest a pace; never forces the pace.
document.querySelectorAll(".step-timer[data-seconds]").forEach((node) => {
  let left = Number(node.dataset.seconds);
  const tick = () => {
    node.textContent = left > 0 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}` : "✓";
    left -= 1;
    if (left >= -1) setTimeout(tick, 1000);
  };
  tick();
});
// Entry forms: a detail that applies only to some choices (data-when="method:bottle,tube") is
// shown only while that choice is made, so a bottle feed never asks for breast minutes. The
// server drops such details too, so this is a convenience, not the rule.
document.querySelectorAll("[data-when]").forEach((input) => {
  const [name, values] = input.dataset.when.split(":");
  const control = input.form && input.form.elements.namedItem(name);
  const wrapper = input.closest(".field");
  if (!control || !wrapper) return;
  const update = () => { wrapper.hidden = !values.split(",").includes(control.value); };
  control.addEventListener("change", update);
  update();
});
// Time chips under "When": one tap for now, 5, 15 or 30 minutes or an hour ago, counted from
// the household's clock (data-now), so a phone in another time zone still logs the right time.
document.querySelectorAll(".time-chips[data-for]").forEach((chips) => {
  const input = document.getElementById(chips.dataset.for);
  if (!input) return;
  chips.hidden = false;
  const pad = (n) => String(n).padStart(2, "0");
  chips.querySelectorAll("[data-minutes]").forEach((chip) => {
    chip.addEventListener("click", () => {
      const [day, time] = chips.dataset.now.split("T");
      const [y, mo, d] = day.split("-").map(Number);
      const [h, mi] = time.split(":").map(Number);
      const at = new Date(Date.UTC(y, mo - 1, d, h, mi) - Number(chip.dataset.minutes) * 60000);
      input.value = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`
        + `T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
      chips.querySelectorAll("[aria-pressed]").forEach((c) => c.removeAttribute("aria-pressed"));
      chip.setAttribute("aria-pressed", "true");
    });
  });
});
