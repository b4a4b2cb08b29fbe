// Progressive enhancement only: every page works without this file.
// A table too wide for the screen scrolls in its own region, which is a keyboard stop (tabindex=0)
// so that it can be scrolled without a mouse. Where the table fits, the stop only gets in the way:
// it is removed, and given back when the window narrows.
(function () {
  function update() {
    document.querySelectorAll(".table-scroll").forEach(function (region) {
      if (region.scrollWidth > region.clientWidth + 1) region.setAttribute("tabindex", "0");
      else region.removeAttribute("tabindex");
    });
  }
  document.addEventListener("DOMContentLoaded", update);
  window.addEventListener("resize", update);
})();
